package dev.rt0gen.check;

import java.math.BigInteger;

/** Constant values (BigInteger, Boolean, byte String) and how gc prints them. */
final class Constants {
    static final BigInteger MIN_INT = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger MAX_INT = BigInteger.valueOf(Long.MAX_VALUE);
    /** Bits of an untyped integer constant, as types2 (go/constant keeps more, types2 refuses more). */
    static final int PRECISION = 512;
    /** The longest constant string rt0gen folds: 1 MiB (gc has no such limit; it would exhaust memory later). */
    static final int MAX_STRING = 1 << 20;

    private Constants() {
    }

    static boolean fitsInt(BigInteger v) {
        return v.compareTo(MIN_INT) >= 0 && v.compareTo(MAX_INT) <= 0;
    }

    /** go/constant's String: integers in decimal, strings quoted (shortened past 72 chars). */
    static String show(Object v) {
        if (v instanceof String s) {
            String q = quote(s);
            if (q.length() > 72) {
                // go/constant keeps the first 69 characters (whole runes) and adds "...
                int n = 69 - 3;
                q = q.substring(0, n) + "...";
            }
            return q;
        }
        return String.valueOf(v);
    }

    /** strconv.Quote of a byte string. */
    static String quote(String bytes) {
        return dev.rt0gen.source.Strconv.quote(bytes);
    }
}
