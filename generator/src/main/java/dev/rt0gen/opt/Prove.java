package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
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
 * A small part of gc's prove: a branch already decided by a dominating branch on the same
 * value. The edge {@code p → s} of {@code if c} in p, s's only predecessor, tells that c is
 * not 0 (succs[0]) or 0 (succs[1]) in every block s dominates: each path there went through
 * that edge last time it left p, and c (SSA, defined above p) cannot change after it without
 * the path passing s again. An {@code if c} there becomes a {@code jmp} to the known side, as
 * fold does with {@code if const}. {@code eq x, 0} and {@code ne x, 0} tell about x too, and
 * are told by it. (Lowering checks a divisor against 0 before each of {@code n/d} and
 * {@code n%d}; after cse both checks test one value and the second is decided here.)
 *
 * <p>Where {@code and x, 2^k-1} is known 0 (fold makes {@code x % 2^k == 0} that test), a
 * division of x by 2^j, j <= k, is exact: a shift. The early run, before strength, sees
 * these divisions while their divisor is still a constant.
 */
final class Prove {
    private Prove() {
    }

    static void run(Func f) {
        Map<Value, Boolean> facts = new HashMap<>();
        Map<Value, Integer> lowZeros = new HashMap<>();
        // a preorder walk of the dominator tree; a block's facts are undone after its subtree
        new Dominators(f).walk(b -> {
            List<Object[]> undo = new ArrayList<>();
            learn(b, facts, lowZeros, undo);
            exact(b, lowZeros);
            decide(b, facts);
            return () -> {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    Object[] u = undo.get(i);
                    @SuppressWarnings("unchecked")
                    Map<Value, Object> m = (Map<Value, Object>) u[2];
                    if (u[1] == null) m.remove((Value) u[0]);
                    else m.put((Value) u[0], u[1]);
                }
            };
        });
    }

    /** The facts b's only incoming edge tells, when it is one side of an {@code if}. */
    private static void learn(Block b, Map<Value, Boolean> facts, Map<Value, Integer> lowZeros, List<Object[]> undo) {
        if (b.preds.size() != 1) return;
        Block p = b.preds.get(0);
        Instr t = p.terminator();
        if (t == null || t.op != Op.IF || p.succs.get(0) == p.succs.get(1)) return;
        boolean nonzero = p.succs.get(0) == b;
        Value c = t.arg(0);
        put(facts, undo, c, nonzero);
        Value x = zeroTest(c);
        if (x == null) return;
        boolean xNonzero = c.def.op == Op.EQ ? !nonzero : nonzero;
        put(facts, undo, x, xNonzero);
        // and y, 2^k-1 is 0: y's low k bits are 0 (y % 2 == 0 is this test after fold).
        if (!xNonzero && x.def != null && x.def.op == Op.AND) {
            for (int i = 0; i < 2; i++) {
                Long m = Edit.constant(x.def.arg(i));
                if (m == null || m <= 0 || Long.bitCount(m + 1) != 1) continue;
                Value y = x.def.arg(1 - i);
                int k = Long.numberOfTrailingZeros(m + 1);
                if (lowZeros.getOrDefault(y, 0) >= k) continue;
                undo.add(new Object[]{y, lowZeros.get(y), lowZeros});
                lowZeros.put(y, k);
            }
        }
    }

    private static void put(Map<Value, Boolean> facts, List<Object[]> undo, Value v, boolean nonzero) {
        undo.add(new Object[]{v, facts.get(v), facts});
        facts.put(v, nonzero);
    }

    /**
     * {@code div x, 2^j} with x's low j bits known 0 is {@code sar x, j}: the division is
     * exact, so truncation and the shift's flooring agree, whatever x's sign (no rounding
     * fix-up as strength must make). {@code mod x, 2^j} there is 0.
     */
    private static void exact(Block b, Map<Value, Integer> lowZeros) {
        if (lowZeros.isEmpty()) return;
        for (int i = 0; i < b.instrs.size(); i++) {
            Instr in = b.instrs.get(i);
            if ((in.op != Op.DIV && in.op != Op.MOD) || in.def().cls != Cls.INT) continue;
            Long c = Edit.constant(in.arg(1));
            Integer k = lowZeros.get(in.arg(0));
            if (c == null || k == null || c <= 1 || Long.bitCount(c) != 1 || Long.numberOfTrailingZeros(c) > k) continue;
            if (in.op == Op.MOD) {
                in.becomeConst(0);
            } else {
                Value x = in.arg(0);
                Value j = Fold.constBefore(in, Long.numberOfTrailingZeros(c));
                in.op = Op.SAR;
                in.args.clear();
                in.args.add(x);
                in.args.add(j);
            }
            i = b.instrs.indexOf(in);
        }
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
