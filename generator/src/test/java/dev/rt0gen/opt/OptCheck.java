package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IR's invariants (docs/IR.md), checked after each pass until ir.Verifier lands: terminators
 * last and only there, phis first with one operand per pred, succs and preds in step, every
 * value defined once and every use dominated by its definition (in reachable blocks).
 */
final class OptCheck {
    private OptCheck() {
    }

    static void check(Func f) {
        List<String> errs = new ArrayList<>();
        Set<Block> blocks = new HashSet<>(f.blocks);
        Map<Value, Instr> defs = new HashMap<>();
        Map<Instr, Integer> pos = new HashMap<>();
        if (f.blocks.isEmpty()) errs.add("no blocks");
        for (Block b : f.blocks) {
            if (b.func != f) errs.add(b + " belongs to another func");
            if (b.instrs.isEmpty() || !b.instrs.get(b.instrs.size() - 1).op.isTerminator()) errs.add(b + " does not end in a terminator");
            boolean phisDone = false;
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                pos.put(in, i);
                if (in.block != b) errs.add(in + " in " + b + " says block " + in.block);
                if (in.op.isTerminator() && i != b.instrs.size() - 1) errs.add(b + ": terminator " + in + " not last");
                if (in.op == Op.PHI) {
                    if (phisDone) errs.add(b + ": phi " + in + " after other instructions");
                    if (in.args.size() != b.preds.size()) errs.add(b + ": " + in + " has " + in.args.size() + " operands for " + b.preds.size() + " preds");
                } else phisDone = true;
                if (in.op == Op.PARAM && (b != f.entry() || (i > 0 && b.instrs.get(i - 1).op != Op.PARAM))) errs.add(in + " not at the top of the entry");
                if (in.op.args >= 0 && in.args.size() != in.op.args) errs.add(in + ": " + in.args.size() + " operands");
                for (Value v : in.defs) {
                    if (defs.put(v, in) != null) errs.add(v + " defined twice");
                    if (v.def != in) errs.add(v + " points at another def");
                }
            }
            Instr t = b.terminator();
            int want = t == null ? -1 : t.op == Op.JMP ? 1 : t.op == Op.IF ? 2 : 0;
            if (t != null && b.succs.size() != want) errs.add(b + ": " + t.op + " with " + b.succs.size() + " succs");
            for (Block s : b.succs) {
                if (!blocks.contains(s)) errs.add(b + " jumps to removed " + s);
                else if (Collections.frequency(b.succs, s) != Collections.frequency(s.preds, b)) errs.add(b + " -> " + s + " edges not mirrored in preds");
            }
            for (Block p : b.preds) {
                if (!blocks.contains(p)) errs.add(b + " has removed pred " + p);
                else if (Collections.frequency(p.succs, b) != Collections.frequency(b.preds, p)) errs.add(p + " -> " + b + " preds not mirrored in succs");
            }
        }
        if (errs.isEmpty()) {
            Map<Block, Set<Block>> dom = dominators(f);
            for (Block b : f.blocks) {
                if (!dom.containsKey(b)) continue; // unreachable: a later deadcode drops it
                for (int i = 0; i < b.instrs.size(); i++) {
                    Instr in = b.instrs.get(i);
                    for (int j = 0; j < in.args.size(); j++) {
                        Value a = in.args.get(j);
                        Instr d = defs.get(a);
                        if (d == null) {
                            errs.add(b + ": " + in + " uses undefined " + a);
                            continue;
                        }
                        Block at = in.op == Op.PHI ? b.preds.get(j) : b;
                        boolean ok = in.op == Op.PHI
                                ? dom.get(at) == null || dom.get(at).contains(d.block)
                                : d.block == b ? pos.get(d) < i : dom.get(b).contains(d.block);
                        if (!ok) errs.add(b + ": " + in + ": " + a + " (defined in " + d.block + ") does not dominate the use");
                    }
                }
            }
        }
        if (!errs.isEmpty()) throw new AssertionError(String.join("\n", errs) + "\n" + f);
    }

    /** Each reachable block's dominators (the iterative data-flow definition, slow and plain). */
    static Map<Block, Set<Block>> dominators(Func f) {
        Set<Block> reach = new HashSet<>();
        List<Block> work = new ArrayList<>(List.of(f.entry()));
        while (!work.isEmpty()) {
            Block b = work.remove(work.size() - 1);
            if (reach.add(b)) work.addAll(b.succs);
        }
        Map<Block, Set<Block>> dom = new HashMap<>();
        for (Block b : reach) dom.put(b, new HashSet<>(reach));
        dom.put(f.entry(), new HashSet<>(Set.of(f.entry())));
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : f.blocks) {
                if (!reach.contains(b) || b == f.entry()) continue;
                Set<Block> s = null;
                for (Block p : b.preds) {
                    if (!reach.contains(p)) continue;
                    if (s == null) s = new HashSet<>(dom.get(p));
                    else s.retainAll(dom.get(p));
                }
                if (s == null) s = new HashSet<>();
                s.add(b);
                if (!s.equals(dom.get(b))) {
                    dom.put(b, s);
                    changed = true;
                }
            }
        }
        return dom;
    }
}
