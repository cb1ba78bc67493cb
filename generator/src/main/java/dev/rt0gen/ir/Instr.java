package dev.rt0gen.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * One instruction: an op, its operands, the values it defines (none, one, or one per result
 * word of a call), an integer {@link #aux} (a constant, a byte offset, a parameter index) and a
 * symbol {@link #sym} (a call's target, an address's symbol). A call also groups its argument
 * and result words into Go values ({@link #argSizes}, {@link #resultSizes}).
 */
public final class Instr {
    public Op op;
    public final List<Value> args = new ArrayList<>();
    public final List<Value> defs = new ArrayList<>();
    public long aux;
    public String sym;
    /** A load's or store's width (others: {@link Width#W64}). */
    public Width width = Width.W64;
    public Block block;
    /** A call's words per Go argument value, in order (they add up to args.size()); null for other ops. */
    public int[] argSizes;
    /** A call's words per Go result value (they add up to defs.size()); null for other ops. */
    public int[] resultSizes;

    /** Where a call's argument words start in {@link #args}: 1 for {@code calli} (args[0] is the func value), else 0. */
    public int firstArg() {
        return op == Op.CALLI ? 1 : 0;
    }

    /** A call's argument words ({@code calli}: without the func value). */
    public List<Value> callArgs() {
        return args.subList(firstArg(), args.size());
    }

    public boolean isCall() {
        return op == Op.CALL || op == Op.CALLI;
    }

    public Instr(Op op) {
        this.op = op;
    }

    /** The only value this instruction defines. */
    public Value def() {
        if (defs.size() != 1) throw new IllegalStateException(op + " defines " + defs.size() + " values");
        return defs.get(0);
    }

    public Value arg(int i) {
        return args.get(i);
    }

    /** Turns this instruction into {@code copy x}, keeping its value. */
    public void becomeCopy(Value x) {
        op = Op.COPY;
        args.clear();
        args.add(x);
        sym = null;
        aux = 0;
        argSizes = resultSizes = null;
    }

    /** Turns this instruction into {@code const c}, keeping its value. */
    public void becomeConst(long c) {
        op = Op.CONST;
        args.clear();
        sym = null;
        aux = c;
        argSizes = resultSizes = null;
    }

    @Override
    public String toString() {
        return Printer.instr(this);
    }
}
