package dev.rt0gen.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code interface{ methods; embeddeds }}. The method set is the explicit methods with those of
 * the embedded interfaces ({@link #methodSet}), sorted by name as Go's itabs are.
 */
public record Interface(List<Named.Func> methods, List<Type> embeddeds) implements Type {
    public static final Interface EMPTY = new Interface(List.of(), List.of());
    /** The predeclared {@code any}, identical to {@code interface{}} but printed by its name (an alias, as go1.26's types2 prints it). */
    public static final Interface ANY = new Interface(List.of(), List.of());

    public Interface {
        methods = List.copyOf(methods);
        embeddeds = List.copyOf(embeddeds);
    }

    public boolean isEmpty() {
        return methodSet().isEmpty();
    }

    /** Every method, embedded interfaces' included, sorted by name. */
    public List<Named.Func> methodSet() {
        List<Named.Func> out = new ArrayList<>(methods);
        for (Type e : embeddeds) {
            if (e.underlying() instanceof Interface i) {
                for (Named.Func m : i.methodSet()) {
                    if (out.stream().noneMatch(o -> o.name().equals(m.name()))) out.add(m);
                }
            }
        }
        out.sort(Comparator.comparing(Named.Func::name));
        return out;
    }

    @Override
    public String toString() {
        if (this == ANY) return "any";
        if (methods.isEmpty() && embeddeds.isEmpty()) return "interface{}";
        List<String> parts = new ArrayList<>();
        for (Type e : embeddeds) parts.add(e.toString());
        for (Named.Func m : methods) parts.add(m.name() + m.sig().toString().substring("func".length()));
        return "interface{" + String.join("; ", parts) + "}";
    }
}
