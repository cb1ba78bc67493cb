package dev.rt0gen.source;

/**
 * One token. {@code text} is the source text (for an operator or keyword, the operator or
 * keyword itself; for an automatically inserted semicolon, {@code "newline"} or {@code "EOF"},
 * the words gc uses in "unexpected newline"). {@code value} is a literal's value: a
 * {@link java.math.BigInteger} for an integer, a byte string (one char per byte, 0-255) for a
 * string.
 */
public record Token(Kind kind, String text, Object value, Pos pos) {
    public enum Kind {
        IDENT, INT, FLOAT, IMAG, CHAR, STRING,
        KEYWORD, OP, SEMI, EOF
    }

    public boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isOp(String t) {
        return kind == Kind.OP && text.equals(t);
    }

    public boolean isKeyword(String t) {
        return kind == Kind.KEYWORD && text.equals(t);
    }
}
