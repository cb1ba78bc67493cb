package dev.rt0gen.syntax;

import dev.rt0gen.source.Pos;

import java.util.List;

/** Top-level (and, for var/const/type, local) declarations. */
public sealed interface Decl {
    Pos pos();

    /** {@code import name "path"}; name is null without an explicit name. */
    record Import(Pos pos, Expr.Ident name, String path, Pos pathPos) implements Decl {
    }

    /**
     * One spec of a {@code var} declaration: {@code var a, b T = x, y}. {@code type} and
     * {@code values} may each be absent (null / empty).
     */
    record Var(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values) implements Decl {
        public Var {
            names = List.copyOf(names);
            values = List.copyOf(values);
        }
    }

    /**
     * One spec of a {@code const} declaration, with the implicit repetition already applied
     * ({@code values} are then the earlier spec's expressions, {@code implicit} true) and its
     * {@code iota}.
     */
    record Const(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota, boolean implicit) implements Decl {
        public Const {
            names = List.copyOf(names);
            values = List.copyOf(values);
        }
    }

    /** One spec of a {@code type} declaration: {@code type Name T}, a defined type with T's underlying type. */
    record TypeDecl(Pos pos, Expr.Ident name, Expr type) implements Decl {
    }

    /**
     * A parameter, result or receiver: {@code name} is null when unnamed; a variadic
     * parameter's type is an {@link Expr.Ellipsis} ({@code ...T}).
     */
    record Param(Expr.Ident name, Expr type) {
        /** Where the parameter starts: its name, or its type when unnamed. */
        public Pos pos() {
            return name != null ? name.pos() : type.pos();
        }
    }

    /**
     * {@code func (recv) name(params) (results) { body }}. {@code recv} is null for a function
     * (then {@code recvPos} is null too; else it is the receiver list's opening parenthesis).
     * Parameter names may be null (unnamed). {@code body} is null for a declaration without a body.
     * {@code pragmas}: the directives right above it ({@code go:nosplit}), docs/ABI.md "Directives".
     */
    record Func(Pos pos, Param recv, Expr.Ident name, List<Param> params, List<Param> results, Stmt.Block body, Pos recvPos,
                List<String> pragmas) implements Decl {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
            pragmas = List.copyOf(pragmas);
        }

        /** A function (no receiver). */
        public Func(Pos pos, Expr.Ident name, List<Param> params, List<Param> results, Stmt.Block body) {
            this(pos, null, name, params, results, body, null, List.of());
        }

        public boolean hasPragma(String name) {
            return pragmas.contains(name);
        }
    }
}
