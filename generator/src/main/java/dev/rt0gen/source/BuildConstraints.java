package dev.rt0gen.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Build constraints as the go command (go1.26) evaluates them for rt0gen's one target:
 * GOOS=linux, GOARCH=amd64, CGO_ENABLED=0, compiler gc (go/build's {@code shouldBuild},
 * {@code goodOSArchFile} and {@code matchTag}; go/build/constraint's grammar).
 *
 * <ul>
 * <li>A file's header is its leading run of comments and blank lines, up to the first other
 * text (the package clause). A {@code //go:build} line in it (outside {@code /* *}{@code /})
 * decides; two are an error. Without one, the {@code // +build} lines of the header's part that
 * ends at its last blank line all must hold (space = or, comma = and, {@code !} = not); a
 * {@code // +build} line go/build cannot parse is ignored, as go/build ignores it.</li>
 * <li>True tags: {@code linux}, {@code amd64}, {@code unix}, {@code gc}, {@code go1.1} …
 * {@code go1.26} (the toolchain's release tags: the go command does not narrow them to the
 * module's go line, a go 1.21 module builds a file with {@code //go:build go1.24}), and the
 * go1.26 toolchain's default tool tags ({@code goexperiment.*}, {@code amd64.v1}). Everything
 * else is false: {@code cgo}, {@code purego}, other systems.</li>
 * <li>File names: {@code name_GOOS}, {@code name_GOARCH}, {@code name_GOOS_GOARCH} (before the
 * first dot, optionally followed by {@code _test}) with a known GOOS or GOARCH other than
 * linux/amd64 exclude the file.</li>
 * </ul>
 */
public final class BuildConstraints {
    private BuildConstraints() {
    }

    /** go/build/constraint's expression: a tag, !x, x && y, x || y. */
    sealed interface Expr permits Tag, Not, And, Or {
    }

    record Tag(String name) implements Expr {
    }

    record Not(Expr x) implements Expr {
    }

    record And(Expr x, Expr y) implements Expr {
    }

    record Or(Expr x, Expr y) implements Expr {
    }

    /** A malformed {@code //go:build} expression; {@code offset} is the char index in the expression text. */
    static final class SyntaxError extends Exception {
        final int offset;

        SyntaxError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** go1.26 ($(go env GOROOT)/src/internal/syslist). */
    static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
            "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
    static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64",
            "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64",
            "s390", "s390x", "sparc", "sparc64", "wasm");
    /** go1.26's default GOEXPERIMENTs and GOAMD64=v1, as {@code go list -f '{{context.ToolTags}}'} shows them. */
    static final Set<String> TOOL_TAGS = Set.of("goexperiment.regabiwrappers", "goexperiment.regabiargs",
            "goexperiment.dwarf5", "goexperiment.greenteagc", "goexperiment.randomizedheapbase64", "amd64.v1");

    /** Whether the tag holds on linux/amd64 with CGO_ENABLED=0 (go/build's matchTag). */
    static boolean matchTag(String tag) {
        if (tag.equals("linux") || tag.equals("amd64") || tag.equals("gc") || tag.equals("unix")) return true;
        if (TOOL_TAGS.contains(tag)) return true;
        // the release tags go1.1 … go1.26, spelled exactly so (go1.01 is not one)
        for (int n = 1; n <= GoMod.GO_MINOR; n++) {
            if (tag.equals("go1." + n)) return true;
        }
        return false;
    }

    static boolean eval(Expr x) {
        if (x instanceof Tag t) return matchTag(t.name());
        if (x instanceof Not n) return !eval(n.x());
        if (x instanceof And a) return eval(a.x()) & eval(a.y());
        Or o = (Or) x;
        return eval(o.x()) | eval(o.y());
    }

    /**
     * Whether a file of this name is for linux/amd64 (go/build's goodOSArchFile): the part of the
     * name before the first dot, from its first underscore on, split at underscores, a last
     * {@code test} dropped, ends with a known GOOS and/or GOARCH.
     */
    public static boolean matchFileName(String name) {
        int dot = name.indexOf('.');
        if (dot >= 0) name = name.substring(0, dot);
        int u = name.indexOf('_');
        if (u < 0) return true;   // "linux.go" is not tagged, only "x_linux.go" (Go 1.4 on)
        List<String> l = new ArrayList<>(List.of(name.substring(u).split("_", -1)));
        if (l.get(l.size() - 1).equals("test")) l.remove(l.size() - 1);
        int n = l.size();
        if (n >= 2 && KNOWN_OS.contains(l.get(n - 2)) && KNOWN_ARCH.contains(l.get(n - 1))) {
            return matchTag(l.get(n - 1)) && matchTag(l.get(n - 2));
        }
        if (n >= 1 && (KNOWN_OS.contains(l.get(n - 1)) || KNOWN_ARCH.contains(l.get(n - 1)))) {
            return matchTag(l.get(n - 1));
        }
        return true;
    }

    /**
     * Whether the file's build constraints hold on linux/amd64 (go/build's shouldBuild).
     *
     * @throws CompileException two {@code //go:build} lines, or a malformed one: the go command's
     *                          message ({@code parsing //go:build line: unexpected end of expression});
     *                          the go command names only the file, rt0gen the line and the column
     *                          where the expression goes wrong
     */
    public static boolean shouldBuild(SourceFile f) throws CompileException {
        Header h = header(f);
        if (h.goBuild != null) {
            String expr = h.goBuild.text.substring("//go:build".length());
            int lead = expr.length() - stripLeading(expr).length();
            try {
                return eval(parseExpr(strip(expr)));
            } catch (SyntaxError e) {
                int col = h.goBuild.col + utf8Len(h.goBuild.text.substring(0, "//go:build".length() + lead + e.offset));
                throw new CompileException(new Pos(f.display(), h.goBuild.line, col), "parsing //go:build line: " + e.getMessage());
            }
        }
        boolean ok = true;
        for (Line l : h.plusBuild) {
            Expr x = parsePlusBuild(l.text);
            if (x != null && !eval(x)) ok = false;
        }
        return ok;
    }

    /** A trimmed line of the header: its text, its line number and the (byte) column where the text starts. */
    private record Line(String text, int line, int col) {
    }

    private static final class Header {
        Line goBuild;
        final List<Line> plusBuild = new ArrayList<>();
    }

    /** go/build's parseFileHeader, over the whole file: it stops at the first text that is not a comment. */
    private static Header header(SourceFile f) throws CompileException {
        byte[] b = f.bytes();
        int start = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) start = 3;   // the go command's reader drops a BOM
        Header h = new Header();
        List<Line> beforeBlank = new ArrayList<>();   // // lines not yet followed by a blank line
        boolean ended = false;   // saw a line that is not a // comment: no more +build lines
        boolean inSlashStar = false;
        int lineNo = 1;
        lines:
        for (int p = start; p < b.length; lineNo++) {
            int nl = p;
            while (nl < b.length && b[nl] != '\n') nl++;
            String raw = new String(b, p, nl - p, StandardCharsets.UTF_8);
            int firstByteCol = (p == start ? start : 0);
            p = nl + 1;
            String line = strip(raw);
            int col = 1 + firstByteCol + utf8Len(raw.substring(0, raw.length() - stripLeading(raw).length()));
            if (line.isEmpty() && !ended) {
                // +build lines count only when a blank line follows them
                for (Line l : beforeBlank) {
                    if (l.text.contains("+build")) h.plusBuild.add(l);
                }
                beforeBlank.clear();
                continue;
            }
            if (!line.startsWith("//")) ended = true;
            else if (!ended) beforeBlank.add(new Line(line, lineNo, col));
            if (!inSlashStar && isGoBuildComment(line)) {
                if (h.goBuild != null) throw new CompileException(new Pos(f.display(), lineNo, col), "multiple //go:build comments");
                h.goBuild = new Line(line, lineNo, col);
            }
            while (!line.isEmpty()) {
                if (inSlashStar) {
                    int i = line.indexOf("*/");
                    if (i < 0) continue lines;
                    inSlashStar = false;
                    line = strip(line.substring(i + 2));
                    continue;
                }
                if (line.startsWith("//")) continue lines;
                if (line.startsWith("/*")) {
                    inSlashStar = true;
                    line = strip(line.substring(2));
                    continue;
                }
                break lines;   // the package clause, or other text
            }
        }
        return h;
    }

    /** go/build's isGoBuildComment: {@code //go:build} followed by nothing or by a space (not {@code //go:buildx}). */
    private static boolean isGoBuildComment(String line) {
        if (!line.startsWith("//go:build")) return false;
        String rest = line.substring("//go:build".length());
        return rest.isEmpty() || strip(rest).length() < rest.length();
    }

    /**
     * Parses a {@code //go:build} or {@code // +build} line as go/build/constraint's Parse does.
     *
     * @throws SyntaxError a malformed {@code //go:build} expression, or a line that is neither ("not a build constraint")
     */
    static Expr parse(String line) throws SyntaxError {
        if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
        if (!line.contains("\n")) {
            if (line.startsWith("//go:build")) {
                String rest = strip(line).substring("//go:build".length());
                String trim = strip(rest);
                if (rest.length() != trim.length() || rest.isEmpty()) return parseExpr(trim);
            }
            Expr x = parsePlusBuild(line);
            if (x != null) return x;
        }
        throw new SyntaxError(0, "not a build constraint");
    }

    /** A {@code // +build} line's expression, or null when the line is not one or is too complex (go/build ignores both). */
    static Expr parsePlusBuild(String line) {
        if (!line.startsWith("//")) return null;
        String rest = strip(line.substring(2));
        if (!rest.startsWith("+build")) return null;
        rest = rest.substring("+build".length());
        String text = strip(rest);
        if (rest.length() == text.length() && !rest.isEmpty()) return null;   // "+buildx"
        int size = 0;
        Expr x = null;
        for (String clause : fields(text)) {
            Expr y = null;
            for (String lit : clause.split(",", -1)) {
                Expr z;
                if (lit.startsWith("!!") || lit.equals("!")) {
                    z = new Tag("ignore");
                } else {
                    boolean neg = lit.startsWith("!");
                    if (neg) lit = lit.substring(1);
                    z = isValidTag(lit) ? new Tag(lit) : new Tag("ignore");
                    if (neg) z = new Not(z);
                }
                if (y == null) {
                    y = z;
                } else {
                    if (++size > 100) return null;   // "expression too complex": go/build ignores the line
                    y = new And(y, z);
                }
            }
            if (x == null) {
                x = y;
            } else {
                if (++size > 100) return null;
                x = new Or(x, y);
            }
        }
        return x == null ? new Tag("ignore") : x;
    }

    private static boolean isValidTag(String word) {
        if (word.isEmpty()) return false;
        return word.codePoints().allMatch(BuildConstraints::isTagChar);
    }

    private static boolean isTagChar(int c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '.';
    }

    // ---- the //go:build expression grammar: or = and {"||" and}; and = not {"&&" not}; not = ["!"] atom; atom = tag | "(" or ")"

    /** Parses a {@code //go:build} line's expression (the text after {@code //go:build}, trimmed). */
    static Expr parseExpr(String text) throws SyntaxError {
        ExprParser p = new ExprParser(text);
        Expr x = p.or();
        if (!p.tok.isEmpty()) throw new SyntaxError(p.pos, "unexpected token " + p.tok);
        return x;
    }

    private static final class ExprParser {
        final String s;
        int i;
        String tok = "";
        boolean isTag;
        int pos;
        int size;

        ExprParser(String s) {
            this.s = s;
        }

        Expr or() throws SyntaxError {
            Expr x = and();
            while (tok.equals("||")) x = new Or(x, and());
            return x;
        }

        Expr and() throws SyntaxError {
            Expr x = not();
            while (tok.equals("&&")) x = new And(x, not());
            return x;
        }

        Expr not() throws SyntaxError {
            if (++size > 1000) throw new SyntaxError(pos, "build expression too large");
            lex();
            if (tok.equals("!")) {
                lex();
                if (tok.equals("!")) throw new SyntaxError(pos, "double negation not allowed");
                return new Not(atom());
            }
            return atom();
        }

        Expr atom() throws SyntaxError {
            if (tok.equals("(")) {
                int open = pos;
                Expr x;
                try {
                    x = or();
                } catch (SyntaxError e) {
                    // an expression that ends inside the parentheses is missing the ")"
                    if (e.getMessage().equals("unexpected end of expression")) throw new SyntaxError(e.offset, "missing close paren");
                    throw e;
                }
                if (!tok.equals(")")) throw new SyntaxError(open, "missing close paren");
                lex();
                return x;
            }
            if (!isTag) {
                if (tok.isEmpty()) throw new SyntaxError(pos, "unexpected end of expression");
                throw new SyntaxError(pos, "unexpected token " + tok);
            }
            String t = tok;
            lex();
            return new Tag(t);
        }

        void lex() throws SyntaxError {
            isTag = false;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
            if (i >= s.length()) {
                tok = "";
                pos = i;
                return;
            }
            char c = s.charAt(i);
            switch (c) {
                case '(', ')', '!' -> {
                    pos = i++;
                    tok = String.valueOf(c);
                    return;
                }
                case '&', '|' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != c) throw new SyntaxError(i, "invalid syntax at " + c);
                    pos = i;
                    i += 2;
                    tok = s.substring(pos, i);
                    return;
                }
                default -> {
                }
            }
            int end = i;
            while (end < s.length() && isTagChar(s.codePointAt(end))) end += Character.charCount(s.codePointAt(end));
            if (end == i) throw new SyntaxError(i, "invalid syntax at " + new String(Character.toChars(s.codePointAt(i))));
            pos = i;
            tok = s.substring(i, end);
            i = end;
            isTag = true;
        }
    }

    // ---- Go's strings helpers (unicode.IsSpace, strings.Fields)

    private static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0b, '\f', '\r', ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200a;
        };
    }

    private static String strip(String s) {
        return stripTrailing(stripLeading(s));
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int j = s.length();
        while (j > 0 && isSpace(s.codePointBefore(j))) j -= Character.charCount(s.codePointBefore(j));
        return s.substring(0, j);
    }

    private static List<String> fields(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            int j = i;
            while (j < s.length() && !isSpace(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
            if (j > i) out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    private static int utf8Len(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
