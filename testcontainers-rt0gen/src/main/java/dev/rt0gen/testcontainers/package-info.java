/**
 * Runs a static Linux executable (one that rt0gen built, or any other) in a hardened
 * {@code FROM scratch} container and hands back what it did: exit code, stdout, stderr and its
 * start-up trace.
 *
 * <pre>{@code
 *   Rt0genResult r = Rt0genContainer.fromSource(Path.of("examples/hello"))
 *           .withEnv("GODEBUG", "inittrace=1")
 *           .run();
 *   assertThat(r.exitCode()).isZero();
 *   assertThat(r.stderr()).isEqualTo("init 1\nmain\n");
 * }</pre>
 *
 * <p>Entry points: {@link dev.rt0gen.testcontainers.Rt0genContainer} (build, harden, run),
 * {@link dev.rt0gen.testcontainers.Rt0genResult} (what the run produced),
 * {@link dev.rt0gen.testcontainers.InitTrace} and {@link dev.rt0gen.testcontainers.Rt0Trace}
 * (parsed trace lines), {@link dev.rt0gen.compare.GoToolchain} (the real Go toolchain,
 * to compare rt0gen's binaries with Go's own).
 */
package dev.rt0gen.testcontainers;
