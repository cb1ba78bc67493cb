package dev.rt0gen.ir;

/**
 * The class of an IR value or of a word in memory: what register file it lives in and whether
 * the garbage collector must treat it as a pointer. Every Go value is lowered to a sequence of
 * such words (docs/IR.md, "Go values as words"): an int or bool is one {@code INT}, a string a
 * {@code PTR} and an {@code INT}; a slice will be {@code PTR INT INT}, an interface
 * {@code PTR PTR}, a float64 one {@code F64}. Stack slots and global words carry a class too,
 * so that stack maps at call sites and the data/bss pointer bitmaps come from the IR alone.
 */
public enum Cls {
    /** A general-purpose register word that never holds a heap pointer (int, bool, lengths). */
    INT("int"),
    /** A general-purpose register word that may hold a pointer (string data, later slices, maps…). */
    PTR("ptr"),
    /**
     * A float64 in an XMM register: made and taken by the float ops (fconst, fadd, …, cvtif),
     * moved like any word (copy, phi, param, load, store, call, ret): Go's float64.
     */
    F64("f64");

    public final String text;

    Cls(String text) {
        this.text = text;
    }

    public boolean isGp() {
        return this != F64;
    }

    public static Cls parse(String s) {
        for (Cls c : values()) if (c.text.equals(s)) return c;
        throw new IllegalArgumentException("unknown class " + s);
    }

    @Override
    public String toString() {
        return text;
    }
}
