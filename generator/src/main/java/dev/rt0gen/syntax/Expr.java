package dev.rt0gen.syntax;

import dev.rt0gen.source.Pos;

import java.math.BigInteger;
import java.util.List;

/**
 * Expressions. {@link #pos()} is where the expression starts, which is where gc reports
 * errors about it. Nodes are compared by identity in the later stages' side tables.
 */
public sealed interface Expr {
    Pos pos();

    record Ident(Pos pos, String name) implements Expr {
        public boolean isBlank() {
            return name.equals("_");
        }
    }

    /** An integer literal; {@code text} as written (gc quotes it so in messages). */
    record IntLit(Pos pos, String text, BigInteger value) implements Expr {
    }

    /** A rune literal ({@code 'a'}, {@code '\n'}): an untyped rune constant, the code point {@code value}. */
    record RuneLit(Pos pos, String text, int value) implements Expr {
    }

    /** A floating-point literal ({@code 1.5}, {@code 1e9}, {@code .5}, {@code 0x1p-2}); text as written. */
    record FloatLit(Pos pos, String text) implements Expr {
    }

    /** A string literal; {@code value} is a byte string (one char per byte). */
    record StringLit(Pos pos, String text, String value) implements Expr {
    }

    /** {@code x.sel}: a qualified identifier (package.Name) in this subset. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {
    }

    record Call(Pos pos, Expr fun, List<Expr> args, Pos rparen) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code op x}; op is one of {@code + - ! ^}. */
    record Unary(Pos pos, String op, Expr x) implements Expr {
    }

    record Binary(Pos pos, Expr x, String op, Pos opPos, Expr y) implements Expr {
    }

    record Paren(Pos pos, Expr x) implements Expr {
    }

    /** Go's way of printing an expression in a message (types2's syntax.String). */
    static String show(Expr e) {
        if (e instanceof Ident i) return i.name();
        if (e instanceof IntLit l) return l.text();
        if (e instanceof StringLit s) return s.text();
        if (e instanceof RuneLit r) return r.text();
        if (e instanceof FloatLit f) return f.text();
        if (e instanceof Selector s) return show(s.x()) + "." + s.sel().name();
        if (e instanceof Call c) {
            StringBuilder sb = new StringBuilder(show(c.fun())).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(show(c.args().get(i)));
            }
            return sb.append(')').toString();
        }
        if (e instanceof Unary u) return u.op() + show(u.x());
        if (e instanceof Binary b) return show(b.x()) + " " + b.op() + " " + show(b.y());
        return "(" + show(((Paren) e).x()) + ")";
    }
}
