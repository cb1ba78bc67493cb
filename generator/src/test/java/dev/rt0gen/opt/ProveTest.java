package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProveTest {
    static final long[] XS = {0, 1, -1, 2, 5, -5, Long.MIN_VALUE, Long.MAX_VALUE};

    static void sameValues(Func f, Func want) {
        for (long x : XS)
            for (long y : XS)
                assertThat(OptEval.run(f, x, y)).as("x=%d y=%d\n%s", x, y, f).containsExactly(OptEval.run(want, x, y));
    }

    // Lowering's shape: y == 0 checked before x/y and again before x%y, the second below the first's false edge.
    static final String CHECKS = """
            func main.t(int, int) (int) {
            b0:
                v0:int = param 0
                v1:int = param 1
                v2:int = const 0
                v3:int = eq v1, v2
                if v3 -> b1, b2
            b1:
                v20:int = const -1
                ret v20
            b2:
                v4:int = add v0, v1
                v5:int = lt v4, v0
                if v5 -> b3, b4
            b3:
                v6:int = const 0
                v7:int = eq v1, v6
                if v7 -> b5, b6
            b4:
                ret v4
            b5:
                v21:int = const -2
                ret v21
            b6:
                v8:int = mul v0, v1
                ret v8
            }
            """;

    @Test
    void aTestDominatedByAnEdgeOfTheSameTestIsDecided() {
        Func f = Build.parse(CHECKS);
        Cse.run(f); // the two eq v1, 0 are one value
        Prove.run(f);
        Verifier.verify(f);
        assertThat(Build.block(f, 3).terminator().op).isEqualTo(Op.JMP);
        assertThat(Build.block(f, 3).succs).containsExactly(Build.block(f, 6));
        assertThat(Build.block(f, 5).preds).isEmpty();
        assertThat(Build.count(f, Op.IF)).isEqualTo(2);
        sameValues(f, Build.parse(CHECKS));
        // Through every pass: b5 goes.
        Func g = Build.parse(CHECKS);
        Passes.run(g, (name, h) -> Verifier.verify(h));
        assertThat(Build.count(g, Op.IF)).isEqualTo(2);
        sameValues(g, Build.parse(CHECKS));
    }

    @Test
    void theValueAndItsZeroTestsTellEachOther() {
        // if y (true side) decides eq y, 0 (false) and ne y, 0 (true); if (eq x, 0) false side decides if x.
        String text = """
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    if v1 -> b1, b2
                b1:
                    v2:int = const 0
                    v3:int = eq v1, v2
                    if v3 -> b3, b4
                b2:
                    v4:int = const 0
                    v5:int = eq v0, v4
                    if v5 -> b5, b6
                b3:
                    v10:int = const 10
                    ret v10
                b4:
                    v6:int = const 0
                    v7:int = ne v6, v1
                    if v7 -> b7, b8
                b5:
                    v11:int = const 11
                    ret v11
                b6:
                    if v0 -> b9, b10
                b7:
                    v12:int = const 12
                    ret v12
                b8:
                    v13:int = const 13
                    ret v13
                b9:
                    v14:int = const 14
                    ret v14
                b10:
                    v15:int = const 15
                    ret v15
                }
                """;
        Func f = Build.parse(text);
        Prove.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.IF)).as("%s", f).isEqualTo(2); // b0's and b2's stay
        assertThat(Build.block(f, 1).succs).containsExactly(Build.block(f, 4));
        assertThat(Build.block(f, 4).succs).containsExactly(Build.block(f, 7));
        assertThat(Build.block(f, 6).succs).containsExactly(Build.block(f, 9));
        sameValues(f, Build.parse(text));
    }

    @Test
    void aJoinOrATestOfAnotherValueDecidesNothing() {
        // b3 is reached from both sides of if v1: nothing known there; b1 tests v0, not v1.
        String text = """
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    if v1 -> b1, b2
                b1:
                    if v0 -> b2, b3
                b2:
                    jmp b3
                b3:
                    if v1 -> b4, b5
                b4:
                    v10:int = const 10
                    ret v10
                b5:
                    v11:int = const 11
                    ret v11
                }
                """;
        Func f = Build.parse(text);
        Prove.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.IF)).isEqualTo(3);
        sameValues(f, Build.parse(text));
    }

    @Test
    void aLoopTestDominatedByTheSameTestOnEntryIsDecided() {
        // for { if y == 0 {panic}; x += y; if y == 0 {panic}; if x > 100 break }: the inner check goes.
        String text = """
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    jmp b1
                b1:
                    v2:int = phi b0:v0, b4:v5
                    v3:int = const 0
                    v4:int = eq v1, v3
                    if v4 -> b2, b3
                b2:
                    v20:int = const -1
                    ret v20
                b3:
                    v5:int = add v2, v1
                    v6:int = const 0
                    v7:int = eq v1, v6
                    if v7 -> b2, b5
                b5:
                    v8:int = const 100
                    v9:int = gt v5, v8
                    if v9 -> b6, b4
                b4:
                    jmp b1
                b6:
                    ret v5
                }
                """;
        Func f = Build.parse(text);
        Cse.run(f);
        Prove.run(f);
        Verifier.verify(f);
        assertThat(Build.block(f, 3).terminator().op).isEqualTo(Op.JMP);
        for (long x : new long[]{0, 1, -1, 5, -5, 99, 200})
            for (long y : new long[]{0, 1, 7, 50, 1000})
                assertThat(OptEval.run(f, x, y)).as("x=%d y=%d", x, y).containsExactly(OptEval.run(Build.parse(text), x, y));
    }

    @Test
    void aDivisionOfAValueWhoseLowBitsAreKnownZeroIsAShift() {
        // if x % 4 == 0 { x/2 + x/4*1000 + x%2 } else { x/2 }; through every pass: two sar, no
        // rounding fix-up (no shr) on the known side, strength's sequence on the other.
        String text = """
                func main.t(int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = const 4
                    v2:int = mod v0, v1
                    v3:int = const 0
                    v4:int = eq v2, v3
                    if v4 -> b1, b2
                b1:
                    v5:int = const 2
                    v6:int = div v0, v5
                    v7:int = const 4
                    v8:int = div v0, v7
                    v9:int = const 1000
                    v10:int = mul v8, v9
                    v11:int = add v6, v10
                    v12:int = const 2
                    v13:int = mod v0, v12
                    v14:int = add v11, v13
                    ret v14
                b2:
                    v15:int = const 2
                    v16:int = div v0, v15
                    ret v16
                }
                """;
        Func f = Build.parse(text);
        Passes.run(f, (name, g) -> Verifier.verify(g));
        assertThat(Build.count(f, Op.DIV) + Build.count(f, Op.MOD)).isZero();
        long sarsInB1 = Build.block(f, 1).instrs.stream().filter(in -> in.op == Op.SAR).count();
        long shrsInB1 = Build.block(f, 1).instrs.stream().filter(in -> in.op == Op.SHR).count();
        assertThat(sarsInB1).as("%s", f).isEqualTo(2);
        assertThat(shrsInB1).as("%s", f).isZero();
        Func want = Build.parse(text);
        for (long x : new long[]{0, 1, -1, 2, -2, 4, -4, 6, -6, 8, -8, 12, -12, 1001, -1001, 1L << 62, -(1L << 62),
                Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 4, Long.MAX_VALUE - 3})
            assertThat(OptEval.run(f, x)).as("x=%d", x).containsExactly(OptEval.run(want, x));
    }
}
