package dev.rt0gen.amd64;

import dev.rt0gen.ir.Cls;
import dev.rt0gen.testing.GoFloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.rt0gen.amd64.Reg.RAX;
import static dev.rt0gen.amd64.Reg.RBX;
import static dev.rt0gen.amd64.Reg.RCX;
import static dev.rt0gen.amd64.Reg.RDI;
import static dev.rt0gen.amd64.Reg.X0;
import static dev.rt0gen.amd64.Reg.X1;
import static dev.rt0gen.amd64.Reg.X14;
import static dev.rt0gen.amd64.Reg.X2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * float64 through the back end: IR programs with f64 values emitted, linked, run, and what they
 * print checked against Java's IEEE double arithmetic (SSE2's: round to nearest even) and Go's
 * rules. A float result is printed as its IEEE bits (stored, loaded back as an int), so these
 * tests need nothing of the runtime's float printing; a NaN result prints as "1 0" (its bits
 * are the machine's choice), any other as "0 BITS".
 */
class Amd64FloatTest {
    @TempDir
    Path dir;

    static final double[] VALUES = {0.0, -0.0, 1.5, -2.25, 3.0, 0.1, 1e308, -1e308, 1e-310, 4.9e-324,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456789.0};

    private String run(String ir) throws Exception {
        return Programs.run(ir, dir);
    }

    static String c(double x) {
        return dev.rt0gen.ir.Printer.f64(Double.doubleToRawLongBits(x));
    }

    /** IR that prints f64 value {@code v} as "NAN BITS " (w: a fresh value number base). */
    static String printF(String v, int w) {
        return String.format("""
                    v%1$d:ptr = addr main.word
                    store [v%1$d], %2$s
                    v%3$d:int = load [v%1$d]
                    v%4$d:int = fne %2$s, %2$s
                    v%5$d:int = const 1
                    v%6$d:int = sub v%5$d, v%4$d
                    v%7$d:int = mul v%3$d, v%6$d
                    call runtime.printint(v%4$d)
                    call runtime.printsp()
                    call runtime.printint(v%7$d)
                    call runtime.printsp()
                """, w, v, w + 1, w + 2, w + 3, w + 4, w + 5);
    }

    static String expectF(double r) {
        return Double.isNaN(r) ? "1 0 " : "0 " + Double.doubleToRawLongBits(r) + " ";
    }

    private static final String WORD = "data bss main.word = zero int\n";

    /** fadd, fsub, fmul, fdiv of every pair, each in a function of its own (operands in X0, X1). */
    @Test
    void arithmeticOfEveryPairIsIeee() throws Exception {
        StringBuilder ir = new StringBuilder(WORD);
        String[] ops = {"fadd", "fsub", "fmul", "fdiv"};
        for (String op : ops) {
            ir.append("func main.").append(op).append("(f64, f64) (f64) {\nb0:\n    v0:f64 = param 0\n    v1:f64 = param 1\n")
                    .append("    v2:f64 = ").append(op).append(" v0, v1\n    ret v2\n}\n");
        }
        // one operand in memory (a constant from the pool) and the result through a spill slot
        ir.append("func main.fsubk(f64) (f64) {\nb0:\n    v0:f64 = param 0\n    v1:f64 = fconst ").append(c(0.75))
                .append("\n    v2:f64 = fsub v1, v0\n    v3:f64 = fneg v2\n    ret v3\n}\n");
        ir.append("func main.main() () {\nb0:\n");
        StringBuilder want = new StringBuilder();
        int w = 10;
        for (double a : VALUES) {
            for (double b : VALUES) {
                ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n", w, c(a), w + 1, c(b)));
                int x = w, y = w + 1;
                w += 2;
                for (String op : ops) {
                    ir.append(String.format("    v%d:f64 = call main.%s(v%d, v%d)%n", w, op, x, y));
                    ir.append(printF("v" + w, w + 1));
                    w += 10;
                    want.append(expectF(switch (op) {
                        case "fadd" -> a + b;
                        case "fsub" -> a - b;
                        case "fmul" -> a * b;
                        default -> a / b;
                    }));
                }
            }
            ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = call main.fsubk(v%d)%n", w, c(a), w + 1, w));
            ir.append(printF("v" + (w + 1), w + 2));
            w += 12;
            want.append(expectF(-(0.75 - a)));
            ir.append("    call runtime.printnl()\n");
            want.append('\n');
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    /**
     * Every comparison of every pair, as a 0/1 value (feq: sete and setnp; fne: setne or setp)
     * and fused into a branch (ucomisd and ja/jae, the operands swapped for < and <=): a NaN
     * operand makes all false but !=, -0 == 0.
     */
    @Test
    void comparisonsAsValuesAndBranchesHandleNaN() throws Exception {
        String[] ops = {"feq", "fne", "flt", "fle", "fgt", "fge"};
        StringBuilder ir = new StringBuilder();
        for (String op : ops) {
            ir.append("func main.").append(op).append("(f64, f64) (int) {\nb0:\n    v0:f64 = param 0\n    v1:f64 = param 1\n")
                    .append("    v2:int = ").append(op).append(" v0, v1\n    ret v2\n}\n");
            ir.append("func main.").append(op).append("_br(f64, f64) (int) {\nb0:\n    v0:f64 = param 0\n    v1:f64 = param 1\n")
                    .append("    v2:int = ").append(op).append(" v0, v1\n    if v2 -> b1, b2\nb1:\n    v3:int = const 1\n    ret v3\n")
                    .append("b2:\n    v4:int = const 0\n    ret v4\n}\n");
            // the constant on the left: from the pool into X14
            ir.append("func main.").append(op).append("_k(f64) (int) {\nb0:\n    v0:f64 = param 0\n    v1:f64 = fconst ")
                    .append(c(1.5)).append("\n    v2:int = ").append(op).append(" v1, v0\n    ret v2\n}\n");
        }
        ir.append("func main.main() () {\nb0:\n");
        StringBuilder want = new StringBuilder();
        int w = 10;
        for (double a : VALUES) {
            for (double b : VALUES) {
                ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:f64 = fconst %s%n", w, c(a), w + 1, c(b)));
                int x = w, y = w + 1;
                w += 2;
                for (String op : ops) {
                    for (String kind : List.of("", "_br")) {
                        ir.append(String.format("    v%d:int = call main.%s%s(v%d, v%d)%n    call runtime.printint(v%d)%n", w, op, kind, x, y, w));
                        w++;
                    }
                    boolean r = holds(op, a, b);
                    want.append(r ? "11" : "00");
                }
                ir.append("    call runtime.printsp()\n");
                want.append(' ');
            }
            for (String op : ops) {
                ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:int = call main.%s_k(v%d)%n    call runtime.printint(v%d)%n", w, c(a), w + 1, op, w, w + 1));
                w += 2;
                want.append(holds(op, 1.5, a) ? "1" : "0");
            }
            ir.append("    call runtime.printnl()\n");
            want.append('\n');
        }
        ir.append("    ret\n}\n");
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    static boolean holds(String op, double a, double b) {
        return switch (op) {
            case "feq" -> a == b;
            case "fne" -> a != b;
            case "flt" -> a < b;
            case "fle" -> a <= b;
            case "fgt" -> a > b;
            default -> a >= b;
        };
    }

    /**
     * int → float64 rounds to nearest even (cvtsi2sd); float64 → int truncates toward zero, and
     * out of range, ±Inf and NaN give 0x8000000000000000, as gc's code does: go1.26.8 prints
     * -9223372036854775808 for int(x) of NaN, +Inf, -Inf, 1e19 and -1e19, -2 for -2.7.
     */
    @Test
    void conversionsAsGcDoes() throws Exception {
        long[] ints = {0, 1, -1, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE, 123456789, -7};
        double[] floats = {2.7, -2.7, 0.5, -0.5, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                1e19, -1e19, -0x1p63, 0x1p63, Math.nextDown(0x1p63), 4.9e-324, 1e15 + 0.5};
        StringBuilder ir = new StringBuilder(WORD).append("""
                func main.i2f(int) (f64) {
                b0:
                    v0:int = param 0
                    v1:f64 = cvtif v0
                    ret v1
                }
                func main.f2i(f64) (int) {
                b0:
                    v0:f64 = param 0
                    v1:int = cvtfi v0
                    ret v1
                }
                func main.main() () {
                b0:
                """);
        StringBuilder want = new StringBuilder();
        int w = 10;
        for (long i : ints) {
            ir.append(String.format("    v%d:int = const %d%n    v%d:f64 = call main.i2f(v%d)%n", w, i, w + 1, w));
            ir.append(printF("v" + (w + 1), w + 2));
            // a constant operand: cvtsi2sd from R12
            ir.append(String.format("    v%d:f64 = cvtif v%d%n", w + 9, w));
            ir.append(printF("v" + (w + 9), w + 10));
            w += 20;
            want.append(expectF((double) i)).append(expectF((double) i));
        }
        ir.append("    call runtime.printnl()\n");
        want.append('\n');
        for (double x : floats) {
            ir.append(String.format("    v%d:f64 = fconst %s%n    v%d:int = call main.f2i(v%d)%n    call runtime.printint(v%d)%n    call runtime.printsp()%n",
                    w, c(x), w + 1, w, w + 1));
            // straight from the pool
            ir.append(String.format("    v%d:int = cvtfi v%d%n    call runtime.printint(v%d)%n    call runtime.printsp()%n", w + 2, w, w + 2));
            w += 3;
            want.append(GoFloat.toInt(x)).append(' ').append(GoFloat.toInt(x)).append(' ');
        }
        ir.append("    call runtime.printnl()\n    ret\n}\n");
        want.append('\n');
        assertThat(GoFloat.toInt(Double.NaN)).isEqualTo(Long.MIN_VALUE);
        assertThat(GoFloat.toInt(-2.7)).isEqualTo(-2);
        assertThat(run(ir.toString())).isEqualTo(want.toString());
    }

    /**
     * Loops with f64 phis: the harmonic sum of 1..n (a phi of f64 and one of int), and Newton's
     * square root of 2 iterated until it stops changing (a float compare in the loop's branch).
     */
    @Test
    void loopsWithFloatPhis() throws Exception {
        double h = 0;
        for (long i = 1; i <= 1000; i++) h += 1.0 / i;
        double x = 1, prev;
        long n = 0;
        do {
            prev = x;
            x = (x + 2 / x) / 2;
            n++;
        } while (x != prev);
        String ir = WORD + """
                func main.harmonic(int) (f64) {
                b0:
                    v0:int = param 0
                    v1:f64 = fconst 0x0000000000000000
                    v2:int = const 1
                    v20:f64 = fconst 0x3ff0000000000000
                    jmp b1
                b1:
                    v3:f64 = phi b0:v1, b2:v6
                    v4:int = phi b0:v2, b2:v7
                    v8:int = le v4, v0
                    if v8 -> b2, b3
                b2:
                    v5:f64 = cvtif v4
                    v9:f64 = fdiv v20, v5
                    v6:f64 = fadd v3, v9
                    v7:int = add v4, v2
                    jmp b1
                b3:
                    ret v3
                }
                func main.sqrt2() (f64, int) {
                b0:
                    v0:f64 = fconst 0x3ff0000000000000
                    v1:f64 = fconst 0x4000000000000000
                    v2:int = const 0
                    jmp b1
                b1:
                    v3:f64 = phi b0:v0, b1:v5
                    v4:int = phi b0:v2, b1:v8
                    v6:f64 = fdiv v1, v3
                    v7:f64 = fadd v3, v6
                    v5:f64 = fdiv v7, v1
                    v9:int = const 1
                    v8:int = add v4, v9
                    v10:int = fne v5, v3
                    if v10 -> b1, b2
                b2:
                    ret v5, v8
                }
                func main.main() () {
                b0:
                    v0:int = const 1000
                    v1:f64 = call main.harmonic(v0)
                """ + printF("v1", 10) + """
                    v2:f64 v3:int = call main.sqrt2()
                """.replace("v2:f64 v3:int", "v2:f64, v3:int") + printF("v2", 20) + """
                    call runtime.printint(v3)
                    call runtime.printnl()
                    ret
                }
                """;
        assertThat(run(ir)).isEqualTo(expectF(h) + expectF(x) + n + "\n");
    }

    /**
     * f64 values take XMM registers (a second register file: the allocator's own free set), the
     * ABI's ones where they can (params in X0, X1, a result to X0); one live across a call is
     * in a spill slot of class f64, and the checker accepts the allocation.
     */
    @Test
    void floatsLiveInXmmRegistersAndF64Slots() {
        var f = dev.rt0gen.ir.Parser.func("""
                func main.f(f64, int, f64) (f64) {
                b0:
                    v0:f64 = param 0
                    v1:int = param 1
                    v2:f64 = param 2
                    v3:f64 = fmul v0, v2
                    v4:f64 = cvtif v1
                    call runtime.printnl()
                    v5:f64 = fadd v3, v4
                    ret v5
                }
                """);
        FuncInfo fi = new FuncInfo(f);
        RegAlloc ra = new RegAlloc(fi);
        ra.check();
        assertThat(ra.loc[0]).isEqualTo(Loc.reg(X0));
        assertThat(ra.loc[1]).isEqualTo(Loc.reg(RAX));
        assertThat(ra.loc[2]).isEqualTo(Loc.reg(X1));
        assertThat(ra.loc[3].kind()).isEqualTo(Loc.Kind.SLOT);
        assertThat(ra.loc[4].kind()).isEqualTo(Loc.Kind.SLOT);
        assertThat(ra.slotClass((int) ra.loc[3].n())).isEqualTo(Cls.F64);
        assertThat(ra.loc[5]).isEqualTo(Loc.reg(X0));
        // a float in a general-purpose register is wrong, and so is one live across the call in X2
        RegAlloc bad = new RegAlloc(fi);
        bad.force(fi.values[3], X2);
        org.assertj.core.api.Assertions.assertThatThrownBy(bad::check).hasMessageContaining("live across");
    }

    /**
     * a, b = b, a+b*k and c, d = d, c (a swap) in a loop: f64 phis whose moves on the back edge
     * form cycles of XMM registers (no xchg for them: through R13 with movq).
     */
    @Test
    void swapsOfFloatPhis() throws Exception {
        double a = 1, b = 0.5, cc = -2, d = 3;
        for (int i = 0; i < 7; i++) {
            double t = a;
            a = b;
            b = t + b * 1.5;
            t = cc;
            cc = d;
            d = t;
        }
        String ir = WORD + """
                func main.loop() (f64, f64, f64, f64) {
                b0:
                    v0:f64 = fconst %s
                    v1:f64 = fconst %s
                    v2:f64 = fconst %s
                    v3:f64 = fconst %s
                    v4:int = const 0
                    v20:f64 = fconst %s
                    jmp b1
                b1:
                    v5:f64 = phi b0:v0, b2:v6
                    v6:f64 = phi b0:v1, b2:v10
                    v7:f64 = phi b0:v2, b2:v8
                    v8:f64 = phi b0:v3, b2:v7
                    v9:int = phi b0:v4, b2:v12
                    v13:int = const 7
                    v14:int = lt v9, v13
                    if v14 -> b2, b3
                b2:
                    v11:f64 = fmul v6, v20
                    v10:f64 = fadd v5, v11
                    v15:int = const 1
                    v12:int = add v9, v15
                    jmp b1
                b3:
                    ret v5, v6, v7, v8
                }
                func main.main() () {
                b0:
                    v0:f64, v1:f64, v2:f64, v3:f64 = call main.loop()
                """.formatted(c(1), c(0.5), c(-2), c(3), c(1.5)) + printF("v0", 10) + printF("v1", 20) + printF("v2", 30)
                + printF("v3", 40) + "    call runtime.printnl()\n    ret\n}\n";
        assertThat(run(ir)).isEqualTo(expectF(a) + expectF(b) + expectF(cc) + expectF(d) + "\n");
    }

    /*
     * gc's assignment, from `go build -gcflags=-S` (go1.26.8, amd64) of
     *
     *   func mixed(a int, x float64, b int, y float64, s string, z float64) (float64, int, float64) {
     *       return x + y + z, a + b + len(s), x * y
     *   }
     *
     * (NOFRAME): `MOVQ CX, main.s+40(FP)` (s's pointer from CX: s is CX, DI), `MOVUPS X1, X3;
     * ADDSD X0, X3; ADDSD X3, X2` (x in X0, y in X1, z in X2), `LEAQ (BX)(AX*1), CX; LEAQ
     * (DI)(CX*1), AX` (a in AX, b in BX, len(s) in DI; the int result in AX), `MULSD X0, X1;
     * MOVUPS X2, X0; RET` (results X0, AX, X1). Integer and float registers are counted apart.
     */
    @Test
    void mixedAssignmentIsGcs() {
        List<Cls> params = List.of(Cls.INT, Cls.F64, Cls.INT, Cls.F64, Cls.PTR, Cls.INT, Cls.F64);
        Abi p = Abi.of(new int[]{1, 1, 1, 1, 2, 1}, params);
        assertThat(p.reg).containsExactly(RAX, X0, RBX, X1, RCX, RDI, X2);
        Abi r = Abi.of(new int[]{1, 1, 1}, List.of(Cls.F64, Cls.INT, Cls.F64));
        assertThat(r.reg).containsExactly(X0, RAX, X1);
        // 15 float registers: the 16th float goes to the stack, an int after it still to RAX
        List<Cls> many = new java.util.ArrayList<>(java.util.Collections.nCopies(16, Cls.F64));
        many.add(Cls.INT);
        int[] ones = new int[17];
        java.util.Arrays.fill(ones, 1);
        Abi m = Abi.of(ones, many);
        assertThat(m.reg[14]).isEqualTo(X14);
        assertThat(m.reg[15]).isNull();
        assertThat(m.slot[15]).isZero();
        assertThat(m.reg[16]).isEqualTo(RAX);
        assertThat(m.stackWords).isEqualTo(1);
    }

    /**
     * gc's mixed (above), transcribed to Intel syntax, called by rt0gen's code; and rt0gen's own
     * compilation of the same function called the same way: both must compute the same.
     * (gc's first instruction, the store of CX to the spill area of the register arguments,
     * is left out: rt0gen's callers reserve no spill area, docs/ABI.md.)
     */
    @Test
    void gcsMixedFunctionAndRt0gensAgree() throws Exception {
        AsmUnit gc = new AsmUnit("gc", """
                .text
                main.mixedgc:
                    movaps xmm3, xmm1
                    addsd xmm3, xmm0
                    addsd xmm2, xmm3
                    lea rcx, [rbx + rax]
                    lea rax, [rdi + rcx]
                    mulsd xmm1, xmm0
                    movaps xmm0, xmm2
                    ret
                """);
        StringBuilder ir = new StringBuilder(WORD).append("""
                data rodata main.xy = bytes "xy"
                func main.mixed(int, f64, int, f64, ptr int, f64) (f64, int, f64) {
                b0:
                    v0:int = param 0
                    v1:f64 = param 1
                    v2:int = param 2
                    v3:f64 = param 3
                    v4:ptr = param 4
                    v5:int = param 5
                    v6:f64 = param 6
                    v7:f64 = fadd v1, v3
                    v8:f64 = fadd v7, v6
                    v9:int = add v0, v2
                    v10:int = add v9, v5
                    v11:f64 = fmul v1, v3
                    ret v8, v10, v11
                }
                func main.main() () {
                b0:
                    v0:int = const 1
                    v1:f64 = fconst %s
                    v2:int = const 3
                    v3:f64 = fconst %s
                    v4:ptr = addr main.xy
                    v5:int = const 2
                    v6:f64 = fconst %s
                """.formatted(c(2.5), c(4.5), c(0.25)));
        String want = "";
        int w = 10;
        for (String f : List.of("main.mixedgc", "main.mixed")) {
            ir.append(String.format("    v%d:f64, v%d:int, v%d:f64 = call %s(v0, v1, v2, v3, v4 v5, v6)%n", w, w + 1, w + 2, f));
            ir.append(printF("v" + w, w + 3)).append(String.format("    call runtime.printint(v%d)%n    call runtime.printsp()%n", w + 1))
                    .append(printF("v" + (w + 2), w + 13)).append("    call runtime.printnl()\n");
            w += 30;
            want += expectF(7.25) + "6 " + expectF(11.25) + "\n";
        }
        ir.append("    ret\n}\n");
        assertThat(Programs.run(ir.toString(), dir, gc)).isEqualTo(want);
    }

    /**
     * Calls with more float arguments than registers (the 16th on the stack, ints after it in
     * registers) and f64 values live across calls (every XMM register is clobbered: spill
     * slots of class f64), and more f64 values live at once than there are registers.
     */
    @Test
    void stackFloatsAndSpillsAcrossCalls() throws Exception {
        StringBuilder ir = new StringBuilder(WORD);
        // sum(x0..x15 f64, k int) = (x0 + 2 x1 + ... + 16 x15) * k, and its results 16 floats + 1
        ir.append("func main.sum(");
        for (int i = 0; i < 16; i++) ir.append("f64, ");
        ir.append("int) (f64, int) {\nb0:\n");
        for (int i = 0; i < 17; i++) ir.append(String.format("    v%d:%s = param %d%n", i, i < 16 ? "f64" : "int", i));
        ir.append("    v20:f64 = fconst 0x0000000000000000\n");
        int acc = 20, w = 30;
        for (int i = 0; i < 16; i++) {
            ir.append(String.format("    v%d:int = const %d%n    v%d:f64 = cvtif v%d%n    v%d:f64 = fmul v%d, v%d%n    v%d:f64 = fadd v%d, v%d%n",
                    w, i + 1, w + 1, w, w + 2, w + 1, i, w + 3, acc, w + 2));
            acc = w + 3;
            w += 4;
        }
        ir.append(String.format("    v%d:f64 = cvtif v16%n    v%d:f64 = fmul v%d, v%d%n    v%d:int = const 7%n    ret v%d, v%d%n}%n",
                w, w + 1, acc, w, w + 2, w + 1, w + 2));
        // main: 16 values computed before the call, all live after it too (summed again after)
        ir.append("func main.main() () {\nb0:\n    v0:f64 = fconst ").append(c(0.5)).append('\n');
        double[] xs = new double[16];
        for (int i = 0; i < 16; i++) {
            xs[i] = 0.5 * (i + 1) + 0.125;
            ir.append(String.format("    v%d:int = const %d%n    v%d:f64 = cvtif v%d%n    v%d:f64 = fmul v%d, v0%n    v%d:f64 = fconst %s%n    v%d:f64 = fadd v%d, v%d%n",
                    100 + 5 * i, i + 1, 101 + 5 * i, 100 + 5 * i, 102 + 5 * i, 101 + 5 * i, 103 + 5 * i, c(0.125), 104 + 5 * i, 102 + 5 * i, 103 + 5 * i));
        }
        ir.append("    v200:int = const 3\n    v201:f64, v202:int = call main.sum(");
        for (int i = 0; i < 16; i++) ir.append("v").append(104 + 5 * i).append(", ");
        ir.append("v200)\n");
        ir.append(printF("v201", 210)).append("    call runtime.printint(v202)\n    call runtime.printsp()\n");
        // after the call: the 16 values again, from their spill slots
        int s = 201;
        for (int i = 0; i < 16; i++) {
            ir.append(String.format("    v%d:f64 = fadd v%d, v%d%n", 300 + i, s, 104 + 5 * i));
            s = 300 + i;
        }
        ir.append(printF("v" + s, 400)).append("    call runtime.printnl()\n    ret\n}\n");
        double sum = 0;
        for (int i = 0; i < 16; i++) sum += (i + 1) * xs[i];
        double r = sum * 3;
        double again = r;
        for (int i = 0; i < 16; i++) again += xs[i];
        assertThat(run(ir.toString())).isEqualTo(expectF(r) + "7 " + expectF(again) + "\n");
    }

    /** The values of printfloatPrintsAsGoDoes, in go1.26.8's order. */
    static final double[] PRINTED = {0.0, -0.0, 1.5, -1.5, 1e100, 1e-300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 123456789.0, 0.1, 1.0 / 3, 2.0 / 3, 100000, 1e6, 999999,
            1234567, 0.0001, 0.00001, 0.00012345, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE * 3, 0x1p53, 0x1p53 + 2,
            9007199254740993.0, 1e21, 1e22, 1e23, 5e-5, 123.456, -0.000123, 7.25, 11.25, Math.PI, Math.E, 1e15, 1e16, 1e17, 0.3, 2.5,
            1e-7, 8.41e21, 5.0e-324 * 7, 4.940656458412465e-324, 1.7976931348623157e308, 0.5, 9.5, 1e-10, 12345.6789};

    /**
     * What go1.26.8 prints for println(x) of each of PRINTED, one per line (`go run` of a
     * program printing the same list, with math.NaN(), math.Inf(±1), math.Copysign(0, -1),
     * math.MaxFloat64, math.SmallestNonzeroFloat64 * 3, 1 << 53, …): strconv's shortest 'g'
     * form, as go1.26's runtime.printfloat64 does (older Go printed +1.500000e+000).
     */
    static final String GO_PRINTED = "0|-0|1.5|-1.5|1e+100|1e-300|5e-324|2.2250738585072014e-308|2.225073858507201e-308|NaN|+Inf|-Inf|"
            + "1.23456789e+08|0.1|0.3333333333333333|0.6666666666666666|100000|1e+06|999999|1.234567e+06|0.0001|1e-05|0.00012345|"
            + "1.7976931348623157e+308|-1.7976931348623157e+308|1.5e-323|9.007199254740992e+15|9.007199254740994e+15|"
            + "9.007199254740992e+15|1e+21|1e+22|1e+23|5e-05|123.456|-0.000123|7.25|11.25|3.141592653589793|2.718281828459045|"
            + "1e+15|1e+16|1e+17|0.3|2.5|1e-07|8.41e+21|3.5e-323|5e-324|1.7976931348623157e+308|0.5|9.5|1e-10|12345.6789|";

    private static String printAll(double[] xs) {
        StringBuilder ir = new StringBuilder("func main.main() () {\nb0:\n    call runtime.printlock()\n");
        int w = 0;
        for (double x : xs) {
            ir.append(String.format("    v%d:f64 = fconst %s%n    call runtime.printfloat(v%d)%n    call runtime.printnl()%n", w, c(x), w));
            w++;
        }
        return ir.append("    call runtime.printunlock()\n    ret\n}\n").toString();
    }

    @Test
    void printfloatPrintsAsGoDoes() throws Exception {
        String want = GO_PRINTED.replace('|', '\n');
        // the tests' oracle agrees with Go ...
        StringBuilder oracle = new StringBuilder();
        for (double x : PRINTED) oracle.append(GoFloat.print(x)).append('\n');
        assertThat(oracle.toString()).isEqualTo(want);
        // ... and so does the runtime
        assertThat(run(printAll(PRINTED))).isEqualTo(want);
    }

    /**
     * Random doubles of every magnitude (random bits: denormals, huge, tiny), random short
     * decimals (where rounding to the shortest matters most) and powers of two (the lower
     * bound is nearer there): the runtime prints what the oracle prints.
     */
    @Test
    void printfloatOfRandomValuesAgreesWithTheOracle() throws Exception {
        java.util.Random rnd = new java.util.Random(14);
        double[] xs = new double[600];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> Double.parseDouble((rnd.nextInt(2000000) - 1000000) + "e" + (rnd.nextInt(640) - 330));
                case 2 -> Math.scalb(1.0, rnd.nextInt(2098) - 1074);
                default -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(30) - 15);
            };
        }
        StringBuilder want = new StringBuilder();
        for (double x : xs) want.append(GoFloat.print(x)).append('\n');
        assertThat(run(printAll(xs))).isEqualTo(want.toString());
    }
}
