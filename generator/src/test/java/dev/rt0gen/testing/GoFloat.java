package dev.rt0gen.testing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's float64 semantics where tests need an oracle: {@code println(x)} as Go 1.26's runtime
 * prints it ({@code strconv.AppendFloat(buf, x, 'g', -1, 64)}: the shortest decimal that reads
 * back as x, %e form when the exponent is below -4 or at least 6), and {@code int(x)} as gc
 * compiles it on amd64. Written apart from the runtime's assembly, so that the two check each other.
 */
public final class GoFloat {
    private GoFloat() {
    }

    /** Go's int(x) on amd64 (CVTTSD2SQ): truncation, 0x8000000000000000 out of range or NaN. */
    public static long toInt(double x) {
        return x >= -0x1p63 && x < 0x1p63 ? (long) x : Long.MIN_VALUE;
    }

    /** Go's runtime.complex128div: (a+bi) / (c+di) by Smith's algorithm, with C99's corrections when both parts are NaN. */
    public static double[] complexDiv(double a, double b, double c, double d) {
        double e, f;
        if (Math.abs(c) >= Math.abs(d)) {
            double ratio = d / c, denom = c + ratio * d;
            e = (a + b * ratio) / denom;
            f = (b - a * ratio) / denom;
        } else {
            double ratio = c / d, denom = d + ratio * c;
            e = (a * ratio + b) / denom;
            f = (b * ratio - a) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = Math.copySign(Double.isInfinite(a) ? 1 : 0, a);
                b = Math.copySign(Double.isInfinite(b) ? 1 : 0, b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = Math.copySign(Double.isInfinite(c) ? 1 : 0, c);
                d = Math.copySign(Double.isInfinite(d) ? 1 : 0, d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new double[]{e, f};
    }

    /** Go's int32(x) on amd64 (CVTTSD2SL): truncation, 0x80000000 out of int32's range or NaN, sign-extended. */
    public static long toInt32(double x) {
        return x > -0x1p31 - 1 && x < 0x1p31 ? (long) x : Integer.MIN_VALUE;
    }

    /** What println(x) prints for a float64. */
    public static String print(double x) {
        return print(x, false);
    }

    /** What println(x) prints for a float32 (held as the float64 of its value): the shortest decimal that reads back as the float32. */
    public static String print32(double x) {
        return print(x, true);
    }

    /** What println(c) prints for a complex128 (single: a complex64): Go's strconv.AppendComplex. */
    public static String printComplex(double re, double im, boolean single) {
        String i = print(im, single);
        if (i.charAt(0) != '+' && i.charAt(0) != '-') i = "+" + i;
        return "(" + print(re, single) + i + "i)";
    }

    private static String print(double x, boolean single) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "+Inf" : "-Inf";
        boolean neg = (Double.doubleToRawLongBits(x) < 0);
        StringBuilder sb = new StringBuilder(neg ? "-" : "");
        if (x == 0) return sb.append('0').toString();
        // the shortest digits in x's rounding interval, the nearer one of two (ties to an even digit)
        BigDecimal exact = new BigDecimal(Math.abs(x));
        String digits = null;
        int dp = 0;
        for (int n = 1; n <= 17 && digits == null; n++) {
            BigDecimal best = null;
            for (RoundingMode m : new RoundingMode[]{RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal c = exact.round(new MathContext(n, m));
                if (single ? c.floatValue() != (float) Math.abs(x) : c.doubleValue() != Math.abs(x)) continue;
                if (best == null) {
                    best = c;
                    continue;
                }
                int cmp = c.subtract(exact).abs().compareTo(best.subtract(exact).abs());
                // a tie: the even one, but the larger for a float32 power of two (Go's Dragonbox,
                // algorithm 5.6 for the asymmetric interval: 2^-12 prints 0.00024414063)
                boolean tieUp = single && Math.getExponent((float) x) >= Float.MIN_EXPONENT
                        && (Float.floatToRawIntBits((float) x) & 0x7fffff) == 0;
                if (cmp < 0 || (cmp == 0 && (tieUp || c.unscaledValue().testBit(0) == false))) best = c;
            }
            if (best != null) {
                BigDecimal s = best.stripTrailingZeros();
                digits = s.unscaledValue().toString();
                dp = digits.length() - s.scale();
            }
        }
        int nd = digits.length(), exp = dp - 1;
        if (exp < -4 || exp >= 6) { // fmtE with nd-1 digits after the point
            sb.append(digits.charAt(0));
            if (nd > 1) sb.append('.').append(digits, 1, nd);
            sb.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) sb.append('0');
            return sb.append(e).toString();
        }
        // fmtF with max(nd-dp, 0) digits after the point
        if (dp > 0) {
            for (int i = 0; i < dp; i++) sb.append(i < nd ? digits.charAt(i) : '0');
        } else {
            sb.append('0');
        }
        int frac = Math.max(nd - dp, 0);
        if (frac > 0) {
            sb.append('.');
            for (int i = 0; i < frac; i++) {
                int j = dp + i;
                sb.append(j >= 0 && j < nd ? digits.charAt(j) : '0');
            }
        }
        return sb.toString();
    }
}
