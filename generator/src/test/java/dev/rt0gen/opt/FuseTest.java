package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FuseTest {
    @Test
    void aChainOfJumpsIsOneBlock() {
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    jmp b1
                b1:
                    v1:int = add v0, v0
                    jmp b2
                b2:
                    v2:int = phi b1:v1
                    jmp b3
                b3:
                    v3:int = mul v2, v0
                    ret v3
                }
                """);
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(f.toString()).isEqualTo("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = add v0, v0
                    v3:int = mul v1, v0
                    ret v3
                }
                """);
    }

    @Test
    void anEmptyBlockIsSkippedAndItsPhiOperandMoves() {
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 7
                    if v0 -> b1, b2
                b1:
                    jmp b3
                b2:
                    v2:int = const 1
                    v3:int = add v0, v2
                    jmp b3
                b3:
                    v4:int = phi b1:v1, b2:v3
                    ret v4
                }
                """);
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(f.blocks).extracting(b -> b.id).doesNotContain(1);
        assertThat(f.entry().succs).extracting(b -> b.id).containsExactly(3, 2);
        assertThat(OptEval.run(f, 1)).containsExactly(7);
        assertThat(OptEval.run(f, 0)).containsExactly(1);
    }

    @Test
    void anEmptyBlockStaysWhenItsPredecessorAlreadyJumpsToItsTargetWithPhis() {
        // b0's edge and b1's edge into b2 need different operands: b1 must stay.
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 5
                    v2:int = const 7
                    if v0 -> b1, b2
                b1:
                    jmp b2
                b2:
                    v3:int = phi b0:v1, b1:v2
                    ret v3
                }
                """);
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(OptEval.run(f, 1)).containsExactly(7);
        assertThat(OptEval.run(f, 0)).containsExactly(5);
    }

    @Test
    void ifToOneBlockTwiceWithOneOperandIsAJump() {
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    jmp b1
                b1:
                    if v0 -> b2, b2
                b2:
                    v1:int = phi b1:v0, b1:v0
                    ret v1
                }
                """);
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.IF)).isZero();
        assertThat(f.blocks).hasSize(1);
        assertThat(OptEval.run(f, 4)).containsExactly(4);
    }

    @Test
    void loopsStayLoops() {
        Func f = Build.parse("""
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 0
                    v2:int = const 1
                    jmp b1
                b1:
                    v3:int = phi b0:v1, b2:v4
                    v4:int = add v3, v2
                    v5:int = lt v3, v0
                    if v5 -> b2, b3
                b2:
                    jmp b1
                b3:
                    ret v3
                }
                """);
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(OptEval.run(f, 6)).containsExactly(6);
        assertThat(OptEval.run(f, -3)).containsExactly(0);
        assertThat(Build.count(f, Op.PHI)).isEqualTo(1);
    }
}
