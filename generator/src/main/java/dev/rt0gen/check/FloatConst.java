package dev.rt0gen.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The value of a float constant (untyped float, or float64 after rounding): an exact rational
 * num/den in lowest terms, den &gt; 0, as go/constant's ratVal. Untyped float arithmetic is
 * exact; {@link #toDouble} rounds to nearest even only where a float64 is asked for.
 * Integer constants stay {@link BigInteger}s: the value's class follows the constant's kind.
 */
public record FloatConst(BigInteger num, BigInteger den) {
    /** The largest decimal or binary exponent of a literal rt0gen folds exactly (go/constant switches to big.Float past 4096 bits). */
    static final int MAX_EXP = 10000;

    public FloatConst {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) den = BigInteger.ONE;
    }

    static FloatConst of(BigInteger i) {
        return new FloatConst(i, BigInteger.ONE);
    }

    /** An int or float constant value as a float constant. */
    static FloatConst of(Object v) {
        return v instanceof FloatConst f ? f : of((BigInteger) v);
    }

    /** The exact value of a finite double (-0 is 0, as go/constant's MakeFloat64). */
    static FloatConst of(double d) {
        BigDecimal b = new BigDecimal(d);
        return b.scale() <= 0 ? of(b.toBigIntegerExact())
                : new FloatConst(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
    }

    /** A float literal's exact value: decimal ({@code 1.5e-3}, {@code .5}) or hex ({@code 0x1.8p1}); null if its exponent is past {@link #MAX_EXP}. */
    static FloatConst parse(String lit) {
        String s = lit.replace("_", "");
        boolean hex = s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
        if (hex) s = s.substring(2);
        int e = hex ? Math.max(s.indexOf('p'), s.indexOf('P')) : Math.max(s.indexOf('e'), s.indexOf('E'));
        long exp = 0;
        String mant = s;
        if (e >= 0) {
            String es = s.substring(e + 1);
            mant = s.substring(0, e);
            if (es.replaceFirst("^[+-]", "").length() > 9) return null;
            exp = Long.parseLong(es.startsWith("+") ? es.substring(1) : es);
        }
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int frac = dot < 0 ? 0 : mant.length() - dot - 1;
        BigInteger m = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, hex ? 16 : 10);
        // value = m * base^exp / radix^frac: hex digits are 4 bits each
        long shift = hex ? exp - 4L * frac : exp - frac;
        if (m.signum() == 0) return of(BigInteger.ZERO);
        if (Math.abs(shift) > MAX_EXP) return null;
        BigInteger base = hex ? BigInteger.TWO : BigInteger.TEN;
        BigInteger p = base.pow((int) Math.abs(shift));
        return shift >= 0 ? of(m.multiply(p)) : new FloatConst(m, p);
    }

    boolean isInt() {
        return den.equals(BigInteger.ONE);
    }

    int signum() {
        return num.signum();
    }

    FloatConst add(FloatConst y) {
        return new FloatConst(num.multiply(y.den).add(y.num.multiply(den)), den.multiply(y.den));
    }

    FloatConst sub(FloatConst y) {
        return add(y.neg());
    }

    FloatConst mul(FloatConst y) {
        return new FloatConst(num.multiply(y.num), den.multiply(y.den));
    }

    FloatConst div(FloatConst y) {
        return new FloatConst(num.multiply(y.den), den.multiply(y.num));
    }

    FloatConst neg() {
        return new FloatConst(num.negate(), den);
    }

    int compareTo(FloatConst y) {
        return num.multiply(y.den).compareTo(y.num.multiply(den));
    }

    /** The nearest float64 (ties to even), ±Inf past its range, as big.Rat's Float64. */
    public double toDouble() {
        if (num.signum() == 0) return 0.0;
        BigInteger p = num.abs(), q = den;
        // value * 2^k has 53 integer bits (or fewer for a subnormal: then k = 1074)
        int k = 53 - (p.bitLength() - q.bitLength());
        BigInteger[] qr = scaledDiv(p, q, k);
        if (qr[0].bitLength() > 53) qr = scaledDiv(p, q, --k);
        if (k > 1074) qr = scaledDiv(p, q, k = 1074);
        BigInteger m = qr[0];
        BigInteger divisor = qr[2];
        int c = qr[1].shiftLeft(1).compareTo(divisor);
        if (c > 0 || c == 0 && m.testBit(0)) m = m.add(BigInteger.ONE);
        double d = k < -2000 ? Double.POSITIVE_INFINITY : Math.scalb(m.doubleValue(), -k);
        return num.signum() < 0 ? -d : d;
    }

    /** {floor(p * 2^k / q), remainder, the divisor used}. */
    private static BigInteger[] scaledDiv(BigInteger p, BigInteger q, int k) {
        BigInteger a = k >= 0 ? p.shiftLeft(k) : p, b = k >= 0 ? q : q.shiftLeft(-k);
        BigInteger[] qr = a.divideAndRemainder(b);
        return new BigInteger[]{qr[0], qr[1], b};
    }

    /** The value rounded to float64 (types2's roundFloat64), or null if that overflows. */
    FloatConst roundFloat64() {
        double d = toDouble();
        return Double.isInfinite(d) ? null : of(d);
    }

    // ---- float32 (issue 14) ----------------------------------------------------

    /** The nearest float32 (ties to even, rounded once from the exact value, as big.Rat's Float32), ±Inf past its range. */
    public float toFloat() {
        if (num.signum() == 0) return 0f;
        BigInteger p = num.abs(), q = den;
        // value * 2^k has 24 integer bits (or fewer for a subnormal: then k = 149)
        int k = 24 - (p.bitLength() - q.bitLength());
        BigInteger[] qr = scaledDiv(p, q, k);
        if (qr[0].bitLength() > 24) qr = scaledDiv(p, q, --k);
        if (k > 149) qr = scaledDiv(p, q, k = 149);
        BigInteger m = qr[0];
        int c = qr[1].shiftLeft(1).compareTo(qr[2]);
        if (c > 0 || c == 0 && m.testBit(0)) m = m.add(BigInteger.ONE);
        // m * 2^-k is exact in a double (m has at most 25 bits); past float32's range it is Inf
        double d = k < -200 ? Double.POSITIVE_INFINITY : Math.scalb(m.doubleValue(), -k);
        float f = d > Float.MAX_VALUE ? Float.POSITIVE_INFINITY : (float) d;
        return num.signum() < 0 ? -f : f;
    }

    /** The value rounded to float32 (types2's roundFloat32), or null if that overflows. */
    FloatConst roundFloat32() {
        float f = toFloat();
        return Float.isInfinite(f) ? null : of((double) f);
    }

    /** The value rounded to basic float type t (float32 or float64), or null if that overflows. */
    FloatConst round(dev.rt0gen.types.Basic t) {
        return t.kind() == dev.rt0gen.types.Basic.Kind.FLOAT32 ? roundFloat32() : roundFloat64();
    }

    /** go/constant's String of a float value: {@code %.6g} of the float64 (more digits if that hides a fraction), or an approximation past float64's range. */
    @Override
    public String toString() {
        double d = toDouble();
        if (!Double.isInfinite(d) && (d == 0) == (num.signum() == 0)) {
            String s = formatG(d, 6);
            if (!isInt() && s.indexOf('.') < 0) s = shortestG(d);
            return s;
        }
        // out of float64's range: a decimal approximation m e d with 6 digits
        BigDecimal v = new BigDecimal(num).divide(new BigDecimal(den), new MathContext(6, RoundingMode.HALF_EVEN));
        String m = trimZeros(v.unscaledValue().abs().toString());
        int exp = v.precision() - v.scale() - 1;
        String mant = m.length() > 1 ? m.charAt(0) + "." + m.substring(1) : m;
        return (v.signum() < 0 ? "-" : "") + mant + "e" + (exp >= 0 ? "+" : "") + exp;
    }

    private static String trimZeros(String digits) {
        int n = digits.length();
        while (n > 1 && digits.charAt(n - 1) == '0') n--;
        return digits.substring(0, n);
    }

    /** Go's {@code %.<prec>g}: exponent form when exp < -4 or exp >= prec, trailing zeros dropped. */
    static String formatG(double d, int prec) {
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        BigDecimal v = new BigDecimal(d).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        return layoutG(v, prec);
    }

    private static String layoutG(BigDecimal v, int prec) {
        String digits = trimZeros(v.unscaledValue().abs().toString());
        int exp = v.precision() - v.scale() - 1;
        String sign = v.signum() < 0 ? "-" : "";
        if (exp < -4 || exp >= prec) {
            String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            String es = String.valueOf(Math.abs(exp));
            if (es.length() < 2) es = "0" + es;
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + es;
        }
        BigDecimal abs = v.abs().stripTrailingZeros();
        String plain = abs.toPlainString();
        return sign + plain;
    }

    /** Go's {@code %g}: the shortest decimal that reads back as d. */
    static String shortestG(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal v = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (v.doubleValue() == d) return layoutG(v, 6);
        }
        return layoutG(exact.round(new MathContext(17)), 6);
    }
}
