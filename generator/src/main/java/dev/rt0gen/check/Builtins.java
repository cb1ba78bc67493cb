package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;

import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Pointer;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;
import java.util.List;

/** Calls of the built-in functions (types2's builtins.go). */
final class Builtins {
    private final Checker chk;

    Builtins(Checker chk) {
        this.chk = chk;
    }

    void builtin(Expr.Call c, Obj.Builtin b, Scope s, Operand x) {
        // ---- package unsafe's built-in functions ----
        if (b.name().startsWith("unsafe.")) {
            chk.unsafeBuiltins.builtin(c, b, s, x);
            return;
        }
        switch (b.name()) {
            case "print", "println" -> {
                List<Operand> args = chk.calls.arguments(c, s);
                if (args == null) return;
                for (Operand a : args) {
                    if (a.expr != null && a.basic().isUntyped()) chk.assignments.assign(a, a.basic().defaultType(), "argument to built-in " + b.name());
                }
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            case "len", "cap" -> {
                if (!count(c, s, 1, 1)) return;
                Operand a = chk.exprs.expr(c.args().get(0), s);
                if (a.invalid() || !chk.exprs.singleValue(a)) return;
                Type u = a.type.underlying();
                if (u instanceof Pointer p && p.elem().underlying() instanceof Array) u = p.elem().underlying();
                boolean ok = u instanceof Array || u instanceof Slice || b.name().equals("len") && (a.basic().isString() || u instanceof dev.rt0gen.types.Map)
                        || u instanceof dev.rt0gen.types.Chan;   // channels: len and cap
                if (!ok) {
                    chk.error(a.expr, "invalid argument: " + a + " for built-in " + b.name());
                    return;
                }
                x.type = Basic.INT;
                x.mode = Mode.VALUE;
                if (a.isConst()) {
                    x.mode = Mode.CONSTANT;
                    x.val = BigInteger.valueOf(((String) a.val).length());
                } else if (u instanceof Array arr && !hasCallOrRecv(c.args().get(0))) {
                    // the spec: len of an array (or pointer to one) without calls or receives is constant
                    x.mode = Mode.CONSTANT;
                    x.val = BigInteger.valueOf(arr.len());
                }
            }
            case "new" -> {
                if (!count(c, s, 1, 1)) return;
                // new(T), or (Go 1.26) new(expr): a new variable holding expr's value
                Operand a = chk.exprs.multiExpr(c.args().get(0), s);
                if (a.invalid()) return;
                Type t;
                if (a.mode == Mode.TYPEXPR) {
                    t = a.type;
                } else {
                    if (!chk.exprs.singleValue(a)) return;
                    t = Types.defaultType(a.type);
                    if (Exprs.isNil(a)) {
                        chk.error(a.expr, "use of untyped nil in argument to built-in new");
                        return;
                    }
                    chk.assignments.assign(a, t, "argument to built-in new");
                    if (a.invalid()) return;
                }
                x.mode = Mode.VALUE;
                x.type = new Pointer(t);
            }
            case "make" -> {
                if (c.args().isEmpty()) {
                    chk.error(c, "not enough arguments for " + Expr.show(c) + " (expected 1, found 0)");
                    return;
                }
                Type t = chk.typexprs.resolveType(c.args().get(0), s);
                if (t == Basic.INVALID) {
                    for (Expr a : c.args().subList(1, c.args().size())) chk.exprs.multiExpr(a, s);
                    return;
                }
                Type u = t.underlying();
                int min = u instanceof Slice ? 2 : 1, max = u instanceof Slice ? 3 : 2;
                if (!(u instanceof Slice || u instanceof dev.rt0gen.types.Map || u instanceof dev.rt0gen.types.Chan)) {
                    chk.error(c.args().get(0), "invalid argument: cannot make " + Expr.show(c.args().get(0)) + "; type must be slice, map, or channel");
                    return;
                }
                if (c.args().size() < min) {
                    chk.error(c, "invalid operation: " + Expr.show(c) + " expects " + min + " or " + max + " arguments; found " + c.args().size());
                    return;
                }
                if (c.args().size() > max) {
                    chk.error(c, "invalid operation: " + Expr.show(c) + " expects " + min + " or " + max + " arguments; found " + c.args().size());
                    return;
                }
                BigInteger[] sizes = new BigInteger[2];
                for (int i = 1; i < c.args().size(); i++) {
                    sizes[i - 1] = chk.composites.index(c.args().get(i), s, -1);
                }
                if (sizes[0] != null && sizes[1] != null && sizes[0].compareTo(sizes[1]) > 0) {
                    chk.error(c.args().get(1), "invalid argument: length and capacity swapped");
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = t;
            }
            case "append" -> {
                if (c.args().isEmpty()) {
                    chk.error(c, "not enough arguments for " + Expr.show(c) + " (expected 1, found 0)");
                    return;
                }
                Operand sl = chk.exprs.expr(c.args().get(0), s);
                if (sl.invalid() || !chk.exprs.singleValue(sl)) {
                    for (Expr a : c.args().subList(1, c.args().size())) chk.exprs.multiExpr(a, s);
                    return;
                }
                if (Exprs.isNil(sl)) {
                    chk.error(sl.expr, "first argument to append must be a typed slice; found untyped nil");
                    return;
                }
                if (!(sl.type.underlying() instanceof Slice st)) {
                    for (Expr a : c.args().subList(1, c.args().size())) chk.exprs.multiExpr(a, s);
                    chk.error(sl.expr, "invalid argument: " + sl + " (variable of type " + sl.type + ") is not a slice");
                    return;
                }
                if (c.dots() != null) {
                    if (c.args().size() != 2) {
                        chk.error(c, "can only use ... with final argument in list");
                        return;
                    }
                    Operand t = chk.exprs.expr(c.args().get(1), s);
                    if (t.invalid()) return;
                    boolean bytesFromString = Types.basic(st.elem()) != null && Types.basic(st.elem()).kind() == Basic.Kind.UINT8 && t.basic().isString();
                    if (bytesFromString) {
                        if (t.basic().isUntyped()) chk.exprs.convertUntyped(t, Basic.STRING);
                    } else {
                        chk.assignments.assign(t, new Slice(st.elem()), "append");
                        if (t.invalid()) return;
                    }
                } else {
                    for (Expr a : c.args().subList(1, c.args().size())) {
                        Operand v = chk.exprs.expr(a, s);
                        if (v.invalid() || !chk.exprs.singleValue(v)) continue;
                        chk.assignments.assign(v, st.elem(), "argument to append");
                    }
                }
                x.mode = Mode.VALUE;
                x.type = sl.type;
            }
            case "copy" -> {
                if (!count(c, s, 2, 2)) return;
                Operand d = chk.exprs.expr(c.args().get(0), s), src = chk.exprs.expr(c.args().get(1), s);
                if (d.invalid() || src.invalid()) return;
                if (!(d.type.underlying() instanceof Slice ds)) {
                    chk.error(c, "invalid argument: copy expects slice arguments; found " + d + " and " + src);
                    return;
                }
                boolean bytesFromString = Types.basic(ds.elem()) != null && Types.basic(ds.elem()).kind() == Basic.Kind.UINT8 && src.basic().isString();
                if (bytesFromString) {
                    if (src.basic().isUntyped()) chk.exprs.convertUntyped(src, Basic.STRING);
                } else if (!(src.type.underlying() instanceof Slice ss) || !Types.identical(ds.elem(), ss.elem())) {
                    chk.error(c, "invalid argument: arguments to copy " + d + " and " + src + " have different element types");
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = Basic.INT;
            }
            case "delete" -> {
                // delete(m, k): k assignable to m's key type
                List<Operand> args = chk.calls.arguments(c, s);
                if (args == null) return;
                if (args.size() != 2) {
                    String q = args.size() < 2 ? "not enough" : "too many";
                    chk.error(c, "invalid operation: " + q + " arguments for " + Expr.show(c) + " (expected 2, found " + args.size() + ")");
                    return;
                }
                Operand m = args.get(0), k = args.get(1);
                if (m.expr == null) {
                    // delete(f()): both from f's results, reported at the call's argument
                    m.expr = c.args().get(0);
                    k.expr = c.args().get(0);
                }
                if (!(m.type.underlying() instanceof dev.rt0gen.types.Map mt)) {
                    chk.error(m.expr, "invalid argument: " + m + " is not a map");
                    return;
                }
                chk.assignments.assign(k, mt.key(), "argument to delete");
                if (k.invalid()) return;
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            case "clear" -> {
                if (!count(c, s, 1, 1)) return;
                Operand a = chk.exprs.expr(c.args().get(0), s);
                if (a.invalid() || !chk.exprs.singleValue(a)) return;
                Type u = a.type.underlying();
                if (!(u instanceof dev.rt0gen.types.Map || u instanceof Slice)) {
                    chk.error(a.expr, "invalid argument: cannot clear " + a + ": argument must be (or constrained by) map or slice");
                    return;
                }
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            case "panic" -> {
                // types2: the argument is assigned to interface{} (an untyped constant gets its
                // default type); the values of today's types are all allowed
                List<Operand> args = chk.calls.arguments(c, s);
                if (args == null) return;
                if (args.size() != 1) {
                    String q = args.isEmpty() ? "not enough" : "too many";
                    chk.error(c, "invalid operation: " + q + " arguments for " + Expr.show(c) + " (expected 1, found " + args.size() + ")");
                    return;
                }
                Operand a = args.get(0);
                boolean nil = a.basic().kind() == Basic.Kind.UNTYPED_NIL;   // panic(nil): a nil interface{}
                if (a.basic().isUntyped() && !nil) chk.assignments.assign(a, a.basic().defaultType(), "argument to panic");
                if (a.invalid()) return;
                // made an interface{} (Go's gopanic(e any))
                chk.interfaces.convert(a.expr, dev.rt0gen.types.Interface.EMPTY);
                if (chk.fn != null) chk.fn.panics.add(c);
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            // recover() interface{}: the value of the panic a deferred call recovers, else nil
            case "recover" -> {
                if (!count(c, s, 0, 0)) return;
                x.mode = Mode.VALUE;
                x.type = dev.rt0gen.types.Interface.ANY;
            }
            case "min", "max" -> minMax(c, b.name(), s, x);
            case "complex" -> complex(c, s, x);
            case "real", "imag" -> realImag(c, b.name(), s, x);
            // ---- channels: close(ch) ----
            case "close" -> {
                if (!count(c, s, 1, 1)) return;
                Operand a = chk.exprs.expr(c.args().get(0), s);
                if (a.invalid() || !chk.exprs.singleValue(a)) return;
                if (!(a.type.underlying() instanceof dev.rt0gen.types.Chan ch)) {
                    chk.error(a.expr, "invalid operation: cannot close non-channel " + a);
                    return;
                }
                if (ch.dir() == dev.rt0gen.types.Chan.Dir.RECV) {
                    chk.error(a.expr, "invalid operation: cannot close receive-only channel " + a);
                    return;
                }
                x.mode = Mode.NOVALUE;
                x.type = new Tuple(List.of());
            }
            default -> throw new IllegalStateException(b.name());
        }
    }

    // ---- min and max (Go 1.21) ---------------------------------------------------

    /**
     * {@code min(x, …)}, {@code max(x, …)} (types2's _Max, _Min): one or more operands of one
     * ordered type (integers, floats, strings) once untyped ones are matched pairwise with the
     * result so far; all constant: the constant result (min(1, 2.5) is the untyped float 1),
     * else a value of that type, every untyped argument taking it.
     */
    private void minMax(Expr.Call c, String name, Scope s, Operand x) {
        List<Operand> args = chk.calls.arguments(c, s);
        if (args == null) return;
        if (args.isEmpty()) {
            chk.error(c, "invalid operation: not enough arguments for " + Expr.show(c) + " (expected 1, found 0)");
            return;
        }
        if (chk.tree.langMinor() < 21) {
            chk.error(c.fun(), "built-in " + name + " requires go1.21 or later (-lang was set to go1." + chk.tree.langMinor() + "; check go.mod)");
        }
        for (Operand a : args) {
            if (a.expr == null) a.expr = c.args().get(0);   // min(f()): f's results, reported at the argument
        }
        String op = name.equals("max") ? ">" : "<";
        Operand r = new Operand();
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (Exprs.isNil(a) || !a.basic().isOrdered()) {
                // types2 shows untyped nil as "nil"
                chk.error(a.expr, "invalid argument: " + (Exprs.isNil(a) ? "nil" : a.toString()) + " cannot be ordered");
                return;
            }
            if (i == 0) {
                copy(a, r);
                continue;
            }
            if (!chk.exprs.matchTypes(r, a)) return;
            if (!Types.identical(r.type, a.type)) {
                chk.error(a.expr, "invalid argument: mismatched types " + r.type + " (previous argument) and " + a.type
                        + " (type of " + Expr.show(a.expr) + ")");
                return;
            }
            if (r.isConst() && a.isConst()) {
                if (Constants.compare(op, a.val, r.val)) copy(a, r);
            } else {
                r.mode = Mode.VALUE;
                r.val = null;
            }
        }
        if (!r.isConst()) {
            r.mode = Mode.VALUE;
            // a value is never untyped: an untyped one (min(1 << n)) takes its default type
            if (r.basic().isUntyped()) chk.assignments.assign(r, r.basic().defaultType(), "argument to built-in " + name);
            if (r.invalid()) return;
            // every argument has the result's type (an untyped constant one is converted by lowering)
            for (Operand a : args) {
                if (a.basic().isUntyped()) {
                    chk.exprs.convertUntyped(a, r.type);
                    if (a.invalid()) return;
                }
            }
        }
        x.mode = r.mode;
        x.type = r.type;
        x.val = r.val;
    }

    /** Copies operand a's mode, expression, type and value into r (types2's *x = *a). */
    private static void copy(Operand a, Operand r) {
        r.mode = a.mode;
        r.expr = a.expr;
        r.type = a.type;
        r.val = a.val;
        r.obj = a.obj;
    }

    // ---- complex (issue 14) -----------------------------------------------------

    /** {@code complex(r, i)} (types2's _Complex): floats of one type make a complex; constants a constant. */
    private void complex(Expr.Call c, Scope s, Operand x) {
        if (!count(c, s, 2, 2)) return;
        Operand re = chk.exprs.expr(c.args().get(0), s), im = chk.exprs.expr(c.args().get(1), s);
        if (re.invalid() || im.invalid() || !chk.exprs.singleValue(re) || !chk.exprs.singleValue(im)) return;
        boolean ur = re.basic().isUntyped(), ui = im.basic().isUntyped();
        if (ur && !ui) {
            chk.exprs.convertUntyped(re, im.type);
        } else if (ui && !ur) {
            chk.exprs.convertUntyped(im, re.type);
        } else if (ur) {
            if (re.isConst() && im.isConst()) {
                toFloat(re);
                toFloat(im);
            } else {
                chk.exprs.convertUntyped(re, Basic.FLOAT64);
                chk.exprs.convertUntyped(im, Basic.FLOAT64);
            }
        }
        if (re.invalid() || im.invalid()) return;
        if (!Types.identical(re.type, im.type)) {
            chk.error(re.expr, "invalid operation: " + Expr.show(c) + " (mismatched types " + re.type + " and " + im.type + ")");
            return;
        }
        Basic res = null;
        if (re.type.underlying() instanceof Basic rb) {
            res = switch (rb.kind()) {
                case FLOAT32 -> Basic.COMPLEX64;
                case FLOAT64 -> Basic.COMPLEX128;
                case UNTYPED_FLOAT -> Basic.UNTYPED_COMPLEX;
                default -> null;
            };
        }
        if (res == null) {
            chk.error(re.expr, "invalid argument: arguments have type " + re.type + ", expected floating-point");
            return;
        }
        if (re.isConst() && im.isConst()) {
            x.mode = Mode.CONSTANT;
            x.val = new ComplexConst(FloatConst.of(real(re.val)), FloatConst.of(real(im.val)));
        } else {
            x.mode = Mode.VALUE;
        }
        x.type = res;
    }

    /** An untyped numeric constant with no imaginary part is an untyped float (types2's toFloat in _Complex). */
    private void toFloat(Operand x) {
        if (!x.basic().isNumeric()) return;
        if (x.val instanceof ComplexConst k) {
            if (k.im().signum() != 0) return;
            x.val = k.re();
        } else {
            x.val = FloatConst.of(x.val);
        }
        x.type = Basic.UNTYPED_FLOAT;
        chk.record(x);
    }

    /** The real part of an int, float or complex constant value. */
    private static Object real(Object v) {
        return v instanceof ComplexConst k ? k.re() : v;
    }

    /** {@code real(c)}, {@code imag(c)} (types2's _Real, _Imag): a complex's float part. */
    private void realImag(Expr.Call c, String name, Scope s, Operand x) {
        if (!count(c, s, 1, 1)) return;
        Operand a = chk.exprs.expr(c.args().get(0), s);
        if (a.invalid() || !chk.exprs.singleValue(a)) return;
        if (a.basic().isUntyped()) {
            if (a.isConst()) {
                if (a.basic().isNumeric()) {
                    a.val = ComplexConst.of(a.val);
                    a.type = Basic.UNTYPED_COMPLEX;
                    chk.record(a);
                }
            } else {
                chk.exprs.convertUntyped(a, Basic.COMPLEX128);
                if (a.invalid()) return;
            }
        }
        Basic res = null;
        if (a.type.underlying() instanceof Basic ab) {
            res = switch (ab.kind()) {
                case COMPLEX64 -> Basic.FLOAT32;
                case COMPLEX128 -> Basic.FLOAT64;
                case UNTYPED_COMPLEX -> Basic.UNTYPED_FLOAT;
                default -> null;
            };
        }
        if (res == null) {
            chk.error(a.expr, "invalid argument: argument has type " + a.type + ", expected complex type");
            return;
        }
        if (a.isConst()) {
            ComplexConst k = ComplexConst.of(a.val);
            x.mode = Mode.CONSTANT;
            x.val = name.equals("real") ? k.re() : k.im();
        } else {
            x.mode = Mode.VALUE;
        }
        x.type = res;
    }

    /** Checks a builtin's argument count (types2's wording); false (with the arguments checked) when wrong. */
    private boolean count(Expr.Call c, Scope s, int min, int max) {
        int n = c.args().size();
        if (n >= min && n <= max) return true;
        for (Expr a : c.args()) chk.exprs.multiExpr(a, s);
        if (n < min) chk.error(c, "invalid operation: not enough arguments for " + Expr.show(c) + " (expected " + min + ", found " + n + ")");
        else chk.error(c, "invalid operation: too many arguments for " + Expr.show(c) + " (expected " + max + ", found " + n + ")");
        return false;
    }

    /** Whether e has a function call or a channel receive (the spec's rule for a constant len of an array). */
    static boolean hasCallOrRecv(Expr e) {
        if (e instanceof Expr.Call) return true;
        if (e instanceof Expr.Unary u) return u.op().equals("<-") || hasCallOrRecv(u.x());
        if (e instanceof Expr.Paren p) return hasCallOrRecv(p.x());
        if (e instanceof Expr.Selector sel) return hasCallOrRecv(sel.x());
        if (e instanceof Expr.Index ix) return hasCallOrRecv(ix.x()) || hasCallOrRecv(ix.index());
        if (e instanceof Expr.Binary b) return hasCallOrRecv(b.x()) || hasCallOrRecv(b.y());
        return false;
    }
}
