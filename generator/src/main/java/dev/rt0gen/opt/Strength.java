package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.math.BigInteger;

/**
 * Strength reduction of multiplication, division and remainder by constants (gc's generic
 * rules over magic.go): {@code x*2^k} is a shift; {@code x/2^k} a shift after adding
 * {@code 2^k-1} to a negative x (so that it truncates toward zero); {@code x/c} for other c a
 * high multiply by a magic number (Hacker's Delight 10-4, as Granlund and Montgomery);
 * {@code x%c} is {@code x - (x/c)*c} (for 2^k: a mask). A negative divisor divides by -c and
 * negates, as gc does (truncated division: {@code x / -c == -(x / c)}). Other multiplications
 * stay: the back end has imul and lea. Unsigned division by 2^k is a logical shift, its
 * remainder a mask.
 */
final class Strength {
    private Strength() {
    }

    static final long MIN = Long.MIN_VALUE;

    static void run(Func f) {
        for (Block b : f.blocks) {
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                // Only int arithmetic: its rewrites make int words (a ptr op keeps its op).
                if (in.defs.size() != 1 || in.def().cls != Cls.INT || !allInt(in)) continue;
                switch (in.op) {
                    case MUL -> mul(in);
                    case DIV, MOD -> {
                        Long c = Edit.constant(in.arg(1));
                        if (c != null && c != 0 && Edit.constant(in.arg(0)) == null) {
                            if (in.op == Op.DIV) div(new Seq(in), in.arg(0), c);
                            else mod(new Seq(in), in.arg(0), c);
                        }
                    }
                    case UDIV, UMOD -> {
                        Long c = Edit.constant(in.arg(1));
                        if (c != null && c != 0 && Edit.constant(in.arg(0)) == null) unsigned(new Seq(in), in.arg(0), c);
                    }
                    case CONST, ADDR, PARAM, COPY, PHI, DIVMOD, ADD, SUB, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR,
                         NEG, NOT, EQ, NE, LT, LE, GT, GE, LOAD, STORE, CALL, CALLI, CLOSUREPTR, GETG, SYSCALL, JMP, IF, RET, UNREACHABLE, FCONST, FADD, FSUB,
                         FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI,
                 FROUND32, CVTIF32, CVTFI32,
                         SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32, ULT, ULE, UGT, UGE -> {
                    }
                }
                i = b.instrs.indexOf(in); // the sequence went in before it
            }
        }
    }

    private static boolean allInt(Instr in) {
        for (Value a : in.args) if (a.cls != Cls.INT) return false;
        return true;
    }

    /** Instructions inserted before {@code in}, which finally becomes the last of them. */
    private static final class Seq {
        final Instr in;

        Seq(Instr in) {
            this.in = in;
        }

        Value op(Op op, Value... args) {
            Block b = in.block;
            return b.func.define(b.insert(b.instrs.indexOf(in), op, args), Cls.INT);
        }

        Value k(long c) {
            Block b = in.block;
            Instr k = b.insert(b.instrs.indexOf(in), Op.CONST);
            k.aux = c;
            return b.func.define(k, Cls.INT);
        }

        void last(Op op, Value... args) {
            in.op = op;
            in.args.clear();
            for (Value a : args) in.args.add(a);
        }
    }

    private static void mul(Instr in) {
        Long c = Edit.constant(in.arg(1));
        Value x = in.arg(0);
        if (c == null) {
            c = Edit.constant(in.arg(0));
            x = in.arg(1);
        }
        if (c == null || Edit.constant(x) != null) return;
        Seq s = new Seq(in);
        if (c != MIN && c > 1 && Long.bitCount(c) == 1) {
            s.last(Op.SHL, x, s.k(Long.numberOfTrailingZeros(c)));
        } else if (c != MIN && c < -1 && Long.bitCount(-c) == 1) {
            s.last(Op.NEG, s.op(Op.SHL, x, s.k(Long.numberOfTrailingZeros(-c))));
        } else if (c == MIN) {
            s.last(Op.SHL, x, s.k(63));
        }
    }

    /** {@code in} becomes x / c (c != 0). */
    private static void div(Seq s, Value x, long c) {
        if (c == 1) {
            s.last(Op.COPY, x);
        } else if (c == -1) {
            s.last(Op.NEG, x);
        } else if (c == MIN) {
            // Only MinInt64 itself reaches the magnitude 2^63.
            s.last(Op.EQ, x, s.k(MIN));
        } else if (c < 0) {
            s.last(Op.NEG, quotient(s, x, -c));
        } else if (Long.bitCount(c) == 1) {
            int k = Long.numberOfTrailingZeros(c);
            s.last(Op.SAR, s.op(Op.ADD, x, bias(s, x, k)), s.k(k));
        } else {
            long[] ms = magic(c);
            Value t = s.op(Op.HMUL, x, s.k(ms[0]));
            if (ms[0] < 0) t = s.op(Op.ADD, t, x); // m >= 2^63: hmul took it as m - 2^64
            if (ms[1] > 0) t = s.op(Op.SAR, t, s.k(ms[1]));
            s.last(Op.ADD, t, s.op(Op.SHR, x, s.k(63))); // floor to truncation: +1 for a negative x
        }
    }

    /** A new value x / d, 2 <= d < 2^63. */
    private static Value quotient(Seq s, Value x, long d) {
        Instr div = s.in.block.insert(s.in.block.instrs.indexOf(s.in), Op.DIV);
        Value q = s.in.block.func.define(div, Cls.INT);
        div(new Seq(div), x, d);
        return q;
    }

    /** {@code in} becomes x % c (c != 0). */
    private static void mod(Seq s, Value x, long c) {
        if (c == 1 || c == -1) {
            s.last(Op.CONST);
            s.in.aux = 0;
        } else if (c == MIN) {
            s.last(Op.SUB, x, s.op(Op.SHL, s.op(Op.EQ, x, s.k(MIN)), s.k(63)));
        } else if (Long.bitCount(Math.abs(c)) == 1) {
            // The remainder has x's sign whatever c's: x - ((x + bias) &^ (2^k - 1)).
            int k = Long.numberOfTrailingZeros(Math.abs(c));
            Value t = s.op(Op.ADD, x, bias(s, x, k));
            s.last(Op.SUB, x, s.op(Op.AND, t, s.k(-(1L << k))));
        } else {
            s.last(Op.SUB, x, s.op(Op.MUL, quotient(s, x, Math.abs(c)), s.k(Math.abs(c))));
        }
    }

    /**
     * {@code in} (udiv or umod x, c; c != 0 read as unsigned) by a power of two 2^k: a logical
     * shift by k, a mask 2^k - 1. Other divisors stay udiv (gc's umagic would need an unsigned
     * high multiply, which the IR does not have).
     */
    private static void unsigned(Seq s, Value x, long c) {
        if (Long.bitCount(c) != 1) return;
        int k = Long.numberOfTrailingZeros(c);
        if (s.in.op == Op.UDIV) s.last(Op.SHR, x, s.k(k));
        else s.last(Op.AND, x, s.k(c - 1));
    }

    /** 2^k - 1 for a negative x, else 0: what makes an arithmetic shift by k truncate toward zero. */
    private static Value bias(Seq s, Value x, int k) {
        Value sign = k == 1 ? x : s.op(Op.SAR, x, s.k(63));
        return s.op(Op.SHR, sign, s.k(64 - k));
    }

    /**
     * The magic multiplier and shift for x / d, 3 <= d < 2^63 not a power of two: the least
     * p >= 64 with 2^p > nc * (d - 2^p mod d), nc the largest dividend with nc mod d == d - 1;
     * m = (2^p + d - 2^p mod d) / d < 2^64 (returned as a signed word), shift p - 64.
     */
    static long[] magic(long d) {
        BigInteger bd = BigInteger.valueOf(d);
        BigInteger two63 = BigInteger.ONE.shiftLeft(63);
        BigInteger nc = two63.subtract(two63.mod(bd)).subtract(BigInteger.ONE);
        for (int p = 64; ; p++) {
            BigInteger twoP = BigInteger.ONE.shiftLeft(p);
            BigInteger r = twoP.mod(bd);
            if (twoP.compareTo(nc.multiply(bd.subtract(r))) > 0) {
                BigInteger m = twoP.add(bd).subtract(r).divide(bd);
                return new long[]{m.longValue(), p - 64};
            }
        }
    }
}
