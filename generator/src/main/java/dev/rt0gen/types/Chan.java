package dev.rt0gen.types;

/** {@code chan elem}, {@code chan<- elem}, {@code <-chan elem}. */
public record Chan(Dir dir, Type elem) implements Type {
    public enum Dir { SEND_RECV, SEND, RECV }

    @Override
    public String toString() {
        String prefix = switch (dir) {
            case SEND_RECV -> "chan ";
            case SEND -> "chan<- ";
            case RECV -> "<-chan ";
        };
        // chan (<-chan int): types2 parenthesizes a receive-only element of a bidirectional channel
        boolean paren = dir == Dir.SEND_RECV && elem instanceof Chan c && c.dir == Dir.RECV;
        return prefix + (paren ? "(" + elem + ")" : elem.toString());
    }
}
