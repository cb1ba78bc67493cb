package dev.rt0gen.amd64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime's string entry points (docs/ABI.md: intstring, slicebytetostring,
 * stringtoslicebyte, stringtoslicerune, slicerunetostring, decoderune, countrunes,
 * concatstring3/4/5), called from an IR program as compiled code calls them, against what
 * go1.26.8 prints for the same conversions (the Go program is in {@link #GO}).
 */
class StringRuntimeTest {
    @TempDir
    Path dir;

    /**
     * The Go program whose output {@link #conversionsAsGo} expects (go1.26.8, CGO_ENABLED=0 go
     * build; the converted values are kept in package variables so that no conversion uses a
     * stack buffer, and come through //go:noinline identities so that none is constant-folded).
     */
    static final String GO = """
            package main

            var bsink []byte
            var rsink []rune
            var ssink string

            //go:noinline
            func i64(x int64) int64 { return x }

            //go:noinline
            func str(s string) string { return s }

            func main() {
            	for _, v := range []int64{65, 0xe9, 0x7ff, 0x800, 0x20ac, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff, 1<<32 + 65} {
            		ssink = string(i64(v))
            		print(len(ssink), ":", ssink, " ")
            	}
            	println()
            	for _, n := range []int{0, 1, 5, 8, 9, 17, 33, 100, 1000, 1025, 5000, 33000} {
            		s := str(string(make([]byte, n)))
            		bsink = []byte(s)
            		print(len(bsink), "/", cap(bsink), " ")
            	}
            	println()
            	bsink = []byte(str("héllo"))
            	println(string(bsink), len(bsink), cap(bsink))
            	for _, s := range []string{"", "a", "héllo", "aé€😀\\xffx\\xe2\\x82", "\\xf0\\x9f\\x98", "\\xed\\xa0\\x80z", "\\xc0\\x80", "\\xf4\\x90\\x80\\x80", "abcdefghijklmnopqrstuvwxyz0123456789"} {
            		s = str(s)
            		rsink = []rune(s)
            		print(len(rsink), "/", cap(rsink), ":")
            		for _, r := range rsink {
            			print(" ", r)
            		}
            		print(" |")
            		for i, r := range s {
            			print(" ", i, "=", r)
            		}
            		println(" #", len([]rune(s)))
            	}
            	rs := []rune{0x41, 0xe9, 0x20ac, 0x1f600, -1, 0xd800, 0x110000, 0x7f, 0x80}
            	ssink = string(rs)
            	println(len(ssink), ssink)
            	a, b, c, d, e := str("foo"), str(""), str("bar"), str("baz!"), str("x")
            	println(a+b+c, b+b+c, b+b+b, a+b+c+d, b+b+b+b, a+b+c+d+e, b+b+b+b+e, a+a+a+a+a)
            }
            """;

    static final String EXPECTED = """
            1:A 2:é 2:\u07ff 3:\u0800 3:€ 3:\uffff 4:\ud800\udc00 4:😀 4:\udbff\udfff 3:\ufffd 3:\ufffd 3:\ufffd 3:\ufffd 3:\ufffd\s
            0/0 1/8 5/8 8/8 9/16 17/24 33/48 100/112 1000/1024 1025/1152 5000/5376 33000/40960\s
            héllo 6 8
            0/0: | # 0
            1/2: 97 | 0=97 # 1
            5/6: 104 233 108 108 111 | 0=104 1=233 3=108 4=108 5=111 # 5
            8/8: 97 233 8364 128512 65533 120 65533 65533 | 0=97 1=233 3=8364 6=128512 10=65533 11=120 12=65533 13=65533 # 8
            3/4: 65533 65533 65533 | 0=65533 1=65533 2=65533 # 3
            4/4: 65533 65533 65533 122 | 0=65533 1=65533 2=65533 3=122 # 4
            2/2: 65533 65533 | 0=65533 1=65533 # 2
            4/4: 65533 65533 65533 65533 | 0=65533 1=65533 2=65533 3=65533 # 4
            36/36: 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 \
            48 49 50 51 52 53 54 55 56 57 | 0=97 1=98 2=99 3=100 4=101 5=102 6=103 7=104 8=105 9=106 10=107 11=108 \
            12=109 13=110 14=111 15=112 16=113 17=114 18=115 19=116 20=117 21=118 22=119 23=120 24=121 25=122 26=48 \
            27=49 28=50 29=51 30=52 31=53 32=54 33=55 34=56 35=57 # 36
            22 Aé€😀\ufffd\ufffd\ufffd\u007f\u0080
            foobar bar  foobarbaz!  foobarbaz!x x foofoofoofoofoo
            """;

    /** `for _, r := range runes { print(" ", r) }` over a []rune's words. */
    static final String PRINTRUNES = """
            func main.printrunes(ptr int int) () {
            b0:
                v0:ptr = param 0
                v1:int = param 1
                v2:int = param 2
                v3:int = const 0
                v4:int = const 1
                v5:int = const 4
                jmp b1
            b1:
                v6:int = phi b0:v3, b2:v10
                v7:int = lt v6, v1
                if v7 -> b2, b3
            b2:
                v8:int = mul v6, v5
                v9:ptr = add v0, v8
                v11:int = call main.load32(v9)
                call runtime.printsp()
                call runtime.printint(v11)
                v10:int = add v6, v4
                jmp b1
            b3:
                ret
            }
            """;

    /** `for i, r := range s { print(" ", i, "=", r) }` as gc compiles it: ASCII inline, decoderune for the rest. */
    static final String RANGESTR = """
            data rodata main..eq = bytes "="
            func main.rangestr(ptr int) () {
            b0:
                v0:ptr = param 0
                v1:int = param 1
                v2:int = const 0
                v3:int = const 1
                v4:int = const 128
                jmp b1
            b1:
                v5:int = phi b0:v2, b4:v12
                v6:int = lt v5, v1
                if v6 -> b2, b5
            b2:
                v7:ptr = add v0, v5
                v8:int = call main.load8(v7)
                v9:int = lt v8, v4
                if v9 -> b3, b6
            b3:
                v10:int = add v5, v3
                jmp b4
            b6:
                v13:int, v14:int = call runtime.decoderune(v0 v1, v5)
                jmp b4
            b4:
                v11:int = phi b3:v8, b6:v13
                v12:int = phi b3:v10, b6:v14
                call runtime.printsp()
                call runtime.printint(v5)
                v15:ptr = addr main..eq
                call runtime.printstring(v15 v3)
                call runtime.printint(v11)
                jmp b1
            b5:
                ret
            }
            """;

    @Test
    void conversionsAsGo() throws Exception {
        IrMain m = new IrMain();
        m.func(PRINTRUNES);
        m.func(RANGESTR);
        // string(int64)
        for (long v : new long[]{65, 0xe9, 0x7ff, 0x800, 0x20ac, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1, 0xd800, 0xdfff,
                (1L << 32) + 65}) {
            String s = m.call("runtime.intstring", "ptr int", m.nil(), m.k(v))[0];
            m.printInt(IrMain.word(s, 1));
            m.print(":");
            m.printString(s);
            m.print(" ");
        }
        m.print("\n");
        // []byte(string(make([]byte, n)))
        for (long n : new long[]{0, 1, 5, 8, 9, 17, 33, 100, 1000, 1025, 5000, 33000}) {
            String p = m.call("runtime.makeslice", "ptr", m.typ(1), m.k(n), m.k(n))[0];
            String s = m.call("runtime.slicebytetostring", "ptr int", m.nil(), p, m.k(n))[0];
            String b = m.call("runtime.stringtoslicebyte", "ptr int int", m.nil(), s)[0];
            m.printInt(IrMain.word(b, 1));
            m.print("/");
            m.printInt(IrMain.word(b, 2));
            m.print(" ");
        }
        m.print("\n");
        String b = m.call("runtime.stringtoslicebyte", "ptr int int", m.nil(), m.str("héllo"))[0];
        m.printString(m.call("runtime.slicebytetostring", "ptr int", m.nil(), IrMain.word(b, 0), IrMain.word(b, 1))[0]);
        m.print(" ");
        m.printInt(IrMain.word(b, 1));
        m.print(" ");
        m.printInt(IrMain.word(b, 2));
        m.print("\n");
        // []rune(s), for range s, len([]rune(s))
        for (String lit : new String[]{"", "a", "héllo", "aé€😀\\xffx\\xe2\\x82", "\\xf0\\x9f\\x98", "\\xed\\xa0\\x80z", "\\xc0\\x80",
                "\\xf4\\x90\\x80\\x80", "abcdefghijklmnopqrstuvwxyz0123456789"}) {
            String s = m.str(goBytes(lit));
            String rs = m.call("runtime.stringtoslicerune", "ptr int int", m.nil(), s)[0];
            m.printInt(IrMain.word(rs, 1));
            m.print("/");
            m.printInt(IrMain.word(rs, 2));
            m.print(":");
            m.call("main.printrunes", "", rs);
            m.print(" |");
            m.call("main.rangestr", "", s);
            m.print(" # ");
            m.printInt(m.call("runtime.countrunes", "int", s)[0]);
            m.print("\n");
        }
        // string(runes)
        String s = m.call("runtime.slicerunetostring", "ptr int", m.nil(), m.runes(0x41, 0xe9, 0x20ac, 0x1f600, -1, 0xd800, 0x110000, 0x7f, 0x80))[0];
        m.printInt(IrMain.word(s, 1));
        m.print(" ");
        m.printString(s);
        m.print("\n");
        // a+b+c, b+b+c, b+b+b, a+b+c+d, b+b+b+b, a+b+c+d+e, b+b+b+b+e, a+a+a+a+a
        String a = m.str("foo"), e = m.str(""), c = m.str("bar"), d = m.str("baz!"), x = m.str("x");
        String[][] concats = {{a, e, c}, {e, e, c}, {e, e, e}, {a, e, c, d}, {e, e, e, e}, {a, e, c, d, x}, {e, e, e, e, x}, {a, a, a, a, a}};
        for (int i = 0; i < concats.length; i++) {
            if (i > 0) m.print(" ");
            m.printString(m.call("runtime.concatstring" + concats[i].length, "ptr int", concats[i])[0]);
        }
        m.print("\n");
        assertThat(Programs.run(m.program(), dir, IrMain.MEM)).isEqualTo(EXPECTED);
    }

    /**
     * decoderune's edges no Go program reaches through `for range` (its callers check them
     * first): k at or past the end, and an ASCII byte, give (0xFFFD, k+1), as Go's code does.
     * Also: one non-empty string of several concatenated is returned as is (no copy), as Go's
     * concatstrings does; and string(b) of one byte points into a static table.
     */
    @Test
    void decoderuneEdgesAndSharing() throws Exception {
        IrMain m = new IrMain();
        String s = m.str("ab\u00e9");
        for (long k : new long[]{0, 2, 3, 4, 7}) {
            String[] r = m.call("runtime.decoderune", "int, int", s, m.k(k));
            m.printInt(r[0]);
            m.print(",");
            m.printInt(r[1]);
            m.print(" ");
        }
        String e = m.str("");
        String[] only = m.call("runtime.concatstring4", "ptr int", e, s, e, e);
        m.printInt(m.val("int", "eq " + IrMain.word(only[0], 0) + ", " + IrMain.word(s, 0)));
        String p = IrMain.word(s, 0);
        String one1 = m.call("runtime.slicebytetostring", "ptr int", m.nil(), p, m.k(1))[0];
        String one2 = m.call("runtime.slicebytetostring", "ptr int", m.nil(), p, m.k(1))[0];
        m.printInt(m.val("int", "eq " + IrMain.word(one1, 0) + ", " + IrMain.word(one2, 0)));
        m.printString(one1);
        String empty = m.call("runtime.slicebytetostring", "ptr int", m.nil(), p, m.k(0))[0];
        m.printInt(IrMain.word(empty, 0));
        m.printInt(IrMain.word(empty, 1));
        m.print("\n");
        assertThat(Programs.run(m.program(), dir)).isEqualTo("65533,1 233,4 65533,4 65533,5 65533,8 11a00\n");
    }

    /** A Go string literal's bytes (UTF-8, with \xNN escapes as bytes). */
    static byte[] goBytes(String lit) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lit.length(); ) {
            if (lit.startsWith("\\x", i)) {
                out.write(Integer.parseInt(lit.substring(i + 2, i + 4), 16));
                i += 4;
            } else {
                int cp = lit.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }
}
