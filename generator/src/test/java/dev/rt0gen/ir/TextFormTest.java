package dev.rt0gen.ir;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IR's text form: what Printer writes, Parser reads back to the same IR. */
class TextFormTest {
    static final String FIB = """
            # package main
            data rodata main..stmp_0 = bytes "fib(\\"30\\") =\\n\\x00\\xff"
            data data main.greeting = ptr main..stmp_0+2, int 5
            data bss main.count = zero int, zero ptr
            const go..ninittasks = 0

            func main.fib(int) (int) {
            b0:
                v0:int = param 0
                v1:int = const 2
                v2:int = lt v0, v1
                if v2 -> b1, b2
            b1:  # preds b0
                ret v0
            b2:  # preds b0
                v3:int = const -1
                v4:int = add v0, v3
                v5:int = call main.fib(v4)
                v6:int = const -2
                v7:int = add v0, v6
                v8:int = call main.fib(v7)
                v9:int = add v5, v8
                ret v9
            }

            func main.loop(int) (int) {
            b0:
                v0:int = param 0
                v1:int = const 0
                jmp b1
            b1:  # preds b0 b2
                v2:int = phi b0:v1, b2:v5
                v3:int = phi b0:v0, b2:v6
                v4:int = ne v3, v1
                if v4 -> b2, b3
            b2:  # preds b1
                v5:int = add v2, v3
                v7:int = const 1
                v6:int = sub v3, v7
                jmp b1
            b3:  # preds b1
                v8:ptr = addr main.count+8
                v9:ptr = load [v8]
                store [v8-8], v2
                v10:ptr, v11:int = call runtime.concatstring2(v9, v2, v9, v2)
                call runtime.printlock()
                ret v2
            }

            func abi0 main.main.gowrap1(int, ptr) () {
            b0:
                v0:int = param 0
                v1:ptr = param 1
                unreachable
            }
            """;

    @Test
    void printsWhatItReads() {
        Module m = Parser.module(FIB);
        Verifier.verify(m);
        String printed = Printer.module(m);
        assertThat(Printer.module(Parser.module(printed))).isEqualTo(printed);
        assertThat(printed).contains("v2:int = phi b0:v1, b2:v5").contains("store [v8-8], v2")
                .contains("data rodata main..stmp_0 = bytes \"fib(\\\"30\\\") =\\n\\x00\\xff\"")
                .contains("func abi0 main.main.gowrap1(int, ptr) ()");
        assertThat(m.data.get(0).items()).containsExactly(new Data.Bytes("fib(\"30\") =\n\u0000\u00ff"));
        assertThat(m.data.get(1).items()).containsExactly(new Data.SymWord("main..stmp_0", 2), new Data.Word(5));
        assertThat(m.constants).containsEntry("go..ninittasks", 0L);
        Func loop = m.func("main.loop");
        assertThat(loop.blocks.get(1).preds).extracting(b -> b.id).containsExactly(0, 2);
        assertThat(loop.blocks.get(3).instrs.get(3).defs).hasSize(2);
        assertThat(m.func("main.main.gowrap1").abi0).isTrue();
    }

    /** fconst holds IEEE bits, written in hex: -0, NaN payloads and denormals read back exactly. */
    @Test
    void floatsReadBackBitForBit() {
        String text = """
                # package main
                data bss main.x = zero f64

                func main.f(f64, int) (f64, int) {
                b0:
                    v0:f64 = param 0
                    v1:int = param 1
                    v2:f64 = fconst 0x8000000000000000
                    v3:f64 = fconst 0x7ff8000000000001
                    v4:f64 = fconst 0x0000000000000001
                    v5:f64 = fadd v0, v2
                    v6:f64 = fsub v5, v3
                    v7:f64 = fmul v6, v4
                    v8:f64 = fdiv v7, v0
                    v9:f64 = fneg v8
                    v10:f64 = cvtif v1
                    v11:int = cvtfi v9
                    v12:int = flt v9, v10
                    v13:int = fge v9, v10
                    v14:int = feq v9, v10
                    v15:ptr = addr main.x
                    store [v15], v9
                    v16:f64 = load [v15]
                    v17:f64, v18:int = call main.f(v16, v11)
                    ret v17, v18
                }
                """;
        Module m = Parser.module(text);
        Verifier.verify(m);
        assertThat(Printer.module(m)).isEqualTo(text);
        Func f = m.func("main.f");
        assertThat(f.blocks.get(0).instrs.get(3).aux).isEqualTo(0x7ff8000000000001L);
        assertThat(f.params).containsExactly(Cls.F64, Cls.INT);
        assertThatThrownBy(() -> Parser.func("func main.g() (f64) {\nb0:\n    v0:f64 = fconst 1.5\n    ret v0\n}\n"))
                .hasMessageContaining("expected a float64's bits");
    }

    /** A call through a func value (calli: the closure first, then the argument values) and a closure's context (closureptr). */
    @Test
    void indirectCallsAndTheClosurePointer() {
        String text = """
                # package main
                data rodata main.add\u00b7f = ptr main.add

                func main.main.func1(int, ptr int) (int, ptr int) {
                b0:
                    v0:int = param 0
                    v1:ptr = param 1
                    v2:int = param 2
                    v3:ptr = closureptr
                    v4:ptr = load [v3+8]
                    v5:int, v6:ptr v7:int = calli v4(v0, v1 v2)
                    v8:ptr = addr main.add\u00b7f
                    v9:int = calli v8(v5, v0)
                    calli v3()
                    ret v9, v6, v7
                }
                """;
        Module m = Parser.module(text);
        Verifier.verify(m);
        assertThat(Printer.module(m)).isEqualTo(text);
        Instr call = m.func("main.main.func1").blocks.get(0).instrs.get(5);
        assertThat(call.op).isEqualTo(Op.CALLI);
        assertThat(call.arg(0).id).isEqualTo(4);
        assertThat(call.callArgs()).extracting(v -> v.id).containsExactly(0, 1, 2);
        assertThat(call.argSizes).containsExactly(1, 2);
        assertThat(call.resultSizes).containsExactly(1, 2);
        assertThatThrownBy(() -> Parser.func("func f() () {\nb0:\n    v0:ptr = closureptr v1\n    ret\n}\n"))
                .hasMessageContaining("closureptr takes no operands");
    }

    @Test
    void phiOperandsFollowThePredecessorsWhateverTheirOrderInTheText() {
        Func f = Parser.func("""
                func f(int) (int) {
                b0:
                    v0:int = param 0
                    if v0 -> b1, b2
                b1:
                    v1:int = const 1
                    jmp b3
                b2:
                    v2:int = const 2
                    jmp b3
                b3:
                    v3:int = phi b2:v2, b1:v1
                    ret v3
                }
                """);
        Instr phi = f.blocks.get(3).instrs.get(0);
        assertThat(f.blocks.get(3).preds).extracting(b -> b.id).containsExactly(1, 2);
        assertThat(phi.args).extracting(v -> v.id).containsExactly(1, 2);
    }

    @Test
    void badTextIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> Parser.func("func f() () {\nb0:\n    v1:int = frob v0\n}\n"))
                .isInstanceOf(Parser.Error.class).hasMessageContaining("line 3").hasMessageContaining("unknown op frob");
        assertThatThrownBy(() -> Parser.func("func f() () {\nb0:\n    v1:int = add v0, v0\n    ret\n}\n"))
                .hasMessageContaining("line 3").hasMessageContaining("no value v0");
        assertThatThrownBy(() -> Parser.func("func f() () {\nb0:\n    jmp b7\n}\n")).hasMessageContaining("no block b7");
        assertThatThrownBy(() -> Parser.func("func f() () {\nb0:\n    ret\n")).hasMessageContaining("missing }");
    }

    @Test
    void builderAndPrinterAgree() {
        Func f = new Func("main.add", List.of(Cls.INT, Cls.INT), List.of(Cls.INT));
        Block b = f.newBlock();
        Value x = b.add(Op.PARAM, Cls.INT);
        Value y = b.add(Op.PARAM, Cls.INT);
        b.instrs.get(1).aux = 1;
        b.ret(List.of(b.add(Op.ADD, Cls.INT, x, y)));
        Verifier.verify(f);
        assertThat(Printer.func(f)).isEqualTo("""
                func main.add(int, int) (int) {
                b0:
                    v0:int = param 0
                    v1:int = param 1
                    v2:int = add v0, v1
                    ret v2
                }
                """);
    }

    /** Go values separated by commas, the words of one by spaces: a string is {@code ptr int}. */
    @Test
    void groupsWordsIntoGoValues() {
        String text = """
                func main.f(int, ptr int, int) (ptr int) {
                b0:
                    v0:int = param 0
                    v1:ptr = param 1
                    v2:int = param 2
                    v3:int = param 3
                    v4:ptr v5:int, v6:int = call main.g(v0, v1 v2, v3)
                    call runtime.printstring(v4 v5)
                    v7:int, v8:int = divmod v6, v3
                    ret v4, v5
                }
                """;
        Func f = Parser.func(text);
        Verifier.verify(f);
        assertThat(f.params).containsExactly(Cls.INT, Cls.PTR, Cls.INT, Cls.INT);
        assertThat(f.paramSizes).containsExactly(1, 2, 1);
        assertThat(f.resultSizes).containsExactly(2);
        Instr call = f.entry().instrs.get(4);
        assertThat(call.argSizes).containsExactly(1, 2, 1);
        assertThat(call.resultSizes).containsExactly(2, 1);
        assertThat(call.defs).hasSize(3);
        assertThat(Printer.func(f)).isEqualTo(text);
        // without sizes, every word is its own value, printed as before
        Func g = new Func("main.g", f.params, f.results);
        assertThat(g.paramSizes).containsExactly(1, 1, 1, 1);
        assertThat(Printer.func(g)).startsWith("func main.g(int, ptr, int, int) (ptr, int) {");
        assertThatThrownBy(() -> Parser.func("func f(int) () {\nb0:\n    v0:int = param 0\n    v1:int v2:int = divmod v0, v0\n    ret\n}\n"))
                .hasMessageContaining("only a call groups its results");
        assertThatThrownBy(() -> Parser.func("func f(int, , int) () {\nb0:\n    ret\n}\n")).hasMessageContaining("empty value");
    }
}
