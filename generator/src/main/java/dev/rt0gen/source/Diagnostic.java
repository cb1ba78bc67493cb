package dev.rt0gen.source;

/** One error in the user's program: a position and gc-worded message. */
public record Diagnostic(Pos pos, String message) {
    @Override
    public String toString() {
        return pos == null ? message : pos + ": " + message;
    }
}
