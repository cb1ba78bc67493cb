package dev.rt0gen.testcontainers;
import dev.rt0gen.compare.GoToolchain;

import com.github.dockerjava.api.model.Capability;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs binaries that the real Go toolchain builds, so that the container set-up is proven
 * independently of rt0gen's compiler.
 */
class Rt0genContainerTest {
    @TempDir
    static Path tmp;
    static Path probe;

    @BeforeAll
    static void buildProbe() throws Exception {
        probe = GoToolchain.build(resource("go/probe"), tmp);
    }

    static Path resource(String name) throws Exception {
        return Path.of(Rt0genContainerTest.class.getClassLoader().getResource(name).toURI());
    }

    /** The probe's stdout as key → value. */
    static Map<String, String> report(Rt0genResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : r.stdoutLines()) {
            for (String field : line.split(" ")) {
                int eq = field.indexOf('=');
                m.put(field.substring(0, eq), field.substring(eq + 1));
            }
        }
        return m;
    }

    @Test
    void runsHardenedByDefault() {
        Rt0genResult r = Rt0genContainer.fromElf(probe).run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.stderr()).isEqualTo("probe: done\n");
        Map<String, String> seen = report(r);
        assertThat(seen).containsEntry("uid", "65534").containsEntry("gid", "65534")
                .containsEntry("rootfs-writable", "false")
                .containsEntry("CapEff", "0000000000000000")
                .containsEntry("NoNewPrivs", "1")
                .containsEntry("Seccomp", "2")   // SECCOMP_MODE_FILTER: the engine's default profile
                .containsEntry("interfaces", "lo")
                .containsEntry("args", "")
                .containsEntry("env", "");
        assertThat(seen.get("mem")).isEqualTo(String.valueOf(Rt0genContainer.DEFAULT_MEMORY_MIB * 1024 * 1024));
        assertThat(seen.get("pids")).isEqualTo(String.valueOf(Rt0genContainer.DEFAULT_PIDS_LIMIT));
    }

    @Test
    void everyDefaultCanBeChanged() {
        Rt0genResult r = Rt0genContainer.fromElf(probe)
                .withArgs("one", "two")
                .withEnv("PROBE_ENV", "set")
                .withUser("1000:1001")
                .withReadOnlyRootFs(false)
                .withCapabilitiesDropped()
                .withNoNewPrivileges(false)
                .withMemoryLimit(64L * 1024 * 1024)
                .withPidsLimit(32)
                .withCpus(0.5)
                .withCpusetCpus("0")
                .run();

        assertThat(r.exitCode()).as(r.toString()).isZero();
        Map<String, String> seen = report(r);
        assertThat(seen).containsEntry("args", "one,two").containsEntry("env", "set")
                .containsEntry("uid", "1000").containsEntry("gid", "1001")
                .containsEntry("NoNewPrivs", "0")
                .containsEntry("numcpu", "1")
                .containsEntry("mem", String.valueOf(64L * 1024 * 1024))
                .containsEntry("pids", "32");
        assertThat(seen.get("cpuquota")).isIn("50000", "50000 100000");
    }

    @Test
    void capabilitiesCanBeAddedBackAndRootCanWriteAWritableRootFs() {
        Rt0genResult r = Rt0genContainer.fromElf(probe).withUser("0:0").withReadOnlyRootFs(false)
                .withCapabilitiesDropped(Capability.ALL).withCapabilitiesAdded(Capability.DAC_OVERRIDE).run();
        assertThat(report(r)).containsEntry("rootfs-writable", "true").containsEntry("uid", "0")
                .containsEntry("CapEff", "0000000000000002"); // CAP_DAC_OVERRIDE is bit 1
    }

    @Test
    void aNonZeroExitCodeIsAResultAndOutputsStayApart() {
        Rt0genResult r = Rt0genContainer.fromElf(probe).withEnv("PROBE_EXIT", "7").run();
        assertThat(r.exitCode()).isEqualTo(7);
        assertThat(r.stdout()).startsWith("args=\n").doesNotContain("probe: done");
        assertThat(r.stderrLines()).containsExactly("probe: done");
        assertThat(r.oomKilled()).isFalse();
    }

    @Test
    void removesItsImageAndContainer() {
        Rt0genContainer c = Rt0genContainer.fromElf(probe);
        String image = c.imageName();
        c.run();
        var docker = DockerClientFactory.instance().client();
        assertThat(docker.listImagesCmd().withImageNameFilter(image).exec()).isEmpty();
        assertThat(docker.listContainersCmd().withShowAll(true).withAncestorFilter(List.of(image)).exec()).isEmpty();
    }

    @Test
    void aHungProgramFailsTheRunAndIsRemoved() throws Exception {
        Path sleeper = GoToolchain.build(resource("go/sleeper"), tmp);
        Rt0genContainer c = Rt0genContainer.fromElf(sleeper).withTimeout(Duration.ofSeconds(2));
        assertThatThrownBy(c::run).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not exit within PT2S");
        assertThat(DockerClientFactory.instance().client().listImagesCmd()
                .withImageNameFilter(c.imageName()).exec()).isEmpty();
    }

    @Test
    void aRunningProgramCanBeSeenFromTheHostAndSignalled() throws Exception {
        Path sleeper = GoToolchain.build(resource("go/sleeper"), tmp);
        try (Rt0genContainer c = Rt0genContainer.fromElf(sleeper); Rt0genContainer.Running r = c.startRunning()) {
            r.awaitStderrLine("sleeping");
            long pid = r.hostPid();
            String status = java.nio.file.Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
            assertThat(status).contains("\nSeccomp:\t2\n", "\nNoNewPrivs:\t1\n", "\nCapEff:\t0000000000000000\n");
            assertThat(r.stderrLinesSoFar()).containsExactly("sleeping");
            // The program is PID 1 of its namespace: Go's dieFromSignal cannot kill it with
            // SIGTERM itself and ends with exit(2).
            r.kill("TERM");
            Rt0genResult res = r.awaitExit();
            assertThat(res.exitCode()).as(res.toString()).isEqualTo(2);
            assertThat(res.stderr()).isEqualTo("sleeping\n");
        }
    }

    @Test
    void aLauncherStartsTheProgram() throws Exception {
        // The probe as its own launcher: /launch gets the launcher's arguments, then /app.
        byte[] elf = java.nio.file.Files.readAllBytes(probe);
        Rt0genResult r = Rt0genContainer.fromElf(probe).withLauncher(elf, "one").withArgs("two").run();
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(report(r)).containsEntry("args", "one,/app,two").containsEntry("Seccomp", "2");
    }

    @Test
    void withoutADockerEngineTheRunFailsAndSaysSo() throws Exception {
        // A child JVM in its own mount namespace where Docker's socket is /dev/null: no engine
        // answers there, while this JVM's engine keeps running for the other tests.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                "mount --bind /dev/null /var/run/docker.sock && exec \"$@\"", "sh",
                java, "-cp", System.getProperty("java.class.path"), NoDockerMain.class.getName(), probe.toString())
                .redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(1);
        assertThat(out).contains("NO-DOCKER: No Docker engine answers, and Rt0genContainer needs one")
                .contains("scripts/start-docker");
    }

    /** Runs the probe and prints how the run failed; exit 1 if it did. */
    public static final class NoDockerMain {
        public static void main(String[] args) {
            try {
                Rt0genContainer.fromElf(Path.of(args[0])).run();
                System.out.println("RAN");
            } catch (IllegalStateException e) {
                System.out.println("NO-DOCKER: " + e.getMessage());
                System.exit(1);
            }
        }
    }

}
