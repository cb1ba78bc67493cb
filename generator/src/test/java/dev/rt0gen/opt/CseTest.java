package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CseTest {
    @Test
    void equalPureOpsInDominatingPositionsAreOne() {
        // b0: a = x+y; if x -> b1, b2; b1: c = y+x (commutes); ret c*(x+y); b2: ret a - (x - y) + (y - x)
        Func f = Build.func(2, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        Value x = Build.param(b0, 0), y = Build.param(b0, 1);
        Value a = b0.add(Op.ADD, Cls.INT, x, y);
        b0.branch(x, b1, b2);
        Value c = b1.add(Op.ADD, Cls.INT, y, x);
        Build.ret(b1, b1.add(Op.MUL, Cls.INT, c, b1.add(Op.ADD, Cls.INT, x, y)));
        Value d = b2.add(Op.SUB, Cls.INT, x, y), e = b2.add(Op.SUB, Cls.INT, y, x); // sub does not commute
        Build.ret(b2, b2.add(Op.ADD, Cls.INT, b2.add(Op.SUB, Cls.INT, a, d), e));
        Cse.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.ADD)).isEqualTo(2); // a, and b2's last
        assertThat(Build.count(f, Op.SUB)).isEqualTo(3);
        assertThat(OptEval.run(f, 3, 4)).containsExactly(49);
        assertThat(OptEval.run(f, 0, 4)).containsExactly(4 + 4 + 4);
    }

    @Test
    void siblingsKeepTheirOwnAndLoadsAreNeverMerged() {
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        Value x = Build.param(b0, 0);
        b0.branch(x, b1, b2);
        Build.ret(b1, b1.add(Op.MUL, Cls.INT, x, x));
        Build.ret(b2, b2.add(Op.MUL, Cls.INT, x, x));
        Cse.run(f);
        assertThat(Build.count(f, Op.MUL)).isEqualTo(2);

        Func g = Build.func(0, 1);
        Block c0 = g.newBlock();
        Value p = c0.addr("main.v", 0), q = c0.addr("main.v", 0);
        Value l1 = c0.load(Cls.INT, p, 0);
        c0.store(q, 0, c0.constant(1));
        Value l2 = c0.load(Cls.INT, q, 0);
        Build.ret(c0, c0.add(Op.ADD, Cls.INT, l1, l2));
        Cse.run(g);
        Verifier.verify(g);
        assertThat(Build.count(g, Op.ADDR)).isEqualTo(1);
        assertThat(Build.count(g, Op.LOAD)).isEqualTo(2);
        assertThat(Build.count(g, Op.STORE)).isEqualTo(1);
    }
}
