package dev.rt0gen.lower;

import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Width;
import dev.rt0gen.types.Array;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Sizes;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * How lowering holds a Go value (docs/IR.md "Go values as words"): as SSA words, or in memory.
 *
 * <p>A value of most types is its words, as the register ABI assigns them: an int one
 * {@code int}, a string {@code ptr int}, a slice {@code ptr int int}, a pointer, map, chan or
 * func one {@code ptr}, a small struct its fields' words. An array, and a struct with an array
 * in it or with more than {@link #MAX_SSA_WORDS} words, is a <em>memory value</em>: lowering
 * holds it as one {@code ptr} word, the address of its bytes (as gc keeps such values out of
 * SSA: canSSA). Whoever keeps a memory value copies it (an assignment, an argument, a result, a
 * store): an address read from a variable is only good until the variable changes.
 *
 * <p>In memory every value has gc's amd64 layout ({@link Sizes}): narrow integers and bools
 * take their size, fields and elements sit at their offsets.
 */
final class Layout {
    /** gc's canSSA: structs of at most 4 fields; here at most 4 words. */
    static final int MAX_SSA_WORDS = 4;

    private Layout() {
    }

    /** Whether a value of type t is held as the address of its bytes. */
    static boolean inMemory(Type t) {
        Type u = t.underlying();
        if (u instanceof Array) return true;
        if (u instanceof Struct s) {
            int words = 0;
            for (Struct.Field f : s.fields()) {
                if (inMemory(f.type())) return true;
                words += words(f.type()).size();
            }
            return words > MAX_SSA_WORDS;
        }
        return false;
    }

    /** The classes of the words lowering holds a value of type t as (a memory value: one ptr). */
    static List<Cls> words(Type t) {
        if (inMemory(t)) return List.of(Cls.PTR);
        Type u = t.underlying();
        if (u instanceof Struct s) {
            List<Cls> out = new ArrayList<>();
            for (Struct.Field f : s.fields()) out.addAll(words(f.type()));
            return out;
        }
        if (u instanceof Tuple tu) return words(tu.types());
        return Sizes.words(t);
    }

    static List<Cls> words(List<? extends Type> ts) {
        List<Cls> out = new ArrayList<>();
        for (Type t : ts) out.addAll(words(t));
        return out;
    }

    /** The index of field i's first word among an SSA struct's words. */
    static int fieldWord(Struct s, int i) {
        int w = 0;
        for (int j = 0; j < i; j++) w += words(s.fields().get(j).type()).size();
        return w;
    }

    /** The width a scalar of basic type b is loaded and stored with. */
    static Width width(Basic b) {
        return switch (b.defaultType().kind()) {
            case BOOL, UINT8 -> Width.U8;
            case INT8 -> Width.I8;
            case INT16 -> Width.I16;
            case UINT16 -> Width.U16;
            case INT32 -> Width.I32;
            case UINT32 -> Width.U32;
            case FLOAT32 -> Width.F32;
            default -> Width.W64;
        };
    }

    /**
     * The scalar parts of a type in memory, in order: each an offset, a width and a class, one
     * per SSA word (a string's data then length; a complex's two floats). Not for memory values.
     */
    record Part(long offset, Width width, Cls cls) {
    }

    static List<Part> parts(Type t) {
        List<Part> out = new ArrayList<>();
        parts(t, 0, out);
        return out;
    }

    private static void parts(Type t, long off, List<Part> out) {
        Type u = t.underlying();
        if (u instanceof Struct s) {
            long[] offs = Sizes.offsets(s);
            for (int i = 0; i < offs.length; i++) parts(s.fields().get(i).type(), off + offs[i], out);
            return;
        }
        if (u instanceof Array a) {
            long es = Sizes.sizeof(a.elem());
            for (long i = 0; i < a.len(); i++) parts(a.elem(), off + i * es, out);
            return;
        }
        if (u instanceof Basic b) {
            List<Cls> cs = Sizes.words(b);
            if (cs.size() == 1) {
                out.add(new Part(off, width(b), cs.get(0)));
            } else {
                // string ptr int, complex f64 f64 (complex64: two float32s)
                Width w = b.kind() == Basic.Kind.COMPLEX64 ? Width.F32 : Width.W64;
                for (int i = 0; i < cs.size(); i++) out.add(new Part(off + i * (long) w.bytes, w, cs.get(i)));
            }
            return;
        }
        List<Cls> cs = Sizes.words(t);   // slice, interface, pointer, map, chan, func
        for (int i = 0; i < cs.size(); i++) out.add(new Part(off + 8L * i, Width.W64, cs.get(i)));
    }

    /**
     * The class of each word of a value of type t in memory (ceil(size/8) words): ptr where a
     * pointer may be, else int (floats, narrow fields, padding). The garbage collector's
     * pointer mask for static data and heap objects.
     */
    static List<Cls> memoryWords(Type t) {
        long n = (Sizes.sizeof(t) + 7) / 8;
        java.util.BitSet ptrs = pointerWords(t);
        return new java.util.AbstractList<>() {
            @Override
            public Cls get(int i) {
                return ptrs.get(i) ? Cls.PTR : Cls.INT;
            }

            @Override
            public int size() {
                return (int) Math.min(n, Integer.MAX_VALUE);
            }
        };
    }

    /** The words of a value of type t that may hold pointers, as bits (a pointer-free array is not walked: [256<<20]byte is one step). */
    static java.util.BitSet pointerWords(Type t) {
        java.util.BitSet out = new java.util.BitSet();
        pointerWords(t, 0, out);
        return out;
    }

    private static void pointerWords(Type t, long off, java.util.BitSet out) {
        if (!hasPointers(t)) return;
        Type u = t.underlying();
        if (u instanceof Struct s) {
            long[] offs = Sizes.offsets(s);
            for (int i = 0; i < offs.length; i++) pointerWords(s.fields().get(i).type(), off + offs[i], out);
            return;
        }
        if (u instanceof Array a) {
            long es = Sizes.sizeof(a.elem());
            for (long i = 0; i < a.len(); i++) pointerWords(a.elem(), off + i * es, out);
            return;
        }
        List<Cls> cs = Sizes.words(t);   // string, slice, interface, pointer, map, chan, func
        for (int i = 0; i < cs.size(); i++) if (cs.get(i) == Cls.PTR) out.set((int) (off / 8 + i));
    }

    /** Whether a value of type t holds a pointer word. */
    static boolean hasPointers(Type t) {
        Type u = t.underlying();
        if (u instanceof Struct s) return s.fields().stream().anyMatch(f -> hasPointers(f.type()));
        if (u instanceof Array a) return a.len() > 0 && hasPointers(a.elem());
        return Sizes.words(t).contains(Cls.PTR);
    }
}
