package dev.rt0gen.amd64;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds-check panics (Go's goPanic* functions, docs/ABI.md), called from IR as compiled code
 * calls them (x in RAX, y in RBX; the call ends its block with {@code unreachable}): Go's
 * message, then the goroutine header and exit status 2, as runtime.panicdivide ends.
 *
 * <p>Each message is the first line go1.26.8's binary writes for the Go statement beside it
 * (s := []int{1, 2, 3}, str := "abc", p := &[3]int{}; v and u //go:noinline identities of int
 * and uint), followed there by the same blank line and "goroutine 1 [running]:", then the
 * traceback rt0gen does not print.
 */
class BoundsPanicTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // s[v(5)], s[v(-1)], s[u(1<<64-1)], s[u(3)], s[v(-1<<63)]
            "goPanicIndex        | 5                    | 3 | index out of range [5] with length 3",
            "goPanicIndex        | -1                   | 3 | index out of range [-1]",
            "goPanicIndexU       | -1                   | 3 | index out of range [18446744073709551615] with length 3",
            "goPanicIndexU       | 3                    | 3 | index out of range [3] with length 3",
            "goPanicIndex        | -9223372036854775808 | 3 | index out of range [-9223372036854775808]",
            // str[:v(4)], p[:v(4)], str[:u(4)]
            "goPanicSliceAlen    | 4                    | 3 | slice bounds out of range [:4] with length 3",
            "goPanicSliceAlen    | -2                   | 3 | slice bounds out of range [:-2]",
            "goPanicSliceAlenU   | 4                    | 3 | slice bounds out of range [:4] with length 3",
            // s[:v(5)], s[:v(-2)], s[:u(7)]
            "goPanicSliceAcap    | 5                    | 3 | slice bounds out of range [:5] with capacity 3",
            "goPanicSliceAcap    | -2                   | 3 | slice bounds out of range [:-2]",
            "goPanicSliceAcapU   | 7                    | 3 | slice bounds out of range [:7] with capacity 3",
            // s[v(2):v(1)], s[v(-1):], s[u(2):u(1)]
            "goPanicSliceB       | 2                    | 1 | slice bounds out of range [2:1]",
            "goPanicSliceB       | -1                   | 3 | slice bounds out of range [-1:]",
            "goPanicSliceBU      | 2                    | 1 | slice bounds out of range [2:1]",
            // p[:1:v(4)], p[:1:u(4)]
            "goPanicSlice3Alen   | 4                    | 3 | slice bounds out of range [::4] with length 3",
            "goPanicSlice3Alen   | -3                   | 3 | slice bounds out of range [::-3]",
            "goPanicSlice3AlenU  | 4                    | 3 | slice bounds out of range [::4] with length 3",
            // s[:v(2):v(4)], s[:v(2):v(-3)], s[:u(2):u(4)]
            "goPanicSlice3Acap   | 4                    | 3 | slice bounds out of range [::4] with capacity 3",
            "goPanicSlice3Acap   | -3                   | 3 | slice bounds out of range [::-3]",
            "goPanicSlice3AcapU  | 4                    | 3 | slice bounds out of range [::4] with capacity 3",
            // s[:v(3):v(2)], s[:v(-3):v(2)], s[:u(3):u(2)]
            "goPanicSlice3B      | 3                    | 2 | slice bounds out of range [:3:2]",
            "goPanicSlice3B      | -3                   | 2 | slice bounds out of range [:-3:]",
            "goPanicSlice3BU     | 3                    | 2 | slice bounds out of range [:3:2]",
            // s[v(2):v(1):v(3)], s[v(-2):v(1):v(3)], s[u(2):u(1):u(3)]
            "goPanicSlice3C      | 2                    | 1 | slice bounds out of range [2:1:]",
            "goPanicSlice3C      | -2                   | 1 | slice bounds out of range [-2::]",
            "goPanicSlice3CU     | 2                    | 1 | slice bounds out of range [2:1:]",
            // [4]int(s[:v(3)]): x is the array's length, y the slice's
            "goPanicSliceConvert | 4                    | 3 | cannot convert slice with length 3 to array or pointer to array with length 4",
    })
    void printsGosMessageAndExits2(String fn, long x, long y, String message) throws Exception {
        IrMain m = new IrMain();
        m.print("before\n");
        String ir = m.programEndingIn("runtime." + fn, m.k(x), m.k(y));
        SliceRuntimeTest t = new SliceRuntimeTest();
        t.dir = dir;
        assertThat(t.runStatus(ir)).isEqualTo(new SliceRuntimeTest.Result(2,
                "before\npanic: runtime error: " + message + "\n\ngoroutine 1 [running]:\n"));
    }
}
