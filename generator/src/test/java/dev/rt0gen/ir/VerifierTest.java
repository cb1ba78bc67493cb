package dev.rt0gen.ir;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each invariant of docs/IR.md, broken once: the verifier names it. */
class VerifierTest {
    static final String GOOD = """
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
                v3:int = phi b1:v1, b2:v2
                ret v3
            }
            """;

    static Stream<Arguments> breaks() {
        return Stream.of(
                Arguments.of("phi b1:v1, b2:v2", "phi b1:v1, b2:v0", null),
                Arguments.of("phi b1:v1, b2:v2", "phi b1:v1, b2:v1", "does not dominate the end of b2"),
                Arguments.of("v1:int = const 1", "v1:int = add v2, v2", "does not dominate"),
                Arguments.of("ret v3", "ret v3, v3", "returns 2 words"),
                Arguments.of("    ret v3", "    ret v3\n    v4:int = const 0", "terminator before the end"),
                Arguments.of("    v2:int = const 2\n    jmp b3", "    v2:int = const 2\n    jmp b3\nb4:\n    v9:int = const 9", "does not end with a terminator"),
                Arguments.of("v0:int = param 0", "v0:ptr = param 0", "class differs"),
                Arguments.of("v1:int = const 1", "v9:ptr = const 1\n    v1:int = copy v9", "copies a ptr"),
                Arguments.of("    ret v3", "    v4:int = add v3, v9\n    ret v3", "no value v9"),
                Arguments.of("    if v0 -> b1, b2", "    v9:ptr = addr x\n    if v9 -> b1, b2", "the condition is ptr"),
                Arguments.of("    v3:int = phi b1:v1, b2:v2\n", "    v5:int = const 5\n    v3:int = phi b1:v1, b2:v2\n", "phi after other instructions"),
                Arguments.of("v2:int = const 2", "v1:int = const 2", "defined twice"),
                // float64: f64 operands only in float ops, f64 nowhere else but moves, memory and calls
                Arguments.of("v1:int = const 1", "v9:f64 = fconst 0x3ff0000000000000\n    v1:int = cvtfi v9", null),
                Arguments.of("v1:int = const 1", "v9:f64 = fconst 0x3ff0000000000000\n    v1:int = add v9, v0", "operand v9 is f64"),
                Arguments.of("v1:int = const 1", "v9:f64 = fconst 0x3ff0000000000000\n    v8:f64 = fadd v9, v0\n    v1:int = const 1", "operand v0 is int, not f64"),
                Arguments.of("v1:int = const 1", "v9:f64 = fconst 0x3ff0000000000000\n    v1:f64 = feq v9, v9", "the result is int"),
                Arguments.of("v1:int = const 1", "v9:f64 = cvtif v0\n    v1:int = cvtif v0", "the result is f64"),
                Arguments.of("v1:int = const 1", "v1:f64 = const 1", "v1 is f64"),
                Arguments.of("v1:int = const 1", "v9:f64 = cvtif v0\n    v1:int = load [v9]", "the address is f64"),
                // calli: a ptr func value, then grouped arguments; closureptr: ptr, right after the params
                Arguments.of("v1:int = const 1", "v9:ptr = addr g\n    v1:int = calli v9(v0)", null),
                Arguments.of("v1:int = const 1", "v1:int = calli v0(v0)", "the func value must be a ptr"),
                Arguments.of("v0:int = param 0", "v0:int = param 0\n    v9:ptr = closureptr", null),
                Arguments.of("v0:int = param 0", "v0:int = param 0\n    v9:int = closureptr", "the closure pointer is ptr"),
                Arguments.of("v1:int = const 1", "v9:ptr = closureptr\n    v1:int = const 1", "closureptr must follow the params"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("breaks")
    void findsWhatIsBroken(String from, String to, String message) {
        assertThat(GOOD).contains(from);
        String text = GOOD.replace(from, to);
        if (message != null && (message.equals("defined twice") || message.startsWith("no value"))) {
            assertThatThrownBy(() -> Parser.func(text)).hasMessageContaining(message);
            return;
        }
        Func f = Parser.func(text);
        if (message == null) {
            assertThatCode(() -> Verifier.verify(f)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> Verifier.verify(f)).isInstanceOf(Verifier.Error.class).hasMessageContaining(message);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "preds|successor b3 does not list it as predecessor as often",
            "phi|successor b3 does not list it as predecessor as often",
    })
    void findsABrokenGraph(String what, String message) {
        Func f = Parser.func(GOOD);
        if (what.equals("preds")) f.blocks.get(3).preds.remove(0);
        else f.blocks.get(3).preds.remove(1);
        assertThatThrownBy(() -> Verifier.verify(f)).isInstanceOf(Verifier.Error.class).hasMessageContaining(message);
    }

    /** A call's and a function's sizes group exactly their words, each value at least one word. */
    @org.junit.jupiter.api.Test
    void sizesAddUpToTheWords() {
        String text = """
                func f(ptr int, int) (ptr int) {
                b0:
                    v0:ptr = param 0
                    v1:int = param 1
                    v2:int = param 2
                    v3:ptr v4:int, v5:int = call g(v0 v1, v2)
                    ret v3, v4
                }
                """;
        assertThatCode(() -> Verifier.verify(Parser.func(text))).doesNotThrowAnyException();
        Func f = Parser.func(text);
        Instr call = f.entry().instrs.get(3);
        call.argSizes = new int[]{2};
        assertThatThrownBy(() -> Verifier.verify(f)).hasMessageContaining("argument sizes [2] add up to 2 words, not 3");
        call.argSizes = new int[]{2, 0, 1};
        assertThatThrownBy(() -> Verifier.verify(f)).hasMessageContaining("argument value 1 has 0 words");
        call.argSizes = new int[]{3};
        call.resultSizes = null;
        assertThatThrownBy(() -> Verifier.verify(f)).hasMessageContaining("no result sizes");
        Func g = new Func("g", f.params, f.results, java.util.List.of(1, 1, 1), java.util.List.of(1));
        g.newBlock().ret(java.util.List.of());
        assertThatThrownBy(() -> Verifier.verify(g)).hasMessageContaining("result sizes [1] add up to 1 words, not 2");
    }
}
