package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Interface;
import dev.rt0gen.types.Lookup;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Pointer;
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
                } else if (Supported.stdPackage(pn.path) || Supported.goStdPackage(pn.path)) {
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
        // a func value's selector (t.m.x) is looked up as any other; else a single value (types2)
        if (y.mode != Mode.TYPEXPR && !(y.type instanceof Signature) && !chk.exprs.singleValue(y)) return;
        fieldOrMethod(sel, y, x);
    }

    /**
     * {@code x.f} of a value or a type (types2's selector after the qualified identifiers): a
     * field or method found through embedded fields ({@link Lookup}), recorded in
     * {@code info.selections}; a method's operand is a value of its signature (a method
     * expression {@code T.m}: with the receiver as first parameter).
     */
    private void fieldOrMethod(Expr.Selector sel, Operand y, Operand x) {
        String name = sel.sel().name();
        if (name.equals("_")) {
            chk.error(sel.sel(), "cannot use _ as value or type");
            return;
        }
        Lookup.Result r = Lookup.lookup(y.type, chk.pkgPath, name);
        if (r == Lookup.AMBIGUOUS) {
            chk.error(sel.sel(), "ambiguous selector " + Expr.show(sel));
            return;
        }
        if (r == null || y.mode == Mode.TYPEXPR && r.isField()) {
            if (y.type.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) {
                chk.error(sel.sel(), Expr.show(sel) + " undefined (type " + y.type + " is pointer to interface, not interface)");
                return;
            }
            String why = "type " + y.type + " has no " + (y.mode == Mode.TYPEXPR ? "method " : "field or method ") + name;
            String other = Character.isUpperCase(name.charAt(0)) ? Character.toLowerCase(name.charAt(0)) + name.substring(1)
                    : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Lookup.Result alt = Lookup.lookup(y.type, chk.pkgPath, other);
            if (alt != null && alt != Lookup.AMBIGUOUS) why += ", but does have " + (alt.isField() ? "field " : "method ") + other;
            chk.error(sel.sel(), Expr.show(sel) + " undefined (" + why + ")");
            return;
        }
        chk.info.selections.put(sel, r);
        if (r.isField()) {
            x.mode = y.mode == Mode.VARIABLE || r.indirect() ? Mode.VARIABLE : Mode.VALUE;
            x.type = r.field().type();
            return;
        }
        Named.Func m = r.method();
        if (r.recv() != null) chk.recordDep(chk.info.methodFuncs.get(m));
        if (y.mode == Mode.TYPEXPR) {
            // a method expression: T.m or (*T).m, the receiver first
            boolean ptrType = y.type.underlying() instanceof Pointer;
            if (m.pointerRecv() && !ptrType && !r.indirect()) {
                chk.error(sel.sel(), "invalid method expression " + Expr.show(sel) + " (needs pointer receiver (*" + y.type + ")." + name + ")");
                return;
            }
            List<Type> ps = new ArrayList<>();
            ps.add(y.type);
            ps.addAll(m.sig().params());
            x.mode = Mode.VALUE;
            x.type = new Signature(ps, m.sig().results(), m.sig().variadic());
            return;
        }
        if (m.pointerRecv() && !r.indirect() && y.mode != Mode.VARIABLE) {
            chk.error(sel.sel(), "cannot call pointer method " + name + " on " + y.type);
            return;
        }
        x.mode = Mode.VALUE;
        x.type = m.sig();
    }

    void call(Expr.Call c, Scope s, Operand x) {
        Operand f = chk.exprs.multiExpr(c.fun(), s);
        if (f.invalid()) {
            for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
            return;
        }
        if (f.mode == Mode.BUILTIN) {
            if (c.hasDots() && !((Obj.Builtin) f.obj).name().equals("append")) {
                chk.error(c, "invalid operation: invalid use of ... with built-in " + ((Obj.Builtin) f.obj).name());
                Uses.exprs(c.args(), s);
                return;
            }
            chk.builtins.builtin(c, (Obj.Builtin) f.obj, s, x);
            String name = ((Obj.Builtin) f.obj).name();
            if (name.equals("print") || name.equals("println")) chk.printCalls.add(c);   // PrintArgs, after the package
            return;
        }
        if (f.mode == Mode.TYPEXPR) {
            chk.conversions.conversion(c, f.type, s, x);
            return;
        }
        if (!(f.type.underlying() instanceof Signature sig)) {
            for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
            chk.error(c, "invalid operation: cannot call " + f + ": " + f.type + " is not a function");
            return;
        }
        List<Operand> args = arguments(c, s);
        if (args == null) return;
        String fname = Expr.show(c.fun());
        // the parameter each argument goes to (types2's arguments): a variadic function's
        // extra arguments each go to its ...T's element type, f(s...) passes s as the []T
        List<Type> params = new ArrayList<>(sig.params());
        int npars = params.size();
        if (sig.variadic()) {
            if (c.hasDots()) {
                if (c.args().size() == 1 && args.size() > 1) {
                    chk.error(c, "cannot use ... with " + args.size() + "-valued " + Expr.show(c.args().get(0)));
                    return;
                }
            } else if (args.size() >= npars - 1) {
                Type last = params.remove(npars - 1);
                Type elem = last instanceof dev.rt0gen.types.Slice sl ? sl.elem() : Basic.INVALID;
                while (params.size() < args.size()) params.add(elem);
                npars = args.size();
            } else {
                npars--;   // for the message
            }
        } else if (c.hasDots()) {
            chk.error(c, "cannot use ... in call to non-variadic " + fname);
            return;
        }
        if (args.size() != npars) {
            String q = args.size() < npars ? "not enough" : "too many";
            Expr at = args.size() > npars ? c.args().get(Math.min(npars, c.args().size() - 1))
                    : c.args().isEmpty() ? c : c.args().get(c.args().size() - 1);
            if (args.size() > npars && c.args().size() == 1) at = c.args().get(0);
            String have = Operand.summary(args);
            if (c.hasDots()) have = have.substring(0, have.length() - 1) + "...)";
            chk.error(at, q + " arguments in call to " + fname + "\n\thave " + have + "\n\twant " + sig.paramsString());
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (a.expr == null) continue;   // from a multi-value call: checked by arguments()
            chk.assignments.assign(a, params.get(i), "argument to " + fname);
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
