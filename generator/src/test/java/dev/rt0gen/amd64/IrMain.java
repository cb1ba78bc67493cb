package dev.rt0gen.amd64;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an IR program's straight-line {@code main.main} call by call (docs/IR.md's text form),
 * with string constants in rodata, plus hand-written IR functions: the runtime's entry points
 * called as compiled code calls them.
 */
final class IrMain {
    /** Helpers in assembly: byte and int32 loads and a byte store (the IR loads and stores words only). */
    static final AsmUnit MEM = new AsmUnit("mem.s", """
            .text
            main.load8:
                movzx eax, byte ptr [rax]
                ret
            main.load32:
                movsxd rax, dword ptr [rax]
                ret
            main.store8:
                mov byte ptr [rax], bl
                ret
            """);

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder data = new StringBuilder();
    private final List<String> funcs = new ArrayList<>();
    private int values, strings;

    /** Defines a value: {@code vN:cls = rhs}. */
    String val(String cls, String rhs) {
        String v = "v" + values++;
        line(v + ":" + cls + " = " + rhs);
        return v;
    }

    void line(String s) {
        body.append("    ").append(s).append('\n');
    }

    String k(long c) {
        return val("int", "const " + c);
    }

    String nil() {
        return val("ptr", "const 0");
    }

    /** The address of a type descriptor for runtime.newobject(typ): its first word the size, no pointers. */
    String typ(long size) {
        return typ(size, 0);
    }

    /** A type descriptor's first words (size, ptrdata: the bytes of the prefix that holds pointers), as a ptr value. */
    String typ(long size, long ptrdata) {
        String name = "main..t" + strings++;
        data.append("data rodata ").append(name).append(" = int ").append(size).append(", int ").append(ptrdata);
        if (ptrdata > 0) {
            // hash, kind, equal, then gcdata: every word of the prefix a pointer, the mask padded
            // to 8 bytes as Lower's (the allocator reads it as a word)
            long words = ptrdata / 8;
            byte[] mask = new byte[(int) (((words + 7) / 8 + 7) / 8 * 8)];
            for (int w = 0; w < words; w++) mask[w / 8] |= (byte) (1 << (w % 8));
            data.append(", int 0, int 0, int 0, ptr ").append(name).append("..gcdata\n");
            data.append("data rodata ").append(name).append("..gcdata = bytes \"").append(escape(mask)).append('"');
        }
        data.append("\n");
        return val("ptr", "addr " + name);
    }

    /** A string constant's two words (data pointer, length), as one value: "vP vL". */
    String str(byte[] b) {
        String name = "main..s" + strings++;
        data.append("data rodata ").append(name).append(" = bytes \"").append(escape(b)).append("\"\n");
        return val("ptr", "addr " + name) + " " + k(b.length);
    }

    String str(String s) {
        return str(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Int32s in rodata (little-endian): a []rune's ptr, len, cap as one value. */
    String runes(int... rs) {
        byte[] b = new byte[rs.length * 4];
        for (int i = 0; i < rs.length; i++)
            for (int j = 0; j < 4; j++) b[4 * i + j] = (byte) (rs[i] >>> (8 * j));
        String name = "main..r" + strings++;
        data.append("data rodata ").append(name).append(" = bytes \"").append(escape(b)).append("\"\n");
        return val("ptr", "addr " + name) + " " + k(rs.length) + " " + k(rs.length);
    }

    /**
     * A call: {@code results} are the result values' word classes, values separated by commas
     * ({@code "ptr int int"}: one slice; {@code "int, int"}: two ints; {@code ""}: none); each of
     * {@code args} is one value's words separated by spaces. Returns the defined words, grouped
     * the same way.
     */
    String[] call(String fn, String results, String... args) {
        List<String> groups = new ArrayList<>(), defGroups = new ArrayList<>();
        if (!results.isBlank()) {
            for (String group : results.split(",")) {
                List<String> g = new ArrayList<>(), d = new ArrayList<>();
                for (String cls : group.trim().split(" ")) {
                    String v = "v" + values++;
                    g.add(v);
                    d.add(v + ":" + cls);
                }
                groups.add(String.join(" ", g));
                defGroups.add(String.join(" ", d));
            }
        }
        line((defGroups.isEmpty() ? "" : String.join(", ", defGroups) + " = ") + "call " + fn + "(" + String.join(", ", args) + ")");
        return groups.toArray(String[]::new);
    }

    /** Word {@code i} of a value "vA vB vC". */
    static String word(String value, int i) {
        return value.split(" ")[i];
    }

    void print(String s) {
        call("runtime.printstring", "", str(s));
    }

    void printInt(String v) {
        call("runtime.printint", "", v);
    }

    void printString(String ptrLen) {
        call("runtime.printstring", "", ptrLen);
    }

    void func(String irText) {
        funcs.add(irText);
    }

    String program() {
        return data + String.join("\n", funcs) + "\nfunc main.main() () {\nb0:\n" + body + "    ret\n}\n";
    }

    /** Ends main.main with a call that never returns. */
    String programEndingIn(String fn, String... args) {
        call(fn, "", args);
        return data + String.join("\n", funcs) + "\nfunc main.main() () {\nb0:\n" + body + "    unreachable\n}\n";
    }

    private static String escape(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("\\x%02x", x & 0xff));
        return sb.toString();
    }
}
