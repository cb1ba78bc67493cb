package dev.rt0gen.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A function in SSA form: its Go symbol, the classes of its argument and result words, how
 * many words each Go value among them has ({@link #paramSizes}, {@link #resultSizes}: the
 * register ABI assigns whole values, docs/ABI.md), and its blocks, the entry block first.
 *
 * <p>{@code abi0}: the function takes its argument words on the stack, as the runtime's
 * {@code newproc} starts a goroutine ({@code go f(x)} runs such a wrapper, Go's
 * {@code main.main.gowrap1}, which calls {@code f} with Go's register ABI).
 */
public final class Func {
    public final String name;
    public final List<Cls> params;
    public final List<Cls> results;
    /** Words per Go value, in order: a string is 2, an int 1; they add up to params.size(). */
    public final List<Integer> paramSizes;
    /** Words per Go result value; they add up to results.size(). */
    public final List<Integer> resultSizes;
    public final List<Block> blocks = new ArrayList<>();
    public boolean abi0;
    /**
     * The allocation calls the source names with {@code new(T)}: runtime code may make these
     * (Go's runtime writes {@code new(g)}), and no other (api.RuntimeBuild).
     */
    public final java.util.Set<Instr> explicitAllocs = new java.util.HashSet<>();
    private int nextBlock;
    private int nextValue;

    /** Every word its own Go value. */
    public Func(String name, List<Cls> params, List<Cls> results) {
        this(name, params, results, ones(params.size()), ones(results.size()));
    }

    public Func(String name, List<Cls> params, List<Cls> results, List<Integer> paramSizes, List<Integer> resultSizes) {
        this.name = name;
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
        this.paramSizes = List.copyOf(paramSizes);
        this.resultSizes = List.copyOf(resultSizes);
    }

    /** n values of one word each. */
    public static List<Integer> ones(int n) {
        return java.util.Collections.nCopies(n, 1);
    }

    public Block entry() {
        return blocks.get(0);
    }

    public Block newBlock() {
        Block b = new Block(this, nextBlock++);
        blocks.add(b);
        return b;
    }

    /** A block with a given id (the parser's); later ids continue after it. */
    public Block newBlock(int id) {
        Block b = new Block(this, id);
        nextBlock = Math.max(nextBlock, id + 1);
        blocks.add(b);
        return b;
    }

    public Value newValue(Cls cls) {
        return new Value(nextValue++, cls);
    }

    /** A value with a given id (the parser's); later ids continue after it. */
    public Value newValue(int id, Cls cls) {
        nextValue = Math.max(nextValue, id + 1);
        return new Value(id, cls);
    }

    /** One more value defined by {@code in}. */
    public Value define(Instr in, Cls cls) {
        Value v = newValue(cls);
        attach(in, v);
        return v;
    }

    public static void attach(Instr in, Value v) {
        v.def = in;
        v.index = in.defs.size();
        in.defs.add(v);
    }

    public int valueCount() {
        return nextValue;
    }

    public int blockCount() {
        return nextBlock;
    }

    @Override
    public String toString() {
        return Printer.func(this);
    }
}
