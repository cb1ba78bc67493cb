package dev.rt0gen.ir;

/**
 * The operations of the IR. Arithmetic has Go's meaning on 64-bit two's complement words, so
 * that passes can fold and rewrite without knowing the machine; the amd64 back end chooses the
 * instructions. Dispatch over ops is by {@code switch} expressions without {@code default}, so
 * the Java compiler checks that every stage handles every op.
 *
 * <p>{@code args}: how many operands (-1: any number). {@code pure}: no effect besides its
 * result, so an unused one may be deleted and equal ones may be merged.
 */
public enum Op {
    // ---- values from nowhere
    /** {@code const N}: the word N (aux). */
    CONST("const", 0, true),
    /** {@code addr SYM+OFF}: the address of a symbol (sym, aux = byte offset). Class ptr. */
    ADDR("addr", 0, true),
    /** {@code param I}: the function's I-th argument word (aux = I); only at the top of the entry block. */
    PARAM("param", 0, true),
    /** {@code copy x}. */
    COPY("copy", 1, true),
    /**
     * {@code phi b1:x1, b2:x2, …}: one operand per predecessor, in the order of the block's
     * {@code preds}; only at the top of a block.
     */
    PHI("phi", -1, true),

    // ---- integer arithmetic (Go's int: 64-bit, wrapping)
    ADD("add", 2, true), SUB("sub", 2, true), MUL("mul", 2, true),
    /**
     * Signed division and remainder, truncated, with Go's x / -1 == -x and x % -1 == 0 (also for
     * the most negative x, where idiv traps). The divisor is never zero: lowering puts the
     * check and {@code runtime.panicdivide} before it.
     */
    DIV("div", 2, true), MOD("mod", 2, true),
    /**
     * {@code q, r = divmod x, y}: both results of one division, with DIV's and MOD's meaning (an
     * opt pass merges a div and a mod of the same operands into it, as gc's CSE merges the tuple
     * of its DIVQ: one idiv gives both).
     */
    DIVMOD("divmod", 2, true),
    /** The high word of the signed 128-bit product (for division by constants). */
    HMUL("hmul", 2, true),
    AND("and", 2, true), OR("or", 2, true), XOR("xor", 2, true), ANDNOT("andnot", 2, true),
    /**
     * Shifts with Go's meaning for a count read as unsigned: a count of 64 or more gives 0
     * ({@code shl}, {@code shr}) or the sign ({@code sar}). A negative signed count is
     * checked by lowering ({@code runtime.panicshift}) before.
     */
    SHL("shl", 2, true), SHR("shr", 2, true), SAR("sar", 2, true),
    NEG("neg", 1, true), NOT("not", 1, true),

    // ---- unsigned integers and narrow widths (Go's uint*, int8/16/32)
    /** Unsigned division and remainder of the words; the divisor is never zero (lowering checks). */
    UDIV("udiv", 2, true), UMOD("umod", 2, true),
    /** The low 8, 16 or 32 bits, sign-extended (sext) or zero-extended (zext) to the word. */
    SEXT8("sext8", 1, true), SEXT16("sext16", 1, true), SEXT32("sext32", 1, true),
    ZEXT8("zext8", 1, true), ZEXT16("zext16", 1, true), ZEXT32("zext32", 1, true),

    // ---- comparisons: 1 or 0 (class int)
    EQ("eq", 2, true), NE("ne", 2, true),
    LT("lt", 2, true), LE("le", 2, true), GT("gt", 2, true), GE("ge", 2, true),
    /** Unsigned comparisons. */
    ULT("ult", 2, true), ULE("ule", 2, true), UGT("ugt", 2, true), UGE("uge", 2, true),

    // ---- float64 (class f64): IEEE 754 binary64 with Go's meaning, SSE2 on amd64
    /**
     * {@code fconst 0x3ff8000000000000}: the float64 whose IEEE bits are aux (written in hex in
     * the text form, so that every NaN payload and -0 reads back exactly).
     */
    FCONST("fconst", 0, true),
    /** Round-to-nearest-even arithmetic; no trap (x / 0 is ±Inf or NaN). */
    FADD("fadd", 2, true), FSUB("fsub", 2, true), FMUL("fmul", 2, true), FDIV("fdiv", 2, true),
    /** Flips the sign bit (also of 0 and NaN), as Go's -x. */
    FNEG("fneg", 1, true),
    /** Comparisons, 1 or 0 (class int): a NaN operand makes every one false except fne. */
    FEQ("feq", 2, true), FNE("fne", 2, true),
    FLT("flt", 2, true), FLE("fle", 2, true), FGT("fgt", 2, true), FGE("fge", 2, true),
    /** {@code cvtif x}: Go's float64(x) of an int (rounded to nearest even). */
    CVTIF("cvtif", 1, true),
    /**
     * {@code cvtfi x}: Go's int(x) of a float64, truncated toward zero; out of range or NaN gives
     * 0x8000000000000000 (what gc's CVTTSD2SQ gives on amd64; the spec leaves it to the implementation).
     */
    CVTFI("cvtfi", 1, true),
    // ---- float32 (issue 14): a float32 is held as an f64 word that is always exactly a float32 value
    /**
     * {@code fround32 x}: x rounded to the nearest float32 (ties to even), widened back exactly: Go's
     * float32(x) of a float64, and the rounding after each float32 + - * / (cvtsd2ss, cvtss2sd).
     */
    FROUND32("fround32", 1, true),
    /** {@code cvtif32 x}: Go's float32(x) of an int, rounded once (cvtsi2ss, cvtss2sd). */
    CVTIF32("cvtif32", 1, true),
    /**
     * {@code cvtfi32 x}: Go's int32(x) of a float (and the first step of int8, int16, uint8,
     * uint16), truncated toward zero, sign-extended; out of int32's range or NaN gives
     * 0xffffffff80000000 (gc's CVTTSD2SL on amd64; the spec leaves it to the implementation).
     */
    CVTFI32("cvtfi32", 1, true),

    // ---- memory (never reordered by a pass, nor deleted: but cse takes a load equal to an earlier one with no write between for it)
    /** {@code load [p + OFF]}: the word at address p + aux, of the result's class. */
    LOAD("load", 1, false),
    /** {@code store [p + OFF], x}: no result. */
    STORE("store", 2, false),

    // ---- calls
    /**
     * {@code call SYM(x, …)}: calls the function SYM with Go's register ABI (docs/ABI.md); the
     * results are the instruction's defs, one per result word. Every register is clobbered.
     */
    CALL("call", -1, false),
    /**
     * {@code calli x(y, …)}: calls the func value x, a closure pointer whose first word is the
     * code's address, with x in the context register (RDX on amd64: Go's ABIInternal) and the
     * operands after x as a call's arguments (grouped by {@code argSizes}, which do not count
     * x); the defs are the results, as {@code call}'s. Every register is clobbered.
     */
    CALLI("calli", -1, false),
    /**
     * {@code closureptr}: the closure pointer the function was called with (the context
     * register at entry: gc's GetClosurePtr); only at the top of the entry block, after the
     * params. Class ptr.
     */
    CLOSUREPTR("closureptr", 0, true),
    /**
     * {@code getg}: the running goroutine's g (gc's getg() intrinsic, package runtime only;
     * on amd64 the word at {@code fs:[-8]}, docs/ABI.md "The runtime in Go"). Class ptr. Not
     * pure: read where it stands (the code that switches goroutines is assembly).
     */
    GETG("getg", 0, false),
    /**
     * {@code syscall n, a1, …, aN}: Linux's system call n with N (0 to 6) arguments, the
     * instruction itself (the runtime's {@code rawsyscallN} intrinsics, package runtime only;
     * docs/ABI.md "The runtime in Go"): on amd64 n in RAX, the arguments in RDI, RSI, RDX, R10,
     * R8, R9, then {@code syscall}. The result (class int) is RAX as the kernel leaves it: the
     * value, or a negative errno. Not pure, and a barrier for memory as a call is (the kernel
     * reads and writes the memory the arguments point to); but unlike a call it clobbers only
     * the registers it sets and the two the instruction itself overwrites (RCX, R11).
     */
    SYSCALL("syscall", -1, false),

    // ---- terminators: the last instruction of every block, and only there
    /** {@code jmp b}: to the block's only successor. */
    JMP("jmp", 0, false),
    /** {@code if x -> b1, b2}: to succs[0] when x is not 0, else succs[1]. */
    IF("if", 1, false),
    /** {@code ret x, …}: returns the function's result words. */
    RET("ret", -1, false),
    /** {@code unreachable}: after a call that never returns ({@code runtime.panicdivide}). */
    UNREACHABLE("unreachable", 0, false);

    public final String text;
    public final int args;
    public final boolean pure;

    Op(String text, int args, boolean pure) {
        this.text = text;
        this.args = args;
        this.pure = pure;
    }

    public boolean isTerminator() {
        return this == JMP || this == IF || this == RET || this == UNREACHABLE;
    }

    public boolean isCompare() {
        return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE
                || this == ULT || this == ULE || this == UGT || this == UGE;
    }

    /** sext8 … zext32: the width (8, 16, 32) an extension keeps; 0 for any other op. */
    public int extBits() {
        if (this == SEXT8 || this == ZEXT8) return 8;
        if (this == SEXT16 || this == ZEXT16) return 16;
        if (this == SEXT32 || this == ZEXT32) return 32;
        return 0;
    }

    public boolean isCommutative() {
        return this == ADD || this == MUL || this == HMUL || this == AND || this == OR || this == XOR
                || this == EQ || this == NE || this == FADD || this == FMUL || this == FEQ || this == FNE;
    }

    public boolean isFloatCompare() {
        return this == FEQ || this == FNE || this == FLT || this == FLE || this == FGT || this == FGE;
    }

    public static Op parse(String s) {
        for (Op o : values()) if (o.text.equals(s)) return o;
        throw new IllegalArgumentException("unknown op " + s);
    }

    @Override
    public String toString() {
        return text;
    }
}
