package dev.rt0gen.types;

/** {@code map[key]elem}. */
public record Map(Type key, Type elem) implements Type {
    @Override
    public String toString() {
        return "map[" + key + "]" + elem;
    }
}
