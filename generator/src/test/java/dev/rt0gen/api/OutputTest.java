package dev.rt0gen.api;

import dev.rt0gen.source.CompileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the API writes an executable: atomically (a temporary file, then a rename), mode 0755,
 * never over a directory or the program's own sources, nothing left behind on failure.
 */
class OutputTest {
    static final String HELLO = "package main\n\nfunc main() {\n\tprintln(\"hello\")\n}\n";
    static final String BYE = "package main\n\nfunc main() {\n\tprintln(\"bye\")\n}\n";

    @TempDir
    Path tmp;

    Path program(String dirName, String src) throws IOException {
        Path dir = tmp.resolve(dirName);
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("go.mod"), "module example.com/p\n\ngo 1.21\n");
        Files.writeString(dir.resolve("main.go"), src);
        Files.writeString(dir.resolve("lib/lib.go"), "package lib\n");
        return dir;
    }

    /** The directory's entries, to show that no temporary file was left behind. */
    static String[] entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void writesMode0755AndLeavesNoTemporaryFile() throws Exception {
        Path prog = program("hello wörld", HELLO);
        Path outDir = tmp.resolve("out dir ü 路径");
        Path out = outDir.resolve("hello ü");
        Rt0gen.build(prog, out);
        assertThat(Files.readAllBytes(out)).isEqualTo(Rt0gen.compile(prog));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwxr-xr-x");
        assertThat(entries(outDir)).containsExactly("hello ü");
    }

    @Test
    void replacesAnExistingOutputByRenameNotInPlace() throws Exception {
        Path out = tmp.resolve("bin");
        Rt0gen.build(program("a", HELLO), out);
        byte[] old = Files.readAllBytes(out);
        // a reader that opened the old file (here: a hard link to it) keeps the old bytes
        Path reader = tmp.resolve("reader");
        Files.createLink(reader, out);
        Object oldInode = Files.getAttribute(out, "unix:ino");
        Rt0gen.build(program("b", BYE), out);
        assertThat(Files.getAttribute(out, "unix:ino")).isNotEqualTo(oldInode);
        assertThat(Files.readAllBytes(out)).isEqualTo(Rt0gen.compile(tmp.resolve("b"))).isNotEqualTo(old);
        assertThat(Files.readAllBytes(reader)).isEqualTo(old);
        assertThat(entries(tmp)).containsExactly("a", "b", "bin", "reader");
    }

    @Test
    void aFailedBuildLeavesNoFileAndAnExistingOutputUntouched() throws Exception {
        Path bad = program("bad", "package main\n\nfunc main() {\n\tprintln(undefined)\n}\n");
        Path outDir = tmp.resolve("out");
        Path out = outDir.resolve("bad");
        assertThatThrownBy(() -> Rt0gen.build(bad, out)).isInstanceOf(CompileException.class)
                .hasMessageContaining("undefined: undefined");
        assertThat(out).doesNotExist();
        Files.createDirectories(outDir);
        Files.writeString(out, "previous");
        assertThatThrownBy(() -> Rt0gen.build(bad, out)).isInstanceOf(CompileException.class);
        assertThat(Files.readString(out)).isEqualTo("previous");
        assertThat(entries(outDir)).containsExactly("bad");
    }

    @Test
    void refusesToWriteOverADirectory() throws Exception {
        Path prog = program("p", HELLO);
        Path dir = tmp.resolve("a dir");
        Files.createDirectories(dir.resolve("inside"));
        assertThatThrownBy(() -> Rt0gen.build(prog, dir)).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + dir + ": is a directory");
        assertThatThrownBy(() -> Rt0gen.write(new byte[]{1}, dir)).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + dir + ": is a directory");
        assertThat(entries(dir)).containsExactly("inside");
    }

    @Test
    void refusesToWriteOverTheProgramsOwnSourceFiles() throws Exception {
        Path prog = program("src ü", HELLO);
        Path link = tmp.resolve("link-to-main.go");
        Files.createSymbolicLink(link, prog.resolve("main.go"));
        for (Path out : new Path[]{prog.resolve("main.go"), prog.resolve("go.mod"), prog.resolve("lib/lib.go"),
                prog.resolve("lib/../main.go"), link}) {
            assertThatThrownBy(() -> Rt0gen.build(prog, out)).as("output %s", out).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("refusing to write " + out + ": it is a source file of the program");
        }
        Path single = prog.resolve("main.go");
        assertThatThrownBy(() -> Rt0gen.build(single, single)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("refusing to write");
        assertThat(Files.readString(prog.resolve("main.go"))).isEqualTo(HELLO);
        assertThat(Files.readString(prog.resolve("lib/lib.go"))).isEqualTo("package lib\n");
        assertThat(entries(prog)).containsExactly("go.mod", "lib", "main.go");
    }

    @Test
    void anUnwritableDirectoryIsOneClearErrorAndLeavesNothing() throws Exception {
        byte[] elf = Rt0gen.compile(program("p", HELLO));
        Path locked = tmp.resolve("locked");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root writes through mode bits: then a directory of sysfs, which refuses even root
        Path dir = Files.isWritable(locked) ? Path.of("/sys/kernel") : locked;
        assertThat(dir).isDirectory();
        Path out = dir.resolve("hello");
        assertThatThrownBy(() -> Rt0gen.write(elf, out)).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + out + ": permission denied");
        assertThat(out).doesNotExist();
        assertThat(entries(locked)).isEmpty();
        // a parent that is a file
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> Rt0gen.write(elf, file.resolve("hello"))).isInstanceOf(IOException.class)
                .hasMessage("cannot write " + file.resolve("hello") + ": " + file + " is not a directory");
    }
}
