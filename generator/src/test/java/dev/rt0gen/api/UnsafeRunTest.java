package dev.rt0gen.api;

import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Package unsafe and runtime's GOOS, GOARCH, GC and Breakpoint, compiled from Go and run: what
 * go1.26.8's binaries of the same programs print (recorded), stdout, stderr and exit status.
 * After a panic Go prints its stack frames; rt0gen's stderr ends at the goroutine header.
 */
class UnsafeRunTest {
    @TempDir
    Path tmp;

    Programs.Run run(String mainBody) throws Exception {
        String src = """
                package main

                import (
                	"runtime"
                	"unsafe"
                )

                var _ = runtime.GOOS
                var _ unsafe.Pointer

                var n, neg, zero = 1, -1, 0
                var big uint64 = 1 << 63

                func main() {
                """ + mainBody + "\n}\n";
        return Programs.buildAndRun(tmp, src);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "var x int64; _ = unsafe.Slice(&x, neg)                    | unsafe.Slice: len out of range",
            "var p *int64; _ = unsafe.Slice(p, n)                      | unsafe.Slice: ptr is nil and len is not zero",
            "var x int64; _ = unsafe.Slice(&x, big)                    | unsafe.Slice: len out of range",
            "var x int64; _ = unsafe.Slice(&x, n<<61)                  | unsafe.Slice: len out of range",
            "var z *struct{}; _ = unsafe.Slice(z, zero); _ = unsafe.Slice(z, n) | unsafe.Slice: ptr is nil and len is not zero",
            "var b *byte; _ = unsafe.String(b, n)                      | unsafe.String: ptr is nil and len is not zero",
            "var x int64; _ = unsafe.String((*byte)(unsafe.Pointer(&x)), neg) | unsafe.String: len out of range",
            "last := (*byte)(unsafe.Pointer(^uintptr(0))); _ = unsafe.String(last, n); _ = unsafe.String(last, n+1) | unsafe.String: len out of range",
            "last := (*byte)(unsafe.Pointer(^uintptr(0))); _ = unsafe.Slice(last, n); _ = unsafe.Slice(last, n+1) | unsafe.Slice: len out of range",
    })
    void unsafeSliceAndStringPanicAsGo(String body, String message) throws Exception {
        assertThat(run("\tprintln(\"before\")\n\t" + body + "\n\tprintln(\"after\")"))
                .isEqualTo(new Programs.Run(2, "", "before\npanic: runtime error: " + message + "\n\ngoroutine 1 [running]:\n"));
    }

    @Test
    void pointersArithmeticAndLayout() throws Exception {
        assertThat(run("""
                	type S struct {
                		a bool
                		b int32
                		c [3]uint16
                		d string
                	}
                	var s S
                	println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Alignof(s.c))
                	xs := [4]int16{1, 2, 3, 4}
                	p := unsafe.Add(unsafe.Pointer(&xs[0]), 4)
                	*(*int16)(p) = 30
                	q := unsafe.Pointer(uintptr(p) - 2)
                	println(xs[2], *(*int16)(q), q == unsafe.Pointer(&xs[1]), q != p, p != nil)
                	sl := unsafe.Slice(&xs[1], n+1)
                	println(len(sl), cap(sl), sl[1], unsafe.SliceData(sl) == &xs[1])
                	str := "hello"
                	b := unsafe.Slice(unsafe.StringData(str), len(str))
                	println(unsafe.String(&b[1], 3), unsafe.String(nil, zero) == "", unsafe.Slice((*int)(nil), zero) == nil)
                	// a result of capacity 0 keeps the old pointer (gc's slicemask)
                	e := str[5:]
                	println(unsafe.StringData(e) == unsafe.StringData(str), unsafe.SliceData(xs[:][4:]) == &xs[0])
                	println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
                	runtime.GC()
                """)).isEqualTo(new Programs.Run(0, "", "32 8 4 8 16 2\n30 2 true true true\n2 2 30 true\nell true true\ntrue true\nlinux amd64 gc\n"));
    }

    /**
     * A zero-sized package variable is at runtime.zerobase, where new puts zero-sized objects
     * (Go's zerosize.go). gc folds a comparison of two symbols' addresses (new's zerobase and
     * &zeroArr in one function) to false: the pointers from new are package variables here.
     */
    @Test
    void zeroSizedVariablesShareZerobase() throws Exception {
        assertThat(run("""
                	var local [0]int
                	println(zp == &zeroArr, unsafe.Pointer(&zeroStruct) == zq, len(local))
                }

                var zeroArr [0]int
                var zeroStruct struct{}
                var zp, zq = new([0]int), unsafe.Pointer(new(struct{}))

                func unused() {""")).isEqualTo(new Programs.Run(0, "", "true true 0\n"));
    }

    /** unsafe.Pointer values in structs, arrays and slices, compared; a switch on one with case nil. */
    @Test
    void pointersInCompositesAndSwitches() throws Exception {
        assertThat(run("""
                	type Pair struct {
                		p unsafe.Pointer
                		n int8
                	}
                	x := 5
                	a, c := Pair{unsafe.Pointer(&x), 1}, Pair{unsafe.Pointer(&x), 1}
                	arr := [2]unsafe.Pointer{nil, a.p}
                	ps := append([]unsafe.Pointer{}, arr[0], arr[1])
                	println(a == c, arr == [2]unsafe.Pointer{nil, unsafe.Pointer(&x)}, *(*int)(ps[1]))
                	for _, p := range ps {
                		switch p {
                		case nil:
                			println("nil")
                		case unsafe.Pointer(&x):
                			println("x")
                		}
                	}
                """)).isEqualTo(new Programs.Run(0, "", "true true 5\nnil\nx\n"));
    }

    @Test
    void breakpointIsAFatalSigtrapAsInGo() throws Exception {
        Programs.Run r = run("\tprintln(\"before\")\n\truntime.Breakpoint()\n\tprintln(\"after\")");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stdout()).isEmpty();
        // Go: the signal line, then PC=… m=0 sigcode=128 (addresses differ), the goroutine, the registers
        assertThat(r.stderr()).startsWith("before\nSIGTRAP: trace trap\nPC=0x").contains(" m=0 sigcode=128\n\ngoroutine 1 ");
    }
}
