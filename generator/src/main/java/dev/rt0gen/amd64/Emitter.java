package dev.rt0gen.amd64;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Callees;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Width;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Instruction selection for one allocated function: x86-64 text in rt0gen's Keystone dialect
 * (docs/ABI.md). R12 and R13 are scratch registers here, and X14 for floats: never allocated,
 * never live between IR instructions. Float64 is SSE2 as gc compiles it (movsd, addsd…, ucomisd,
 * cvtsi2sd, cvttsd2si), constants read from the unit's pool.
 */
final class Emitter {
    private static final Reg S1 = Reg.R12, S2 = Reg.R13, XS = Reg.X14;

    private final FuncInfo fi;
    private final RegAlloc ra;
    private final Amd64.Unit unit;
    private final StringBuilder out;
    private final String[] blockLabel;
    private final List<String> stubs = new ArrayList<>();
    private boolean frame;
    private int outWords, frameBytes;
    /** By call: its live spill slots ({@link #stackMap}); null in a function without spill slots. */
    private final java.util.Map<Instr, BitSet> liveSlots;

    Emitter(FuncInfo fi, RegAlloc ra, Amd64.Unit unit, StringBuilder out) {
        this.fi = fi;
        this.ra = ra;
        this.unit = unit;
        this.out = out;
        blockLabel = new String[fi.order.size()];
        for (int i = 0; i < blockLabel.length; i++) blockLabel[i] = unit.newLabel();
        liveSlots = ra.slots > 0 ? ra.liveSlotsAtCalls() : null;
    }

    void emit() {
        var f = fi.f;
        boolean calls = false;
        for (Block b : fi.order) {
            for (Instr in : b.instrs) {
                if (!in.isCall()) continue;
                calls = true;
                int words = in.op == Op.CALL && Callees.ABI0.contains(in.sym) ? in.args.size()
                        : Abi.args(in).stackWords + Abi.results(in).stackWords;
                outWords = Math.max(outWords, words);
            }
        }
        boolean stackParams = f.abi0 || fi.paramAbi.stackWords > 0 || fi.resultAbi.stackWords > 0;
        frame = calls || ra.slots > 0 || stackParams;
        frameBytes = (8 * (outWords + ra.slots) + 15) & ~15;
        out.append(Amd64.label(f.name)).append(":\n");
        stackCheck(calls);
        if (frame) {
            ins("push rbp");
            ins("mov rbp, rsp");
            if (frameBytes > 0) ins("sub rsp, " + hex(frameBytes));
        }
        params();
        for (int i = 0; i < fi.order.size(); i++) {
            out.append(blockLabel[i]).append(":\n");
            block(i);
        }
        for (String s : stubs) out.append(s);
    }

    /**
     * Go's abi.StackSmall (the runtime's stack.go stackSmall): a function that calls nothing
     * and whose frame, saved rbp included, is at most this large has no stack check; a frame
     * up to this large is checked with rsp itself.
     */
    static final int STACK_SMALL = 128;

    /**
     * Go's stack-split prologue (obj/x86's stacksplit): with g at fs:[-8], {@code cmp rsp,
     * g.stackguard0} (for a frame beyond STACK_SMALL, rsp less the excess), and when the frame
     * does not fit, a stub at the function's end that pushes the registers the function
     * receives (its register parameters, the closure context RDX), calls runtime.morestack
     * (a runtime function with the count of words pushed in r13)
     * (which moves the goroutine to a bigger stack and returns there: stack.go), pops them and
     * enters the function again. gc spills the arguments to their slots instead; rt0gen's
     * callers reserve none.
     */
    private void stackCheck(boolean calls) {
        long frameSize = 8 + frameBytes;   // saved rbp and the frame
        if (!frame || !calls && frameSize <= STACK_SMALL) return;
        String again = unit.newLabel(), more = unit.newLabel();
        out.append(again).append(":\n");
        ins("mov r12, qword ptr fs:[0xfffffffffffffff8]");
        if (frameSize <= STACK_SMALL) {
            ins("cmp rsp, qword ptr [r12 + " + hex(Amd64.G_STACKGUARD0) + "]");
        } else {
            ins("lea r13, [rsp - " + hex(frameSize - STACK_SMALL) + "]");
            ins("cmp r13, qword ptr [r12 + " + hex(Amd64.G_STACKGUARD0) + "]");
        }
        ins("jbe " + more);
        List<Reg> saved = new ArrayList<>();
        for (Instr in : fi.f.entry().instrs) {
            if ((in.op == Op.CLOSUREPTR || in.op == Op.PARAM) && ra.live(in.def()) && arrivesIn(in) != null) {
                saved.add(arrivesIn(in));
            }
        }
        StringBuilder stub = new StringBuilder(more).append(":\n");
        for (Reg r : saved) {
            if (r.xmm) stub.append("    sub rsp, 0x8\n    movq qword ptr [rsp], ").append(r.q).append('\n');
            else stub.append("    push ").append(r.q).append('\n');
        }
        // a runtime function says how many words it pushed, so that newstack finds its
        // caller's pc above them: entered from the program, it may be preempted (stack.go)
        if (unit.runtime) stub.append("    mov r13d, ").append(hex(saved.size())).append('\n');
        stub.append("    call runtime.morestack\n");
        for (int i = saved.size() - 1; i >= 0; i--) {
            Reg r = saved.get(i);
            if (r.xmm) stub.append("    movq ").append(r.q).append(", qword ptr [rsp]\n    add rsp, 0x8\n");
            else stub.append("    pop ").append(r.q).append('\n');
        }
        stub.append("    jmp ").append(again).append('\n');
        stubs.add(stub.toString());
    }

    // ---- operands -------------------------------------------------------------------

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** A signed immediate or displacement. */
    static String imm(long v) {
        return v < 0 ? "-0x" + Long.toHexString(-v) : hex(v);
    }

    private void ins(String s) {
        out.append("    ").append(s).append('\n');
    }

    private Loc loc(Value v) {
        Loc l = ra.loc[v.id];
        if (l == null) throw new IllegalStateException(fi.f.name + ": " + v + " has no location");
        return l;
    }

    /** The operand text of a register, memory word or immediate. */
    private String op(Loc l) {
        return switch (l.kind()) {
            case REG -> l.reg().q;
            case SLOT -> "qword ptr [rsp + " + hex(8 * (outWords + l.n())) + "]";
            case MEM -> l.text();
            case IMM -> imm(l.n());
            case SYM -> throw new IllegalStateException("address as operand: " + l);
            case FCONST -> ripAt(unit.f64(l.n()), 0);
        };
    }

    /** A memory operand {@code [base + off]}. */
    private static String memAt(Reg base, long off) {
        return "qword ptr [" + base.q + disp(off) + "]";
    }

    private static String ripAt(String label, long off) {
        return "qword ptr [rip + " + label + disp(off) + "]";
    }

    /** A memory operand's displacement after its base: none, {@code " + 0x8"} or {@code " - 0x8"}. */
    private static String disp(long off) {
        return off == 0 ? "" : off < 0 ? " - " + hex(-off) : " + " + hex(off);
    }

    /** l in a register: its own, or loaded into {@code scratch}. */
    private Reg inReg(Loc l, Reg scratch) {
        if (l.isReg()) return l.reg();
        load(scratch, l);
        return scratch;
    }

    /** An operand usable as a source of a two-operand ALU instruction (reg, memory, imm32). */
    private String src(Loc l, Reg scratch) {
        if (l.isReg() || l.isMem() || l.isImm32()) return op(l);
        return inReg(l, scratch).q;
    }

    /** r := l (the 64 bits, between register files too: movq). */
    private void load(Reg r, Loc l) {
        if (r.xmm) {
            loadX(r, l);
            return;
        }
        switch (l.kind()) {
            case REG -> {
                if (l.reg().xmm) ins("movq " + r.q + ", " + l.reg().q);
                else if (l.reg() != r) ins("mov " + r.q + ", " + l.reg().q);
            }
            case SLOT, MEM, FCONST -> ins("mov " + r.q + ", " + op(l));
            case IMM -> {
                long c = l.n();
                if (c == 0) ins("xor " + r.d + ", " + r.d);
                else if (c > 0 && c <= 0xffffffffL) ins("mov " + r.d + ", " + hex(c));
                else if (c == (int) c) ins("mov " + r.q + ", " + imm(c));
                else ins("mov " + r.q + ", " + hex(c));
            }
            case SYM -> ins("lea " + r.q + ", " + ripAt(l.text(), l.n()).substring("qword ptr ".length()));
        }
    }

    /** An SSE register x := l. */
    private void loadX(Reg x, Loc l) {
        switch (l.kind()) {
            case REG -> {
                if (!l.reg().xmm) ins("movq " + x.q + ", " + l.reg().q);
                else if (l.reg() != x) ins("movaps " + x.q + ", " + l.reg().q); // gc: MOVUPS, the whole register
            }
            case SLOT, MEM, FCONST -> ins("movsd " + x.q + ", " + op(l));
            case IMM -> {
                if (l.n() == 0) {
                    ins("xorps " + x.q + ", " + x.q);
                } else {
                    load(S1, l);
                    ins("movq " + x.q + ", " + S1.q);
                }
            }
            case SYM -> throw new IllegalStateException("address into " + x + ": " + l);
        }
    }

    /** dst := src for any pair (R12 carries memory-to-memory moves). */
    private void move(Loc dst, Loc src) {
        if (dst.equals(src)) return;
        if (dst.isReg()) {
            load(dst.reg(), src);
        } else if (src.isXmm()) {
            ins("movsd " + op(dst) + ", " + src.reg().q);
        } else if (src.isReg() || src.isImm32()) {
            ins("mov " + op(dst) + ", " + op(src));
        } else {
            load(S1, src);
            ins("mov " + op(dst) + ", " + S1.q);
        }
    }

    /**
     * Moves every src[i] to dst[i] at once (a parallel move): a move is made once no other
     * pending move reads its destination; a cycle is broken by an xchg of registers or by
     * saving one destination in R13.
     */
    private void parallelMove(List<Loc> dst, List<Loc> src) {
        List<Loc> d = new ArrayList<>(), s = new ArrayList<>();
        for (int i = 0; i < dst.size(); i++) {
            if (dst.get(i).equals(src.get(i))) continue;
            d.add(dst.get(i));
            s.add(src.get(i));
        }
        while (!d.isEmpty()) {
            boolean moved = false;
            for (int i = 0; i < d.size(); i++) {
                if (s.contains(d.get(i))) continue;
                move(d.get(i), s.get(i));
                d.remove(i);
                s.remove(i);
                moved = true;
                break;
            }
            if (moved) continue;
            // only cycles are left: in registers, xchg puts one value in place and carries the
            // other on (a cycle of n registers: n - 1 xchg); else save a destination in R13
            Loc x = d.get(0), y = s.get(0);
            if (x.isReg() && y.isReg() && !x.reg().xmm && !y.reg().xmm) {
                ins("xchg " + x.reg().q + ", " + y.reg().q);
                d.remove(0);
                s.remove(0);
                for (int i = 0; i < s.size(); i++) {
                    if (s.get(i).equals(x)) s.set(i, y);
                    else if (s.get(i).equals(y)) s.set(i, x);
                }
                for (int i = d.size() - 1; i >= 0; i--) {
                    if (d.get(i).equals(s.get(i))) { // the cycle's last move: done by the xchg
                        d.remove(i);
                        s.remove(i);
                    }
                }
                continue;
            }
            Loc tmp = Loc.reg(S2);
            move(tmp, x);
            for (int i = 0; i < s.size(); i++) if (s.get(i).equals(x)) s.set(i, tmp);
        }
    }

    // ---- function entry and blocks ---------------------------------------------------

    private void params() {
        List<Loc> dst = new ArrayList<>(), src = new ArrayList<>();
        for (Instr in : fi.f.entry().instrs) {
            if (in.op != Op.CLOSUREPTR && in.op != Op.PARAM || !ra.live(in.def())) continue;
            dst.add(loc(in.def()));
            Reg r = arrivesIn(in);
            if (r != null) src.add(Loc.reg(r));
            else if (fi.f.abi0) src.add(Loc.mem(memAt(Reg.RBP, 0x10 + 8L * in.aux)));
            else src.add(Loc.mem(memAt(Reg.RBP, 0x10 + 8L * fi.paramAbi.slot[(int) in.aux])));
        }
        parallelMove(dst, src);
    }

    /**
     * The register an entry value arrives in: RDX for the closure context (CLOSUREPTR), the
     * register a register parameter is assigned; null for a stack parameter (every parameter of
     * an ABI0 function). params() moves them to their locations; the stack check's stub saves them.
     */
    private Reg arrivesIn(Instr in) {
        if (in.op == Op.CLOSUREPTR) return Reg.RDX;
        return fi.f.abi0 ? null : fi.paramAbi.reg[(int) in.aux];
    }

    private void block(int bi) {
        Block b = fi.order.get(bi);
        for (Instr in : b.instrs) {
            switch (in.op) {
                case PHI, PARAM, CLOSUREPTR, CONST, ADDR -> {
                }
                case COPY -> move(loc(in.def()), loc(in.arg(0)));
                case ADD, SUB, MUL, AND, OR, XOR, ANDNOT -> {
                    if (!fi.fused[in.def().id]) binary(in); // a fused and: a test at its comparison
                }
                case NEG, NOT -> unary(in);
                case GETG -> getg(in);
                case DIV, MOD, DIVMOD -> divide(in);
                case HMUL -> hmul(in);
                case SHL, SHR, SAR -> {
                    if (!fi.fused[in.def().id]) shift(in); // a fused shl: a scaled index at its load
                }
                case EQ, NE, LT, LE, GT, GE -> {
                    if (!fi.fused[in.def().id]) compare(in);
                }
                case ULT, ULE, UGT, UGE -> {
                    if (!fi.fused[in.def().id]) compare(in);
                }
                case UDIV, UMOD -> udivide(in);
                case SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 -> extend(in);
                case LOAD -> {
                    if (!fi.fused[in.def().id]) load(in); // a fused load: the memory operand of its cmp
                }
                case STORE -> store(in);
                case FCONST -> {
                }
                case FADD, FSUB, FMUL, FDIV -> floatBinary(in);
                case FNEG -> floatNeg(in);
                case FEQ, FNE, FLT, FLE, FGT, FGE -> {
                    if (!fi.fused[in.def().id]) floatCompare(in);
                }
                case CVTIF -> cvtif(in);
                case CVTFI -> cvtfi(in);
                case FROUND32 -> fround32(in);
                case CVTIF32 -> cvtif32(in);
                case CVTFI32 -> cvtfi32(in);
                case CALL, CALLI -> call(in);
                case SYSCALL -> syscall(in);
                case JMP -> {
                    edgeMoves(b, 0);
                    jumpUnlessNext(bi, b.succs.get(0));
                }
                case IF -> branch(bi, in);
                case RET -> ret(in);
                case UNREACHABLE -> ins("int3");
            }
        }
    }

    private boolean isNext(int bi, Block s) {
        return bi + 1 < fi.order.size() && fi.order.get(bi + 1) == s;
    }

    private void jumpUnlessNext(int bi, Block s) {
        if (!isNext(bi, s)) ins("jmp " + blockLabel[fi.index[s.id]]);
    }

    /** The phi moves of the edge b → b.succs[k]. */
    private void edgeMoves(Block b, int k) {
        Block s = b.succs.get(k);
        List<Instr> phis = s.phis();
        if (phis.isEmpty()) return;
        int j = FuncInfo.predIndex(b, k);
        List<Loc> dst = new ArrayList<>(), src = new ArrayList<>();
        for (Instr phi : phis) {
            if (!ra.live(phi.def())) continue;
            dst.add(loc(phi.def()));
            src.add(loc(phi.arg(j)));
        }
        parallelMove(dst, src);
    }

    private boolean hasEdgeMoves(Block b, int k) {
        Block s = b.succs.get(k);
        int j = FuncInfo.predIndex(b, k);
        for (Instr phi : s.phis()) {
            if (ra.live(phi.def()) && !loc(phi.def()).equals(loc(phi.arg(j)))) return true;
        }
        return false;
    }

    private void branch(int bi, Instr in) {
        Block b = fi.order.get(bi);
        Value c = in.arg(0);
        String cc;
        Loc l = fi.fused[c.id] ? null : loc(c);
        if (l == null) {
            cc = c.def.op.isFloatCompare() ? fcmp(c.def.op, c.def.arg(0), c.def.arg(1))
                    : cmp(c.def.op, c.def.arg(0), c.def.arg(1));
        } else if (l.isImm()) {
            cc = l.n() != 0 ? "=1" : "=0";
        } else {
            Reg r = inReg(l, S1);
            ins("test " + r.q + ", " + r.q);
            cc = "ne";
        }
        if (cc.startsWith("=")) { // decided at compile time
            int k = cc.equals("=1") ? 0 : 1;
            edgeMoves(b, k);
            jumpUnlessNext(bi, b.succs.get(k));
            return;
        }
        // jump on the edge that does not fall through; its moves (if any) go to a stub
        int taken = 0;
        if (isNext(bi, b.succs.get(0))) {
            taken = 1;
            cc = invert(cc);
        }
        int other = 1 - taken;
        Block t = b.succs.get(taken);
        String target = blockLabel[fi.index[t.id]];
        if (hasEdgeMoves(b, taken)) {
            String stub = unit.newLabel();
            int mark = out.length();
            edgeMoves(b, taken);
            ins("jmp " + target);
            stubs.add(stub + ":\n" + out.substring(mark));
            out.setLength(mark);
            target = stub;
        }
        ins("j" + cc + " " + target);
        edgeMoves(b, other);
        jumpUnlessNext(bi, b.succs.get(other));
    }

    private static String invert(String cc) {
        return switch (cc) {
            case "e" -> "ne";
            case "ne" -> "e";
            case "l" -> "ge";
            case "ge" -> "l";
            case "le" -> "g";
            case "g" -> "le";
            // after ucomisd: unordered (NaN) sets ZF, PF and CF, so "not above" is "below or equal"
            case "a" -> "be";
            case "be" -> "a";
            case "ae" -> "b";
            case "b" -> "ae";
            default -> throw new IllegalStateException(cc);
        };
    }

    private static String mirror(String cc) {
        return switch (cc) {
            case "l" -> "g";
            case "g" -> "l";
            case "le" -> "ge";
            case "ge" -> "le";
            case "b" -> "a";
            case "a" -> "b";
            case "be" -> "ae";
            case "ae" -> "be";
            default -> cc;
        };
    }

    private static String cc(Op op) {
        return switch (op) {
            case EQ -> "e";
            case NE -> "ne";
            case LT -> "l";
            case LE -> "le";
            case GT -> "g";
            case GE -> "ge";
            case ULT -> "b";
            case ULE -> "be";
            case UGT -> "a";
            case UGE -> "ae";
            default -> throw new IllegalStateException(op.text);
        };
    }

    private static boolean holds(Op op, long a, long b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            case ULT -> Long.compareUnsigned(a, b) < 0;
            case ULE -> Long.compareUnsigned(a, b) <= 0;
            case UGT -> Long.compareUnsigned(a, b) > 0;
            case UGE -> Long.compareUnsigned(a, b) >= 0;
            default -> throw new IllegalStateException(op.text);
        };
    }

    /**
     * Sets the flags for {@code a op b}; returns the condition code that holds when the
     * comparison is true, or "=1"/"=0" when both operands are constants.
     */
    private String cmp(Op op, Value a, Value b) {
        boolean memA = fi.fused[a.id] && a.def.op == Op.LOAD, memB = fi.fused[b.id] && b.def.op == Op.LOAD;
        if (memA || memB) {   // cmp [p + off], y (FuncInfo.memOperand)
            Value ld = memA ? a : b;
            Loc y = loc(memA ? b : a);
            String m = sized(address(ld.def.arg(0), ld.def.aux), ld.def.width);
            ins("cmp " + m + ", " + (y.isImm32() || y.isReg() ? op(y) : inReg(y, S2).q));
            return memA ? cc(op) : mirror(cc(op));
        }
        if (fi.fused[a.id] || fi.fused[b.id]) return test(op, fi.fused[a.id] ? a : b);
        Loc x = loc(a), y = loc(b);
        String cc = cc(op);
        if (x.isImm() && y.isImm()) return holds(op, x.n(), y.n()) ? "=1" : "=0";
        if (x.isImm() || x.kind() == Loc.Kind.SYM || (x.isMem() && y.isReg())) {
            Loc t = x;
            x = y;
            y = t;
            cc = mirror(cc);
        }
        if (y.isImm() && y.n() == 0 && x.isReg()) {
            ins("test " + x.reg().q + ", " + x.reg().q);
            return cc;
        }
        String left = x.isReg() || x.isMem() ? op(x) : inReg(x, S1).q;
        String right;
        if (y.isImm32() || y.isReg()) right = op(y);
        else if (y.isMem() && !x.isMem()) right = op(y);
        else right = inReg(y, S2).q;
        ins("cmp " + left + ", " + right);
        return cc;
    }

    /** Sets the flags for {@code (and x y) op 0} (op: eq or ne) with {@code test x, y}. */
    private String test(Op op, Value and) {
        String cc = cc(op);
        for (int k = 0; k < 2; k++) {
            Value ld = and.def.arg(k);
            if (!fi.fused[ld.id] || ld.def.op != Op.LOAD) continue;
            // test [p + off], c (FuncInfo.testLoad): the constant cut to the load's width
            long c = and.def.arg(1 - k).constant();
            Width w = ld.def.width;
            long m = w.bytes == 8 ? c : c & ((1L << (8 * w.bytes)) - 1);
            ins("test " + sized(address(ld.def.arg(0), ld.def.aux), w) + ", " + imm(m));
            return cc;
        }
        Loc x = loc(and.def.arg(0)), y = loc(and.def.arg(1));
        if (x.isImm() && y.isImm()) return ((x.n() & y.n()) == 0) == (op == Op.EQ) ? "=1" : "=0";
        if (x.isImm() || x.kind() == Loc.Kind.SYM || (x.isMem() && y.isReg())) {
            Loc t = x;
            x = y;
            y = t;
        }
        String left = x.isReg() || x.isMem() ? op(x) : inReg(x, S1).q;
        String right = y.isImm32() || y.isReg() ? op(y) : inReg(y, S2).q;
        ins("test " + left + ", " + right);
        return cc;
    }

    private Reg work(Loc d) {
        return d.isReg() ? d.reg() : S1;
    }

    private void store(Loc d, Reg w) {
        if (!d.isReg(w)) move(d, Loc.reg(w));
    }

    private void compare(Instr in) {
        Loc d = loc(in.def());
        String cc = cmp(in.op, in.arg(0), in.arg(1));
        if (cc.startsWith("=")) {
            move(d, Loc.imm(cc.equals("=1") ? 1 : 0));
            return;
        }
        Reg w = work(d);
        ins("set" + cc + " " + w.b);
        ins("movzx " + w.d + ", " + w.b);
        store(d, w);
    }

    private static long fold(Op op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case ANDNOT -> a & ~b;
            default -> throw new IllegalStateException(op.text);
        };
    }

    private static String alu(Op op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "imul";
            case AND, ANDNOT -> "and";
            case OR -> "or";
            case XOR -> "xor";
            default -> throw new IllegalStateException(op.text);
        };
    }

    private void binary(Instr in) {
        Op op = in.op;
        Loc d = loc(in.def()), a = loc(in.arg(0)), b = loc(in.arg(1));
        if (a.isImm() && b.isImm()) {
            move(d, Loc.imm(fold(op, a.n(), b.n())));
            return;
        }
        if (op == Op.SUB && b.isImm() && b.n() != Long.MIN_VALUE) {
            op = Op.ADD;
            b = Loc.imm(-b.n());
        }
        if ((op == Op.ADD || op == Op.OR || op == Op.XOR) && (b.isImm() && b.n() == 0 || a.isImm() && a.n() == 0)) {
            // x + 0: a copy (lowering's unsafe.Pointer(u), int to ptr, which no pass may fold)
            move(d, b.isImm() && b.n() == 0 ? a : b);
            return;
        }
        if (op.isCommutative() && (a.isImm() || a.kind() == Loc.Kind.SYM
                || (b.isReg() && d.equals(b) && !d.equals(a)))) {
            Loc t = a;
            a = b;
            b = t;
        }
        if (op == Op.ADD && d.isReg() && a.isReg() && !d.equals(a)) {
            if (b.isImm32()) {
                if (b.n() == 0) ins("mov " + d.reg().q + ", " + a.reg().q);
                else ins("lea " + d.reg().q + ", [" + a.reg().q + (b.n() < 0 ? " - " + hex(-b.n()) : " + " + hex(b.n())) + "]");
                return;
            }
            if (b.isReg() && !d.equals(b)) {
                ins("lea " + d.reg().q + ", [" + a.reg().q + " + " + b.reg().q + "]");
                return;
            }
        }
        Reg w = work(d);
        if (b.isReg(w) && !a.equals(b)) {
            // the result's register holds the second operand (sub, andnot: not commutative)
            if (op == Op.SUB) {
                ins("neg " + w.q);
                ins("add " + w.q + ", " + src(a, S2));
            } else if (op == Op.ANDNOT) {
                ins("not " + w.q);
                ins("and " + w.q + ", " + src(a, S2));
            } else {
                throw new IllegalStateException(op.text);
            }
            store(d, w);
            return;
        }
        if (op == Op.MUL && b.isImm32()) {
            String x = a.isReg() || a.isMem() ? op(a) : inReg(a, S2).q;
            ins("imul " + w.q + ", " + x + ", " + imm(b.n()));
            store(d, w);
            return;
        }
        load(w, a);
        if (op == Op.ANDNOT) {
            if (b.isImm() && ~b.n() == (int) ~b.n()) {
                ins("and " + w.q + ", " + imm(~b.n()));
            } else {
                load(S2, b);
                ins("not " + S2.q);
                ins("and " + w.q + ", " + S2.q);
            }
        } else {
            ins(alu(op) + " " + w.q + ", " + src(b, S2));
        }
        store(d, w);
    }

    private void unary(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        if (a.isImm()) {
            move(d, Loc.imm(in.op == Op.NEG ? -a.n() : ~a.n()));
            return;
        }
        Reg w = work(d);
        load(w, a);
        ins((in.op == Op.NEG ? "neg " : "not ") + w.q);
        store(d, w);
    }

    /**
     * getg: the g at {@code fs:[-8]} (the runtime's TLS slot, as Go's {@code MOVQ (TLS), R}),
     * through R12 into any destination: Keystone would encode a move between RAX and an absolute
     * {@code fs:} operand in the moffs64 form, where GNU as does not (docs/ABI.md).
     */
    private void getg(Instr in) {
        Loc d = loc(in.def());
        if (!ra.live(in.def())) return;
        Reg w = d.isReg() && d.reg() != Reg.RAX ? d.reg() : S1;
        ins("mov " + w.q + ", qword ptr fs:[0xfffffffffffffff8]");
        store(d, w);
    }

    /** A divisor or multiplier for the one-operand forms: not in RAX or RDX, not an immediate. */
    private String oneOperand(Loc b) {
        if (b.isMem()) return op(b);
        if (b.isReg() && b.reg() != Reg.RAX && b.reg() != Reg.RDX) return b.reg().q;
        load(S2, b);
        return S2.q;
    }

    /** div, mod, divmod: one idiv (divmod keeps both of its results: RAX and RDX). */
    private void divide(Instr in) {
        Loc a = loc(in.arg(0)), b = loc(in.arg(1));
        if (b.isImm() && b.n() == -1) { // Go: x / -1 == -x, x % -1 == 0 (idiv would trap on MinInt64)
            load(Reg.RAX, a);
            ins("neg rax");
            ins("xor edx, edx");
        } else {
            String y = oneOperand(b);
            load(Reg.RAX, a);
            if (b.isImm()) {
                ins("cqo");
                ins("idiv " + y);
            } else {
                String done = unit.newLabel(), divide = unit.newLabel();
                ins("cmp " + y + ", -0x1");
                ins("jne " + divide);
                ins("neg rax");
                ins("xor edx, edx");
                ins("jmp " + done);
                out.append(divide).append(":\n");
                ins("cqo");
                ins("idiv " + y);
                out.append(done).append(":\n");
            }
        }
        List<Loc> dst = new ArrayList<>(), src = new ArrayList<>();
        for (Value d : in.defs) {
            if (!ra.live(d)) continue;
            boolean quotient = in.op == Op.DIV || (in.op == Op.DIVMOD && d.index == 0);
            dst.add(loc(d));
            src.add(Loc.reg(quotient ? Reg.RAX : Reg.RDX));
        }
        parallelMove(dst, src);
    }

    /** udiv, umod: one div of RDX:RAX with RDX zero (the divisor is never 0: lowering checks). */
    private void udivide(Instr in) {
        Loc a = loc(in.arg(0)), b = loc(in.arg(1));
        String y = oneOperand(b);
        load(Reg.RAX, a);
        ins("xor edx, edx");
        ins("div " + y);
        move(loc(in.def()), Loc.reg(in.op == Op.UDIV ? Reg.RAX : Reg.RDX));
    }

    /** sext8 … zext32: movsx / movzx of the low bits (a 32-bit mov zero-extends). */
    private void extend(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        if (a.isImm()) {
            long v = a.n();
            move(d, Loc.imm(switch (in.op) {
                case SEXT8 -> (byte) v;
                case SEXT16 -> (short) v;
                case SEXT32 -> (int) v;
                case ZEXT8 -> v & 0xFF;
                case ZEXT16 -> v & 0xFFFF;
                default -> v & 0xFFFF_FFFFL;
            }));
            return;
        }
        Reg w = work(d);
        load(w, a);
        String w16 = w.d.startsWith("e") ? w.d.substring(1) : w.d.replace('d', 'w');
        ins(switch (in.op) {
            case SEXT8 -> "movsx " + w.q + ", " + w.b;
            case SEXT16 -> "movsx " + w.q + ", " + w16;
            case SEXT32 -> "movsxd " + w.q + ", " + w.d;
            case ZEXT8 -> "movzx " + w.d + ", " + w.b;
            case ZEXT16 -> "movzx " + w.d + ", " + w16;
            default -> "mov " + w.d + ", " + w.d;
        });
        store(d, w);
    }

    private void hmul(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0)), b = loc(in.arg(1));
        String y = oneOperand(b);
        load(Reg.RAX, a);
        ins("imul " + y);
        move(d, Loc.reg(Reg.RDX));
    }

    private void shift(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0)), b = loc(in.arg(1));
        String mn = switch (in.op) {
            case SHL -> "shl";
            case SHR -> "shr";
            default -> "sar";
        };
        if (b.isImm()) {
            long c = b.n();
            if (c >= 0 && c < 64) {
                Reg w = work(d);
                load(w, a);
                if (c != 0) ins(mn + " " + w.q + ", " + hex(c));
                store(d, w);
            } else if (in.op == Op.SAR) {
                Reg w = work(d);
                load(w, a);
                ins("sar " + w.q + ", 0x3f");
                store(d, w);
            } else {
                move(d, Loc.imm(0));
            }
            return;
        }
        Reg w = d.isReg() && d.reg() != Reg.RCX && !b.isReg(d.reg()) ? d.reg() : S1;
        load(w, a);
        load(Reg.RCX, b);
        if (in.op == Op.SAR) { // a count of 64 or more shifts by 63: the sign
            ins("mov " + S2.d + ", 0x3f");
            ins("cmp rcx, 0x40");
            ins("cmovae rcx, " + S2.q);
            ins("sar " + w.q + ", cl");
        } else if (below64(in.arg(1))) {
            ins(mn + " " + w.q + ", cl");
        } else { // a count of 64 or more gives 0
            ins(mn + " " + w.q + ", cl");
            ins("cmp rcx, 0x40");
            ins("sbb " + S2.q + ", " + S2.q);
            ins("and " + w.q + ", " + S2.q);
        }
        store(d, w);
    }

    /**
     * Whether a shift count is below 64 whatever its operands: an AND with a constant below
     * 64 ({@code i & 63}, {@code i % 64} of an unsigned i). The shift then needs no test for a
     * count of 64 or more (Go's result 0 where the machine masks the count).
     */
    static boolean below64(Value count) {
        Instr d = count.def;
        if (d == null || d.op != Op.AND) return false;
        for (Value a : d.args) {
            Long c = a.constant();
            if (c != null && c >= 0 && c < 64) return true;
        }
        return false;
    }

    /**
     * The memory word [p + off] of a load or store (the base in R12 when not in a register);
     * for a fused add, [base + index + off] (R12 and R13 when they are not in registers).
     */
    private String address(Value p, long off) {
        if (fi.fused[p.id]) {   // an add only this load reads: [base + index + off] (FuncInfo.indexOf)
            Reg base = inReg(loc(p.def.arg(0)), S1);
            return "qword ptr [" + base.q + " + " + indexed(p) + disp(off) + "]";
        }
        Loc l = loc(p);
        if (l.kind() == Loc.Kind.SYM) return ripAt(l.text(), l.n() + off);
        return memAt(inReg(l, S1), off);
    }

    /** A fused address [base + index*scale + off] as [R12 + off]: R12 = base + index*scale (R13 only until then). */
    private String addressInR12(Value p, long off) {
        String index = indexed(p);
        ins("lea " + S1.q + ", [" + inReg(loc(p.def.arg(0)), S1).q + " + " + index + "]");
        return memAt(S1, off);
    }

    /**
     * The index of the fused address add p, in a register (R13 when it is not in one), scaled
     * when a {@code shl i, k} is fused into it too ({@code i*2^k}).
     */
    private String indexed(Value p) {
        Value ix = p.def.arg(1);
        int scale = 1;
        if (fi.fused[ix.id]) {
            scale = 1 << ix.def.arg(1).constant();
            ix = ix.def.arg(0);
        }
        return inReg(loc(ix), S2).q + (scale == 1 ? "" : "*" + scale);
    }

    /** A memory operand of {@code w}'s size: {@code byte ptr […]} for a u8 (the address is a {@code qword ptr} one). */
    private static String sized(String m, Width w) {
        String ptr = switch (w.bytes) {
            case 1 -> "byte";
            case 2 -> "word";
            case 4 -> "dword";
            default -> "qword";
        };
        return ptr + m.substring(m.indexOf(' '));
    }

    private void load(Instr in) {
        Loc d = loc(in.def());
        String m = sized(address(in.arg(0), in.aux), in.width);
        if (in.width == Width.F32) {
            Reg x = xwork(d);
            ins("cvtss2sd " + x.q + ", " + m);   // float32 → float64 is exact
            if (!d.isReg(x)) move(d, Loc.reg(x));
            return;
        }
        if (d.isXmm()) {
            ins("movsd " + d.reg().q + ", " + m);
            return;
        }
        Reg w = work(d);
        switch (in.width) {
            case W64 -> ins("mov " + w.q + ", " + m);
            case U8, U16 -> ins("movzx " + w.d + ", " + m);
            case I8, I16 -> ins("movsx " + w.q + ", " + m);
            case U32 -> ins("mov " + w.d + ", " + m);            // writing a 32-bit register zero-extends
            case I32 -> ins("movsxd " + w.q + ", " + m);
            case F32 -> throw new IllegalStateException("f32 load");
        }
        store(d, w);
    }

    private void store(Instr in) {
        Loc x = loc(in.arg(1));
        // a fused address takes R12 and R13 when its base and index are not in registers; a
        // value that is not in one either then needs R13 too: the address goes to R12 first
        boolean valueInR13 = !x.isXmm() && !x.isReg() && !x.isImm32() && in.width != Width.F32;
        String m = fi.fused[in.arg(0).id] && valueInR13 ? addressInR12(in.arg(0), in.aux) : address(in.arg(0), in.aux);
        if (in.width == Width.F32) {
            ins("cvtsd2ss " + XS.q + ", " + xsrc(x, XS));   // rounds to nearest even, as Go's float32(x)
            ins("movss " + sized(m, in.width) + ", " + XS.q);
            return;
        }
        if (x.isXmm()) {
            ins("movsd " + m + ", " + x.reg().q);
            return;
        }
        if (in.width != Width.W64) {
            m = sized(m, in.width);
            if (x.isImm32()) {
                long mask = in.width.bytes == 4 ? 0xffffffffL : (1L << (8 * in.width.bytes)) - 1;
                ins("mov " + m + ", " + hex(x.n() & mask));
                return;
            }
            Reg r = x.isReg() ? x.reg() : inReg(x, S2);
            ins("mov " + m + ", " + switch (in.width.bytes) {
                case 1 -> r.b;
                case 2 -> r.w;
                default -> r.d;
            });
            return;
        }
        String v = x.isReg() || x.isImm32() ? op(x) : inReg(x, S2).q; // a float in memory: its bits through R13
        ins("mov " + m + ", " + v);
    }

    // ---- float64 ---------------------------------------------------------------------

    /** The SSE register the result is computed in: its own, or X14 when it lives in memory. */
    private Reg xwork(Loc d) {
        return d.isXmm() ? d.reg() : XS;
    }

    /** An operand for an SSE instruction's source: an SSE register or a memory word (else in {@code scratch}). */
    private String xsrc(Loc l, Reg scratch) {
        if (l.isXmm() || l.isMem()) return op(l);
        loadX(scratch, l);
        return scratch.q;
    }

    /** fadd, fsub, fmul, fdiv: addsd w, b (two-address) with w the result's register. */
    private void floatBinary(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0)), b = loc(in.arg(1));
        String mn = switch (in.op) {
            case FADD -> "addsd";
            case FSUB -> "subsd";
            case FMUL -> "mulsd";
            default -> "divsd";
        };
        Reg w = xwork(d);
        if (b.isReg(w) && !a.equals(b)) {
            if (in.op.isCommutative()) {
                Loc t = a;
                a = b;
                b = t;
            } else {
                w = XS; // the result's register holds the second operand: compute aside
            }
        }
        loadX(w, a);
        ins(mn + " " + w.q + ", " + xsrc(b, XS));
        if (!d.isReg(w)) move(d, Loc.reg(w));
    }

    /** -x flips the sign bit: xorps with -0.0 (gc's XORPS of the constant $f64.8000000000000000). */
    private void floatNeg(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        if (d.isXmm()) {
            loadX(d.reg(), a);
            loadX(XS, Loc.fconst(Long.MIN_VALUE));
            ins("xorps " + d.reg().q + ", " + XS.q);
        } else { // to memory: the bits through R12
            load(S1, a);
            load(S2, Loc.imm(Long.MIN_VALUE));
            ins("xor " + S1.q + ", " + S2.q);
            move(d, Loc.reg(S1));
        }
    }

    /**
     * Sets the flags for a float comparison with ucomisd and returns the condition that holds
     * when it is true: flt and fle compare the other way round, so that each is "above" (CF and
     * ZF clear) or "above or equal" (CF clear), both false when unordered (NaN sets ZF, PF, CF),
     * as gc does. feq and fne (symmetric: a register operand goes first) return "e" and "ne",
     * which the caller combines with PF.
     */
    private String fcmp(Op op, Value a, Value b) {
        Loc x = loc(a), y = loc(b);
        if (op == Op.FLT || op == Op.FLE || (!x.isXmm() && y.isXmm() && (op == Op.FEQ || op == Op.FNE))) {
            Loc t = x;
            x = y;
            y = t;
        }
        Reg r = x.isXmm() ? x.reg() : XS;
        loadX(r, x);
        ins("ucomisd " + r.q + ", " + xsrc(y, XS));
        return switch (op) {
            case FEQ -> "e";
            case FNE -> "ne";
            case FLT, FGT -> "a";
            case FLE, FGE -> "ae";
            default -> throw new IllegalStateException(op.text);
        };
    }

    private void floatCompare(Instr in) {
        Loc d = loc(in.def());
        String cc = fcmp(in.op, in.arg(0), in.arg(1));
        Reg w = work(d);
        ins("set" + cc + " " + w.b);
        if (in.op == Op.FEQ) { // equal and ordered (gc: SETEQF)
            ins("setnp " + S2.b);
            ins("and " + w.b + ", " + S2.b);
        } else if (in.op == Op.FNE) { // not equal or unordered (gc: SETNEF)
            ins("setp " + S2.b);
            ins("or " + w.b + ", " + S2.b);
        }
        ins("movzx " + w.d + ", " + w.b);
        store(d, w);
    }

    /** float64(x) of an int: cvtsi2sd (round to nearest even). */
    private void cvtif(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        Reg w = xwork(d);
        String x = a.isReg() || a.kind() == Loc.Kind.SLOT || a.kind() == Loc.Kind.MEM ? op(a) : inReg(a, S1).q;
        ins("cvtsi2sd " + w.q + ", " + x);
        if (!d.isReg(w)) move(d, Loc.reg(w));
    }

    // ---- float32 (issue 14) ----------------------------------------------------

    /** float32(x) of a float64 held as an f64: cvtsd2ss then cvtss2sd (exact), in the result's register. */
    private void fround32(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        Reg w = xwork(d);
        ins("cvtsd2ss " + w.q + ", " + xsrc(a, XS));
        ins("cvtss2sd " + w.q + ", " + w.q);
        if (!d.isReg(w)) move(d, Loc.reg(w));
    }

    /** int32(x) of a float: cvttsd2si into the 32-bit register, sign-extended (0x80000000 out of range or NaN, as gc's CVTTSD2SL). */
    private void cvtfi32(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        Reg w = work(d);
        ins("cvttsd2si " + w.d + ", " + xsrc(a, XS));
        ins("movsxd " + w.q + ", " + w.d);
        store(d, w);
    }

    /** float32(x) of an int, rounded once: cvtsi2ss then cvtss2sd. */
    private void cvtif32(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        Reg w = xwork(d);
        String x = a.isReg() || a.kind() == Loc.Kind.SLOT || a.kind() == Loc.Kind.MEM ? op(a) : inReg(a, S1).q;
        ins("cvtsi2ss " + w.q + ", " + x);
        ins("cvtss2sd " + w.q + ", " + w.q);
        if (!d.isReg(w)) move(d, Loc.reg(w));
    }

    /** int(x) of a float64: cvttsd2si, truncation; 0x8000000000000000 when out of range or NaN, as gc's CVTTSD2SQ. */
    private void cvtfi(Instr in) {
        Loc d = loc(in.def()), a = loc(in.arg(0));
        Reg w = work(d);
        ins("cvttsd2si " + w.q + ", " + xsrc(a, XS));
        store(d, w);
    }

    private void call(Instr in) {
        boolean indirect = in.op == Op.CALLI;
        String target = indirect ? "qword ptr [rdx]" : Amd64.label(in.sym);
        if (!indirect && Callees.ABI0.contains(in.sym)) {
            for (int i = 0; i < in.args.size(); i++) move(Loc.mem(memAt(Reg.RSP, 8L * i)), loc(in.arg(i)));
            ins("call " + target);
            stackMap(in, in.args.size());
            return;
        }
        // Go's rule per value (Abi); stack-assigned arguments at [rsp + 0x0 …], results after them
        Abi args = Abi.args(in), res = Abi.results(in);
        List<Loc> dst = new ArrayList<>(), src = new ArrayList<>();
        List<Value> words = in.callArgs();
        for (int i = 0; i < words.size(); i++) {
            if (args.reg[i] == null) {
                move(Loc.mem(memAt(Reg.RSP, 8L * args.slot[i])), loc(words.get(i)));
            } else {
                dst.add(Loc.reg(args.reg[i]));
                src.add(loc(words.get(i)));
            }
        }
        if (indirect) {   // the closure pointer in the context register (no ABI register: no conflict)
            dst.add(Loc.reg(Reg.RDX));
            src.add(loc(in.arg(0)));
        }
        parallelMove(dst, src);
        ins("call " + target);
        stackMap(in, args.stackWords + res.stackWords);
        dst.clear();
        src.clear();
        for (int i = 0; i < in.defs.size(); i++) {
            Value v = in.defs.get(i);
            if (!ra.live(v)) continue;
            dst.add(loc(v));
            src.add(res.reg[i] != null ? Loc.reg(res.reg[i]) : Loc.mem(memAt(Reg.RSP, 8L * (args.stackWords + res.slot[i]))));
        }
        parallelMove(dst, src);
    }

    /** A stack map in one byte ({@link #stackMap}): {@code nop dword ptr [rcx + disp8]}. */
    static final int STACK_MAP_SHORT = 0x411f0f;
    /** The first word of a stack map ({@link #stackMap}): {@code nop dword ptr [rcx + disp32]}. */
    static final int STACK_MAP = 0x811f0f;
    /** A stack map's further words: {@code nop dword ptr [rdx + disp32]}, 32 slots each. */
    static final int STACK_MAP_MORE = 0x821f0f;
    /** How many further words a stack map may have: slots beyond 16 + 32 * 15 leave the frame conservative. */
    static final int STACK_MAP_MAX_MORE = 15;

    /**
     * The stack map of a call site, written right where the call returns to, so that the
     * collector finds it from the return address it reads in the frame above (Go's stack maps,
     * funcdata and pcdata, are tables looked up by pc; here the map sits at the pc itself, and
     * so is dropped along with its function by dead-code elimination). It is one or more
     * no-ops that the goroutine runs through when the call returns, encodings Keystone never
     * uses for padding (it pads text with int3). Where the call has no stack arguments or
     * results, the frame no outgoing words and only slots 0-7 can be live (most calls), one
     * 4-byte {@code nop dword ptr [rcx + disp8]} ({@code 0f 1f 41}), disp8 the live slots.
     * Otherwise 7-byte {@code nop dword ptr [rcx + disp32]} ({@code 0f 1f 81}), then {@code nop
     * dword ptr [rdx + disp32]} ({@code 0f 1f 82}). The first disp32: bits 0-5 how many words
     * at rsp are this call's stack arguments and results (scanned), bits 6-11 where the spill
     * slots start (the frame's outgoing words), bits 12-27 slots 0-15 live across the call
     * ({@link RegAlloc#liveSlotsAtCalls}), bits 28-31 how many further words follow, each with
     * 32 more slots. Only functions with spill slots get maps, and only where the counts fit;
     * a frame stopped at a call without one is scanned whole, conservatively, as before (mgc.go's
     * scanstack).
     */
    private void stackMap(Instr call, int argWords) {
        // A call that never returns needs none: the goroutine below it panics or ends, and its
        // frame, never resumed, is scanned whole; but select {} (runtime.block) parks for good.
        if (liveSlots == null || call.op == Op.CALL && Callees.NORETURN.contains(call.sym) && !call.sym.equals("runtime.block")) return;
        BitSet live = liveSlots.get(call);
        if (argWords == 0 && outWords == 0 && live.length() <= 8) {
            mapWord(STACK_MAP_SHORT, bits(live, 0, 8), 1);
            return;
        }
        int more = Math.max(0, (live.length() - 16 + 31) / 32);
        if (argWords > 63 || outWords > 63 || more > STACK_MAP_MAX_MORE) return;
        long first = argWords | (long) outWords << 6 | (bits(live, 0, 16) << 12) | (long) more << 28;
        mapWord(STACK_MAP, first, 4);
        for (int k = 0; k < more; k++) mapWord(STACK_MAP_MORE, bits(live, 16 + 32 * k, 32), 4);
    }

    private static long bits(BitSet s, int from, int n) {
        long w = 0;
        for (int i = 0; i < n; i++) if (s.get(from + i)) w |= 1L << i;
        return w;
    }

    /** One no-op of a stack map: its three opcode and ModRM bytes, then n bytes of disp, low first. */
    private void mapWord(int opcode, long disp, int n) {
        StringBuilder sb = new StringBuilder(".byte ");
        for (int i = 0; i < 3 + n; i++) {
            sb.append(i > 0 ? ", " : "").append(hex(i < 3 ? opcode >> 8 * i & 0xff : disp >> 8 * (i - 3) & 0xff));
        }
        ins(sb.toString());
    }

    /** A system call in place: the number to RAX, the arguments to RDI, RSI, RDX, R10, R8, R9, {@code syscall}. */
    private void syscall(Instr in) {
        List<Loc> dst = new ArrayList<>(), src = new ArrayList<>();
        for (int k = 0; k < in.args.size(); k++) {
            dst.add(Loc.reg(k == 0 ? Reg.RAX : Reg.SYSCALL.get(k - 1)));
            src.add(loc(in.arg(k)));
        }
        parallelMove(dst, src);
        ins("syscall");
        if (ra.live(in.def())) move(loc(in.def()), Loc.reg(Reg.RAX));
    }

    private void ret(Instr in) {
        var f = fi.f;
        if (!f.abi0) {
            Abi res = fi.resultAbi;
            List<Loc> dst = new ArrayList<>(), src = new ArrayList<>();
            // stack results first (after the stack-assigned arguments): their sources may be in the result registers
            for (int i = 0; i < in.args.size(); i++) {
                if (res.reg[i] == null) move(Loc.mem(memAt(Reg.RBP, 0x10 + 8L * (fi.paramAbi.stackWords + res.slot[i]))), loc(in.arg(i)));
            }
            for (int i = 0; i < in.args.size(); i++) {
                if (res.reg[i] == null) continue;
                dst.add(Loc.reg(res.reg[i]));
                src.add(loc(in.arg(i)));
            }
            parallelMove(dst, src);
        }
        if (frame) ins("leave");
        ins("ret");
    }
}
