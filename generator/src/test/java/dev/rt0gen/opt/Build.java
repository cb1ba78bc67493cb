package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test IR through the ir.Block builder (until ir.Parser lands), and questions about its shape. */
final class Build {
    private Build() {
    }

    /** A func of n int argument words and m int results, with its entry block. */
    static Func func(int n, int m) {
        return new Func("main.t", Collections.nCopies(n, Cls.INT), Collections.nCopies(m, Cls.INT));
    }

    static Value param(Block b, int i) {
        Instr in = b.append(Op.PARAM);
        in.aux = i;
        return b.func.define(in, Cls.INT);
    }

    static Value phi(Block b, Value... args) {
        Instr in = b.insert(b.phis().size(), Op.PHI, args);
        return b.func.define(in, Cls.INT);
    }

    static void ret(Block b, Value... vs) {
        b.ret(List.of(vs));
    }

    static long count(Func f, Op op) {
        return all(f).stream().filter(in -> in.op == op).count();
    }

    static List<Instr> all(Func f) {
        List<Instr> out = new ArrayList<>();
        for (Block b : f.blocks) out.addAll(b.instrs);
        return out;
    }

    /** The instruction that defines the k-th result the function returns (its only ret). */
    static Instr returned(Func f, int k) {
        for (Instr in : all(f)) if (in.op == Op.RET) return in.arg(k).def;
        throw new AssertionError("no ret in\n" + f);
    }
}
