package dev.rt0gen.check;

import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Map;
import dev.rt0gen.types.Pointer;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Type;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * Index and slice expressions, composite literals, {@code &x} and {@code *p} (types2's index.go,
 * literals.go and the pointer cases of expr.go's unary).
 */
final class Composites {
    private final Checker chk;

    Composites(Checker chk) {
        this.chk = chk;
    }

    /** x[i]: an element of an array, a pointer to one, a slice or a string (a byte); a map's value. */
    void index(Expr.Index ix, Scope s, Operand x) {
        Operand a = chk.exprs.expr(ix.x(), s);
        if (a.invalid() || !chk.exprs.singleValue(a)) {
            chk.exprs.expr(ix.index(), s);
            return;
        }
        Type u = a.type.underlying();
        if (u instanceof Map m) {
            Operand k = chk.exprs.expr(ix.index(), s);
            if (k.invalid()) return;
            chk.assignments.assign(k, m.key(), "map index");
            x.mode = Mode.MAPINDEX;
            x.type = m.elem();
            return;
        }
        long length = -1;
        Type elem;
        boolean addressable;
        if (u instanceof Basic b && b.isString()) {
            elem = Basic.BYTE;
            addressable = false;
            if (a.isConst()) length = ((String) a.val).length();
        } else if (u instanceof Array arr) {
            elem = arr.elem();
            length = arr.len();
            addressable = a.mode == Mode.VARIABLE;
        } else if (u instanceof Pointer p && p.elem().underlying() instanceof Array arr) {
            elem = arr.elem();
            length = arr.len();
            addressable = true;
        } else if (u instanceof Slice sl) {
            elem = sl.elem();
            addressable = true;
        } else {
            chk.exprs.expr(ix.index(), s);
            chk.error(a.expr, "invalid operation: cannot index " + a);
            return;
        }
        BigInteger i = index(ix.index(), s, length);
        if (i == null && ix.index() != null && chk.info.typeOf(ix.index()) == null) return;
        if (a.isConst() && i != null) {
            x.mode = Mode.CONSTANT;
            x.type = Basic.BYTE;
            x.val = BigInteger.valueOf(((String) a.val).charAt(i.intValue()) & 0xff);
            return;
        }
        x.mode = addressable ? Mode.VARIABLE : Mode.VALUE;
        x.type = elem;
    }

    /**
     * An index operand: of integer type (an untyped constant becomes an int), not negative when
     * constant, below length when that is known. Its constant value, or null.
     */
    BigInteger index(Expr e, Scope s, long length) {
        Operand i = chk.exprs.expr(e, s);
        if (i.invalid() || !chk.exprs.singleValue(i)) return null;
        if (i.basic().isUntyped()) {
            if (i.isConst() && i.val instanceof FloatConst f && f.isInt()) i.val = f.num();
            if (i.isConst() && !(i.val instanceof BigInteger)) {
                chk.error(e, "invalid argument: index " + i + " must be integer");
                return null;
            }
            chk.exprs.convertUntyped(i, Basic.INT);
            if (i.invalid()) return null;
        }
        if (!i.basic().isInteger()) {
            chk.error(e, "invalid argument: index " + i + " must be integer");
            return null;
        }
        if (!i.isConst()) return null;
        BigInteger v = (BigInteger) i.val;
        if (v.signum() < 0) {
            chk.error(e, "invalid argument: index " + i + " must not be negative");
            return null;
        }
        if (length >= 0 && v.compareTo(BigInteger.valueOf(length)) >= 0) {
            chk.error(e, "invalid argument: index " + v + " out of bounds [0:" + length + "]");   // types2: the value, not the operand
            return null;
        }
        return v;
    }

    /** x[lo:hi:max] of a string, array (addressable), pointer to array or slice. */
    void slice(Expr.SliceExpr se, Scope s, Operand x) {
        Operand a = chk.exprs.expr(se.x(), s);
        if (a.invalid() || !chk.exprs.singleValue(a)) {
            for (Expr e : new Expr[]{se.lo(), se.hi(), se.max()}) if (e != null) chk.exprs.expr(e, s);
            return;
        }
        Type u = a.type.underlying();
        long length = -1;
        if (u instanceof Basic b && b.isString()) {
            if (se.full()) {
                chk.error(se, "invalid operation: 3-index slice of string");
                return;
            }
            if (a.isConst()) length = ((String) a.val).length();
            x.type = a.type instanceof Basic ab && ab.isUntyped() ? Basic.STRING : a.type;
        } else if (u instanceof Array arr) {
            if (a.mode != Mode.VARIABLE) {
                chk.error(a.expr, "invalid operation: " + a + " (slice of unaddressable value)");
                return;
            }
            length = arr.len();
            x.type = new Slice(arr.elem());
        } else if (u instanceof Pointer p && p.elem().underlying() instanceof Array arr) {
            length = arr.len();
            x.type = new Slice(arr.elem());
        } else if (u instanceof Slice) {
            x.type = a.type;
        } else {
            chk.error(a.expr, "cannot slice " + a);
            return;
        }
        BigInteger prev = BigInteger.ZERO;
        long cap = length >= 0 ? length + 1 : -1;   // an index may equal the length
        for (Expr e : new Expr[]{se.lo(), se.hi(), se.max()}) {
            if (e == null) continue;
            BigInteger v = index(e, s, cap);
            if (v != null) {
                if (v.compareTo(prev) < 0) {
                    chk.error(e, "invalid slice indices: " + v + " < " + prev);
                    return;
                }
                prev = v;
            }
        }
        x.mode = Mode.VALUE;
    }

    /** &x: x addressable, or a composite literal. */
    void addressOf(Expr.Unary u, Scope s, Operand x) {
        Expr inner = Checker.unparen(u.x());
        Operand y = chk.exprs.expr(u.x(), s);
        if (y.invalid() || !chk.exprs.singleValue(y)) return;
        if (!(inner instanceof Expr.CompositeLit) && y.mode != Mode.VARIABLE) {
            chk.error(u.x(), "invalid operation: cannot take address of " + y);   // types2: at the operand
            return;
        }
        x.mode = Mode.VALUE;
        x.type = new Pointer(y.type);
    }

    /** *p: the variable p points to (or, of a type, the pointer type: handled by the caller). */
    void deref(Expr.Unary u, Scope s, Operand x) {
        Operand y = chk.exprs.expr(u.x(), s);
        if (y.invalid()) return;
        if (y.mode == Mode.TYPEXPR) {
            x.mode = Mode.TYPEXPR;
            x.type = new Pointer(y.type);
            return;
        }
        if (!chk.exprs.singleValue(y)) return;
        if (y.type instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) {
            chk.error(u, "invalid operation: cannot indirect nil");
            return;
        }
        if (!(y.type.underlying() instanceof Pointer p)) {
            chk.error(u.x(), "invalid operation: cannot indirect " + y);
            return;
        }
        x.mode = Mode.VARIABLE;
        x.type = p.elem();
    }

    /** T{elems} (t: T, or the type an elided literal gets from its enclosing literal). */
    void compositeLit(Expr.CompositeLit cl, Scope s, Operand x, Type hint) {
        Type t;
        if (cl.type() == null) {
            if (hint == null) {
                chk.error(cl, "invalid composite literal type: missing type");
                return;
            }
            t = hint;
        } else if (cl.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            // [...]T{…}: the length is the literal's
            Type elem = chk.typexprs.resolveType(at.elem(), s);
            if (elem == Basic.INVALID) {
                Uses.exprs(cl.elems(), s);
                return;
            }
            long n = elements(cl, s, elem, -1);
            t = new Array(n, elem);
            chk.info.types.put(cl.type(), new CheckedProgram.TypeAndValue(t, null, true));
            x.mode = Mode.VALUE;
            x.type = t;
            return;
        } else {
            t = chk.typexprs.resolveType(cl.type(), s);
        }
        if (t == Basic.INVALID) {
            Uses.exprs(cl.elems(), s);
            return;
        }
        Type u = t.underlying();
        Type base = u instanceof Pointer p && cl.type() == null ? p.elem() : t;   // &T elided: {…} in a []*T literal
        Type bu = base.underlying();
        if (bu instanceof Struct st) {
            structLit(cl, s, st, base);
        } else if (bu instanceof Array arr) {
            elements(cl, s, arr.elem(), arr.len());
        } else if (bu instanceof Slice sl) {
            elements(cl, s, sl.elem(), -1);
        } else if (bu instanceof Map m) {
            Set<Object> keys = new HashSet<>();
            for (Expr e : cl.elems()) {
                if (!(e instanceof Expr.KeyValue kv)) {
                    chk.error(e, "missing key in map literal");
                    Uses.expr(e, s);
                    continue;
                }
                element(kv.key(), s, m.key(), "map literal");
                // a constant key twice (types2: by value; keys of one type)
                CheckedProgram.TypeAndValue kt = chk.info.typeOf(kv.key());
                if (kt != null && kt.isConstant() && !keys.add(keyVal(kt.value()))) {
                    chk.error(kv.key(), "duplicate key " + Constants.show(kt.value()) + " in map literal");
                }
                element(kv.value(), s, m.elem(), "map literal");
            }
        } else {
            Uses.exprs(cl.elems(), s);
            if (bu != Basic.INVALID) chk.error(cl, "invalid composite literal type " + t);
            return;
        }
        if (base != t) chk.info.types.put(cl, new CheckedProgram.TypeAndValue(base, null));
        x.mode = Mode.VALUE;
        x.type = t;
        if (base != t) {
            // an elided &T{…}: the literal is the T, the element its address
            x.type = base;
        }
    }

    private void structLit(Expr.CompositeLit cl, Scope s, Struct st, Type t) {
        if (cl.elems().isEmpty()) return;
        if (cl.elems().get(0) instanceof Expr.KeyValue) {
            Set<String> seen = new HashSet<>();
            for (Expr e : cl.elems()) {
                if (!(e instanceof Expr.KeyValue kv) || !(kv.key() instanceof Expr.Ident key)) {
                    chk.error(e, "mixture of field:value and value elements in struct literal");
                    Uses.expr(e, s);
                    continue;
                }
                int i = fieldIndex(st, key.name());
                if (i < 0) {
                    chk.error(key, "unknown field " + key.name() + " in struct literal of type " + t);
                    Uses.expr(kv.value(), s);
                    continue;
                }
                if (!seen.add(key.name())) chk.error(key, "duplicate field name " + key.name() + " in struct literal");
                element(kv.value(), s, st.fields().get(i).type(), "struct literal");
            }
            return;
        }
        for (int i = 0; i < cl.elems().size(); i++) {
            Expr e = cl.elems().get(i);
            if (e instanceof Expr.KeyValue) {
                chk.error(e, "mixture of field:value and value elements in struct literal");
                continue;
            }
            if (i >= st.fields().size()) {
                chk.error(e, "too many values in struct literal of type " + t);
                Uses.exprs(cl.elems().subList(i, cl.elems().size()), s);
                return;
            }
            element(e, s, st.fields().get(i).type(), "struct literal");
        }
        if (cl.elems().size() < st.fields().size()) chk.error(cl.rbrace(), "too few values in struct literal of type " + t);
    }

    static int fieldIndex(Struct st, String name) {
        for (int i = 0; i < st.fields().size(); i++) if (st.fields().get(i).name().equals(name)) return i;
        return -1;
    }

    /** The elements of an array or slice literal (length -1: any); the literal's length. */
    private long elements(Expr.CompositeLit cl, Scope s, Type elem, long length) {
        long i = 0, max = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr e : cl.elems()) {
            Expr v = e;
            if (e instanceof Expr.KeyValue kv) {
                BigInteger k = index(kv.key(), s, length);
                if (k != null) i = k.longValue();
                v = kv.value();
            } else if (length >= 0 && i >= length) {
                chk.error(e, "index " + i + " is out of bounds (>= " + length + ")");
            }
            if (!seen.add(i)) chk.error(e, "duplicate index " + i + " in array or slice literal");
            element(v, s, elem, "array or slice literal");
            i++;
            max = Math.max(max, i);
        }
        return max;
    }

    /** One element: an elided composite literal gets the element type; any other value is assigned to it. */
    private void element(Expr e, Scope s, Type t, String context) {
        if (e instanceof Expr.CompositeLit cl && cl.type() == null) {
            Operand x = new Operand();
            x.expr = e;
            Type hint = t;
            compositeLit(cl, s, x, hint);
            if (!x.invalid()) {
                if (t.underlying() instanceof Pointer p) {
                    // {…} for a *T element is &T{…}
                    chk.info.types.put(cl, new CheckedProgram.TypeAndValue(p.elem(), null));
                    chk.info.elidedAddr.add(cl);
                } else {
                    chk.record(x);
                }
            }
            return;
        }
        Operand x = chk.exprs.expr(e, s);
        if (x.invalid() || !chk.exprs.singleValue(x)) return;
        chk.assignments.assign(x, t, context);
    }

    /** A constant as a map literal's key is compared: a float equal to an integer is that integer (types2's keyVal). */
    private static Object keyVal(Object v) {
        if (v instanceof FloatConst f && f.isInt()) return f.num();
        return v;
    }
}
