package dev.rt0gen.source;

/** Go's strconv, the part messages need. Strings are byte strings: one char per byte, 0-255. */
public final class Strconv {
    private Strconv() {
    }

    /** strconv.Quote of a byte string. */
    public static String quote(String bytes) {
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
                        if (c < 0x20 || c == 0x7f) sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
                        else sb.append((char) c);
                    }
                }
                i++;
                continue;
            }
            int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            String s = n > 1 && i + n <= b.length ? new String(b, i, n, java.nio.charset.StandardCharsets.UTF_8) : "\uFFFD";
            if (n == 1 || s.contains("\uFFFD")) {
                sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
                i++;
            } else {
                int r = s.codePointAt(0);
                if (isPrint(r)) sb.append(s);
                else if (r <= 0xFFFF) sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", r));
                else sb.append(String.format(java.util.Locale.ROOT, "\\U%08x", r));
                i += n;
            }
        }
        return sb.append('"').toString();
    }

    /** strconv.IsPrint, near enough: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
