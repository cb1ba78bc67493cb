package dev.rt0gen.check;

import dev.rt0gen.types.Basic;

import java.math.BigInteger;

/** Constant values (BigInteger, Boolean, byte String): how gc prints them, folds and compares them (go/constant). */
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

    /** Bits of an integer type on amd64 (int, uint, uintptr: 64). */
    static int bits(Basic t) {
        return switch (t.kind()) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32 -> 32;
            case INT, INT64, UINT, UINT64, UINTPTR -> 64;
            case INVALID, BOOL, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER, UNTYPED_BOOL,
                    UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL -> 0;
        };
    }

    /**
     * Whether constant v is a value of basic type t (types2's representableConst for the
     * kinds the checker has): an integer type's range, any integer for an untyped one.
     */
    static boolean representable(Object v, Basic t) {
        if (v instanceof BigInteger i) {
            if (!t.isInteger()) return false;
            if (t.isUntyped()) return true;
            int n = bits(t);
            if (t.isUnsigned()) return i.signum() >= 0 && i.bitLength() <= n;
            return i.bitLength() <= n - 1;
        }
        if (v instanceof Boolean) return t.isBoolean();
        return v instanceof String && t.isString();
    }

    /** {@code ^v} of a typed unsigned constant: the complement within its bits (types2's unary ^ with prec). */
    static BigInteger notUnsigned(BigInteger v, Basic t) {
        return BigInteger.ONE.shiftLeft(bits(t)).subtract(BigInteger.ONE).xor(v);
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
    private static String quote(String bytes) {
        return dev.rt0gen.source.Strconv.quote(bytes);
    }

    static Object fold(String op, Object a, Object b) {
        if (a instanceof String s) return s + b;
        if (a instanceof Boolean p) return op.equals("&&") ? p && (Boolean) b : p || (Boolean) b;
        BigInteger x = (BigInteger) a, y = (BigInteger) b;
        return switch (op) {
            case "+" -> x.add(y);
            case "-" -> x.subtract(y);
            case "*" -> x.multiply(y);
            case "/" -> x.divide(y);
            case "%" -> x.remainder(y);
            case "&" -> x.and(y);
            case "|" -> x.or(y);
            case "^" -> x.xor(y);
            case "&^" -> x.andNot(y);
            default -> throw new IllegalStateException(op);
        };
    }

    /** x op y of float constants (either may still be an integer value): exact, as go/constant's rationals. */
    static Object foldFloat(String op, Object a, Object b) {
        if (a instanceof ComplexConst || b instanceof ComplexConst) return foldComplex(op, ComplexConst.of(a), ComplexConst.of(b));
        FloatConst x = FloatConst.of(a), y = FloatConst.of(b);
        return switch (op) {
            case "+" -> x.add(y);
            case "-" -> x.sub(y);
            case "*" -> x.mul(y);
            case "/" -> x.div(y);
            default -> throw new IllegalStateException(op);
        };
    }

    /** x op y of complex constants (issue 14): exact, as go/constant's complexVal. */
    static ComplexConst foldComplex(String op, ComplexConst x, ComplexConst y) {
        return switch (op) {
            case "+" -> x.add(y);
            case "-" -> x.sub(y);
            case "*" -> x.mul(y);
            case "/" -> x.div(y);
            default -> throw new IllegalStateException(op);
        };
    }

    /** Whether a numeric constant value is zero (an integer, float or complex). */
    static boolean isZero(Object v) {
        if (v instanceof ComplexConst c) return c.isZero();
        if (v instanceof FloatConst f) return f.signum() == 0;
        return ((BigInteger) v).signum() == 0;
    }

    /**
     * A numeric constant's value as a constant of type t (types2's representableConst):
     * an integer value for an integer type, rounded to float64 for float64, exact for an
     * untyped float; null if it is not representable (truncated or overflowing).
     */
    static Object representable(Object v, dev.rt0gen.types.Basic from, dev.rt0gen.types.Basic t) {
        // complex (issue 14): a complex value is a float's or an integer's only with no imaginary part
        if (t.isComplex()) {
            ComplexConst c = ComplexConst.of(v);
            return t.isUntyped() ? c : c.round(t);
        }
        if (v instanceof ComplexConst c) {
            if (c.im().signum() != 0) return null;
            v = c.re();
        }
        if (t.isInteger()) {
            BigInteger i = v instanceof FloatConst f ? (f.isInt() ? f.num() : null) : (BigInteger) v;
            if (i == null) return null;
            if (!representable(i, t)) return null;
            return i;
        }
        if (t.isFloat()) {
            FloatConst f = FloatConst.of(v);
            return t.isUntyped() ? f : f.round(t);
        }
        return v;
    }

    static Boolean compare(String op, Object a, Object b) {
        int c;
        if (a instanceof ComplexConst || b instanceof ComplexConst) {
            c = ComplexConst.of(a).equalTo(ComplexConst.of(b)) ? 0 : 1;   // == and != only
        } else if (a instanceof FloatConst || b instanceof FloatConst) {
            c = FloatConst.of(a).compareTo(FloatConst.of(b));
        } else if (a instanceof Boolean p) {
            c = p.equals(b) ? 0 : 1;
        } else if (a instanceof String s) {
            c = compareBytes(s, (String) b);
        } else {
            c = ((BigInteger) a).compareTo((BigInteger) b);
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static int compareBytes(String a, String b) {
        return Integer.signum(a.compareTo(b));   // chars are bytes 0-255: unsigned byte order
    }
}
