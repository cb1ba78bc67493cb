package dev.rt0gen.bench;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.asm.Keystone;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.link.Linker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * In-process generation on a warm JVM: time per executable, the whole pipeline from the
 * program's directory to ELF bytes. bench/run-bench runs it with a short, bounded
 * configuration and turns the score into binaries per second.
 *
 * <ul>
 *   <li>{@link #compile}: {@link Rt0gen#compile} of a Go program (bench/programs/hello): front
 *       end, Keystone for the program, layout, ELF. The runtime part is assembled once per JVM
 *       (the linker's cache), so after the first call this reuses it: the cached figure.</li>
 *   <li>{@link #compileUncached}: the same with the linker's runtime cache cleared before each
 *       call ({@link Linker#clearRuntimeCache}): Keystone assembles the runtime every time, as
 *       the first build in a new JVM (and every `bin/rt0gen build`) does.</li>
 *   <li>{@link #assembleFloor}: bench/floor.s through the linker and ELF writer alone (no front
 *       end, no runtime): the fixed cost of one Keystone call and one image.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenerateBench {
    /** The Go program's directory (absolute path; run-bench passes it). */
    @Param("bench/programs/hello")
    public String program;

    /** The floor's assembly file (absolute path; run-bench passes it). */
    @Param("bench/floor.s")
    public String floor;

    private Path programDir;
    private List<AsmUnit> floorUnits;

    @Setup
    public void setup() throws Exception {
        Keystone.get(); // load the native library outside the measurement
        programDir = Path.of(program);
        Path f = Path.of(floor);
        floorUnits = List.of(new AsmUnit(f.toString(), Files.readString(f)));
    }

    @Benchmark
    public byte[] compile() throws Exception {
        return Rt0gen.compile(programDir);
    }

    @Benchmark
    public byte[] compileUncached() throws Exception {
        Linker.clearRuntimeCache();
        return Rt0gen.compile(programDir);
    }

    @Benchmark
    public byte[] assembleFloor() throws Exception {
        return ElfWriter.write(new Linker(Keystone.get()).link(floorUnits));
    }
}
