package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Dominators;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Width;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Nil-check elimination (gc's nilcheckelim). Lowering checks a pointer before it is used by
 * loading its first byte ({@code load.u8 [p]}, the value unused): the load faults on nil, and
 * sigpanic makes that Go's panic. A check goes when it can never fault, because p is known
 * not to be nil where it stands:
 * <ul>
 * <li>p is an address (a variable's, a function's);</li>
 * <li>a dominating instruction already read or wrote memory at p + off, off below the page
 * that faults by itself (the check, or the access, faulted there first);</li>
 * <li>p was compared with nil and the check is on the non-nil side ({@code if p != nil}).</li>
 * </ul>
 * A check right before an access of [p + 0] (nothing but computation between) goes too: the
 * access faults there first, at the same address. Checks before an access at another offset
 * stay: the fault's address would move.
 */
final class NilCheck {
    /** The size of the page at address 0 that faults (lowering's MIN_ZERO_PAGE, gc's minZeroPage). */
    static final long ZERO_PAGE = 4096;

    private NilCheck() {
    }

    static void run(Func f) {
        int[] uses = new int[f.valueCount()];
        for (Block b : f.blocks) for (Instr in : b.instrs) for (Value a : in.args) uses[a.id]++;
        Set<Value> nonNil = new HashSet<>();
        new Dominators(f).walk(b -> {
            List<Value> added = new ArrayList<>();
            Value p = checkedOnEdge(b);
            if (p != null && nonNil.add(p)) added.add(p);
            List<Instr> gone = new ArrayList<>();
            for (Instr in : b.instrs) {
                if (in.op != Op.LOAD && in.op != Op.STORE) continue;
                Value ptr = in.arg(0);
                boolean known = nonNil.contains(ptr) || ptr.def.op == Op.ADDR;
                if (known && isCheck(in, uses)) {
                    gone.add(in);
                } else if (in.aux >= 0 && in.aux < ZERO_PAGE && nonNil.add(ptr)) {
                    added.add(ptr);
                }
            }
            b.instrs.removeAll(gone);
            return () -> nonNil.removeAll(added);
        });
        for (Block b : f.blocks) b.instrs.removeIf(in -> isCheck(in, uses) && faultsNextAtZero(b, in));
    }

    /**
     * Whether the next instruction after the check that is not a plain computation (a load,
     * store or call: what could fault or be seen) reads or writes [p + 0] itself: it faults
     * where the check would, at address 0, with nothing done in between (gc's nilcheckelim2,
     * for the same address only, so that the fault's address stays what it was).
     */
    private static boolean faultsNextAtZero(Block b, Instr check) {
        Value p = check.arg(0);
        for (int k = b.instrs.indexOf(check) + 1; k < b.instrs.size(); k++) {
            Instr in = b.instrs.get(k);
            if (in.op == Op.LOAD || in.op == Op.STORE) return in.arg(0) == p && in.aux == 0;
            if (!in.op.pure || in.op == Op.DIV || in.op == Op.MOD || in.op == Op.DIVMOD || in.op == Op.UDIV
                    || in.op == Op.UMOD) {
                return false;
            }
        }
        return false;
    }

    /** A nil check: a byte loaded from [p] and never used. */
    private static boolean isCheck(Instr in, int[] uses) {
        return in.op == Op.LOAD && in.width == Width.U8 && in.aux == 0 && uses[in.def().id] == 0;
    }

    /** The pointer b's only incoming edge says is not nil: the then side of {@code p != nil}, the else side of {@code p == nil}. */
    private static Value checkedOnEdge(Block b) {
        if (b.preds.size() != 1) return null;
        Block p = b.preds.get(0);
        Instr t = p.terminator();
        if (t == null || t.op != Op.IF || p.succs.get(0) == p.succs.get(1)) return null;
        Instr c = t.arg(0).def;
        if (c == null || (c.op != Op.EQ && c.op != Op.NE)) return null;
        boolean then = p.succs.get(0) == b;
        if (then != (c.op == Op.NE)) return null;
        for (int k = 0; k < 2; k++) {
            Long z = Edit.constant(c.arg(1 - k));
            if (z != null && z == 0 && c.arg(k).cls == dev.rt0gen.ir.Cls.PTR) return c.arg(k);
        }
        return null;
    }
}
