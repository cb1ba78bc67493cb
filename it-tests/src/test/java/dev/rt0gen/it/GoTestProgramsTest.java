package dev.rt0gen.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of GoTestsTest's runner that Go's test programs do not exercise today. */
class GoTestProgramsTest {
    @TempDir
    Path dir;

    @Test
    void buildConstraintsAreEvaluatedForLinuxAmd64AsGosTestDriverDoes() {
        // The selected files' own lines (GOROOT/test of go1.26), and a few more.
        assertThat(GoTestPrograms.excludedBy("// run\n\n//go:build aix\n\npackage main\n")).isEqualTo("//go:build aix");
        assertThat(GoTestPrograms.excludedBy("// run\n\n//go:build darwin || linux\n\npackage main\n")).isNull();
        assertThat(GoTestPrograms.excludedBy("// run\n\n//go:build !aix && (!darwin || !arm64) && (!windows || (!amd64 && !arm64))\n\npackage main\n")).isNull();
        assertThat(GoTestPrograms.excludedBy("// run\n\n//go:build !nacl && !js && !aix && !openbsd && !wasip1 && !gcflags_noopt && gc\n\npackage main\n")).isNull();
        assertThat(GoTestPrograms.excludedBy("// run\n\n//go:build cgo\n\npackage main\n")).isEqualTo("//go:build cgo");
        assertThat(GoTestPrograms.excludedBy("// run\n\n//go:build go1.21 && unix\n\npackage main\n")).isNull();
        assertThat(GoTestPrograms.excludedBy("// run\n\n//go:build !linux\n\npackage main\n")).isEqualTo("//go:build !linux");
        // Only the header counts, as in the driver.
        assertThat(GoTestPrograms.excludedBy("// run\n\npackage main\n\n//go:build aix\n")).isNull();
        assertThatThrownBy(() -> GoTestPrograms.excludedBy("// run\n\n//go:build (linux\n\npackage main\n"))
                .hasMessageContaining("cannot parse");
        assertThatThrownBy(() -> GoTestPrograms.excludedBy("// run\n\n// +build linux\n\npackage main\n"))
                .hasMessageContaining("+build");
    }

    @Test
    void aRunIsKilledAtTheLimitWithItsChildren() throws Exception {
        // A shell whose child keeps the pipes open: both must be gone for the run to end.
        GoTestPrograms.Outcome o = GoTestPrograms.run(List.of("/bin/sh", "-c", "echo started; sleep 600 & wait"), dir, 1);
        assertThat(o.timedOut()).isTrue();
        assertThat(o.exit()).isEqualTo(-1);
        assertThat(new String(o.stdout(), StandardCharsets.UTF_8)).isEqualTo("started\n");
    }

    @Test
    void aRunHasAnEmptyEnvironment() throws Exception {
        GoTestPrograms.Outcome o = GoTestPrograms.run(List.of("/usr/bin/env"), dir, 10);
        assertThat(o.timedOut()).isFalse();
        assertThat(o.exit()).isZero();
        assertThat(o.stdout()).isEmpty();
    }

    @Test
    void aDiffNamesWhatDiffers() {
        GoTestPrograms.Outcome go = new GoTestPrograms.Outcome(0, "a\nb\n".getBytes(StandardCharsets.UTF_8), new byte[0], false);
        GoTestPrograms.Outcome rt = new GoTestPrograms.Outcome(2, "a\nc\n".getBytes(StandardCharsets.UTF_8), new byte[0], false);
        assertThat(GoTestPrograms.diff(go, go)).isEmpty();
        assertThat(GoTestPrograms.diff(go, rt)).contains("exit status: go 0, rt0gen 2").contains("stdout differs at byte 2");
        GoTestPrograms.Outcome killed = new GoTestPrograms.Outcome(-1, go.stdout(), go.stderr(), true);
        assertThat(GoTestPrograms.diff(go, killed)).contains("rt0gen killed after");
    }
}
