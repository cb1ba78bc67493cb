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
 * Common subexpression elimination (gc's cse, here by walking the dominator tree with a scoped
 * table, as in Briggs, Cooper and Simpson's dominator-based value numbering): a pure op equal
 * to one in a dominating position, with the same operands, is that value. Phis and params are
 * left alone; stores and calls are not pure and never touched. A load is the value of an
 * earlier load of the same address, offset and width when nothing can have written memory
 * between them: in the same block with no store, call or system call between, or in a chain of
 * blocks each the only predecessor of the next, with none of those in it (a loop's header has
 * two predecessors: no load is carried around a loop). A divmod is equal to a
 * dominating divmod, and a div or mod after it is its quotient or remainder. Constants and addresses
 * are left alone too: one instruction makes each again where it is used, while one shared
 * value would live across the calls in between (every register clobbered: a spill).
 */
final class Cse {
    private Cse() {
    }

    /** An op and its operands: values by id, constants by their word (each use has its own const). */
    private record Key(Op op, dev.rt0gen.ir.Cls cls, long aux, String sym, List<String> args) {
    }

    static void run(Func f) {
        Map<Value, Value> repl = new HashMap<>();
        Map<Key, Value> table = new HashMap<>();
        // the loads available at each block's end (a preorder walk sees a block's only
        // predecessor, its immediate dominator, before it)
        Map<Block, Map<Key, Value>> loadsOut = new HashMap<>();
        // a preorder walk of the dominator tree: a block's entries leave the table after its subtree
        new Dominators(f).walk(b -> {
            List<Key> added = new ArrayList<>();
            Map<Key, Value> loads = b.preds.size() == 1 && loadsOut.containsKey(b.preds.get(0))
                    ? new HashMap<>(loadsOut.get(b.preds.get(0))) : new HashMap<>();
            for (Instr in : b.instrs) {
                in.args.replaceAll(a -> Edit.resolve(repl, a));
                if (in.op == Op.LOAD) {
                    Key k = loadKey(in);
                    Value prev = loads.get(k);
                    if (prev != null) repl.put(in.def(), prev);
                    else loads.put(k, in.def());
                    continue;
                }
                if (in.op == Op.STORE || in.isCall() || in.op == Op.SYSCALL) loads.clear();
                if (in.op == Op.DIVMOD) {
                    divmod(in, table, repl, added);
                    continue;
                }
                if (!in.op.pure || in.defs.size() != 1) continue;
                if (in.op == Op.PHI || in.op == Op.PARAM || in.op == Op.CONST || in.op == Op.FCONST || in.op == Op.ADDR) continue;
                Key k = key(in);
                Value prev = table.get(k);
                if (prev != null) {
                    repl.put(in.def(), prev);
                } else {
                    table.put(k, in.def());
                    added.add(k);
                }
            }
            loadsOut.put(b, loads);
            return () -> added.forEach(table::remove);
        });
        if (repl.isEmpty()) return;
        for (Block b : f.blocks) {
            b.instrs.removeIf(in -> (in.op.pure || in.op == Op.LOAD) && !in.defs.isEmpty() && repl.containsKey(in.defs.get(0)));
        }
        // Phis can sit before their operands' definitions in the walk: rewrite everything once more.
        Edit.replaceUses(f, repl);
    }

    /**
     * A divmod equal to a dominating one is that one (both results); otherwise it also stands
     * for a later div or mod of its operands (its quotient, its remainder).
     */
    private static void divmod(Instr in, Map<Key, Value> table, Map<Value, Value> repl, List<Key> added) {
        Key k = key(in);
        Value prev = table.get(k);
        if (prev != null) {
            for (int i = 0; i < 2; i++) repl.put(in.defs.get(i), prev.def.defs.get(i));
            return;
        }
        Key[] ks = {k, withOp(k, Op.DIV, in.defs.get(0)), withOp(k, Op.MOD, in.defs.get(1))};
        Value[] vs = {in.defs.get(0), in.defs.get(0), in.defs.get(1)};
        for (int i = 0; i < 3; i++) {
            if (table.containsKey(ks[i])) continue;
            table.put(ks[i], vs[i]);
            added.add(ks[i]);
        }
    }

    private static Key withOp(Key k, Op op, Value def) {
        return new Key(op, def.cls, k.aux(), k.sym(), k.args());
    }

    /** A load's address (a variable's by its symbol: each use has its own addr), offset, width and class. */
    private static Key loadKey(Instr in) {
        Value p = in.arg(0);
        String a = p.def != null && p.def.op == Op.ADDR ? "addr " + p.def.sym + "+" + p.def.aux : "v" + p.id;
        return new Key(Op.LOAD, in.def().cls, in.aux, in.width.text, List.of(a));
    }

    private static Key key(Instr in) {
        List<String> args = new ArrayList<>();
        for (Value a : in.args) args.add(a.constant() != null ? a.cls + " " + a.constant() : "v" + a.id);
        if (in.op.isCommutative() && args.size() == 2 && args.get(0).compareTo(args.get(1)) > 0) args = List.of(args.get(1), args.get(0));
        return new Key(in.op, in.defs.get(0).cls, in.aux, in.sym, args);
    }
}
