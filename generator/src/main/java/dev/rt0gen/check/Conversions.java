package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

/** Conversions {@code T(x)} (types2's conversions.go). */
final class Conversions {
    private final Checker chk;

    Conversions(Checker chk) {
        this.chk = chk;
    }

    void conversion(Expr.Call c, Basic t, Scope s, Operand x) {
        if (c.args().size() != 1) {
            for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
            String q = c.args().isEmpty() ? "missing argument in conversion to " + t : "too many arguments in conversion to " + t;
            chk.error(c.args().isEmpty() ? c.rparen() : c.args().get(1).pos(), q);
            return;
        }
        Operand a = chk.exprs.expr(c.args().get(0), s);
        if (a.invalid() || !chk.exprs.singleValue(a)) return;
        if (t == Basic.INVALID) return;
        boolean ok = Types.identical(a.basic().defaultType(), t);
        if (!ok) {
            if (t == Basic.STRING && a.basic().isInteger()) {
                chk.error(c, Supported.intToStringMessage());
            } else {
                chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
            }
            return;
        }
        if (a.basic().isUntyped()) {
            chk.assignments.assign(a, t, "conversion");
            if (a.invalid()) return;
        }
        x.mode = a.isConst() ? Mode.CONSTANT : Mode.VALUE;
        x.type = t;
        x.val = a.val;
    }

    static boolean convertible(Basic from, Type to) {
        return Types.identical(from.defaultType(), to);
    }
}
