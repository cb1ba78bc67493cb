package dev.rt0gen.initorder;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.Obj;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;
import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Interface;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Type;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which package variables are initialized statically, in the executable's data, rather than by
 * code in {@code PKG.init} (gc's staticinit): a constant, {@code nil}, an array, struct or slice
 * literal whose elements are static again (a slice literal's elements become a static array the
 * slice points to), the address of such a literal ({@code &T{…}}, or {@code {…}} as a *T
 * element: a static object of its own), such a value made an interface value (the itab or type
 * word, then the value: a pointer in place, any other value in a static object of its own), and
 * a call gc inlines whose body is one {@code return} of such a value once the arguments stand for
 * the parameters ({@code var ErrX = errors.New("x")}: sched.go's staticAssignInlinedCall).
 * Nothing of such a value can be observed before the variable is initialized, so initializing it
 * before the program runs is the same to the program; a package with nothing else to initialize
 * has no init task, as in Go.
 *
 * <p>Where gc would go further this stays static only where gc surely is: an inlined call's
 * arguments must be static themselves (gc asks only that they have no side effects), a parameter
 * used twice needs a constant argument (gc's canRepeat also takes struct literals), the body has
 * at most {@link #MAX_BODY} nodes (far inside gc's inlining budget of 80), and calls do not nest.
 * Erring there costs only an init task gc would not have: an extra line in
 * {@code GODEBUG=inittrace=1}, never a different value.
 */
public final class StaticInit {
    private StaticInit() {
    }

    /** The most syntax nodes the returned expression of an inlined call may have. */
    static final int MAX_BODY = 30;

    /**
     * Where an expression is: at a variable's initializer ({@link #TOP}), inside an argument of
     * an inlined call ({@link #ARG}: no call there is static, gc's AnySideEffects), or in an
     * inlined body, with its parameters bound to the caller's arguments (gc's subst).
     */
    public record Env(Map<Obj.Var, Expr> args, boolean top) {
        public static final Env TOP = new Env(Map.of(), true);
        static final Env ARG = new Env(Map.of(), false);
    }

    /** An expression and the environment it is read in. */
    public record At(Expr e, Env env) {
    }

    /** Whether variable initializer e (of a one-variable declaration) is static. */
    public static boolean isStatic(CheckedProgram.Info info, Expr e) {
        return isStatic(info, e, Env.TOP);
    }

    /** Whether the declaration {@code vi} initializes its variable statically. */
    public static boolean isStatic(CheckedProgram.Info info, CheckedProgram.VarInit vi) {
        return vi.value() != null && vi.vars().size() == 1 && isStatic(info, vi.value());
    }

    /** Whether e, read in env, is static, as the value it is converted to where it stands (an interface value or itself). */
    public static boolean isStatic(CheckedProgram.Info info, Expr e, Env env) {
        if (info.ifaceConversions.containsKey(e)) {
            // gc's staticAssign OCONVIFACE: a concrete value only (a non-nil interface value has no static type word)
            CheckedProgram.TypeAndValue tv = info.typeOf(e);
            if (tv == null || tv.type().underlying() instanceof Interface) return false;
        }
        return isStaticValue(info, e, env);
    }

    /** Whether e, read in env, is static as the value of its own type. */
    static boolean isStaticValue(CheckedProgram.Info info, Expr e, Env env) {
        At a = resolve(info, e, env);
        if (a.e() != e) return isStatic(info, a.e(), a.env());   // a parameter: its argument, converted as the call converts it
        CheckedProgram.TypeAndValue tv = info.typeOf(e);
        if (tv == null) return false;
        if (tv.isConstant()) return true;
        if (tv.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return true;
        e = unparen(e);
        if (isNilIdent(info, e)) return true;
        if (e instanceof Expr.Call c) {
            if (!env.top()) return false;
            At body = inlined(info, c);
            return body != null && isStatic(info, body.e(), body.env());
        }
        if (e instanceof Expr.Unary u && u.op().equals("&")) e = unparen(u.x());
        if (!(e instanceof Expr.CompositeLit cl)) return false;
        Type u = info.typeOf(e).type().underlying();
        if (!(u instanceof Array || u instanceof Slice || u instanceof Struct)) return false;
        for (Expr el : cl.elems()) {
            if (!isStatic(info, el instanceof Expr.KeyValue kv ? kv.value() : el, env)) return false;
        }
        return true;
    }

    /** e read in env: a parameter of the inlined call stands for its argument (read where the call is), anything else for itself. */
    public static At resolve(CheckedProgram.Info info, Expr e, Env env) {
        Expr x = unparen(e);
        if (!env.args().isEmpty() && x instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v && env.args().containsKey(v)) {
            return new At(env.args().get(v), Env.ARG);
        }
        return new At(e, env);
    }

    /**
     * The returned expression of call c, with the parameters bound to the arguments, when gc
     * inlines the call and may initialize it statically (see the class comment); else null.
     */
    public static At inlined(CheckedProgram.Info info, Expr.Call c) {
        Expr fun = unparen(c.fun());
        Obj o = fun instanceof Expr.Ident id ? info.objectOf(id)
                : fun instanceof Expr.Selector sel && !info.selections.containsKey(sel) ? info.objectOf(sel.sel()) : null;
        if (!(o instanceof Obj.Func f) || f.decl == null || f.decl.body() == null || f.recv() != null) return null;
        if (f.decl.hasPragma("go:noinline") || c.dots() != null || f.sig().variadic()) return null;
        List<Stmt> body = f.decl.body().stmts();
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.Return r) || r.results().size() != 1) return null;
        List<Obj.Var> params = info.funcs.get(f).params();
        if (params.size() != c.args().size()) return null;   // f(g()) with g's results
        Map<Obj.Var, Expr> args = new IdentityHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            if (!isStatic(info, c.args().get(i), Env.ARG)) return null;
            args.put(params.get(i), c.args().get(i));
        }
        Map<Obj.Var, Integer> uses = new IdentityHashMap<>();
        if (nodes(info, r.results().get(0), args, uses) > MAX_BODY) return null;
        for (Map.Entry<Obj.Var, Integer> u : uses.entrySet()) {
            if (u.getValue() > 1 && !info.typeOf(args.get(u.getKey())).isConstant()) return null;   // gc's canRepeat, for constants
        }
        return new At(r.results().get(0), new Env(args, false));
    }

    /** The syntax nodes of static expression e (more than MAX_BODY for any other), counting each use of a parameter. */
    private static int nodes(CheckedProgram.Info info, Expr e, Map<Obj.Var, Expr> params, Map<Obj.Var, Integer> uses) {
        CheckedProgram.TypeAndValue tv = info.typeOf(e);
        if (tv != null && tv.isConstant()) return 1;
        if (e instanceof Expr.Paren p) return nodes(info, p.x(), params, uses);
        if (e instanceof Expr.Ident id) {
            if (info.objectOf(id) instanceof Obj.Var v && params.containsKey(v)) uses.merge(v, 1, Integer::sum);
            return 1;
        }
        if (e instanceof Expr.Unary u) return 1 + nodes(info, u.x(), params, uses);
        if (e instanceof Expr.KeyValue kv) return 1 + (kv.key() instanceof Expr.Ident ? 1 : nodes(info, kv.key(), params, uses))
                + nodes(info, kv.value(), params, uses);
        if (e instanceof Expr.CompositeLit cl) {
            int n = 1;
            for (Expr el : cl.elems()) n += nodes(info, el, params, uses);
            return n;
        }
        return MAX_BODY + 1;
    }

    /** Whether e is the predeclared identifier nil (not a declaration that shadows it). */
    public static boolean isNilIdent(CheckedProgram.Info info, Expr e) {
        return e instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Const nc && nc.name().equals("nil") && nc.pos() == null;
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }
}
