package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.CheckedProgram.Info;
import dev.rt0gen.check.CheckedProgram.TypeAndValue;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;
import dev.rt0gen.source.Pos;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.SyntaxTree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
 *
 * <p>As types2's Checker, this class holds the state of the check (types2's check.go); the
 * work is done along types2's seams by the classes it holds: {@link Resolver} (collecting
 * objects), {@link Branches}, {@link Decls}, {@link Stmts}, {@link Terminating}, {@link Assignments},
 * {@link Exprs}, {@link Typexprs}, {@link Calls}, {@link Builtins}, {@link Conversions};
 * {@link Universe} sets up the predeclared names, {@link Supported} decides what rt0gen compiles.
 */
public final class Checker {
    static final int MAX_ERRORS = 10;

    final SyntaxTree tree;
    final Info info = new Info();
    final Scope universe = Universe.scope();
    final Map<String, Scope> packageScopes = new HashMap<>(Universe.stdPackages());
    final List<Diagnostic> errors = new ArrayList<>();
    /** The package's print and println calls, for {@link PrintArgs}. */
    final Set<Expr.Call> printCalls = new java.util.LinkedHashSet<>();
    /** How many of the errors are constructs rt0gen does not compile ({@link Supported.Rejection}). */
    int rejections;

    // the package being checked
    String pkgPath;
    String pkgName;
    Scope pkgScope;
    final Map<Obj, Pending> pending = new IdentityHashMap<>();
    final Set<Obj> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Object, Set<Obj>> deps;
    Set<Obj> currentDeps;
    Scope fileScope;
    FuncCtx fn;
    int iota = -1;

    final Resolver resolver = new Resolver(this);
    final Decls decls = new Decls(this);
    final Stmts stmts = new Stmts(this);
    final Assignments assignments = new Assignments(this);
    final Exprs exprs = new Exprs(this);
    final Typexprs typexprs = new Typexprs(this);
    final Calls calls = new Calls(this);
    final Composites composites = new Composites(this);
    final Builtins builtins = new Builtins(this);
    final Conversions conversions = new Conversions(this);
    final Interfaces interfaces = new Interfaces(this);
    // ---- package unsafe's built-in functions (UnsafeBuiltins) ----
    final UnsafeBuiltins unsafeBuiltins = new UnsafeBuiltins(this);

    /** A package-level constant or variable whose declaration is not checked yet. */
    record Pending(Object decl, Scope fileScope, int index) {
    }

    /** The function whose body is being checked. */
    static final class FuncCtx {
        final Obj.Func func;
        final List<Obj.Var> results = new ArrayList<>();
        final List<Obj.Var> locals = new ArrayList<>();
        /** Calls of the built-in panic, for terminating statements (types2's isPanic). */
        final Set<Expr.Call> panics = Collections.newSetFromMap(new IdentityHashMap<>());

        FuncCtx(Obj.Func func) {
            this.func = func;
        }
    }

    private Checker(SyntaxTree tree) {
        this.tree = tree;
    }

    public static CheckedProgram check(SyntaxTree tree) throws CompileException {
        return new Checker(tree).run();
    }

    // ---- errors ------------------------------------------------------------------------

    void error(Pos pos, String msg) {
        errors.add(new Diagnostic(pos, msg));
    }

    void error(Expr at, String msg) {
        error(at.pos(), msg);
    }

    /** Reports a construct rt0gen does not compile (as {@link Supported} decides and words it). */
    void reject(Supported.Rejection r) {
        // once per construct: a type shared by several names (var a, b T) is resolved for each
        if (!rejected.add(r)) return;
        rejections++;
        Diagnostic d = new Diagnostic(r.pos(), r.message());
        errors.add(d);
        rejectionDiags.add(d);
    }

    private final Set<Supported.Rejection> rejected = new HashSet<>();
    private final Set<Diagnostic> rejectionDiags = Collections.newSetFromMap(new IdentityHashMap<>());

    private void failIfErrors() throws CompileException {
        if (errors.isEmpty()) return;
        // The constructs rt0gen does not compile were the parser's errors, the only ones a
        // program with one got: they come first, by position, then the other errors by position.
        Comparator<Diagnostic> order = Comparator.comparing(Diagnostic::pos, Comparator.nullsLast(Comparator.naturalOrder()));
        if (rejections > 0) {
            order = Comparator.comparing((Diagnostic d) -> !rejectionDiags.contains(d)).thenComparing(order);
            errors.sort(order);
        }
        List<Diagnostic> shown = new ArrayList<>(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
        shown.sort(order);
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
        java.util.Map<String, String> pkgNames = new HashMap<>();
        for (SyntaxTree.Package p : order) pkgNames.put(p.path(), p.name());
        for (SyntaxTree.Package p : order) {
            printCalls.clear();
            out.add(checkPackage(p, byPath));
            failIfErrors();
            // gc's walk, after type checking found no error in the package
            PrintArgs.check(this, printCalls, pkgNames, p.path());
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
        // 0. labels and branch statements: gc checks them while parsing, before type checking
        for (SyntaxTree.File f : p.files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && fd.body() != null) Branches.check(this, fd.body());
            }
        }
        // 1. imports and package-level objects
        Resolver.PkgObjects objs = resolver.collectObjects(p, byPath);
        // gc's linker, not its type checker, reports a missing main: only after a clean compile
        boolean mainMissing = p.name().equals("main") && p.path().equals("main") && pkgScope.lookupLocal("main") == null;
        // 2. package-level constants, variables and types in source order
        for (SyntaxTree.File f : p.files()) {
            for (Decl d : f.decls()) {
                List<Expr.Ident> names = d instanceof Decl.Const cd ? cd.names() : d instanceof Decl.Var vd ? vd.names()
                        : d instanceof Decl.TypeDecl td ? List.of(td.name()) : List.of();
                for (Expr.Ident n : names) {
                    Obj o = info.objects.get(n);
                    if (o != null) decls.resolveGlobal(o);
                }
            }
        }
        // 3. function bodies
        for (SyntaxTree.File f : p.files()) {
            fileScope = objs.fileScopes().get(f);
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fd && fd.body() != null) {
                    stmts.checkFuncBody((Obj.Func) info.objects.get(fd.name()));
                }
            }
        }
        fileScope = null;
        // 4. unused imports
        resolver.unusedImports(objs.pkgNames(), byPath);
        if (mainMissing && errors.isEmpty()) error((Pos) null, "function main is undeclared in the main package");
        return new CheckedProgram.Package(p.path(), p.name(), objs.imports(), objs.stdImports(), objs.varInits(), objs.inits(),
                objs.funcs(), deps);
    }

    /**
     * Whether a function of the package being checked may be declared without a body, and
     * {@code //go:linkname} applies: in package runtime, whose assembly files implement them
     * (gc allows it in a package with {@code .s} files: docs/ABI.md "The runtime in Go"), and
     * in the standard packages written in Go (sync, sync/atomic, errors, ...), whose bodiless
     * functions the runtime provides under their names, as Go's runtime does
     * ({@code //go:linkname sync_runtime_Semacquire sync.runtime_Semacquire}).
     */
    boolean asmBodies() {
        return pkgPath.equals("runtime") || Supported.goStdPackage(pkgPath);
    }

    /** Records an operand's type and constant value for later passes. */
    void record(Operand x) {
        if (x.expr != null && !x.invalid()) info.types.put(x.expr, new TypeAndValue(x.type, x.val, x.mode == Operand.Mode.TYPEXPR));
    }

    /** Adds a use of a package-level variable or function to the initialization-order graph. */
    void recordDep(Obj o) {
        if (currentDeps == null) return;
        if (o instanceof Obj.Var v && v.kind == Obj.Var.Kind.GLOBAL && v.pkg.equals(pkgPath)) currentDeps.add(o);
        if (o instanceof Obj.Func f && f.decl != null && f.pkg.equals(pkgPath)) currentDeps.add(o);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }
}
