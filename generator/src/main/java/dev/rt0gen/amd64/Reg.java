package dev.rt0gen.amd64;

import java.util.List;

/**
 * The general-purpose registers, in encoding order, with their 32-, 16- and 8-bit names; then the
 * SSE registers X0-X15 (float64 values: {@link #xmm}).
 */
enum Reg {
    RAX("rax", "eax", "ax", "al"), RCX("rcx", "ecx", "cx", "cl"), RDX("rdx", "edx", "dx", "dl"), RBX("rbx", "ebx", "bx", "bl"),
    RSP("rsp", "esp", "sp", "spl"), RBP("rbp", "ebp", "bp", "bpl"), RSI("rsi", "esi", "si", "sil"), RDI("rdi", "edi", "di", "dil"),
    R8("r8", "r8d", "r8w", "r8b"), R9("r9", "r9d", "r9w", "r9b"), R10("r10", "r10d", "r10w", "r10b"), R11("r11", "r11d", "r11w", "r11b"),
    R12("r12", "r12d", "r12w", "r12b"), R13("r13", "r13d", "r13w", "r13b"), R14("r14", "r14d", "r14w", "r14b"), R15("r15", "r15d", "r15w", "r15b"),
    X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15;

    final String q, d, w, b;
    /** An SSE register (q, d and b are all its name, xmm0…xmm15). */
    final boolean xmm;

    Reg(String q, String d, String w, String b) {
        this.q = q;
        this.d = d;
        this.w = w;
        this.b = b;
        xmm = false;
    }

    Reg() {
        q = d = w = b = "xmm" + name().substring(1);
        xmm = true;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** Go's register ABI: integer argument and result words, in order (docs/ABI.md). */
    static final List<Reg> ABI = List.of(RAX, RBX, RCX, RDI, RSI, R8, R9, R10, R11);

    /** Linux's system call arguments, in order (the number and the result in RAX). */
    static final List<Reg> SYSCALL = List.of(RDI, RSI, RDX, R10, R8, R9);

    /**
     * What a system call with n arguments clobbers: RAX (the number, then the result), its
     * argument registers, and RCX and R11 (the return address and the flags, written by the
     * instruction). The kernel keeps every other register.
     */
    static int syscallClobbers(int n) {
        return RAX.bit() | RCX.bit() | R11.bit() | mask(SYSCALL.subList(0, n));
    }

    /**
     * What the allocator hands out, in the order it tries them when no hint applies. R12 and R13
     * are the emitter's scratch registers (spilled operands, move cycles, memory-to-memory
     * moves); R14 and R15 are Go's (g, GOT), RSP and RBP the frame's.
     */
    static final List<Reg> ALLOCATABLE = List.of(RBX, RSI, RDI, R8, R9, R10, R11, RCX, RDX, RAX);

    static final int ALL = mask(ALLOCATABLE);

    /** Go's register ABI: float argument and result words, in order (docs/ABI.md). X15 is Go's zero register. */
    static final List<Reg> XABI = List.of(X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14);

    /**
     * The SSE registers the allocator hands out. X14 is the emitter's float scratch (a float
     * operation whose result goes to memory computes there; it is also the 15th float ABI
     * register, only ever written by the parallel moves at calls, entry and return, which use
     * no scratch of their own but R12, R13). X15 is never touched: Go's ABIInternal keeps it 0.
     */
    static final List<Reg> XALLOCATABLE = List.of(X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13);

    static final int XALL = mask(XALLOCATABLE);

    /** What the allocator hands out to a value of class {@code cls}. */
    static List<Reg> allocatable(dev.rt0gen.ir.Cls cls) {
        return cls.isGp() ? ALLOCATABLE : XALLOCATABLE;
    }

    static int all(dev.rt0gen.ir.Cls cls) {
        return cls.isGp() ? ALL : XALL;
    }

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
