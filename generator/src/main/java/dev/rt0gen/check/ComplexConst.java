package dev.rt0gen.check;

import dev.rt0gen.types.Basic;

import java.math.BigInteger;

/**
 * The value of a complex constant (untyped complex, complex64 or complex128 after rounding): its
 * real and imaginary parts, each an exact {@link FloatConst}, as go/constant's complexVal.
 * Untyped complex arithmetic is exact; a typed complex constant's parts are rounded to its
 * float type (float32 for complex64, float64 for complex128). Issue 14.
 */
public record ComplexConst(FloatConst re, FloatConst im) {
    static final ComplexConst ZERO = new ComplexConst(FloatConst.of(BigInteger.ZERO), FloatConst.of(BigInteger.ZERO));

    /** An int, float or complex constant value as a complex constant. */
    static ComplexConst of(Object v) {
        return v instanceof ComplexConst c ? c : new ComplexConst(FloatConst.of(v), FloatConst.of(BigInteger.ZERO));
    }

    /** An imaginary literal's value ({@code 2i}, {@code 1.5e3i}, {@code 0x1p-2i}, {@code 0b101i}); null if its exponent is too large. */
    static ComplexConst parseImag(String lit) {
        String s = lit.substring(0, lit.length() - 1).replace("_", "");
        FloatConst im;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("0b")) im = FloatConst.of(new BigInteger(s.substring(2), 2));
        else if (lower.startsWith("0o")) im = FloatConst.of(new BigInteger(s.substring(2), 8));
        else if (lower.startsWith("0x") && lower.indexOf('p') < 0 && lower.indexOf('.') < 0) im = FloatConst.of(new BigInteger(s.substring(2), 16));
        else im = FloatConst.parse(s);   // decimal (a leading 0 is still decimal: the spec's backward compatibility) or hex float
        return im == null ? null : new ComplexConst(FloatConst.of(BigInteger.ZERO), im);
    }

    boolean isZero() {
        return re.signum() == 0 && im.signum() == 0;
    }

    ComplexConst add(ComplexConst y) {
        return new ComplexConst(re.add(y.re), im.add(y.im));
    }

    ComplexConst sub(ComplexConst y) {
        return new ComplexConst(re.sub(y.re), im.sub(y.im));
    }

    ComplexConst mul(ComplexConst y) {
        return new ComplexConst(re.mul(y.re).sub(im.mul(y.im)), re.mul(y.im).add(im.mul(y.re)));
    }

    /** Exact division (go/constant: (ac+bd)/s + i(bc-ad)/s with s = c²+d²); y is not 0. */
    ComplexConst div(ComplexConst y) {
        FloatConst s = y.re.mul(y.re).add(y.im.mul(y.im));
        FloatConst r = re.mul(y.re).add(im.mul(y.im));
        FloatConst i = im.mul(y.re).sub(re.mul(y.im));
        return new ComplexConst(r.div(s), i.div(s));
    }

    ComplexConst neg() {
        return new ComplexConst(re.neg(), im.neg());
    }

    boolean equalTo(ComplexConst y) {
        return re.compareTo(y.re) == 0 && im.compareTo(y.im) == 0;
    }

    /** The value with both parts rounded to complex type t's float type, or null if a part overflows. */
    ComplexConst round(Basic t) {
        Basic f = t.kind() == Basic.Kind.COMPLEX64 ? Basic.FLOAT32 : Basic.FLOAT64;
        FloatConst r = re.round(f), i = im.round(f);
        return r == null || i == null ? null : new ComplexConst(r, i);
    }

    /** go/constant's String of a complex value: {@code (re + imi)}. */
    @Override
    public String toString() {
        return "(" + part(re) + " + " + part(im) + "i)";
    }

    /** A part as go/constant shows it (%.6g of its float64: 1, 1.5, 1e+100). */
    private static String part(FloatConst f) {
        return f.toString();
    }
}
