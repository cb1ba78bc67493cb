package dev.rt0gen.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The IR's text form (docs/IR.md); {@link Parser} reads it back. */
public final class Printer {
    private Printer() {
    }

    public static String module(Module m) {
        StringBuilder sb = new StringBuilder("# package ").append(m.path).append('\n');
        for (Data d : m.data) sb.append(data(d)).append('\n');
        for (var e : m.constants.entrySet()) sb.append("const ").append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
        for (Func f : m.funcs) sb.append('\n').append(func(f));
        return sb.toString();
    }

    /**
     * A symbol as the text form writes it: as it is when made of letters, digits and
     * {@code _ . / · % -}; else quoted as a string ({@code "type:interface { M() }"},
     * {@code "main.(*T).m"}, {@code "go:itab.*main.T,main.I"}: Go's names for descriptors,
     * itabs and method wrappers).
     */
    public static String sym(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '\u00b7' || c == '%' || c == '-')) return quote(s);
        }
        return s;
    }

    public static String data(Data d) {
        StringJoiner j = new StringJoiner(", ", "data " + d.section().text + " " + sym(d.name()) + " = ", "");
        for (Data.Item it : d.items()) {
            if (it instanceof Data.Bytes b) j.add("bytes " + quote(b.bytes()));
            else if (it instanceof Data.Word w) j.add("int " + w.value());
            else if (it instanceof Data.SymWord s) j.add("ptr " + sym(s.sym()) + offset(s.off()));
            else if (it instanceof Data.Zeros z) j.add("zeros " + z.words());
            else j.add("zero " + ((Data.Zero) it).cls());
        }
        return j.toString();
    }

    public static String func(Func f) {
        StringBuilder sb = new StringBuilder("func ");
        if (f.abi0) sb.append("abi0 ");
        sb.append(sym(f.name)).append('(');
        groups(sb, f.params, sizes(f.paramSizes));
        sb.append(") (");
        groups(sb, f.results, sizes(f.resultSizes));
        sb.append(") {\n");
        for (Block b : f.blocks) {
            sb.append(blockHeader(b));
            for (Instr in : b.instrs) sb.append("    ").append(instr(in)).append('\n');
        }
        return sb.append("}\n").toString();
    }

    /** A block's label line, with its predecessors in a comment: {@code b3:  # preds b1 b2}. */
    public static String blockHeader(Block b) {
        StringBuilder sb = new StringBuilder().append(b).append(':');
        if (!b.preds.isEmpty()) {
            sb.append("  # preds");
            for (Block p : b.preds) sb.append(' ').append(p);
        }
        return sb.append('\n').toString();
    }

    public static String instr(Instr in) {
        StringBuilder sb = new StringBuilder();
        List<String> defs = new ArrayList<>();
        for (Value v : in.defs) defs.add(v + ":" + v.cls);
        groups(sb, defs, in.isCall() ? in.resultSizes : null);
        if (!in.defs.isEmpty()) sb.append(" = ");
        sb.append(in.op.text);
        if (in.width != Width.W64) sb.append('.').append(in.width.text);
        switch (in.op) {
            case CONST, PARAM -> sb.append(' ').append(in.aux);
            case FCONST -> sb.append(' ').append(f64(in.aux));
            case ADDR -> sb.append(' ').append(sym(in.sym)).append(offset(in.aux));
            case PHI -> {
                for (int i = 0; i < in.args.size(); i++) {
                    Block p = in.block != null && i < in.block.preds.size() ? in.block.preds.get(i) : null;
                    sb.append(i > 0 ? ", " : " ").append(p == null ? "b?" : p.toString()).append(':').append(in.args.get(i));
                }
            }
            case LOAD -> sb.append(" [").append(in.arg(0)).append(offset(in.aux)).append(']');
            case STORE -> sb.append(" [").append(in.arg(0)).append(offset(in.aux)).append("], ").append(in.arg(1));
            case CALL -> {
                sb.append(' ').append(sym(in.sym)).append('(');
                groups(sb, in.args, in.argSizes);
                sb.append(')');
            }
            case CALLI -> {
                sb.append(' ').append(in.arg(0)).append('(');
                groups(sb, in.callArgs(), in.argSizes);
                sb.append(')');
            }
            case CLOSUREPTR, GETG -> {
            }
            case JMP -> sb.append(' ').append(in.block.succs.get(0));
            case IF -> sb.append(' ').append(in.arg(0)).append(" -> ").append(in.block.succs.get(0)).append(", ").append(in.block.succs.get(1));
            case COPY, ADD, SUB, MUL, DIV, MOD, DIVMOD, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR, NEG, NOT,
                 EQ, NE, LT, LE, GT, GE, RET, UNREACHABLE, FADD, FSUB, FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE,
                 CVTIF, CVTFI, FROUND32, CVTIF32, CVTFI32,
                 UDIV, UMOD, SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32, ULT, ULE, UGT, UGE, SYSCALL -> {
                for (int i = 0; i < in.args.size(); i++) sb.append(i > 0 ? ", " : " ").append(in.args.get(i));
            }
        }
        return sb.toString();
    }

    /**
     * Words grouped into Go values: values separated by {@code ", "}, the words of one value by
     * a space ({@code ptr int, int}). Null sizes (or sizes that do not fit): one word per value.
     */
    static void groups(StringBuilder sb, List<?> words, int[] sizes) {
        int sum = 0;
        if (sizes != null) for (int n : sizes) sum += n;
        if (sizes == null || sum != words.size()) sizes = Block.ones(words.size());
        int w = 0;
        for (int g = 0; g < sizes.length; g++) {
            for (int k = 0; k < sizes[g]; k++, w++) sb.append(k > 0 ? " " : g > 0 ? ", " : "").append(words.get(w));
        }
    }

    /** A float64's IEEE bits as fconst writes them: {@code 0x} and 16 hex digits. */
    public static String f64(long bits) {
        return String.format(java.util.Locale.ROOT, "0x%016x", bits);
    }

    static int[] sizes(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    static String offset(long off) {
        return off == 0 ? "" : off > 0 ? "+" + off : String.valueOf(off);
    }

    /** A byte string in Go's double-quoted form ({@code \n}, {@code \"}, {@code \\}, {@code \xNN}). */
    static String quote(String bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) sb.append(c);
                    else sb.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                }
            }
        }
        return sb.append('"').toString();
    }
}
