package dev.rt0gen.opt;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Parser;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Verifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test IR (the text form, or the ir.Block builder for generated IR), and questions about its shape. */
final class Build {
    private Build() {
    }

    /** A function in the text form (docs/IR.md), which must verify. */
    static Func parse(String text) {
        Func f = Parser.func(text);
        Verifier.verify(f);
        return f;
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

    static Block block(Func f, int id) {
        for (Block b : f.blocks) if (b.id == id) return b;
        throw new AssertionError("no b" + id + " in\n" + f);
    }

    /** The instruction that defines the k-th result the function returns (its only ret). */
    static Instr returned(Func f, int k) {
        for (Instr in : all(f)) if (in.op == Op.RET) return in.arg(k).def;
        throw new AssertionError("no ret in\n" + f);
    }
}
