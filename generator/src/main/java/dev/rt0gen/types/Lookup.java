package dev.rt0gen.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field and method lookup through embedded fields (types2's lookup.go, LookupFieldOrMethod):
 * a breadth-first search by embedding depth; at the shallowest depth with a match, exactly one
 * match is the result, several are ambiguous.
 */
public final class Lookup {
    private Lookup() {
    }

    /**
     * What {@code x.name} selects. {@code path}: the field indices from x's type to the field (the
     * last is the field itself; for a method, those of the embedded fields leading to the
     * receiver). {@code indirect}: a pointer is followed on the way (x's own pointer, or an
     * embedded pointer field). For a method, {@code recv} is the named type declaring it (null
     * for an interface's method).
     */
    public record Result(Struct.Field field, Named.Func method, Named recv, List<Integer> path, boolean indirect) {
        public boolean isField() {
            return field != null;
        }
    }

    /** The ambiguous selector's marker (several matches at the shallowest depth). */
    public static final Result AMBIGUOUS = new Result(null, null, null, List.of(), false);

    private record Entry(Type type, List<Integer> path, boolean indirect) {
    }

    /** The field or method {@code name} of type t (declared in package pkg when unexported; null pkg: any), or null. */
    public static Result lookup(Type t, String pkg, String name) {
        boolean indirect = false;
        if (t.underlying() instanceof Pointer p && !(p.elem().underlying() instanceof Pointer)) {
            if (t instanceof Named) {
                // a named pointer type has no methods, but its base's fields are selectable
                t = p.elem();
            } else {
                t = p.elem();
            }
            indirect = true;
        }
        List<Entry> current = List.of(new Entry(t, List.of(), indirect));
        Set<Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Entry> next = new ArrayList<>();
            Result found = null;
            int count = 0;
            for (Entry e : current) {
                Type typ = e.type;
                if (typ instanceof Named n) {
                    if (!seen.add(n)) continue;
                    for (Named.Func m : n.methods()) {
                        if (m.name().equals(name) && (exported(name) || samePkg(n.pkg, pkg))) {
                            count++;
                            found = new Result(null, m, n, e.path, e.indirect);
                        }
                    }
                }
                Type u = typ.underlying();
                if (u instanceof Struct s) {
                    for (int i = 0; i < s.fields().size(); i++) {
                        Struct.Field f = s.fields().get(i);
                        List<Integer> path = new ArrayList<>(e.path);
                        path.add(i);
                        if (f.name().equals(name) && (exported(name) || samePkg(f.pkg(), pkg))) {
                            count++;
                            found = new Result(f, null, null, List.copyOf(path), e.indirect);
                        }
                        if (f.embedded()) {
                            Type ft = f.type();
                            boolean ind = e.indirect;
                            if (ft instanceof Pointer p) {
                                ft = p.elem();
                                ind = true;
                            }
                            next.add(new Entry(ft, List.copyOf(path), ind));
                        }
                    }
                } else if (u instanceof Interface i) {
                    for (Named.Func m : i.methodSet()) {
                        if (m.name().equals(name)) {
                            count++;
                            found = new Result(null, m, null, e.path, e.indirect);
                        }
                    }
                }
            }
            if (count > 1) return AMBIGUOUS;
            if (count == 1) return found;
            current = next;
        }
        return null;
    }

    private static boolean exported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    private static boolean samePkg(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
