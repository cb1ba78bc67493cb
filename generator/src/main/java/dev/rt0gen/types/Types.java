package dev.rt0gen.types;

import java.util.List;

/** Type identity and the predicates the checker asks of underlying types (types2's predicates.go). */
public final class Types {
    private Types() {
    }

    /**
     * The spec's type identity: a named type is identical only to itself; type literals are
     * identical when built the same way from identical types (parameter and result names and,
     * here, interface method order aside).
     */
    public static boolean identical(Type x, Type y) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        if (x instanceof Basic a && y instanceof Basic b) return a.kind() == b.kind();
        if (x instanceof Pointer a && y instanceof Pointer b) return identical(a.elem(), b.elem());
        if (x instanceof Array a && y instanceof Array b) return a.len() == b.len() && identical(a.elem(), b.elem());
        if (x instanceof Slice a && y instanceof Slice b) return identical(a.elem(), b.elem());
        if (x instanceof Map a && y instanceof Map b) return identical(a.key(), b.key()) && identical(a.elem(), b.elem());
        if (x instanceof Chan a && y instanceof Chan b) return a.dir() == b.dir() && identical(a.elem(), b.elem());
        if (x instanceof Tuple a && y instanceof Tuple b) return identicalAll(a.types(), b.types());
        if (x instanceof Signature a && y instanceof Signature b) {
            return a.variadic() == b.variadic() && identicalAll(a.params(), b.params()) && identicalAll(a.results(), b.results());
        }
        if (x instanceof Struct a && y instanceof Struct b) {
            if (a.fields().size() != b.fields().size()) return false;
            for (int i = 0; i < a.fields().size(); i++) {
                Struct.Field f = a.fields().get(i), g = b.fields().get(i);
                if (f.embedded() != g.embedded() || !sameId(f, g) || !java.util.Objects.equals(f.tag(), g.tag())
                        || !identical(f.type(), g.type())) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof Interface a && y instanceof Interface b) {
            List<Named.Func> ms = a.methodSet(), ns = b.methodSet();
            if (ms.size() != ns.size()) return false;
            for (int i = 0; i < ms.size(); i++) {
                if (!ms.get(i).name().equals(ns.get(i).name()) || !identical(ms.get(i).sig(), ns.get(i).sig())) return false;
            }
            return true;
        }
        return false;   // Named: only itself; different kinds of type
    }

    private static boolean identicalAll(List<Type> xs, List<Type> ys) {
        if (xs.size() != ys.size()) return false;
        for (int i = 0; i < xs.size(); i++) if (!identical(xs.get(i), ys.get(i))) return false;
        return true;
    }

    /** Field names match: an unexported name only within its package. */
    private static boolean sameId(Struct.Field f, Struct.Field g) {
        if (!f.name().equals(g.name())) return false;
        return f.exported() || java.util.Objects.equals(f.pkg(), g.pkg());
    }

    /** The underlying basic type, or null. */
    public static Basic basic(Type t) {
        return t != null && t.underlying() instanceof Basic b ? b : null;
    }

    public static boolean isInteger(Type t) {
        Basic b = basic(t);
        return b != null && b.isInteger();
    }

    public static boolean isBoolean(Type t) {
        Basic b = basic(t);
        return b != null && b.isBoolean();
    }

    public static boolean isString(Type t) {
        Basic b = basic(t);
        return b != null && b.isString();
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.isUntyped();
    }

    /** The type an untyped constant gets by default; any other type itself. */
    public static Type defaultType(Type t) {
        return t instanceof Basic b ? b.defaultType() : t;
    }

    /**
     * The spec's assignability of a value of (typed) type v to t, nil aside: identical types;
     * identical underlying types with one of them not named; an interface t that v implements;
     * a bidirectional channel to a channel type of the same element.
     */
    public static boolean assignable(Type v, Type t) {
        if (identical(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        boolean named = v instanceof Named && t instanceof Named;
        if (!named && identical(vu, tu) && !(vu instanceof Basic)) return true;
        if (tu instanceof Interface ti) return missingMethod(v, ti) == null;
        if (vu instanceof Chan vc && tu instanceof Chan tc && vc.dir() == Chan.Dir.SEND_RECV && !named) {
            return identical(vc.elem(), tc.elem());
        }
        return false;
    }

    /** The first method of iface (by name) that v's method set lacks or has with another signature, or null. */
    public static Named.Func missingMethod(Type v, Interface iface) {
        for (Named.Func m : iface.methodSet()) {
            Lookup.Result r = Lookup.lookup(v, null, m.name());
            if (r == null || r == Lookup.AMBIGUOUS || r.method() == null) return m;
            // a value's method set has no pointer-receiver methods (unless reached through a pointer)
            if (r.method().pointerRecv() && !r.indirect() && !(v.underlying() instanceof Pointer)) return m;
            if (!identical(r.method().sig(), m.sig())) return m;
        }
        return null;
    }

    /** The spec's comparable types (== and !=; map keys). */
    /**
     * Whether a value of type t holds an interface value: t is one, or a struct or array with
     * one inside (a map key of such a type has no key description: the runtime's alg.go hashes an
     * interface only as the whole key). A type seen again (an invalid recursive declaration) holds
     * none.
     */
    public static boolean holdsInterface(Type t) {
        return holdsInterface(t, new java.util.HashSet<>());
    }

    private static boolean holdsInterface(Type t, java.util.Set<Type> seen) {
        if (!seen.add(t)) return false;
        Type u = t.underlying();
        if (u instanceof Interface) return true;
        if (u instanceof Array a) return holdsInterface(a.elem(), seen);
        if (u instanceof Struct st) {
            for (Struct.Field f : st.fields()) if (holdsInterface(f.type(), seen)) return true;
        }
        return false;
    }

    public static boolean comparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) return b.kind() != Basic.Kind.UNTYPED_NIL;
        if (u instanceof Pointer || u instanceof Chan || u instanceof Interface) return true;
        if (u instanceof Struct s) {
            for (Struct.Field f : s.fields()) if (!comparable(f.type())) return false;
            return true;
        }
        if (u instanceof Array a) return comparable(a.elem());
        return false;   // slice, map, func
    }

    /** Whether nil is a value of type t: a pointer, func, slice, map, chan, interface or unsafe.Pointer. */
    public static boolean hasNil(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof Signature || u instanceof Slice || u instanceof Map
                || u instanceof Chan || u instanceof Interface || u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER;
    }
}
