package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Type;

import java.math.BigInteger;

/** Identifiers and type expressions: binding a name to its object (types2's typexpr.go). */
final class Typexprs {
    private final Checker chk;

    Typexprs(Checker chk) {
        this.chk = chk;
    }

    /**
     * The type a type expression denotes: a type name's; INVALID after an error, or for a type
     * literal rt0gen does not compile yet (rejected here, as {@link Supported#type} says).
     */
    Type resolveType(Expr e, Scope s) {
        if (!(e instanceof Expr.Ident t)) {
            Supported.Rejection r = Supported.type(e);
            if (r != null) {
                chk.reject(r);
                Uses.expr(e, s);
            } else {
                Uses.expr(e, s);
                chk.error(e, Expr.show(e) + " is not a type");
            }
            return Basic.INVALID;
        }
        Obj o = s.lookup(t.name());
        if (o instanceof Obj.TypeName tn) {
            chk.info.objects.put(t, o);
            return typeOf(tn);
        }
        if (o == null && Supported.leftOutPredeclared(t.name())) {
            chk.error(t, Supported.predeclaredTypeMessage(t.name()));
        } else if (o == null) {
            chk.error(t, "undefined: " + t.name());
        } else {
            chk.error(t, t.name() + " is not a type");
        }
        return Basic.INVALID;
    }

    /** A type name's type, its declaration checked first; INVALID for a type in a cycle. */
    Type typeOf(Obj.TypeName tn) {
        chk.decls.resolveGlobal(tn);
        return tn.type() instanceof Named n && n.underlying() == Basic.INVALID ? Basic.INVALID : tn.type();
    }

    void ident(Expr.Ident id, Scope s, Operand x) {
        if (id.isBlank()) {
            chk.error(id, "cannot use _ as value or type");
            return;
        }
        Obj o = s.lookup(id.name());
        if (o == null) {
            if (Supported.leftOutPredeclared(id.name())) chk.error(id, Supported.predeclaredMessage(id.name()));
            else chk.error(id, "undefined: " + id.name());
            return;
        }
        chk.info.objects.put(id, o);
        x.obj = o;
        if (o instanceof Obj.Var v) {
            if (v.kind == Obj.Var.Kind.GLOBAL) chk.decls.resolveGlobal(v);
            v.used = true;
            chk.recordDep(v);
            if (v.type == null || v.type == Basic.INVALID) return;
            x.mode = Mode.VARIABLE;
            x.type = v.type;
        } else if (o instanceof Obj.Const c) {
            if (c.name().equals("iota") && c.pos() == null) {
                if (chk.iota < 0) {
                    chk.error(id, "cannot use iota outside constant declaration");
                    return;
                }
                x.mode = Mode.CONSTANT;
                x.type = Basic.UNTYPED_INT;
                x.val = BigInteger.valueOf(chk.iota);
                return;
            }
            chk.decls.resolveGlobal(c);
            if (c.type == Basic.INVALID) return;
            x.mode = Mode.CONSTANT;
            x.type = c.type;
            x.val = c.value;
        } else if (o instanceof Obj.Func f) {
            chk.recordDep(f);
            x.mode = Mode.VALUE;
            x.type = f.sig;
        } else if (o instanceof Obj.Builtin) {
            x.mode = Mode.BUILTIN;
        } else if (o instanceof Obj.TypeName tn) {
            x.mode = Mode.TYPEXPR;
            x.type = typeOf(tn);
        } else if (o instanceof Obj.PkgName pn) {
            pn.used = true;
            x.mode = Mode.PKGNAME;
        }
    }
}
