package dev.rt0gen.check;

import dev.rt0gen.source.Pos;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.SyntaxTree;
import dev.rt0gen.types.Type;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A program that type-checks: every package in import dependency order (imports before
 * importers, {@code main} last), and side tables keyed by syntax node identity.
 */
public record CheckedProgram(SyntaxTree tree, List<Package> packages, Info info) {

    /**
     * One package. {@code varInits} are its package-level variable declarations in
     * declaration order (files in name order); {@code inits} its {@code func init}s in source
     * order; {@code funcs} every function with a body, in source order (inits included).
     * {@code deps} maps each VarInit and each Func to the package-level variables and
     * functions of the same package that its initializer or body refers to, in first-reference
     * order: the graph Go's initialization order is computed on. {@code imports}: the
     * program's own packages it imports; {@code stdImports}: the standard-library ones
     * ({@code os}, {@code runtime}, {@code sync}, ...), whose init tasks take part in the order
     * of package initialization (initorder.StdlibInits: some have none).
     */
    public record Package(String path, String name, List<String> imports, List<String> stdImports, List<VarInit> varInits,
                          List<Obj.Func> inits, List<Obj.Func> funcs, Map<Object, Set<Obj>> deps) {
    }

    /**
     * {@code var a, b = x, y} is two VarInits ({@code a = x}, {@code b = y}); {@code var a, b = f()}
     * is one with two variables; {@code var a int} is one without {@code value} (zero).
     */
    public record VarInit(List<Obj.Var> vars, Expr value, Pos pos) {
    }

    /** The locals of one function: parameters, results and every local variable, in order. */
    public record FuncInfo(List<Obj.Var> params, List<Obj.Var> results, List<Obj.Var> locals) {
    }

    /** A type, and the value if the expression is a constant. */
    public record TypeAndValue(Type type, Object value, boolean isType) {
        public TypeAndValue(Type type, Object value) {
            this(type, value, false);
        }

        public boolean isConstant() {
            return value != null;
        }
    }

    public static final class Info {
        public final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
        /** Every identifier that declares or uses an object, bound to it. */
        public final Map<Expr.Ident, Obj> objects = new IdentityHashMap<>();
        public final Map<Obj.Func, FuncInfo> funcs = new IdentityHashMap<>();
        /** Every function literal's parameters, results and locals. */
        public final Map<Expr.FuncLit, FuncInfo> funcLits = new IdentityHashMap<>();
        /** What each field or method selector {@code x.f} selects (a qualified identifier {@code pkg.Name} is not here). */
        public final Map<Expr.Selector, dev.rt0gen.types.Lookup.Result> selections = new IdentityHashMap<>();
        /** Each method of the program's named types, to its declaration's function ({@code main.T.m}, {@code main.(*T).m}). */
        public final Map<dev.rt0gen.types.Named.Func, Obj.Func> methodFuncs = new IdentityHashMap<>();
        /** The expressions whose value becomes a value of an interface type there (assigned, passed, compared): that type. */
        public final Map<Expr, Type> ifaceConversions = new IdentityHashMap<>();
        /**
         * The expressions giving two values, v and ok: type assertions {@code x.(T)} (their type is
         * the (T, bool) tuple) and map index expressions {@code m[k]} (without parentheses).
         */
        public final Set<Expr> commaOk = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        /** A type switch's variable in each of its clauses ({@code switch v := x.(type)}). */
        public final Map<dev.rt0gen.syntax.Stmt.CaseClause, Obj.Var> implicits = new IdentityHashMap<>();
        /** The elided composite literals that stand for their address ({@code {1, 2}} as an element of a []*T literal). */
        public final java.util.Set<Expr> elidedAddr = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        /** Whether e denotes a type (a conversion's or composite literal's type, a builtin's type argument). */
        public boolean isType(Expr e) {
            TypeAndValue tv = types.get(e);
            return tv != null && tv.isType();
        }

        public TypeAndValue typeOf(Expr e) {
            return types.get(e);
        }

        public Obj objectOf(Expr.Ident id) {
            return objects.get(id);
        }
    }
}
