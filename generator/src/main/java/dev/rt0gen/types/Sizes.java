package dev.rt0gen.types;

import dev.rt0gen.ir.Cls;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes and alignments as gc lays values out on amd64 (types2's gcSizes with word size 8 and
 * maximum alignment 8), and the IR words a value lowers to (docs/IR.md "Go values as words"):
 * the register ABI's assignment, one word per register.
 */
public final class Sizes {
    public static final long WORD = 8;
    private static final long MAX_ALIGN = 8;

    private Sizes() {
    }

    public static long sizeof(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.defaultType().kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case INT64, UINT64, FLOAT64, COMPLEX64 -> 8;
                case COMPLEX128 -> 16;
                case STRING -> 2 * WORD;
                case INT, UINT, UINTPTR, UNSAFE_POINTER, UNTYPED_NIL -> WORD;
                case INVALID, UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING ->
                        throw new IllegalArgumentException("no size: " + t);
            };
        }
        if (u instanceof Array a) {
            if (a.len() <= 0) return 0;
            return sizeof(a.elem()) * a.len();
        }
        if (u instanceof Slice) return 3 * WORD;
        if (u instanceof Interface) return 2 * WORD;
        if (u instanceof Struct s) {
            int n = s.fields().size();
            if (n == 0) return 0;
            long offs = offsets(s)[n - 1];
            long size = sizeof(s.fields().get(n - 1).type());
            // gc: the last field of a non-zero-sized struct may not have size 0 (a pointer
            // to it would point past the struct)
            if (offs > 0 && size == 0) size = 1;
            return align(offs + size, alignof(s));
        }
        if (u instanceof Tuple tu) throw new IllegalArgumentException("no size: " + tu);
        return WORD;   // pointer, map, chan, func
    }

    public static long alignof(Type t) {
        Type u = t.underlying();
        if (u instanceof Array a) return alignof(a.elem());
        if (u instanceof Struct s) {
            long max = 1;
            for (Struct.Field f : s.fields()) max = Math.max(max, alignof(f.type()));
            return max;
        }
        if (u instanceof Slice || u instanceof Interface) return WORD;
        if (u instanceof Basic b && b.isString()) return WORD;
        long a = sizeof(u);
        if (a < 1) return 1;
        if (u instanceof Basic b && b.isComplex()) a /= 2;   // complex: aligned as its parts
        return Math.min(a, MAX_ALIGN);
    }

    /** The offset of each field of s. */
    public static long[] offsets(Struct s) {
        long[] out = new long[s.fields().size()];
        long offs = 0;
        for (int i = 0; i < out.length; i++) {
            Type ft = s.fields().get(i).type();
            offs = align(offs, alignof(ft));
            out[i] = offs;
            offs += sizeof(ft);
        }
        return out;
    }

    public static long offsetof(Struct s, int field) {
        return offsets(s)[field];
    }

    private static long align(long x, long a) {
        return (x + a - 1) / a * a;
    }

    /**
     * The classes of the IR words a value of type t is (an untyped constant's: its default
     * type's): int and bool one int, a string ptr then int, a slice ptr int int, an interface
     * ptr ptr, a struct its fields' words, an array its elements' words, a tuple its
     * elements' words, floats one f64 (a complex two).
     */
    public static List<Cls> words(Type t) {
        List<Cls> out = new ArrayList<>();
        words(t, out);
        return out;
    }

    public static List<Cls> words(List<? extends Type> ts) {
        List<Cls> out = new ArrayList<>();
        for (Type t : ts) words(t, out);
        return out;
    }

    private static void words(Type t, List<Cls> out) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            switch (b.defaultType().kind()) {
                case BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> out.add(Cls.INT);
                case FLOAT32, FLOAT64 -> out.add(Cls.F64);
                case COMPLEX64, COMPLEX128 -> {
                    out.add(Cls.F64);
                    out.add(Cls.F64);
                }
                case STRING -> {
                    out.add(Cls.PTR);
                    out.add(Cls.INT);
                }
                case UNSAFE_POINTER -> out.add(Cls.PTR);
                case INVALID, UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL ->
                        throw new IllegalArgumentException("no words: " + t);
            }
        } else if (u instanceof Slice) {
            out.addAll(List.of(Cls.PTR, Cls.INT, Cls.INT));
        } else if (u instanceof Interface) {
            out.addAll(List.of(Cls.PTR, Cls.PTR));
        } else if (u instanceof Struct s) {
            for (Struct.Field f : s.fields()) words(f.type(), out);
        } else if (u instanceof Array a) {
            for (long i = 0; i < a.len(); i++) words(a.elem(), out);
        } else if (u instanceof Tuple tu) {
            for (Type e : tu.types()) words(e, out);
        } else {
            out.add(Cls.PTR);   // pointer, map, chan, func
        }
    }
}
