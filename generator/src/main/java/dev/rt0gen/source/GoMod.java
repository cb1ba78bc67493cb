package dev.rt0gen.source;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * go.mod as the go command reads a main module's (strict) go.mod: the lexer and statement
 * grammar of golang.org/x/mod/modfile (read.go), the checks of its {@code parseToFile} for the
 * directives rt0gen uses ({@code module}, {@code go}, {@code toolchain}, {@code godebug}), and
 * then cmd/go's own checks (modload: known godebug keys, the module path, a go line newer than
 * the toolchain). What the go command rejects is rejected with its wording at its line; the
 * directives rt0gen cannot honour ({@code require}, {@code replace}, {@code exclude},
 * {@code retract}, {@code tool}, {@code ignore}: a module with dependencies or package patterns)
 * are rejected at their line too, never ignored.
 *
 * <p>Positions: the go command prints {@code go.mod:LINE:} for an error at a line's start and
 * {@code go.mod:LINE:COL:} (COL counted in runes) for the lexer's errors inside a line; rt0gen
 * prints {@code go.mod:LINE:COL:} always, with column 1 for the former.
 */
public final class GoMod {
    /** The newest Go language version rt0gen implements (go1.26): a newer go line is refused, as go1.26 refuses it. */
    static final int GO_MINOR = 26;

    private static final Pattern GO_VERSION = Pattern.compile("([1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?");
    private static final Pattern TOOLCHAIN = Pattern.compile("default|go1(\\..*)?", Pattern.DOTALL);
    private static final List<String> UNSUPPORTED = List.of("require", "exclude", "replace", "retract", "tool", "ignore");

    public record Godebug(String key, String value, Pos pos) {
    }

    private final String module;
    private final String goVersion;
    private final List<Godebug> godebugs;

    private GoMod(String module, String goVersion, List<Godebug> godebugs) {
        this.module = module;
        this.goVersion = goVersion;
        this.godebugs = List.copyOf(godebugs);
    }

    /** The module path. */
    public String module() {
        return module;
    }

    /** The go line's version, or null without one. */
    public String goVersion() {
        return goVersion;
    }

    /** The godebug lines, in order. */
    public List<Godebug> godebugs() {
        return godebugs;
    }

    /**
     * @param display the file's name as errors show it
     * @throws CompileException what the go command rejects, or what rt0gen cannot build
     */
    public static GoMod parse(String display, byte[] data) throws CompileException {
        List<Stmt> stmts = new Reader(display, data).parseFile();
        List<Diagnostic> errs = new ArrayList<>();
        String module = null;
        Pos modulePos = null;
        boolean sawModule = false;
        String go = null;
        boolean sawToolchain = false;
        List<Godebug> godebugs = new ArrayList<>();
        for (Stmt s : stmts) {
            if (s.block) {
                if (s.tokens.size() > 1 || !(s.verb().equals("module") || s.verb().equals("godebug") || UNSUPPORTED.contains(s.verb()))) {
                    errs.add(new Diagnostic(s.pos, "unknown block type: " + String.join(" ", s.tokens)));
                    continue;
                }
                for (Stmt l : s.lines) {
                    // each line of a block is the verb with the line's tokens as arguments
                    List<String> t = new ArrayList<>();
                    t.add(s.verb());
                    t.addAll(l.tokens);
                    Stmt line = new Stmt(l.pos, t, false, List.of());
                    Object r = add(line, errs, sawModule, go != null, sawToolchain);
                    if (line.verb().equals("module") && !sawModule) {
                        sawModule = true;
                        module = (String) r;
                        modulePos = line.pos;
                    } else if (line.verb().equals("godebug") && r instanceof Godebug g) {
                        godebugs.add(g);
                    }
                }
                continue;
            }
            Object r = add(s, errs, sawModule, go != null, sawToolchain);
            switch (s.verb()) {
                case "module" -> {
                    if (!sawModule) {
                        sawModule = true;
                        module = (String) r;
                        modulePos = s.pos;
                    }
                }
                case "go" -> {
                    if (go == null && r instanceof String v) go = v;
                }
                case "toolchain" -> {
                    if (r != null) sawToolchain = true;
                }
                case "godebug" -> {
                    if (r instanceof Godebug g) godebugs.add(g);
                }
                default -> {
                }
            }
        }
        if (!errs.isEmpty()) throw new CompileException(errs);
        // cmd/go (modload): the godebug keys, the module line, the module path, the go version
        for (Godebug g : godebugs) {
            String why = GoDebug.check("godebug", g.key(), g.value());
            // modload names the line only (go.mod:4:), where the parser's errors name the column
            if (why != null) errs.add(new Diagnostic(new Pos(g.pos().file(), g.pos().line(), 1), why));
        }
        if (!errs.isEmpty()) throw new CompileException(errs);
        if (!sawModule) {
            throw new CompileException(new Pos(display, 1, 1),
                    "missing module declaration. To specify the module path:\n\tgo mod edit -module=example.com/mod");
        }
        if (module != null) {
            String why = checkImportPath(module);
            if (why != null) throw new CompileException(modulePos, "malformed module path " + Strconv.quote(latin1(module)) + ": " + why);
        }
        if (go != null && tooNew(go)) {
            throw new CompileException(goPos(stmts, display), "go.mod requires go >= " + go + " (rt0gen implements go 1." + GO_MINOR + ")");
        }
        return new GoMod(module, go, godebugs);
    }

    private static Pos goPos(List<Stmt> stmts, String display) {
        for (Stmt s : stmts) if (!s.block && s.verb().equals("go")) return s.pos;
        return new Pos(display, 1, 1);
    }

    /** A valid Go version (GoVersionRE) newer than the language rt0gen implements. */
    static boolean tooNew(String v) {
        var m = GO_VERSION.matcher(v);
        if (!m.matches()) return false;
        if (!m.group(1).equals("1")) return true;
        try {
            return Integer.parseInt(m.group(2)) > GO_MINOR;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    static boolean isGoVersion(String v) {
        return GO_VERSION.matcher(v).matches();
    }

    /** parseToFile's {@code add} for one statement: its value (module path, go version, Godebug), or null after an error. */
    private static Object add(Stmt s, List<Diagnostic> errs, boolean sawModule, boolean sawGo, boolean sawToolchain) {
        String verb = s.verb();
        List<String> args = s.tokens.subList(1, s.tokens.size());
        switch (verb) {
            case "go" -> {
                if (sawGo) return err(errs, s, "repeated go statement");
                if (args.size() != 1) return err(errs, s, "go directive expects exactly one argument");
                if (!GO_VERSION.matcher(args.get(0)).matches()) {
                    return err(errs, s, "invalid go version '" + args.get(0) + "': must match format 1.23.0");
                }
                return args.get(0);
            }
            case "toolchain" -> {
                if (sawToolchain) return err(errs, s, "repeated toolchain statement");
                if (args.size() != 1) return err(errs, s, "toolchain directive expects exactly one argument");
                if (!TOOLCHAIN.matcher(args.get(0)).matches()) {
                    return err(errs, s, "invalid toolchain version '" + args.get(0) + "': must match format go1.23.0 or default");
                }
                return args.get(0);
            }
            case "module" -> {
                if (sawModule) return err(errs, s, "repeated module statement");
                if (args.size() != 1) return err(errs, s, "usage: module module/path");
                String a = args.get(0);
                if (a.startsWith("\"")) {
                    String u = unquote(a);
                    if (u == null) return err(errs, s, "invalid quoted string: invalid syntax");
                    return u;
                }
                if (a.contains("\"") || a.contains("'") || a.contains("`")) {
                    return err(errs, s, "invalid quoted string: unquoted string cannot contain quote");
                }
                return a;
            }
            case "godebug" -> {
                if (args.size() != 1 || args.get(0).chars().anyMatch(c -> "\"`',".indexOf(c) >= 0)) {
                    return err(errs, s, "usage: godebug key=value");
                }
                int eq = args.get(0).indexOf('=');
                if (eq < 0) return err(errs, s, "usage: godebug key=value");
                return new Godebug(args.get(0).substring(0, eq), args.get(0).substring(eq + 1), s.pos);
            }
            default -> {
                if (UNSUPPORTED.contains(verb)) {
                    return err(errs, s, verb + " directives are not supported by rt0gen (a module without dependencies)");
                }
                return err(errs, s, "unknown directive: " + verb);
            }
        }
    }

    private static Object err(List<Diagnostic> errs, Stmt s, String message) {
        errs.add(new Diagnostic(s.pos, message));
        return null;
    }

    /** x/mod/module.CheckImportPath: null when path is a valid import path, else why not. */
    static String checkImportPath(String path) {
        if (path.contains("\uFFFD") || path.chars().anyMatch(c -> Character.isSurrogate((char) c))) return "invalid UTF-8";
        if (path.isEmpty()) return "empty string";
        if (path.charAt(0) == '-') return "leading dash";
        if (path.contains("//")) return "double slash";
        if (path.endsWith("/")) return "trailing slash";
        for (String elem : path.split("/", -1)) {
            if (elem.isEmpty()) return "empty path element";
            if (elem.chars().allMatch(c -> c == '.')) return "invalid path element " + Strconv.quote(latin1(elem));
            if (elem.endsWith(".")) return "trailing dot in path element";
            for (int i = 0; i < elem.length(); ) {
                int r = elem.codePointAt(i);
                boolean ok = r < 0x80 && (r == '-' || r == '.' || r == '_' || r == '~' || r == '+'
                        || (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z'));
                if (!ok) return "invalid char " + quoteRune(r);
                i += Character.charCount(r);
            }
            String shortName = elem.contains(".") ? elem.substring(0, elem.indexOf('.')) : elem;
            for (String bad : List.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
                    "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9")) {
                if (bad.equalsIgnoreCase(shortName)) {
                    return Strconv.quote(latin1(shortName)) + " disallowed as path element component on Windows";
                }
            }
            int tilde = shortName.lastIndexOf('~');
            if (tilde >= 0 && tilde < shortName.length() - 1 && shortName.substring(tilde + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return "trailing tilde and digits in path element";
            }
        }
        return null;
    }

    /** Go's %q of a rune. */
    private static String quoteRune(int r) {
        if (r == '\'') return "'\\''";
        if (r == '\\') return "'\\\\'";
        if (Strconv.isPrint(r)) return "'" + new String(Character.toChars(r)) + "'";
        if (r == '\t') return "'\\t'";
        if (r == '\n') return "'\\n'";
        if (r == '\r') return "'\\r'";
        if (r < 0x80) return String.format(Locale.ROOT, "'\\x%02x'", r);
        if (r <= 0xFFFF) return String.format(Locale.ROOT, "'\\u%04x'", r);
        return String.format(Locale.ROOT, "'\\U%08x'", r);
    }

    /** A Java string as Strconv's byte string (its UTF-8 bytes, one char per byte). */
    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * strconv.Unquote of a double-quoted Go string; null when it is not one. The result is
     * decoded as UTF-8; bytes that are not UTF-8 become U+FFFD (and the path check rejects it).
     */
    static String unquote(String q) {
        byte[] b = q.getBytes(StandardCharsets.UTF_8);
        if (b.length < 2 || b[0] != '"' || b[b.length - 1] != '"') return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 1;
        int end = b.length - 1;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c == '"' || c == '\n') return null;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (i + 1 >= end) return null;
            int e = b[i + 1] & 0xff;
            i += 2;
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '"' -> out.write('"');
                case 'x', 'u', 'U' -> {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + n > end) return null;
                    long v = 0;
                    for (int k = 0; k < n; k++) {
                        int d = Character.digit(b[i + k] & 0xff, 16);
                        if (d < 0) return null;
                        v = v * 16 + d;
                    }
                    i += n;
                    if (e == 'x') {
                        out.write((int) v);
                    } else {
                        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return null;
                        out.writeBytes(new String(Character.toChars((int) v)).getBytes(StandardCharsets.UTF_8));
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    if (i + 2 > end) return null;
                    int v = e - '0';
                    for (int k = 0; k < 2; k++) {
                        int d = (b[i + k] & 0xff) - '0';
                        if (d < 0 || d > 7) return null;
                        v = v * 8 + d;
                    }
                    if (v > 255) return null;
                    i += 2;
                    out.write(v);
                }
                default -> {
                    return null;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return new String(out.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    /** A statement: a line (verb and arguments) or a block (its tokens and its lines). */
    private record Stmt(Pos pos, List<String> tokens, boolean block, List<Stmt> lines) {
        String verb() {
            return tokens.get(0);
        }
    }

    /** modfile's lexer and parser (read.go): the first syntax error stops it, as there. */
    private static final class Reader {
        static final int EOF = -1, COMMENT = -2, EOLCOMMENT = -3, IDENT = -4, STRING = -5;

        final String display;
        final byte[] data;
        int off;
        int line = 1;
        int lineRune = 1;
        // the lookahead token
        int kind;
        String text;
        Pos pos;

        Reader(String display, byte[] data) {
            this.display = display;
            this.data = data;
        }

        CompileException error(String message) {
            return new CompileException(new Pos(display, line, lineRune), message);
        }

        boolean eof() {
            return off >= data.length;
        }

        /** The rune at off and its size in bytes (utf8.DecodeRune: invalid bytes are U+FFFD of size 1). */
        long peekRuneAndSize() {
            int c = data[off] & 0xff;
            if (c < 0x80) return ((long) c << 8) | 1;
            int n = c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
            if (c >= 0xf8) n = 0;
            if (n == 0 || off + n > data.length) return (0xFFFDL << 8) | 1;
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(data, off, n)).toString();
                return ((long) s.codePointAt(0) << 8) | n;
            } catch (CharacterCodingException e) {
                return (0xFFFDL << 8) | 1;
            }
        }

        int peekRune() {
            return (int) (peekRuneAndSize() >> 8);
        }

        int readRune() {
            long rs = peekRuneAndSize();
            int r = (int) (rs >> 8);
            off += (int) (rs & 0xff);
            if (r == '\n') {
                line++;
                lineRune = 1;
            } else {
                lineRune++;
            }
            return r;
        }

        boolean peekPrefix(String p) {
            if (off + p.length() > data.length) return false;
            for (int i = 0; i < p.length(); i++) if (data[off + i] != p.charAt(i)) return false;
            return true;
        }

        /** Lex the next token into the lookahead; return the previous one's kind. */
        int lex() throws CompileException {
            int k = kind;
            readToken();
            return k;
        }

        void readToken() throws CompileException {
            while (!eof()) {
                int c = peekRune();
                if (c == ' ' || c == '\t' || c == '\r') {
                    readRune();
                    continue;
                }
                if (peekPrefix("//")) {
                    int start = off;
                    pos = new Pos(display, line, lineRune);
                    int i = start - 1;
                    while (i >= 0 && data[i] != '\n') i--;
                    boolean suffix = !onlyGoSpace(i + 1, start);
                    readRune();
                    readRune();
                    while (!eof() && readRune() != '\n') {
                        // the comment runs to the end of the line, its newline included
                    }
                    kind = suffix ? EOLCOMMENT : COMMENT;
                    text = new String(data, start, off - start, StandardCharsets.UTF_8);
                    return;
                }
                if (peekPrefix("/*")) throw error("mod files must use // comments (not /* */ comments)");
                break;
            }
            pos = new Pos(display, line, lineRune);
            int start = off;
            if (eof()) {
                kind = EOF;
                text = "";
                return;
            }
            int c = peekRune();
            switch (c) {
                case '\n', '(', ')', '[', ']', '{', '}', ',' -> {
                    readRune();
                    kind = c;
                    text = String.valueOf((char) c);
                    return;
                }
                case '"', '`' -> {
                    int startLine = line, startRune = lineRune;
                    readRune();
                    while (true) {
                        if (eof()) {
                            line = startLine;
                            lineRune = startRune;
                            throw error("unexpected EOF in string");
                        }
                        if (peekRune() == '\n') throw error("unexpected newline in string");
                        int r = readRune();
                        if (r == c) break;
                        if (r == '\\' && c != '`') {
                            if (eof()) {
                                line = startLine;
                                lineRune = startRune;
                                throw error("unexpected EOF in string");
                            }
                            readRune();
                        }
                    }
                    kind = STRING;
                    text = new String(data, start, off - start, StandardCharsets.UTF_8);
                    return;
                }
                default -> {
                }
            }
            if (!isIdent(c)) throw error("unexpected input character " + quoteRuneBackquote(c));
            while (!eof() && isIdent(peekRune())) {
                if (peekPrefix("//")) break;
                if (peekPrefix("/*")) throw error("mod files must use // comments (not /* */ comments)");
                readRune();
            }
            kind = IDENT;
            text = new String(data, start, off - start, StandardCharsets.UTF_8);
        }

        /** bytes.TrimSpace's notion of space (ASCII white space; U+0085, U+00A0 are not in a line's bytes here). */
        private boolean onlyGoSpace(int from, int to) {
            for (int i = from; i < to; i++) {
                int b = data[i] & 0xff;
                if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 11 || b == 12)) return false;
            }
            return true;
        }

        static boolean isEOL(int k) {
            return k == '\n' || k == EOF || k == EOLCOMMENT;
        }

        /** modfile's isIdent: printable, not space, not one of {@code ()[]{},}. */
        static boolean isIdent(int c) {
            switch (c) {
                case ' ', '(', ')', '[', ']', '{', '}', ',' -> {
                    return false;
                }
                default -> {
                    return !isGoSpace(c) && Strconv.isPrint(c);
                }
            }
        }

        /** unicode.IsSpace. */
        static boolean isGoSpace(int c) {
            if (c < 0x100) return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
            return Character.isSpaceChar(c);
        }

        /** fmt's %#q of a rune: backquoted when it can be, else quoted. */
        static String quoteRuneBackquote(int c) {
            if (c != '`' && Strconv.isPrint(c)) return "'" + new String(Character.toChars(c)) + "'";
            return quoteRune(c);
        }

        List<Stmt> parseFile() throws CompileException {
            readToken();
            List<Stmt> out = new ArrayList<>();
            while (true) {
                switch (kind) {
                    case '\n', COMMENT -> lex();
                    case EOF -> {
                        return out;
                    }
                    default -> out.add(parseStmt());
                }
            }
        }

        Stmt parseStmt() throws CompileException {
            Pos start = pos;
            List<String> tokens = new ArrayList<>();
            tokens.add(text);
            lex();
            while (true) {
                int k = kind;
                String t = text;
                lex();
                if (isEOL(k)) return new Stmt(start, tokens, false, List.of());
                if (k == '(') {
                    if (isEOL(kind)) return parseLineBlock(start, tokens);
                    if (kind == ')') {
                        lex();
                        if (isEOL(kind)) {
                            lex();
                            return new Stmt(start, tokens, true, List.of());
                        }
                        tokens.add("(");
                        tokens.add(")");
                    } else {
                        tokens.add("(");
                    }
                    continue;
                }
                tokens.add(t);
            }
        }

        Stmt parseLineBlock(Pos start, List<String> tokens) throws CompileException {
            List<Stmt> lines = new ArrayList<>();
            while (true) {
                switch (kind) {
                    case EOLCOMMENT, '\n', COMMENT -> lex();
                    case EOF -> throw error("syntax error (unterminated block started at "
                            + start.file() + ":" + start.line() + ":" + start.col() + ")");
                    case ')' -> {
                        lex();
                        if (!isEOL(kind)) throw error("syntax error (expected newline after closing paren)");
                        lex();
                        return new Stmt(start, tokens, true, lines);
                    }
                    default -> lines.add(parseLine());
                }
            }
        }

        Stmt parseLine() throws CompileException {
            Pos start = pos;
            List<String> tokens = new ArrayList<>();
            tokens.add(text);
            lex();
            while (true) {
                int k = kind;
                String t = text;
                lex();
                if (isEOL(k)) return new Stmt(start, tokens, false, List.of());
                tokens.add(t);
            }
        }
    }
}
