package dev.rt0gen.amd64;

import java.util.List;

/** The general-purpose registers, in encoding order, with their 32- and 8-bit names. */
enum Reg {
    RAX("rax", "eax", "al"), RCX("rcx", "ecx", "cl"), RDX("rdx", "edx", "dl"), RBX("rbx", "ebx", "bl"),
    RSP("rsp", "esp", "spl"), RBP("rbp", "ebp", "bpl"), RSI("rsi", "esi", "sil"), RDI("rdi", "edi", "dil"),
    R8("r8", "r8d", "r8b"), R9("r9", "r9d", "r9b"), R10("r10", "r10d", "r10b"), R11("r11", "r11d", "r11b"),
    R12("r12", "r12d", "r12b"), R13("r13", "r13d", "r13b"), R14("r14", "r14d", "r14b"), R15("r15", "r15d", "r15b");

    final String q, d, b;

    Reg(String q, String d, String b) {
        this.q = q;
        this.d = d;
        this.b = b;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** Go's register ABI: integer argument and result words, in order (docs/ABI.md). */
    static final List<Reg> ABI = List.of(RAX, RBX, RCX, RDI, RSI, R8, R9, R10, R11);

    /**
     * What the allocator hands out, in the order it tries them when no hint applies. R12 and R13
     * are the emitter's scratch registers (spilled operands, move cycles, memory-to-memory
     * moves); R14 and R15 are Go's (g, GOT), RSP and RBP the frame's.
     */
    static final List<Reg> ALLOCATABLE = List.of(RBX, RSI, RDI, R8, R9, R10, R11, RCX, RDX, RAX);

    static final int ALL = mask(ALLOCATABLE);

    static int mask(List<Reg> regs) {
        int m = 0;
        for (Reg r : regs) m |= r.bit();
        return m;
    }

    @Override
    public String toString() {
        return q;
    }
}
