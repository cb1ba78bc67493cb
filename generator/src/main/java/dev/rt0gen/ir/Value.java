package dev.rt0gen.ir;

/**
 * An SSA value: one machine word of class {@link #cls}, defined exactly once, by {@link #def}
 * (its {@link #index}-th result: a call defines one value per result word).
 */
public final class Value {
    public final int id;
    public final Cls cls;
    public Instr def;
    public int index;

    Value(int id, Cls cls) {
        this.id = id;
        this.cls = cls;
    }

    /** The constant this value is, or null. */
    public Long constant() {
        return def != null && def.op == Op.CONST ? def.aux : null;
    }

    public boolean isConst(long v) {
        Long c = constant();
        return c != null && c == v;
    }

    @Override
    public String toString() {
        return "v" + id;
    }
}
