package dev.rt0gen.asm;

/**
 * Keystone rejected the assembly text. {@code statements} is how many statements it had
 * assembled before the error, which locates the bad one.
 */
public final class AsmException extends Exception {
    private final long statements;

    public AsmException(String message, long statements) {
        super(message);
        this.statements = statements;
    }

    public long statements() {
        return statements;
    }
}
