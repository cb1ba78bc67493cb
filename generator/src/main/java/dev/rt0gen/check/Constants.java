package dev.rt0gen.check;

import java.math.BigInteger;

/** Constant values (BigInteger, Boolean, byte String) and how gc prints them. */
final class Constants {
    static final BigInteger MIN_INT = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger MAX_INT = BigInteger.valueOf(Long.MAX_VALUE);

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
        StringBuilder sb = new StringBuilder("\"");
        byte[] b = new byte[bytes.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) bytes.charAt(i);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                switch (c) {
                    case 7 -> sb.append("\\a");
                    case 8 -> sb.append("\\b");
                    case 12 -> sb.append("\\f");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case 11 -> sb.append("\\v");
                    case '\\' -> sb.append("\\\\");
                    case '"' -> sb.append("\\\"");
                    default -> {
                        if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
                        else sb.append((char) c);
                    }
                }
                i++;
                continue;
            }
            int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            String s = n > 1 && i + n <= b.length ? new String(b, i, n, java.nio.charset.StandardCharsets.UTF_8) : "\uFFFD";
            if (n == 1 || s.contains("\uFFFD")) {
                sb.append(String.format("\\x%02x", c));
                i++;
            } else {
                sb.append(s);
                i += n;
            }
        }
        return sb.append('"').toString();
    }
}
