package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Dominators;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A div and a mod of the same operands, one dominating the other, become one divmod where the
 * dominating one is (its two results replace both values): one idiv gives the quotient and
 * the remainder, as gc's cse merges the tuple of its DIVQ. The dominating one runs whenever
 * the other does, with the same operands, so computing both there is safe (the divisor is not
 * 0 there either). Runs after strength (a constant divisor is gone by then) and cse.
 */
final class DivMod {
    private DivMod() {
    }

    private record Key(Value x, Value y) {
    }

    static void run(Func f) {
        Map<Key, Instr> table = new HashMap<>();
        new Dominators(f).walk(b -> {
            List<Key> added = new ArrayList<>();
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                if (in.op != Op.DIV && in.op != Op.MOD && in.op != Op.DIVMOD) continue;
                Key k = new Key(in.arg(0), in.arg(1));
                Instr prev = table.get(k);
                if (prev == null) {
                    table.put(k, in);
                    added.add(k);
                } else if (prev.op == Op.DIVMOD && in.op != Op.DIVMOD) {
                    Value v = prev.defs.get(in.op == Op.DIV ? 0 : 1);
                    if (v.cls == in.def().cls) in.becomeCopy(v); // copyelim removes it
                } else if (prev.op != in.op && in.op != Op.DIVMOD) {
                    merge(prev, in);
                    b.instrs.remove(i--);
                }
            }
            return () -> added.forEach(table::remove);
        });
    }

    /** prev (a div or a mod) becomes the divmod defining both its value and in's (the other op). */
    private static void merge(Instr prev, Instr in) {
        Value q = prev.op == Op.DIV ? prev.def() : in.def();
        Value r = prev.op == Op.MOD ? prev.def() : in.def();
        prev.op = Op.DIVMOD;
        prev.defs.clear();
        in.defs.clear();
        Func.attach(prev, q);
        Func.attach(prev, r);
    }
}
