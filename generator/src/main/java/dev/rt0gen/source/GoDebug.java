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
 * {@code default=go1.N} picks the version. Without go.mod (one file, or loose files) the version
 * is the toolchain's own (no old values), and the directives still apply, as with
 * {@code go build file.go}. Only the settings that rt0gen's runtime reads are in
 * {@link #CHANGED}; the other keys the go command knows are passed on (the runtime ignores
 * them); a key it does not know is an error, as there ({@link #check}). Keys are sorted, as Go
 * writes them.
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
     * The settings the go command knows (go1.26's internal/godebugs.All): a godebug line or a
     * {@code //go:debug} directive with another key is an error there, so here too.
     */
    static final java.util.Set<String> KNOWN = java.util.Set.of(
            "allowmultiplevcs", "asynctimerchan", "containermaxprocs", "cryptocustomrand", "dataindependenttiming",
            "decoratemappings", "embedfollowsymlinks", "execerrdot", "fips140", "fips140ems", "gocachehash",
            "gocachetest", "gocacheverify", "gotestjsonbuildtext", "gotypesalias", "htmlmetacontenturlescape",
            "http2client", "http2debug", "http2server", "httpcookiemaxnum", "httplaxcontentlength", "httpmuxgo121",
            "httpservecontentkeepheaders", "installgoroot", "jstmpllitinterp", "multipartfiles",
            "multipartmaxheaders", "multipartmaxparts", "multipathtcp", "netdns", "netedns0", "panicnil",
            "randautoseed", "randseednop", "rsa1024min", "tarinsecurepath", "tls10server", "tls3des",
            "tlsmaxrsasize", "tlsmlkem", "tlsrsakex", "tlssecpmlkem", "tlssha1", "tlsunsafeekm", "updatemaxprocs",
            "urlmaxqueryparams", "urlstrictcolons", "winreadlinkvolume", "winsymlink", "x509keypairleaf",
            "x509negativeserial", "x509rsacrt", "x509sha256skid", "x509usefallbackroots", "x509usepolicies",
            "zipinsecurepath");
    /** internal/godebugs.Removed: the name and the minor version that removed it. */
    static final Map<String, Integer> REMOVED = Map.of("x509sha1", 24);

    /** A {@code //go:debug} directive of a file's header: its text (from {@code //}) and position. */
    public record Directive(String text, Pos pos) {
    }

    /**
     * cmd/go's modload.CheckGodebug: null when {@code key=value} is a valid setting, else the
     * go command's reason ({@code unknown godebug "foo"}). {@code verb} names the source:
     * {@code godebug} (go.mod) or {@code //go:debug setting}.
     */
    static String check(String verb, String k, String v) {
        if (k.contains(" ") || k.contains("\t")) return "key contains space";
        if (v.contains(" ") || v.contains("\t")) return "value contains space";
        if (k.contains(",")) return "key contains comma";
        if (v.contains(",")) return "value contains comma";
        if (k.equals("default")) {
            if (!v.startsWith("go") || !isValidVersion(v.substring(2))) return "value for default= must be goVERSION";
            if (newerThanToolchain(v.substring(2))) return "default=" + v + " too new (toolchain is go1." + GoMod.GO_MINOR + ")";
            return null;
        }
        if (KNOWN.contains(k)) return null;
        Integer removed = REMOVED.get(k);
        if (removed != null) return "use of removed " + verb + " " + quote(k) + ", see https://go.dev/doc/godebug#go-1" + removed;
        return "unknown " + verb + " " + quote(k);
    }

    private static String quote(String s) {
        return Strconv.quote(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    /** internal/gover.IsValid: 1, 1.21, 1.21.3, 1.21rc1 (and the like). */
    static boolean isValidVersion(String v) {
        return v.matches("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*)((\\.(0|[1-9][0-9]*))|([a-z]+(0|[1-9][0-9]*)?))?)?");
    }

    /** A valid version newer than the language rt0gen implements (1.26; patch releases are not told apart). */
    static boolean newerThanToolchain(String v) {
        String[] p = v.split("[^0-9]+");
        try {
            long major = Long.parseLong(p[0]);
            if (major != 1) return major > 1;
            return p.length > 1 && !p[1].isEmpty() && (p[1].length() > 9 || Long.parseLong(p[1]) > GoMod.GO_MINOR);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * cmd/go's load.ParseGoDebug of a directive's text: {@code [key, value]}; null when it is not
     * a {@code //go:debug} line at all (as {@code //go:debugx} without a blank: Go's own test is
     * the prefix and the first blank, so {@code //go:debugx k=v} counts as {@code k=v}).
     *
     * @throws IllegalArgumentException the go command's reason for rejecting it
     */
    static String[] parseDirective(String text) {
        if (!text.startsWith("//go:debug")) return null;
        int i = indexAny(text, " \t");
        if (i < 0) {
            if (text.strip().equals("//go:debug")) throw new IllegalArgumentException("missing key=value");
            return null;
        }
        String kv = goTrimSpace(text.substring(i));
        int eq = kv.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException("missing key=value");
        String k = kv.substring(0, eq), v = kv.substring(eq + 1);
        String why = check("//go:debug setting", k, v);
        if (why != null) throw new IllegalArgumentException(why);
        return new String[] {k, v};
    }

    private static int indexAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** strings.TrimSpace (Unicode white space). */
    private static String goTrimSpace(String s) {
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        if (c < 0x100) return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        return Character.isSpaceChar(c);
    }

    /**
     * The {@code //go:} comments before a file's package clause, as go/build collects them
     * (every comment group before {@code package}); a {@code /* *}{@code /} comment is skipped.
     * The scan stops at the first token: the parser reports what is wrong after it.
     */
    public static List<Directive> directives(SourceFile f) {
        byte[] b = f.bytes();
        List<Directive> out = new java.util.ArrayList<>();
        int i = 0, line = 1, lineStart = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) i = 3;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == '\n') {
                i++;
                line++;
                lineStart = i;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '/' && i + 1 < b.length && b[i + 1] == '/') {
                int end = i;
                while (end < b.length && b[end] != '\n') end++;
                int textEnd = end > i && b[end - 1] == '\r' ? end - 1 : end;
                String text = new String(b, i, textEnd - i, StandardCharsets.UTF_8);
                if (text.startsWith("//go:")) out.add(new Directive(text, new Pos(f.display(), line, i - lineStart + 1)));
                i = end;
            } else if (c == '/' && i + 1 < b.length && b[i + 1] == '*') {
                int j = i + 2;
                while (j + 1 < b.length && !(b[j] == '*' && b[j + 1] == '/')) {
                    if (b[j] == '\n') {
                        line++;
                        lineStart = j + 1;
                    }
                    j++;
                }
                if (j + 1 >= b.length) break;                  // not terminated: the lexer says so
                i = j + 2;
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * cmd/go's checkDirectives for one package: every {@code //go:debug} directive is valid and
     * names its key once. The errors are the go command's, at the directive.
     */
    public static void checkDirectives(List<SourceFile> files) throws CompileException {
        List<Diagnostic> errs = new java.util.ArrayList<>();
        Map<String, Pos> seen = new java.util.HashMap<>();
        for (SourceFile f : files) {
            for (Directive d : directives(f)) {
                if (!d.text().startsWith("//go:debug")) continue;
                String[] kv;
                try {
                    kv = parseDirective(d.text());
                } catch (IllegalArgumentException e) {
                    errs.add(new Diagnostic(d.pos(), "invalid //go:debug: " + e.getMessage()));
                    continue;
                }
                String key = kv == null ? "" : kv[0];
                Pos prev = seen.get(key);
                if (prev != null) {
                    errs.add(new Diagnostic(d.pos(), "repeated //go:debug for " + key + "\n\t" + prev + ": previous //go:debug"));
                    continue;
                }
                seen.put(key, d.pos());
            }
        }
        if (!errs.isEmpty()) throw new CompileException(errs);
    }

    /**
     * @param goMod     the module's go.mod, or null when the program is not a module (then the
     *                  go line is the toolchain's own: no version defaults)
     * @param mainFiles the main package's files (their {@code //go:debug} directives, already
     *                  checked by {@link #checkDirectives})
     */
    public static String defaultGODEBUG(GoMod goMod, List<SourceFile> mainFiles) {
        String goVersion = goMod == null ? "1." + GoMod.GO_MINOR : goMod.goVersion() == null ? "1.16" : goMod.goVersion();
        Map<String, String> m = new TreeMap<>();
        if (goMod != null) for (GoMod.Godebug g : goMod.godebugs()) m.put(g.key(), g.value());
        for (SourceFile f : mainFiles) {
            for (Directive d : directives(f)) {
                String[] kv;
                try {
                    kv = parseDirective(d.text());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (kv != null) m.put(kv[0], kv[1]);
            }
        }
        String dflt = m.remove("default");
        if (dflt != null && isValidVersion(dflt.startsWith("go") ? dflt.substring(2) : dflt)) {
            goVersion = dflt.startsWith("go") ? dflt.substring(2) : dflt;
        }
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

    /** For tests: go.mod's text (null: no module) parsed, then {@link #defaultGODEBUG(GoMod, List)}. */
    static String defaultGODEBUG(String goMod, List<SourceFile> mainFiles) throws CompileException {
        return defaultGODEBUG(goMod == null ? null : GoMod.parse("go.mod", goMod.getBytes(StandardCharsets.UTF_8)), mainFiles);
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
