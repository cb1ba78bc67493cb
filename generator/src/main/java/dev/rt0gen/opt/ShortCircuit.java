package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Branches on a phi of conditions (gc's shortcircuit), what {@code a && b} and {@code a || b}
 * lower to: the left operand's block branches on it and also passes it to a phi that the block
 * after branches on again, so the condition would be set as a 0 or 1, merged and tested.
 * <ul>
 * <li>A phi operand that is the condition its predecessor branched on is known on that edge:
 * 0 on the else edge, 1 on the then edge (when the condition is a 0 or 1).</li>
 * <li>A block that only branches on a phi used nowhere else (b: {@code p = phi …; if p -> t, f},
 * or on {@code p == 0}, {@code p ^ 1}) is threaded: a predecessor passing a constant jumps straight to t or f; one that only
 * jumps to b, passing a comparison it computed, branches on that comparison itself (then
 * fused with its compare). b goes when no predecessor is left.</li>
 * </ul>
 */
final class ShortCircuit {
    private ShortCircuit() {
    }

    static void run(Func f) {
        known(f);
        for (boolean changed = true; changed; ) {
            changed = false;
            int[] uses = new int[f.valueCount()];
            for (Block b : f.blocks) for (Instr in : b.instrs) for (Value a : in.args) uses[a.id]++;
            for (Block b : List.copyOf(f.blocks)) {
                if (f.blocks.contains(b) && thread(f, b, uses)) changed = true;
            }
        }
    }

    /** Phi operands that are the predecessor's branch condition: a constant on that edge. */
    private static void known(Func f) {
        for (Block b : f.blocks) {
            for (Instr phi : b.phis()) {
                if (phi.def().cls != Cls.INT) continue;
                for (int i = 0; i < phi.args.size(); i++) {
                    Block p = b.preds.get(i);
                    Instr t = p.terminator();
                    if (t == null || t.op != Op.IF || t.arg(0) != phi.arg(i) || p.succs.get(0) == p.succs.get(1)) continue;
                    boolean then = p.succs.get(0) == b;
                    if (then && !isBool(phi.arg(i), new HashSet<>())) continue;
                    phi.args.set(i, Fold.constBefore(f.entry().terminator(), then ? 1 : 0)); // dominates every use
                }
            }
        }
    }

    /** Whether v is always 0 or 1: a comparison, a constant 0 or 1, or a phi of such. */
    private static boolean isBool(Value v, Set<Value> seen) {
        Instr d = v.def;
        if (d.op.isCompare() || d.op == Op.FEQ || d.op == Op.FNE || d.op == Op.FLT || d.op == Op.FLE || d.op == Op.FGT
                || d.op == Op.FGE) {
            return true;
        }
        if (d.op == Op.CONST) return d.aux == 0 || d.aux == 1;
        if (d.op == Op.PHI) {
            if (!seen.add(v)) return true;
            for (Value a : d.args) if (!isBool(a, seen)) return false;
            return true;
        }
        return false;
    }

    /**
     * b: {@code p = phi …; if p -> t, e} (or {@code c = eq p, 0; if c -> e, t}, a negated
     * {@code ||}), p used there only: its predecessors go round it where they can.
     */
    private static boolean thread(Func f, Block b, int[] uses) {
        if (b == f.entry() || b.succs.size() != 2 || b.succs.get(0) == b.succs.get(1) || b.succs.contains(b)) return false;
        Instr phi = b.instrs.get(0), t = b.terminator();
        if (phi.op != Op.PHI || t.op != Op.IF || uses[phi.def().id] != 1) return false;
        Instr test = null, zero = null;
        for (Instr in : b.instrs) {
            if (in == phi || in == t) continue;
            if (in.op == Op.CONST && zero == null) {
                zero = in;  // the 0 (or 1) the test reads, and nothing else
            } else if (test == null && (in.op == Op.EQ || in.op == Op.NE || in.op == Op.XOR) && uses[in.def().id] == 1) {
                test = in;
            } else {
                return false;
            }
        }
        if (zero != null && (test == null || uses[zero.def().id] != 1 || !test.args.contains(zero.def()))) return false;
        boolean swap = false;
        if (test == null) {
            if (t.arg(0) != phi.def()) return false;
        } else {
            Value x = test.arg(0), z = test.arg(1);
            if (x != phi.def()) {
                x = z;
                z = test.arg(0);
            }
            // p == 0 and p ^ 1 (a 0 or 1: a != of equal's result) are !p; p != 0 is p
            if (x != phi.def() || !z.isConst(test.op == Op.XOR ? 1 : 0) || t.arg(0) != test.def()) return false;
            if (test.op == Op.XOR && !isBool(phi.def(), new HashSet<>())) return false;
            swap = test.op != Op.NE;
        }
        Block yes = b.succs.get(swap ? 1 : 0), no = b.succs.get(swap ? 0 : 1);
        boolean changed = false;
        for (int i = b.preds.size() - 1; i >= 0; i--) {
            Block p = b.preds.get(i);
            Value a = phi.arg(i);
            Long c = Edit.constant(a);
            if (c != null) {
                Block to = c != 0 ? yes : no;
                if (p.succs.contains(to) && !to.phis().isEmpty()) continue;
                int k = edgeOf(p, b, i);
                p.succs.set(k, to);
                addPred(b, to, p);
                Edit.removePredAt(b, i);
                changed = true;
            } else if (p.succs.size() == 1 && p != b && a.def.block == p && uses[a.id] == 1
                    && (a.def.op.isCompare() || a.def.op == Op.FLT || a.def.op == Op.FLE || a.def.op == Op.FGT || a.def.op == Op.FGE)) {
                Instr j = p.terminator();
                j.op = Op.IF;
                j.args.clear();
                j.args.add(a);
                p.succs.clear();
                p.succs.add(yes);
                p.succs.add(no);
                addPred(b, yes, p);
                addPred(b, no, p);
                Edit.removePredAt(b, i);
                changed = true;
            }
        }
        if (b.preds.isEmpty()) {
            while (!b.succs.isEmpty()) Edit.removeEdge(b, 0);
            f.blocks.remove(b);
        }
        return changed;
    }

    /** The index in p.succs of the edge that is b's pred i. */
    private static int edgeOf(Block p, Block b, int i) {
        for (int k = 0; k < p.succs.size(); k++) if (p.succs.get(k) == b && Edit.predIndex(p, k) == i) return k;
        throw new IllegalStateException(p + " -> " + b + " is not pred " + i);
    }

    /** p becomes a predecessor of {@code to} (a successor of b), with b's operands in to's phis. */
    private static void addPred(Block b, Block to, Block p) {
        int j = Edit.predIndex(b, b.succs.indexOf(to));
        to.preds.add(p);
        for (Instr phi : to.phis()) phi.args.add(phi.arg(j));
    }
}
