package dev.rt0gen.ir;

/**
 * How many bytes a {@code load} or {@code store} moves, and how a narrow load makes a word of
 * them: {@code load.u8} zero-extends a byte, {@code load.i8} sign-extends it (lowering keeps
 * every narrow Go integer normalized so, docs/IR.md), {@code load.f32} reads a float32 into an
 * {@code f64} word and {@code store.f32} rounds one to float32 (IEEE conversions). {@link #W64},
 * the default, moves a whole word of any class and is not written in the text form.
 */
public enum Width {
    W64("", 8, false), U8("u8", 1, false), I8("i8", 1, true), U16("u16", 2, false), I16("i16", 2, true),
    U32("u32", 4, false), I32("i32", 4, true), F32("f32", 4, false);

    public final String text;
    public final int bytes;
    public final boolean signed;

    Width(String text, int bytes, boolean signed) {
        this.text = text;
        this.bytes = bytes;
        this.signed = signed;
    }

    public static Width parse(String s) {
        for (Width w : values()) if (w.text.equals(s)) return w;
        throw new IllegalArgumentException("unknown width " + s);
    }
}
