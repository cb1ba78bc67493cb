package dev.rt0gen.source;

import java.util.List;

/**
 * The user's program is wrong: one or more positioned diagnostics. Errors are values with a
 * position until the edge; only the CLI turns them into {@code file:line:col: message} and exit 1.
 */
public final class CompileException extends Exception {
    private final List<Diagnostic> diagnostics;

    public CompileException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public CompileException(Pos pos, String message) {
        this(List.of(new Diagnostic(pos, message)));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
