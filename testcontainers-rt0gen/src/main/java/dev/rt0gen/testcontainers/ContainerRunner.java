package dev.rt0gen.testcontainers;

import dev.rt0gen.compare.Runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code container} runner of {@code rt0gen compare --container} and of the differential
 * test suite: each run is one {@link Rt0genContainer} with its safe defaults (network none,
 * read-only root, all capabilities dropped, no-new-privileges, non-root user, memory and PID
 * limits). The time reported is the whole container run, image build included.
 */
public final class ContainerRunner implements Runner {
    @Override
    public String name() {
        return "container";
    }

    @Override
    public RunResult run(Path binary, List<String> args, Map<String, String> env, Limits limits) {
        Rt0genContainer c = Rt0genContainer.fromElf(binary).withArgs(args.toArray(String[]::new));
        env.forEach(c::withEnv);
        if (limits.cpus() != null) c.withCpus(limits.cpus());
        if (limits.cpusetCpus() != null) c.withCpusetCpus(limits.cpusetCpus());
        long start = System.nanoTime();
        Rt0genResult r = c.run();
        long nanos = System.nanoTime() - start;
        return new RunResult((int) r.exitCode(), r.stdoutBytes(), r.stderrBytes(), nanos);
    }
}
