package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Verifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyElimTest {
    @Test
    void usesOfCopiesUseTheOriginal() {
        Func f = Build.func(1, 2);
        Block b = f.newBlock();
        Value x = Build.param(b, 0);
        Value c1 = b.add(Op.COPY, Cls.INT, x);
        Value c2 = b.add(Op.COPY, Cls.INT, c1);
        Build.ret(b, b.add(Op.ADD, Cls.INT, c2, c1), c2);
        CopyElim.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.COPY)).isZero();
        assertThat(Build.returned(f, 0).args).containsExactly(x, x);
        assertThat(Build.returned(f, 1).op).isEqualTo(Op.PARAM);
    }

    @Test
    void trivialPhisGo() {
        // b0: jmp b1; b1: p = phi b0:x, b2:copy(p); r = phi b0:x, b2:r; if copy(p) < r -> b2, b3; b2: jmp b1; b3: ret p
        Func f = Build.func(1, 1);
        Block b0 = f.newBlock(), b1 = f.newBlock(), b2 = f.newBlock(), b3 = f.newBlock();
        Value x = Build.param(b0, 0);
        b0.jump(b1);
        Value p = Build.phi(b1, x);
        Value r = Build.phi(b1, x);
        Value c = b1.add(Op.COPY, Cls.INT, p);
        b1.branch(b1.add(Op.LT, Cls.INT, c, r), b2, b3);
        b2.jump(b1);
        p.def.args.add(c); // p = phi b0:x, b2:copy(p): x on every path
        r.def.args.add(r); // r = phi b0:x, b2:r: the phi itself around the loop
        Build.ret(b3, p);
        CopyElim.run(f);
        Verifier.verify(f);
        assertThat(Build.count(f, Op.PHI)).isZero();
        assertThat(Build.count(f, Op.COPY)).isZero();
        assertThat(Build.returned(f, 0).op).isEqualTo(Op.PARAM);
        assertThat(OptEval.run(f, 5)).containsExactly(5);
    }

    @Test
    void aPhiOfTwoValuesStays() {
        Func f = FoldTest.diamond(1);
        CopyElim.run(f);
        assertThat(Build.count(f, Op.PHI)).isEqualTo(1);
    }
}
