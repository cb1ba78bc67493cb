package dev.rt0gen.api;

import dev.rt0gen.asm.Keystone;
import dev.rt0gen.codegen.AsmUnit;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.link.LinkException;
import dev.rt0gen.link.LinkedImage;
import dev.rt0gen.link.Linker;
import dev.rt0gen.link.Runtime;
import dev.rt0gen.source.CompileException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * rt0gen's Java API: a Go program in, a static x86-64 Linux ELF executable out.
 *
 * <pre>{@code
 *   byte[] elf = Rt0gen.compile(Path.of("examples/hello"));
 *   Rt0gen.build(Path.of("examples/hello"), Path.of("out/hello"));
 * }</pre>
 *
 * The stages run in the order data flows: source → syntax tree → checked program →
 * initialization order → assembly text ({@link Frontend}) → the runtime's assembly added →
 * machine code and layout ({@link Linker}, Keystone) → ELF bytes ({@link ElfWriter}).
 * Safe to call from several threads; the output depends only on the source.
 */
public final class Rt0gen {
    private Rt0gen() {
    }

    /** Compiles a module directory, a directory of Go files, or one {@code .go} file. */
    public static byte[] compile(Path dirOrFile) throws CompileException, LinkException {
        return ElfWriter.write(link(dirOrFile));
    }

    /** Like {@link #compile}, but returns the linked image (symbols, sections, the assembly text). */
    public static LinkedImage link(Path dirOrFile) throws CompileException, LinkException {
        return linkProgram(Frontend.assemble(dirOrFile));
    }

    /** Links the program's assembly units with the runtime. */
    public static LinkedImage linkProgram(List<AsmUnit> program) throws LinkException {
        return new Linker(Keystone.get()).link(Runtime.units(), program);
    }

    /**
     * Compiles and writes the executable atomically (a temporary file in the same directory,
     * mode 0755, then a rename): a failed build never leaves a half-written file behind.
     */
    public static void build(Path dirOrFile, Path out) throws CompileException, LinkException, IOException {
        write(compile(dirOrFile), out);
    }

    public static void write(byte[] elf, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException(out + " is a directory");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, elf);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
