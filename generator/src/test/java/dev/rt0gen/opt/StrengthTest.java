package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StrengthTest {
    static final long MIN = Long.MIN_VALUE, MAX = Long.MAX_VALUE;

    /** Every constant in [-20, 20] but 0, ±2^k and ±2^k±1 for k up to 63, the extremes, random ones. */
    static List<Long> divisors() {
        Set<Long> cs = new LinkedHashSet<>();
        for (long c = -20; c <= 20; c++) if (c != 0) cs.add(c);
        for (int k = 0; k < 64; k++) {
            long p = 1L << k;
            for (long c : new long[]{p, p - 1, p + 1, -p, -p + 1, -p - 1}) if (c != 0) cs.add(c);
        }
        cs.addAll(List.of(MIN, MAX, MIN + 1, MAX - 1, 1000L, 1_000_000_007L, 641L, 6700417L));
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            long c = i % 3 == 0 ? r.nextLong() : i % 3 == 1 ? r.nextInt() : r.nextInt(100_000) - 50_000;
            if (c != 0) cs.add(c);
        }
        return new ArrayList<>(cs);
    }

    /** Dividends: the edges of int64, powers of two ± 1, multiples of c next to the edges, random words. */
    static long[] dividends(long c, Random r) {
        Set<Long> xs = new LinkedHashSet<>(List.of(0L, 1L, -1L, 2L, -2L, MIN, MAX, MIN + 1, MAX - 1, c, -c, c + 1, c - 1, -c + 1, -c - 1));
        for (int k = 0; k < 64; k += 3) {
            long p = 1L << k;
            xs.addAll(List.of(p, p - 1, p + 1, -p, -p + 1, -p - 1));
        }
        if (c != MIN) {
            long a = Math.abs(c);
            for (long q : new long[]{MAX / a, MAX / a - 1, 1, 2, 3, 1000}) {
                long m = q * a;
                xs.addAll(List.of(m, m - 1, m + 1, -m, -m + 1, -m - 1));
            }
        }
        for (int i = 0; i < 60; i++) xs.add(i % 2 == 0 ? r.nextLong() : (long) r.nextInt());
        return xs.stream().mapToLong(Long::longValue).toArray();
    }

    /** x op c, c a constant. */
    static Func byConstant(Op op, long c) {
        Func f = Build.func(1, 1);
        Block b = f.newBlock();
        Value x = Build.param(b, 0);
        Build.ret(b, b.add(op, Cls.INT, x, b.constant(c)));
        return f;
    }

    /** Go's x / c and x % c, from BigInteger (truncated; MinInt64 / -1 wraps). */
    static long go(Op op, long x, long c) {
        BigInteger[] qr = BigInteger.valueOf(x).divideAndRemainder(BigInteger.valueOf(c));
        return (op == Op.DIV ? qr[0] : qr[1]).longValue();
    }

    @Test
    void divisionAndRemainderByEveryConstantLeaveNoDivideAndKeepGoValues() {
        Random r = new Random(1);
        int checked = 0;
        for (long c : divisors()) {
            for (Op op : new Op[]{Op.DIV, Op.MOD}) {
                Func f = byConstant(op, c);
                Strength.run(f);
                Verifier.verify(f);
                assertThat(Build.count(f, Op.DIV) + Build.count(f, Op.MOD)).as("%s by %d\n%s", op, c, f).isZero();
                for (long x : dividends(c, r)) {
                    assertThat(OptEval.run(f, x)[0]).as("%d %s %d\n%s", x, op, c, f).isEqualTo(go(op, x, c));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void theWholePipelineKeepsDivisionByConstantsToo() {
        Random r = new Random(2);
        for (long c : divisors()) {
            for (Op op : new Op[]{Op.DIV, Op.MOD}) {
                Func f = byConstant(op, c);
                Passes.run(f, (name, g) -> Verifier.verify(g));
                assertThat(Build.count(f, Op.DIV) + Build.count(f, Op.MOD)).as("%s by %d\n%s", op, c, f).isZero();
                for (long x : dividends(c, r)) assertThat(OptEval.run(f, x)[0]).as("%d %s %d\n%s", x, op, c, f).isEqualTo(go(op, x, c));
            }
        }
    }

    @Test
    void shapes() {
        // n/2 and n%2: shifts and a mask, as gc makes them; n/7: a high multiply.
        Func half = byConstant(Op.DIV, 2);
        Passes.run(half);
        assertThat(Build.count(half, Op.SAR)).isEqualTo(1);
        assertThat(Build.count(half, Op.SHR)).isEqualTo(1);
        assertThat(Build.count(half, Op.MUL) + Build.count(half, Op.HMUL)).isZero();

        Func odd = byConstant(Op.MOD, 2);
        Passes.run(odd);
        assertThat(Build.count(odd, Op.AND)).isEqualTo(1);
        assertThat(Build.count(odd, Op.MUL) + Build.count(odd, Op.HMUL)).isZero();

        Func seventh = byConstant(Op.DIV, 7);
        Passes.run(seventh);
        assertThat(Build.count(seventh, Op.HMUL)).isEqualTo(1);

        Func minusOne = byConstant(Op.DIV, -1);
        Passes.run(minusOne);
        assertThat(Build.returned(minusOne, 0).op).isEqualTo(Op.NEG);

        Func one = byConstant(Op.DIV, 1);
        Passes.run(one);
        assertThat(Build.returned(one, 0).op).isEqualTo(Op.PARAM);

        // unsigned by 2^k: a logical shift, a mask; by others: udiv stays
        for (long c : new long[]{2, 8, 1L << 40, Long.MIN_VALUE, 3, 10, -1}) {
            for (Op op : new Op[]{Op.UDIV, Op.UMOD}) {
                Func f = byConstant(op, c);
                Func want = byConstant(op, c);
                Passes.run(f);
                boolean pow2 = Long.bitCount(c) == 1;
                assertThat(Build.count(f, op)).as("%s %d\n%s", op, c, f).isEqualTo(pow2 ? 0 : 1);
                if (pow2) assertThat(Build.returned(f, 0).op).isEqualTo(op == Op.UDIV ? Op.SHR : Op.AND);
                for (long x : new long[]{0, 1, 7, -1, -8, Long.MIN_VALUE, Long.MAX_VALUE, 123456789}) {
                    assertThat(OptEval.run(f, x)).as("%d %s %d", x, op, c).containsExactly(OptEval.run(want, x));
                }
            }
        }
    }

    @Test
    void magicNumbersAreHackersDelights() {
        // Hacker's Delight table 10-1 (64-bit): d, M, s.
        assertThat(Strength.magic(3)).containsExactly(0x5555555555555556L, 0);
        assertThat(Strength.magic(5)).containsExactly(0x6666666666666667L, 1);
        assertThat(Strength.magic(7)).containsExactly(0x4924924924924925L, 1);
        assertThat(Strength.magic(6)).containsExactly(0x2AAAAAAAAAAAAAABL, 0);
    }

    @Test
    void multiplicationByPowersOfTwoIsAShift() {
        Random r = new Random(3);
        List<Long> cs = new ArrayList<>(divisors());
        cs.add(0L);
        for (long c : cs) {
            Func f = byConstant(Op.MUL, c);
            Passes.run(f, (name, g) -> Verifier.verify(g));
            if (c != 0 && (Long.bitCount(c) == 1 || (c != MIN && Long.bitCount(-c) == 1)) && c != 1 && c != -1)
                assertThat(Build.count(f, Op.MUL)).as("x*%d\n%s", c, f).isZero();
            for (long x : dividends(c == 0 ? 1 : c, r)) assertThat(OptEval.run(f, x)[0]).as("%d * %d", x, c).isEqualTo(x * c);
        }
    }
}
