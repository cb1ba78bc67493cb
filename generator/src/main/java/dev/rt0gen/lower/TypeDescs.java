package dev.rt0gen.lower;

import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Chan;
import dev.rt0gen.types.Interface;
import dev.rt0gen.types.Lookup;
import dev.rt0gen.types.Map;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Pointer;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Slice;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What lowering needs to know about types at run time (docs/ABI.md "Type descriptors"): Go's
 * type strings ({@code main.T}, {@code *main.T}, {@code interface {}}, as reflect prints them),
 * the link names of descriptors and itabs ({@code type:main.T}, {@code go:itab.*main.T,main.I}),
 * the kind numbers (abi.Kind), which types are held directly in an interface's data word, and
 * method sets (the methods an itab lists, sorted by name, each with the path to its receiver).
 */
final class TypeDescs {
    private TypeDescs() {
    }

    /**
     * The type of the runtime's error values (panic.go: plainError; its descriptor in panic_amd64.s): a string type whose
     * Error() is the string, as Go's plainError; its descriptor and method are the runtime's.
     */
    static final Named PLAIN_ERROR = new Named("runtime", "plainError", Basic.STRING);

    /** Go's stringer, {@code interface { String() string }}: printpanicval prints a String() of one. */
    static final Interface STRINGER = new Interface(
            List.of(new Named.Func("String", new Signature(List.of(), List.of(Basic.STRING)), false)), List.of());

    static {
        PLAIN_ERROR.addMethod(new Named.Func("Error", new Signature(List.of(), List.of(Basic.STRING)), false));
    }

    /** abi.Kind's flag: the value is the interface's data word itself (a pointer-shaped type). */
    static final int KIND_DIRECT_IFACE = 1 << 5;

    /** Go's type string (reflect's String): package names qualify named types. */
    static String string(Type t) {
        return name(t, false);
    }

    /** The descriptor's link name, without the {@code type:} prefix: import paths qualify named types. */
    static String link(Type t) {
        return name(t, true);
    }

    private static String name(Type t, boolean paths) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UINT8 -> "uint8";
                case INT32 -> "int32";
                case UNSAFE_POINTER -> "unsafe.Pointer";
                default -> b.name();
            };
        }
        if (t instanceof Named n) {
            if (n.pkg.isEmpty()) return n.name;
            String q = paths ? n.pkg : n.pkg.substring(n.pkg.lastIndexOf('/') + 1);
            return q + "." + n.name;
        }
        if (t == Interface.ANY) return "interface {}";
        if (t instanceof Pointer p) return "*" + name(p.elem(), paths);
        if (t instanceof Slice s) return "[]" + name(s.elem(), paths);
        if (t instanceof Array a) return "[" + a.len() + "]" + name(a.elem(), paths);
        if (t instanceof Map m) return "map[" + name(m.key(), paths) + "]" + name(m.elem(), paths);
        if (t instanceof Chan c) {
            return switch (c.dir()) {
                case SEND -> "chan<- ";
                case RECV -> "<-chan ";
                case SEND_RECV -> "chan ";
            } + name(c.elem(), paths);
        }
        if (t instanceof Signature s) return "func" + sigString(s, paths);
        if (t instanceof Struct s) {
            if (s.fields().isEmpty()) return "struct {}";
            List<String> fs = new ArrayList<>();
            for (Struct.Field f : s.fields()) fs.add(f.embedded() ? name(f.type(), paths) : f.name() + " " + name(f.type(), paths));
            return "struct { " + String.join("; ", fs) + " }";
        }
        if (t instanceof Interface i) {
            List<Named.Func> ms = i.methodSet();
            if (ms.isEmpty()) return "interface {}";
            List<String> parts = new ArrayList<>();
            for (Named.Func m : ms) parts.add(m.name() + sigString(m.sig(), paths));
            return "interface { " + String.join("; ", parts) + " }";
        }
        return t.toString();
    }

    private static String sigString(Signature s, boolean paths) {
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < s.params().size(); i++) {
            Type p = s.params().get(i);
            if (s.variadic() && i == s.params().size() - 1 && p instanceof Slice sl) ps.add("..." + name(sl.elem(), paths));
            else ps.add(name(p, paths));
        }
        String out = "(" + String.join(", ", ps) + ")";
        if (s.results().size() == 1) return out + " " + name(s.results().get(0), paths);
        if (s.results().size() > 1) {
            List<String> rs = new ArrayList<>();
            for (Type r : s.results()) rs.add(name(r, paths));
            return out + " (" + String.join(", ", rs) + ")";
        }
        return out;
    }

    /** Go's abi.Kind of a type. */
    static int kind(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> 1;
                case INT, UNTYPED_INT -> 2;
                case INT8 -> 3;
                case INT16 -> 4;
                case INT32, UNTYPED_RUNE -> 5;
                case INT64 -> 6;
                case UINT -> 7;
                case UINT8 -> 8;
                case UINT16 -> 9;
                case UINT32 -> 10;
                case UINT64 -> 11;
                case UINTPTR -> 12;
                case FLOAT32 -> 13;
                case FLOAT64, UNTYPED_FLOAT -> 14;
                case COMPLEX64 -> 15;
                case COMPLEX128, UNTYPED_COMPLEX -> 16;
                case STRING, UNTYPED_STRING -> 24;
                case UNSAFE_POINTER -> 26;
                case INVALID, UNTYPED_NIL -> 0;
            };
        }
        if (u instanceof Array) return 17;
        if (u instanceof Chan) return 18;
        if (u instanceof Signature) return 19;
        if (u instanceof Interface) return 20;
        if (u instanceof Map) return 21;
        if (u instanceof Pointer) return 22;
        if (u instanceof Slice) return 23;
        if (u instanceof Struct) return 25;
        return 0;
    }

    /**
     * Whether a value of type t is its interface's data word itself (pointers, maps, chans,
     * funcs, unsafe.Pointer); every other value is boxed in a new heap object. (gc also holds a
     * struct or array of one pointer-shaped element directly; rt0gen boxes those.)
     */
    static boolean direct(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof Map || u instanceof Chan || u instanceof Signature
                || u instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER;
    }

    /** One method of a concrete type's method set: its name, where Lookup found it. */
    record Method(String name, Lookup.Result result) {
    }

    /**
     * The method set of a concrete type t (T or *T), sorted by name: a value's has the value
     * methods (promoted ones too, and all methods of an embedded pointer), a pointer's all of
     * them (the spec's method sets, as {@link Types#missingMethod} decides).
     */
    static List<Method> methodSet(Type t) {
        if (t.underlying() instanceof Interface) return List.of();
        Set<String> names = new LinkedHashSet<>();
        collectNames(t instanceof Pointer p ? p.elem() : t, names, new java.util.HashSet<>());
        List<Method> out = new ArrayList<>();
        for (String n : names) {
            Lookup.Result r = Lookup.lookup(t, null, n);
            if (r == null || r == Lookup.AMBIGUOUS || r.method() == null) continue;
            if (r.recv() == null && r.path().isEmpty()) continue;   // an interface's own (not a concrete type)
            if (r.method().pointerRecv() && !r.indirect() && !(t.underlying() instanceof Pointer)) continue;
            out.add(new Method(n, r));
        }
        out.sort(Comparator.comparing(Method::name));
        return out;
    }

    private static void collectNames(Type t, Set<String> names, Set<Type> seen) {
        if (t instanceof Named n) {
            if (!seen.add(n)) return;
            for (Named.Func m : n.methods()) names.add(m.name());
        }
        if (t.underlying() instanceof Interface i) {
            for (Named.Func m : i.methodSet()) names.add(m.name());   // an embedded interface's methods are promoted
        }
        if (t.underlying() instanceof Struct s) {
            for (Struct.Field f : s.fields()) {
                if (!f.embedded()) continue;
                Type ft = f.type() instanceof Pointer p ? p.elem() : f.type();
                collectNames(ft, names, seen);
            }
        }
    }

    /** FNV-1a (32 bits) of the type's link name: the descriptor's hash (Go's is an MD5 prefix; only switches use it). */
    static long hash(Type t) {
        int h = 0x811c9dc5;
        for (byte b : link(t).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h & 0xffffffffL;
    }
}
