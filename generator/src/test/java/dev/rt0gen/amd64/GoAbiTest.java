package dev.rt0gen.amd64;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Module;
import dev.rt0gen.lower.Lower;
import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.rt0gen.amd64.Reg.R10;
import static dev.rt0gen.amd64.Reg.R11;
import static dev.rt0gen.amd64.Reg.R8;
import static dev.rt0gen.amd64.Reg.R9;
import static dev.rt0gen.amd64.Reg.RAX;
import static dev.rt0gen.amd64.Reg.RBX;
import static dev.rt0gen.amd64.Reg.RCX;
import static dev.rt0gen.amd64.Reg.RDI;
import static dev.rt0gen.amd64.Reg.RSI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rt0gen's calling convention is Go's register ABI for multi-word values: each whole value
 * in registers if all its words fit, else on the stack, later values still taking registers.
 * Checked against what gc (go1.26.8) does, by reading its assembly and by linking code
 * transcribed from it with code rt0gen compiles.
 */
class GoAbiTest {
    @TempDir
    Path dir;

    /*
     * gc's assignment, from `go build -gcflags=-S` (go1.26.8, amd64) of
     *
     *   func f(a, b, c, d, e, g, h, i int, s string, j int) int
     *   func r(x int) (int, int, int, int, int, int, int, int, string, int)
     *   func mix(s1 string, a, b, c, d, e, f int, s2, s3 string, k int) (string, int, string)
     *
     * f (frame $8: push bp, so the caller's [rsp] is SP+16): a..i read from AX BX CX DI SI R8 R9
     * R10; `MOVQ main.s+24(SP), DX` (len) and `MOVQ main.s+16(SP), DX` (ptr): s on the stack
     * although R11 was free; j from R11 (`LEAQ (R11)(R11*1), BX`). Its caller: `MOVQ DX, (SP)`,
     * `MOVQ $3, 8(SP)` for "abc", then `MOVL $1, AX` … `MOVL $8, R10`, `MOVL $10, R11`.
     * r (NOFRAME: the caller's [rsp] is SP+8): `MOVQ DX, main.~r8+8(SP)`, `MOVQ $5,
     * main.~r8+16(SP)` (the string result at the caller's [rsp + 0x0], [rsp + 0x8]: no stack
     * arguments before it), `LEAQ 1(AX), BX` … `LEAQ 7(AX), R10`, `LEAQ 9(AX), R11`.
     * mix (frame $80: the caller's [rsp] is SP+88): s1 from AX BX, a..f from CX DI SI R8 R9 R10,
     * `main.s2+88(SP)`, `main.s2+96(SP)`, `main.s3+104(SP)`, `main.s3+112(SP)`, k from R11.
     * And g(the args of f) (the results of r): `MOVQ main.s+8(SP), DX; MOVQ DX, main.~r8+24(SP)`
     * (NOFRAME): stack results right after the stack arguments, at the caller's [rsp + 0x10].
     */
    @Test
    void assignmentIsGcs() {
        Abi f = Abi.of(new int[]{1, 1, 1, 1, 1, 1, 1, 1, 2, 1});
        assertThat(f.reg).containsExactly(RAX, RBX, RCX, RDI, RSI, R8, R9, R10, null, null, R11);
        assertThat(f.slot[8]).isZero();
        assertThat(f.slot[9]).isEqualTo(1);
        assertThat(f.stackWords).isEqualTo(2);
        Abi mix = Abi.of(new int[]{2, 1, 1, 1, 1, 1, 1, 2, 2, 1});
        assertThat(mix.reg).containsExactly(RAX, RBX, RCX, RDI, RSI, R8, R9, R10, null, null, null, null, R11);
        assertThat(Arrays.copyOfRange(mix.slot, 8, 12)).containsExactly(0, 1, 2, 3);
        Abi mixResults = Abi.of(new int[]{2, 1, 2});
        assertThat(mixResults.reg).containsExactly(RAX, RBX, RCX, RDI, RSI);
        assertThat(mixResults.stackWords).isZero();
        // a string that fits takes the last two registers (gc's fits(7 ints, s string, …): s in R10, R11)
        Abi fits = Abi.of(new int[]{1, 1, 1, 1, 1, 1, 1, 2, 1, 2});
        assertThat(fits.reg).containsExactly(RAX, RBX, RCX, RDI, RSI, R8, R9, R10, R11, null, null, null);
        assertThat(fits.stackWords).isEqualTo(3);
    }

    /** Lowering groups every function's and call's words into Go values. */
    @Test
    void loweringGroupsStrings() throws Exception {
        List<Module> ms = Lower.lower(InitOrder.plan(Programs.check(Programs.mainOnly(SOURCE))));
        Module m = ms.stream().filter(x -> x.path.equals("main")).findFirst().orElseThrow();
        Func spread = m.func("main.spread");
        assertThat(spread.paramSizes).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 2, 1);
        assertThat(spread.resultSizes).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 2, 1);
        assertThat(m.func("main.mix").paramSizes).containsExactly(2, 1, 1, 1, 1, 1, 1, 2, 2, 1);
        assertThat(m.func("main.mix").resultSizes).containsExactly(2, 1, 2);
        var calls = spread.blocks.stream().flatMap(b -> b.instrs.stream()).filter(in -> in.sym != null && in.op == dev.rt0gen.ir.Op.CALL).toList();
        var concat = calls.stream().filter(in -> in.sym.equals("runtime.concatstring2")).findFirst().orElseThrow();
        assertThat(concat.argSizes).containsExactly(2, 2);
        assertThat(concat.resultSizes).containsExactly(2);
        var printstring = calls.stream().filter(in -> in.sym.equals("runtime.printstring")).findFirst().orElseThrow();
        assertThat(printstring.argSizes).containsExactly(2);
        Func main = m.func("main.main");
        var callSpread = main.blocks.stream().flatMap(b -> b.instrs.stream()).filter(in -> "main.spread".equals(in.sym)).findFirst().orElseThrow();
        assertThat(callSpread.argSizes).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 2, 1);
        Func wrapper = m.func("main.main.gowrap1");
        assertThat(wrapper.paramSizes).containsExactly(2, 1, 1, 1, 1, 1, 1, 1, 1, 2);
        var newproc = main.blocks.stream().flatMap(b -> b.instrs.stream()).filter(in -> "runtime.newproc".equals(in.sym)).findFirst().orElseThrow();
        assertThat(newproc.argSizes).containsExactly(1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2);
    }

    /**
     * Code transcribed from gc's output above (Intel syntax) linked with functions rt0gen
     * compiles: gc's caller of f calls rt0gen's f; gc's g is called by rt0gen's main; gc's
     * code calls rt0gen's r and hands r's results, as they are in registers and on the
     * stack, to rt0gen's show as its arguments (the same layout, by Go's rule).
     */
    @Test
    void gcCodeCallsAndIsCalledByRt0gensCode() throws Exception {
        StringBuilder ir = new StringBuilder("""
                data rodata main.hello = bytes "hello"
                data rodata main.xy = bytes "xy"

                # gc's f: a + 2b + ... + 8i + 9*len(s) + 10*j + int(s[0])
                func main.f(int, int, int, int, int, int, int, int, ptr int, int) (int) {
                b0:
                """);
        for (int i = 0; i < 8; i++) ir.append("    v").append(i).append(":int = param ").append(i).append('\n');
        ir.append("""
                    v8:ptr = param 8
                    v9:int = param 9
                    v10:int = param 10
                    v11:int = load [v8]
                    v12:int = const 255
                    v13:int = and v11, v12
                """);
        String acc = "v13";
        for (int i = 0; i < 11; i++) {
            if (i == 8) continue;
            int w = i < 8 ? i + 1 : i;
            ir.append("    v").append(100 + i).append(":int = const ").append(w).append('\n');
            ir.append("    v").append(200 + i).append(":int = mul v").append(i).append(", v").append(100 + i).append('\n');
            ir.append("    v").append(300 + i).append(":int = add ").append(acc).append(", v").append(200 + i).append('\n');
            acc = "v" + (300 + i);
        }
        ir.append("    ret ").append(acc).append("\n}\n\n");
        ir.append("""
                func main.r(int) (int, int, int, int, int, int, int, int, ptr int, int) {
                b0:
                    v0:int = param 0
                """);
        for (int i = 1; i < 10; i++) {
            if (i == 8) continue;
            ir.append("    v").append(100 + i).append(":int = const ").append(i).append('\n');
            ir.append("    v").append(i).append(":int = add v0, v").append(100 + i).append('\n');
        }
        ir.append("""
                    v10:ptr = addr main.hello
                    v11:int = const 5
                    ret v0, v1, v2, v3, v4, v5, v6, v7, v10, v11, v9
                }

                func main.show(int, int, int, int, int, int, int, int, ptr int, int) () {
                b0:
                """);
        for (int i = 0; i < 8; i++) ir.append("    v").append(i).append(":int = param ").append(i).append('\n');
        ir.append("    v8:ptr = param 8\n    v9:int = param 9\n    v10:int = param 10\n    call runtime.printlock()\n");
        for (int i = 0; i < 8; i++) ir.append("    call runtime.printint(v").append(i).append(")\n    call runtime.printsp()\n");
        ir.append("""
                    call runtime.printstring(v8 v9)
                    call runtime.printsp()
                    call runtime.printint(v10)
                    call runtime.printnl()
                    call runtime.printunlock()
                    ret
                }

                func main.main() () {
                b0:
                    v0:int = call main.gcmain()
                    call runtime.printint(v0)
                    call runtime.printnl()
                    call main.gcpipe()
                """);
        for (int i = 1; i <= 8; i++) ir.append("    v").append(i).append(":int = const ").append(i).append('\n');
        ir.append("""
                    v9:ptr = addr main.xy
                    v10:int = const 2
                    v11:int = const 10
                    v20:int, v21:int, v22:int, v23:int, v24:int, v25:int, v26:int, v27:int, v28:ptr v29:int, v30:int = call main.gcg(v1, v2, v3, v4, v5, v6, v7, v8, v9 v10, v11)
                    call main.show(v20, v21, v22, v23, v24, v25, v26, v27, v28 v29, v30)
                    ret
                }
                """);
        AsmUnit gc = new AsmUnit("gc", """
                .text
                # gc's main.main up to its call of f(1, 2, 3, 4, 5, 6, 7, 8, "abc", 10)
                main.gcmain:
                    push rbp
                    mov rbp, rsp
                    sub rsp, 0x10
                    lea rdx, [rip + main.gcabc]
                    mov qword ptr [rsp], rdx
                    mov qword ptr [rsp + 0x8], 0x3
                    mov eax, 0x1
                    mov ebx, 0x2
                    mov ecx, 0x3
                    mov edi, 0x4
                    mov esi, 0x5
                    mov r8d, 0x6
                    mov r9d, 0x7
                    mov r10d, 0x8
                    mov r11d, 0xa
                    call main.f
                    leave
                    ret
                # r(100)'s results are show's arguments where they are: registers and [rsp], [rsp + 0x8]
                main.gcpipe:
                    push rbp
                    mov rbp, rsp
                    sub rsp, 0x10
                    mov eax, 0x64
                    call main.r
                    call main.show
                    leave
                    ret
                # gc's g (NOFRAME): the register words stay, the string moves from argument to result
                main.gcg:
                    mov rdx, qword ptr [rsp + 0x8]
                    mov qword ptr [rsp + 0x18], rdx
                    mov rdx, qword ptr [rsp + 0x10]
                    mov qword ptr [rsp + 0x20], rdx
                    ret
                .section .rodata
                main.gcabc:
                    .byte 0x61, 0x62, 0x63, 0x0, 0x0, 0x0, 0x0, 0x0
                """);
        // 428 is what gc's binary prints for f(1, 2, 3, 4, 5, 6, 7, 8, "abc", 10)
        assertThat(dev.rt0gen.amd64.Programs.run(ir.toString(), dir, gc))
                .isEqualTo("428\n100 101 102 103 104 105 106 107 hello 109\n1 2 3 4 5 6 7 8 xy 10\n");
    }

    /** A Go program whose strings go to the stack while later ints take registers. */
    static final String SOURCE = """
            package main

            import "runtime"

            // 8 ints take RAX..R10; s needs two registers, only R11 is left: s goes whole to the
            // stack and j takes R11. The results are assigned the same way.
            func spread(a, b, c, d, e, f, g, h int, s string, j int) (int, int, int, int, int, int, int, int, string, int) {
            	println("spread", a, b, c, d, e, f, g, h, s, j)
            	return h, g, f, e, d, c, b, a, s + "!", j + len(s)
            }

            // s1 in RAX RBX, a..f in RCX..R10, s2 and s3 on the stack, k in R11; results all in registers.
            func mix(s1 string, a, b, c, d, e, f int, s2, s3 string, k int) (string, int, string) {
            	return s1 + s2 + s3, a + b + c + d + e + f + k, s3 + s1
            }

            // 7 ints, s in R10 R11 (it fits), ok and t on the stack; results likewise.
            func fits(a, b, c, d, e, f, g int, s string, ok bool, t string) (string, int, int, int, int, int, int, int, bool, string) {
            	n := a + b + c + d + e + f + g
            	return s, n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, !ok, t + s
            }

            func show(s string, a, b, c, d, e, f, g, h int, t string) {
            	println("goroutine", s, a+b+c+d+e+f+g+h, t)
            }

            func main() {
            	a, b, c, d, e, f, g, h, s, j := spread(1, 2, 3, 4, 5, 6, 7, 8, "go", 10)
            	println(a, b, c, d, e, f, g, h, s, j)
            	// the results of one call are the arguments of the next, word for word
            	println(spread(spread(-1, -2, -3, -4, -5, -6, -7, -8, "abc", 100)))
            	x, y, z := mix("one", 1, 2, 3, 4, 5, 6, "two", "three", 1000)
            	println(x, y, z)
            	for i := 0; i < 3; i++ {
            		s, n, n1, n2, n3, n4, n5, n6, ok, t := fits(i, i, i, i, i, i, i, "s"+x, i%2 == 0, z)
            		println(s, n, n1, n2, n3, n4, n5, n6, ok, t)
            	}
            	go show("g", 1, 2, 3, 4, 5, 6, 7, 8, y2(z))
            	runtime.Gosched()
            	println("done")
            }

            func y2(s string) string {
            	return s + s
            }
            """;

    /** What `go run` (go1.26.8) prints for SOURCE, every one of 50 runs. */
    static final String GO_OUTPUT = """
            spread 1 2 3 4 5 6 7 8 go 10
            8 7 6 5 4 3 2 1 go! 12
            spread -1 -2 -3 -4 -5 -6 -7 -8 abc 100
            spread -8 -7 -6 -5 -4 -3 -2 -1 abc! 103
            -1 -2 -3 -4 -5 -6 -7 -8 abc!! 107
            onetwothree 1021 threeone
            sonetwothree 0 1 2 3 4 5 6 false threeonesonetwothree
            sonetwothree 7 8 9 10 11 12 13 true threeonesonetwothree
            sonetwothree 14 15 16 17 18 19 20 false threeonesonetwothree
            goroutine g 36 threeonethreeone
            done
            """;

    @Test
    void goProgramPrintsWhatGoPrints() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("go.mod"), "module example.com/abi\n\ngo 1.22\n");
        Files.writeString(src.resolve("main.go"), SOURCE);
        Path exe = dir.resolve("abi");
        Rt0gen.build(src, exe);
        Runner.RunResult r = new NativeRunner(List.of(), 20).run(exe, List.of(), Map.of(), Runner.Limits.NONE);
        String err = new String(r.stderr(), StandardCharsets.UTF_8);
        assertThat(r.exitCode()).as("exit code; stderr: %s", err).isZero();
        assertThat(err).isEqualTo(GO_OUTPUT);
    }
}
