package dev.rt0gen.types;

/** {@code [len]elem}. */
public record Array(long len, Type elem) implements Type {
    @Override
    public String toString() {
        return "[" + len + "]" + elem;
    }
}
