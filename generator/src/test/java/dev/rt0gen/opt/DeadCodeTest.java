package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadCodeTest {
    @Test
    void unusedPureValuesGoButMemoryCallsAndParamsStay() {
        Func f = Build.parse("""
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:ptr = addr main.g+8
                    v3:int = mul v0, v0
                    v4:int = const 1
                    v5:int = add v3, v4
                    v6:int = load [v2]
                    store [v2], v0
                    v7:int = call main.h(v0)
                    ret v0
                }
                """);
        DeadCode.run(f);
        Verifier.verify(f);
        assertThat(Build.all(f)).extracting(in -> in.op)
                .containsExactly(Op.PARAM, Op.PARAM, Op.ADDR, Op.LOAD, Op.STORE, Op.CALL, Op.RET);
    }

    @Test
    void unreachableBlocksGoWithTheirPhiOperands() {
        // b1 and b3 reach each other but not from the entry.
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    jmp b2
                b1:
                    v1:int = const 4
                    jmp b2
                b2:
                    v2:int = phi b0:v0, b1:v1
                    ret v2
                b3:
                    jmp b1
                }
                """);
        DeadCode.run(f);
        Verifier.verify(f);
        assertThat(f.blocks).extracting(b -> b.id).containsExactly(0, 2);
        assertThat(Build.block(f, 2).preds).containsExactly(f.entry());
        assertThat(Build.returned(f, 0).toString()).isEqualTo("v2:int = phi b0:v0");
        assertThat(OptEval.run(f, 9)).containsExactly(9);
    }

    @Test
    void deadPhiCyclesGo() {
        // i counts to n; j = phi(0, j+1) is used by nothing but itself.
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 0
                    jmp b1
                b1:
                    v2:int = phi b0:v1, b2:v6
                    v3:int = phi b0:v1, b2:v7
                    v4:int = lt v2, v0
                    if v4 -> b2, b3
                b2:
                    v5:int = const 1
                    v6:int = add v2, v5
                    v7:int = add v3, v5
                    jmp b1
                b3:
                    ret v2
                }
                """);
        DeadCode.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.PHI)).isEqualTo(1);
        assertThat(Build.count(f, Op.ADD)).isEqualTo(1);
        assertThat(OptEval.run(f, 5)).containsExactly(5);
    }
}
