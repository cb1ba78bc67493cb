package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Block cleanup (gc's fuse): a block whose only predecessor jumps only to it joins that
 * predecessor; a block that only jumps on is skipped, its predecessors jumping straight to its
 * successor; {@code if x -> b, b} with the same phi operands on both edges is {@code jmp b}.
 */
final class Fuse {
    private Fuse() {
    }

    static void run(Func f) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : List.copyOf(f.blocks)) {
                if (!f.blocks.contains(b)) continue;
                changed |= sameTargets(b) || merge(f, b) || skip(f, b);
            }
        }
    }

    /** {@code if x -> s, s}, the phis of s agreeing on both edges: {@code jmp s}. */
    private static boolean sameTargets(Block b) {
        Instr t = b.terminator();
        if (t == null || t.op != Op.IF || b.succs.get(0) != b.succs.get(1)) return false;
        Block s = b.succs.get(0);
        int i0 = Edit.predIndex(b, 0), i1 = Edit.predIndex(b, 1);
        for (Instr phi : s.phis()) if (phi.arg(i0) != phi.arg(i1)) return false;
        Edit.removeEdge(b, 1);
        t.op = Op.JMP;
        t.args.clear();
        return true;
    }

    /** b joins its only predecessor p when p jumps only to b. */
    private static boolean merge(Func f, Block b) {
        if (b == f.entry() || b.preds.size() != 1) return false;
        Block p = b.preds.get(0);
        if (p == b || p.succs.size() != 1 || p.terminator() == null || p.terminator().op != Op.JMP) return false;
        // b's phis have one operand each: the value from p.
        Map<Value, Value> repl = new HashMap<>();
        for (Instr phi : b.phis()) repl.put(phi.def(), phi.arg(0));
        b.instrs.removeIf(in -> in.op == Op.PHI);
        p.instrs.remove(p.instrs.size() - 1);
        for (Instr in : b.instrs) {
            in.block = p;
            p.instrs.add(in);
        }
        p.succs.clear();
        p.succs.addAll(b.succs);
        for (Block s : b.succs) s.preds.replaceAll(x -> x == b ? p : x);
        f.blocks.remove(b);
        Edit.replaceUses(f, repl);
        return true;
    }

    /**
     * b holds only {@code jmp s}: its predecessors jump to s instead, taking b's place in s's
     * preds (the phi operand of b's edge serves each of them: it dominates b, so their ends).
     * Not when one of them already jumps to s and s has phis (the two edges could need
     * different operands), nor for the entry.
     */
    private static boolean skip(Func f, Block b) {
        if (b == f.entry() || b.instrs.size() != 1 || b.instrs.get(0).op != Op.JMP || b.preds.isEmpty()) return false;
        Block s = b.succs.get(0);
        if (s == b) return false;
        List<Instr> phis = s.phis();
        if (!phis.isEmpty()) for (Block p : b.preds) if (s.preds.contains(p)) return false;
        int i = s.preds.indexOf(b);
        List<Block> preds = List.copyOf(b.preds);
        s.preds.remove(i);
        s.preds.addAll(i, preds);
        for (Instr phi : phis) {
            Value v = phi.args.remove(i);
            for (int k = 0; k < preds.size(); k++) phi.args.add(i, v);
        }
        for (Block p : preds) p.succs.replaceAll(x -> x == b ? s : x);
        f.blocks.remove(b);
        return true;
    }
}
