package dev.rt0gen.check;

import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Lookup;
import dev.rt0gen.types.Pointer;
import dev.rt0gen.types.Sizes;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;
import java.util.List;

/**
 * The built-in functions of package {@code unsafe} (types2's builtins.go, cases _Add … _StringData):
 * {@code Sizeof}, {@code Alignof} and {@code Offsetof} are constants of type uintptr (gc's amd64
 * layout, {@link Sizes}), their argument not evaluated; {@code Add}, {@code Slice},
 * {@code SliceData}, {@code String} and {@code StringData} are values, lowered with gc's run-time
 * checks ({@code lower.Lower}). Their objects are {@link Obj.Builtin}s named {@code unsafe.X}
 * ({@link Universe#stdPackages}).
 */
final class UnsafeBuiltins {
    private final Checker chk;

    UnsafeBuiltins(Checker chk) {
        this.chk = chk;
    }

    static final List<String> NAMES = List.of("Add", "Alignof", "Offsetof", "Sizeof", "Slice", "SliceData", "String", "StringData");

    void builtin(Expr.Call c, Obj.Builtin b, Scope s, Operand x) {
        String name = b.name().substring("unsafe.".length());
        int n = switch (name) {
            case "Add", "Slice", "String" -> 2;
            default -> 1;
        };
        if (!count(c, s, n)) return;
        if (name.equals("Offsetof")) {
            offsetof(c, s, x);
            return;
        }
        Operand a = chk.exprs.expr(c.args().get(0), s);
        Operand y = n == 2 ? chk.exprs.expr(c.args().get(1), s) : null;
        if (a.invalid() || !chk.exprs.singleValue(a)) return;
        if (y != null && (y.invalid() || !chk.exprs.singleValue(y))) return;
        switch (name) {
            case "Sizeof", "Alignof" -> {
                if (!typed(a, "argument to unsafe." + name)) return;
                x.mode = Mode.CONSTANT;
                x.type = Basic.UINTPTR;
                x.val = BigInteger.valueOf(name.equals("Sizeof") ? Sizes.sizeof(a.type) : Sizes.alignof(a.type));
            }
            case "Add" -> {
                chk.assignments.assign(a, Basic.UNSAFE_POINTER, "argument to unsafe.Add");
                if (a.invalid() || !validLength(y, true)) return;
                x.mode = Mode.VALUE;
                x.type = Basic.UNSAFE_POINTER;
            }
            case "Slice" -> {
                if (!(a.type.underlying() instanceof Pointer p)) {
                    chk.error(a.expr, "invalid argument: " + shown(a) + " is not a pointer");
                    return;
                }
                if (!validLength(y, false)) return;
                x.mode = Mode.VALUE;
                x.type = new Slice(p.elem());
            }
            case "SliceData" -> {
                if (!(a.type.underlying() instanceof Slice sl)) {
                    chk.error(a.expr, "invalid argument: " + shown(a) + " is not a slice");
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = new Pointer(sl.elem());
            }
            case "String" -> {
                chk.assignments.assign(a, new Pointer(Basic.BYTE), "argument to unsafe.String");
                if (a.invalid() || !validLength(y, false)) return;
                x.mode = Mode.VALUE;
                x.type = Basic.STRING;
            }
            case "StringData" -> {
                chk.assignments.assign(a, Basic.STRING, "argument to unsafe.StringData");
                if (a.invalid()) return;
                x.mode = Mode.VALUE;
                x.type = new Pointer(Basic.BYTE);
            }
            default -> throw new IllegalStateException(b.name());
        }
    }

    /** types2's operand string, which is just {@code nil} for untyped nil. */
    private static String shown(Operand a) {
        return Exprs.isNil(a) ? "nil" : a.toString();
    }

    /** types2's builtin argument count check: {@code not enough arguments for unsafe.Sizeof() (expected 1, found 0)}. */
    private boolean count(Expr.Call c, Scope s, int want) {
        int n = c.args().size();
        if (n == want) return true;
        for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
        chk.error(c, "invalid operation: " + (n < want ? "not enough" : "too many") + " arguments for " + Expr.show(c)
                + " (expected " + want + ", found " + n + ")");
        return false;
    }

    /** types2's assignment(x, nil, context): an untyped constant takes its default type; untyped nil is an error. */
    private boolean typed(Operand a, String context) {
        if (Exprs.isNil(a)) {
            chk.error(a.expr, "use of untyped nil in " + context);
            return false;
        }
        if (a.basic().isUntyped()) chk.assignments.assign(a, a.basic().defaultType(), context);
        return !a.invalid();
    }

    /** types2's isValidIndex(y, code, "length", allowNegative). */
    private boolean validLength(Operand y, boolean allowNegative) {
        if (y.basic().isUntyped() && !Conversions.convertible(y.basic(), Basic.INT) && !(y.isConst() && y.val instanceof FloatConst)) {
            chk.error(y.expr, "cannot convert " + y + " to type int");
            return false;
        }
        chk.exprs.convertUntyped(y, Basic.INT);
        if (y.invalid()) return false;
        if (!y.basic().isInteger()) {
            chk.error(y.expr, "invalid argument: length " + y + " must be integer");
            return false;
        }
        if (y.isConst()) {
            BigInteger v = (BigInteger) y.val;
            if (!allowNegative && v.signum() < 0) {
                chk.error(y.expr, "invalid argument: length " + y + " must not be negative");
                return false;
            }
            if (!Constants.representable(v, Basic.INT)) {
                chk.error(y.expr, "invalid argument: length " + y + " overflows int");
                return false;
            }
        }
        return true;
    }

    /**
     * {@code unsafe.Offsetof(x.f)}: the offset of field f from the start of x's struct (a pointer
     * to a struct is followed), through embedded structs but not through an embedded pointer.
     */
    private void offsetof(Expr.Call c, Scope s, Operand x) {
        Expr arg0 = c.args().get(0);
        if (!(Checker.unparen(arg0) instanceof Expr.Selector sel)) {
            chk.error(arg0, "invalid argument: " + Expr.show(arg0) + " is not a selector expression");
            Uses.expr(arg0, s);
            return;
        }
        Operand y = chk.exprs.expr(sel.x(), s);
        if (y.invalid() || !chk.exprs.singleValue(y)) return;
        Type base = y.type;
        if (base.underlying() instanceof Pointer p && p.elem().underlying() instanceof Struct) base = p.elem();   // types2's derefStructPtr
        String name = sel.sel().name();
        Lookup.Result r = base.underlying() instanceof Pointer ? null : Lookup.lookup(base, chk.pkgPath, name);
        if (r == null || r == Lookup.AMBIGUOUS) {
            chk.error(y.expr, "invalid argument: " + base + " has no single field " + name);
            return;
        }
        if (!r.isField()) {
            chk.error(arg0, "invalid argument: " + Expr.show(arg0) + " is a method value");
            return;
        }
        if (r.indirect()) {
            chk.error(y.expr, "invalid argument: field " + name + " is embedded via a pointer in " + base);
            return;
        }
        // the selector's own record (types2 records it too: go.dev/issue/47895)
        Operand f = new Operand();
        f.expr = sel;
        f.mode = y.mode == Mode.VARIABLE ? Mode.VARIABLE : Mode.VALUE;
        f.type = r.field().type();
        chk.record(f);
        long offs = 0;
        Type t = base;
        for (int i : r.path()) {
            Struct st = (Struct) t.underlying();
            offs += Sizes.offsetof(st, i);
            t = st.fields().get(i).type();
        }
        x.mode = Mode.CONSTANT;
        x.type = Basic.UINTPTR;
        x.val = BigInteger.valueOf(offs);
    }
}
