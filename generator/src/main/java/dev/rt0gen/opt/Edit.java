package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.Map;

/** Edits the passes share: rewriting uses, removing CFG edges while keeping phis in step. */
final class Edit {
    private Edit() {
    }

    /** The value {@code v} stands for after the replacements in {@code repl} (chains followed). */
    static Value resolve(Map<Value, Value> repl, Value v) {
        Value w;
        while ((w = repl.get(v)) != null) v = w;
        return v;
    }

    /** Rewrites every operand of every instruction through {@code repl}. */
    static void replaceUses(Func f, Map<Value, Value> repl) {
        if (repl.isEmpty()) return;
        for (Block b : f.blocks)
            for (Instr in : b.instrs)
                in.args.replaceAll(a -> resolve(repl, a));
    }

    /** The constant {@code v} is, looking through copies, or null. */
    static Long constant(Value v) {
        while (v.def != null && v.def.op == Op.COPY) v = v.def.arg(0);
        return v.constant();
    }

    /**
     * The index in {@code to.preds} of the edge {@code from.succs[i]}: the k-th time {@code from}
     * appears in {@code to.preds} for the k-th time {@code to} appears in {@code from.succs}
     * (an {@code if x -> b, b} makes two edges to the same block).
     */
    static int predIndex(Block from, int i) {
        Block to = from.succs.get(i);
        int k = 0;
        for (int j = 0; j < i; j++) if (from.succs.get(j) == to) k++;
        for (int j = 0; j < to.preds.size(); j++)
            if (to.preds.get(j) == from && k-- == 0) return j;
        throw new IllegalStateException(from + " -> " + to + " is not in " + to + "'s preds");
    }

    /** Removes pred {@code i} of {@code b} and the matching operand of each of its phis. */
    static void removePredAt(Block b, int i) {
        b.preds.remove(i);
        for (Instr phi : b.phis()) phi.args.remove(i);
    }

    /** Removes the edge {@code from.succs[i]} (the caller fixes {@code from}'s terminator). */
    static void removeEdge(Block from, int i) {
        Block to = from.succs.get(i);
        removePredAt(to, predIndex(from, i));
        from.succs.remove(i);
    }
}
