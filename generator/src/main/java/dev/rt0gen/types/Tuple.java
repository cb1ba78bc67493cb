package dev.rt0gen.types;

import java.util.List;
import java.util.stream.Collectors;

/** The results of a call with several (or no) results; never the type of a variable. */
public record Tuple(List<Type> types) implements Type {
    public Tuple {
        types = List.copyOf(types);
    }

    public int size() {
        return types.size();
    }

    public Type at(int i) {
        return types.get(i);
    }

    @Override
    public String toString() {
        return "(" + types.stream().map(Type::toString).collect(Collectors.joining(", ")) + ")";
    }
}
