package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FuseTest {
    @Test
    void aChainOfJumpsIsOneBlock() {
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value x = Build.param(b0, 0);
        b0.jump(b1);
        Value y = b1.add(Op.ADD, Cls.INT, x, x);
        b1.jump(b2);
        Value p = Build.phi(b2, y);
        b2.jump(b3);
        Build.ret(b3, b3.add(Op.MUL, Cls.INT, p, x));
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(f.blocks).containsExactly(b0);
        assertThat(Build.count(f, Op.PHI)).isZero();
        assertThat(OptEval.run(f, 3)).containsExactly(18);
    }

    /** b0: if x -> b1, b2; b1: jmp b3; b2: y = x+1; jmp b3; b3: phi b1:7, b2:y; ret. */
    @Test
    void anEmptyBlockIsSkippedAndItsPhiOperandMoves() {
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value x = Build.param(b0, 0);
        Value seven = b0.constant(7);
        b0.branch(x, b1, b2);
        b1.jump(b3);
        Value y = b2.add(Op.ADD, Cls.INT, x, b2.constant(1));
        b2.jump(b3);
        Build.ret(b3, Build.phi(b3, seven, y));
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(f.blocks).doesNotContain(b1);
        assertThat(b0.succs).containsExactly(b3, b2);
        assertThat(OptEval.run(f, 1)).containsExactly(7);
        assertThat(OptEval.run(f, 0)).containsExactly(1);
    }

    /** b0: if x -> b1, b2; b1: jmp b2; b2: phi b0:5, b1:7 (b1's edge and b0's need different operands). */
    @Test
    void anEmptyBlockStaysWhenItsPredecessorAlreadyJumpsToItsTargetWithPhis() {
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        Value x = Build.param(b0, 0);
        Value five = b0.constant(5), seven = b0.constant(7);
        b0.branch(x, b1, b2);
        b1.jump(b2);
        Build.ret(b2, Build.phi(b2, five, seven));
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(OptEval.run(f, 1)).containsExactly(7);
        assertThat(OptEval.run(f, 0)).containsExactly(5);
    }

    @Test
    void ifToOneBlockTwiceWithOneOperandIsAJump() {
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock();
        Value x = Build.param(b0, 0);
        b0.jump(b1);
        b1.branch(x, b2, b2);
        Build.ret(b2, Build.phi(b2, x, x));
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.IF)).isZero();
        assertThat(f.blocks).hasSize(1);
        assertThat(OptEval.run(f, 4)).containsExactly(4);
    }

    @Test
    void loopsStayLoops() {
        // b0: jmp b1; b1: i = phi b0:0, b2:i+1; if i < n -> b2, b3; b2: jmp b1; b3: ret i
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value n = Build.param(b0, 0);
        Value zero = b0.constant(0), one = b0.constant(1);
        b0.jump(b1);
        Value i = Build.phi(b1, zero);
        Value i2 = b1.add(Op.ADD, Cls.INT, i, one);
        b1.branch(b1.add(Op.LT, Cls.INT, i, n), b2, b3);
        b2.jump(b1);
        i.def.args.add(i2);
        Build.ret(b3, i);
        Fuse.run(f);
        Verifier.verify(f);
        assertThat(OptEval.run(f, 6)).containsExactly(6);
        assertThat(OptEval.run(f, -3)).containsExactly(0);
        assertThat(Build.count(f, Op.PHI)).isEqualTo(1);
    }
}
