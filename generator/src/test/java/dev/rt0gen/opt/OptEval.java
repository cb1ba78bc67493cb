package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Value;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs one Func on argument words: arithmetic, comparisons, phis, branches, ret (no memory, no
 * calls). Its arithmetic is written apart from Fold's (BigInteger for hmul, Go's rules spelled
 * out) so that the two check each other.
 */
final class OptEval {
    private OptEval() {
    }

    static final class OutOfSteps extends RuntimeException {
        OutOfSteps() {
            super("out of steps");
        }
    }

    static long[] run(Func f, long... args) {
        return runWithin(f, 1_000_000, args);
    }

    static long[] runWithin(Func f, int maxSteps, long... args) {
        Map<Value, Long> env = new HashMap<>();
        Block b = f.entry(), from = null;
        int fromSucc = -1;
        int steps = 0;
        while (true) {
            if (from != null) {
                int pi = predIndex(from, fromSucc);
                // Phis read their operands all at once (a swap of two phis must not see the other's new value).
                Map<Value, Long> now = new HashMap<>();
                for (Instr phi : b.phis()) now.put(phi.def(), get(env, phi.arg(pi)));
                env.putAll(now);
            }
            Block next = null;
            for (Instr in : b.instrs) {
                if (++steps > maxSteps) throw new OutOfSteps();
                switch (in.op) {
                    case PHI -> {
                    }
                    case PARAM -> env.put(in.def(), args[(int) in.aux]);
                    case CONST -> env.put(in.def(), in.aux);
                    case COPY -> env.put(in.def(), get(env, in.arg(0)));
                    case JMP -> next = b.succs.get(0);
                    case IF -> {
                        fromSucc = get(env, in.arg(0)) != 0 ? 0 : 1;
                        next = b.succs.get(fromSucc);
                    }
                    case RET -> {
                        long[] out = new long[in.args.size()];
                        for (int i = 0; i < out.length; i++) out[i] = get(env, in.arg(i));
                        return out;
                    }
                    case UNREACHABLE -> throw new IllegalStateException("reached unreachable in " + b);
                    case ADDR, LOAD, STORE, CALL, CALLI, CLOSUREPTR, GETG, SYSCALL -> throw new UnsupportedOperationException(in.op.text);
                    case ADD, SUB, MUL, DIV, MOD, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR, EQ, NE, LT, LE, GT, GE ->
                            env.put(in.def(), binary(in.op, get(env, in.arg(0)), get(env, in.arg(1))));
                    case DIVMOD -> {
                        long x = get(env, in.arg(0)), y = get(env, in.arg(1));
                        env.put(in.defs.get(0), binary(dev.rt0gen.ir.Op.DIV, x, y));
                        env.put(in.defs.get(1), binary(dev.rt0gen.ir.Op.MOD, x, y));
                    }
                    case NEG -> env.put(in.def(), -get(env, in.arg(0)));
                    // float64 words are IEEE bits; Java's double is IEEE binary64, round to nearest even
                    case FCONST -> env.put(in.def(), in.aux);
                    case FADD, FSUB, FMUL, FDIV, FEQ, FNE, FLT, FLE, FGT, FGE ->
                            env.put(in.def(), floatBinary(in.op, get(env, in.arg(0)), get(env, in.arg(1))));
                    case FNEG -> env.put(in.def(), get(env, in.arg(0)) ^ Long.MIN_VALUE);
                    case CVTIF -> env.put(in.def(), Double.doubleToRawLongBits((double) get(env, in.arg(0))));
                    case FROUND32 -> env.put(in.def(), Double.doubleToRawLongBits((double) (float) Double.longBitsToDouble(get(env, in.arg(0)))));
                    case CVTFI32 -> env.put(in.def(), dev.rt0gen.testing.GoFloat.toInt32(Double.longBitsToDouble(get(env, in.arg(0)))));
                    case CVTIF32 -> env.put(in.def(), Double.doubleToRawLongBits((double) (float) get(env, in.arg(0))));
                    case CVTFI -> {
                        double x = Double.longBitsToDouble(get(env, in.arg(0)));
                        env.put(in.def(), Double.isNaN(x) || x >= 9.223372036854775807E18 || x < -9.223372036854775807E18 ? Long.MIN_VALUE : (long) x);
                    }
                    case NOT -> env.put(in.def(), ~get(env, in.arg(0)));
                    case UDIV, UMOD, ULT, ULE, UGT, UGE ->
                            env.put(in.def(), binary(in.op, get(env, in.arg(0)), get(env, in.arg(1))));
                    case SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 -> env.put(in.def(), extend(in.op, get(env, in.arg(0))));
                }
                if (in.op == dev.rt0gen.ir.Op.JMP) fromSucc = 0;
            }
            if (next == null) throw new IllegalStateException(b + " has no terminator");
            from = b;
            b = next;
        }
    }

    private static long get(Map<Value, Long> env, Value v) {
        Long x = env.get(v);
        if (x == null) throw new IllegalStateException(v + " used before it is defined");
        return x;
    }

    /** The k-th edge from → to is the k-th time from appears in to's preds. */
    private static int predIndex(Block from, int succ) {
        Block to = from.succs.get(succ);
        int k = 0;
        for (int j = 0; j < succ; j++) if (from.succs.get(j) == to) k++;
        for (int j = 0; j < to.preds.size(); j++) if (to.preds.get(j) == from && k-- == 0) return j;
        throw new IllegalStateException(from + " not in preds of " + to);
    }

    /** A float op on IEEE bits: a NaN compares unequal to everything, itself too. */
    static long floatBinary(dev.rt0gen.ir.Op op, long xb, long yb) {
        double x = Double.longBitsToDouble(xb), y = Double.longBitsToDouble(yb);
        return switch (op) {
            case FADD -> Double.doubleToRawLongBits(x + y);
            case FSUB -> Double.doubleToRawLongBits(x - y);
            case FMUL -> Double.doubleToRawLongBits(x * y);
            case FDIV -> Double.doubleToRawLongBits(x / y);
            case FEQ -> x == y ? 1 : 0;
            case FNE -> !(x == y) ? 1 : 0;
            case FLT -> x < y ? 1 : 0;
            case FLE -> x <= y ? 1 : 0;
            case FGT -> x > y ? 1 : 0;
            case FGE -> x >= y ? 1 : 0;
            default -> throw new IllegalArgumentException(op.text + " is not a binary float op");
        };
    }

    static long binary(dev.rt0gen.ir.Op op, long x, long y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> {
                if (y == 0) throw new ArithmeticException("div by 0");
                yield y == -1 ? -x : BigInteger.valueOf(x).divide(BigInteger.valueOf(y)).longValue();
            }
            case MOD -> {
                if (y == 0) throw new ArithmeticException("mod by 0");
                yield y == -1 ? 0 : BigInteger.valueOf(x).remainder(BigInteger.valueOf(y)).longValue();
            }
            case HMUL -> BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)).shiftRight(64).longValue();
            case AND -> x & y;
            case OR -> x | y;
            case XOR -> x ^ y;
            case ANDNOT -> x & ~y;
            case SHL -> y < 0 || y >= 64 ? 0 : x << y;
            case SHR -> y < 0 || y >= 64 ? 0 : x >>> y;
            case SAR -> y < 0 || y >= 64 ? (x < 0 ? -1 : 0) : x >> y;
            case EQ -> x == y ? 1 : 0;
            case NE -> x != y ? 1 : 0;
            case LT -> x < y ? 1 : 0;
            case LE -> x <= y ? 1 : 0;
            case GT -> x > y ? 1 : 0;
            case GE -> x >= y ? 1 : 0;
            case UDIV -> {
                if (y == 0) throw new ArithmeticException("udiv by 0");
                yield unsigned(x).divide(unsigned(y)).longValue();
            }
            case UMOD -> {
                if (y == 0) throw new ArithmeticException("umod by 0");
                yield unsigned(x).remainder(unsigned(y)).longValue();
            }
            case ULT -> unsigned(x).compareTo(unsigned(y)) < 0 ? 1 : 0;
            case ULE -> unsigned(x).compareTo(unsigned(y)) <= 0 ? 1 : 0;
            case UGT -> unsigned(x).compareTo(unsigned(y)) > 0 ? 1 : 0;
            case UGE -> unsigned(x).compareTo(unsigned(y)) >= 0 ? 1 : 0;
            case CONST, ADDR, PARAM, COPY, PHI, DIVMOD, NEG, NOT, LOAD, STORE, CALL, CALLI, CLOSUREPTR, GETG, SYSCALL, JMP, IF, RET, UNREACHABLE, FCONST,
                 FADD, FSUB, FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI,
                 FROUND32, CVTIF32, CVTFI32,
                 SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 ->
                    throw new IllegalArgumentException(op.text + " is not binary");
        };
    }

    private static BigInteger unsigned(long x) {
        return BigInteger.valueOf(x).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    }

    /** sext8 … zext32 by arithmetic: the low bits, less 2^bits when signed and the top bit is set. */
    static long extend(dev.rt0gen.ir.Op op, long x) {
        int bits = op.extBits();
        long low = x & ((1L << bits) - 1);
        boolean signed = op == dev.rt0gen.ir.Op.SEXT8 || op == dev.rt0gen.ir.Op.SEXT16 || op == dev.rt0gen.ir.Op.SEXT32;
        return signed && (low >>> (bits - 1)) != 0 ? low - (1L << bits) : low;
    }
}
