package dev.rt0gen.testcontainers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.link.LinkException;
import dev.rt0gen.source.CompileException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A static Linux executable in a {@code FROM scratch} image, run once in a hardened container.
 *
 * <pre>{@code
 *   Rt0genResult r = Rt0genContainer.fromSource(Path.of("examples/hello")).run();
 *   assertThat(r.exitCode()).isZero();
 *   assertThat(r.stderrLines()).containsExactly("init 1", "init 2", "main");
 * }</pre>
 *
 * <h2>What it does</h2>
 * The image holds the binary at {@code /app} and nothing else; by default it is built from
 * <pre>
 * FROM scratch
 * COPY app /app
 * USER 65534:65534
 * ENTRYPOINT ["/app"]
 * </pre>
 * ({@link #withDockerfile(Path)} uses another one, for example a project's own). The container
 * runs with these defaults, each changeable with a {@code with…} method:
 * <ul>
 *   <li>network mode {@code none} ({@link #withNetworkMode(String)});</li>
 *   <li>read-only root filesystem ({@link #withReadOnlyRootFs(boolean)});</li>
 *   <li>every capability dropped ({@link #withCapabilitiesDropped(Capability...)});</li>
 *   <li>{@code no-new-privileges} ({@link #withNoNewPrivileges(boolean)});</li>
 *   <li>user {@code 65534:65534}, "nobody" ({@link #withUser(String)});</li>
 *   <li>memory limit {@value #DEFAULT_MEMORY_MIB} MiB, no swap ({@link #withMemoryLimit(long)});</li>
 *   <li>at most {@value #DEFAULT_PIDS_LIMIT} processes/threads ({@link #withPidsLimit(long)});</li>
 *   <li>at most {@value #DEFAULT_TIMEOUT_SECONDS} s until the program exits ({@link #withTimeout(Duration)}):
 *       a bound against a hung program, not a measurement.</li>
 * </ul>
 * Arguments: {@link #withArgs(String...)}; environment ({@code GOMAXPROCS}, {@code GODEBUG},
 * {@code RT0TRACE}, …): {@link #withEnv(String, String)}; CPUs: {@link #withCpus(double)},
 * {@link #withCpusetCpus(String)}.
 *
 * <h2>Running</h2>
 * {@link #run()} builds the image, starts the container, blocks until the program exits
 * (Docker's {@code wait}, not Testcontainers' once-a-second polling), reads stdout, stderr and the
 * exit code, then removes the container and the image. A non-zero exit code is a result, not an
 * error. With {@link #start()} instead (for example under {@code @Container}), {@link #getResult()}
 * holds the result until {@link #stop()}.
 *
 * <h2>The Docker engine</h2>
 * If no Docker engine answers, {@link #run()} fails with an {@link IllegalStateException} that
 * says so: tests using this class are never skipped. Where no registry is reachable, Testcontainers
 * needs the environment variables {@code TESTCONTAINERS_RYUK_DISABLED=true} (else it tries to pull
 * its Ryuk image) and, inside a container without the {@code bridge} network,
 * {@code TESTCONTAINERS_HOST_OVERRIDE=localhost}; nothing here needs a pull.
 */
public class Rt0genContainer extends GenericContainer<Rt0genContainer> {
    /** The default memory limit, in MiB. */
    public static final long DEFAULT_MEMORY_MIB = 128;
    /** The default limit on processes (threads) in the container. */
    public static final long DEFAULT_PIDS_LIMIT = 64;
    /** The default bound on how long the program may run, in seconds. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;
    /** The user the program runs as by default: nobody. */
    public static final String DEFAULT_USER = "65534:65534";

    private static final String HOW_TO_GET_DOCKER =
            "start one (as root: scripts/start-docker in rt0gen's repository, or "
            + "'apt-get install -y docker.io && dockerd --bridge=none --iptables=false --ip6tables=false &'), "
            + "and where no registry is reachable set TESTCONTAINERS_RYUK_DISABLED=true "
            + "(and TESTCONTAINERS_HOST_OVERRIDE=localhost when running inside a container)";

    /** Serializes image builds and removals in this JVM (see {@link #start()}). */
    private static final Object IMAGE_LOCK = new Object();

    private final ImageFromDockerfile image;
    private final String imageName;
    private boolean imageBuilt;

    private boolean readOnlyRootFs = true;
    private boolean noNewPrivileges = true;
    private List<Capability> capDrop = List.of(Capability.ALL);
    private List<Capability> capAdd = List.of();
    private String user = DEFAULT_USER;
    private long memoryBytes = DEFAULT_MEMORY_MIB * 1024 * 1024;
    private long pidsLimit = DEFAULT_PIDS_LIMIT;
    private Long nanoCpus;
    private String cpusetCpus;
    private Duration timeout = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);

    private Rt0genResult result;
    private boolean detached;

    /** A container for this executable (a static x86-64 Linux ELF, for example rt0gen's output). */
    public Rt0genContainer(byte[] executable) {
        this(newImage(executable));
    }

    private Rt0genContainer(ImageFromDockerfile image) {
        super(image);
        this.image = image;
        this.imageName = image.getDockerImageName();
        withNetworkMode("none");
        withStartupCheckStrategy(new ExitStartupCheck());
        waitingFor(new NoWait());
        withCreateContainerCmdModifier(this::harden);
    }

    /** A container for the executable in {@code elf}. */
    public static Rt0genContainer fromElf(Path elf) {
        try {
            return new Rt0genContainer(Files.readAllBytes(elf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the executable " + elf, e);
        }
    }

    /** A container for this executable; the same as {@link #Rt0genContainer(byte[])}. */
    public static Rt0genContainer fromBytes(byte[] executable) {
        return new Rt0genContainer(executable);
    }

    /**
     * Compiles a Go program with rt0gen's Java API (a module directory, a directory of Go files,
     * or one {@code .go} file; no CLI process) and makes a container for the result.
     *
     * @throws IllegalArgumentException if rt0gen rejects the program; the message holds its
     *                                  {@code file:line:col: message} diagnostics
     * @throws dev.rt0gen.api.EnvironmentException if rt0gen cannot work on this machine (for
     *                                  example no X86-capable Keystone library)
     */
    public static Rt0genContainer fromSource(Path dirOrFile) {
        return new Rt0genContainer(compile(dirOrFile));
    }

    private static byte[] compile(Path dirOrFile) {
        try {
            return Rt0gen.compile(dirOrFile);
        } catch (CompileException e) {
            throw new IllegalArgumentException("rt0gen cannot compile " + dirOrFile + ":\n"
                    + e.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")), e);
        } catch (LinkException e) {
            throw new IllegalArgumentException("rt0gen cannot link " + dirOrFile + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("rt0gen cannot read " + dirOrFile + ": " + e.getMessage(), e);
        }
    }

    private static ImageFromDockerfile newImage(byte[] executable) {
        if (executable == null || executable.length == 0) {
            throw new IllegalArgumentException("no executable: the ELF bytes are empty");
        }
        String name = "rt0gen-testcontainers/app:" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
        // deleteOnExit=false: with Ryuk off nothing would delete it; stop() removes it instead.
        return new ImageFromDockerfile(name, false)
                .withFileFromTransferable("app", Transferable.of(executable, 0755))
                .withDockerfileFromBuilder(b -> b
                        .from("scratch")
                        .copy("app", "/app")
                        .user(DEFAULT_USER)
                        .entryPoint(new String[] {"/app"})); // exec form: scratch has no /bin/sh
    }

    /**
     * Builds the image from this Dockerfile instead of the default one. Its build context holds
     * one file, {@code app}: the executable. Only the text is used (no pull is attempted for
     * {@code FROM scratch}).
     */
    public Rt0genContainer withDockerfile(Path dockerfile) {
        try {
            image.withFileFromString("Dockerfile", Files.readString(dockerfile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dockerfile, e);
        }
        return self();
    }

    /**
     * Runs the program through a launcher: the image gets {@code launcher} (a static executable)
     * as {@code /launch} too, and the container runs {@code /launch ARGS... /app} (then the
     * arguments of {@link #withArgs}); the launcher is expected to exec {@code /app} with what
     * docker run cannot set (an empty environment, an RLIMIT_AS, a signal disposition …). The
     * default Dockerfile copies it; one given to {@link #withDockerfile(Path)} must
     * {@code COPY launch /launch} itself.
     */
    public Rt0genContainer withLauncher(byte[] launcher, String... args) {
        image.withFileFromTransferable("launch", Transferable.of(launcher, 0755));
        image.withDockerfileFromBuilder(b -> b
                .from("scratch")
                .copy("app", "/app")
                .copy("launch", "/launch")
                .user(DEFAULT_USER)
                .entryPoint(new String[] {"/app"}));
        List<String> entry = new ArrayList<>(List.of("/launch"));
        entry.addAll(List.of(args));
        entry.add("/app");
        withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint(entry));
        return self();
    }

    /** The program's arguments (after its name, {@code /app}). */
    public Rt0genContainer withArgs(String... args) {
        return withCommand(args);
    }

    /** Whether the root filesystem is read-only (default: true). */
    public Rt0genContainer withReadOnlyRootFs(boolean readOnly) {
        this.readOnlyRootFs = readOnly;
        return self();
    }

    /** Whether {@code no-new-privileges} is set (default: true). */
    public Rt0genContainer withNoNewPrivileges(boolean on) {
        this.noNewPrivileges = on;
        return self();
    }

    /** The capabilities to drop (default: {@code ALL}); none to keep Docker's default set. */
    public Rt0genContainer withCapabilitiesDropped(Capability... caps) {
        this.capDrop = List.of(caps);
        return self();
    }

    /** Capabilities to add back after the drop (default: none). */
    public Rt0genContainer withCapabilitiesAdded(Capability... caps) {
        this.capAdd = List.of(caps);
        return self();
    }

    /** The user (and group) to run as, {@code UID[:GID]} (default: {@value #DEFAULT_USER}). */
    public Rt0genContainer withUser(String user) {
        this.user = user;
        return self();
    }

    /** The memory limit in bytes, swap included (default: {@value #DEFAULT_MEMORY_MIB} MiB); 0 for none. */
    public Rt0genContainer withMemoryLimit(long bytes) {
        this.memoryBytes = bytes;
        return self();
    }

    /** The most processes (threads) the container may hold (default: {@value #DEFAULT_PIDS_LIMIT}); 0 for no limit. */
    public Rt0genContainer withPidsLimit(long pids) {
        this.pidsLimit = pids;
        return self();
    }

    /** A CPU quota, in CPUs ({@code 0.5}, {@code 2}); as {@code docker run --cpus}. */
    public Rt0genContainer withCpus(double cpus) {
        this.nanoCpus = Math.round(cpus * 1e9);
        return self();
    }

    /** The CPUs the program may run on ({@code "0"}, {@code "0-1"}, {@code "0,2"}); as {@code docker run --cpuset-cpus}. */
    public Rt0genContainer withCpusetCpus(String cpus) {
        this.cpusetCpus = cpus;
        return self();
    }

    /** How long the program may run before the run fails (default: {@value #DEFAULT_TIMEOUT_SECONDS} s). */
    public Rt0genContainer withTimeout(Duration timeout) {
        this.timeout = timeout;
        return self();
    }

    /** The name of the image this container builds and removes. */
    public String imageName() {
        return imageName;
    }

    /**
     * Builds the image, runs the program to its end, and removes the container and the image.
     *
     * @return what the program did; a non-zero exit code is a result, not an error
     * @throws IllegalStateException if no Docker engine answers, or the program did not exit in time
     */
    public Rt0genResult run() {
        start();
        try {
            return result;
        } finally {
            stop();
        }
    }

    /**
     * Builds the image and starts the program, and returns while it runs, for a test that
     * sends it signals ({@link Running#kill(String)}) or looks at it from the host
     * ({@link Running#hostPid()}). {@link Running#close()} removes the container and the image.
     *
     * @throws IllegalStateException if no Docker engine answers
     */
    public Running startRunning() {
        detached = true;
        start();
        return new Running();
    }

    /** A program that {@link #startRunning()} started. */
    public final class Running implements AutoCloseable {
        private Running() {
        }

        /** The program's process id on the Docker host (0 once it has exited). */
        public long hostPid() {
            Long pid = getDockerClient().inspectContainerCmd(getContainerId()).exec().getState().getPidLong();
            return pid == null ? 0 : pid;
        }

        /** The program's stderr so far, as lines. */
        public List<String> stderrLinesSoFar() {
            return readResult(-1).stderrLines();
        }

        /**
         * Waits until the program has printed {@code line} on stderr (or has exited, or the
         * timeout of {@link #withTimeout} passed: then it fails).
         */
        public void awaitStderrLine(String line) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Rt0genResult now = readResult(-1);
                if (now.stderrLines().contains(line)) return;
                if (!isRunning() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the program in " + imageName + " did not print \"" + line
                            + "\" (running: " + isRunning() + "); so far:\n" + now);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }

        /** Sends the program a signal ({@code "TERM"}, {@code "HUP"} …), as {@code docker kill -s}. */
        public void kill(String signal) {
            getDockerClient().killContainerCmd(getContainerId()).withSignal(signal).exec();
        }

        /** Waits (at most the timeout of {@link #withTimeout}) until the program exits; what it did. */
        public Rt0genResult awaitExit() {
            try {
                getDockerClient().waitContainerCmd(getContainerId()).exec(new WaitContainerResultCallback())
                        .awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (DockerClientException e) {
                throw new IllegalStateException("the program in " + imageName + " did not exit within " + timeout, e);
            }
            result = readResult(0);
            return result;
        }

        /** Removes the container (stopping the program if it still runs) and the image. */
        @Override
        public void close() {
            stop();
        }
    }

    /** The result of the run that {@link #start()} did, or null before it (and after {@link #stop()}). */
    public Rt0genResult getResult() {
        return result;
    }

    /** Builds the image and runs the program until it exits; see {@link #run()}. */
    @Override
    public void start() {
        requireDocker();
        result = null;
        try {
            // Build the image now, one build or removal at a time in this JVM: Docker 20.10's
            // builder can lose a layer ("failed to get digest") when another image is removed
            // while it builds.
            synchronized (IMAGE_LOCK) {
                image.get();
            }
            super.start();
            imageBuilt = true;
        } catch (ContainerLaunchException e) {
            removeImage();
            Throwable t = e;
            while (t != null) { // say why, not only "Could not create/start container"
                if (t instanceof ProgramTimeout) throw new IllegalStateException(t.getMessage(), e);
                t = t.getCause();
            }
            throw e;
        }
    }

    /** Removes the container (if any) and the image it was built from. */
    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            result = null;
            removeImage();
        }
    }

    @Override
    protected void containerIsStarted(InspectContainerResponse containerInfo) {
        // The startup check returned only once the program had exited: read everything now,
        // before anything removes the container.
        if (!detached) result = readResult(0);
    }

    /** The exit code (or {@code whileRunning} if the program still runs), OOM flag and output so far. */
    private Rt0genResult readResult(long whileRunning) {
        DockerClient docker = getDockerClient();
        String id = getContainerId();
        InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
        Logs logs = new Logs();
        try {
            docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(false)
                    .exec(logs).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the container's output", e);
        }
        Long code = state.getExitCodeLong();
        if (Boolean.TRUE.equals(state.getRunning()) || code == null) code = whileRunning;
        return new Rt0genResult(code, Boolean.TRUE.equals(state.getOOMKilled()),
                logs.stdout.toByteArray(), logs.stderr.toByteArray());
    }

    private CreateContainerCmd harden(CreateContainerCmd cmd) {
        cmd.withUser(user);
        HostConfig host = cmd.getHostConfig();
        if (host == null) {
            host = new HostConfig();
            cmd.withHostConfig(host);
        }
        host.withReadonlyRootfs(readOnlyRootFs);
        if (!capDrop.isEmpty()) host.withCapDrop(capDrop.toArray(Capability[]::new));
        if (!capAdd.isEmpty()) host.withCapAdd(capAdd.toArray(Capability[]::new));
        List<String> securityOpts = new ArrayList<>();
        if (host.getSecurityOpts() != null) securityOpts.addAll(host.getSecurityOpts());
        if (noNewPrivileges) securityOpts.add("no-new-privileges");
        host.withSecurityOpts(securityOpts);
        if (memoryBytes > 0) host.withMemory(memoryBytes).withMemorySwap(memoryBytes);
        if (pidsLimit > 0) host.withPidsLimit(pidsLimit);
        if (nanoCpus != null) host.withNanoCPUs(nanoCpus);
        if (cpusetCpus != null) host.withCpusetCpus(cpusetCpus);
        return cmd;
    }

    private static void requireDocker() {
        try {
            DockerClientFactory.instance().client();
        } catch (RuntimeException e) {
            throw new IllegalStateException("No Docker engine answers, and Rt0genContainer needs one: "
                    + HOW_TO_GET_DOCKER + ". Testcontainers said: " + e.getMessage(), e);
        }
    }

    private void removeImage() {
        if (!imageBuilt && !image.isDone()) return;
        try {
            synchronized (IMAGE_LOCK) {
                getDockerClient().removeImageCmd(imageName).withForce(true).exec();
            }
        } catch (NotFoundException e) {
            // never built, or already removed
        } finally {
            imageBuilt = false;
        }
    }

    /** Blocks on Docker's {@code wait} until the program exits; any exit code counts as "started". */
    private final class ExitStartupCheck extends StartupCheckStrategy {
        @Override
        public boolean waitUntilStartupSuccessful(DockerClient docker, String containerId) {
            if (detached) return true;   // startRunning: started is enough
            try {
                docker.waitContainerCmd(containerId).exec(new WaitContainerResultCallback())
                        .awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (DockerClientException e) {
                throw new ProgramTimeout("the program in " + imageName + " did not exit within " + timeout
                        + " (Rt0genContainer.withTimeout changes the bound)", e);
            }
        }

        @Override
        public StartupStatus checkStartupState(DockerClient docker, String containerId) {
            Boolean running = getCurrentState(docker, containerId).getRunning();
            return Boolean.TRUE.equals(running) ? StartupStatus.NOT_YET_KNOWN : StartupStatus.SUCCESSFUL;
        }
    }

    private static final class ProgramTimeout extends RuntimeException {
        ProgramTimeout(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The program has exited by the time this runs: there is nothing to wait for. */
    private static final class NoWait extends AbstractWaitStrategy {
        @Override
        protected void waitUntilReady() {
        }
    }

    /** Collects the container's log, stdout and stderr apart, byte for byte. */
    private static final class Logs extends ResultCallback.Adapter<Frame> {
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        @Override
        public void onNext(Frame frame) {
            switch (frame.getStreamType()) {
                case STDOUT, RAW -> stdout.writeBytes(frame.getPayload());
                case STDERR -> stderr.writeBytes(frame.getPayload());
                default -> {
                }
            }
        }
    }
}
