package dev.rt0gen.compare;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Go toolchain, to build the same program Go's way: a static binary
 * ({@code CGO_ENABLED=0 go build -trimpath}) whose behaviour rt0gen's output is compared with,
 * or that exercises a container set-up before rt0gen's own output does.
 *
 * <p>If no {@code go} command is found this fails with an {@link IllegalStateException} that
 * says how to install one; it never skips.
 */
public final class GoToolchain {
    private static final String HOW_TO_GET_GO = "install Go (Debian: apt-get install -y golang-go; "
            + "or https://go.dev/dl/), or run rt0gen's scripts/ensure-tools; or point the environment "
            + "variable GO at a go binary";
    private static final long BUILD_TIMEOUT_MINUTES = 10;

    private GoToolchain() {
    }

    /** The {@code go} command: {@code $GO}, else {@code go} on the PATH, else Go's usual install places. */
    public static Path go() {
        String explicit = System.getenv("GO");
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            if (Files.isExecutable(p)) return p;
            throw new IllegalStateException("GO=" + explicit + " is not an executable file; " + HOW_TO_GET_GO);
        }
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) candidates.add(Path.of(dir, "go"));
            }
        }
        candidates.add(Path.of("/usr/local/go/bin/go"));
        candidates.add(Path.of("/usr/lib/go/bin/go"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() ->
                new IllegalStateException("The Go toolchain (go) is needed and was not found; " + HOW_TO_GET_GO));
    }

    /**
     * Builds a Go program into {@code outDir/NAME} with {@code CGO_ENABLED=0 go build -trimpath}.
     *
     * @param source a directory (a module with {@code go.mod}, or loose {@code .go} files of
     *               package main) or one {@code .go} file
     * @param outDir where the binary goes (created if missing)
     * @return the binary's path
     * @throws IllegalStateException if {@code go} is missing or the build fails (with go's output)
     */
    public static Path build(Path source, Path outDir) throws IOException, InterruptedException {
        Path src = source.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(src) ? src : src.getParent();
        String name = Files.isDirectory(src) ? src.getFileName().toString()
                : src.getFileName().toString().replaceFirst("\\.go$", "");
        Files.createDirectories(outDir);
        Path out = outDir.toAbsolutePath().resolve(name);

        List<String> cmd = new ArrayList<>(List.of(go().toString(), "build", "-trimpath", "-buildvcs=false",
                "-o", out.toString()));
        if (!Files.isDirectory(src)) {
            cmd.add(src.toString());
        } else if (!Files.exists(src.resolve("go.mod"))) {
            try (Stream<Path> files = Files.list(src)) { // loose files: name them, as `go run *.go` does
                files.map(Path::toString).filter(f -> f.endsWith(".go") && !f.endsWith("_test.go"))
                        .sorted().forEach(cmd::add);
            }
        } else {
            cmd.add(".");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("CGO_ENABLED", "0");
        env.put("GOTOOLCHAIN", "local"); // never download another toolchain in a test
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("go build of " + source + " did not finish within " + BUILD_TIMEOUT_MINUTES + " minutes");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "):\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
        return out;
    }
}
