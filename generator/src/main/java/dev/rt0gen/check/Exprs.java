package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;

/**
 * Expressions: operands, unary and binary operators, shifts, constant folding and overflow, and the
 * implicit conversion of untyped operands (types2's expr.go).
 */
final class Exprs {
    private final Checker chk;

    Exprs(Checker chk) {
        this.chk = chk;
    }

    /** An expression that must have exactly one value. */
    Operand expr(Expr e, Scope s) {
        Operand x = multiExpr(e, s);
        if (x.invalid()) return x;
        if (x.type instanceof Tuple t && x.mode != Mode.NOVALUE) {
            chk.error(e, "multiple-value " + Expr.show(e) + " (value of type " + t + ") in single-value context");
            x.mode = Mode.INVALID;
        }
        return x;
    }

    /** An expression that may be a call with several results (a Tuple) or none (NOVALUE). */
    Operand multiExpr(Expr e, Scope s) {
        Operand x = new Operand();
        x.expr = e;
        if (e instanceof Expr.IntLit l) {
            x.mode = Mode.CONSTANT;
            x.type = Basic.UNTYPED_INT;
            x.val = l.value();
        } else if (e instanceof Expr.FloatLit l) {
            FloatConst v = FloatConst.parse(l.text());
            if (v == null) {
                chk.error(e, "floating-point literal " + l.text() + ": exponent too large for rt0gen");
                return x;
            }
            x.mode = Mode.CONSTANT;
            x.type = Basic.UNTYPED_FLOAT;
            x.val = v;
        } else if (e instanceof Expr.ImagLit l) {
            // complex (issue 14): an imaginary literal is an untyped complex constant
            ComplexConst v = ComplexConst.parseImag(l.text());
            if (v == null) {
                chk.error(e, "imaginary literal " + l.text() + ": exponent too large for rt0gen");
                return x;
            }
            x.mode = Mode.CONSTANT;
            x.type = Basic.UNTYPED_COMPLEX;
            x.val = v;
        } else if (e instanceof Expr.StringLit l) {
            x.mode = Mode.CONSTANT;
            x.type = Basic.UNTYPED_STRING;
            x.val = l.value();
        } else if (e instanceof Expr.RuneLit l) {
            x.mode = Mode.CONSTANT;
            x.type = Basic.UNTYPED_RUNE;
            x.val = BigInteger.valueOf(l.value());
        } else if (e instanceof Expr.Ident id) {
            chk.typexprs.ident(id, s, x);
        } else if (e instanceof Expr.Paren p) {
            Operand y = multiExpr(p.x(), s);
            x.mode = y.mode;
            x.type = y.type;
            x.val = y.val;
            x.obj = y.obj;
        } else if (e instanceof Expr.Selector sel) {
            chk.calls.selector(sel, s, x);
        } else if (e instanceof Expr.Call c) {
            chk.calls.call(c, s, x);
        } else if (e instanceof Expr.Unary u) {
            unary(u, s, x);
        } else if (e instanceof Expr.Binary b) {
            Operand l = expr(b.x(), s);
            Operand r = expr(b.y(), s);
            if (l.invalid() || r.invalid()) return x;
            if (!singleValue(l) || !singleValue(r)) return x;
            Operand res = binary(b, l, r, null);
            x.mode = res.mode;
            x.type = res.type;
            x.val = res.val;
        } else if (e instanceof Expr.CompositeLit cl) {
            chk.composites.compositeLit(cl, s, x, null);
        } else if (e instanceof Expr.ArrayType || e instanceof Expr.SliceType || e instanceof Expr.StructType
                || e instanceof Expr.MapType || e instanceof Expr.ChanType || e instanceof Expr.FuncType || e instanceof Expr.InterfaceType) {
            // a type literal: a conversion's or builtin's type
            Type t = chk.typexprs.resolveType(e, s);
            if (t != Basic.INVALID) {
                x.mode = Mode.TYPEXPR;
                x.type = t;
            }
        } else if (e instanceof Expr.TypeAssert ta) {
            chk.interfaces.typeAssert(ta, s, x);
        } else if (e instanceof Expr.Index ix) {
            chk.composites.index(ix, s, x);
        } else if (e instanceof Expr.SliceExpr se) {
            chk.composites.slice(se, s, x);
        } else if (e instanceof Expr.FuncLit fl) {
            funcLit(fl, s, x);
        } else {
            unsupported(e, s);
        }
        chk.record(x);
        return x;
    }

    /**
     * An expression rt0gen does not compile yet (an index, slice or type assertion, a function
     * literal, an imaginary literal, a type literal where a value is expected): rejected as
     * {@link Supported#expr} says; its operands count as used.
     */
    private void unsupported(Expr e, Scope s) {
        // the operand before the [ or .( is checked: what it holds comes first
        if (e instanceof Expr.Index ix) multiExpr(ix.x(), s);
        else if (e instanceof Expr.SliceExpr sx) multiExpr(sx.x(), s);
        else if (e instanceof Expr.TypeAssert ta) multiExpr(ta.x(), s);
        Supported.Rejection r = Supported.expr(e);
        if (r != null) chk.reject(r);
        else chk.error(e, "invalid expression " + Expr.show(e));   // a key: value outside a composite literal: no parser makes one
        Uses.expr(e, s);
    }

    /**
     * {@code T{elems}}: a literal of a struct, array, slice or map type, which rt0gen does not
     * compile yet (rejected at the type literal; of a named type, at the type's declaration).
     */
    private void compositeLit(Expr.CompositeLit cl, Scope s) {
        Uses.exprs(cl.elems(), s);
        if (cl.type() == null) {
            chk.error(cl, "invalid composite literal type: missing type");   // an elided {…} outside a literal: no parser makes one
            return;
        }
        Type t = chk.typexprs.resolveType(cl.type(), s);
        if (t == Basic.INVALID) return;
        Type u = t instanceof dev.rt0gen.types.Named n ? n.underlying() : t;
        if (u == Basic.INVALID || u == null) return;
        chk.error(cl, "invalid composite literal type " + t);
    }

    /**
     * {@code func(params) results { body }}: a value of its signature type; the body is checked
     * as a function's, in a scope inside s (what it names of the enclosing functions it
     * captures: the lowering finds those variables). Its parameters, results and locals are
     * {@code info.funcLits}'.
     */
    private void funcLit(Expr.FuncLit fl, Scope s, Operand x) {
        Type t = chk.typexprs.resolveType(fl.type(), s);
        if (!(t instanceof Signature sig)) {
            Uses.stmt(fl.body(), s);
            return;
        }
        Branches.check(chk, fl.body());
        chk.stmts.checkFuncLit(fl, sig, s);
        x.mode = Mode.VALUE;
        x.type = sig;
    }

    /** Checks that x is a value: not a type, package, builtin, function or "no value". */
    boolean singleValue(Operand x) {
        switch (x.mode) {
            case NOVALUE -> chk.error(x.expr, x + " used as value");
            case BUILTIN -> chk.error(x.expr, x + " must be called");
            case TYPEXPR -> chk.error(x.expr, Expr.show(x.expr) + " (type) is not an expression");
            case PKGNAME -> chk.error(x.expr, "use of package " + Expr.show(x.expr) + " without selector");
            default -> {
                return true;
            }
        }
        x.mode = Mode.INVALID;
        return false;
    }

    private void unary(Expr.Unary u, Scope s, Operand x) {
        if (u.op().equals("&")) {
            chk.composites.addressOf(u, s, x);
            return;
        }
        if (u.op().equals("*")) {
            chk.composites.deref(u, s, x);
            return;
        }
        if (u.op().equals("<-")) {
            receive(u, s, x);
            return;
        }
        Operand y = expr(u.x(), s);
        if (y.invalid() || !singleValue(y)) return;
        Basic t = y.basic();
        boolean ok = switch (u.op()) {
            case "+", "-" -> t.isInteger() || t.isFloat() || t.isComplex();
            case "^" -> t.isInteger();
            case "!" -> t.isBoolean();
            default -> false;
        };
        if (!ok) {
            chk.error(u.x(), "invalid operation: operator " + u.op() + " not defined on " + y);
            return;
        }
        x.type = y.type;
        if (!y.isConst()) {
            x.mode = Mode.VALUE;
            return;
        }
        x.mode = Mode.CONSTANT;
        x.val = switch (u.op()) {
            case "+" -> y.val;
            case "-" -> y.val instanceof ComplexConst k ? k.neg() : y.val instanceof FloatConst f ? f.neg() : ((BigInteger) y.val).negate();
            // a typed unsigned constant's complement stays within its bits: ^uint8(1) == 254
            case "^" -> t.isUnsigned() ? Constants.notUnsigned((BigInteger) y.val, t) : ((BigInteger) y.val).not();
            default -> !(Boolean) y.val;
        };
        overflow(x, u);
    }

    /**
     * A typed constant result that does not fit its type is an error; so is an untyped integer
     * constant past types2's precision of 512 bits ({@code constant multiplication overflow},
     * at the operator), and a constant string past {@link Constants#MAX_STRING} bytes: a few
     * lines of {@code const b = a * a} or {@code a + a} would otherwise grow without bound.
     */
    private void overflow(Operand x, Expr e) {
        Basic t = x.basic();
        if (x.val instanceof ComplexConst k && !t.isUntyped()) {
            // complex (issue 14): both parts rounded to the type's floats
            ComplexConst r = k.round(t);
            if (r == null) {
                chk.error(e, x + " overflows " + t);   // types2: a declared type by its structure, "of float32 type F"
                x.mode = Mode.INVALID;
            } else {
                x.val = r;
            }
        } else if (x.val instanceof FloatConst f && !t.isUntyped()) {
            FloatConst r = f.round(t);
            if (r == null) {
                chk.error(e, x + " overflows " + t);   // types2: a declared type by its structure, "of float32 type F"
                x.mode = Mode.INVALID;
            } else {
                x.val = r;
            }
        } else if (!t.isUntyped() && x.val instanceof BigInteger v && !Constants.representable(v, t)) {
            chk.error(e, x + " overflows " + t);
            x.mode = Mode.INVALID;
        } else if (x.val instanceof BigInteger v && v.bitLength() > Constants.PRECISION) {
            chk.error(e instanceof Expr.Binary b ? b.opPos() : e.pos(), "constant " + opName(e) + "overflow");
            x.mode = Mode.INVALID;
        } else if (x.val instanceof String s && s.length() > Constants.MAX_STRING) {
            chk.error(e instanceof Expr.Binary b ? b.opPos() : e.pos(), "constant string too long (" + s.length()
                    + " bytes; rt0gen's limit is " + Constants.MAX_STRING + ")");
            x.mode = Mode.INVALID;
        }
    }

    /** types2's opName: {@code "multiplication "}, or nothing for an operation it does not name. */
    private static String opName(Expr e) {
        String op = e instanceof Expr.Binary b ? b.op() : e instanceof Expr.Unary u ? u.op() + "unary" : "";
        String name = switch (op) {
            case "+" -> "addition";
            case "-" -> "subtraction";
            case "*" -> "multiplication";
            case "<<" -> "shift";
            case "^" -> "bitwise XOR";
            case "&", "|", "&^" -> "";
            case "^unary" -> "bitwise complement";
            default -> "";
        };
        return name.isEmpty() ? "" : name + " ";
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    /**
     * {@code x op y} for checked single-valued operands. {@code opAssign} is the statement when
     * checking {@code x op= y}: gc then shows the statement in messages.
     */
    static boolean isNil(Operand x) {
        return x.type instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL;
    }

    /**
     * == and != where an operand is nil or of a type that is not basic (types2's comparison):
     * nil against a type that has it; else identical comparable types (a slice, map or func only
     * against nil); no ordering.
     */
    private Operand compareComposite(Expr.Binary b, Operand x, Operand y, Operand r, Stmt.Assign opAssign) {
        String op = b.op();
        if (!isComparison(op)) {
            Operand bad = isNil(x) || !(x.type.underlying() instanceof Basic) ? x : y;
            chk.error(bad.expr, "invalid operation: operator " + op + " not defined on " + bad);
            return r;
        }
        if (isNil(x) && isNil(y)) {
            chk.error(b, "invalid operation: " + shown(b, opAssign) + " (operator " + op + " not defined on nil)");
            return r;
        }
        if (isNil(x) || isNil(y)) {
            Operand n = isNil(x) ? x : y, v = isNil(x) ? y : x;
            if (!Types.hasNil(v.type)) {
                chk.error(n.expr, "invalid operation: " + shown(b, opAssign) + " (mismatched types " + x.type + " and " + y.type + ")");
                return r;
            }
            setType(n, v.type);
        } else {
            if (!Types.identical(x.type, y.type) && !Types.assignable(x.type, y.type) && !Types.assignable(y.type, x.type)) {
                chk.error(y.expr, "invalid operation: " + shown(b, opAssign) + " (mismatched types " + x.type + " and " + y.type + ")");
                return r;
            }
            if (!Types.identical(x.type, y.type)) {
                // an interface against a value of another type: the value becomes one (an untyped one of its default type)
                Operand to = Types.assignable(y.type, x.type) && x.type.underlying() instanceof dev.rt0gen.types.Interface ? x : y;
                Operand from = to == x ? y : x;
                if (to.type.underlying() instanceof dev.rt0gen.types.Interface) {
                    if (from.basic().isUntyped()) convertUntyped(from, Types.defaultType(from.type));
                    if (from.invalid()) return r;
                    chk.interfaces.convert(from.expr, to.type);
                }
            }
            Type u = x.type.underlying();
            String what = u instanceof dev.rt0gen.types.Slice ? "slice" : u instanceof dev.rt0gen.types.Map ? "map"
                    : u instanceof Signature ? "func" : null;
            if (what != null) {
                chk.error(b, "invalid operation: " + shown(b, opAssign) + " (" + what + " can only be compared to nil)");
                return r;
            }
            if (!Types.comparable(x.type)) {
                chk.error(b, "invalid operation: " + shown(b, opAssign) + " (" + x.type + " cannot be compared)");
                return r;
            }
        }
        if (!op.equals("==") && !op.equals("!=")) {
            chk.error(b, "invalid operation: " + shown(b, opAssign) + " (operator " + op + " not defined on " + (isNil(x) ? y : x) + ")");
            return r;
        }
        r.type = Basic.UNTYPED_BOOL;
        r.mode = Mode.VALUE;
        return r;
    }

    Operand binary(Expr.Binary b, Operand x, Operand y, Stmt.Assign opAssign) {
        Operand r = new Operand();
        r.expr = b;
        String op = b.op();
        if (op.equals("<<") || op.equals(">>")) return shift(b, x, y, r);
        if (isNil(x) || isNil(y) || !(x.type.underlying() instanceof Basic) || !(y.type.underlying() instanceof Basic)) {
            return compareComposite(b, x, y, r, opAssign);
        }
        if (!matchTypes(x, y)) return r;
        Basic xt = x.basic(), yt = y.basic();
        if (isComparison(op)) {
            if (!Types.identical(x.type, y.type)) {
                chk.error(y.expr, "invalid operation: " + shown(b, opAssign) + " (mismatched types " + x.type + " and " + y.type + ")");
                return r;
            }
            // ---- unsafe.Pointer and complex: == and != only ----
            if (!op.equals("==") && !op.equals("!=") && (xt.kind() == Basic.Kind.UNSAFE_POINTER || xt.isComplex())) {
                chk.error(x.expr, "invalid operation: " + shown(b, opAssign) + " (operator " + op + " not defined on " + x.type + ")");
                return r;
            }
            if (!op.equals("==") && !op.equals("!=") && xt.isBoolean()) {
                chk.error(x.expr, "invalid operation: " + shown(b, opAssign) + " (operator " + op + " not defined on " + (xt.isUntyped() ? "untyped bool" : "bool") + ")");
                return r;
            }
            // an untyped bool, constant or not, which takes the type its use gives it (type B bool)
            r.type = Basic.UNTYPED_BOOL;
            if (x.isConst() && y.isConst()) {
                r.mode = Mode.CONSTANT;
                r.val = Constants.compare(op, x.val, y.val);
            } else {
                r.mode = Mode.VALUE;
            }
            if (xt.isUntyped() && !(x.isConst() && y.isConst())) {
                // both untyped: a non-constant comparison still compares default-typed values
                convertUntyped(x, xt.defaultType());
                convertUntyped(y, yt.defaultType());
            }
            return r;
        }
        if (!Types.identical(x.type, y.type)) {
            chk.error(b, "invalid operation: " + shown(b, opAssign) + " (mismatched types " + x.type + " and " + y.type + ")");
            return r;
        }
        boolean defined = switch (op) {
            case "+" -> xt.isInteger() || xt.isFloat() || xt.isComplex() || xt.isString();
            case "-", "*", "/" -> xt.isInteger() || xt.isFloat() || xt.isComplex();
            case "%", "&", "|", "^", "&^" -> xt.isInteger();
            case "&&", "||" -> xt.isBoolean();
            default -> false;
        };
        if (!defined) {
            chk.error(x.expr, "invalid operation: operator " + op + " not defined on " + x);
            return r;
        }
        // a float division by a constant zero is an error only when the dividend is constant too (x / 0.0 is ±Inf or NaN)
        if ((op.equals("/") || op.equals("%")) && y.isConst() && (x.isConst() || xt.isInteger())
                && Constants.isZero(y.val)) {
            chk.error(y.expr, "invalid operation: division by zero");
            return r;
        }
        r.type = x.type;
        if (x.isConst() && y.isConst()) {
            r.mode = Mode.CONSTANT;
            r.val = xt.isFloat() || xt.isComplex() ? Constants.foldFloat(op, x.val, y.val) : Constants.fold(op, x.val, y.val);
            overflow(r, b);
        } else {
            r.mode = Mode.VALUE;
        }
        return r;
    }

    /**
     * types2's matchTypes: an untyped operand takes the other's type when the kinds agree (both
     * untyped numbers: the smaller kind takes the larger, int < rune < float < complex); false
     * when a conversion failed (reported).
     */
    boolean matchTypes(Operand x, Operand y) {
        Basic xt = x.basic(), yt = y.basic();
        if (xt.isUntyped() != yt.isUntyped() || xt.isUntyped()) {
            boolean mayConvert = xt.isBoolean() == yt.isBoolean() && xt.isString() == yt.isString();
            if (mayConvert) {
                if (xt.isUntyped() && !yt.isUntyped()) convertUntyped(x, y.type);
                else if (yt.isUntyped() && !xt.isUntyped()) convertUntyped(y, x.type);
                else if (xt.isNumeric() && yt.isNumeric() && xt != yt) {
                    // both untyped: the operand of the smaller kind takes the larger (int < rune < float)
                    if (xt.isComplex() || yt.isComplex()) {
                        // complex (issue 14): the other becomes an untyped complex
                        if (xt.kind().compareTo(yt.kind()) < 0) toUntypedFloat(x, yt);
                        else toUntypedFloat(y, xt);
                    } else if (xt.isFloat() || yt.isFloat()) {
                        if (xt.kind().compareTo(yt.kind()) < 0) toUntypedFloat(x, yt);
                        else toUntypedFloat(y, xt);
                    } else {
                        x.type = Basic.UNTYPED_RUNE;
                        y.type = Basic.UNTYPED_RUNE;
                    }
                }
                return !x.invalid() && !y.invalid();
            }
        }
        return true;
    }

    /** The operation as gc shows it in a message; built only for a message (a chain of n operators would cost n * n). */
    private static String shown(Expr.Binary b, Stmt.Assign opAssign) {
        return opAssign != null ? Expr.show(opAssign.lhs().get(0)) + " " + opAssign.op() + " " + Expr.show(opAssign.rhs().get(0)) : Expr.show(b);
    }

    private Operand shift(Expr.Binary b, Operand x, Operand y, Operand r) {
        Type xType = x.type;   // a non-constant shift of an untyped float constant stays a float until its use types it
        if (y.isConst() && y.val instanceof ComplexConst k) {
            // complex (issue 14): an untyped complex count must be an integer value too
            if (k.im().signum() != 0 || !k.re().isInt()) {
                chk.error(y.expr, y + " truncated to uint");
                return r;
            }
            y.val = k.re();
        }
        if (y.isConst() && y.val instanceof FloatConst f) {
            // an untyped float count must be an integer value (types2: truncated to uint)
            if (!f.isInt()) {
                chk.error(y.expr, y + " truncated to uint");
                return r;
            }
            y.val = f.num();
            y.type = Basic.UNTYPED_INT;
        }
        if (y.basic().isUntyped()) {
            // (a non-constant untyped float is a shift of a float constant: it becomes a uint, if it may)
            if (!y.basic().isInteger() && (y.isConst() || !y.basic().isFloat())) {
                chk.error(y.expr, "cannot convert " + y + " to type uint");
                return r;
            }
            if (y.isConst() && ((BigInteger) y.val).signum() < 0) {
                chk.error(y.expr, "invalid operation: negative shift count " + y);
                return r;
            }
        } else if (!y.basic().isInteger()) {
            chk.error(y.expr, "invalid operation: shift count " + y + " must be integer");
            return r;
        } else if (y.isConst() && ((BigInteger) y.val).signum() < 0) {
            chk.error(y.expr, "invalid operation: negative shift count " + y);
            return r;
        }
        if (x.isConst() && x.basic().isUntyped() && x.val instanceof ComplexConst k && k.im().signum() == 0) {
            x.val = k.re();   // complex (issue 14): an untyped complex constant of integer value shifts as an int
            x.type = Basic.UNTYPED_FLOAT;
        }
        if (x.basic().isFloat() || x.basic().isComplex()) {
            if (x.isConst() && x.basic().isUntyped() && x.val instanceof FloatConst f && f.isInt()) {
                x.val = f.num();   // an untyped float constant of integer value shifts as an int
                x.type = Basic.UNTYPED_INT;
                chk.record(x);
            } else {
                chk.error(x.expr, "invalid operation: shifted operand " + x + " must be integer");
                return r;
            }
        }
        if (!x.basic().isInteger()) {
            chk.error(x.expr, "invalid operation: shift of type " + x.type + " " + x + " ... operator " + b.op() + " not defined on " + x);
            return r;
        }
        if (x.isConst() && y.isConst()) {
            BigInteger v = (BigInteger) x.val;
            BigInteger n = (BigInteger) y.val;
            if (n.compareTo(BigInteger.valueOf(1100)) > 0 && b.op().equals("<<") && v.signum() != 0) {
                chk.error(y.expr, "invalid shift count " + y);
                return r;
            }
            int k = n.min(BigInteger.valueOf(100000)).intValue();
            r.mode = Mode.CONSTANT;
            r.type = x.type;
            r.val = b.op().equals("<<") ? v.shiftLeft(k) : v.shiftRight(k);
            overflow(r, b);
            if (y.basic().isUntyped()) convertUntyped(y, Basic.UINT);
            return r;
        }
        if (y.basic().isUntyped()) convertUntyped(y, Basic.UINT);
        // an untyped x stays untyped: the shift's use gives it its type (setType), which must be an integer type
        if (x.invalid() || y.invalid()) return r;
        r.mode = Mode.VALUE;
        r.type = xType;
        return r;
    }

    /** Whether untyped constant x becoming a u involves a float (rounding, or truncation to an integer). */
    static boolean isFloatConversion(Operand x, Basic u) {
        return x.isConst() && x.basic().isNumeric() && u.isNumeric()
                && (x.basic().isFloat() || u.isFloat() || x.basic().isComplex() || u.isComplex());   // complex: issue 14
    }

    /**
     * Untyped numeric constant x becomes a t (underlying u) where a float is involved: its value
     * rounded to u, or, when it does not fit, the error {@code message(truncated)} (truncated: a
     * float that is not an integer made an integer) and x invalid.
     */
    void numericConst(Operand x, Type t, Basic u, java.util.function.Function<Boolean, String> message) {
        Object v = Constants.representable(x.val, x.basic(), u);
        if (v == null) {
            chk.error(x.expr, message.apply(!x.basic().isInteger() && u.isInteger()));
            x.mode = Mode.INVALID;
            return;
        }
        x.val = v;
        x.type = t;
        chk.record(x);
    }

    /** An untyped int (or rune) operand of a binary operation with an untyped float: it becomes one. */
    private void toUntypedFloat(Operand x, Basic t) {
        if (t.isComplex()) {
            // complex (issue 14): an untyped int, rune or float with an untyped complex
            if (x.isConst()) x.val = ComplexConst.of(x.val);
            x.type = t;
            chk.record(x);
            return;
        }
        if (!t.isFloat()) return;
        if (x.isConst()) x.val = FloatConst.of(x.val);
        x.type = t;
        chk.record(x);
    }

    /**
     * Gives an untyped operand the type {@code t} (which it must be convertible to); a constant
     * must be representable (types2's convertUntyped: {@code 300 (untyped int constant) overflows int8},
     * {@code 1.5 (untyped float constant) truncated to int}).
     */
    void convertUntyped(Operand x, Type t) {
        Basic u = Types.basic(t);
        if (!x.basic().isUntyped() || u == null || u.isUntyped()) return;
        if (isFloatConversion(x, u)) {
            numericConst(x, t, u, truncated -> x + (truncated ? " truncated to " : " overflows ") + u);
            return;
        }
        if (x.isConst() && x.val instanceof BigInteger v && u.isInteger() && !Constants.representable(v, u)) {
            chk.error(x.expr, x + " overflows " + u);
            x.mode = Mode.INVALID;
            return;
        }
        if (!Conversions.convertible(x.basic(), t)) return;
        setType(x, t);
    }

    /**
     * An untyped operand becomes a t. A non-constant one (a shift of an untyped constant by a
     * variable count, and arithmetic on such shifts) passes t down to its operands, as types2's
     * updateExprType: in {@code var b uint8 = 1 << n} the 1 is a uint8.
     */
    void setType(Operand x, Type t) {
        if (!x.isConst() && x.expr != null && Types.isUntyped(x.type)) updateExprType(x.expr, t);
        x.type = t;
        chk.record(x);
    }

    private void updateExprType(Expr e, Type t) {
        CheckedProgram.TypeAndValue tv = chk.info.types.get(e);
        if (tv == null || !Types.isUntyped(tv.type())) return;
        chk.info.types.put(e, new CheckedProgram.TypeAndValue(t, tv.value()));
        if (tv.isConstant()) return;
        if (e instanceof Expr.Paren p) {
            updateExprType(p.x(), t);
        } else if (e instanceof Expr.Unary u) {
            updateExprType(u.x(), t);
        } else if (e instanceof Expr.Binary b && (b.op().equals("<<") || b.op().equals(">>"))) {
            Basic u = Types.basic(t);
            if (u == null || !u.isInteger()) {
                chk.error(b.x(), "invalid operation: shifted operand " + Expr.show(b.x()) + " (type " + t + ") must be integer");
                return;
            }
            updateExprType(b.x(), t);
        } else if (e instanceof Expr.Binary b && !isComparison(b.op())) {
            updateExprType(b.x(), t);
            if (!b.op().equals("<<") && !b.op().equals(">>")) updateExprType(b.y(), t);
        }
    }

    // ---- channels ----------------------------------------------------------------------

    /** {@code <-ch}: a value of ch's element type (with {@code v, ok :=}, a comma-ok pair: Assignments). */
    private void receive(Expr.Unary u, Scope s, Operand x) {
        Operand y = expr(u.x(), s);
        if (y.invalid() || !singleValue(y)) return;
        Type elem = chanElem(y, true, u.x());
        if (elem == null) return;
        x.mode = Mode.VALUE;
        x.type = elem;
    }

    /**
     * types2's chanElem: the element type of channel x for a receive (recv) or a send, or null
     * after types2's error ({@code invalid operation: cannot receive from non-channel x (…)},
     * {@code … send-only channel …}, {@code cannot send to receive-only channel …}) at {@code at}.
     */
    Type chanElem(Operand x, boolean recv, dev.rt0gen.source.Pos at) {
        String err = chanElemError(x, recv);
        if (err != null) chk.error(at, err);
        return err == null ? ((dev.rt0gen.types.Chan) x.type.underlying()).elem() : null;
    }

    Type chanElem(Operand x, boolean recv, Expr at) {
        String err = chanElemError(x, recv);
        if (err != null) chk.error(at, err);
        return err == null ? ((dev.rt0gen.types.Chan) x.type.underlying()).elem() : null;
    }

    private static String chanElemError(Operand x, boolean recv) {
        String cause;
        if (!(x.type.underlying() instanceof dev.rt0gen.types.Chan ch)) cause = "non-channel " + x.type;
        else if (recv && ch.dir() == dev.rt0gen.types.Chan.Dir.SEND) cause = "send-only channel " + x.type;
        else if (!recv && ch.dir() == dev.rt0gen.types.Chan.Dir.RECV) cause = "receive-only channel " + x.type;
        else return null;
        return "invalid operation: cannot " + (recv ? "receive from " : "send to ") + cause + " " + x;
    }

    /** Whether e is a receive {@code <-ch} (maybe parenthesized): {@code v, ok := <-ch} gives two values. */
    static boolean isReceive(Expr e) {
        return Checker.unparen(e) instanceof Expr.Unary u && u.op().equals("<-");
    }
}
