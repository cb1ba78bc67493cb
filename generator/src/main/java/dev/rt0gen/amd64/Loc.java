package dev.rt0gen.amd64;

/**
 * Where a value (or a move's end) is: a register, a spill slot of the frame, a fixed memory
 * word (an ABI stack word, {@code text} its operand), an immediate (a constant is never given a
 * register of its own: it is written where it is used), or a symbol's address ({@code lea}).
 */
record Loc(Kind kind, Reg reg, long n, String text) {
    /** FCONST: a float64 constant, read from the unit's constant pool (n: its IEEE bits). */
    enum Kind { REG, SLOT, MEM, IMM, SYM, FCONST }

    static Loc reg(Reg r) {
        return new Loc(Kind.REG, r, 0, null);
    }

    static Loc slot(int i) {
        return new Loc(Kind.SLOT, null, i, null);
    }

    static Loc mem(String operand) {
        return new Loc(Kind.MEM, null, 0, operand);
    }

    static Loc imm(long c) {
        return new Loc(Kind.IMM, null, c, null);
    }

    static Loc sym(String label, long off) {
        return new Loc(Kind.SYM, null, off, label);
    }

    static Loc fconst(long bits) {
        return new Loc(Kind.FCONST, null, bits, null);
    }

    boolean isXmm() {
        return kind == Kind.REG && reg.xmm;
    }

    boolean isReg() {
        return kind == Kind.REG;
    }

    boolean isReg(Reg r) {
        return kind == Kind.REG && reg == r;
    }

    boolean isImm() {
        return kind == Kind.IMM;
    }

    /** In memory: a spill slot or a fixed stack word (or a float constant in the pool, which is only read). */
    boolean isMem() {
        return kind == Kind.SLOT || kind == Kind.MEM || kind == Kind.FCONST;
    }

    boolean isImm32() {
        return kind == Kind.IMM && n == (int) n;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case REG -> reg.q;
            case SLOT -> "slot" + n;
            case MEM -> text;
            case IMM -> "$" + n;
            case SYM -> "&" + text + (n == 0 ? "" : "+" + n);
            case FCONST -> "$f64." + Long.toHexString(n);
        };
    }
}
