package dev.rt0gen.check;

import dev.rt0gen.check.CheckedProgram.TypeAndValue;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assignability and assignments: {@code =}, {@code op=}, {@code :=}, initialization of variables,
 * and types2's wording of mismatched value counts (types2's assignments.go).
 */
final class Assignments {
    private final Checker chk;

    Assignments(Checker chk) {
        this.chk = chk;
    }

    /** types2's assignment: x must be assignable to t; an untyped constant becomes a t. */
    void assign(Operand x, Type t, String context) {
        if (x.invalid() || t == Basic.INVALID) return;
        Basic xt = x.basic();
        if (Exprs.isNil(x)) {
            if (!Types.hasNil(t)) {
                chk.error(x.expr, "cannot use nil as " + t + " value in " + context);
                x.mode = Mode.INVALID;
                return;
            }
            chk.exprs.setType(x, t);
            return;
        }
        if (xt.isUntyped() && t.underlying() instanceof dev.rt0gen.types.Interface) {
            // an untyped constant or bool assigned to an interface: its default type first (types2)
            chk.exprs.convertUntyped(x, Types.defaultType(x.type));
            if (x.invalid()) return;
            xt = x.basic();
        }
        if (xt.isUntyped() && !(t.underlying() instanceof Basic) && !(t.underlying() instanceof dev.rt0gen.types.Interface)) {
            chk.error(x.expr, "cannot use " + x + " as " + t + " value in " + context);
            x.mode = Mode.INVALID;
            return;
        }
        if (xt.isUntyped()) {
            Basic bt = Types.basic(t);
            if (bt != null && Exprs.isFloatConversion(x, bt)) {
                String shown = x.toString();
                chk.exprs.numericConst(x, t, bt, truncated ->
                        "cannot use " + shown + " as " + t + " value in " + context + " (" + (truncated ? "truncated" : "overflows") + ")");
                return;
            }
            if (!Conversions.convertible(xt, t)) {
                chk.error(x.expr, "cannot use " + x + " as " + t + " value in " + context);
                x.mode = Mode.INVALID;
                return;
            }
            if (x.isConst() && !Constants.representable(x.val, Types.basic(t))) {
                chk.error(x.expr, "cannot use " + x + " as " + t + " value in " + context + " (overflows)");
                x.mode = Mode.INVALID;
                return;
            }
            chk.exprs.setType(x, t);
            return;
        }
        if (!Types.assignable(x.type, t)) {
            String why = chk.interfaces.notImplemented(x.type, t);
            chk.error(x.expr, "cannot use " + x + " as " + t + " value in " + context + (why == null ? "" : ": " + why));
            x.mode = Mode.INVALID;
            return;
        }
        chk.interfaces.convert(x.expr, t);
    }

    /** The type a variable declared with this initializer gets; reports what is wrong with x. */
    Type initVar(Operand x, Type declared, String context) {
        if (x.invalid()) return declared == null ? Basic.INVALID : declared;
        if (!chk.exprs.singleValue(x)) return declared == null ? Basic.INVALID : declared;
        if (declared == null) {
            Type t = Types.defaultType(x.type);
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
    Operand rhsValue(Expr e, Scope s, int nLhs, List<Expr> rhs) {
        Operand x = chk.exprs.multiExpr(e, s);
        if (x.invalid()) return x;
        if (x.type instanceof Tuple t && x.mode != Mode.NOVALUE) {
            if (rhs.size() == 1) assignError(rhs, nLhs, t.types().size());
            else chk.error(e, "multiple-value " + Expr.show(e) + " (value of type " + t + ") in single-value context");
            x.mode = Mode.INVALID;
        }
        return x;
    }

    /**
     * A map index expression where two values are wanted ({@code v, ok := m[k]}, types2's
     * comma-ok form): recorded for lowering; its two types, the element's and untyped bool. Null
     * for any other operand.
     */
    List<Type> commaOk(Operand x, int n) {
        if (n != 2 || x.invalid() || x.mode != Mode.MAPINDEX) return null;
        chk.info.commaOk.add(Checker.unparen(x.expr));
        return List.of(x.type, Basic.UNTYPED_BOOL);
    }

    /** Whether a value of type t (untyped bool: any boolean type) may be assigned to a target of type target. */
    static boolean assignableTo(Type t, Type target) {
        if (t == Basic.UNTYPED_BOOL) return target.underlying() instanceof Basic b && b.isBoolean();
        return Types.assignable(t, target);
    }

    /**
     * The i-th value of a multi-value right-hand side x as types2 describes it: a comma-ok map
     * index's element as the operand ({@code m[k] (map index expression of type V)}), its ok as
     * {@code m[k] (untyped bool value)}, a call's result {@code f() (value of type T)}.
     */
    static String describe(Operand x, List<Type> ok, int i, Type t) {
        if (ok != null && i == 0) return x.toString();
        return Expr.show(x.expr) + " (" + valueOfType(t) + ")";
    }

    /** types2's description of a value of type t: {@code untyped bool value}, {@code value of type T}. */
    static String valueOfType(Type t) {
        return t instanceof Basic b && b.isUntyped() ? t + " value" : "value of type " + t;
    }

    static void markUsed(List<Obj.Var> vars) {
        for (Obj.Var v : vars) if (v != null) v.used = true;
    }

    void assignError(List<Expr> rhs, int l, int r) {
        String vars = l + " variable" + (l == 1 ? "" : "s");
        String vals = r + " value" + (r == 1 ? "" : "s");
        Expr rhs0 = rhs.get(0);
        if (rhs.size() == 1 && Checker.unparen(rhs0) instanceof Expr.Call call) {
            chk.error(rhs0, "assignment mismatch: " + vars + " but " + Expr.show(call.fun()) + " returns " + vals);
            return;
        }
        chk.error(rhs0, "assignment mismatch: " + vars + " but " + vals);
    }

    void assignStmt(Stmt.Assign a, Scope s) {
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
                    if (!chk.exprs.singleValue(x)) continue;
                    if (target == Basic.INVALID) {
                        assign(x, Types.defaultType(x.type), "assignment");
                    } else {
                        assign(x, target, "assignment");
                    }
                }
            }
            default -> {
                String op = a.op().substring(0, a.op().length() - 1);
                Operand x = chk.exprs.expr(a.lhs().get(0), s);
                Operand y = chk.exprs.expr(a.rhs().get(0), s);
                if (x.invalid() || y.invalid()) return;
                Expr.Binary synthetic = new Expr.Binary(a.lhs().get(0).pos(), a.lhs().get(0), op, a.opPos(), a.rhs().get(0));
                Operand r = chk.exprs.binary(synthetic, x, y, a);
                if (r.invalid()) return;
                chk.info.types.put(synthetic, new TypeAndValue(r.type, r.val));
                assignable(a.lhs().get(0), x, s);
            }
        }
    }

    /** The type of an assignable left-hand side; INVALID for {@code _}; null after an error. */
    /** The type of an assignment target (null after an error; INVALID for _). */
    Type lhsType(Expr lhs, Scope s) {
        return lhsVar(lhs, s);
    }

    private Type lhsVar(Expr lhs, Scope s) {
        if (lhs instanceof Expr.Ident id && id.isBlank()) {
            chk.info.objects.put(id, null);
            return Basic.INVALID;
        }
        if (lhs instanceof Expr.Ident id) {
            Obj o = s.lookup(id.name());
            if (o instanceof Obj.Var v) {
                chk.info.objects.put(id, v);
                if (v.kind == Obj.Var.Kind.GLOBAL) {
                    chk.decls.resolveGlobal(v);
                    chk.recordDep(v);
                }
                chk.info.types.put(id, new TypeAndValue(v.type, null));
                return v.type;
            }
        }
        Operand x = chk.exprs.expr(lhs, s);
        if (x.invalid()) return null;
        if (x.mode == Mode.VARIABLE || x.mode == Mode.MAPINDEX) return x.type;   // *p, a field, an element, a package's variable
        notAssignable(lhs);
        return null;
    }

    /** Reports a non-variable operand of ++, -- or op=. */
    void assignable(Expr lhs, Operand x, Scope s) {
        if (x.mode == Mode.VARIABLE || x.mode == Mode.MAPINDEX) return;
        notAssignable(lhs);
    }

    /** types2's error for an assignment to what is not a variable (a field of a map's element: its own wording). */
    private void notAssignable(Expr lhs) {
        if (Checker.unparen(lhs) instanceof Expr.Selector sel && Checker.unparen(sel.x()) instanceof Expr.Index ix
                && chk.info.typeOf(ix.x()) != null && chk.info.typeOf(ix.x()).type().underlying() instanceof dev.rt0gen.types.Map) {
            chk.error(lhs, "cannot assign to struct field " + Expr.show(lhs) + " in map");
            return;
        }
        chk.error(lhs, "cannot assign to " + Expr.show(lhs) + " (neither addressable nor a map index expression)");
    }

    private void assignMulti(Stmt.Assign a, Scope s) {
        List<Type> targets = new ArrayList<>();
        for (Expr l : a.lhs()) targets.add(lhsVar(l, s));
        if (a.rhs().size() != 1) {
            for (Expr r : a.rhs()) chk.exprs.expr(r, s);
            assignError(a.rhs(), a.lhs().size(), a.rhs().size());
            return;
        }
        Operand x = chk.interfaces.commaOk(a.rhs().get(0), s, a.lhs().size());
        if (x.invalid()) return;
        List<Type> ok = commaOk(x, a.lhs().size());                  // v, ok = m[k]
        commaOkReceive(x, a.rhs().get(0), a.lhs().size());            // v, ok = <-ch
        int r = ok != null ? 2 : x.type instanceof Tuple t ? t.types().size() : x.mode == Mode.NOVALUE ? 0 : 1;
        if (r != a.lhs().size()) {
            assignError(a.rhs(), a.lhs().size(), r);
            return;
        }
        List<Type> types = ok != null ? ok : ((Tuple) x.type).types();
        for (int i = 0; i < types.size(); i++) {
            Type t = targets.get(i);
            if (t != null && t != Basic.INVALID && Exprs.isReceive(a.rhs().get(0))) {
                // v, ok = <-ch: the element assigned to v, the untyped bool to ok (any boolean type)
                if (i == 0) {
                    if (!Types.assignable(types.get(0), t)) {
                        chk.error(a.rhs().get(0), "cannot use " + Expr.show(a.rhs().get(0)) + " (comma, ok expression of type "
                                + types.get(0) + ") as " + t + " value in assignment");
                    }
                } else if (!(t.underlying() instanceof Basic tb && tb.isBoolean())) {
                    chk.error(a.rhs().get(0), "cannot use " + Expr.show(a.rhs().get(0)) + " (untyped bool value) as " + t + " value in assignment");
                }
                continue;
            }
            if (t != null && t != Basic.INVALID && !assignableTo(types.get(i), t)) {
                chk.error(a.rhs().get(0), "cannot use " + describe(x, ok, i, types.get(i)) + " as " + t + " value in assignment");
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
                chk.exprs.expr(l, s);
                chk.error(l, "non-name " + Expr.show(l) + " on left side of :=");
                bad = true;
                vars.add(null);
                isNew.add(false);
                continue;
            }
            if (!id.isBlank() && !seen.add(id.name())) {
                chk.error(id, id.name() + " repeated on left side of :=");
                bad = true;
            }
            Obj prev = id.isBlank() ? null : s.lookupLocal(id.name());
            if (prev instanceof Obj.Var v) {
                chk.info.objects.put(id, v);
                vars.add(v);
                isNew.add(false);
            } else {
                Obj.Var v = new Obj.Var(id.name(), id.pos(), Obj.Var.Kind.LOCAL, chk.pkgPath, null);
                vars.add(v);
                isNew.add(true);
                if (!id.isBlank()) anyNew = true;
                chk.fn.locals.add(v);
            }
        }
        if (!anyNew && !bad) chk.error(a.opPos(), "no new variables on left side of :=");
        // right-hand side, in the scope before the new variables
        if (a.lhs().size() == a.rhs().size()) {
            boolean ok = true;
            for (int i = 0; i < a.rhs().size(); i++) {
                Operand x = rhsValue(a.rhs().get(i), s, vars.size(), a.rhs());
                Obj.Var v = vars.get(i);
                if (v == null) continue;
                if (isNew.get(i)) {
                    v.type = initVar(x, null, "assignment");
                } else if (!x.invalid() && chk.exprs.singleValue(x)) {
                    assign(x, v.type, "assignment");
                }
                ok &= !x.invalid();
            }
            if (!ok) markUsed(vars);
        } else if (a.rhs().size() == 1) {
            Operand x = chk.interfaces.commaOk(a.rhs().get(0), s, vars.size());   // v, ok := x.(T)
            if (!x.invalid()) commaOkReceive(x, a.rhs().get(0), vars.size());      // v, ok := <-ch
            List<Type> ok = commaOk(x, vars.size());                                // v, ok := m[k]
            int r = x.invalid() ? -1 : ok != null ? 2 : x.type instanceof Tuple t ? t.types().size() : x.mode == Mode.NOVALUE ? 0 : 1;
            if (r >= 0 && r != vars.size()) assignError(a.rhs(), vars.size(), r);
            if (r != vars.size()) markUsed(vars);
            for (int i = 0; i < vars.size(); i++) {
                Obj.Var v = vars.get(i);
                if (v == null) continue;
                Type t = r != vars.size() ? Basic.INVALID : ok != null ? ok.get(i) : ((Tuple) x.type).types().get(i);
                if (isNew.get(i)) {
                    v.type = Types.defaultType(t);
                } else if (t != Basic.INVALID && !assignableTo(t, v.type)) {
                    chk.error(a.rhs().get(0), "cannot use " + describe(x, ok, i, t) + " as " + v.type + " value in assignment");
                }
            }
        } else {
            for (Expr r : a.rhs()) chk.exprs.expr(r, s);
            assignError(a.rhs(), vars.size(), a.rhs().size());
            for (Obj.Var v : vars) if (v != null && v.type == null) v.type = Basic.INVALID;
            markUsed(vars);
        }
        for (int i = 0; i < vars.size(); i++) {
            if (vars.get(i) != null && isNew.get(i)) chk.resolver.declare(s, (Expr.Ident) a.lhs().get(i), vars.get(i));
        }
    }

    // ---- channels: v, ok := <-ch ---------------------------------------------------------

    /** A receive where two values are wanted gives the element and a bool (received, not closed). */
    void commaOkReceive(Operand x, Expr rhs, int nLhs) {
        if (nLhs == 2 && Exprs.isReceive(rhs) && !(x.type instanceof Tuple)) {
            x.type = new Tuple(List.of(x.type, Basic.BOOL));
            chk.info.types.put(rhs, new TypeAndValue(x.type, null));
        }
    }
}
