package dev.rt0gen.api;

import dev.rt0gen.amd64.Amd64;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.check.Checker;
import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.initorder.InitPlan;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Printer;
import dev.rt0gen.ir.Verifier;
import dev.rt0gen.lower.Lower;
import dev.rt0gen.opt.Passes;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.Pos;
import dev.rt0gen.source.SourceLoader;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.syntax.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The stages from Go source to assembly text, wired in the order data flows: parse, check,
 * initialization order, then per package lower (to the SSA IR), the passes of {@code opt},
 * and the amd64 back end (register allocation, instruction selection).
 *
 * <p>The IR verifier runs after lowering and after every pass when assertions are enabled
 * (every test build: surefire enables them) and for the function {@code -d ssa=FUNC} shows.
 *
 * <p>The parser, checker, initialization order and code generator recurse over the syntax
 * tree. The parser bounds the tree's depth ({@link Parser#MAX_NESTING}); the stages run on a
 * thread of their own with a {@link #STACK_SIZE} stack, so that a tree of that depth fits
 * whatever thread called the API (a 1 MiB pool thread as well). A program that still runs
 * out of stack (a chain of thousands of declarations, each referring to the next) is reported
 * as an error of the program, never as a Java stack trace.
 */
final class Frontend {
    /**
     * Measured (HostileInputTest): every kind of nesting at {@link Parser#MAX_NESTING} fits in
     * 16 MiB; a chain of 20,000 declarations, each referring to the next, needs more than 32 MiB.
     * The stack is reserved address space; only the pages a program needs are touched.
     */
    static final long STACK_SIZE = 256L << 20;

    private Frontend() {
    }

    static List<AsmUnit> assemble(Path dirOrFile) throws CompileException, IOException {
        return assemble(SourceLoader.load(dirOrFile));
    }

    static List<AsmUnit> assemble(SourceTree tree) throws CompileException {
        return assemble(tree, STACK_SIZE, null);
    }

    static List<AsmUnit> assemble(SourceTree tree, Debug dump) throws CompileException {
        return assemble(tree, STACK_SIZE, dump);
    }

    /** Whether every function's IR is verified after lowering and after every pass. */
    static final boolean VERIFY = Frontend.class.desiredAssertionStatus();

    /** Lowering, the passes and the back end, package by package. */
    static List<AsmUnit> generate(InitPlan plan, Debug dump) {
        List<AsmUnit> units = new ArrayList<>();
        for (Module m : Lower.lower(plan)) units.add(backEnd(m, dump));
        return units;
    }

    /** The passes of {@code opt} and the amd64 back end over one package's IR. */
    static AsmUnit backEnd(Module m, Debug dump) {
        {
            for (Func f : m.funcs) {
                boolean show = dump != null && dump.matches(f.name);
                if (VERIFY || show) Verifier.verify(f);
                if (show) dump.add(f.name, "lower", Printer.func(f));
                Passes.run(f, dump == null ? java.util.Set.of() : dump.passesOff(), (pass, g) -> {
                    if (VERIFY || show) Verifier.verify(g);
                    if (show) dump.add(g.name, pass, Printer.func(g));
                });
            }
            String text = Amd64.emit(m, dump == null ? null : (name, ir) -> {
                if (dump.matches(name)) dump.add(name, "regalloc", ir);
            });
            return new AsmUnit(m.path, text);
        }
    }

    /** The stages on a new thread with {@code stackSize} bytes of stack (a test gives less, to run out). */
    static List<AsmUnit> assemble(SourceTree tree, long stackSize) throws CompileException {
        return assemble(tree, stackSize, null);
    }

    static List<AsmUnit> assemble(SourceTree tree, long stackSize, Debug dump) throws CompileException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(generate(InitOrder.plan(Checker.check(Parser.parse(tree))), dump));
            } catch (CompileException e) {
                result.set(e);
            } catch (StackOverflowError e) {
                result.set(new CompileException(start(tree), "program too deeply nested or recursive for rt0gen "
                        + "(the compiler ran out of stack)"));
            } catch (RuntimeException | Error e) {
                result.set(e);
            }
        }, "rt0gen-frontend", stackSize);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // the stages cannot be stopped half-way; finish, then re-assert
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Object r = result.get();
        if (r instanceof CompileException e) throw e;
        if (r instanceof RuntimeException e) throw e;
        if (r instanceof Error e) throw e;
        @SuppressWarnings("unchecked")
        List<AsmUnit> units = (List<AsmUnit>) r;
        return units;
    }

    /** The first line of the main package's first file: where a whole-program error is shown. */
    private static Pos start(SourceTree tree) {
        var files = tree.main().files();
        return new Pos(files.isEmpty() ? tree.main().dirDisplay() : files.get(0).display(), 1, 1);
    }
}
