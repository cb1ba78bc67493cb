package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.HashMap;
import java.util.Map;

/**
 * Copy propagation (gc's copyelim and phielim): uses of {@code copy x} become uses of x, and a
 * phi whose operands are all one value w (or the phi itself, around a loop) is w. Both are then
 * deleted. (A copy keeps its operand's class, ir.Verifier checks; the class test here only
 * makes sure a value never stands for one of another class.)
 */
final class CopyElim {
    private CopyElim() {
    }

    static void run(Func f) {
        Map<Value, Value> repl = new HashMap<>();
        // Replacing one phi can make another trivial: repeat until nothing changes.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : f.blocks) {
                for (Instr in : b.instrs) {
                    if (in.defs.size() != 1 || repl.containsKey(in.def())) continue;
                    Value v = in.def();
                    Value w = null;
                    if (in.op == Op.COPY) {
                        w = Edit.resolve(repl, in.arg(0));
                    } else if (in.op == Op.PHI) {
                        w = trivial(repl, in);
                    }
                    if (w == null || w == v || w.cls != v.cls) continue;
                    repl.put(v, w);
                    changed = true;
                }
            }
        }
        if (repl.isEmpty()) return;
        for (Block b : f.blocks) b.instrs.removeIf(in -> in.defs.size() == 1 && repl.containsKey(in.def()));
        Edit.replaceUses(f, repl);
    }

    /** The one value other than itself that the phi's operands are, or null. */
    private static Value trivial(Map<Value, Value> repl, Instr phi) {
        Value self = phi.def();
        Value w = null;
        for (Value a : phi.args) {
            a = Edit.resolve(repl, a);
            if (a == self || a == w) continue;
            if (w != null) return null;
            w = a;
        }
        return w;
    }
}
