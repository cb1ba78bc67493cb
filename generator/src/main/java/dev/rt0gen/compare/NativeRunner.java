package dev.rt0gen.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs an executable on this machine with an explicit environment, directly or under a
 * wrapper command (for example {@code valgrind --tool=callgrind}) that gets the binary's path
 * as its last argument, before the binary's own arguments.
 */
public final class NativeRunner implements Runner {
    private final List<String> wrapper;
    private final long timeoutSeconds;

    /** Runs the binary itself, for at most 60 s. */
    public NativeRunner() {
        this(List.of(), 60);
    }

    /** Runs {@code wrapper... binary args...}, for at most {@code timeoutSeconds}. */
    public NativeRunner(List<String> wrapper, long timeoutSeconds) {
        this.wrapper = List.copyOf(wrapper);
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public RunResult run(Path binary, List<String> args, Map<String, String> env, Limits limits)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(binary.toAbsolutePath().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long start = System.nanoTime();
        Process p = start(pb);
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " did not exit within " + timeoutSeconds + " s");
        }
        long nanos = System.nanoTime() - start;
        int code = p.exitValue();
        return new RunResult(code, out.join(), err.join(), nanos);
    }

    /**
     * Pipe readers, a thread each: on the common pool (one thread on a 2-CPU machine) the
     * stderr reader would wait for the stdout reader, which waits for the program's exit,
     * while the program waits for room in the full stderr pipe.
     */
    private static final ExecutorService DRAIN = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "native-runner-output");
        t.setDaemon(true);
        return t;
    });

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, DRAIN);
    }

    /**
     * pb.start(), again after a short wait when exec fails with ETXTBSY ("Text file busy"): a
     * binary just written by this JVM can be busy for a moment while another thread forks (the
     * child holds the writer's descriptor until its own exec), as when CorpusTest builds
     * programs in parallel with running the first one.
     */
    private static Process start(ProcessBuilder pb) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return pb.start();
            } catch (IOException e) {
                if (attempt >= 20 || e.getMessage() == null || !e.getMessage().contains("error=26")) throw e;
                Thread.sleep(50L * attempt);
            }
        }
    }
}
