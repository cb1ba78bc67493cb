package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CseTest {
    @Test
    void equalPureOpsInDominatingPositionsAreOne() {
        // b1's y+x and x+y are b0's x+y (add commutes); b2's x-y and y-x are two (sub does not).
        Func f = Build.parse("""
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = add v0, v1
                    if v0 -> b1, b2
                b1:
                    v3:int = add v1, v0
                    v4:int = add v0, v1
                    v5:int = mul v3, v4
                    ret v5
                b2:
                    v6:int = sub v0, v1
                    v7:int = sub v1, v0
                    v8:int = sub v2, v6
                    v9:int = add v8, v7
                    ret v9
                }
                """);
        Cse.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.ADD)).isEqualTo(2); // v2 and v9
        assertThat(Build.count(f, Op.SUB)).isEqualTo(3);
        assertThat(OptEval.run(f, 3, 4)).containsExactly(49);
        assertThat(OptEval.run(f, 0, 4)).containsExactly(12);
    }

    @Test
    void equalConstantsMakeEqualOps() {
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 5
                    v2:int = add v0, v1
                    v3:int = const 5
                    v4:int = add v3, v0
                    v5:int = xor v2, v4
                    ret v5
                }
                """);
        Cse.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.ADD)).isEqualTo(1);
        assertThat(Build.count(f, Op.CONST)).isEqualTo(2); // constants stay where they are made
    }

    @Test
    void siblingsKeepTheirOwnAndMemoryIsNeverMerged() {
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    if v0 -> b1, b2
                b1:
                    v1:int = mul v0, v0
                    ret v1
                b2:
                    v2:int = mul v0, v0
                    ret v2
                }
                """);
        Cse.run(f);
        assertThat(Build.count(f, Op.MUL)).isEqualTo(2);

        Func g = Build.parse("""
                func main.t() (int) {
                b0:
                    v0:ptr = addr main.v
                    v1:int = load [v0]
                    v2:int = const 1
                    store [v0], v2
                    v3:int = load [v0]
                    v4:int = call main.f()
                    v5:int = call main.f()
                    v6:int = add v1, v3
                    ret v6
                }
                """);
        Cse.run(g);
        Verifier.verify(g);
        assertThat(Build.count(g, Op.LOAD)).isEqualTo(2);
        assertThat(Build.count(g, Op.CALL)).isEqualTo(2);
        assertThat(Build.count(g, Op.STORE)).isEqualTo(1);
    }
}
