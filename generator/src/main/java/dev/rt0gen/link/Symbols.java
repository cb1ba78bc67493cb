package dev.rt0gen.link;

import java.util.Set;
import java.util.HashSet;

/** Names in rt0gen's assembly dialect: Go names to labels and back, registers, keywords. */
public final class Symbols {
    private Symbols() {
    }

    /**
     * The assembly label for a Go name: characters other than {@code [A-Za-z0-9_.]} become
     * {@code $XX}. Go names never contain {@code $}, so {@link #goName} inverts it.
     */
    public static String label(String goName) {
        StringBuilder sb = new StringBuilder(goName.length() + 8);
        for (byte b : goName.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                sb.append((char) c);
            } else {
                sb.append('$').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            }
        }
        return sb.toString();
    }

    /** The Go name of an assembly label (inverse of {@link #label}). */
    public static String goName(String label) {
        if (label.indexOf('$') < 0) return label;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '$' && i + 2 < label.length()) {
                out.write(Integer.parseInt(label.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    static final Set<String> KEYWORDS = Set.of("byte", "word", "dword", "qword", "tbyte", "xword",
            "xmmword", "ymmword", "ptr", "offset", "short", "near", "far");

    static final Set<String> PREFIXES = Set.of("rep", "repe", "repz", "repne", "repnz", "lock");

    static final Set<String> REGISTERS = registers();

    private static Set<String> registers() {
        Set<String> r = new HashSet<>();
        for (String x : new String[]{"a", "b", "c", "d"}) {
            r.add("r" + x + "x");
            r.add("e" + x + "x");
            r.add(x + "x");
            r.add(x + "l");
            r.add(x + "h");
        }
        for (String x : new String[]{"si", "di", "sp", "bp"}) {
            r.add("r" + x);
            r.add("e" + x);
            r.add(x);
            r.add(x + "l");
        }
        for (int i = 8; i <= 15; i++) {
            r.add("r" + i);
            r.add("r" + i + "d");
            r.add("r" + i + "w");
            r.add("r" + i + "b");
        }
        for (int i = 0; i <= 15; i++) {
            r.add("xmm" + i);
            r.add("ymm" + i);
        }
        r.addAll(Set.of("rip", "eip", "cs", "ds", "es", "fs", "gs", "ss"));
        return Set.copyOf(r);
    }
}
