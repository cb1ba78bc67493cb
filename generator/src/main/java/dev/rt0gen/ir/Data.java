package dev.rt0gen.ir;

import java.util.List;

/**
 * A symbol's static contents: a string literal's bytes, a package variable's initial words, a
 * table of the program ({@code go..inittasks}). Every word carries its {@link Cls}, so the
 * garbage collector's view of data and bss (Go's gcdata/gcbss bitmaps) follows from the IR.
 */
public record Data(Section section, String name, List<Item> items) {
    public Data {
        items = List.copyOf(items);
    }

    public enum Section {
        RODATA("rodata"), DATA("data"), BSS("bss");

        public final String text;

        Section(String text) {
            this.text = text;
        }

        public static Section parse(String s) {
            for (Section x : values()) if (x.text.equals(s)) return x;
            throw new IllegalArgumentException("unknown section " + s);
        }
    }

    /** Whether the contents are words (8-byte aligned) rather than bytes. */
    public boolean isWords() {
        return items.stream().anyMatch(i -> !(i instanceof Bytes));
    }

    public sealed interface Item {
    }

    /** Raw bytes (each char of {@code bytes} is one byte, 0–255). */
    public record Bytes(String bytes) implements Item {
    }

    /** One non-pointer word. */
    public record Word(long value) implements Item {
    }

    /** One pointer word: the address of {@code sym} plus {@code off}. */
    public record SymWord(String sym, long off) implements Item {
    }

    /** One zero word of a class (a bss variable's word). */
    public record Zero(Cls cls) implements Item {
    }

    /** {@code words} zero non-pointer words (a bss variable's run of them: {@code var a [256 << 20]byte} is one item). */
    public record Zeros(long words) implements Item {
    }
}
