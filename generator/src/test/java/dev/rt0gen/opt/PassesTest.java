package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Every pass, in Passes' order, over random functions: valid IR after each, the same results. */
class PassesTest {
    @Test
    void everyPassKeepsRandomFunctionsValidAndTheirResults() {
        int changedSomething = 0;
        for (long seed = 0; seed < 400; seed++) {
            Func original = RandomFuncs.make(seed);
            Verifier.verify(original);
            List<long[]> inputs = RandomFuncs.inputs(seed, 12);
            List<long[]> want = new ArrayList<>();
            for (long[] in : inputs) want.add(OptEval.run(original, in));
            Func f = RandomFuncs.make(seed);
            String before = f.toString();
            long s = seed;
            Passes.run(f, (name, g) -> {
                try {
                    Verifier.verify(g);
                    for (int i = 0; i < inputs.size(); i++)
                        assertThat(OptEval.run(g, inputs.get(i))).as("input %s", java.util.Arrays.toString(inputs.get(i))).containsExactly(want.get(i));
                } catch (AssertionError e) {
                    fail("seed " + s + ", after " + name + ": " + e.getMessage() + "\nbefore the passes:\n" + before + "\nafter:\n" + g, e);
                }
            });
            if (!f.toString().equals(before)) changedSomething++;
            assertThat(Build.count(f, Op.COPY)).as("seed %d: copies left\n%s", seed, f).isZero();
        }
        assertThat(changedSomething).isGreaterThan(350);
    }

    @Test
    void reportsEveryPassByNameInOrder() {
        List<String> names = new ArrayList<>();
        Passes.run(RandomFuncs.make(1), (name, g) -> names.add(name));
        assertThat(names).containsExactlyElementsOf(Passes.ALL.stream().map(Passes.Pass::name).toList());
        assertThat(names).contains("fold", "deadcode", "strength", "cse", "fuse");
    }
}
