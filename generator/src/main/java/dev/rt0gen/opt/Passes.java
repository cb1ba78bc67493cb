package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Module;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The machine-independent passes in their order, as gc's compile.go lists its passes: each
 * runs over the whole function and leaves valid SSA (docs/IR.md), so a learner can print the
 * function after every one ({@code rt0gen build -d ssa=FUNC}, as GOSSAFUNC does).
 */
public final class Passes {
    private Passes() {
    }

    public record Pass(String name, Consumer<Func> fn) {
    }

    public static final List<Pass> ALL = List.of(
            new Pass("early copyelim", CopyElim::run),
            new Pass("fold", Fold::run),         // constants, identities, if const
            new Pass("copyelim", CopyElim::run), // the copies fold made of identities
            new Pass("early deadcode", DeadCode::run),
            new Pass("early prove", Prove::run), // before strength: x/2 where x%2 == 0 is a shift
            new Pass("strength", Strength::run), // after fold: it needs constant operands
            new Pass("cse", Cse::run),           // the constants strength made, among others
            new Pass("prove", Prove::run),       // after cse: a repeated test is then one value
            new Pass("nilcheckelim", NilCheck::run), // after cse: a pointer checked twice is then one value
            new Pass("divmod", DivMod::run),     // after strength: only real divisions are left
            new Pass("shortcircuit", ShortCircuit::run), // && and ||: branch on each operand, not on a phi of them
            new Pass("late copyelim", CopyElim::run),
            new Pass("late cse", Cse::run),       // shortcircuit made new dominators: a[j] read twice is one address
            new Pass("late prove", Prove::run),   // and a bounds check the threaded path already made goes
            new Pass("deadcode", DeadCode::run),
            new Pass("fuse", Fuse::run));

    public static void run(Module m) {
        for (Func f : m.funcs) run(f, (name, g) -> { });
    }

    public static void run(Func f) {
        run(f, (name, g) -> { });
    }

    /** Runs every pass over f, handing f to {@code afterEachPass} after each with the pass's name. */
    public static void run(Func f, BiConsumer<String, Func> afterEachPass) {
        run(f, java.util.Set.of(), afterEachPass);
    }

    /**
     * Runs every pass not named in {@code off} ({@code rt0gen build -d ssa/PASS/off}): each pass
     * only improves the code, so the program must stay correct without any of them, and
     * {@code make bench} measures what each one earns.
     */
    public static void run(Func f, java.util.Set<String> off, BiConsumer<String, Func> afterEachPass) {
        for (Pass p : ALL) {
            if (off.contains(p.name())) continue;
            p.fn().accept(f);
            afterEachPass.accept(p.name(), f);
        }
    }
}
