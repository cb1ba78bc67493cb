package dev.rt0gen.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A function type. {@code variadic}: the last parameter is {@code ...E}, held as {@code []E}.
 * Printed without parameter names (rt0gen's messages have always shown it so).
 */
public record Signature(List<Type> params, List<Type> results, boolean variadic) implements Type {
    public Signature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public Signature(List<Type> params, List<Type> results) {
        this(params, results, false);
    }

    /** The parameter types as types2's messages list them: {@code (int, ...string)}. */
    public String paramsString() {
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Type p = params.get(i);
            if (variadic && i == params.size() - 1 && p instanceof Slice s) ps.add("..." + s.elem());
            else ps.add(p.toString());
        }
        return "(" + String.join(", ", ps) + ")";
    }

    @Override
    public String toString() {
        String s = "func" + paramsString();
        if (results.size() == 1) return s + " " + results.get(0);
        if (results.size() > 1) return s + " " + new Tuple(results);
        return s;
    }
}
