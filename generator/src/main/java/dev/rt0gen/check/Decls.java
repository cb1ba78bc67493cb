package dev.rt0gen.check;

import dev.rt0gen.check.CheckedProgram.VarInit;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Signature;
import dev.rt0gen.syntax.Supported;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Constant and variable declarations, package-level (checked on first need, so that a reference to
 * a later one checks it first) and local (types2's decl.go).
 */
final class Decls {
    private final Checker chk;

    Decls(Checker chk) {
        this.chk = chk;
    }

    /** Checks a package-level constant or variable declaration on first need. */
    void resolveGlobal(Obj o) {
        Checker.Pending pd = chk.pending.get(o);
        if (pd == null) return;
        if (chk.inProgress.contains(o)) {
            if (o instanceof Obj.Const c) {
                chk.error(c.pos(), "initialization cycle or invalid recursive constant " + c.name());
                c.type = Basic.INVALID;
                chk.pending.remove(o);
            }
            return;   // a variable cycle: reported by the initialization order
        }
        if (o instanceof Obj.TypeName tn) {
            typeDecl(tn, (Decl.TypeDecl) pd.decl(), pd.fileScope());
            return;
        }
        chk.inProgress.add(o);
        Scope savedFile = chk.fileScope;
        Checker.FuncCtx savedFn = chk.fn;
        Set<Obj> savedDeps = chk.currentDeps;
        int savedIota = chk.iota;
        chk.fileScope = pd.fileScope();
        chk.fn = null;
        try {
            if (o instanceof Obj.Const c) {
                Decl.Const cd = (Decl.Const) pd.decl();
                chk.currentDeps = null;
                checkConstSpec(cd, pd.index(), c, pd.fileScope());
            } else if (pd.decl() instanceof VarInit vi) {
                Set<Obj> d = new LinkedHashSet<>();
                chk.currentDeps = d;
                chk.deps.put(vi, d);
                checkVarInit(vi, null, pd.fileScope(), "variable declaration");
                for (Obj.Var v : vi.vars()) chk.pending.remove(v);
            } else {
                Object[] pair = (Object[]) pd.decl();
                VarInit vi = (VarInit) pair[0];
                Decl.Var vd = (Decl.Var) pair[1];
                Set<Obj> d = new LinkedHashSet<>();
                chk.currentDeps = d;
                chk.deps.put(vi, d);
                Type t = vd.type() == null ? null : chk.typexprs.resolveType(vd.type(), pd.fileScope());
                checkVarInit(vi, t, pd.fileScope(), "variable declaration");
            }
        } finally {
            chk.pending.remove(o);
            chk.inProgress.remove(o);
            chk.fileScope = savedFile;
            chk.fn = savedFn;
            chk.currentDeps = savedDeps;
            chk.iota = savedIota;
        }
    }

    /**
     * A function's signature. A variadic parameter ({@code ...T}, the last one only) is a
     * {@code []T} and makes the signature variadic.
     */
    Signature signature(List<Decl.Param> params, List<Decl.Param> results, Scope scope) {
        List<Type> ps = new ArrayList<>();
        List<Type> rs = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < params.size(); i++) {
            Decl.Param prm = params.get(i);
            if (prm.type() instanceof Expr.Ellipsis el) {
                if (i != params.size() - 1) {
                    chk.error(el, "can only use ... with final parameter");
                    chk.typexprs.resolveType(el.elem(), scope);
                    ps.add(Basic.INVALID);
                    continue;
                }
                variadic = true;
                Type et = chk.typexprs.resolveType(el.elem(), scope);
                ps.add(et == Basic.INVALID ? Basic.INVALID : new dev.rt0gen.types.Slice(et));
                continue;
            }
            ps.add(chk.typexprs.resolveType(prm.type(), scope));
        }
        for (Decl.Param prm : results) {
            if (prm.type() instanceof Expr.Ellipsis el) {
                chk.error(el, "can only use ... with final parameter");
                chk.typexprs.resolveType(el.elem(), scope);
                rs.add(Basic.INVALID);
                continue;
            }
            rs.add(chk.typexprs.resolveType(prm.type(), scope));
        }
        return new Signature(ps, rs, variadic);
    }

    // ---- methods (types2's collectRecv, validRecv, collectMethods) ----------------------

    /** The type declarations of the package's named types (a struct's field positions, for a field and method of one name). */
    private final java.util.Map<Named, Decl.TypeDecl> typeDecls = new java.util.IdentityHashMap<>();

    /**
     * A method declaration: its object ({@code main.T.m} or {@code main.(*T).m}, gc's symbols),
     * and, once every package-level type name is declared ({@code signatures}), its receiver
     * checked as types2 does and the method added to its base type's methods.
     */
    Obj.Func method(Decl.Func fd, Scope fileScope, List<Runnable> signatures) {
        Expr base = Checker.unparen(fd.recv().type());
        boolean ptr = false;
        if (base instanceof Expr.Unary u && u.op().equals("*")) {
            ptr = true;
            base = Checker.unparen(u.x());
        }
        String baseName = base instanceof Expr.Ident id ? id.name() : "?";
        String name = fd.name().name();
        String symbol = chk.pkgPath + "." + (ptr ? "(*" + baseName + ")" : baseName) + "." + name;
        Obj.Func fo = new Obj.Func(name, fd.name().pos(), chk.pkgPath, symbol, fd, null);
        chk.info.objects.put(fd.name(), fo);
        if (fd.body() == null && !chk.asmBodies()) chk.error(fd.name(), "missing function body");
        Expr baseExpr = base;
        signatures.add(() -> {
            Type rt = chk.typexprs.resolveType(fd.recv().type(), fileScope);
            Signature sig = signature(fd.params(), fd.results(), fileScope);
            fo.recv = rt;
            fo.sig = sig;
            Named n = receiverBase(rt, baseExpr);
            if (n == null || name.equals("_")) return;
            for (Named.Func m : n.methods()) {
                if (m.name().equals(name)) {
                    Obj.Func other = chk.info.methodFuncs.get(m);
                    chk.error(fd.name(), "method " + n + "." + name + " already declared at " + other.pos());
                    return;
                }
            }
            Named.Func m = new Named.Func(name, sig, rt instanceof dev.rt0gen.types.Pointer);
            n.addMethod(m);
            chk.info.methodFuncs.put(m, fo);
            // types2's checkFieldUniqueness: reported at the method, the field as the other declaration
            Decl.TypeDecl td = typeDecls.get(n);
            if (n.underlying() instanceof dev.rt0gen.types.Struct && td != null && Checker.unparen(td.type()) instanceof Expr.StructType st) {
                for (Expr.Field f : st.fields()) {
                    String fname = f.name() != null ? f.name().name() : embeddedName(f.type());
                    if (fname.equals(name)) {
                        chk.error(fd.name(), "field and method with the same name " + name + "\n\t" + f.pos() + ": other declaration of " + name);
                        return;
                    }
                }
            }
        });
        return fo;
    }

    private static String embeddedName(Expr t) {
        t = Checker.unparen(t);
        if (t instanceof Expr.Unary u && u.op().equals("*")) t = Checker.unparen(u.x());
        return t instanceof Expr.Selector sel ? sel.sel().name() : t instanceof Expr.Ident id ? id.name() : "?";
    }

    /**
     * The receiver's base type: a type of this package, T or *T, that is neither a pointer nor
     * an interface (types2's validRecv, its errors at the base type expression); null after an error.
     */
    private Named receiverBase(Type rt, Expr baseExpr) {
        if (rt == Basic.INVALID) return null;
        Type t = rt instanceof dev.rt0gen.types.Pointer p ? p.elem() : rt;
        if (t == Basic.INVALID) return null;
        if (t instanceof Named n && n.underlying() == Basic.INVALID) return null;
        if (t instanceof Basic) {
            chk.error(baseExpr, "cannot define new methods on non-local type " + t);
            return null;
        }
        if (!(t instanceof Named n)) {
            chk.error(baseExpr, "invalid receiver type " + rt);
            return null;
        }
        if (!n.pkg.equals(chk.pkgPath)) {
            chk.error(baseExpr, "cannot define new methods on non-local type " + t);
            return null;
        }
        if (n.underlying() instanceof dev.rt0gen.types.Pointer || n.underlying() instanceof dev.rt0gen.types.Interface) {
            chk.error(baseExpr, "invalid receiver type " + t + " (pointer or interface type)");
            return null;
        }
        return n;
    }

    /** The type name a {@code type T U} declares: a Named type whose underlying type comes when it is checked. */
    Obj.TypeName newTypeName(Decl.TypeDecl td) {
        Named n = new Named(chk.pkgPath, td.name().name(), null);
        typeDecls.put(n, td);
        return new Obj.TypeName(td.name().name(), n, td.name().pos());
    }

    /** The type names whose declarations are being checked, innermost last: a cycle's path. */
    private final List<Obj.TypeName> typePath = new ArrayList<>();

    /** Whether tn's declaration is being checked (a reference to it behind a pointer is no cycle). */
    boolean declaring(Obj.TypeName tn) {
        return typePath.contains(tn);
    }

    /**
     * Checks {@code type T U}: T's underlying type is U's. A type name met again while its own
     * declaration is checked is a cycle, reported as types2 does (at the cycle's first
     * declaration in the source, each step of it named), and every type in it becomes invalid.
     */
    private void typeDecl(Obj.TypeName tn, Decl.TypeDecl td, Scope scope) {
        int at = typePath.indexOf(tn);
        if (at >= 0) {
            cycle(new ArrayList<>(typePath.subList(at, typePath.size())));
            return;
        }
        typePath.add(tn);
        try {
            Type u = chk.typexprs.resolveType(td.type(), scope);
            Named n = (Named) tn.type();
            if (chk.pending.containsKey(tn)) n.setUnderlying(u instanceof Named un && un.underlying() == Basic.INVALID ? Basic.INVALID : u);
        } finally {
            typePath.remove(typePath.size() - 1);
            chk.pending.remove(tn);
        }
    }

    private void cycle(List<Obj.TypeName> c) {
        int first = 0;
        for (int i = 1; i < c.size(); i++) if (c.get(i).pos().compareTo(c.get(first).pos()) < 0) first = i;
        Obj.TypeName t = c.get(first);
        if (c.size() == 1) {
            chk.error(t.pos(), "invalid recursive type: " + t.name() + " refers to itself");
        } else {
            StringBuilder sb = new StringBuilder("invalid recursive type " + t.name());
            for (int i = 0; i < c.size(); i++) {
                Obj.TypeName a = c.get((first + i) % c.size()), b = c.get((first + i + 1) % c.size());
                sb.append("\n\t").append(a.pos()).append(": ").append(a.name()).append(" refers to ").append(b.name());
            }
            chk.error(t.pos(), sb.toString());
        }
        for (Obj.TypeName tn : c) {
            ((Named) tn.type()).setUnderlying(Basic.INVALID);
            chk.pending.remove(tn);
        }
    }

    private void checkConstSpec(Decl.Const cd, int i, Obj.Const c, Scope scope) {
        chk.iota = cd.iota();
        Type t = cd.type() == null ? null : chk.typexprs.resolveType(cd.type(), scope);
        if (i >= cd.values().size()) {
            c.type = Basic.INVALID;
            return;
        }
        Expr e = cd.values().get(i);
        Operand x = chk.exprs.expr(e, scope);
        chk.iota = -1;
        if (x.invalid()) {
            c.type = Basic.INVALID;
            return;
        }
        if (!x.isConst()) {
            chk.error(e, x + " is not constant");
            c.type = Basic.INVALID;
            return;
        }
        if (t != null) {
            chk.assignments.assign(x, t, "constant declaration");
            if (x.invalid()) {
                c.type = Basic.INVALID;
                return;
            }
        }
        c.type = x.type;
        c.value = x.val;
    }

    /** {@code var a, b T = values}: one VarInit, either one variable per value or one call for all. */
    private void checkVarInit(VarInit vi, Type declared, Scope scope, String context) {
        if (vi.value() == null) {
            for (Obj.Var v : vi.vars()) v.type = declared == null ? Basic.INVALID : declared;
            return;
        }
        if (vi.vars().size() == 1) {
            Operand x = chk.assignments.rhsValue(vi.value(), scope, 1, List.of(vi.value()));
            Obj.Var v = vi.vars().get(0);
            v.type = chk.assignments.initVar(x, declared, context);
            if (x.invalid()) v.used = true;
            return;
        }
        Operand x = chk.interfaces.commaOk(vi.value(), scope, vi.vars().size());   // v, ok = x.(T)
        if (!x.invalid()) chk.assignments.commaOkReceive(x, vi.value(), vi.vars().size());   // var v, ok = <-ch
        List<Type> ok = chk.assignments.commaOk(x, vi.vars().size());              // v, ok = m[k]
        List<Type> types = ok != null ? ok : x.type instanceof Tuple t ? t.types() : null;
        if (x.invalid()) {
            for (Obj.Var v : vi.vars()) v.type = declared == null ? Basic.INVALID : declared;
            Assignments.markUsed(vi.vars());
            return;
        }
        int r = types == null ? (x.mode == Mode.NOVALUE ? 0 : 1) : types.size();
        if (r != vi.vars().size()) {
            chk.assignments.assignError(List.of(vi.value()), vi.vars().size(), r);
            for (Obj.Var v : vi.vars()) v.type = declared == null ? Basic.INVALID : declared;
            Assignments.markUsed(vi.vars());
            return;
        }
        for (int i = 0; i < types.size(); i++) {
            Type t = types.get(i);
            Obj.Var v = vi.vars().get(i);
            if (declared != null && !Assignments.assignableTo(t, declared)) {
                chk.error(vi.value(), "cannot use " + Assignments.describe(x, ok, i, t) + " as " + declared + " value in assignment");
                v.type = declared;
            } else {
                v.type = declared != null ? declared : Types.defaultType(t);
            }
        }
    }

    void localDecl(Decl d, Scope s) {
        if (d instanceof Decl.TypeDecl td) {
            // the scope of a local type starts at its name: type T T refers to itself
            Obj.TypeName tn = newTypeName(td);
            chk.resolver.declare(s, td.name(), tn);
            chk.pending.put(tn, new Checker.Pending(td, s, 0));
            typeDecl(tn, td, s);
            return;
        }
        if (d instanceof Decl.Const cd) {
            if (!cd.values().isEmpty()) chk.resolver.arity(cd.names(), cd.values(), true, cd.implicit(), cd.pos());
            else chk.error(cd.names().get(0), "missing init expr for " + cd.names().get(0).name());
            List<Obj.Const> cs = new ArrayList<>();
            for (int i = 0; i < cd.names().size(); i++) {
                Expr.Ident n = cd.names().get(i);
                Obj.Const c = new Obj.Const(n.name(), n.pos(), Basic.INVALID, null);
                checkConstSpec(cd, i, c, s);
                cs.add(c);
            }
            // the scope of a constant starts after its spec
            for (int i = 0; i < cd.names().size(); i++) chk.resolver.declare(s, cd.names().get(i), cs.get(i));
            return;
        }
        Decl.Var vd = (Decl.Var) d;
        Type t = vd.type() == null ? null : chk.typexprs.resolveType(vd.type(), s);
        List<Obj.Var> vars = new ArrayList<>();
        for (Expr.Ident n : vd.names()) {
            Obj.Var v = new Obj.Var(n.name(), n.pos(), Obj.Var.Kind.LOCAL, chk.pkgPath, t);
            vars.add(v);
            chk.fn.locals.add(v);
        }
        if (!vd.values().isEmpty()) chk.resolver.arity(vd.names(), vd.values(), false, false, vd.pos());
        if (vd.values().size() == 1 && vars.size() > 1) {
            checkVarInit(new VarInit(vars, vd.values().get(0), vd.pos()), t, s, "assignment");
        } else if (vd.values().size() == vars.size()) {
            boolean ok = true;
            for (int i = 0; i < vars.size(); i++) {
                Operand x = chk.assignments.rhsValue(vd.values().get(i), s, vars.size(), vd.values());
                vars.get(i).type = chk.assignments.initVar(x, t, "variable declaration");
                ok &= !x.invalid();
            }
            if (!ok) Assignments.markUsed(vars);
        } else if (!vd.values().isEmpty()) {
            for (Expr e : vd.values()) chk.exprs.expr(e, s);
            for (Obj.Var v : vars) if (v.type == null) v.type = Basic.INVALID;
            Assignments.markUsed(vars);
        } else if (t == null) {
            for (Obj.Var v : vars) v.type = Basic.INVALID;
        }
        // the scope of a variable starts after its spec
        for (int i = 0; i < vars.size(); i++) chk.resolver.declare(s, vd.names().get(i), vars.get(i));
    }
}
