package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadCodeTest {
    @Test
    void unusedPureValuesGoButMemoryAndCallsStay() {
        Func f = Build.func(2, 1);
        Block b = f.newBlock();
        Value x = Build.param(b, 0);
        Build.param(b, 1); // unused, but the ABI's: stays
        Value p = b.addr("main.g", 8);
        Value dead1 = b.add(Op.MUL, Cls.INT, x, x);
        b.add(Op.ADD, Cls.INT, dead1, b.constant(1)); // dead, and so dead1 with it
        b.load(Cls.INT, p, 0); // unused load: stays
        b.store(p, 0, x);
        b.call("main.h", List.of(x), List.of(Cls.INT)); // unused result: stays
        Build.ret(b, x);
        DeadCode.run(f);
        Verifier.verify(f);
        assertThat(Build.all(f)).extracting(in -> in.op)
                .containsExactly(Op.PARAM, Op.PARAM, Op.ADDR, Op.LOAD, Op.STORE, Op.CALL, Op.RET);
    }

    @Test
    void unreachableBlocksGoWithTheirPhiOperands() {
        // b0: jmp b2; b1 (no preds): jmp b2; b2: phi b0:x, b1:k; ret
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value x = Build.param(b0, 0);
        b0.jump(b2);
        Value k = b1.constant(4);
        b1.jump(b2);
        Value phi = Build.phi(b2, x, k);
        Build.ret(b2, phi);
        b3.jump(b1); // b3 and b1 reach each other's blocks but not from the entry
        DeadCode.run(f);
        Verifier.verify(f);
        assertThat(f.blocks).containsExactly(b0, b2);
        assertThat(b2.preds).containsExactly(b0);
        assertThat(phi.def.args).containsExactly(x);
        assertThat(OptEval.run(f, 9)).containsExactly(9);
    }

    @Test
    void deadPhiCyclesGo() {
        // A loop counting i, and j = phi(0, j+1) that nothing outside the loop uses.
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value n = Build.param(b0, 0);
        Value zero = b0.constant(0);
        b0.jump(b1);
        Value i = Build.phi(b1, zero), j = Build.phi(b1, zero);
        b1.branch(b1.add(Op.LT, Cls.INT, i, n), b2, b3);
        Value one = b2.constant(1);
        Value i2 = b2.add(Op.ADD, Cls.INT, i, one), j2 = b2.add(Op.ADD, Cls.INT, j, one);
        b2.jump(b1);
        i.def.args.add(i2);
        j.def.args.add(j2);
        Build.ret(b3, i);
        DeadCode.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.PHI)).isEqualTo(1);
        assertThat(Build.count(f, Op.ADD)).isEqualTo(1);
        assertThat(OptEval.run(f, 5)).containsExactly(5);
    }
}
