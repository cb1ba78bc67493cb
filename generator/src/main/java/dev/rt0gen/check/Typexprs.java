package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.check.Operand.Mode;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Map;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Pointer;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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
    /** How many pointer, slice, map, chan or func types enclose the type being resolved: a type being declared may appear there. */
    private int indirect;

    Type resolveType(Expr e, Scope s) {
        Type t = composite(e, s);
        if (t != null) {
            chk.info.types.put(e, new CheckedProgram.TypeAndValue(t, null, true));
            return t;
        }
        return resolveNamed(e, s);
    }

    /** A type literal rt0gen compiles (pointer, array, slice, struct, map), or null. */
    private Type composite(Expr e, Scope s) {
        if (e instanceof Expr.Paren p) return resolveType(p.x(), s);
        if (e instanceof Expr.Unary u && u.op().equals("*")) {
            Type el = elem(u.x(), s);
            return el == Basic.INVALID ? Basic.INVALID : new Pointer(el);
        }
        if (e instanceof Expr.SliceType st) {
            Type el = elem(st.elem(), s);
            return el == Basic.INVALID ? Basic.INVALID : new Slice(el);
        }
        if (e instanceof Expr.ArrayType at) {
            if (at.len() instanceof Expr.Ellipsis) {
                chk.error(at.len(), "invalid use of [...] array (outside a composite literal)");
                resolveType(at.elem(), s);
                return Basic.INVALID;
            }
            long n = arrayLength(at.len(), s);
            Type el = resolveType(at.elem(), s);
            return n < 0 || el == Basic.INVALID ? Basic.INVALID : new Array(n, el);
        }
        if (e instanceof Expr.MapType mt) {
            Type k = elem(mt.key(), s), v = elem(mt.value(), s);
            if (k == Basic.INVALID || v == Basic.INVALID) return Basic.INVALID;
            if (!(k instanceof Named kn && kn.underlying() == Basic.INVALID) && !Types.comparable(k)) {
                chk.error(mt.key(), "invalid map key type " + k);
                return Basic.INVALID;
            }
            if (!(k.underlying() instanceof dev.rt0gen.types.Interface) && Types.holdsInterface(k)) {
                chk.error(mt.key(), Supported.Construct.INTERFACE_MAP_KEYS.message());
                return Basic.INVALID;
            }
            return new Map(k, v);
        }
        if (e instanceof Expr.StructType st) return struct(st, s);
        if (e instanceof Expr.InterfaceType it) return chk.interfaces.interfaceType(it, s, x -> elem(x, s));
        if (e instanceof Expr.FuncType ft) {
            // a parameter or result may be of a type being declared: type F func(F) F
            indirect++;
            try {
                Signature sig = chk.decls.signature(ft.params(), ft.results(), s);
                for (Type p : sig.params()) if (p == Basic.INVALID) return Basic.INVALID;
                for (Type r : sig.results()) if (r == Basic.INVALID) return Basic.INVALID;
                return sig;
            } finally {
                indirect--;
            }
        }
        if (e instanceof Expr.Ellipsis el) {
            chk.error(el, "invalid use of ...");
            if (el.elem() != null) resolveType(el.elem(), s);
            return Basic.INVALID;
        }
        // ---- channels: chan T, chan<- T, <-chan T ----
        if (e instanceof Expr.ChanType ct) {
            Type el = elem(ct.elem(), s);
            if (el == Basic.INVALID) return Basic.INVALID;
            dev.rt0gen.types.Chan.Dir dir = switch (ct.dir()) {
                case BOTH -> dev.rt0gen.types.Chan.Dir.SEND_RECV;
                case SEND -> dev.rt0gen.types.Chan.Dir.SEND;
                case RECV -> dev.rt0gen.types.Chan.Dir.RECV;
            };
            return new dev.rt0gen.types.Chan(dir, el);
        }
        return null;
    }

    /** An element type: a type being declared may be named there (type L struct{ next *L }). */
    private Type elem(Expr e, Scope s) {
        indirect++;
        try {
            return resolveType(e, s);
        } finally {
            indirect--;
        }
    }

    /** An array type's length: a constant integer that is not negative and fits an int; -1 after an error. */
    long arrayLength(Expr len, Scope s) {
        Operand x = chk.exprs.expr(len, s);
        if (x.invalid()) return -1;
        if (!x.isConst()) {
            chk.error(len, "array length " + x + " must be constant");
            return -1;
        }
        if (!(x.val instanceof BigInteger n)) {
            chk.error(len, "array length " + x + " must be integer");
            return -1;
        }
        if (n.signum() < 0 || n.bitLength() > 63) {
            chk.error(len, "invalid array length " + x);
            return -1;
        }
        return n.longValue();
    }

    /** {@code struct{ … }}: fields in order; an embedded field is named by its type name; no name twice. */
    private Type struct(Expr.StructType st, Scope s) {
        List<Struct.Field> fields = new ArrayList<>();
        java.util.Map<String, Expr> seen = new java.util.HashMap<>();
        boolean ok = true;
        for (Expr.Field f : st.fields()) {
            Type ft = resolveType(f.type(), s);
            if (ft == Basic.INVALID) ok = false;
            String name;
            boolean embedded = f.name() == null;
            if (embedded) {
                Expr base = f.type();
                if (base instanceof Expr.Unary u && u.op().equals("*")) base = u.x();
                name = base instanceof Expr.Selector sel ? sel.sel().name() : base instanceof Expr.Ident id ? id.name() : "?";
            } else {
                name = f.name().name();
            }
            if (embedded && ft != Basic.INVALID) embeddedType(f.type(), ft);
            Expr at = embedded ? f.type() : f.name();
            if (!name.equals("_") && seen.containsKey(name)) {
                chk.error(at, name + " redeclared\n\t" + seen.get(name).pos() + ": other declaration of " + name);
                ok = false;
            } else {
                seen.put(name, at);
            }
            fields.add(new Struct.Field(name, ft, embedded, chk.pkgPath, f.tag() == null ? null : f.tag().value()));
        }
        return ok ? new Struct(fields) : Basic.INVALID;
    }

    /**
     * types2's check of an embedded field's type T or *T: T may not be unsafe.Pointer, nor of a
     * pointer type, and *T not a pointer to an interface.
     */
    private void embeddedType(Expr texpr, Type ft) {
        boolean isPtr = Checker.unparen(texpr) instanceof Expr.Unary u && u.op().equals("*") && ft instanceof Pointer;
        Type t = isPtr ? ((Pointer) ft).elem() : ft;
        Type u = t.underlying();
        if (u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER) {
            chk.error(texpr, "embedded field type cannot be unsafe.Pointer");
        } else if (u instanceof Pointer) {
            chk.error(texpr, "embedded field type cannot be a pointer");
        } else if (u instanceof dev.rt0gen.types.Interface && isPtr) {
            chk.error(texpr, "embedded field type cannot be a pointer to an interface");
        }
    }

    private Type resolveNamed(Expr e, Scope s) {
        // ---- a qualified type name pkg.T: a type of an imported package (unsafe.Pointer, sub.T) ----
        // (any other x.f is checked as an expression: undefined: x, or x.f is not a type)
        if (e instanceof Expr.Selector sel) {
            Operand x = new Operand();
            x.expr = e;
            chk.calls.selector(sel, s, x);
            if (x.invalid()) return Basic.INVALID;
            if (x.mode != Mode.TYPEXPR) {
                chk.error(sel.sel(), Expr.show(e) + " is not a type");
                return Basic.INVALID;
            }
            chk.info.types.put(e, new CheckedProgram.TypeAndValue(x.type, null, true));
            return x.type;
        }
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
            // a type being declared, behind a pointer, slice, map, chan or func: itself
            if (indirect > 0 && chk.decls.declaring(tn)) return tn.type();
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
        } else if (o instanceof Obj.Const c && c.name().equals("nil") && c.pos() == null) {
            // the predeclared nil: a value of no type yet (types2's nil operand)
            x.mode = Mode.VALUE;
            x.type = Basic.UNTYPED_NIL;
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
        } else if (o instanceof Obj.PkgName) {
            // types2's ident: an error, and the package is not used by it (unsafe.Offsetof(os.Args), x := os)
            chk.error(id, "use of package " + id.name() + " not in selector");
        }
    }
}
