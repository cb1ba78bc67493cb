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

    @Test
    void aLoadWithNoWriteSinceAnEqualOneIsThatOne() {
        // a[j] read in b0 and again in b2 (b1 and b2 each the only successor's predecessor, no
        // store or call between): one load; after b2's store, and across b3 (two
        // predecessors), the loads stay; another width or offset is another load
        Func f = Build.parse("""
                func main.t(ptr, int) (int) {
                b0:
                    v0:ptr = param 0
                    v1:int = param 1
                    v2:int = load [v0+8]
                    v3:int = load.u8 [v0+8]
                    v4:int = load [v0+16]
                    if v1 -> b1, b3
                b1:
                    jmp b2
                b2:
                    v5:int = load [v0+8]
                    store [v0], v5
                    v6:int = load [v0+8]
                    store [v0+24], v6
                    jmp b3
                b3:
                    v7:int = load [v0+8]
                    v8:ptr = addr main.g
                    v9:int = load [v8]
                    v10:ptr = addr main.g
                    v11:int = load [v10]
                    v12:int = syscall v9, v11
                    v13:int = load [v8]
                    v14:int = add v2, v3
                    v15:int = add v14, v4
                    v17:int = add v15, v7
                    v18:int = add v17, v12
                    v19:int = add v18, v13
                    ret v19
                }
                """);
        Cse.run(f);
        Verifier.verify(f);
        // b0: 3; b2: v5 gone, v6 stays (after the store); b3: v7 stays, v11 is v9, v13 stays (after the syscall)
        assertThat(Build.count(f, Op.LOAD)).isEqualTo(7);
        assertThat(f.blocks.get(2).instrs.get(0).op).isEqualTo(Op.STORE);
        assertThat(f.blocks.get(2).instrs.get(0).arg(1).toString()).isEqualTo("v2");
    }
}
