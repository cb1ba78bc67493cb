package dev.rt0gen.types;

/** {@code *elem}. */
public record Pointer(Type elem) implements Type {
    @Override
    public String toString() {
        return "*" + elem;
    }
}
