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
        if (a.basic().isNumeric() && t.isNumeric() && (a.basic().isFloat() || t.isFloat())) {
            numeric(c, t, a, x);
            return;
        }
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

    /**
     * A conversion between an integer and a float type (or float to float): a constant must be
     * representable in t (gc: "cannot convert 2.5 (untyped float constant) to type int"), and is
     * rounded to it; a variable converts at run time (cvtif, cvtfi).
     */
    private void numeric(Expr.Call c, Basic t, Operand a, Operand x) {
        if (a.isConst()) {
            Object v = Constants.representable(a.val, a.basic(), t);
            if (v == null) {
                // types2 shows the operand after its ToInt: an integral float prints as an integer
                if (t.isInteger() && a.val instanceof FloatConst f && f.isInt()) a.val = f.num();
                chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
                return;
            }
            x.mode = Mode.CONSTANT;
            x.val = v;
        } else {
            if (a.basic().isUntyped()) {
                chk.assignments.assign(a, a.basic().defaultType(), "conversion");
                if (a.invalid()) return;
            }
            x.mode = Mode.VALUE;
        }
        x.type = t;
    }

    static boolean convertible(Basic from, Type to) {
        // an untyped number becomes an int or a float64 (its value is checked where it converts)
        if (from.isNumeric() && to instanceof Basic b && b.isNumeric() && (from.isFloat() || b.isFloat())) return true;
        return Types.identical(from.defaultType(), to);
    }
}
