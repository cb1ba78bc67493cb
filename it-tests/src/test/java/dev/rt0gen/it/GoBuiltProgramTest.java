package dev.rt0gen.it;
import dev.rt0gen.compare.GoToolchain;

import dev.rt0gen.testcontainers.InitTrace;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the container harness with binaries the real Go toolchain builds: the same image
 * (the top-level Dockerfile) and the same hardened run that rt0gen's own binaries get.
 */
class GoBuiltProgramTest {
    @TempDir
    Path tmp;

    private Path goBuild(String source) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(dir.resolve("main.go"), source);
        return GoToolchain.build(dir.resolve("main.go"), tmp.resolve("bin"));
    }

    @Test
    void examplesHelloBuiltByGoPrintsItsInitsBeforeMain() throws Exception {
        Path hello = GoToolchain.build(Repo.example("hello"), tmp);

        Rt0genResult r = Rt0genContainer.fromElf(hello).withDockerfile(Repo.dockerfile()).run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("init 1\ninit 2\nhello, world\n");
    }

    @Test
    void inittraceShowsEveryInitBeforeMain() throws Exception {
        Path hello = GoToolchain.build(Repo.example("hello"), tmp);

        Rt0genResult r = Rt0genContainer.fromElf(hello).withDockerfile(Repo.dockerfile())
                .withEnv("GODEBUG", "inittrace=1").run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.inits()).extracting(InitTrace::pkg).contains("runtime", "main").last().isEqualTo("main");
        assertThat(r.initsPrecede("hello, world")).as(r.toString()).isTrue();
        assertThat(r.stderrLines()).containsSubsequence("init 1", "init 2", "hello, world");
    }

    @Test
    void stdoutStderrAndExitCodeComeBackApart() throws Exception {
        Path bin = goBuild("""
                package main

                import "os"

                func main() {
                	os.Stdout.WriteString("out line\\n")
                	println("err line", 42)
                	os.Exit(3)
                }
                """);

        Rt0genResult r = Rt0genContainer.fromElf(bin).withDockerfile(Repo.dockerfile()).run();

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stdout()).isEqualTo("out line\n");
        assertThat(r.stderr()).isEqualTo("err line 42\n");
    }

    @Test
    void aPanicExitsWithTwoAndItsMessageOnStderr() throws Exception {
        Path bin = goBuild("""
                package main

                func main() {
                	panic("boom")
                }
                """);

        Rt0genResult r = Rt0genContainer.fromElf(bin).withDockerfile(Repo.dockerfile()).run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderrLines()).first().isEqualTo("panic: boom");
    }

    @Test
    void argumentsReachTheProgram() throws Exception {
        Path bin = goBuild("""
                package main

                import "os"

                func main() {
                	for _, a := range os.Args[1:] {
                		os.Stdout.WriteString(a + "\\n")
                	}
                }
                """);

        Rt0genResult r = Rt0genContainer.fromElf(bin).withDockerfile(Repo.dockerfile()).withArgs("a b", "c").run();

        assertThat(r.exitCode()).isZero();
        assertThat(r.stdoutLines()).containsExactly("a b", "c");
    }
}
