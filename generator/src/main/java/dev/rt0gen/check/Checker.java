package dev.rt0gen.check;

import dev.rt0gen.check.CheckedProgram.FuncInfo;
import dev.rt0gen.check.CheckedProgram.Info;
import dev.rt0gen.check.CheckedProgram.TypeAndValue;
import dev.rt0gen.check.CheckedProgram.VarInit;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;
import dev.rt0gen.source.Pos;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;
import dev.rt0gen.syntax.SyntaxTree;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type checker: binds every identifier to its object, gives every expression a type,
 * folds constants, and reports gc's (types2's) errors with gc's wording and positions.
 *
 * <p>Packages are checked in import order, imports first; a package with errors stops the
 * build, as go build does. Within a package the order follows types2: imports and
 * package-level objects are collected, constants and variables are checked in source order
 * (a reference to a later one checks it first), then function bodies in source order, then
 * unused imports. Errors are reported sorted by position; after 10, gc gives up with
 * "too many errors" at the position of the next one, and so does this checker.
 */
public final class Checker {
    static final int MAX_ERRORS = 10;

    private static final Set<String> UNSUPPORTED_PREDECLARED = Set.of(
            "any", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64",
            "int8", "int16", "int32", "int64", "rune", "uint", "uint8", "uint16", "uint32", "uint64",
            "uintptr", "nil", "append", "cap", "clear", "close", "complex", "copy", "delete", "imag",
            "make", "max", "min", "new", "panic", "real", "recover");

    private final SyntaxTree tree;
    private final Info info = new Info();
    private final Scope universe = new Scope(null);
    private final Map<String, Scope> packageScopes = new HashMap<>();
    private final List<Diagnostic> errors = new ArrayList<>();

    // the package being checked
    private String pkgPath;
    private String pkgName;
    private Scope pkgScope;
    private final Map<Obj, Pending> pending = new IdentityHashMap<>();
    private final Set<Obj> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private Map<Object, Set<Obj>> deps;
    private Set<Obj> currentDeps;
    private Scope fileScope;
    private FuncCtx fn;
    private int iota = -1;

    /** A package-level constant or variable whose declaration is not checked yet. */
    private record Pending(Object decl, Scope fileScope, int index) {
    }

    private static final class FuncCtx {
        final Obj.Func func;
        final List<Obj.Var> results = new ArrayList<>();
        final List<Obj.Var> locals = new ArrayList<>();

        FuncCtx(Obj.Func func) {
            this.func = func;
        }
    }

    enum Mode { INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, VALUE, PKGNAME }

    /** An expression's checked form, as types2's operand. */
    static final class Operand {
        Mode mode = Mode.INVALID;
        Expr expr;
        Type type = Basic.INVALID;
        Object val;
        Obj obj;

        boolean invalid() {
            return mode == Mode.INVALID;
        }

        Basic basic() {
            return type != null && type.underlying() instanceof Basic b ? b : Basic.INVALID;
        }

        boolean isConst() {
            return mode == Mode.CONSTANT;
        }

        /** types2's operand.String: {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            String e = expr == null ? "" : Expr.show(expr);
            if (!e.isEmpty()) sb.append(e).append(" (");
            boolean hasType = false;
            switch (mode) {
                case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {
                }
                default -> {
                    if (type instanceof Basic b && b.isUntyped()) {
                        sb.append(b).append(' ');
                    } else {
                        hasType = true;
                    }
                }
            }
            sb.append(switch (mode) {
                case INVALID -> "invalid operand";
                case NOVALUE -> "no value";
                case BUILTIN -> "built-in";
                case TYPEXPR -> "type";
                case CONSTANT -> "constant";
                case VARIABLE -> "variable";
                case VALUE -> "value";
                case PKGNAME -> "package";
            });
            if (mode == Mode.CONSTANT) {
                String s = Constants.show(val);
                if (!s.equals(e)) sb.append(' ').append(s);
            }
            if (hasType) sb.append(" of type ").append(type);
            if (!e.isEmpty()) sb.append(')');
            return sb.toString();
        }
    }

    private Checker(SyntaxTree tree) {
        this.tree = tree;
        for (Basic b : List.of(Basic.INT, Basic.BOOL, Basic.STRING)) {
            universe.objects.put(b.toString(), new Obj.TypeName(b.toString(), b));
        }
        universe.objects.put("true", new Obj.Const("true", null, Basic.UNTYPED_BOOL, Boolean.TRUE));
        universe.objects.put("false", new Obj.Const("false", null, Basic.UNTYPED_BOOL, Boolean.FALSE));
        universe.objects.put("iota", new Obj.Const("iota", null, Basic.UNTYPED_INT, BigInteger.ZERO));
        for (String b : List.of("print", "println", "len")) universe.objects.put(b, new Obj.Builtin(b));
        packageScopes.put("os", stdlib("os", Map.of(
                "Exit", sig(List.of(Basic.INT), List.of()),
                "Getenv", sig(List.of(Basic.STRING), List.of(Basic.STRING)))));
        packageScopes.put("runtime", stdlib("runtime", Map.of(
                "GOMAXPROCS", sig(List.of(Basic.INT), List.of(Basic.INT)),
                "NumCPU", sig(List.of(), List.of(Basic.INT)),
                "Gosched", sig(List.of(), List.of()),
                "NumGoroutine", sig(List.of(), List.of(Basic.INT)))));
    }

    private static Signature sig(List<Type> params, List<Type> results) {
        return new Signature(params, results);
    }

    private static Scope stdlib(String path, Map<String, Signature> funcs) {
        Scope s = new Scope(null);
        new java.util.TreeMap<>(funcs).forEach((name, sig) ->
                s.objects.put(name, new Obj.Func(name, null, path, path + "." + name, null, sig)));
        return s;
    }

    public static CheckedProgram check(SyntaxTree tree) throws CompileException {
        return new Checker(tree).run();
    }

    // ---- errors ------------------------------------------------------------------------

    private void error(Pos pos, String msg) {
        errors.add(new Diagnostic(pos, msg));
    }

    private void error(Expr at, String msg) {
        error(at.pos(), msg);
    }

    private void failIfErrors() throws CompileException {
        if (errors.isEmpty()) return;
        List<Diagnostic> shown = new ArrayList<>(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
        shown.sort(Comparator.comparing(Diagnostic::pos, Comparator.nullsLast(Comparator.naturalOrder())));
        // gc gives up when it reports its 10th error, at that error's position
        if (errors.size() >= MAX_ERRORS) shown.add(new Diagnostic(errors.get(MAX_ERRORS - 1).pos(), "too many errors"));
        throw new CompileException(shown);
    }

    // ---- packages ----------------------------------------------------------------------

    private CheckedProgram run() throws CompileException {
        Map<String, SyntaxTree.Package> byPath = new LinkedHashMap<>();
        for (SyntaxTree.Package p : tree.packages()) byPath.put(p.path(), p);
        List<SyntaxTree.Package> order = new ArrayList<>();
        visit(tree.main(), byPath, new HashSet<>(), new ArrayList<>(), order);
        failIfErrors();
        List<CheckedProgram.Package> out = new ArrayList<>();
        for (SyntaxTree.Package p : order) {
            out.add(checkPackage(p, byPath));
            failIfErrors();
        }
        return new CheckedProgram(tree, out, info);
    }

    /** Depth-first over module imports: a package after everything it imports; cycles are errors. */
    private void visit(SyntaxTree.Package p, Map<String, SyntaxTree.Package> byPath, Set<String> done,
                       List<String> stack, List<SyntaxTree.Package> order) {
        if (done.contains(p.path())) return;
        stack.add(p.path());
        for (SyntaxTree.File f : p.files()) {
            for (Decl.Import imp : f.imports()) {
                SyntaxTree.Package q = byPath.get(imp.path());
                if (q == null || q == p) {
                    if (q == p) error(imp.pathPos(), "import cycle not allowed");
                    continue;
                }
                if (stack.contains(q.path())) {
                    error(imp.pathPos(), "import cycle not allowed");
                    continue;
                }
                visit(q, byPath, done, stack, order);
            }
        }
        stack.remove(stack.size() - 1);
        done.add(p.path());
        order.add(p);
    }

    private CheckedProgram.Package checkPackage(SyntaxTree.Package p, Map<String, SyntaxTree.Package> byPath) {
        pkgPath = p.path();
        pkgName = p.name();
        pkgScope = new Scope(universe);
        packageScopes.put(p.path(), pkgScope);
        deps = new LinkedHashMap<>();
        pending.clear();
        List<String> imports = new ArrayList<>();
        List<String> stdImports = new ArrayList<>();
        List<VarInit> varInits = new ArrayList<>();
        List<Obj.Func> inits = new ArrayList<>();
        List<Obj.Func> funcs = new ArrayList<>();
        List<Obj.PkgName> pkgNames = new ArrayList<>();
        Map<SyntaxTree.File, Scope> fileScopes = new LinkedHashMap<>();
        // 1. imports and package-level objects
        for (SyntaxTree.File f : p.files()) {
            Scope fs = new Scope(pkgScope);
            fileScopes.put(f, fs);
            for (Decl.Import imp : f.imports()) {
                Scope target = packageScopes.get(imp.path());
                SyntaxTree.Package mod = byPath.get(imp.path());
                String name;
                if (imp.path().equals("os") || imp.path().equals("runtime")) {
                    name = imp.path();
                    if (!stdImports.contains(imp.path())) stdImports.add(imp.path());
                } else if (mod != null && target != null) {
                    name = mod.name();
                    if (!imports.contains(imp.path())) imports.add(imp.path());
                } else {
                    if (mod == null) error(imp.pathPos(), "package " + imp.path() + " is not supported by rt0gen");
                    // bind the name anyway (to nothing) so that its uses do not add errors
                    name = imp.name() != null ? imp.name().name() : imp.path().substring(imp.path().lastIndexOf('/') + 1);
                    Obj.PkgName pn = new Obj.PkgName(name, imp.pathPos(), imp.path(), null);
                    pn.used = true;
                    fs.objects.putIfAbsent(name, pn);
                    continue;
                }
                if (imp.name() != null) {
                    name = imp.name().name();
                    if (name.equals("_")) continue;
                }
                Obj.PkgName pn = new Obj.PkgName(name, imp.name() != null ? imp.name().pos() : imp.pathPos(), imp.path(), target);
                if (imp.name() != null) info.objects.put(imp.name(), pn);
                Obj prev = fs.lookupLocal(name);
                if (prev != null) {
                    error(imp.name() != null ? imp.name().pos() : imp.pathPos(), name + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + name);
                    continue;
                }
                fs.objects.put(name, pn);
                pkgNames.add(pn);
            }
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd) {
                    Obj.Func fo = collectFunc(fd, fs, p.name(), inits.size());
                    if (fd.name().name().equals("init")) {
                        inits.add(fo);
                    }
                    if (fd.body() != null) funcs.add(fo);
                } else if (d instanceof Decl.Var vd) {
                    collectVar(vd, fs, varInits);
                } else if (d instanceof Decl.Const cd) {
                    collectConst(cd, fs);
                }
            }
        }
        // gc's linker, not its type checker, reports a missing main: only after a clean compile
        boolean mainMissing = p.name().equals("main") && p.path().equals("main") && pkgScope.lookupLocal("main") == null;
        // 2. package-level constants and variables in source order
        for (SyntaxTree.File f : p.files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Const cd) {
                    for (Expr.Ident n : cd.names()) {
                        Obj o = info.objects.get(n);
                        if (o != null) resolveGlobal(o);
                    }
                } else if (d instanceof Decl.Var vd) {
                    for (Expr.Ident n : vd.names()) {
                        Obj o = info.objects.get(n);
                        if (o != null) resolveGlobal(o);
                    }
                }
            }
        }
        // 3. function bodies
        for (SyntaxTree.File f : p.files()) {
            fileScope = fileScopes.get(f);
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && fd.body() != null) {
                    checkFuncBody((Obj.Func) info.objects.get(fd.name()));
                }
            }
        }
        fileScope = null;
        // 4. unused imports
        List<Obj.PkgName> unused = new ArrayList<>();
        for (Obj.PkgName pn : pkgNames) if (!pn.used) unused.add(pn);
        unused.sort(Comparator.comparing(Obj::pos));
        for (Obj.PkgName pn : unused) {
            String last = pn.path.substring(pn.path.lastIndexOf('/') + 1);
            if (pn.name().equals(last) || byPath.containsKey(pn.path) && byPath.get(pn.path).name().equals(pn.name())) {
                error(pn.pos(), "\"" + pn.path + "\" imported and not used");
            } else {
                error(pn.pos(), "\"" + pn.path + "\" imported as " + pn.name() + " and not used");
            }
        }
        if (mainMissing && errors.isEmpty()) error((Pos) null, "function main is undeclared in the main package");
        return new CheckedProgram.Package(p.path(), p.name(), imports, stdImports, varInits, inits, funcs, deps);
    }

    private void declare(Scope s, Expr.Ident id, Obj o) {
        info.objects.put(id, o);
        if (id.isBlank()) return;
        Obj prev = s.lookupLocal(id.name());
        if (prev != null) {
            error(id, id.name() + " redeclared in this block\n\t" + prev.pos() + ": other declaration of " + id.name());
            if (o instanceof Obj.Var v) v.used = true;   // not in scope: types2 does not report it unused
            return;
        }
        s.objects.put(id.name(), o);
    }

    /** types2's declarePkgObj: a package-level constant or variable may not be named init, nor main in package main. */
    private void declarePkgObj(Expr.Ident id, Obj o) {
        if (id.name().equals("init") || id.name().equals("main") && pkgName.equals("main")) {
            error(id, "cannot declare " + id.name() + " - must be func");
            info.objects.put(id, o);
            if (o instanceof Obj.Var v) v.used = true;
            return;
        }
        declare(pkgScope, id, o);
    }

    private Obj.Func collectFunc(Decl.Func fd, Scope fs, String pkgName, int initIndex) {
        String name = fd.name().name();
        List<Type> params = new ArrayList<>();
        for (Decl.Param prm : fd.params()) params.add(resolveType(prm.type(), fs));
        List<Type> results = new ArrayList<>();
        for (Decl.Param prm : fd.results()) results.add(resolveType(prm.type(), fs));
        String symbolName = name.equals("init") ? "init." + initIndex : name;
        Obj.Func fo = new Obj.Func(name, fd.name().pos(), pkgPath, pkgPath + "." + symbolName, fd, new Signature(params, results));
        info.objects.put(fd.name(), fo);
        if (fd.body() == null) error(fd.name(), "missing function body");
        if (name.equals("init") || name.equals("main") && pkgName.equals("main")) {
            if (!fd.params().isEmpty() || !fd.results().isEmpty()) {
                error(fd.name(), "func " + name + " must have no arguments and no return values");
            }
        }
        if (!name.equals("init")) declare(pkgScope, fd.name(), fo);
        return fo;
    }

    private void arity(List<Expr.Ident> names, List<Expr> values, boolean constDecl, boolean inherited, Pos specPos) {
        int l = names.size(), r = values.size();
        if (l < r) {
            Expr n = values.get(l);
            if (inherited) error(specPos, "extra init expr at " + n.pos());
            else error(n, "extra init expr " + Expr.show(n));
        } else if (l > r && (constDecl || r != 1)) {
            Expr.Ident n = names.get(r);
            error(n, "missing init expr for " + n.name());
        }
    }

    private void collectVar(Decl.Var vd, Scope fs, List<VarInit> varInits) {
        List<Obj.Var> vars = new ArrayList<>();
        for (Expr.Ident n : vd.names()) {
            Obj.Var v = new Obj.Var(n.name(), n.pos(), Obj.Var.Kind.GLOBAL, pkgPath, null);
            vars.add(v);
            declarePkgObj(n, v);
        }
        if (!vd.values().isEmpty()) arity(vd.names(), vd.values(), false, false, vd.pos());
        if (vd.values().size() == 1 && vars.size() > 1) {
            VarInit vi = new VarInit(vars, vd.values().get(0), vd.pos());
            varInits.add(vi);
            for (Obj.Var v : vars) pending.put(v, new Pending(vi, fs, -1));
            return;
        }
        for (int i = 0; i < vars.size(); i++) {
            Expr value = i < vd.values().size() ? vd.values().get(i) : null;
            VarInit vi = new VarInit(List.of(vars.get(i)), value, vars.get(i).pos());
            varInits.add(vi);
            pending.put(vars.get(i), new Pending(new Object[]{vi, vd}, fs, i));
        }
    }

    private void collectConst(Decl.Const cd, Scope fs) {
        if (!cd.values().isEmpty()) arity(cd.names(), cd.values(), true, cd.implicit(), cd.pos());
        else if (!cd.names().isEmpty()) error(cd.names().get(0), "missing init expr for " + cd.names().get(0).name());
        for (int i = 0; i < cd.names().size(); i++) {
            Expr.Ident n = cd.names().get(i);
            Obj.Const c = new Obj.Const(n.name(), n.pos(), Basic.INVALID, null);
            declarePkgObj(n, c);
            pending.put(c, new Pending(cd, fs, i));
        }
    }

    private Type resolveType(Expr.Ident t, Scope s) {
        Obj o = s.lookup(t.name());
        if (o instanceof Obj.TypeName tn) {
            info.objects.put(t, o);
            return tn.type();
        }
        if (o == null && UNSUPPORTED_PREDECLARED.contains(t.name())) {
            error(t, "type " + t.name() + " is not supported by rt0gen");
        } else if (o == null) {
            error(t, "undefined: " + t.name());
        } else {
            error(t, t.name() + " is not a type");
        }
        return Basic.INVALID;
    }

    /** Checks a package-level constant or variable declaration on first need. */
    private void resolveGlobal(Obj o) {
        Pending pd = pending.get(o);
        if (pd == null) return;
        if (inProgress.contains(o)) {
            if (o instanceof Obj.Const c) {
                error(c.pos(), "initialization cycle or invalid recursive constant " + c.name());
                c.type = Basic.INVALID;
                pending.remove(o);
            }
            return;   // a variable cycle: reported by the initialization order
        }
        inProgress.add(o);
        Scope savedFile = fileScope;
        FuncCtx savedFn = fn;
        Set<Obj> savedDeps = currentDeps;
        int savedIota = iota;
        fileScope = pd.fileScope();
        fn = null;
        try {
            if (o instanceof Obj.Const c) {
                Decl.Const cd = (Decl.Const) pd.decl();
                currentDeps = null;
                checkConstSpec(cd, pd.index(), c, pd.fileScope());
            } else if (pd.decl() instanceof VarInit vi) {
                Set<Obj> d = new LinkedHashSet<>();
                currentDeps = d;
                deps.put(vi, d);
                checkVarInit(vi, null, pd.fileScope(), "variable declaration");
                for (Obj.Var v : vi.vars()) pending.remove(v);
            } else {
                Object[] pair = (Object[]) pd.decl();
                VarInit vi = (VarInit) pair[0];
                Decl.Var vd = (Decl.Var) pair[1];
                Set<Obj> d = new LinkedHashSet<>();
                currentDeps = d;
                deps.put(vi, d);
                Type t = vd.type() == null ? null : resolveType(vd.type(), pd.fileScope());
                checkVarInit(vi, t, pd.fileScope(), "variable declaration");
            }
        } finally {
            pending.remove(o);
            inProgress.remove(o);
            fileScope = savedFile;
            fn = savedFn;
            currentDeps = savedDeps;
            iota = savedIota;
        }
    }

    private void checkConstSpec(Decl.Const cd, int i, Obj.Const c, Scope scope) {
        iota = cd.iota();
        Type t = cd.type() == null ? null : resolveType(cd.type(), scope);
        if (i >= cd.values().size()) {
            c.type = Basic.INVALID;
            return;
        }
        Expr e = cd.values().get(i);
        Operand x = expr(e, scope);
        iota = -1;
        if (x.invalid()) {
            c.type = Basic.INVALID;
            return;
        }
        if (!x.isConst()) {
            error(e, x + " is not constant");
            c.type = Basic.INVALID;
            return;
        }
        if (t != null) {
            assign(x, t, "constant declaration");
            if (x.invalid()) {
                c.type = Basic.INVALID;
                return;
            }
        }
        c.type = x.basic();
        c.value = x.val;
    }

    /** {@code var a, b T = values}: one VarInit, either one variable per value or one call for all. */
    private void checkVarInit(VarInit vi, Type declared, Scope scope, String context) {
        if (vi.value() == null) {
            for (Obj.Var v : vi.vars()) v.type = declared == null ? Basic.INVALID : declared;
            return;
        }
        if (vi.vars().size() == 1) {
            Operand x = rhsValue(vi.value(), scope, 1, List.of(vi.value()));
            Obj.Var v = vi.vars().get(0);
            v.type = initVar(x, declared, context);
            if (x.invalid()) v.used = true;
            return;
        }
        Operand x = multiExpr(vi.value(), scope);
        List<Type> types = x.type instanceof Tuple t ? t.types() : null;
        if (x.invalid()) {
            for (Obj.Var v : vi.vars()) v.type = declared == null ? Basic.INVALID : declared;
            markUsed(vi.vars());
            return;
        }
        int r = types == null ? (x.mode == Mode.NOVALUE ? 0 : 1) : types.size();
        if (r != vi.vars().size()) {
            assignError(List.of(vi.value()), vi.vars().size(), r);
            for (Obj.Var v : vi.vars()) v.type = declared == null ? Basic.INVALID : declared;
            markUsed(vi.vars());
            return;
        }
        for (int i = 0; i < types.size(); i++) {
            Type t = types.get(i);
            Obj.Var v = vi.vars().get(i);
            if (declared != null && !Types.identical(t, declared)) {
                error(vi.value(), "cannot use " + Expr.show(vi.value()) + " (value of type " + t + ") as " + declared + " value in assignment");
                v.type = declared;
            } else {
                v.type = t;
            }
        }
    }

    /** The type a variable declared with this initializer gets; reports what is wrong with x. */
    private Type initVar(Operand x, Type declared, String context) {
        if (x.invalid()) return declared == null ? Basic.INVALID : declared;
        if (!singleValue(x)) return declared == null ? Basic.INVALID : declared;
        if (declared == null) {
            Basic t = x.basic().defaultType();
            assign(x, t, context);
            return t;
        }
        assign(x, declared, context);
        return declared;
    }

    /**
     * The right-hand side of an n:n assignment or initialization: a call with several results
     * here is an assignment mismatch (when it is the only value) as types2 words it.
     */
    private Operand rhsValue(Expr e, Scope s, int nLhs, List<Expr> rhs) {
        Operand x = multiExpr(e, s);
        if (x.invalid()) return x;
        if (x.type instanceof Tuple t && x.mode != Mode.NOVALUE) {
            if (rhs.size() == 1) assignError(rhs, nLhs, t.types().size());
            else error(e, "multiple-value " + Expr.show(e) + " (value of type " + t + ") in single-value context");
            x.mode = Mode.INVALID;
        }
        return x;
    }

    private static void markUsed(List<Obj.Var> vars) {
        for (Obj.Var v : vars) if (v != null) v.used = true;
    }

    private void assignError(List<Expr> rhs, int l, int r) {
        String vars = l + " variable" + (l == 1 ? "" : "s");
        String vals = r + " value" + (r == 1 ? "" : "s");
        Expr rhs0 = rhs.get(0);
        if (rhs.size() == 1 && unparen(rhs0) instanceof Expr.Call call) {
            error(rhs0, "assignment mismatch: " + vars + " but " + Expr.show(call.fun()) + " returns " + vals);
            return;
        }
        error(rhs0, "assignment mismatch: " + vars + " but " + vals);
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    // ---- functions and statements -----------------------------------------------------------

    private void checkFuncBody(Obj.Func f) {
        Decl.Func fd = f.decl;
        fn = new FuncCtx(f);
        Scope s = new Scope(fileScope);
        List<Obj.Var> params = new ArrayList<>();
        for (int i = 0; i < fd.params().size(); i++) {
            Decl.Param prm = fd.params().get(i);
            Expr.Ident n = prm.name();
            Obj.Var v = new Obj.Var(n == null ? "_" : n.name(), n == null ? prm.type().pos() : n.pos(), Obj.Var.Kind.PARAM, pkgPath, f.sig.params().get(i));
            params.add(v);
            if (n != null) declare(s, n, v);
        }
        for (int i = 0; i < fd.results().size(); i++) {
            Decl.Param prm = fd.results().get(i);
            Expr.Ident n = prm.name();
            Obj.Var v = new Obj.Var(n == null ? "~r" + i : n.name(), n == null ? prm.type().pos() : n.pos(), Obj.Var.Kind.RESULT, pkgPath, f.sig.results().get(i));
            fn.results.add(v);
            if (n != null) declare(s, n, v);
        }
        Set<Obj> d = new LinkedHashSet<>();
        currentDeps = d;
        deps.put(f, d);
        stmtList(fd.body().stmts(), s, false, false);
        currentDeps = null;
        if (!f.sig.results().isEmpty() && !isTerminatingList(fd.body().stmts())) {
            error(fd.body().rbrace(), "missing return");
        }
        List<Obj.Var> unusedVars = new ArrayList<>();
        for (Obj.Var v : fn.locals) if (!v.used && !v.isBlank()) unusedVars.add(v);
        unusedVars.sort(Comparator.comparing(Obj::pos));
        for (Obj.Var v : unusedVars) error(v.pos(), "declared and not used: " + v.name());
        info.funcs.put(f, new FuncInfo(params, List.copyOf(fn.results), List.copyOf(fn.locals)));
        fn = null;
    }

    private void stmtList(List<Stmt> list, Scope s, boolean inLoop, boolean inSwitch) {
        for (Stmt st : list) stmt(st, s, inLoop, inSwitch);
    }

    private void stmt(Stmt st, Scope s, boolean inLoop, boolean inSwitch) {
        if (st instanceof Stmt.ExprStmt es) {
            exprStmt(es, s);
        } else if (st instanceof Stmt.Assign a) {
            assignStmt(a, s);
        } else if (st instanceof Stmt.IncDec id) {
            Operand x = expr(id.x(), s);
            if (x.invalid()) return;
            if (!x.basic().isInteger()) {
                error(id.x(), "invalid operation: " + Expr.show(id.x()) + id.op() + " (non-numeric type " + x.type + ")");
                return;
            }
            assignable(id.x(), x, s);
        } else if (st instanceof Stmt.DeclStmt ds) {
            for (Decl d : ds.specs()) localDecl(d, s);
        } else if (st instanceof Stmt.Block b) {
            stmtList(b.stmts(), new Scope(s), inLoop, inSwitch);
        } else if (st instanceof Stmt.If is) {
            Scope inner = new Scope(s);
            if (is.init() != null) stmt(is.init(), inner, inLoop, inSwitch);
            condition(is.cond(), inner, "if");
            stmtList(is.then().stmts(), new Scope(inner), inLoop, inSwitch);
            if (is.els() != null) stmt(is.els(), inner, inLoop, inSwitch);
        } else if (st instanceof Stmt.For fs) {
            Scope inner = new Scope(s);
            if (fs.init() != null) stmt(fs.init(), inner, inLoop, inSwitch);
            if (fs.cond() != null) condition(fs.cond(), inner, "for");
            if (fs.post() != null) stmt(fs.post(), inner, inLoop, inSwitch);
            stmtList(fs.body().stmts(), new Scope(inner), true, false);
        } else if (st instanceof Stmt.Switch sw) {
            switchStmt(sw, s, inLoop);
        } else if (st instanceof Stmt.Return r) {
            returnStmt(r, s);
        } else if (st instanceof Stmt.Break b) {
            if (!inLoop && !inSwitch) error(b.pos(), "break is not in a loop, switch, or select");
        } else if (st instanceof Stmt.Continue c) {
            if (!inLoop) error(c.pos(), "continue is not in a loop");
        } else if (st instanceof Stmt.Go g) {
            goStmt(g, s);
        }
    }

    private void condition(Expr cond, Scope s, String what) {
        Operand x = expr(cond, s);
        if (x.invalid()) return;
        if (!singleValue(x)) return;
        if (!x.basic().isBoolean()) {
            error(cond, "non-boolean condition in " + what + " statement");
            return;
        }
        assign(x, Basic.BOOL, what + " condition");
    }

    private void exprStmt(Stmt.ExprStmt es, Scope s) {
        Operand x = multiExpr(es.x(), s);
        if (x.invalid()) return;
        Expr e = unparen(es.x());
        if (e instanceof Expr.Call c) {
            Obj callee = calleeObj(c.fun());
            if (!(callee instanceof Obj.Builtin b) || !b.name().equals("len")) return;
        }
        if (x.mode == Mode.NOVALUE) return;
        error(es.x(), x + " is not used");
    }

    private Obj calleeObj(Expr fun) {
        fun = unparen(fun);
        if (fun instanceof Expr.Ident id) return info.objects.get(id);
        if (fun instanceof Expr.Selector sel) return info.objects.get(sel.sel());
        return null;
    }

    private void goStmt(Stmt.Go g, Scope s) {
        Operand x = multiExpr(g.call(), s);
        if (x.invalid()) return;
        Obj callee = calleeObj(g.call().fun());
        if (!(callee instanceof Obj.Func f) || f.decl == null) {
            error(g.call(), "go " + Expr.show(g.call().fun()) + "(…): only calls of the program's own functions are supported by rt0gen in go statements");
        }
    }

    private void localDecl(Decl d, Scope s) {
        if (d instanceof Decl.Const cd) {
            if (!cd.values().isEmpty()) arity(cd.names(), cd.values(), true, cd.implicit(), cd.pos());
            else error(cd.names().get(0), "missing init expr for " + cd.names().get(0).name());
            List<Obj.Const> cs = new ArrayList<>();
            for (int i = 0; i < cd.names().size(); i++) {
                Expr.Ident n = cd.names().get(i);
                Obj.Const c = new Obj.Const(n.name(), n.pos(), Basic.INVALID, null);
                checkConstSpec(cd, i, c, s);
                cs.add(c);
            }
            // the scope of a constant starts after its spec
            for (int i = 0; i < cd.names().size(); i++) declare(s, cd.names().get(i), cs.get(i));
            return;
        }
        Decl.Var vd = (Decl.Var) d;
        Type t = vd.type() == null ? null : resolveType(vd.type(), s);
        List<Obj.Var> vars = new ArrayList<>();
        for (Expr.Ident n : vd.names()) {
            Obj.Var v = new Obj.Var(n.name(), n.pos(), Obj.Var.Kind.LOCAL, pkgPath, t);
            vars.add(v);
            fn.locals.add(v);
        }
        if (!vd.values().isEmpty()) arity(vd.names(), vd.values(), false, false, vd.pos());
        if (vd.values().size() == 1 && vars.size() > 1) {
            checkVarInit(new VarInit(vars, vd.values().get(0), vd.pos()), t, s, "assignment");
        } else if (vd.values().size() == vars.size()) {
            boolean ok = true;
            for (int i = 0; i < vars.size(); i++) {
                Operand x = rhsValue(vd.values().get(i), s, vars.size(), vd.values());
                vars.get(i).type = initVar(x, t, "variable declaration");
                ok &= !x.invalid();
            }
            if (!ok) markUsed(vars);
        } else if (!vd.values().isEmpty()) {
            for (Expr e : vd.values()) expr(e, s);
            for (Obj.Var v : vars) if (v.type == null) v.type = Basic.INVALID;
            markUsed(vars);
        } else if (t == null) {
            for (Obj.Var v : vars) v.type = Basic.INVALID;
        }
        // the scope of a variable starts after its spec
        for (int i = 0; i < vars.size(); i++) declare(s, vd.names().get(i), vars.get(i));
    }

    private void assignStmt(Stmt.Assign a, Scope s) {
        switch (a.op()) {
            case ":=" -> shortVarDecl(a, s);
            case "=" -> {
                if (a.lhs().size() != a.rhs().size()) {
                    assignMulti(a, s);
                    return;
                }
                for (int i = 0; i < a.lhs().size(); i++) {
                    Type target = lhsVar(a.lhs().get(i), s);
                    Operand x = rhsValue(a.rhs().get(i), s, a.lhs().size(), a.rhs());
                    if (x.invalid() || target == null) continue;
                    if (!singleValue(x)) continue;
                    if (target == Basic.INVALID) {
                        assign(x, x.basic().defaultType(), "assignment");
                    } else {
                        assign(x, target, "assignment");
                    }
                }
            }
            default -> {
                String op = a.op().substring(0, a.op().length() - 1);
                Operand x = expr(a.lhs().get(0), s);
                Operand y = expr(a.rhs().get(0), s);
                if (x.invalid() || y.invalid()) return;
                Expr.Binary synthetic = new Expr.Binary(a.lhs().get(0).pos(), a.lhs().get(0), op, a.opPos(), a.rhs().get(0));
                Operand r = binary(synthetic, x, y, a);
                if (r.invalid()) return;
                info.types.put(synthetic, new TypeAndValue(r.type, r.val));
                assignable(a.lhs().get(0), x, s);
            }
        }
    }

    /** The type of an assignable left-hand side; INVALID for {@code _}; null after an error. */
    private Type lhsVar(Expr lhs, Scope s) {
        if (lhs instanceof Expr.Ident id && id.isBlank()) {
            info.objects.put(id, null);
            return Basic.INVALID;
        }
        if (lhs instanceof Expr.Ident id) {
            Obj o = s.lookup(id.name());
            if (o instanceof Obj.Var v) {
                info.objects.put(id, v);
                if (v.kind == Obj.Var.Kind.GLOBAL) {
                    resolveGlobal(v);
                    recordDep(v);
                }
                info.types.put(id, new TypeAndValue(v.type, null));
                return v.type;
            }
        }
        Operand x = expr(lhs, s);
        if (x.invalid()) return null;
        if (x.mode == Mode.VARIABLE) return x.basic();   // an imported package's variable
        error(lhs, "cannot assign to " + Expr.show(lhs) + " (neither addressable nor a map index expression)");
        return null;
    }

    /** Reports a non-variable operand of ++, -- or op=. */
    private void assignable(Expr lhs, Operand x, Scope s) {
        if (x.mode == Mode.VARIABLE) return;
        error(lhs, "cannot assign to " + Expr.show(lhs) + " (neither addressable nor a map index expression)");
    }

    private void assignMulti(Stmt.Assign a, Scope s) {
        List<Type> targets = new ArrayList<>();
        for (Expr l : a.lhs()) targets.add(lhsVar(l, s));
        if (a.rhs().size() != 1) {
            for (Expr r : a.rhs()) expr(r, s);
            assignError(a.rhs(), a.lhs().size(), a.rhs().size());
            return;
        }
        Operand x = multiExpr(a.rhs().get(0), s);
        if (x.invalid()) return;
        int r = x.type instanceof Tuple t ? t.types().size() : x.mode == Mode.NOVALUE ? 0 : 1;
        if (r != a.lhs().size()) {
            assignError(a.rhs(), a.lhs().size(), r);
            return;
        }
        List<Type> types = ((Tuple) x.type).types();
        for (int i = 0; i < types.size(); i++) {
            Type t = targets.get(i);
            if (t != null && t != Basic.INVALID && !Types.identical(t, types.get(i))) {
                error(a.rhs().get(0), "cannot use " + Expr.show(a.rhs().get(0)) + " (value of type " + types.get(i) + ") as " + t + " value in assignment");
            }
        }
    }

    private void shortVarDecl(Stmt.Assign a, Scope s) {
        List<Obj.Var> vars = new ArrayList<>();
        List<Boolean> isNew = new ArrayList<>();
        boolean anyNew = false;
        boolean bad = false;
        Set<String> seen = new HashSet<>();
        for (Expr l : a.lhs()) {
            if (!(l instanceof Expr.Ident id)) {
                expr(l, s);
                error(l, "non-name " + Expr.show(l) + " on left side of :=");
                bad = true;
                vars.add(null);
                isNew.add(false);
                continue;
            }
            if (!id.isBlank() && !seen.add(id.name())) {
                error(id, id.name() + " repeated on left side of :=");
                bad = true;
            }
            Obj prev = id.isBlank() ? null : s.lookupLocal(id.name());
            if (prev instanceof Obj.Var v) {
                info.objects.put(id, v);
                vars.add(v);
                isNew.add(false);
            } else {
                Obj.Var v = new Obj.Var(id.name(), id.pos(), Obj.Var.Kind.LOCAL, pkgPath, null);
                vars.add(v);
                isNew.add(true);
                if (!id.isBlank()) anyNew = true;
                fn.locals.add(v);
            }
        }
        if (!anyNew && !bad) error(a.opPos(), "no new variables on left side of :=");
        // right-hand side, in the scope before the new variables
        if (a.lhs().size() == a.rhs().size()) {
            boolean ok = true;
            for (int i = 0; i < a.rhs().size(); i++) {
                Operand x = rhsValue(a.rhs().get(i), s, vars.size(), a.rhs());
                Obj.Var v = vars.get(i);
                if (v == null) continue;
                if (isNew.get(i)) {
                    v.type = initVar(x, null, "assignment");
                } else if (!x.invalid() && singleValue(x)) {
                    assign(x, v.type, "assignment");
                }
                ok &= !x.invalid();
            }
            if (!ok) markUsed(vars);
        } else if (a.rhs().size() == 1) {
            Operand x = multiExpr(a.rhs().get(0), s);
            int r = x.invalid() ? -1 : x.type instanceof Tuple t ? t.types().size() : x.mode == Mode.NOVALUE ? 0 : 1;
            if (r >= 0 && r != vars.size()) assignError(a.rhs(), vars.size(), r);
            if (r != vars.size()) markUsed(vars);
            for (int i = 0; i < vars.size(); i++) {
                Obj.Var v = vars.get(i);
                if (v == null) continue;
                Type t = r == vars.size() ? ((Tuple) x.type).types().get(i) : Basic.INVALID;
                if (isNew.get(i)) {
                    v.type = t;
                } else if (t != Basic.INVALID && !Types.identical(v.type, t)) {
                    error(a.rhs().get(0), "cannot use " + Expr.show(a.rhs().get(0)) + " (value of type " + t + ") as " + v.type + " value in assignment");
                }
            }
        } else {
            for (Expr r : a.rhs()) expr(r, s);
            assignError(a.rhs(), vars.size(), a.rhs().size());
            for (Obj.Var v : vars) if (v != null && v.type == null) v.type = Basic.INVALID;
            markUsed(vars);
        }
        for (int i = 0; i < vars.size(); i++) {
            if (vars.get(i) != null && isNew.get(i)) declare(s, (Expr.Ident) a.lhs().get(i), vars.get(i));
        }
    }

    private void switchStmt(Stmt.Switch sw, Scope s, boolean inLoop) {
        Scope inner = new Scope(s);
        if (sw.init() != null) stmt(sw.init(), inner, inLoop, false);
        Basic tagType = Basic.BOOL;
        Operand tag = null;
        if (sw.tag() != null) {
            tag = expr(sw.tag(), inner);
            if (!tag.invalid() && singleValue(tag)) {
                tagType = tag.basic().defaultType();
                assign(tag, tagType, "switch expression");
            } else {
                tagType = Basic.INVALID;
            }
        }
        Stmt.CaseClause firstDefault = null;
        Map<Object, Expr> seen = new HashMap<>();
        for (Stmt.CaseClause cc : sw.clauses()) {
            if (cc.isDefault()) {
                if (firstDefault != null) error(cc.pos(), "multiple defaults (first at " + firstDefault.pos() + ")");
                else firstDefault = cc;
            }
            for (Expr v : cc.values()) {
                Operand x = expr(v, inner);
                if (x.invalid() || tagType == Basic.INVALID || !singleValue(x)) continue;
                if (x.basic().isUntyped()) {
                    if (!convertible(x.basic(), tagType)) {
                        error(v, "cannot convert " + x + " to type " + tagType);
                        continue;
                    }
                    convertUntyped(x, tagType);
                    if (x.invalid()) continue;
                }
                if (!Types.identical(x.type, tagType)) {
                    String tagDesc = sw.tag() == null ? "true" : Expr.show(sw.tag());
                    error(v, "invalid case " + Expr.show(v) + " in switch on " + tagDesc + " (mismatched types " + x.type + " and " + tagType + ")");
                    continue;
                }
                if (x.isConst()) {
                    Expr prev = seen.putIfAbsent(x.val, v);
                    if (prev != null) {
                        error(v, "duplicate case " + x + " in expression switch\n\t" + prev.pos() + ": previous case");
                    }
                }
            }
            stmtList(cc.body(), new Scope(inner), inLoop, true);
        }
    }

    private void returnStmt(Stmt.Return r, Scope s) {
        List<Obj.Var> want = fn.results;
        List<Expr> res = r.results();
        if (res.isEmpty()) {
            if (!want.isEmpty() && want.get(0).name().startsWith("~r")) {
                error(r.pos(), "not enough return values\n\thave ()\n\twant " + tuple(fn.func.sig.results()));
            }
            return;
        }
        if (want.isEmpty()) {
            List<Operand> xs = new ArrayList<>();
            for (Expr e : res) xs.add(multiExpr(e, s));
            error(res.get(0), "too many return values\n\thave " + summary(xs) + "\n\twant ()");
            return;
        }
        if (res.size() == 1 && want.size() > 1) {
            Operand x = multiExpr(res.get(0), s);
            if (x.invalid()) return;
            if (x.type instanceof Tuple t) {
                if (t.types().size() != want.size()) {
                    error(res.get(0), (t.types().size() < want.size() ? "not enough" : "too many") + " return values\n\thave " + t + "\n\twant " + tuple(fn.func.sig.results()));
                    return;
                }
                for (int i = 0; i < t.types().size(); i++) {
                    if (!Types.identical(t.types().get(i), want.get(i).type)) {
                        error(res.get(0), "cannot use " + Expr.show(res.get(0)) + " (value of type " + t + ") as " + want.get(i).type + " value in return statement");
                        return;
                    }
                }
                return;
            }
            error(res.get(0), "not enough return values\n\thave " + summary(List.of(x)) + "\n\twant " + tuple(fn.func.sig.results()));
            return;
        }
        List<Operand> xs = new ArrayList<>();
        for (Expr e : res) xs.add(expr(e, s));
        if (res.size() != want.size()) {
            Expr at = res.size() < want.size() ? res.get(res.size() - 1) : res.get(want.size());
            String q = res.size() < want.size() ? "not enough" : "too many";
            error(at, q + " return values\n\thave " + summary(xs) + "\n\twant " + tuple(fn.func.sig.results()));
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            Operand x = xs.get(i);
            if (x.invalid() || !singleValue(x)) continue;
            assign(x, want.get(i).type, "return statement");
        }
    }

    private static String tuple(List<Type> types) {
        return new Tuple(types).toString();
    }

    /** types2's typesSummary of argument operands: untyped numbers are "number". */
    private static String summary(List<Operand> xs) {
        List<String> parts = new ArrayList<>();
        for (Operand x : xs) {
            if (x.invalid()) parts.add("unknown type");
            else if (x.type instanceof Basic b && b.isUntyped()) parts.add(b == Basic.UNTYPED_INT ? "number" : b.toString().replace("untyped ", ""));
            else if (x.mode == Mode.NOVALUE) parts.add("()");
            else parts.add(x.type.toString());
        }
        return "(" + String.join(", ", parts) + ")";
    }

    // ---- terminating statements (missing return) ---------------------------------------

    private boolean isTerminatingList(List<Stmt> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof Stmt.Empty) continue;
            return isTerminating(list.get(i));
        }
        return false;
    }

    private boolean isTerminating(Stmt s) {
        if (s instanceof Stmt.Return) return true;
        if (s instanceof Stmt.Block b) return isTerminatingList(b.stmts());
        if (s instanceof Stmt.If is) return is.els() != null && isTerminatingList(is.then().stmts()) && isTerminating(is.els());
        if (s instanceof Stmt.For f) return f.cond() == null && !hasBreak(f.body().stmts());
        if (s instanceof Stmt.Switch sw) {
            boolean hasDefault = false;
            for (Stmt.CaseClause cc : sw.clauses()) {
                if (cc.isDefault()) hasDefault = true;
                if (!isTerminatingList(cc.body()) || hasBreak(cc.body())) return false;
            }
            return hasDefault;
        }
        return false;
    }

    /** Whether a break in these statements leaves the enclosing loop or switch. */
    private static boolean hasBreak(List<Stmt> list) {
        for (Stmt s : list) {
            if (s instanceof Stmt.Break) return true;
            if (s instanceof Stmt.Block b && hasBreak(b.stmts())) return true;
            if (s instanceof Stmt.If is) {
                if (hasBreak(is.then().stmts())) return true;
                if (is.els() != null && hasBreak(List.of(is.els()))) return true;
            }
        }
        return false;
    }

    // ---- expressions -------------------------------------------------------------------

    /** An expression that must have exactly one value. */
    Operand expr(Expr e, Scope s) {
        Operand x = multiExpr(e, s);
        if (x.invalid()) return x;
        if (x.type instanceof Tuple t && x.mode != Mode.NOVALUE) {
            error(e, "multiple-value " + Expr.show(e) + " (value of type " + t + ") in single-value context");
            x.mode = Mode.INVALID;
        }
        return x;
    }

    /** Checks that x is a value: not a type, package, builtin, function or "no value". */
    private boolean singleValue(Operand x) {
        switch (x.mode) {
            case NOVALUE -> error(x.expr, x + " used as value");
            case BUILTIN -> error(x.expr, x + " must be called");
            case TYPEXPR -> error(x.expr, Expr.show(x.expr) + " (type) is not an expression");
            case PKGNAME -> error(x.expr, "use of package " + Expr.show(x.expr) + " without selector");
            default -> {
                if (x.type instanceof Signature) {
                    error(x.expr, "function values are not supported by rt0gen: " + x);
                } else {
                    return true;
                }
            }
        }
        x.mode = Mode.INVALID;
        return false;
    }

    private void record(Operand x) {
        if (x.expr != null && !x.invalid()) info.types.put(x.expr, new TypeAndValue(x.type, x.val));
    }

    private void recordDep(Obj o) {
        if (currentDeps == null) return;
        if (o instanceof Obj.Var v && v.kind == Obj.Var.Kind.GLOBAL && v.pkg.equals(pkgPath)) currentDeps.add(o);
        if (o instanceof Obj.Func f && f.decl != null && f.pkg.equals(pkgPath)) currentDeps.add(o);
    }

    /** An expression that may be a call with several results (a Tuple) or none (NOVALUE). */
    Operand multiExpr(Expr e, Scope s) {
        Operand x = new Operand();
        x.expr = e;
        if (e instanceof Expr.IntLit l) {
            x.mode = Mode.CONSTANT;
            x.type = Basic.UNTYPED_INT;
            x.val = l.value();
        } else if (e instanceof Expr.StringLit l) {
            x.mode = Mode.CONSTANT;
            x.type = Basic.UNTYPED_STRING;
            x.val = l.value();
        } else if (e instanceof Expr.Ident id) {
            ident(id, s, x);
        } else if (e instanceof Expr.Paren p) {
            Operand y = multiExpr(p.x(), s);
            x.mode = y.mode;
            x.type = y.type;
            x.val = y.val;
            x.obj = y.obj;
        } else if (e instanceof Expr.Selector sel) {
            selector(sel, s, x);
        } else if (e instanceof Expr.Call c) {
            call(c, s, x);
        } else if (e instanceof Expr.Unary u) {
            unary(u, s, x);
        } else if (e instanceof Expr.Binary b) {
            Operand l = expr(b.x(), s);
            Operand r = expr(b.y(), s);
            if (l.invalid() || r.invalid()) return x;
            if (!singleValue(l) || !singleValue(r)) return x;
            Operand res = binary(b, l, r, null);
            x.mode = res.mode;
            x.type = res.type;
            x.val = res.val;
        }
        record(x);
        return x;
    }

    private void ident(Expr.Ident id, Scope s, Operand x) {
        if (id.isBlank()) {
            error(id, "cannot use _ as value or type");
            return;
        }
        Obj o = s.lookup(id.name());
        if (o == null) {
            if (UNSUPPORTED_PREDECLARED.contains(id.name())) error(id, id.name() + " is not supported by rt0gen");
            else error(id, "undefined: " + id.name());
            return;
        }
        info.objects.put(id, o);
        x.obj = o;
        if (o instanceof Obj.Var v) {
            if (v.kind == Obj.Var.Kind.GLOBAL) resolveGlobal(v);
            v.used = true;
            recordDep(v);
            if (v.type == null || v.type == Basic.INVALID) return;
            x.mode = Mode.VARIABLE;
            x.type = v.type;
        } else if (o instanceof Obj.Const c) {
            if (c.name().equals("iota") && c.pos() == null) {
                if (iota < 0) {
                    error(id, "cannot use iota outside constant declaration");
                    return;
                }
                x.mode = Mode.CONSTANT;
                x.type = Basic.UNTYPED_INT;
                x.val = BigInteger.valueOf(iota);
                return;
            }
            resolveGlobal(c);
            if (c.type == Basic.INVALID) return;
            x.mode = Mode.CONSTANT;
            x.type = c.type;
            x.val = c.value;
        } else if (o instanceof Obj.Func f) {
            recordDep(f);
            x.mode = Mode.VALUE;
            x.type = f.sig;
        } else if (o instanceof Obj.Builtin) {
            x.mode = Mode.BUILTIN;
        } else if (o instanceof Obj.TypeName tn) {
            x.mode = Mode.TYPEXPR;
            x.type = tn.type();
        } else if (o instanceof Obj.PkgName pn) {
            pn.used = true;
            x.mode = Mode.PKGNAME;
        }
    }

    private void selector(Expr.Selector sel, Scope s, Operand x) {
        if (sel.x() instanceof Expr.Ident pid && s.lookup(pid.name()) instanceof Obj.PkgName pn) {
            info.objects.put(pid, pn);
            pn.used = true;
            if (pn.scope == null) return;   // an unsupported package: already reported
            String name = sel.sel().name();
            Obj o = pn.scope.lookupLocal(name);
            boolean exported = !name.isEmpty() && Character.isUpperCase(name.charAt(0));
            if (o == null || !exported) {
                if (!exported && o != null) {
                    error(sel.sel(), "name " + name + " not exported by package " + pid.name());
                } else if (pn.path.equals("os") || pn.path.equals("runtime")) {
                    error(sel.sel(), pn.path + "." + name + " is not supported by rt0gen");
                } else {
                    error(sel.sel(), "undefined: " + pid.name() + "." + name);
                }
                return;
            }
            info.objects.put(sel.sel(), o);
            x.obj = o;
            if (o instanceof Obj.Var v) {
                x.mode = Mode.VARIABLE;
                x.type = v.type;
            } else if (o instanceof Obj.Const c) {
                x.mode = Mode.CONSTANT;
                x.type = c.type;
                x.val = c.value;
            } else if (o instanceof Obj.Func f) {
                x.mode = Mode.VALUE;
                x.type = f.sig;
            }
            if (x.type == Basic.INVALID || x.type == null) x.mode = Mode.INVALID;
            return;
        }
        Operand y = expr(sel.x(), s);
        if (y.invalid()) return;
        error(sel.sel(), Expr.show(sel) + " undefined (type " + y.type + " has no field or method " + sel.sel().name() + ")");
    }

    private void call(Expr.Call c, Scope s, Operand x) {
        Operand f = multiExpr(c.fun(), s);
        if (f.invalid()) {
            for (Expr a : c.args()) multiExpr(a, s);
            return;
        }
        if (f.mode == Mode.BUILTIN) {
            builtin(c, (Obj.Builtin) f.obj, s, x);
            return;
        }
        if (f.mode == Mode.TYPEXPR) {
            conversion(c, f.basic(), s, x);
            return;
        }
        if (!(f.type instanceof Signature sig)) {
            for (Expr a : c.args()) multiExpr(a, s);
            error(c, "invalid operation: cannot call " + f + ": " + f.type + " is not a function");
            return;
        }
        List<Operand> args = arguments(c, s);
        if (args == null) return;
        String fname = Expr.show(c.fun());
        if (args.size() != sig.params().size()) {
            String q = args.size() < sig.params().size() ? "not enough" : "too many";
            Expr at = args.size() > sig.params().size() ? c.args().get(Math.min(sig.params().size(), c.args().size() - 1))
                    : c.args().isEmpty() ? c : c.args().get(c.args().size() - 1);
            if (args.size() > sig.params().size() && c.args().size() == 1) at = c.args().get(0);
            error(at, q + " arguments in call to " + fname + "\n\thave " + summary(args) + "\n\twant " + tuple(sig.params()));
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (a.expr == null) continue;   // from a multi-value call: checked by arguments()
            assign(a, sig.params().get(i), "argument to " + fname);
        }
        if (sig.results().isEmpty()) {
            x.mode = Mode.NOVALUE;
            x.type = new Tuple(List.of());
        } else if (sig.results().size() == 1) {
            x.mode = Mode.VALUE;
            x.type = sig.results().get(0);
        } else {
            x.mode = Mode.VALUE;
            x.type = new Tuple(sig.results());
        }
    }

    /**
     * The arguments of a call, one operand per value: {@code f(g())} with g returning several
     * values gives one operand (without expression) per result. Null if an argument is invalid.
     */
    private List<Operand> arguments(Expr.Call c, Scope s) {
        List<Operand> out = new ArrayList<>();
        boolean ok = true;
        if (c.args().size() == 1) {
            Operand a = multiExpr(c.args().get(0), s);
            if (a.invalid()) return null;
            if (a.type instanceof Tuple t && a.mode != Mode.NOVALUE) {
                for (Type b : t.types()) {
                    Operand o = new Operand();
                    o.mode = Mode.VALUE;
                    o.type = b;
                    out.add(o);
                }
                return out;
            }
            if (!singleValue(a)) return null;
            out.add(a);
            return out;
        }
        for (Expr e : c.args()) {
            Operand a = expr(e, s);
            if (a.invalid() || !singleValue(a)) ok = false;
            out.add(a);
        }
        return ok ? out : null;
    }

    private void builtin(Expr.Call c, Obj.Builtin b, Scope s, Operand x) {
        switch (b.name()) {
            case "print", "println" -> {
                List<Operand> args = arguments(c, s);
                if (args == null) return;
                for (Operand a : args) {
                    if (a.expr != null && a.basic().isUntyped()) assign(a, a.basic().defaultType(), "argument to built-in " + b.name());
                }
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            case "len" -> {
                if (c.args().size() != 1) {
                    for (Expr a : c.args()) multiExpr(a, s);
                    if (c.args().isEmpty()) error(c, "invalid operation: not enough arguments for " + Expr.show(c) + " (expected 1, found 0)");
                    else error(c, "invalid operation: too many arguments for " + Expr.show(c) + " (expected 1, found " + c.args().size() + ")");
                    return;
                }
                Operand a = expr(c.args().get(0), s);
                if (a.invalid() || !singleValue(a)) return;
                if (!a.basic().isString()) {
                    error(a.expr, "invalid argument: " + a + " for built-in len");
                    return;
                }
                x.type = Basic.INT;
                if (a.isConst()) {
                    x.mode = Mode.CONSTANT;
                    x.val = BigInteger.valueOf(((String) a.val).length());
                } else {
                    x.mode = Mode.VALUE;
                }
            }
            default -> throw new IllegalStateException(b.name());
        }
    }

    private void conversion(Expr.Call c, Basic t, Scope s, Operand x) {
        if (c.args().size() != 1) {
            for (Expr a : c.args()) multiExpr(a, s);
            String q = c.args().isEmpty() ? "missing argument in conversion to " + t : "too many arguments in conversion to " + t;
            error(c.args().isEmpty() ? c.rparen() : c.args().get(1).pos(), q);
            return;
        }
        Operand a = expr(c.args().get(0), s);
        if (a.invalid() || !singleValue(a)) return;
        if (t == Basic.INVALID) return;
        boolean ok = Types.identical(a.basic().defaultType(), t);
        if (!ok) {
            if (t == Basic.STRING && a.basic().isInteger()) {
                error(c, "conversion from int to string is not supported by rt0gen");
            } else {
                error(c.args().get(0), "cannot convert " + a + " to type " + t);
            }
            return;
        }
        if (a.basic().isUntyped()) {
            assign(a, t, "conversion");
            if (a.invalid()) return;
        }
        x.mode = a.isConst() ? Mode.CONSTANT : Mode.VALUE;
        x.type = t;
        x.val = a.val;
    }

    private void unary(Expr.Unary u, Scope s, Operand x) {
        Operand y = expr(u.x(), s);
        if (y.invalid() || !singleValue(y)) return;
        Basic t = y.basic();
        boolean ok = switch (u.op()) {
            case "+", "-", "^" -> t.isInteger();
            case "!" -> t.isBoolean();
            default -> false;
        };
        if (!ok) {
            error(u.x(), "invalid operation: operator " + u.op() + " not defined on " + y);
            return;
        }
        x.type = t;
        if (!y.isConst()) {
            x.mode = Mode.VALUE;
            return;
        }
        x.mode = Mode.CONSTANT;
        x.val = switch (u.op()) {
            case "+" -> y.val;
            case "-" -> ((BigInteger) y.val).negate();
            case "^" -> ((BigInteger) y.val).not();
            default -> !(Boolean) y.val;
        };
        overflow(x, u);
    }

    /**
     * A typed constant result that does not fit its type is an error; so is an untyped integer
     * constant past types2's precision of 512 bits ({@code constant multiplication overflow},
     * at the operator), and a constant string past {@link Constants#MAX_STRING} bytes: a few
     * lines of {@code const b = a * a} or {@code a + a} would otherwise grow without bound.
     */
    private void overflow(Operand x, Expr e) {
        if (Types.identical(x.type, Basic.INT) && x.val instanceof BigInteger v && !Constants.fitsInt(v)) {
            error(e, Expr.show(e) + " (constant " + v + " of type int) overflows int");
            x.mode = Mode.INVALID;
        } else if (x.val instanceof BigInteger v && v.bitLength() > Constants.PRECISION) {
            error(e instanceof Expr.Binary b ? b.opPos() : e.pos(), "constant " + opName(e) + "overflow");
            x.mode = Mode.INVALID;
        } else if (x.val instanceof String s && s.length() > Constants.MAX_STRING) {
            error(e instanceof Expr.Binary b ? b.opPos() : e.pos(), "constant string too long (" + s.length()
                    + " bytes; rt0gen's limit is " + Constants.MAX_STRING + ")");
            x.mode = Mode.INVALID;
        }
    }

    /** types2's opName: {@code "multiplication "}, or nothing for an operation it does not name. */
    private static String opName(Expr e) {
        String op = e instanceof Expr.Binary b ? b.op() : e instanceof Expr.Unary u ? u.op() + "unary" : "";
        String name = switch (op) {
            case "+" -> "addition";
            case "-" -> "subtraction";
            case "*" -> "multiplication";
            case "<<" -> "shift";
            case "^" -> "bitwise XOR";
            case "&", "|", "&^" -> "";
            case "^unary" -> "bitwise complement";
            default -> "";
        };
        return name.isEmpty() ? "" : name + " ";
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    /**
     * {@code x op y} for checked single-valued operands. {@code opAssign} is the statement when
     * checking {@code x op= y}: gc then shows the statement in messages.
     */
    private Operand binary(Expr.Binary b, Operand x, Operand y, Stmt.Assign opAssign) {
        Operand r = new Operand();
        r.expr = b;
        String op = b.op();
        if (op.equals("<<") || op.equals(">>")) return shift(b, x, y, r);
        // matchTypes: an untyped operand takes the other's type when the kinds agree
        Basic xt = x.basic(), yt = y.basic();
        if (xt.isUntyped() != yt.isUntyped() || xt.isUntyped()) {
            boolean mayConvert = xt.isBoolean() == yt.isBoolean() && xt.isString() == yt.isString();
            if (mayConvert) {
                if (xt.isUntyped() && !yt.isUntyped()) convertUntyped(x, yt);
                else if (yt.isUntyped() && !xt.isUntyped()) convertUntyped(y, xt);
                if (x.invalid() || y.invalid()) return r;
            }
        }
        xt = x.basic();
        yt = y.basic();
        if (isComparison(op)) {
            if (!Types.identical(xt, yt)) {
                error(y.expr, "invalid operation: " + shown(b, opAssign) + " (mismatched types " + xt + " and " + yt + ")");
                return r;
            }
            if (!op.equals("==") && !op.equals("!=") && xt.isBoolean()) {
                error(x.expr, "invalid operation: " + shown(b, opAssign) + " (operator " + op + " not defined on " + (xt.isUntyped() ? "untyped bool" : "bool") + ")");
                return r;
            }
            if (x.isConst() && y.isConst()) {
                r.mode = Mode.CONSTANT;
                r.type = Basic.UNTYPED_BOOL;
                r.val = compare(op, x.val, y.val);
            } else {
                r.mode = Mode.VALUE;
                r.type = Basic.BOOL;
            }
            if (xt.isUntyped()) {
                // both untyped: a non-constant comparison still compares default-typed values
                convertUntyped(x, xt.defaultType());
                convertUntyped(y, yt.defaultType());
            }
            return r;
        }
        if (!Types.identical(xt, yt)) {
            error(b, "invalid operation: " + shown(b, opAssign) + " (mismatched types " + xt + " and " + yt + ")");
            return r;
        }
        boolean defined = switch (op) {
            case "+" -> xt.isInteger() || xt.isString();
            case "-", "*", "/", "%", "&", "|", "^", "&^" -> xt.isInteger();
            case "&&", "||" -> xt.isBoolean();
            default -> false;
        };
        if (!defined) {
            error(x.expr, "invalid operation: operator " + op + " not defined on " + x);
            return r;
        }
        if ((op.equals("/") || op.equals("%")) && y.isConst() && ((BigInteger) y.val).signum() == 0) {
            error(y.expr, "invalid operation: division by zero");
            return r;
        }
        r.type = xt;
        if (x.isConst() && y.isConst()) {
            r.mode = Mode.CONSTANT;
            r.val = fold(op, x.val, y.val);
            overflow(r, b);
        } else {
            r.mode = Mode.VALUE;
        }
        return r;
    }

    /** The operation as gc shows it in a message; built only for a message (a chain of n operators would cost n * n). */
    private static String shown(Expr.Binary b, Stmt.Assign opAssign) {
        return opAssign != null ? Expr.show(opAssign.lhs().get(0)) + " " + opAssign.op() + " " + Expr.show(opAssign.rhs().get(0)) : Expr.show(b);
    }

    private Operand shift(Expr.Binary b, Operand x, Operand y, Operand r) {
        if (y.basic().isUntyped()) {
            if (!y.basic().isInteger()) {
                error(y.expr, "cannot convert " + y + " to type uint");
                return r;
            }
            if (((BigInteger) y.val).signum() < 0) {
                error(y.expr, "invalid operation: negative shift count " + y);
                return r;
            }
        } else if (!y.basic().isInteger()) {
            error(y.expr, "invalid operation: shift count " + y + " must be integer");
            return r;
        }
        if (!x.basic().isInteger()) {
            error(x.expr, "invalid operation: shift of type " + x.type + " " + x + " ... operator " + b.op() + " not defined on " + x);
            return r;
        }
        if (x.isConst() && y.isConst()) {
            BigInteger v = (BigInteger) x.val;
            BigInteger n = (BigInteger) y.val;
            if (n.compareTo(BigInteger.valueOf(1100)) > 0 && b.op().equals("<<") && v.signum() != 0) {
                error(y.expr, "invalid shift count " + y);
                return r;
            }
            int k = n.min(BigInteger.valueOf(100000)).intValue();
            r.mode = Mode.CONSTANT;
            r.type = x.type;
            r.val = b.op().equals("<<") ? v.shiftLeft(k) : v.shiftRight(k);
            overflow(r, b);
            if (y.basic().isUntyped()) convertUntyped(y, Basic.INT);
            return r;
        }
        if (y.basic().isUntyped()) convertUntyped(y, Basic.INT);
        if (x.basic().isUntyped()) convertUntyped(x, Basic.INT);
        if (x.invalid() || y.invalid()) return r;
        r.mode = Mode.VALUE;
        r.type = Basic.INT;
        return r;
    }

    private static Object fold(String op, Object a, Object b) {
        if (a instanceof String s) return s + b;
        if (a instanceof Boolean p) return op.equals("&&") ? p && (Boolean) b : p || (Boolean) b;
        BigInteger x = (BigInteger) a, y = (BigInteger) b;
        return switch (op) {
            case "+" -> x.add(y);
            case "-" -> x.subtract(y);
            case "*" -> x.multiply(y);
            case "/" -> x.divide(y);
            case "%" -> x.remainder(y);
            case "&" -> x.and(y);
            case "|" -> x.or(y);
            case "^" -> x.xor(y);
            case "&^" -> x.andNot(y);
            default -> throw new IllegalStateException(op);
        };
    }

    private static Boolean compare(String op, Object a, Object b) {
        int c;
        if (a instanceof Boolean p) {
            c = p.equals(b) ? 0 : 1;
        } else if (a instanceof String s) {
            c = compareBytes(s, (String) b);
        } else {
            c = ((BigInteger) a).compareTo((BigInteger) b);
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static int compareBytes(String a, String b) {
        return Integer.signum(a.compareTo(b));   // chars are bytes 0-255: unsigned byte order
    }

    private static boolean convertible(Basic from, Type to) {
        return Types.identical(from.defaultType(), to);
    }

    /** Gives an untyped operand the type {@code t} (which it must be convertible to). */
    private void convertUntyped(Operand x, Basic t) {
        if (!x.basic().isUntyped() || t.isUntyped()) return;
        if (x.isConst() && Types.identical(t, Basic.INT) && !Constants.fitsInt((BigInteger) x.val)) {
            error(x.expr, "cannot use " + x + " as int value in expression (overflows)");
            x.mode = Mode.INVALID;
            return;
        }
        if (!convertible(x.basic(), t)) return;
        x.type = t;
        record(x);
    }

    /** types2's assignment: x must be assignable to t; an untyped constant becomes a t. */
    private void assign(Operand x, Type t, String context) {
        if (x.invalid() || t == Basic.INVALID) return;
        Basic xt = x.basic();
        if (xt.isUntyped()) {
            if (!convertible(xt, t)) {
                error(x.expr, "cannot use " + x + " as " + t + " value in " + context);
                x.mode = Mode.INVALID;
                return;
            }
            if (x.isConst() && Types.identical(t, Basic.INT) && !Constants.fitsInt((BigInteger) x.val)) {
                error(x.expr, "cannot use " + x + " as int value in " + context + " (overflows)");
                x.mode = Mode.INVALID;
                return;
            }
            x.type = t;
            record(x);
            return;
        }
        if (!Types.identical(x.type, t)) {
            error(x.expr, "cannot use " + x + " as " + t + " value in " + context);
            x.mode = Mode.INVALID;
        }
    }
}
