package dev.rt0gen.amd64;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.compare.NativeRunner;
import dev.rt0gen.compare.Runner;
import dev.rt0gen.elf.ElfWriter;
import dev.rt0gen.link.GnuAsCrossCheck;
import dev.rt0gen.link.LinkedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime's entry points for pointers and slices (docs/ABI.md: newobject, makeslice,
 * growslice, memmove, memclrNoHeapPointers, memequal, printpointer, printslice, printeface,
 * printiface, and the panics of makeslice and growslice), called from IR programs as compiled
 * code calls them, linked with the runtime and run. Expected values are what go1.26.8's own
 * programs print (each test names its Go program).
 */
class SliceRuntimeTest {
    @TempDir
    Path dir;

    /**
     * main.appends(et, n): n appends of one element of type et each, as Go's append calls
     * growslice (growslice(ptr, len+1, cap, 1, et) when len == cap), printing each new cap; each
     * element's first word holds its index (element sizes of 8 and more); then the sum of those
     * words (the old elements were copied on each growth) and the OR of every word past the last
     * element up to cap (0: the new memory is zeroed).
     */
    static final String APPENDS = """
            func main.appends(ptr, int) () {
            b0:
                v0:ptr = param 0
                v1:int = param 1
                v3:int = load [v0]
                v4:ptr = const 0
                v5:int = const 0
                v6:int = const 1
                v7:int = const 8
                v8:int = ge v3, v7
                jmp b1
            b1:
                v10:ptr = phi b0:v4, b5:v20
                v11:int = phi b0:v5, b5:v23
                v12:int = phi b0:v5, b5:v21
                v13:int = lt v11, v1
                if v13 -> b2, b6
            b2:
                v14:int = eq v11, v12
                if v14 -> b3, b4
            b3:
                v15:int = add v11, v6
                v16:ptr v17:int v18:int = call runtime.growslice(v10, v15, v12, v6, v0)
                call runtime.printint(v18)
                call runtime.printsp()
                jmp b4
            b4:
                v20:ptr = phi b2:v10, b3:v16
                v21:int = phi b2:v12, b3:v18
                v23:int = add v11, v6
                if v8 -> b7, b5
            b7:
                v24:int = mul v11, v3
                v25:ptr = add v20, v24
                store [v25], v11
                jmp b5
            b5:
                jmp b1
            b6:
                call runtime.printnl()
                jmp b8
            b8:
                v30:int = phi b6:v5, b9:v34
                v31:int = phi b6:v5, b9:v35
                v32:int = lt v30, v11
                v38:int = and v32, v8
                if v38 -> b9, b10
            b9:
                v33:int = mul v30, v3
                v36:ptr = add v10, v33
                v37:int = load [v36]
                v35:int = add v31, v37
                v34:int = add v30, v6
                jmp b8
            b10:
                call runtime.printint(v31)
                call runtime.printnl()
                v40:int = mul v11, v3
                v41:int = const -8
                v42:int = and v40, v41
                v43:int = mul v12, v3
                jmp b11
            b11:
                v44:int = phi b10:v42, b12:v48
                v45:int = phi b10:v5, b12:v49
                v46:int = lt v44, v43
                if v46 -> b12, b13
            b12:
                v47:ptr = add v10, v44
                v50:int = load [v47]
                v49:int = or v45, v50
                v48:int = add v44, v7
                jmp b11
            b13:
                call runtime.printint(v45)
                call runtime.printnl()
                ret
            }
            """;

    /*
     * The capacities from go1.26.8, printed by (slices in package variables, so that append
     * calls growslice: a slice that does not escape starts in a stack buffer, Go 1.26's
     * growsliceBuf, a compiler matter):
     *
     *   var b1 []byte          // and []int, []*int, struct{a, b, c int}, struct{a *int; b, c int},
     *   func main() {          // struct{a, b, c, d, e int}, struct{a *int; b, c, d, e int}, [125]int
     *       c := -1
     *       for i := 0; i < 100000; i++ {
     *           b1 = append(b1, 0)
     *           if cap(b1) != c { c = cap(b1); print(c, " ") }
     *       }
     *       println()
     *   }
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1    | false | 100000 | 8 16 32 64 128 256 512 896 1408 2048 3072 4096 5376 6912 9472 12288 16384 21760 28672 40960 57344 73728 98304 131072",
            "8    | false | 5000   | 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 3408 5120",
            "8    | true  | 5000   | 1 2 4 8 16 32 64 143 287 607 1023 1535 2303 3071 4095 6144",
            "24   | false | 5000   | 1 2 4 8 16 32 64 128 256 512 853 1365 2048 3072 4096 5461",
            "24   | true  | 5000   | 1 2 4 8 16 37 74 170 341 682 1135 1706 2389 3413 4778 6485",
            "40   | false | 5000   | 1 2 4 8 16 32 67 134 272 544 1024 1638 2252 3072 4096 5324",
            "40   | true  | 5000   | 1 2 4 8 17 35 76 153 307 614 1024 1638 2252 3072 4096 5324",
            "1000 | false | 300    | 1 2 4 8 16 32 65 131 262 524",
    })
    void appendGrowsAsGo(long size, boolean pointers, long n, String caps) throws Exception {
        IrMain m = new IrMain();
        m.func(APPENDS);
        m.call("main.appends", "", m.typ(size, pointers ? 8 : 0), m.k(n));
        String sum = size >= 8 ? n * (n - 1) / 2 + "\n" : "0\n";
        assertThat(Programs.run(m.program(), dir)).isEqualTo(caps + " \n" + sum + "0\n");
    }

    /*
     * go1.26.8:
     *   var b []byte; var x []int; var t []struct{ a, b, c int }
     *   for _, k := range []int{5, 7, 100, 3, 1000} {
     *       b = append(b, make([]byte, n(k))...)   // and x, t
     *       print(len(b), "/", cap(b), " ", len(x), "/", cap(x), " ", len(t), "/", cap(t), "\n")
     *   }
     * prints 5/8 5/6 5/5, 12/16 12/12 12/12, 112/112 112/112 112/112, 115/224 115/224 115/224,
     * 1115/1152 1115/1184 1115/1136. Here each step also checks that the old elements' bytes were
     * copied: the first word of the new array is the one written before the growth.
     */
    @Test
    void appendOfSeveralElements() throws Exception {
        IrMain m = new IrMain();
        long[] sizes = {1, 8, 24};
        String[] ptr = new String[3], len = new String[3], cap = new String[3];
        for (int s = 0; s < 3; s++) {
            ptr[s] = m.nil();
            len[s] = m.k(0);
            cap[s] = m.k(0);
        }
        boolean first = true;
        for (long k : new long[]{5, 7, 100, 3, 1000}) {
            for (int s = 0; s < 3; s++) {
                String newLen = m.val("int", "add " + len[s] + ", " + m.k(k));
                String[] r = m.call("runtime.growslice", "ptr int int", ptr[s], newLen, cap[s], m.k(k), m.typ(sizes[s]));
                if (!first) { // the first byte, written after the previous growth, moved along
                    String b = m.call("main.load8", "int", IrMain.word(r[0], 0))[0];
                    m.printInt(b);
                    m.print(" ");
                }
                m.call("main.store8", "", IrMain.word(r[0], 0), m.k(40 + s));
                ptr[s] = IrMain.word(r[0], 0);
                len[s] = IrMain.word(r[0], 1);
                cap[s] = IrMain.word(r[0], 2);
                m.printInt(len[s]);
                m.print("/");
                m.printInt(cap[s]);
                m.print(s < 2 ? " " : "\n");
            }
            first = false;
        }
        assertThat(Programs.run(m.program(), dir, IrMain.MEM)).isEqualTo("""
                5/8 5/6 5/5
                40 12/16 41 12/12 42 12/12
                40 112/112 41 112/112 42 112/112
                40 115/224 41 115/224 42 115/224
                40 1115/1152 41 1115/1184 42 1115/1136
                """);
    }

    /** A zero-sized element: &zerobase, cap = newLen (Go's growslice). */
    @Test
    void appendOfZeroSizedElements() throws Exception {
        IrMain m = new IrMain();
        String[] r = m.call("runtime.growslice", "ptr int int", m.nil(), m.k(7), m.k(0), m.k(7), m.typ(0));
        String z = m.call("runtime.newobject", "ptr", m.typ(0))[0];
        m.printInt(m.val("int", "eq " + IrMain.word(r[0], 0) + ", " + z));
        m.print(" ");
        m.printInt(IrMain.word(r[0], 1));
        m.print(" ");
        m.printInt(IrMain.word(r[0], 2));
        m.print("\n");
        assertThat(Programs.run(m.program(), dir)).isEqualTo("1 7 7\n");
    }

    /** Go's growslice panics for newLen < 0, an overflowing byte size and one above maxAlloc (1 << 48). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-8                  | 0 | 1 | 8",
            "-1                  | 4 | 3 | 1",
            "2305843009213693952 | 0 | 1 | 8",                    // 8 << 61 overflows
            "2305843009213693952 | 0 | 1 | -8",                   // the same, elements with pointers (ptrdata 8)
            "281474976710657     | 0 | 1 | 1",                    // (1 << 48) + 1 bytes
            "35184372088833      | 0 | 1 | 8",                    // 8 * ((1 << 45) + 1) bytes
    })
    void growslicePanicsAsGo(long newLen, long oldCap, long num, long elemsize) throws Exception {
        IrMain m = new IrMain();
        // elemsize < 0: an element of -elemsize bytes that holds pointers
        String et = m.typ(Math.abs(elemsize), elemsize < 0 ? 8 : 0);
        m.call("runtime.growslice", "ptr int int", m.nil(), m.k(newLen), m.k(oldCap), m.k(num), et);
        assertPanics(m.programEndingIn("runtime.panicdivide"), "growslice: len out of range");
    }

    /*
     * go1.26.8, `n := v(K); sink = len(make([]int, n))` and the like (v a //go:noinline identity):
     * make([]int, -1): len; make([]int, 10, 5): cap; make([]int, 1, 1<<62): cap;
     * make([]int, 1<<62, 1<<62): len; make([]byte, 1<<48+1): len; make([]byte, 5, 1<<48+1): cap.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8 | -1                  | -1                  | len",
            "8 | 10                  | 5                   | cap",
            "8 | 1                   | 4611686018427387904 | cap",
            "8 | 4611686018427387904 | 4611686018427387904 | len",
            "1 | 281474976710657     | 281474976710657     | len",
            "1 | 5                   | 281474976710657     | cap",
            "0 | -1                  | 0                   | len",
            "0 | 3                   | 2                   | cap",
    })
    void makeslicePanicsAsGo(long size, long len, long cap, String which) throws Exception {
        IrMain m = new IrMain();
        m.call("runtime.makeslice", "ptr", m.typ(size), m.k(len), m.k(cap));
        assertPanics(m.programEndingIn("runtime.panicdivide"), "makeslice: " + which + " out of range");
    }

    @Test
    void makesliceAndNewobjectGiveZeroedMemory() throws Exception {
        IrMain m = new IrMain();
        // make([]int, 3, 5): five zero words, 8-aligned; make([]T, 0) and new of a zero-sized
        // type: &zerobase; new([3]int): zeroed, 8-aligned, distinct objects
        String p = m.call("runtime.makeslice", "ptr", m.typ(8), m.k(3), m.k(5))[0];
        String acc = m.k(0);
        for (int i = 0; i < 5; i++) acc = m.val("int", "or " + acc + ", " + m.val("int", "load [" + p + "+" + 8 * i + "]"));
        m.printInt(acc);
        m.print(" ");
        m.printInt(m.val("int", "and " + p + ", " + m.k(7)));
        m.print(" ");
        String z1 = m.call("runtime.makeslice", "ptr", m.typ(8), m.k(0), m.k(0))[0];
        String z2 = m.call("runtime.newobject", "ptr", m.typ(0))[0];
        String z3 = m.call("runtime.makeslice", "ptr", m.typ(0), m.k(5), m.k(9))[0];
        m.printInt(m.val("int", "eq " + z1 + ", " + z2));
        m.printInt(m.val("int", "eq " + z3 + ", " + z2));
        m.print(" ");
        String o1 = m.call("runtime.newobject", "ptr", m.typ(24))[0];
        String o2 = m.call("runtime.newobject", "ptr", m.typ(24))[0];
        m.line("store [" + o1 + "+16], " + m.k(-1));
        String acc2 = m.k(0);
        for (int i = 0; i < 3; i++) acc2 = m.val("int", "or " + acc2 + ", " + m.val("int", "load [" + o2 + "+" + 8 * i + "]"));
        m.printInt(acc2);
        m.print(" ");
        m.printInt(m.val("int", "sub " + o2 + ", " + o1)); // the bump allocator: 24 bytes apart
        m.print(" ");
        String big = m.call("runtime.makeslice", "ptr", m.typ(1), m.k(1 << 21), m.k(1 << 21))[0]; // its own mapping
        m.printInt(m.val("int", "load [" + big + "+" + ((1 << 21) - 8) + "]"));
        m.print("\n");
        assertThat(Programs.run(m.program(), dir)).isEqualTo("0 0 11 0 24 0\n");
    }

    @Test
    void memmoveMemclrMemequal() throws Exception {
        IrMain m = new IrMain();
        // a heap copy of "0123456789abcdefghij" (20 bytes) to move within
        String src = m.str("0123456789abcdefghij");
        String buf = m.call("runtime.newobject", "ptr", m.typ(24))[0];
        m.call("runtime.memmove", "", buf, IrMain.word(src, 0), m.k(20));
        String s = buf + " " + m.k(20);
        m.printString(s);
        m.print(" ");
        // forward overlap: to < from
        m.call("runtime.memmove", "", buf, m.val("ptr", "add " + buf + ", " + m.k(3)), m.k(10));
        m.printString(s);
        m.print(" ");
        // backward overlap: to inside [from, from+n)
        m.call("runtime.memmove", "", m.val("ptr", "add " + buf + ", " + m.k(5)), buf, m.k(12));
        m.printString(s);
        m.print(" ");
        m.call("runtime.memmove", "", buf, buf, m.k(20)); // to == from
        m.call("runtime.memmove", "", m.val("ptr", "add " + buf + ", " + m.k(1)), buf, m.k(0)); // n 0
        m.printString(s);
        m.print(" ");
        // memclrNoHeapPointers of bytes 2..8, then printed as bytes
        m.call("runtime.memclrNoHeapPointers", "", m.val("ptr", "add " + buf + ", " + m.k(2)), m.k(7));
        for (int i = 0; i < 11; i++) {
            m.printInt(m.call("main.load8", "int", m.val("ptr", "add " + buf + ", " + m.k(i)))[0]);
            m.print(i < 10 ? "," : " ");
        }
        m.call("runtime.memclrNoHeapPointers", "", buf, m.k(0));
        // memequal
        String a = m.str("hello, world!"), b = m.str("hello, world?");
        for (int n : new int[]{0, 1, 12, 13}) {
            m.printInt(m.call("runtime.memequal", "int", IrMain.word(a, 0), IrMain.word(b, 0), m.k(n))[0]);
        }
        m.printInt(m.call("runtime.memequal", "int", IrMain.word(a, 0), IrMain.word(a, 0), m.k(13))[0]);
        m.printInt(m.call("runtime.memequal", "int", m.nil(), m.nil(), m.k(0))[0]);
        m.print("\n");
        assertThat(Programs.run(m.program(), dir, IrMain.MEM)).isEqualTo("0123456789abcdefghij 3456789abcabcdefghij "
                + "345673456789abcabhij 345673456789abcabhij 51,52,0,0,0,0,0,0,0,55,56 111011\n");
    }

    /*
     * go1.26.8: println(s, e, err, unsafe.Pointer(uintptr(0xc000012345)), (*int)(nil)) with a nil
     * []int, any and error prints "[0/0]0x0 (0x0,0x0) (0x0,0x0) 0xc000012345 0x0"; a slice of
     * len 2, cap 3 at 0xc000012345 prints "[2/3]0xc000012345".
     */
    @Test
    void printsPointersSlicesAndInterfacesAsGo() throws Exception {
        IrMain m = new IrMain();
        m.call("runtime.printlock", "");
        m.call("runtime.printslice", "", m.nil() + " " + m.k(0) + " " + m.k(0));
        m.call("runtime.printsp", "");
        m.call("runtime.printeface", "", m.nil() + " " + m.nil());
        m.call("runtime.printsp", "");
        m.call("runtime.printiface", "", m.nil() + " " + m.nil());
        m.call("runtime.printsp", "");
        m.call("runtime.printpointer", "", m.val("ptr", "const " + 0xc000012345L));
        m.call("runtime.printsp", "");
        m.call("runtime.printpointer", "", m.nil());
        m.call("runtime.printnl", "");
        m.call("runtime.printslice", "", m.val("ptr", "const " + 0xc000012345L) + " " + m.k(2) + " " + m.k(3));
        m.call("runtime.printsp", "");
        m.call("runtime.printeface", "", m.val("ptr", "const " + 0x4a5b60) + " " + m.val("ptr", "const " + 0xc00001c030L));
        m.call("runtime.printiface", "", m.val("ptr", "const 1") + " " + m.val("ptr", "const -1"));
        m.call("runtime.printnl", "");
        m.call("runtime.printunlock", "");
        assertThat(Programs.run(m.program(), dir)).isEqualTo("""
                [0/0]0x0 (0x0,0x0) (0x0,0x0) 0xc000012345 0x0
                [2/3]0xc000012345 (0x4a5b60,0xc00001c030)(0x1,0xffffffffffffffff)
                """);
    }

    /** Runs the program (Keystone's bytes checked against GNU as first): it must end as Go's panic with a runtime error ends (printpanics, the goroutine header, exit 2). */
    void assertPanics(String ir, String runtimeError) throws Exception {
        assertThat(runStatus(ir)).isEqualTo(new Result(2, "panic: runtime error: " + runtimeError + "\n\ngoroutine 1 [running]:\n"));
    }

    record Result(int status, String stderr) {
    }

    Result runStatus(String ir) throws Exception {
        LinkedImage image = Programs.link(Programs.module(ir), IrMain.MEM);
        GnuAsCrossCheck.assertSameBytes(image, dir);
        Path exe = dir.resolve("prog");
        Rt0gen.write(ElfWriter.write(image), exe);
        Runner.RunResult r = new NativeRunner(List.of(), 20).run(exe, List.of(), Map.of(), Runner.Limits.NONE);
        assertThat(r.stdout()).isEmpty();
        return new Result(r.exitCode(), new String(r.stderr(), StandardCharsets.UTF_8));
    }
}
