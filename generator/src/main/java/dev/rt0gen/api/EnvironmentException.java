package dev.rt0gen.api;

/**
 * rt0gen cannot work on this machine as set up (for example no X86-capable Keystone library).
 * Not the user's program's fault: the CLI reports it with exit status 2.
 */
public final class EnvironmentException extends RuntimeException {
    public EnvironmentException(String message) {
        super(message);
    }

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
