package dev.rt0gen.it;

import dev.rt0gen.compare.GoToolchain;
import dev.rt0gen.testcontainers.InitTrace;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2's end-to-end check: rt0gen compiles examples/hello (through its Java API), and the
 * binary runs in the image of the top-level Dockerfile, hardened: it prints both init lines,
 * then main's, and exits 0, exactly as the Go toolchain's build of the same program does.
 */
class HelloTest {
    static final List<String> EXPECTED = List.of("init 1", "init 2", "hello, world");

    @Test
    void rt0genHelloRunsEveryInitBeforeMain() {
        Rt0genResult r = Rt0genContainer.fromSource(Repo.example("hello"))
                .withDockerfile(Repo.dockerfile())
                .run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderrLines()).containsExactlyElementsOf(EXPECTED);
        int main = r.stderrLineOf("hello, world").orElseThrow();
        assertThat(r.stderrLineOf("init 1")).get().matches(i -> i < main, "before main's line");
        assertThat(r.stderrLineOf("init 2")).get().matches(i -> i < main, "before main's line");
    }

    @Test
    void theTracesShowEveryInitBeforeMainOnMainsGoroutine() {
        Rt0genResult r = Rt0genContainer.fromSource(Repo.example("hello"))
                .withDockerfile(Repo.dockerfile())
                .withEnv("RT0TRACE", "1")
                .withEnv("GODEBUG", "inittrace=1")
                .run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.initsRanBeforeMainOnItsGoroutine()).as(r.toString()).isTrue();
        assertThat(r.rt0Traces("doInit")).extracting(t -> t.pkg().orElseThrow()).containsExactly("main");
        assertThat(r.inits()).extracting(InitTrace::pkg).containsExactly("main");
        assertThat(r.initsPrecede("hello, world")).isTrue();
        assertThat(r.stderrLines()).containsSubsequence(EXPECTED);
    }

    @Test
    void rt0genHelloPrintsWhatGosBuildPrints(@TempDir Path tmp) throws Exception {
        Path goBinary = GoToolchain.build(Repo.example("hello"), tmp);
        Rt0genResult go = Rt0genContainer.fromElf(goBinary).withDockerfile(Repo.dockerfile()).run();
        Rt0genResult rt0gen = Rt0genContainer.fromSource(Repo.example("hello")).withDockerfile(Repo.dockerfile()).run();

        assertThat(rt0gen.exitCode()).as(rt0gen.toString()).isEqualTo(go.exitCode());
        assertThat(rt0gen.stdout()).isEqualTo(go.stdout());
        assertThat(rt0gen.stderr()).isEqualTo(go.stderr());
    }
}
