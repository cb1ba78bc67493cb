package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;

import java.util.ArrayList;
import java.util.List;

/** Calls of functions and qualified identifiers ({@code pkg.Name}) (types2's call.go). */
final class Calls {
    private final Checker chk;

    Calls(Checker chk) {
        this.chk = chk;
    }

    Obj calleeObj(Expr fun) {
        fun = Checker.unparen(fun);
        if (fun instanceof Expr.Ident id) return chk.info.objects.get(id);
        if (fun instanceof Expr.Selector sel) return chk.info.objects.get(sel.sel());
        return null;
    }

    void selector(Expr.Selector sel, Scope s, Operand x) {
        if (sel.x() instanceof Expr.Ident pid && s.lookup(pid.name()) instanceof Obj.PkgName pn) {
            chk.info.objects.put(pid, pn);
            pn.used = true;
            if (pn.scope == null) return;   // an unsupported package: already reported
            String name = sel.sel().name();
            Obj o = pn.scope.lookupLocal(name);
            boolean exported = !name.isEmpty() && Character.isUpperCase(name.charAt(0));
            if (o == null || !exported) {
                if (!exported && o != null) {
                    chk.error(sel.sel(), "name " + name + " not exported by package " + pid.name());
                } else if (pn.path.equals("unsafe")) {
                    chk.error(sel.sel(), "undefined: " + pid.name() + "." + name);   // all of unsafe is supported
                } else if (Supported.stdPackage(pn.path)) {
                    chk.error(sel.sel(), Supported.stdMemberMessage(pn.path, name));
                } else {
                    chk.error(sel.sel(), "undefined: " + pid.name() + "." + name);
                }
                return;
            }
            chk.info.objects.put(sel.sel(), o);
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
            } else if (o instanceof Obj.TypeName tn) {
                x.mode = Mode.TYPEXPR;
                x.type = tn.type();
            } else if (o instanceof Obj.Builtin) {
                // ---- package unsafe's built-in functions (unsafe.Sizeof …) ----
                x.mode = Mode.BUILTIN;
                return;
            }
            if (x.type == Basic.INVALID || x.type == null) x.mode = Mode.INVALID;
            return;
        }
        Operand y = chk.exprs.expr(sel.x(), s);
        if (y.invalid()) return;
        if (y.mode != Mode.TYPEXPR && chk.exprs.singleValue(y)) {
            dev.rt0gen.types.Lookup.Result r = dev.rt0gen.types.Lookup.lookup(y.type, chk.pkgPath, sel.sel().name());
            if (r == dev.rt0gen.types.Lookup.AMBIGUOUS) {
                chk.error(sel.sel(), "ambiguous selector " + Expr.show(sel));
                return;
            }
            if (r != null && r.isField()) {
                chk.info.selections.put(sel, r);
                // a field of a variable, or reached through a pointer, is a variable; of a value, a value
                x.mode = y.mode == Mode.VARIABLE || r.indirect() ? Mode.VARIABLE : Mode.VALUE;
                x.type = r.field().type();
                return;
            }
            if (y.type.underlying() instanceof dev.rt0gen.types.Pointer p && p.elem().underlying() instanceof dev.rt0gen.types.Pointer) {
                chk.error(sel.sel(), Expr.show(sel) + " undefined (type " + y.type + " has no field or method " + sel.sel().name() + ")");
                return;
            }
        } else if (y.invalid()) {
            return;
        }
        // a method of the package's own type: rejected at its declaration (Decls.method)
        if (y.type instanceof dev.rt0gen.types.Named n && n.pkg.equals(chk.pkgPath) && chk.methodBases.contains(n.name)) return;
        chk.error(sel.sel(), Expr.show(sel) + " undefined (type " + y.type + " has no field or method " + sel.sel().name() + ")");
    }

    void call(Expr.Call c, Scope s, Operand x) {
        if (c.hasDots()) {
            chk.reject(Supported.expr(c));
            Uses.expr(c, s);
            return;
        }
        Operand f = chk.exprs.multiExpr(c.fun(), s);
        if (f.invalid()) {
            for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
            return;
        }
        if (f.mode == Mode.BUILTIN) {
            chk.builtins.builtin(c, (Obj.Builtin) f.obj, s, x);
            return;
        }
        if (f.mode == Mode.TYPEXPR) {
            chk.conversions.conversion(c, f.type, s, x);
            return;
        }
        if (!(f.type instanceof Signature sig)) {
            for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
            chk.error(c, "invalid operation: cannot call " + f + ": " + f.type + " is not a function");
            return;
        }
        List<Operand> args = arguments(c, s);
        if (args == null) return;
        String fname = Expr.show(c.fun());
        if (sig.variadic()) {
            // rejected at the function's declaration (Decls.signature): the arguments are not matched
        } else if (args.size() != sig.params().size()) {
            String q = args.size() < sig.params().size() ? "not enough" : "too many";
            Expr at = args.size() > sig.params().size() ? c.args().get(Math.min(sig.params().size(), c.args().size() - 1))
                    : c.args().isEmpty() ? c : c.args().get(c.args().size() - 1);
            if (args.size() > sig.params().size() && c.args().size() == 1) at = c.args().get(0);
            chk.error(at, q + " arguments in call to " + fname + "\n\thave " + Operand.summary(args) + "\n\twant " + new Tuple(sig.params()));
            return;
        }
        for (int i = 0; i < args.size() && !sig.variadic(); i++) {
            Operand a = args.get(i);
            if (a.expr == null) continue;   // from a multi-value call: checked by arguments()
            chk.assignments.assign(a, sig.params().get(i), "argument to " + fname);
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
    List<Operand> arguments(Expr.Call c, Scope s) {
        List<Operand> out = new ArrayList<>();
        boolean ok = true;
        if (c.args().size() == 1) {
            Operand a = chk.exprs.multiExpr(c.args().get(0), s);
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
            if (!chk.exprs.singleValue(a)) return null;
            out.add(a);
            return out;
        }
        for (Expr e : c.args()) {
            Operand a = chk.exprs.expr(e, s);
            if (a.invalid() || !chk.exprs.singleValue(a)) ok = false;
            out.add(a);
        }
        return ok ? out : null;
    }
}
