package dev.rt0gen.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Go's lexical grammar, with automatic semicolon insertion: at a newline (or the end of the
 * file, or a general comment spanning lines), a semicolon follows a line whose last token is an
 * identifier, a literal, one of the keywords {@code break continue fallthrough return}, or one
 * of {@code ++ -- ) ] }}. Positions are 1-based line:column, columns counted in bytes.
 */
public final class Lexer {
    static final Set<String> KEYWORDS = Set.of(
            "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
            "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var");

    /** Longest first, so that the first match is the longest operator. */
    private static final String[] OPS = {
            "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
            "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "~", "(", ")", "[", "]",
            "{", "}", ",", ";", ".", ":"};

    private final SourceFile file;
    private final byte[] src;
    private int off;
    private int line = 1;
    private int lineStart;
    private final List<Token> out = new ArrayList<>();
    /** The {@code //go:name} directives, each at the start of its line: line number → the directive's text after {@code //}. */
    private final java.util.TreeMap<Integer, String> directives = new java.util.TreeMap<>();

    private Lexer(SourceFile file) {
        this.file = file;
        this.src = file.bytes();
    }

    public static List<Token> tokenize(SourceFile file) throws CompileException {
        return lex(file).tokens();
    }

    /** A file's tokens and its compiler directives ({@code //go:nosplit}), by line, as gc's scanner reports them. */
    public record Lexed(List<Token> tokens, java.util.NavigableMap<Integer, String> directives) {
    }

    public static Lexed lex(SourceFile file) throws CompileException {
        Lexer lx = new Lexer(file);
        lx.run();
        return new Lexed(lx.out, lx.directives);
    }

    private Pos pos() {
        return new Pos(file.display(), line, off - lineStart + 1);
    }

    private CompileException error(Pos p, String msg) {
        return new CompileException(p, msg);
    }

    private boolean needSemi() {
        if (out.isEmpty()) return false;
        Token t = out.get(out.size() - 1);
        return switch (t.kind()) {
            case IDENT, INT, FLOAT, IMAG, CHAR, STRING -> true;
            case KEYWORD -> Set.of("break", "continue", "fallthrough", "return").contains(t.text());
            case OP -> Set.of("++", "--", ")", "]", "}").contains(t.text());
            default -> false;
        };
    }

    private void newline() {
        line++;
        lineStart = off;
    }

    /**
     * What gc's source reader rejects anywhere in a file, comments and literals included: a NUL
     * byte, bytes that are not UTF-8, a byte order mark other than the file's first character
     * (which is skipped).
     */
    private void checkEncoding() throws CompileException {
        if (src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF) {
            off = 3;
            lineStart = 3;
        }
        int start = off;
        for (int i = start; i < src.length; i++) {
            int c = src[i] & 0xff;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == 0) {
                throw error(new Pos(file.display(), line, i - lineStart + 1), "invalid NUL character");
            } else if (c >= 0x80) {
                off = i;
                int cp = decodeUtf8();
                Pos p = new Pos(file.display(), line, i - lineStart + 1);
                if (cp < 0) throw error(p, "invalid UTF-8 encoding");
                if (cp == 0xFEFF) throw error(p, "invalid BOM in the middle of the file");
                i += Character.toString(cp).getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 1;
            }
        }
        off = start;
        line = 1;
        lineStart = start;
    }

    private void run() throws CompileException {
        checkEncoding();
        while (true) {
            // skip white space and comments, inserting a semicolon at a newline when due
            while (off < src.length) {
                int c = src[off] & 0xff;
                if (c == ' ' || c == '\t' || c == '\r') {
                    off++;
                } else if (c == '\n') {
                    if (needSemi()) out.add(new Token(Token.Kind.SEMI, "newline", null, pos()));
                    off++;
                    newline();
                } else if (c == '/' && off + 1 < src.length && src[off + 1] == '/') {
                    int from = off;
                    while (off < src.length && src[off] != '\n') off++;
                    // gc's directives: //go:name at the very start of a line, no space after //
                    if (from == lineStart && off - from > 5 && src[from + 2] == 'g' && src[from + 3] == 'o' && src[from + 4] == ':') {
                        directives.put(line, new String(src, from + 2, off - from - 2, java.nio.charset.StandardCharsets.UTF_8).strip());
                    }
                } else if (c == '/' && off + 1 < src.length && src[off + 1] == '*') {
                    Pos start = pos();
                    boolean sawNewline = false;
                    off += 2;
                    while (true) {
                        if (off >= src.length) throw error(start, "comment not terminated");
                        if (src[off] == '*' && off + 1 < src.length && src[off + 1] == '/') {
                            off += 2;
                            break;
                        }
                        if (src[off] == '\n') {
                            if (!sawNewline && needSemi()) out.add(new Token(Token.Kind.SEMI, "newline", null, pos()));
                            sawNewline = true;
                            off++;
                            newline();
                        } else {
                            off++;
                        }
                    }
                } else {
                    break;
                }
            }
            if (off >= src.length) {
                if (needSemi()) out.add(new Token(Token.Kind.SEMI, "EOF", null, pos()));
                out.add(new Token(Token.Kind.EOF, "EOF", null, pos()));
                return;
            }
            scanToken();
        }
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private int peek(int k) {
        return off + k < src.length ? src[off + k] & 0xff : -1;
    }

    private void scanToken() throws CompileException {
        Pos p = pos();
        int c = src[off] & 0xff;
        if (isLetter(c)) {
            int s = off;
            while (off < src.length && (isLetter(src[off] & 0xff) || isDigit(src[off] & 0xff))) off++;
            if (off < src.length && (src[off] & 0x80) != 0) {
                throw error(p, "non-ASCII identifiers are not supported by rt0gen");
            }
            String word = new String(src, s, off - s, java.nio.charset.StandardCharsets.ISO_8859_1);
            out.add(new Token(KEYWORDS.contains(word) ? Token.Kind.KEYWORD : Token.Kind.IDENT, word, null, p));
            return;
        }
        if (isDigit(c) || c == '.' && isDigit(peek(1))) {
            scanNumber(p);
            return;
        }
        if (c == '"') {
            scanString(p);
            return;
        }
        if (c == '`') {
            int s = ++off;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (off >= src.length) throw error(p, "raw string literal not terminated");
                int b = src[off] & 0xff;
                if (b == '`') break;
                if (b == '\n') {
                    off++;
                    newline();
                } else {
                    off++;
                }
                if (b != '\r') sb.append((char) b);
            }
            off++;
            out.add(new Token(Token.Kind.STRING, new String(src, s - 1, off - s + 1, java.nio.charset.StandardCharsets.ISO_8859_1), sb.toString(), p));
            return;
        }
        if (c == '\'') {
            scanRune(p);
            return;
        }
        for (String op : OPS) {
            if (matches(op)) {
                off += op.length();
                out.add(new Token(op.equals(";") ? Token.Kind.SEMI : Token.Kind.OP, op, null, p));
                return;
            }
        }
        int cp = c < 0x80 ? c : decodeUtf8();   // valid UTF-8, no NUL: checkEncoding
        throw error(p, "invalid character " + quoteRune(cp));
    }

    /** Go's {@code %#U}: {@code U+0040 '@'}, and only {@code U+0002} for a rune that does not print. */
    static String quoteRune(int cp) {
        String u = "U+" + String.format(java.util.Locale.ROOT, "%04X", cp);
        return Strconv.isPrint(cp) ? u + " '" + new String(Character.toChars(cp)) + "'" : u;
    }

    /** The code point of the UTF-8 sequence at {@code off}, or -1 if it is not valid UTF-8. */
    private int decodeUtf8() {
        int b = src[off] & 0xff;
        int n = b >= 0xf8 ? 0 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
        if (n == 0 || off + n > src.length) return -1;
        var dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            String s = dec.decode(java.nio.ByteBuffer.wrap(src, off, n)).toString();
            return s.codePointAt(0);
        } catch (java.nio.charset.CharacterCodingException e) {
            return -1;
        }
    }

    private boolean matches(String op) {
        if (off + op.length() > src.length) return false;
        for (int i = 0; i < op.length(); i++) {
            if ((src[off + i] & 0xff) != op.charAt(i)) return false;
        }
        return true;
    }

    private void scanNumber(Pos p) throws CompileException {
        int s = off;
        boolean isFloat = false;
        int radix = 10;
        if (src[off] == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            radix = 16;
            off += 2;
        } else if (src[off] == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
            radix = 2;
            off += 2;
        } else if (src[off] == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
            radix = 8;
            off += 2;
        }
        // Go's number syntax: mantissa digits, at most one '.', then at most one exponent (e for
        // decimal, p for hex) whose digits are decimal; the literal ends at anything else, so
        // "1e19." is the float 1e19 and then a '.' (as Go's scanner reads it)
        boolean dot = false, exp = false;
        while (off < src.length) {
            int c = src[off] & 0xff;
            boolean hexLetter = radix == 16 && !exp && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') && c != 'p' && c != 'P';
            if (isDigit(c) || c == '_' || hexLetter) {
                off++;
            } else if ((radix == 10 || radix == 16) && c == '.' && !dot && !exp) {
                isFloat = dot = true;
                off++;
            } else if (!exp && (radix == 10 && (c == 'e' || c == 'E') || radix == 16 && (c == 'p' || c == 'P'))) {
                isFloat = exp = true;
                off++;
                if (peek(0) == '+' || peek(0) == '-') off++;
                if (!isDigit(peek(0))) throw error(p, "exponent has no digits");
            } else {
                break;
            }
        }
        if (radix == 16 && dot && !exp) throw error(p, "hexadecimal mantissa requires a 'p' exponent");
        boolean imag = off < src.length && src[off] == 'i';
        if (imag) off++;
        String text = new String(src, s, off - s, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (imag) {
            out.add(new Token(Token.Kind.IMAG, text, null, p));
            return;
        }
        if (isFloat) {
            out.add(new Token(Token.Kind.FLOAT, text, null, p));
            return;
        }
        String digits = text.replace("_", "");
        if (radix != 10) {
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        BigInteger v;
        try {
            v = new BigInteger(digits, radix);
        } catch (NumberFormatException e) {
            throw error(p, "invalid digit in " + (radix == 8 ? "octal" : radix == 2 ? "binary" : radix == 16 ? "hexadecimal" : "decimal") + " literal " + text);
        }
        out.add(new Token(Token.Kind.INT, text, v, p));
    }

    private void scanString(Pos p) throws CompileException {
        int s = off++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (off >= src.length) throw error(p, "string literal not terminated");
            if (src[off] == '\n') throw error(pos(), "newline in string");
            int c = src[off] & 0xff;
            if (c == '"') {
                off++;
                break;
            }
            if (c != '\\') {
                sb.append((char) c);
                off++;
                continue;
            }
            Pos ep = pos();
            off++;
            int e = peek(0);
            off++;
            switch (e) {
                case 'a' -> sb.append((char) 7);
                case 'b' -> sb.append((char) 8);
                case 'f' -> sb.append((char) 12);
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append((char) 11);
                case '\\' -> sb.append('\\');
                case '"' -> sb.append('"');
                case 'x' -> sb.append((char) hex(2, ep));
                case 'u', 'U' -> {
                    long cp = hex(e == 'u' ? 4 : 8, ep);
                    if (cp > 0x10FFFF || cp >= 0xD800 && cp < 0xE000) throw error(ep, "escape is invalid Unicode code point U+" + String.format(java.util.Locale.ROOT, "%04X", cp));
                    for (byte b : new String(Character.toChars((int) cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        sb.append((char) (b & 0xff));
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        off--;
                        int v = 0;
                        for (int i = 0; i < 3; i++) {
                            int d = peek(0);
                            if (d < '0' || d > '7') throw error(ep, "invalid character in octal escape");
                            v = v * 8 + d - '0';
                            off++;
                        }
                        if (v > 255) throw error(ep, "octal escape value " + v + " > 255");
                        sb.append((char) v);
                    } else {
                        throw error(ep, "unknown escape");
                    }
                }
            }
        }
        out.add(new Token(Token.Kind.STRING, new String(src, s, off - s, java.nio.charset.StandardCharsets.ISO_8859_1), sb.toString(), p));
    }

    /**
     * A rune literal, its value the code point (gc's scanner.rune and escape, with their
     * errors and positions: at the literal for a wrong count of characters or no end, else at
     * the character where the scanner noticed).
     */
    private void scanRune(Pos p) throws CompileException {
        int s = off++;
        int n = 0, value = 0;
        for (; ; n++) {
            int c = peek(0);
            if (c == '\'') {
                if (n == 0) throw error(pos(), "empty rune literal or unescaped '");
                if (n != 1) throw error(p, "more than one character in rune literal");
                off++;
                break;
            }
            if (c == '\n') throw error(pos(), "newline in rune literal");
            if (c < 0) throw error(p, "rune literal not terminated");
            if (c == '\\') {
                off++;
                value = runeEscape();
                continue;
            }
            if (c < 0x80) {
                value = c;
                off++;
            } else {
                value = decodeUtf8();   // valid UTF-8: checkEncoding
                off += Character.toString(value).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        out.add(new Token(Token.Kind.CHAR, new String(src, s, off - s, java.nio.charset.StandardCharsets.ISO_8859_1), value, p));
    }

    /** After a backslash in a rune literal: the escape's value (gc's scanner.escape). */
    private int runeEscape() throws CompileException {
        int c = peek(0);
        int n, base;
        long max;
        switch (c) {
            case '\'', 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                off++;
                return switch (c) {
                    case 'a' -> 7;
                    case 'b' -> 8;
                    case 'f' -> 12;
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'v' -> 11;
                    default -> c;
                };
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                n = 3;
                base = 8;
                max = 255;
            }
            case 'x', 'u', 'U' -> {
                off++;
                n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                base = 16;
                max = c == 'x' ? 255 : 0x10FFFF;
            }
            default -> {
                if (c < 0) return 0;   // the caller complains about the end
                throw error(pos(), "unknown escape");
            }
        }
        long x = 0;
        for (int i = n; i > 0; i--) {
            int d = peek(0);
            if (d < 0) return 0;
            int v = Character.digit(d, 16);
            if (d >= 0x80 || v < 0 || v >= base) {
                int cp = d < 0x80 ? d : decodeUtf8();
                throw error(pos(), "invalid character " + quoteChar(cp) + " in " + (base == 8 ? "octal" : "hexadecimal") + " escape");
            }
            x = x * base + v;
            off++;
        }
        if (x > max && base == 8) throw error(pos(), "octal escape value " + x + " > 255");
        if (x > max || x >= 0xD800 && x < 0xE000) throw error(pos(), "escape is invalid Unicode code point " + quoteRune((int) x));
        return (int) x;
    }

    /** strconv.QuoteRune: {@code 'a'}, {@code '\''}, {@code '\n'}. */
    private static String quoteChar(int cp) {
        String q = Strconv.quote(new String(Character.toString(cp).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1));
        q = q.substring(1, q.length() - 1).replace("\\\"", "\"").replace("'", "\\'");
        return "'" + q + "'";
    }

    private long hex(int n, Pos ep) throws CompileException {
        long v = 0;
        for (int i = 0; i < n; i++) {
            int d = peek(0);
            int h = Character.digit(d, 16);
            if (d < 0 || h < 0) throw error(ep, "invalid character in hexadecimal escape");
            v = v * 16 + h;
            off++;
        }
        return v;
    }
}
