package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small part of gc's prove: a branch already decided by a dominating branch on the same
 * value. The edge {@code p → s} of {@code if c} in p, s's only predecessor, tells that c is
 * not 0 (succs[0]) or 0 (succs[1]) in every block s dominates: each path there went through
 * that edge last time it left p, and c (SSA, defined above p) cannot change after it without
 * the path passing s again. An {@code if c} there becomes a {@code jmp} to the known side, as
 * fold does with {@code if const}. {@code eq x, 0} and {@code ne x, 0} tell about x too, and
 * are told by it. (Lowering checks a divisor against 0 before each of {@code n/d} and
 * {@code n%d}; after cse both checks test one value and the second is decided here.)
 */
final class Prove {
    private Prove() {
    }

    static void run(Func f) {
        Dom dom = new Dom(f);
        Map<Value, Boolean> facts = new HashMap<>();
        // Iterative preorder walk of the dominator tree; a List on the stack undoes a block's facts.
        ArrayDeque<Object> stack = new ArrayDeque<>();
        stack.push(f.entry());
        while (!stack.isEmpty()) {
            Object top = stack.pop();
            if (top instanceof List<?> undo) {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    Object[] u = (Object[]) undo.get(i);
                    if (u[1] == null) facts.remove((Value) u[0]);
                    else facts.put((Value) u[0], (Boolean) u[1]);
                }
                continue;
            }
            Block b = (Block) top;
            List<Object[]> undo = new ArrayList<>();
            learn(b, facts, undo);
            decide(b, facts);
            stack.push(undo);
            for (Block c : dom.children(b)) stack.push(c);
        }
    }

    /** The facts b's only incoming edge tells, when it is one side of an {@code if}. */
    private static void learn(Block b, Map<Value, Boolean> facts, List<Object[]> undo) {
        if (b.preds.size() != 1) return;
        Block p = b.preds.get(0);
        Instr t = p.terminator();
        if (t == null || t.op != Op.IF || p.succs.get(0) == p.succs.get(1)) return;
        boolean nonzero = p.succs.get(0) == b;
        Value c = t.arg(0);
        put(facts, undo, c, nonzero);
        Value x = zeroTest(c);
        if (x != null) put(facts, undo, x, c.def.op == Op.EQ ? !nonzero : nonzero);
    }

    private static void put(Map<Value, Boolean> facts, List<Object[]> undo, Value v, boolean nonzero) {
        undo.add(new Object[]{v, facts.get(v)});
        facts.put(v, nonzero);
    }

    /** x when c is {@code eq x, 0} or {@code ne x, 0}, else null. */
    private static Value zeroTest(Value c) {
        Instr d = c.def;
        if (d == null || (d.op != Op.EQ && d.op != Op.NE)) return null;
        if (Edit.constant(d.arg(1)) != null && Edit.constant(d.arg(1)) == 0) return d.arg(0);
        if (Edit.constant(d.arg(0)) != null && Edit.constant(d.arg(0)) == 0) return d.arg(1);
        return null;
    }

    /** b's {@code if c}, when the facts know whether c is 0, jumps to the known side. */
    private static void decide(Block b, Map<Value, Boolean> facts) {
        Instr t = b.terminator();
        if (t == null || t.op != Op.IF) return;
        Value c = t.arg(0);
        Boolean known = facts.get(c);
        Value x = zeroTest(c);
        if (known == null && x != null && facts.containsKey(x)) known = c.def.op == Op.EQ ? !facts.get(x) : facts.get(x);
        if (known == null) return;
        Edit.removeEdge(b, known ? 1 : 0);
        t.op = Op.JMP;
        t.args.clear();
    }
}
