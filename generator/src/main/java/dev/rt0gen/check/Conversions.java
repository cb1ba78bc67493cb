package dev.rt0gen.check;

import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;

/** Conversions {@code T(x)} (types2's conversions.go). */
final class Conversions {
    private final Checker chk;

    Conversions(Checker chk) {
        this.chk = chk;
    }

    void conversion(Expr.Call c, Type t, Scope s, Operand x) {
        if (c.args().size() != 1) {
            for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
            String q = c.args().isEmpty() ? "missing argument in conversion to " + t : "too many arguments in conversion to " + t;
            chk.error(c.args().isEmpty() ? c.rparen() : c.args().get(1).pos(), q);
            return;
        }
        Operand a = chk.exprs.expr(c.args().get(0), s);
        if (a.invalid() || !chk.exprs.singleValue(a)) return;
        if (t == Basic.INVALID) return;
        if (!(t.underlying() instanceof Basic) || !(a.type.underlying() instanceof Basic) || Exprs.isNil(a)) {
            composite(c, t, a, x);
            return;
        }
        Basic tu = Types.basic(t);
        if (tu == null) return;
        Basic from = a.basic();
        // ---- unsafe.Pointer: from and to uintptr (and itself), never a constant ----
        if (tu.kind() == Basic.Kind.UNSAFE_POINTER || from.kind() == Basic.Kind.UNSAFE_POINTER) {
            boolean ok = tu.kind() == Basic.Kind.UNSAFE_POINTER && (from.kind() == Basic.Kind.UINTPTR || from.kind() == Basic.Kind.UNSAFE_POINTER)
                    || from.kind() == Basic.Kind.UNSAFE_POINTER && tu.kind() == Basic.Kind.UINTPTR;
            if (!ok) {
                chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
                return;
            }
            x.mode = Mode.VALUE;
            x.type = t;
            return;
        }
        if (tu.isString() && from.isInteger() && !a.isConst()) {
            // string(r): the rune's UTF-8 (runtime.intstring); a constant is folded below
            if (from.isUntyped()) chk.exprs.convertUntyped(a, Basic.INT);
            x.mode = Mode.VALUE;
            x.type = t;
            return;
        }
        if (tu.isString() && from.isInteger()) {
            BigInteger r = (BigInteger) a.val;
            int cp = r.bitLength() > 31 || r.signum() < 0 || r.intValue() > 0x10FFFF || (r.intValue() >= 0xD800 && r.intValue() <= 0xDFFF) ? 0xFFFD : r.intValue();
            x.mode = Mode.CONSTANT;
            x.type = t;
            x.val = new String(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
            return;
        }
        if (from.isNumeric() && tu.isNumeric() && (from.isFloat() || tu.isFloat() || from.isComplex() || tu.isComplex())) {
            numeric(c, t, tu, a, x);
            return;
        }
        if (a.isConst()) {
            // a constant conversion: the value must be one of T's (go.dev/issue/63563's concise message for integers)
            if (from.isInteger() && tu.isInteger() && !Constants.representable(a.val, tu)) {
                chk.error(c.args().get(0), "constant " + Constants.show(a.val) + " overflows " + t);
                return;
            }
            if (!Constants.representable(a.val, tu)) {
                chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
                return;
            }
        } else if (!convertibleValue(from, tu)) {
            chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
            return;
        }
        if (from.isUntyped()) {
            // an untyped non-constant (a comparison) is a T now
            chk.exprs.setType(a, t);
        }
        x.mode = a.isConst() ? Mode.CONSTANT : Mode.VALUE;
        x.type = t;
        x.val = a.val;
    }

    /** A non-constant value of underlying type from converts to underlying type to: identical, or both integers. */
    private static boolean convertibleValue(Basic from, Basic to) {
        if (from.isInteger() && to.isInteger()) return true;
        if (from.isBoolean() && to.isBoolean()) return true;
        return from.isString() && to.isString();
    }

    /**
     * A conversion between an integer and a float type (or float to float): a constant must be
     * representable in t (gc: "cannot convert 2.5 (untyped float constant) to type int"), and is
     * rounded to it; a variable converts at run time (cvtif, cvtfi; uint, uint64 and uintptr
     * with gc's longer sequences past MaxInt64). A complex converts only to a complex type.
     */
    private void numeric(Expr.Call c, Type t, Basic tu, Operand a, Operand x) {
        if (a.isConst()) {
            Object v = Constants.representable(a.val, a.basic(), tu);
            if (v == null) {
                // types2 shows the operand after its ToInt: an integral float prints as an integer
                if (tu.isInteger() && a.val instanceof FloatConst f && f.isInt()) a.val = f.num();
                chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
                return;
            }
            x.mode = Mode.CONSTANT;
            x.val = v;
        } else {
            // complex (issue 14): a complex value converts only to a complex type
            if (a.basic().isComplex() != tu.isComplex()) {
                chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
                return;
            }
            if (a.basic().isUntyped()) {
                chk.assignments.assign(a, a.basic().defaultType(), "conversion");
                if (a.invalid()) return;
            }
            x.mode = Mode.VALUE;
        }
        x.type = t;
    }

    /** An untyped constant or value of kind {@code from} may become a {@code to} (if representable). */
    static boolean convertible(Basic from, Type to) {
        Basic u = Types.basic(to);
        if (u == null) return false;
        // an untyped number becomes an integer or a float type (its value is checked where it converts)
        if (from.isNumeric() && u.isNumeric() && (from.isFloat() || u.isFloat() || from.isComplex() || u.isComplex())) return true;
        if (from.isInteger()) return u.isInteger();
        if (from.isBoolean()) return u.isBoolean();
        if (from.isString()) return u.isString();
        return false;
    }

    /**
     * A conversion where a type is not basic: between types of identical underlying types (or
     * pointers to such), nil to a type that has it, string to and from []byte and []rune.
     */
    private void composite(Expr.Call c, Type t, Operand a, Operand x) {
        Type tu = t.underlying(), fu = a.type.underlying();
        boolean ok;
        if (Exprs.isNil(a)) {
            ok = Types.hasNil(t);
            if (ok) chk.exprs.setType(a, t);
        } else if (Types.assignable(a.type, t) || Types.identical(tu, fu)) {
            ok = true;
        } else if (tu instanceof dev.rt0gen.types.Pointer && fu instanceof Basic fb && fb.kind() == Basic.Kind.UNSAFE_POINTER
                || fu instanceof dev.rt0gen.types.Pointer && tu instanceof Basic tb && tb.kind() == Basic.Kind.UNSAFE_POINTER) {
            ok = true;   // ---- unsafe.Pointer from and to any pointer type ----
        } else if (tu instanceof dev.rt0gen.types.Pointer tp && fu instanceof dev.rt0gen.types.Pointer fp) {
            ok = Types.identical(tp.elem().underlying(), fp.elem().underlying());
        } else if (tu instanceof dev.rt0gen.types.Slice ts && fu instanceof Basic fb && fb.isString()) {
            Basic e = Types.basic(ts.elem());
            ok = e != null && (e.kind() == Basic.Kind.UINT8 || e.kind() == Basic.Kind.INT32) && ts.elem().underlying() == e;
            if (ok && fb.isUntyped()) chk.exprs.convertUntyped(a, Basic.STRING);
        } else if (fu instanceof dev.rt0gen.types.Slice fs && (tu instanceof dev.rt0gen.types.Array
                || tu instanceof dev.rt0gen.types.Pointer tp && tp.elem().underlying() instanceof dev.rt0gen.types.Array)) {
            // ---- a slice to an array (Go 1.20) or a pointer to one (Go 1.17) of its element type ----
            dev.rt0gen.types.Array ta = (dev.rt0gen.types.Array) (tu instanceof dev.rt0gen.types.Pointer tp
                    ? tp.elem().underlying() : tu);
            ok = Types.identical(fs.elem(), ta.elem());
        } else if (fu instanceof dev.rt0gen.types.Slice fs && tu instanceof Basic tb && tb.isString()) {
            Basic e = Types.basic(fs.elem());
            ok = e != null && (e.kind() == Basic.Kind.UINT8 || e.kind() == Basic.Kind.INT32);
        } else {
            ok = false;
        }
        if (!ok) {
            chk.error(c.args().get(0), "cannot convert " + a + " to type " + t);
            return;
        }
        if (tu instanceof dev.rt0gen.types.Interface && !Exprs.isNil(a)) {
            // I(x): x's default type, made an interface value
            if (a.basic().isUntyped()) chk.exprs.convertUntyped(a, Types.defaultType(a.type));
            chk.interfaces.convert(a.expr, t);
        }
        x.mode = Mode.VALUE;
        x.type = t;
    }
}
