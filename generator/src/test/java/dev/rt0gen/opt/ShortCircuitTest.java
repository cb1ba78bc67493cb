package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortCircuitTest {
    /** (a > 0 && b < 3) || a == 7, as lowering builds it: phis of conditions, each tested again. */
    private static final String AND_OR = """
            func main.t(int, int) (int) {
            b0:
                v0:int = param 0
                v1:int = param 1
                v3:int = const 0
                v4:int = gt v0, v3
                if v4 -> b1, b2
            b1:
                v5:int = const 3
                v6:int = lt v1, v5
                jmp b2
            b2:
                v7:int = phi b0:v4, b1:v6
                if v7 -> b4, b3
            b3:
                v9:int = const 7
                v10:int = eq v0, v9
                jmp b4
            b4:
                v11:int = phi b2:v7, b3:v10
                if v11 -> b5, b6
            b5:
                v12:int = const 1
                ret v12
            b6:
                v13:int = const 2
                ret v13
            }
            """;

    @Test
    void andOrBranchesOnEachConditionAndNoPhiIsLeft() {
        Func f = Build.parse(AND_OR);
        ShortCircuit.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.PHI)).isZero();
        // every condition is tested where it is computed: b0 on a > 0, b1 on b < 3, b3 on a == 7
        assertThat(Build.block(f, 0).succs).extracting(b -> b.id).containsExactly(1, 3);
        assertThat(Build.block(f, 1).succs).extracting(b -> b.id).containsExactly(5, 3);
        assertThat(Build.block(f, 3).succs).extracting(b -> b.id).containsExactly(5, 6);
        for (long a = -1; a <= 8; a++) {
            for (long b = 1; b <= 4; b++) {
                long want = (a > 0 && b < 3) || a == 7 ? 1 : 2;
                assertThat(OptEval.run(f, a, b)).as("a=%d b=%d", a, b).containsExactly(want);
            }
        }
    }

    @Test
    void aNegatedPhiSwapsTheTargets() {
        // !(a == 1 || b == 1): b2 tests phi == 0
        Func f = Build.parse("""
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = const 1
                    v3:int = eq v0, v2
                    if v3 -> b2, b1
                b1:
                    v4:int = eq v1, v2
                    jmp b2
                b2:
                    v5:int = phi b0:v3, b1:v4
                    v6:int = const 0
                    v7:int = eq v5, v6
                    if v7 -> b3, b4
                b3:
                    v8:int = const 10
                    ret v8
                b4:
                    v9:int = const 20
                    ret v9
                }
                """);
        ShortCircuit.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.PHI)).isZero();
        for (long a = 0; a <= 2; a++) {
            for (long b = 0; b <= 2; b++) {
                assertThat(OptEval.run(f, a, b)).as("a=%d b=%d", a, b).containsExactly(!(a == 1 || b == 1) ? 10L : 20L);
            }
        }
    }

    @Test
    void aPhiUsedElsewhereStays() {
        // the phi is returned as well as tested: nothing to thread
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 0
                    v2:int = gt v0, v1
                    if v2 -> b1, b2
                b1:
                    v3:int = lt v0, v1
                    jmp b2
                b2:
                    v4:int = phi b0:v1, b1:v3
                    if v4 -> b3, b4
                b3:
                    ret v4
                b4:
                    ret v0
                }
                """);
        ShortCircuit.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.PHI)).isEqualTo(1);
        for (long a = -2; a <= 2; a++) assertThat(OptEval.run(f, a)).containsExactly(a);
    }
}
