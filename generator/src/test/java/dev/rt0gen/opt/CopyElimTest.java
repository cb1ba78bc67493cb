package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyElimTest {
    @Test
    void usesOfCopiesUseTheOriginal() {
        Func f = Build.parse("""
                func main.t(int) (int, int) {
                b0:
                    v0:int = param 0
                    v1:int = copy v0
                    v2:int = copy v1
                    v3:int = add v2, v1
                    ret v3, v2
                }
                """);
        CopyElim.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.COPY)).isZero();
        assertThat(Build.returned(f, 0).toString()).isEqualTo("v3:int = add v0, v0");
        assertThat(Build.returned(f, 1).op).isEqualTo(Op.PARAM);
    }

    @Test
    void trivialPhisGo() {
        // p is x on every path (through a copy of itself), r is x or itself around the loop.
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    jmp b1
                b1:
                    v1:int = phi b0:v0, b2:v3
                    v2:int = phi b0:v0, b2:v2
                    v3:int = copy v1
                    v4:int = lt v3, v2
                    if v4 -> b2, b3
                b2:
                    jmp b1
                b3:
                    ret v1
                }
                """);
        CopyElim.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.PHI)).isZero();
        assertThat(Build.count(f, Op.COPY)).isZero();
        assertThat(Build.returned(f, 0).op).isEqualTo(Op.PARAM);
        assertThat(OptEval.run(f, 5)).containsExactly(5);
    }

    @Test
    void aPhiOfTwoValuesStays() {
        Func f = FoldTest.diamond("lt v0, v1");
        CopyElim.run(f);
        assertThat(Build.count(f, Op.PHI)).isEqualTo(1);
    }
}
