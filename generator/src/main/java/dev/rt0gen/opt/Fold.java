package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

/**
 * Constant folding and algebraic identities (the constant half of gc's generic rewrite rules,
 * "opt"): a pure op of constants becomes the constant it computes, with Go's 64-bit wrapping
 * meaning (ir.Op); {@code x+0}, {@code x*1}, {@code x-x}, … become x or a constant (as a
 * {@code copy}, which copyelim removes); a phi of equal constants is that constant;
 * {@code if c} with a constant c becomes a {@code jmp} and the dead edge goes, with its
 * operand in the target's phis; a divmod with a constant operand splits into a div and a mod.
 * Repeats until nothing changes, so constants propagate.
 */
final class Fold {
    private Fold() {
    }

    static void run(Func f) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Block b : f.blocks) {
                for (int i = 0; i < b.instrs.size(); i++) {
                    Instr in = b.instrs.get(i);
                    if (in.op == Op.IF) changed |= foldIf(in);
                    else if (in.op == Op.PHI) changed |= foldPhi(in);
                    else if (in.op == Op.DIVMOD) changed |= splitDivmod(in);
                    else if (in.op == Op.LOAD || in.op == Op.STORE) changed |= foldAddress(in);
                    else if (in.op.pure && in.op.args > 0) changed |= foldOp(in);
                }
            }
        }
    }

    /**
     * A load or store at {@code add p, c} (an {@code unsafe.Add}, a field or element at a
     * constant offset) takes c into its offset, as gc's rules fold ADDQconst into the
     * MOVQload's displacement: one instruction, and the add goes when nothing else reads it.
     * Only a pointer base (the collector's view of the address stays a pointer), and only
     * while the offset fits a displacement.
     */
    private static boolean foldAddress(Instr in) {
        Instr d = in.arg(0).def;
        if (d == null || d.op != Op.ADD) return false;
        Value base = d.arg(0);
        Long c = Edit.constant(d.arg(1));
        if (c == null) {
            base = d.arg(1);
            c = Edit.constant(d.arg(0));
        }
        if (c == null || base.cls != Cls.PTR) return false;
        long off = in.aux + c;
        if (off != (int) off) return false;
        in.args.set(0, base);
        in.aux = off;
        return true;
    }

    /** {@code if c -> b1, b2} with a constant c: a jmp to the taken side. */
    private static boolean foldIf(Instr in) {
        Long c = Edit.constant(in.arg(0));
        if (c == null) return false;
        Block b = in.block;
        Edit.removeEdge(b, c != 0 ? 1 : 0);
        in.op = Op.JMP;
        in.args.clear();
        return true;
    }

    /** A phi whose operands are all the same constant is that constant, placed after the phis. */
    private static boolean foldPhi(Instr phi) {
        Long c = null;
        for (Value a : phi.args) {
            if (a == phi.def()) continue;
            Long k = Edit.constant(a);
            if (k == null || (c != null && !c.equals(k))) return false;
            c = k;
        }
        if (c == null) return false;
        Block b = phi.block;
        b.instrs.remove(phi);
        phi.becomeConst(c);
        b.instrs.add(b.phis().size(), phi);
        return true;
    }

    private static boolean foldOp(Instr in) {
        if (in.defs.size() != 1) return false;
        if (in.op == Op.COPY) return false; // copyelim's job
        if (in.op.isFloatCompare() || in.def().cls == Cls.F64 || in.op == Op.CVTFI || in.op == Op.CVTFI32) return foldFloat(in);
        Long a = Edit.constant(in.arg(0));
        Long b = in.args.size() > 1 ? Edit.constant(in.arg(1)) : null;
        if (a != null && (in.args.size() == 1 || b != null)) {
            Long r = eval(in.op, a, b == null ? 0 : b);
            if (r == null) return false;
            in.becomeConst(r);
            return true;
        }
        return in.args.size() == 2 && identity(in, a, b);
    }

    /**
     * A divmod with a constant operand becomes a div and a mod (its quotient and remainder
     * values, now defined apart), which fold, or strength reduces, one by one.
     */
    private static boolean splitDivmod(Instr in) {
        if (Edit.constant(in.arg(0)) == null && Edit.constant(in.arg(1)) == null) return false;
        Value r = in.defs.remove(1);
        in.op = Op.DIV;
        Block b = in.block;
        Instr mod = b.insert(b.instrs.indexOf(in) + 1, Op.MOD, in.arg(0), in.arg(1));
        Func.attach(mod, r);
        return true;
    }

    /**
     * Go's value of a pure op on constant words (the second ignored by unary ops), or null
     * where there is nothing to fold (a division by zero, which lowering's check never lets
     * run, or an op that is not arithmetic).
     */
    static Long eval(Op op, long x, long y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            // Java's long division already truncates and wraps MinInt64 / -1 to MinInt64, as Go does.
            case DIV -> y == 0 ? null : (Long) (x / y);
            case MOD -> y == 0 ? null : (Long) (x % y);
            case HMUL -> Math.multiplyHigh(x, y);
            case AND -> x & y;
            case OR -> x | y;
            case XOR -> x ^ y;
            case ANDNOT -> x & ~y;
            // Java masks shift counts to 6 bits; Go's count is unsigned and saturates.
            case SHL -> Long.compareUnsigned(y, 64) >= 0 ? 0 : x << y;
            case SHR -> Long.compareUnsigned(y, 64) >= 0 ? 0 : x >>> y;
            case SAR -> Long.compareUnsigned(y, 64) >= 0 ? x >> 63 : x >> y;
            case NEG -> -x;
            case NOT -> ~x;
            case EQ -> x == y ? 1L : 0L;
            case NE -> x != y ? 1L : 0L;
            case LT -> x < y ? 1L : 0L;
            case LE -> x <= y ? 1L : 0L;
            case GT -> x > y ? 1L : 0L;
            case GE -> x >= y ? 1L : 0L;
            case UDIV -> y == 0 ? null : (Long) Long.divideUnsigned(x, y);
            case UMOD -> y == 0 ? null : (Long) Long.remainderUnsigned(x, y);
            case SEXT8 -> (long) (byte) x;
            case SEXT16 -> (long) (short) x;
            case SEXT32 -> (long) (int) x;
            case ZEXT8 -> x & 0xFFL;
            case ZEXT16 -> x & 0xFFFFL;
            case ZEXT32 -> x & 0xFFFF_FFFFL;
            case ULT -> Long.compareUnsigned(x, y) < 0 ? 1L : 0L;
            case ULE -> Long.compareUnsigned(x, y) <= 0 ? 1L : 0L;
            case UGT -> Long.compareUnsigned(x, y) > 0 ? 1L : 0L;
            case UGE -> Long.compareUnsigned(x, y) >= 0 ? 1L : 0L;
            case CONST, ADDR, PARAM, COPY, PHI, DIVMOD, LOAD, STORE, CALL, CALLI, CLOSUREPTR, GETG, SYSCALL, JMP, IF, RET, UNREACHABLE, FCONST, FADD, FSUB,
                 FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI, FROUND32, CVTIF32, CVTFI32 -> null;
        };
    }

    /** The bits of an fconst (through copies), or null. */
    static Long fconst(Value v) {
        while (v.def != null && v.def.op == Op.COPY) v = v.def.arg(0);
        return v.def != null && v.def.op == Op.FCONST ? v.def.aux : null;
    }

    /**
     * A float op of constants (gc's rules for Const64F): Java's double arithmetic is IEEE
     * binary64 with round to nearest even, as SSE2's. As gc does ({@code c+d == c+d}), an
     * arithmetic result that is NaN is not folded (the machine picks the NaN's bits, its sign
     * among them); a conversion to int out of range or of NaN is left to the machine too (Java
     * saturates where CVTTSD2SQ gives 0x8000000000000000).
     */
    private static boolean foldFloat(Instr in) {
        Value x = in.arg(0);
        Long xi = in.op == Op.CVTIF || in.op == Op.CVTIF32 ? Edit.constant(x) : fconst(x);
        Long yi = in.args.size() > 1 ? fconst(in.arg(1)) : null;
        if (xi == null) return floatIdentity(in, in.arg(0), yi);
        if (in.op == Op.FMUL && yi == null) return floatIdentity(in, in.arg(1), xi); // commutative
        if (in.args.size() > 1 && yi == null) return false;
        double a = Double.longBitsToDouble(xi), b = yi == null ? 0 : Double.longBitsToDouble(yi);
        Double r = switch (in.op) {
            case FADD -> a + b;
            case FSUB -> a - b;
            case FMUL -> a * b;
            case FDIV -> a / b;
            default -> null;
        };
        if (r != null) {
            if (r.isNaN()) return false;
            return fconstant(in, Double.doubleToRawLongBits(r));
        }
        return switch (in.op) {
            case FNEG -> fconstant(in, xi ^ Long.MIN_VALUE); // only the sign bit, as xorps
            case FEQ -> constant(in, a == b ? 1 : 0);
            case FNE -> constant(in, a != b ? 1 : 0);
            case FLT -> constant(in, a < b ? 1 : 0);
            case FLE -> constant(in, a <= b ? 1 : 0);
            case FGT -> constant(in, a > b ? 1 : 0);
            case FGE -> constant(in, a >= b ? 1 : 0);
            case CVTIF -> fconstant(in, Double.doubleToRawLongBits((double) xi)); // round to nearest even, as cvtsi2sd
            case CVTFI -> a >= -0x1p63 && a < 0x1p63 && constant(in, (long) a); // truncation; NaN fails both tests
            // float32 (issue 14): Java's (float) rounds to nearest even as cvtsd2ss and cvtsi2ss; a
            // NaN is left to the machine (cvtsd2ss keeps its payload's top bits, Java need not)
            case FROUND32 -> !Double.isNaN(a) && fconstant(in, Double.doubleToRawLongBits((double) (float) a));
            case CVTIF32 -> fconstant(in, Double.doubleToRawLongBits((double) (float) xi));
            case CVTFI32 -> a > -0x1p31 - 1 && a < 0x1p31 && constant(in, (long) a); // out of range or NaN: the machine's
            default -> false;
        };
    }

    /**
     * The float identities that hold for every operand, NaN, ±0 and ±Inf included (gc's): x*1 and
     * x/1 are x, x*-1 is -x. Not x+0 (-0 + 0 is +0), not x*0 (NaN, -0), not x-x (NaN).
     */
    private static boolean floatIdentity(Instr in, Value x, Long b) {
        // float32 (issue 14): a value that is already a float32 is its own rounding
        if (in.op == Op.FROUND32) {
            Value v = x;
            while (v.def != null && v.def.op == Op.COPY) v = v.def.arg(0);
            if (v.def != null && (v.def.op == Op.FROUND32 || v.def.op == Op.CVTIF32)) {
                in.becomeCopy(x);
                return true;
            }
            return false;
        }
        if (b == null) return false;
        double c = Double.longBitsToDouble(b);
        if ((in.op == Op.FMUL || in.op == Op.FDIV) && c == 1.0) {
            in.becomeCopy(x);
            return true;
        }
        if (in.op == Op.FMUL && c == -1.0) return become(in, Op.FNEG, x);
        return false;
    }

    private static boolean fconstant(Instr in, long bits) {
        in.becomeConst(bits);
        in.op = Op.FCONST;
        return true;
    }

    /** Identities of a binary op with at most one constant operand (a, b: the constants or null). */
    private static boolean identity(Instr in, Long a, Long b) {
        Value x = in.arg(0), y = in.arg(1);
        boolean same = strip(x) == strip(y);
        // Commutative ops: put the constant second, so one set of rules serves.
        if (a != null && in.op.isCommutative()) {
            in.args.set(0, y);
            in.args.set(1, x);
            Value t = x; x = y; y = t;
            b = a;
            a = null;
        }
        switch (in.op) {
            case ADD, OR, XOR -> {
                if (isConst(b, 0)) return copy(in, x);
                if (same && in.op == Op.OR) return copy(in, x);
                if (same && in.op == Op.XOR) return zero(in);
                if (in.op == Op.XOR && isConst(b, 1) && invert(in, strip(x))) return true;
            }
            case SUB -> {
                if (isConst(b, 0)) return copy(in, x);
                if (isConst(a, 0)) return become(in, Op.NEG, y);
                if (same) return zero(in);
            }
            case MUL -> {
                if (isConst(b, 0)) return zero(in);
                if (isConst(b, 1)) return copy(in, x);
                if (isConst(b, -1)) return become(in, Op.NEG, x);
            }
            case HMUL -> {
                if (isConst(b, 0)) return zero(in);
            }
            case AND -> {
                if (isConst(b, 0)) return zero(in);
                if (isConst(b, -1) || same) return copy(in, x);
            }
            case ANDNOT -> {
                if (isConst(b, 0)) return copy(in, x);
                if (isConst(a, 0) || same || isConst(b, -1)) return zero(in);
            }
            case DIV -> {
                if (isConst(b, 1)) return copy(in, x);
                if (isConst(b, -1)) return become(in, Op.NEG, x);
                if (isConst(a, 0)) return zero(in);
            }
            case MOD -> {
                if (isConst(b, 1) || isConst(b, -1) || isConst(a, 0)) return zero(in);
            }
            case SHL, SHR, SAR -> {
                if (isConst(b, 0)) return copy(in, x);
                if (isConst(a, 0)) return zero(in);
                if (b != null && Long.compareUnsigned(b, 64) >= 0) {
                    if (in.op != Op.SAR) return zero(in);
                    if (b != 63) {
                        in.args.set(1, constBefore(in, 63));
                        return true;
                    }
                }
            }
            case EQ, LE, GE -> {
                if (same) return constant(in, 1);
                if (in.op == Op.EQ && isConst(b, 0) && modPow2(in)) return true;
            }
            case NE, LT, GT -> {
                if (same) return constant(in, 0);
                if (in.op == Op.NE && isConst(b, 0) && modPow2(in)) return true;
            }
            case UDIV -> {
                if (isConst(b, 1)) return copy(in, x);
                if (isConst(a, 0)) return zero(in);
            }
            case UMOD -> {
                if (isConst(b, 1) || isConst(a, 0)) return zero(in);
            }
            case ULE, UGE -> {
                if (same) return constant(in, 1);
                // x <= MaxUint64, 0 <= x
                if (in.op == Op.ULE ? isConst(b, -1) || isConst(a, 0) : isConst(a, -1) || isConst(b, 0)) return constant(in, 1);
            }
            case ULT, UGT -> {
                if (same) return constant(in, 0);
                // x < 0, MaxUint64 < x
                if (in.op == Op.ULT ? isConst(b, 0) || isConst(a, -1) : isConst(a, 0) || isConst(b, -1)) return constant(in, 0);
            }
            case CONST, ADDR, PARAM, COPY, PHI, DIVMOD, NEG, NOT, LOAD, STORE, CALL, CALLI, CLOSUREPTR, GETG, SYSCALL, JMP, IF, RET, UNREACHABLE, FCONST,
                 FADD, FSUB, FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI,
                 FROUND32, CVTIF32, CVTFI32,
                 SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 -> {
            }
        }
        return false;
    }

    /**
     * {@code (eq|ne) (mod x, c), 0} with c = ±2^k: the mod's operand becomes {@code and x, |c|-1}
     * (gc's rule). Truncated x % c is 0 exactly when c divides x, that is when x's low k bits
     * are 0, whatever x's sign; for c = MinInt64 the mask |c|-1 wraps to MaxInt64, still right.
     * Runs before strength, which would make the mod a longer sequence that only this test needs.
     */
    private static boolean modPow2(Instr in) {
        Value m = strip(in.arg(0));
        if (m.def == null || m.def.op != Op.MOD || m.cls != Cls.INT || m.def.arg(0).cls != Cls.INT) return false;
        Long c = Edit.constant(m.def.arg(1));
        // Math.abs(MinInt64) is MinInt64: one bit, as 2^63 has.
        if (c == null || c == 1 || c == -1 || Long.bitCount(Math.abs(c)) != 1) return false;
        Value mask = constBefore(in, Math.abs(c) - 1);
        Block b = in.block;
        Instr and = b.insert(b.instrs.indexOf(in), Op.AND, m.def.arg(0), mask);
        in.args.set(0, b.func.define(and, Cls.INT));
        return true;
    }

    /**
     * {@code xor c, 1} of an integer comparison c (a 0 or 1: a != the lowering writes as == then
     * not) is the opposite comparison of c's operands (gc's rules {@code (XOR (Eq x y) 1) => (Neq x y)}).
     * Not for floats: with a NaN both x < y and x >= y are false.
     */
    private static boolean invert(Instr in, Value c) {
        if (c.def == null || c.def.block == null) return false;
        Op inv = switch (c.def.op) {
            case EQ -> Op.NE;
            case NE -> Op.EQ;
            case LT -> Op.GE;
            case GE -> Op.LT;
            case LE -> Op.GT;
            case GT -> Op.LE;
            case ULT -> Op.UGE;
            case UGE -> Op.ULT;
            case ULE -> Op.UGT;
            case UGT -> Op.ULE;
            case FEQ -> Op.FNE;
            case FNE -> Op.FEQ;
            default -> null;
        };
        if (inv == null) return false;
        in.op = inv;
        in.args.clear();
        in.args.addAll(c.def.args);
        return true;
    }

    private static Value strip(Value v) {
        while (v.def != null && v.def.op == Op.COPY && v.def.arg(0).cls == v.cls) v = v.def.arg(0);
        return v;
    }

    private static boolean isConst(Long c, long v) {
        return c != null && c == v;
    }

    private static boolean copy(Instr in, Value x) {
        if (x.cls != in.def().cls) return false; // a copy keeps the class (an int + a ptr 0 stays)
        in.becomeCopy(x);
        return true;
    }

    private static boolean zero(Instr in) {
        return constant(in, 0);
    }

    private static boolean constant(Instr in, long c) {
        in.becomeConst(c);
        return true;
    }

    private static boolean become(Instr in, Op op, Value x) {
        in.op = op;
        in.args.clear();
        in.args.add(x);
        return true;
    }

    /** A new {@code const c} right before {@code in}. */
    static Value constBefore(Instr in, long c) {
        Block b = in.block;
        Instr k = b.insert(b.instrs.indexOf(in), Op.CONST);
        k.aux = c;
        return b.func.define(k, Cls.INT);
    }
}
