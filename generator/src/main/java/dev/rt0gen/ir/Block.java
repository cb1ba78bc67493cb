package dev.rt0gen.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: phis first, then ordinary instructions, then exactly one terminator
 * ({@code jmp}, {@code if}, {@code ret}, {@code unreachable}). {@code succs} are the terminator's
 * targets in its order; {@code preds} are in the order of every phi's operands.
 */
public final class Block {
    public final int id;
    public final Func func;
    public final List<Instr> instrs = new ArrayList<>();
    public final List<Block> preds = new ArrayList<>();
    public final List<Block> succs = new ArrayList<>();

    Block(Func func, int id) {
        this.func = func;
        this.id = id;
    }

    public Instr terminator() {
        if (instrs.isEmpty()) return null;
        Instr t = instrs.get(instrs.size() - 1);
        return t.op.isTerminator() ? t : null;
    }

    /** Appends an instruction defining one value of class {@code cls} (null: none). */
    public Value add(Op op, Cls cls, Value... args) {
        Instr in = append(op, args);
        return cls == null ? null : func.define(in, cls);
    }

    public Value constant(long c) {
        Instr in = append(Op.CONST);
        in.aux = c;
        return func.define(in, Cls.INT);
    }

    public Value addr(String sym, long off) {
        Instr in = append(Op.ADDR);
        in.sym = sym;
        in.aux = off;
        return func.define(in, Cls.PTR);
    }

    public Value load(Cls cls, Value p, long off) {
        Instr in = append(Op.LOAD, p);
        in.aux = off;
        return func.define(in, cls);
    }

    public void store(Value p, long off, Value x) {
        append(Op.STORE, p, x).aux = off;
    }

    /** A load of {@code w}'s bytes (a narrow integer extended to a word, a float32 made an f64). */
    public Value load(Cls cls, Width w, Value p, long off) {
        Value v = load(cls, p, off);
        v.def.width = w;
        return v;
    }

    /** A store of {@code w}'s bytes of x (the low bytes, or x rounded to float32). */
    public void store(Width w, Value p, long off, Value x) {
        Instr in = append(Op.STORE, p, x);
        in.aux = off;
        in.width = w;
    }

    /** {@code call sym(args)}, defining one value per class in {@code results}; every word its own Go value. */
    public List<Value> call(String sym, List<Value> args, List<Cls> results) {
        return call(sym, args, ones(args.size()), results, ones(results.size()));
    }

    /**
     * {@code call sym(args)}, defining one value per class in {@code results}; {@code argSizes}
     * and {@code resultSizes} group the words into Go values (a string: 2).
     */
    public List<Value> call(String sym, List<Value> args, int[] argSizes, List<Cls> results, int[] resultSizes) {
        Instr in = append(Op.CALL, args.toArray(new Value[0]));
        in.sym = sym;
        in.argSizes = argSizes.clone();
        in.resultSizes = resultSizes.clone();
        List<Value> out = new ArrayList<>();
        for (Cls c : results) out.add(func.define(in, c));
        return out;
    }

    /**
     * {@code calli fn(args)}: a call of the func value fn (a closure pointer), defining one
     * value per class in {@code results}; the sizes group args and results as call's.
     */
    public List<Value> callIndirect(Value fn, List<Value> args, int[] argSizes, List<Cls> results, int[] resultSizes) {
        List<Value> all = new ArrayList<>();
        all.add(fn);
        all.addAll(args);
        Instr in = append(Op.CALLI, all.toArray(new Value[0]));
        in.argSizes = argSizes.clone();
        in.resultSizes = resultSizes.clone();
        List<Value> out = new ArrayList<>();
        for (Cls c : results) out.add(func.define(in, c));
        return out;
    }

    static int[] ones(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    /** Appends an instruction (before nothing: the block must not have a terminator yet). */
    public Instr append(Op op, Value... args) {
        if (terminator() != null) throw new IllegalStateException("b" + id + " is already terminated");
        Instr in = new Instr(op);
        in.block = this;
        for (Value a : args) in.args.add(a);
        instrs.add(in);
        return in;
    }

    /** Inserts an instruction at index i. */
    public Instr insert(int i, Op op, Value... args) {
        Instr in = new Instr(op);
        in.block = this;
        for (Value a : args) in.args.add(a);
        instrs.add(i, in);
        return in;
    }

    public void jump(Block to) {
        append(Op.JMP);
        link(to);
    }

    public void branch(Value cond, Block then, Block els) {
        append(Op.IF, cond);
        link(then);
        link(els);
    }

    public void ret(List<Value> results) {
        append(Op.RET, results.toArray(new Value[0]));
    }

    public void unreachable() {
        append(Op.UNREACHABLE);
    }

    private void link(Block to) {
        succs.add(to);
        to.preds.add(this);
    }

    /** The phis at the top of this block. */
    public List<Instr> phis() {
        List<Instr> out = new ArrayList<>();
        for (Instr in : instrs) {
            if (in.op != Op.PHI) break;
            out.add(in);
        }
        return out;
    }

    @Override
    public String toString() {
        return "b" + id;
    }
}
