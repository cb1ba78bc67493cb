package com.example.citest;

import dev.rt0gen.compare.GoToolchain;
import dev.rt0gen.testcontainers.Rt0genContainer;
import dev.rt0gen.testcontainers.Rt0genResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's tests: a Go program from this project's test resources, compiled by rt0gen (and, to
 * compare, by Go), run in a hardened scratch container.
 */
class HelloInContainerTest {
    static Path hello() throws Exception {
        return Path.of(HelloInContainerTest.class.getResource("/hello").toURI());
    }

    @Test
    void rt0genBuiltBinaryRunsItsInitsBeforeMainOnOneGoroutine() throws Exception {
        Rt0genResult r = Rt0genContainer.fromSource(hello())   // compiled by rt0gen's Java API
                .withEnv("RT0TRACE", "1")
                .run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderrLines()).containsSubsequence("init 1", "init 2", "hello from a user's CI");
        assertThat(r.initsRanBeforeMainOnItsGoroutine()).as(r.toString()).isTrue();
    }

    @Test
    void goBuiltBinaryRunsItsInitsBeforeMain(@TempDir Path tmp) throws Exception {
        Path binary = GoToolchain.build(hello(), tmp);

        Rt0genResult r = Rt0genContainer.fromElf(binary)
                .withEnv("GODEBUG", "inittrace=1")
                .run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderrLines()).containsSubsequence("init 1", "init 2", "hello from a user's CI");
        assertThat(r.initsPrecede("hello from a user's CI")).isTrue();
    }
}
