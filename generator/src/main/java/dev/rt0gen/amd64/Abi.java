package dev.rt0gen.amd64;

import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's register assignment (abi-internal.md, docs/ABI.md) of one sequence of Go values (a
 * function's or a call's arguments, or its results): each whole value takes the next free
 * registers of {@link Reg#ABI} for its integer and pointer words and of {@link Reg#XABI} for its
 * float words (the two counted apart) if all its words fit, otherwise the whole value goes to
 * the stack and the values after it try the registers again. Every word is 8 bytes and 8-aligned, so Go's
 * alignment of a stack-assigned value to its own alignment puts the stack words back to back.
 */
final class Abi {
    /** Per word: its register, or null for a stack-assigned word. */
    final Reg[] reg;
    /** Per stack-assigned word: its index among the sequence's stack words (byte offset / 8). */
    final int[] slot;
    /** How many words of the sequence are on the stack. */
    final int stackWords;

    private Abi(int[] sizes, List<Cls> cls) {
        int words = 0;
        for (int n : sizes) words += n;
        reg = new Reg[words];
        slot = new int[words];
        int w = 0, nextInt = 0, nextFloat = 0, stack = 0;
        for (int n : sizes) {
            int floats = 0;
            for (int k = 0; k < n; k++) if (cls.get(w + k) == Cls.F64) floats++;
            if (nextInt + n - floats <= Reg.ABI.size() && nextFloat + floats <= Reg.XABI.size()) {
                for (int k = 0; k < n; k++) {
                    reg[w + k] = cls.get(w + k) == Cls.F64 ? Reg.XABI.get(nextFloat++) : Reg.ABI.get(nextInt++);
                }
            } else {
                for (int k = 0; k < n; k++) slot[w + k] = stack++;
            }
            w += n;
        }
        stackWords = stack;
    }

    /** Integer words only. */
    static Abi of(int[] sizes) {
        int words = 0;
        for (int n : sizes) words += n;
        return new Abi(sizes, java.util.Collections.nCopies(words, Cls.INT));
    }

    static Abi of(int[] sizes, List<Cls> cls) {
        return new Abi(sizes, cls);
    }

    static Abi of(List<Integer> sizes, List<Cls> cls) {
        return new Abi(sizes.stream().mapToInt(Integer::intValue).toArray(), cls);
    }

    static Abi params(Func f) {
        return of(f.paramSizes, f.params);
    }

    static Abi results(Func f) {
        return of(f.resultSizes, f.results);
    }

    static Abi args(Instr call) {
        return of(call.argSizes, classes(call.callArgs()));   // calli: without the func value
    }

    static Abi results(Instr call) {
        return of(call.resultSizes, classes(call.defs));
    }

    private static List<Cls> classes(List<Value> vs) {
        List<Cls> out = new ArrayList<>(vs.size());
        for (Value v : vs) out.add(v.cls);
        return out;
    }
}
