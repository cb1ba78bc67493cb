package dev.rt0gen.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs one executable once and reports what it did. {@link NativeRunner} runs it on this
 * machine; the module rt0gen-testcontainers provides a runner named {@code container} (found
 * with {@link java.util.ServiceLoader}) that runs it in a hardened {@code FROM scratch} container.
 */
public interface Runner {
    /** {@code native} or {@code container}. */
    String name();

    /**
     * Runs {@code binary} with exactly {@code env} as its environment (nothing inherited) and
     * {@code args} after argv[0].
     */
    RunResult run(Path binary, List<String> args, Map<String, String> env, Limits limits) throws Exception;

    /** CPU limits for container runs ({@code null} when unset); native runs ignore them. */
    record Limits(Double cpus, String cpusetCpus) {
        public static final Limits NONE = new Limits(null, null);
    }

    /** Exit status, the two streams byte for byte, and the wall time of the run. */
    record RunResult(int exitCode, byte[] stdout, byte[] stderr, long nanos) {
    }
}
