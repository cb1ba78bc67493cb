package dev.rt0gen.api;

import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime's machine-independent Go, unit-tested directly (issue 15): runtime1.go
 * (parseInt32, parseInt64, parseByteCount, parsegodebug, goargs/goenvs, rawgetenv, rt0trace_init), env_posix.go
 * (gogetenv), cgroup_linux.go (the /proc/self/cgroup and mountinfo parsing, cpu.max and the CFS
 * quota, defaultGOMAXPROCS) and os_linux.go (args, sysargs, sysauxv, osinit, getproccount), taken as they are from
 * runtime-stubs/src/main/go/runtime with {@code package main}, over the stand-ins for their
 * assembly in resources runtime-go/shim.go, driven by runtime-go/main.go. rt0gen compiles them
 * as a program; its output must be runtime-go/expected.txt, which is what gc's build of the same
 * files printed (go1.26.8: the second oracle; to record it again, put the six files in a
 * directory with a go.mod and run {@code go run .}). The parseInt32 and parseInt64 lines are also
 * what strconv.ParseInt(s, 10, 32 and 64) returns for those strings (its value when it fails
 * aside), and the parseByteCount lines what Go's own runtime.parseByteCount (GOMEMLIMIT's
 * parser, which calls strconv) returns.
 */
class RuntimeGoUnitTest {
    static final Path RUNTIME = Path.of("../runtime-stubs/src/main/go/runtime");
    static final String[] FILES = {"runtime1.go", "env_posix.go", "cgroup_linux.go", "os_linux.go"};

    @TempDir
    Path tmp;

    static String resource(String name) throws IOException {
        try (InputStream in = RuntimeGoUnitTest.class.getClassLoader().getResourceAsStream("runtime-go/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource runtime-go/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void runtimeGoRunsAsGcBuildsIt() throws Exception {
        Path dir = tmp.resolve("p");
        Files.createDirectories(dir);
        for (String f : FILES) {
            String src = Files.readString(RUNTIME.resolve(f));
            assertThat(src).startsWith("package runtime\n");
            Files.writeString(dir.resolve(f), "package main\n" + src.substring("package runtime\n".length()));
        }
        Files.writeString(dir.resolve("shim.go"), resource("shim.go"));
        Programs.Run run = Programs.buildAndRun(tmp, resource("main.go"));
        assertThat(run).isEqualTo(new Programs.Run(0, "", resource("expected.txt")));
    }
}
