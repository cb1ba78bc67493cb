package dev.rt0gen.amd64;

import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;

import java.util.List;

/**
 * Go's register assignment (abi-internal.md, docs/ABI.md) of one sequence of Go values (a
 * function's or a call's arguments, or its results): each whole value takes the next free
 * registers of {@link Reg#ABI} if all its words fit, otherwise the whole value goes to the stack
 * and the values after it try the registers again. Every word is 8 bytes and 8-aligned, so Go's
 * alignment of a stack-assigned value to its own alignment puts the stack words back to back.
 */
final class Abi {
    /** Per word: its register, or null for a stack-assigned word. */
    final Reg[] reg;
    /** Per stack-assigned word: its index among the sequence's stack words (byte offset / 8). */
    final int[] slot;
    /** How many words of the sequence are on the stack. */
    final int stackWords;

    private Abi(int[] sizes) {
        int words = 0;
        for (int n : sizes) words += n;
        reg = new Reg[words];
        slot = new int[words];
        int w = 0, next = 0, stack = 0;
        for (int n : sizes) {
            if (next + n <= Reg.ABI.size()) {
                for (int k = 0; k < n; k++) reg[w + k] = Reg.ABI.get(next++);
            } else {
                for (int k = 0; k < n; k++) slot[w + k] = stack++;
            }
            w += n;
        }
        stackWords = stack;
    }

    static Abi of(int[] sizes) {
        return new Abi(sizes);
    }

    static Abi of(List<Integer> sizes) {
        return new Abi(sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    static Abi params(Func f) {
        return of(f.paramSizes);
    }

    static Abi results(Func f) {
        return of(f.resultSizes);
    }

    static Abi args(Instr call) {
        return of(call.argSizes);
    }

    static Abi results(Instr call) {
        return of(call.resultSizes);
    }
}
