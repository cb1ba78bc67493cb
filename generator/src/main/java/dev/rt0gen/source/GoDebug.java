package dev.rt0gen.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The program's default GODEBUG, as the go command computes it for a main package
 * (cmd/go/internal/load/godebug.go {@code defaultGODEBUG}) and gives the linker as
 * {@code runtime.godebugDefault}: the runtime applies it before {@code $GODEBUG}.
 *
 * <p>In a module, the settings whose default changed after the {@code go} line's version take
 * their old value ({@code go 1.21}: {@code containermaxprocs=0,updatemaxprocs=0}; a go.mod
 * without a {@code go} line counts as 1.16), then go.mod's {@code godebug} lines, then the main
 * package's {@code //go:debug key=value} directives (before its package clause) override them;
 * {@code default=go1.N} picks the version. Without go.mod (one file, or loose files) the default
 * is empty: the toolchain's own behaviour. Only the settings that rt0gen's runtime reads are in
 * {@link #CHANGED}; a directive's other keys are passed on (the runtime ignores them, as Go's
 * ignores unknown ones). Keys are sorted, as Go writes them.
 */
public final class GoDebug {
    /** The go command's version table (internal/godebugs) for the settings rt0gen's runtime reads. */
    record Changed(String name, int minor, String old) {
    }

    static final List<Changed> CHANGED = List.of(
            new Changed("containermaxprocs", 25, "0"),   // cgroup-aware default GOMAXPROCS (go1.25)
            new Changed("updatemaxprocs", 25, "0"));    // the GOMAXPROCS updater goroutine (go1.25)

    private GoDebug() {
    }

    /**
     * @param goMod     go.mod's text, or null when the program is not a module
     * @param mainFiles the main package's files (their {@code //go:debug} directives)
     */
    public static String defaultGODEBUG(String goMod, List<SourceFile> mainFiles) {
        if (goMod == null) return "";
        String goVersion = "1.16";
        Map<String, String> m = new TreeMap<>();
        boolean inBlock = false;
        for (String raw : goMod.split("\n", -1)) {
            String line = raw;
            int c = line.indexOf("//");
            if (c >= 0) line = line.substring(0, c);
            line = line.strip();
            if (inBlock) {
                if (line.equals(")")) inBlock = false;
                else put(m, line);
                continue;
            }
            String[] w = line.split("\\s+", 2);
            if (w.length < 2) continue;
            if (w[0].equals("go")) goVersion = w[1].strip();
            if (w[0].equals("godebug")) {
                if (w[1].strip().equals("(")) inBlock = true;
                else put(m, w[1].strip());
            }
        }
        for (SourceFile f : mainFiles) {
            for (String line : new String(f.bytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                String s = line.strip();
                if (s.startsWith("package ") || s.equals("package")) break;
                if (s.startsWith("//go:debug ") || s.startsWith("//go:debug\t")) put(m, s.substring("//go:debug".length()).strip());
            }
        }
        String dflt = m.remove("default");
        if (dflt != null && dflt.startsWith("go")) goVersion = dflt.substring(2);
        Map<String, String> out = new TreeMap<>();
        int minor = minor(goVersion);
        if (minor >= 0) {
            for (Changed ch : CHANGED) if (minor < ch.minor()) out.put(ch.name(), ch.old());
        }
        out.putAll(m);
        StringBuilder sb = new StringBuilder();
        out.forEach((k, v) -> sb.append(sb.length() > 0 ? "," : "").append(k).append('=').append(v));
        return sb.toString();
    }

    private static void put(Map<String, String> m, String kv) {
        int eq = kv.indexOf('=');
        if (eq > 0) m.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
    }

    /** Go's godebugForGoVersion: N of "1.N" or "1.N.P"; -1 when it is not such a version. */
    static int minor(String v) {
        if (!v.startsWith("1.")) return -1;
        String n = v.substring(2);
        int dot = n.indexOf('.');
        if (dot >= 0) n = n.substring(0, dot);
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
