package dev.rt0gen.opt;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The divmod pass, and divmod through fold and cse. */
class DivModTest {
    static final long MIN = Long.MIN_VALUE, MAX = Long.MAX_VALUE;
    static final long[] XS = {0, 1, -1, 2, -2, 7, -7, 100, -100, MIN, MAX, MIN + 1, 0x5555555555555555L};
    static final long[] YS = {1, -1, 2, -2, 3, -3, 7, 100, MIN, MAX, MIN + 1};

    /** Runs both funcs on every pair (y never 0) and compares. */
    static void sameValues(Func f, Func want) {
        for (long x : XS)
            for (long y : YS)
                assertThat(OptEval.run(f, x, y)).as("x=%d y=%d\n%s", x, y, f).containsExactly(OptEval.run(want, x, y));
    }

    // q = x/y in b0; in b1 (dominated) r = x%y; returns q*1000+r or q.
    static final String LOOP_LIKE = """
            func main.t(int, int) (int) {
            b0:
                v0:int = param 0
                v1:int = param 1
                v2:int = div v0, v1
                v3:int = lt v2, v1
                if v3 -> b1, b2
            b1:
                v4:int = mod v0, v1
                v5:int = const 1000
                v6:int = mul v2, v5
                v7:int = add v6, v4
                ret v7
            b2:
                ret v2
            }
            """;

    @Test
    void aModDominatedByTheDivOfItsOperandsIsItsRemainder() {
        Func f = Build.parse(LOOP_LIKE);
        DivMod.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.DIV) + Build.count(f, Op.MOD)).as("%s", f).isZero();
        assertThat(Build.count(f, Op.DIVMOD)).isEqualTo(1);
        Instr dm = Build.all(f).stream().filter(in -> in.op == Op.DIVMOD).findFirst().orElseThrow();
        assertThat(dm.block).isSameAs(f.entry()); // where the dominating div was
        sameValues(f, Build.parse(LOOP_LIKE));
    }

    @Test
    void modFirstInOneBlockAndRepeatsUseTheOneDivmod() {
        String text = """
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = mod v0, v1
                    v3:int = div v0, v1
                    v4:int = mod v0, v1
                    v5:int = div v0, v1
                    v6:int = sub v2, v3
                    v7:int = xor v4, v5
                    v8:int = mul v6, v7
                    ret v8
                }
                """;
        Func f = Build.parse(text);
        Passes.run(f, (name, g) -> Verifier.verify(g));
        assertThat(Build.count(f, Op.DIVMOD)).as("%s", f).isEqualTo(1);
        assertThat(Build.count(f, Op.DIV) + Build.count(f, Op.MOD)).isZero();
        sameValues(f, Build.parse(text));
    }

    @Test
    void siblingsAndOtherOperandsStayApart() {
        String text = """
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = div v1, v0
                    if v0 -> b1, b2
                b1:
                    v3:int = div v0, v1
                    ret v3
                b2:
                    v4:int = mod v0, v1
                    v5:int = add v4, v2
                    ret v5
                }
                """;
        Func f = Build.parse(text);
        DivMod.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.DIVMOD)).isZero();
        assertThat(Build.count(f, Op.DIV)).isEqualTo(2);
        assertThat(Build.count(f, Op.MOD)).isEqualTo(1);
    }

    @Test
    void foldSplitsADivmodWithAConstantOperand() {
        for (String c : new String[]{"7", "-1", "1", "-8", "0x8000000000000000"}) {
            String text = """
                    func main.t(int, int) (int) {
                    b0:
                        v0:int = param 0
                        v1:int = const %s
                        v2:int, v3:int = divmod v0, v1
                        v4:int = const 1000
                        v5:int = mul v2, v4
                        v6:int = add v5, v3
                        ret v6
                    }
                    """.formatted(c.startsWith("0x") ? Long.toString(MIN) : c);
            Func f = Build.parse(text);
            Passes.run(f, (name, g) -> Verifier.verify(g));
            assertThat(Build.count(f, Op.DIVMOD) + Build.count(f, Op.DIV) + Build.count(f, Op.MOD)).as("%s", f).isZero();
            sameValues(f, Build.parse(text));
        }
        // Both constant: two constants.
        Func k = Build.parse("""
                func main.t(int, int) (int, int) {
                b0:
                    v0:int = const -7
                    v1:int = const 2
                    v2:int, v3:int = divmod v0, v1
                    ret v2, v3
                }
                """);
        Fold.run(k);
        Verifier.verify(k);
        assertThat(Build.returned(k, 0).op).isEqualTo(Op.CONST);
        assertThat(OptEval.run(k, 0, 0)).containsExactly(-3, -1);
    }

    @Test
    void cseMergesEqualDivmodsAndADivOrModAfterOne() {
        String text = """
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int, v3:int = divmod v0, v1
                    v12:int = lt v0, v1
                    if v12 -> b1, b2
                b1:
                    v4:int, v5:int = divmod v0, v1
                    v6:int = sub v4, v3
                    v7:int = mul v6, v5
                    ret v7
                b2:
                    v8:int = mod v0, v1
                    v9:int = div v0, v1
                    v10:int = sub v8, v9
                    v11:int = add v10, v2
                    ret v11
                }
                """;
        Func f = Build.parse(text);
        Cse.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.DIVMOD)).as("%s", f).isEqualTo(1);
        assertThat(Build.count(f, Op.DIV) + Build.count(f, Op.MOD)).isZero();
        sameValues(f, Build.parse(text));
    }

    @Test
    void deadCodeKeepsADivmodWithOneResultUsedAndDropsAnUnusedOne() {
        Func f = Build.parse("""
                func main.t(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int, v3:int = divmod v0, v1
                    v4:int, v5:int = divmod v1, v0
                    ret v3
                }
                """);
        DeadCode.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.DIVMOD)).isEqualTo(1);
        assertThat(OptEval.run(f, 7, -2)).containsExactly(1);
    }
}
