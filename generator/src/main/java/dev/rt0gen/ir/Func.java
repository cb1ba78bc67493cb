package dev.rt0gen.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A function in SSA form: its Go symbol, the classes of its argument and result words (the
 * register ABI assigns them: docs/ABI.md), and its blocks, the entry block first.
 *
 * <p>{@code abi0}: the function takes its argument words on the stack, as the runtime's
 * {@code newproc} starts a goroutine ({@code go f(x)} runs such a wrapper, Go's
 * {@code main.main.gowrap1}, which calls {@code f} with Go's register ABI).
 */
public final class Func {
    public final String name;
    public final List<Cls> params;
    public final List<Cls> results;
    public final List<Block> blocks = new ArrayList<>();
    public boolean abi0;
    private int nextBlock;
    private int nextValue;

    public Func(String name, List<Cls> params, List<Cls> results) {
        this.name = name;
        this.params = List.copyOf(params);
        this.results = List.copyOf(results);
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
