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

    /** An imaginary literal ({@code 1.5i}); text as written. */
    record ImagLit(Pos pos, String text) implements Expr {
    }

    /** {@code x.sel}: a qualified identifier (package.Name), a field or a method. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {
    }

    /**
     * {@code fun(args)}; {@code dots} is where the {@code ...} of {@code f(xs...)} is, null
     * without one; {@code lparen} is its {@code (} (gc's position of the call after type
     * checking: walk's errors), null in a tree the parser did not make.
     */
    record Call(Pos pos, Expr fun, List<Expr> args, Pos rparen, Pos dots, Pos lparen) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        public Call(Pos pos, Expr fun, List<Expr> args, Pos rparen, Pos dots) {
            this(pos, fun, args, rparen, dots, null);
        }

        public Call(Pos pos, Expr fun, List<Expr> args, Pos rparen) {
            this(pos, fun, args, rparen, null);
        }

        /** {@code f(xs...)}. */
        public boolean hasDots() {
            return dots != null;
        }
    }

    /**
     * {@code op x}; op is one of {@code + - ! ^ * & <-}. {@code *x} is a dereference or, where a
     * type is, a pointer type (the checker decides).
     */
    record Unary(Pos pos, String op, Expr x) implements Expr {
    }

    record Binary(Pos pos, Expr x, String op, Pos opPos, Expr y) implements Expr {
    }

    record Paren(Pos pos, Expr x) implements Expr {
    }

    /** {@code x[index]}; {@code lbrack} and {@code rbrack} are its brackets. */
    record Index(Pos pos, Expr x, Pos lbrack, Expr index, Pos rbrack) implements Expr {
    }

    /** {@code x[lo:hi]} or ({@code full}) {@code x[lo:hi:max]}; absent indices are null. */
    record SliceExpr(Pos pos, Expr x, Pos lbrack, Expr lo, Expr hi, Expr max, boolean full) implements Expr {
    }

    /**
     * {@code x.(type)}; {@code type} is null for {@code x.(type)}, which only a type switch's
     * guard may be (the parser makes it a {@link Stmt.TypeSwitch}). {@code lparen}: its {@code (}.
     */
    record TypeAssert(Pos pos, Expr x, Pos lparen, Expr type) implements Expr {
    }

    /**
     * {@code type{elems}}; {@code type} is null for an elided literal inside another one
     * ({@code {1, 2}} in {@code [][]int{{1, 2}}}), whose {@code pos} is then its {@code {}.
     * An element is an expression or a {@link KeyValue}.
     */
    record CompositeLit(Pos pos, Expr type, List<Expr> elems, Pos rbrace) implements Expr {
        public CompositeLit {
            elems = List.copyOf(elems);
        }
    }

    /** {@code key: value} in a composite literal. */
    record KeyValue(Pos pos, Expr key, Expr value) implements Expr {
    }

    /** {@code func(params) results { body }}. */
    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {
    }

    /**
     * {@code ...elem}: the type of a variadic (last) parameter; or, with {@code elem} null, the
     * length of {@code [...]T}.
     */
    record Ellipsis(Pos pos, Expr elem) implements Expr {
    }

    // ---- type literals -------------------------------------------------------------------

    /** {@code [len]elem}; {@code len} is an {@link Ellipsis} without elem for {@code [...]elem}. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {
    }

    /** {@code []elem}. */
    record SliceType(Pos pos, Expr elem) implements Expr {
    }

    /** {@code map[key]value}. */
    record MapType(Pos pos, Expr key, Expr value) implements Expr {
    }

    /** A channel's direction: {@code chan T}, {@code chan<- T}, {@code <-chan T}. */
    enum ChanDir {
        BOTH, SEND, RECV
    }

    /** {@code chan elem}, {@code chan<- elem} or {@code <-chan elem}; {@code pos} is where it starts. */
    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {
    }

    /** {@code func(params) results}; {@code pos} is the {@code func} keyword (a method's name in an interface). */
    record FuncType(Pos pos, List<Decl.Param> params, List<Decl.Param> results) implements Expr {
        public FuncType {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }
    }

    /** {@code struct { fields }}: one {@link Field} per name ({@code a, b int} is two sharing one type node). */
    record StructType(Pos pos, List<Field> fields) implements Expr {
        public StructType {
            fields = List.copyOf(fields);
        }
    }

    /** A struct field: {@code name} is null for an embedded field; {@code tag} is null without one. */
    record Field(Ident name, Expr type, StringLit tag) {
        /** Where the field starts: its name, or its type when embedded. */
        public Pos pos() {
            return name != null ? name.pos() : type.pos();
        }
    }

    /** {@code interface { methods; embeddeds }}. */
    record InterfaceType(Pos pos, List<Method> methods, List<Expr> embeddeds) implements Expr {
        public InterfaceType {
            methods = List.copyOf(methods);
            embeddeds = List.copyOf(embeddeds);
        }
    }

    /** A method of an interface type. */
    record Method(Ident name, FuncType type) {
    }

    /**
     * Go's way of printing an expression in a message (types2's syntax.String, its short form:
     * a non-empty composite literal or function literal body is {@code …}).
     */
    static String show(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(sb, e, 0);
        return sb.toString();
    }

    /** The parser bounds the tree's depth ({@link Parser#MAX_NESTING}); {@code depth} is for a reader. */
    private static void print(StringBuilder sb, Expr e, int depth) {
        int d = depth + 1;
        if (e == null) return;
        if (e instanceof Ident i) {
            sb.append(i.name());
            return;
        }
        if (e instanceof IntLit l) {
            sb.append(l.text());
            return;
        }
        if (e instanceof StringLit s) {
            sb.append(s.text());
            return;
        }
        if (e instanceof RuneLit r) {
            sb.append(r.text());
            return;
        }
        if (e instanceof FloatLit f) {
            sb.append(f.text());
            return;
        }
        if (e instanceof ImagLit f) {
            sb.append(f.text());
            return;
        }
        if (e instanceof Selector s) {
            print(sb, s.x(), d);
            sb.append('.').append(s.sel().name());
            return;
        }
        if (e instanceof Call c) {
            print(sb, c.fun(), d);
            sb.append('(');
            list(sb, c.args(), d);
            if (c.hasDots()) sb.append("...");
            sb.append(')');
            return;
        }
        if (e instanceof Unary u) {
            sb.append(u.op());
            print(sb, u.x(), d);
            return;
        }
        if (e instanceof Binary b) {
            print(sb, b.x(), d);
            sb.append(' ').append(b.op()).append(' ');
            print(sb, b.y(), d);
            return;
        }
        if (e instanceof Paren p) {
            sb.append('(');
            print(sb, p.x(), d);
            sb.append(')');
            return;
        }
        if (e instanceof Index ix) {
            print(sb, ix.x(), d);
            sb.append('[');
            print(sb, ix.index(), d);
            sb.append(']');
            return;
        }
        if (e instanceof SliceExpr s) {
            print(sb, s.x(), d);
            sb.append('[');
            print(sb, s.lo(), d);
            sb.append(':');
            print(sb, s.hi(), d);
            if (s.full()) {
                sb.append(':');
                print(sb, s.max(), d);
            }
            sb.append(']');
            return;
        }
        if (e instanceof TypeAssert a) {
            print(sb, a.x(), d);
            sb.append(".(");
            if (a.type() == null) sb.append("type");
            else print(sb, a.type(), d);
            sb.append(')');
            return;
        }
        if (e instanceof CompositeLit c) {
            print(sb, c.type(), d);
            sb.append(c.elems().isEmpty() ? "{}" : "{…}");
            return;
        }
        if (e instanceof KeyValue kv) {
            print(sb, kv.key(), d);
            sb.append(": ");
            print(sb, kv.value(), d);
            return;
        }
        if (e instanceof FuncLit f) {
            print(sb, f.type(), d);
            sb.append(f.body().stmts().isEmpty() ? " {}" : " {…}");
            return;
        }
        if (e instanceof Ellipsis el) {
            sb.append("...");
            print(sb, el.elem(), d);
            return;
        }
        if (e instanceof ArrayType a) {
            sb.append('[');
            print(sb, a.len(), d);
            sb.append(']');
            print(sb, a.elem(), d);
            return;
        }
        if (e instanceof SliceType s) {
            sb.append("[]");
            print(sb, s.elem(), d);
            return;
        }
        if (e instanceof MapType m) {
            sb.append("map[");
            print(sb, m.key(), d);
            sb.append(']');
            print(sb, m.value(), d);
            return;
        }
        if (e instanceof ChanType c) {
            sb.append(switch (c.dir()) {
                case BOTH -> "chan ";
                case SEND -> "chan<- ";
                case RECV -> "<-chan ";
            });
            boolean paren = c.dir() != ChanDir.RECV && c.elem() instanceof ChanType inner && inner.dir() == ChanDir.RECV;
            if (paren) sb.append('(');
            print(sb, c.elem(), d);
            if (paren) sb.append(')');
            return;
        }
        if (e instanceof FuncType f) {
            sb.append("func");
            signature(sb, f, d);
            return;
        }
        if (e instanceof StructType s) {
            sb.append("struct{");
            for (int i = 0; i < s.fields().size(); i++) {
                Field f = s.fields().get(i);
                if (i > 0) sb.append("; ");
                if (f.name() != null) sb.append(f.name().name()).append(' ');
                print(sb, f.type(), d);
                if (f.tag() != null) sb.append(' ').append(f.tag().text());
            }
            sb.append('}');
            return;
        }
        if (e instanceof InterfaceType it) {
            sb.append("interface{");
            String sep = "";
            for (Expr t : it.embeddeds()) {
                sb.append(sep);
                print(sb, t, d);
                sep = "; ";
            }
            for (Method m : it.methods()) {
                sb.append(sep).append(m.name().name());
                signature(sb, m.type(), d);
                sep = "; ";
            }
            sb.append('}');
            return;
        }
    }

    private static void list(StringBuilder sb, List<Expr> xs, int depth) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) sb.append(", ");
            print(sb, xs.get(i), depth);
        }
    }

    private static void signature(StringBuilder sb, FuncType f, int depth) {
        params(sb, f.params(), depth);
        if (f.results().size() == 1 && f.results().get(0).name() == null) {
            sb.append(' ');
            print(sb, f.results().get(0).type(), depth);
        } else if (!f.results().isEmpty()) {
            sb.append(' ');
            params(sb, f.results(), depth);
        }
    }

    private static void params(StringBuilder sb, List<Decl.Param> ps, int depth) {
        sb.append('(');
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append(", ");
            Decl.Param p = ps.get(i);
            if (p.name() != null) sb.append(p.name().name()).append(' ');
            print(sb, p.type(), depth);
        }
        sb.append(')');
    }
}
