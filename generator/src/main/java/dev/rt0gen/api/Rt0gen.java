package dev.rt0gen.api;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.asm.Keystone;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.link.LinkException;
import dev.rt0gen.link.LinkedImage;
import dev.rt0gen.link.Linker;
import dev.rt0gen.link.Runtime;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourceLoader;
import dev.rt0gen.source.SourcePackage;
import dev.rt0gen.source.SourceTree;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * rt0gen's Java API: a Go program in, a static x86-64 Linux ELF executable out.
 *
 * <pre>{@code
 *   byte[] elf = Rt0gen.compile(Path.of("examples/hello"));
 *   Rt0gen.build(Path.of("examples/hello"), Path.of("out/hello"));
 * }</pre>
 *
 * The stages run in the order data flows: source → syntax tree → checked program →
 * initialization order → SSA IR → passes → assembly text ({@link Frontend}) → the runtime's assembly added →
 * machine code and layout ({@link Linker}, Keystone) → ELF bytes ({@link ElfWriter}).
 * Safe to call from several threads; the output depends only on the source: not on the
 * directory it sits in, the time, the locale, the user or other builds running at once.
 */
public final class Rt0gen {
    private Rt0gen() {
    }

    /**
     * Compiles a module directory, a directory of Go files, or one {@code .go} file.
     *
     * @throws CompileException the program is wrong: positioned diagnostics ({@code file:line:col: message})
     * @throws LinkException    the assembly did not link (a bug of rt0gen or of its runtime)
     * @throws IOException      the source cannot be read, or is not a Go program (no Go files)
     * @throws EnvironmentException rt0gen cannot work on this machine (no Keystone library)
     */
    public static byte[] compile(Path dirOrFile) throws CompileException, LinkException, IOException {
        return ElfWriter.write(link(dirOrFile));
    }

    /** Like {@link #compile}, but returns the linked image (symbols, sections, the assembly text). */
    public static LinkedImage link(Path dirOrFile) throws CompileException, LinkException, IOException {
        return linkProgram(Frontend.assemble(dirOrFile));
    }

    /** Links the program's assembly units with the runtime. */
    public static LinkedImage linkProgram(List<AsmUnit> program) throws LinkException {
        return new Linker(Keystone.get()).link(Runtime.units(), program);
    }

    /**
     * Compiles and writes the executable atomically ({@link #write}); returns the linked image.
     * Before compiling, refuses an output that is a directory or one of the program's own
     * source files (its {@code .go} files, its {@code go.mod}): a failed or refused build
     * leaves {@code out} as it was.
     */
    public static LinkedImage build(Path dirOrFile, Path out) throws CompileException, LinkException, IOException {
        return build(dirOrFile, out, null);
    }

    /** Like {@link #build(Path, Path)}, collecting the IR of one function into {@code dump} ({@code -d ssa=FUNC}). */
    public static LinkedImage build(Path dirOrFile, Path out, Debug dump) throws CompileException, LinkException, IOException {
        SourceTree tree = SourceLoader.load(dirOrFile);
        checkOutput(tree, out);
        LinkedImage image = linkProgram(Frontend.assemble(tree, dump));
        write(ElfWriter.write(image), out);
        return image;
    }

    /** The output may be neither a directory nor one of the program's source files. */
    static void checkOutput(SourceTree tree, Path out) throws IOException {
        if (Files.isDirectory(out)) throw new IOException("cannot write " + out + ": is a directory");
        List<Path> sources = new ArrayList<>();
        if (tree.modulePath() != null) sources.add(Path.of(tree.main().dirDisplay(), "go.mod"));
        for (SourceFile f : tree.main().files()) sources.add(Path.of(f.display()));
        for (SourcePackage p : tree.packages().values()) {
            for (SourceFile f : p.files()) sources.add(Path.of(f.display()));
        }
        Path abs = out.toAbsolutePath().normalize();
        boolean exists = Files.exists(out);
        for (Path src : sources) {
            if (abs.equals(src.toAbsolutePath().normalize()) || exists && Files.exists(src) && Files.isSameFile(out, src)) {
                throw new IOException("refusing to write " + out + ": it is a source file of the program (" + src + ")");
            }
        }
    }

    /**
     * Writes an executable atomically: a temporary file in the same directory is written,
     * flushed to disk, given mode 0755 and renamed over {@code out}. Readers of {@code out}
     * see the old file or the new one, never a part; on any failure the temporary file is
     * removed and {@code out} is left as it was. {@code out}'s directory is created if missing.
     *
     * @throws IOException one line naming {@code out} and the reason ({@code cannot write out/x: permission denied})
     */
    public static void write(byte[] elf, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) throw new IOException("cannot write " + out + ": is a directory");
        Path dir = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(elf);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw cannotWrite(out, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the first error is the one to report
                }
            }
        }
    }

    private static IOException cannotWrite(Path out, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) why = "permission denied";
        else if (e instanceof NoSuchFileException) why = "no such file or directory";
        else if (e instanceof java.nio.file.FileAlreadyExistsException) why = e.getMessage() + " is not a directory";
        else if (e instanceof FileSystemException fe && fe.getReason() != null) why = fe.getReason().toLowerCase(Locale.ROOT);
        else if (e instanceof DirectoryNotEmptyException) why = "is a directory";
        else why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IOException("cannot write " + out + ": " + why, e);
    }
}
