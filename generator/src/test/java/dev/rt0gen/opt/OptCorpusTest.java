package dev.rt0gen.opt;

import dev.rt0gen.compare.RunsFile;
import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Interp;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import dev.rt0gen.lower.Lower;
import dev.rt0gen.source.SourceLoader;
import dev.rt0gen.testing.Corpora;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus programs, lowered and put through every pass (ir.Verifier after each), print and
 * exit as Go's recorded runs (the lowering tests' expectations) under ir.Interp.
 */
class OptCorpusTest {
    static final Path EXPECTED = Path.of("src/test/resources/dev/rt0gen/lower/corpus");
    static final int RECORDED_CPUS = 2;

    @TestFactory
    List<DynamicTest> corpusAfterThePasses() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, String> notInterpreted = Corpora.notInterpreted();
        for (Path dir : Corpora.corpus()) {
            String name = dir.getFileName().toString();
            List<Map<String, String>> runs = RunsFile.read(dir);
            for (int i = 0; i < runs.size(); i++) {
                int run = i;
                Map<String, String> env = runs.get(i);
                tests.add(DynamicTest.dynamicTest(name + " " + env, () -> {
                    List<Module> ms = Lower.lower(InitOrder.plan(Programs.check(SourceLoader.load(dir))));
                    int[] before = counts(ms);
                    for (Module m : ms)
                        for (Func f : m.funcs)
                            Passes.run(f, (pass, g) -> {
                                try {
                                    Verifier.verify(g);
                                } catch (Verifier.Error e) {
                                    throw new AssertionError("after " + pass + ": " + e.getMessage() + "\n" + g, e);
                                }
                            });
                    int[] after = counts(ms);
                    assertThat(after[0]).as("divisions left").isLessThanOrEqualTo(before[0]);
                    assertThat(after[1]).as("divisions by constants left").isZero();
                    if (notInterpreted.containsKey(name)) return;   // verified after every pass; not run (Corpora.notInterpreted)
                    String want = Files.readString(EXPECTED.resolve(name).resolve(run + ".stderr"), StandardCharsets.ISO_8859_1);
                    int wantExit = Integer.parseInt(Files.readString(EXPECTED.resolve(name).resolve(run + ".exit")).strip());
                    Interp.Result r = Interp.run(ms, env, RECORDED_CPUS);
                    assertThat(r.stderr()).isEqualTo(want);
                    assertThat(r.exit()).isEqualTo(wantExit);
                }));
            }
        }
        return tests;
    }

    @Test
    void theCorpusDividesByConstantsAndNoDivisionByAConstantRemains() throws Exception {
        int before = 0, after = 0;
        for (Path dir : Corpora.corpus()) {
            List<Module> ms = Lower.lower(InitOrder.plan(Programs.check(SourceLoader.load(dir))));
            before += counts(ms)[1];
            for (Module m : ms) for (Func f : m.funcs) Passes.run(f);
            after += counts(ms)[1];
        }
        assertThat(before).as("divisions by constants in the lowered corpus").isPositive();
        assertThat(after).isZero();
    }

    /** The div and mod instructions of every function, and those among them by a constant. */
    private static int[] counts(List<Module> ms) {
        int[] n = new int[2];
        for (Module m : ms)
            for (Func f : m.funcs)
                for (Instr in : Build.all(f))
                    if (in.op == Op.DIV || in.op == Op.MOD) {
                        n[0]++;
                        if (in.arg(1).constant() != null) n[1]++;
                    }
        return n;
    }
}
