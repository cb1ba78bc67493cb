package dev.rt0gen.api;

import dev.rt0gen.amd64.Amd64;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.Checker;
import dev.rt0gen.check.Obj;
import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.initorder.InitPlan;
import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Data;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Op;
import dev.rt0gen.link.Linker;
import dev.rt0gen.lower.Lower;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Diagnostic;
import dev.rt0gen.source.Pos;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourcePackage;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Parser;
import dev.rt0gen.syntax.SyntaxTree;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Sizes;
import dev.rt0gen.types.Struct;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Package runtime's Go files (runtime-stubs/src/main/go/runtime), compiled by rt0gen's own
 * stages when rt0gen is built (Maven's {@code process-classes} phase runs {@link #main}), into
 * two assembly files beside the runtime's hand-written ones (docs/ABI.md "The runtime in Go"):
 * <ul>
 * <li>{@code go_asm.s}: what gc's {@code go_asm.h} is to Go's assembly: for every struct type
 *     of the package {@code .set T_field, offset} (a field of a nested struct flattened:
 *     {@code g_sched_sp}) and {@code .set T__size, size}, and {@code .set const_NAME, value}
 *     for every integer constant, so the assembly keeps no layout by hand;</li>
 * <li>{@code runtime_go.s}: the package's functions, Go's register ABI, as a program's.</li>
 * </ul>
 * A function declared without a body is implemented in the assembly; {@code getg()} is gc's
 * intrinsic. Runtime code never allocates on the heap behind the programmer's back: a
 * construct that would (a closure, {@code new}, {@code append}, a string concatenation, an
 * escaping variable) is an error; the runtime calls {@code mallocgc} where it must allocate.
 * The package has no initialization code: its variables are zero or constants.
 */
public final class RuntimeBuild {
    private RuntimeBuild() {
    }

    /** The two files: the layouts and constants, and the code. */
    public record Output(String goAsm, String code) {
    }

    /** The runtime entry points lowering calls to allocate a value the source never asked for by name. */
    static final Set<String> IMPLICIT_ALLOCATORS = Set.of("runtime.newobject", "runtime.makeslice", "runtime.growslice",
            "runtime.concatstring2", "runtime.concatstring3", "runtime.concatstring4",
            "runtime.concatstring5", "runtime.stringtoslicerune", "runtime.stringtoslicebyte",
            "runtime.slicerunetostring", "runtime.slicebytetostring", "runtime.intstring", "runtime.makemap",
            "runtime.makemap_small", "runtime.makechan", "runtime.concatbyte2", "runtime.concatbyte3",
            "runtime.concatbyte4", "runtime.concatbyte5");

    /**
     * {@code java dev.rt0gen.api.RuntimeBuild SRC_DIR OUT_DIR}: the build step (run inside
     * Maven's JVM, so it throws rather than exits); an error names every diagnostic.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 4) throw new IllegalArgumentException("usage: RuntimeBuild SRC_DIR OUT_DIR [STD_SRC STD_OUT]");
        if (args.length == 4) copyStd(Path.of(args[2]), Path.of(args[3]));
        Output out;
        try {
            out = compile(Path.of(args[0]));
        } catch (CompileException e) {
            StringBuilder sb = new StringBuilder("package runtime's Go files do not compile:");
            for (Diagnostic d : e.diagnostics()) sb.append("\n").append(d);
            throw new IllegalStateException(sb.toString());
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("go_asm.s"), out.goAsm());
        Files.writeString(dir.resolve("runtime_go.s"), out.code());
    }

    /**
     * The standard packages written in Go ({@link dev.rt0gen.source.StdSources}): every package
     * directory below {@code src} but runtime's, its {@code .go} files copied to
     * {@code out/PATH/} and listed, one {@code PATH/FILE.go} a line, in {@code out/std.files}.
     * They are compiled with each program that imports them, as the module's own packages are.
     */
    private static void copyStd(Path src, Path out) throws IOException {
        StringBuilder index = new StringBuilder();
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".go") && !p.toString().endsWith("_test.go") && Files.isRegularFile(p))
                    .filter(p -> !src.relativize(p).startsWith("runtime"))
                    .sorted().toList();
        }
        for (Path f : files) {
            String rel = src.relativize(f).toString().replace('\\', '/');
            Path to = out.resolve(rel);
            Files.createDirectories(to.getParent());
            Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            index.append(rel).append('\n');
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("std.files"), index.toString());
    }

    /** Compiles the runtime's Go files in {@code dir} (every {@code .go} file but tests, in name order). */
    public static Output compile(Path dir) throws CompileException, IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".go") || n.endsWith("_test.go")) continue;
                files.add(new SourceFile(display(p), Files.readAllBytes(p)));
            }
        }
        if (files.isEmpty()) throw new IOException("no Go files in " + dir);
        return compile(new SourcePackage("runtime", display(dir), files));
    }

    /** The path as diagnostics show it: relative to the working directory when below it. */
    private static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** The stages on a thread with Frontend's stack, as for a program. */
    public static Output compile(SourcePackage pkg) throws CompileException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(stages(pkg));
            } catch (CompileException | RuntimeException | Error e) {
                result.set(e);
            }
        }, "rt0gen-runtime", Frontend.STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the runtime", e);
        }
        Object r = result.get();
        if (r instanceof CompileException e) throw e;
        if (r instanceof RuntimeException e) throw e;
        if (r instanceof Error e) throw e;
        return (Output) r;
    }

    private static Output stages(SourcePackage pkg) throws CompileException {
        SyntaxTree tree = Parser.parseRuntime(pkg);
        CheckedProgram program = Checker.check(tree);
        CheckedProgram.Package p = program.packages().get(0);
        if (InitOrder.hasInitWork(program, p)) {
            Pos at = !p.inits().isEmpty() ? p.inits().get(0).pos() : firstDynamicVar(program, p);
            throw new CompileException(at, "package runtime has no initialization code: its variables are zero or constant");
        }
        InitPlan plan = InitOrder.plan(program);
        List<Module> modules = Lower.lower(plan);
        Map<String, Pos> declared = new HashMap<>();
        for (Obj.Func f : p.funcs()) declared.put(f.symbol(), f.pos());
        List<Diagnostic> errors = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        code.append("# runtime_go.s: package runtime's Go files (runtime-stubs/src/main/go/runtime), compiled by rt0gen\n");
        code.append("# when rt0gen was built (api.RuntimeBuild). Generated: do not edit.\n");
        layOutData(modules);
        for (Module m : modules) {
            for (Func f : m.funcs) implicitAllocations(f, declared, errors);
            if (!errors.isEmpty()) continue;
            AsmUnit u = Frontend.backEnd(m, null);
            code.append(u.text());
            if (code.charAt(code.length() - 1) != '\n') code.append('\n');
        }
        if (!errors.isEmpty()) throw new CompileException(errors);
        return new Output(goAsm(tree, program), code.toString());
    }

    private static Pos firstDynamicVar(CheckedProgram program, CheckedProgram.Package p) {
        for (CheckedProgram.VarInit vi : p.varInits()) {
            if (vi.value() != null && (program.info().typeOf(vi.value()) == null || !program.info().typeOf(vi.value()).isConstant())) return vi.pos();
        }
        return p.varInits().isEmpty() ? null : p.varInits().get(0).pos();
    }

    /**
     * A call lowering made to allocate (a closure, &T{}, append, a concatenation, a moved
     * variable) in runtime code is an error; new(T), which names its allocation, is not (Go's
     * runtime writes new(g), new(m)).
     */
    private static void implicitAllocations(Func f, Map<String, Pos> declared, List<Diagnostic> errors) {
        for (Block b : f.blocks) {
            for (Instr in : b.instrs) {
                if (in.op == Op.CALL && IMPLICIT_ALLOCATORS.contains(in.sym) && !f.explicitAllocs.contains(in)) {
                    String fn = f.name;
                    Pos at = declared.get(fn);
                    for (int i = fn.length(); at == null && i > 0; i = fn.lastIndexOf('.', i - 1)) at = declared.get(fn.substring(0, i));
                    errors.add(new Diagnostic(at, "runtime code allocates on the heap implicitly (" + in.sym + " in " + fn
                            + "): the runtime allocates only by calling mallocgc"));
                    return;
                }
            }
        }
    }

    /** A bss variable of at least this many bytes is one of the runtime's large regions: see {@link #layOutData}. */
    static final long LARGE_BSS = 0x1000;

    /**
     * Where the runtime's package variables go, decided before the back end emits them:
     * <ul>
     * <li>the words the linker fills with the program's addresses and values
     *     ({@link Linker#LINKER_FILLED}: proc.go's {@code main_main}, runtime.go's {@code godebugDefault}, …),
     *     zero variables, go to .data, where the file has bytes to fill;</li>
     * <li>in bss, the large regions ({@link #LARGE_BSS} bytes or more: spanchunk0, stack0,
     *     gsignal0stack, the cgroup buffers) come after every other variable, by size, then
     *     in declaration order. The small variables start-up writes then share the page or two
     *     the kernel already touched when it loaded the data segment, and each large region
     *     touches only the pages it uses (start-up touches as few new pages as it can).
     *     runtime_go.s is the last file of runtime.files with bss, so these regions end it.</li>
     * </ul>
     */
    static void layOutData(List<Module> modules) {
        List<Data> large = new ArrayList<>();
        for (Module m : modules) {
            List<Data> kept = new ArrayList<>();
            for (Data d : m.data) {
                if (d.section() != Data.Section.BSS) {
                    kept.add(d);
                } else if (Linker.LINKER_FILLED.stream().anyMatch(f -> f.symbol().equals(d.name()))) {
                    List<Data.Item> words = new ArrayList<>();
                    for (long i = 0; i < bssBytes(d) / 8; i++) words.add(new Data.Word(0));
                    kept.add(new Data(Data.Section.DATA, d.name(), words));
                } else if (bssBytes(d) >= LARGE_BSS) {
                    large.add(d);
                } else {
                    kept.add(d);
                }
            }
            m.data.clear();
            m.data.addAll(kept);
        }
        large.sort(java.util.Comparator.comparingLong(RuntimeBuild::bssBytes));   // stable: declaration order next
        if (!modules.isEmpty()) modules.get(modules.size() - 1).data.addAll(large);
    }

    /** The bytes a bss variable takes. */
    private static long bssBytes(Data d) {
        long n = 0;
        for (Data.Item it : d.items()) n += it instanceof Data.Bytes b ? b.bytes().length() : it instanceof Data.Zeros z ? 8 * z.words() : 8;
        return n;
    }

    // ---- go_asm.s ----------------------------------------------------------------------------

    /** gc's go_asm.h for the package, as {@code .set} lines: struct layouts and integer constants. */
    static String goAsm(SyntaxTree tree, CheckedProgram program) {
        StringBuilder sb = new StringBuilder();
        sb.append("# go_asm.s: the layouts and constants of package runtime's Go types (runtime-stubs/src/main/go/runtime),\n");
        sb.append("# as gc's go_asm.h gives them to Go's assembly. Generated by api.RuntimeBuild: do not edit.\n");
        for (SyntaxTree.File f : tree.packages().get(0).files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.TypeDecl td && program.info().objectOf(td.name()) instanceof Obj.TypeName tn
                        && tn.type().underlying() instanceof Struct s) {
                    String name = td.name().name();
                    fields(sb, name, s, 0);
                    for (int i = 0; name.equals("g") && i < s.fields().size(); i++) {
                        // every compiled function's stack check reads it there, as gc's do
                        if (s.fields().get(i).name().equals("stackguard0") && Sizes.offsets(s)[i] != Amd64.G_STACKGUARD0) {
                            throw new IllegalStateException("runtime2.go: g.stackguard0 must be at offset "
                                    + Amd64.G_STACKGUARD0 + " (amd64.Amd64.G_STACKGUARD0)");
                        }
                    }
                    sb.append(".set ").append(name).append("__size, ").append(hex(Sizes.sizeof(tn.type()))).append('\n');
                } else if (d instanceof Decl.Const cd) {
                    for (Expr.Ident id : cd.names()) {
                        if (id.name().equals("_")) continue;
                        if (program.info().objectOf(id) instanceof Obj.Const c && c.value() instanceof BigInteger v && v.bitLength() < 64) {
                            sb.append(".set const_").append(id.name()).append(", ").append(hex(v.longValue())).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@code .set PREFIX_f, off} for each field, a nested struct's fields flattened ({@code g_sched_sp}). */
    private static void fields(StringBuilder sb, String prefix, Struct s, long base) {
        long[] offs = Sizes.offsets(s);
        for (int i = 0; i < s.fields().size(); i++) {
            Struct.Field f = s.fields().get(i);
            if (f.name().equals("_")) continue;
            String n = prefix + "_" + f.name();
            sb.append(".set ").append(n).append(", ").append(hex(base + offs[i])).append('\n');
            if (f.type().underlying() instanceof Struct inner && !(f.type() instanceof Named nt && nt.pkg.isEmpty())) {
                fields(sb, n, inner, base + offs[i]);
            }
        }
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
