package dev.rt0gen.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the IR's text form, as {@link Printer} writes it (docs/IR.md), so that a pass can be
 * tested IR in, IR out. Block ids and value ids are kept. A block's predecessors are the blocks
 * whose terminators name it, in the order of the text; phi operands, written {@code b1:v2}, are
 * put in that order.
 */
public final class Parser {
    /** A line of IR text that cannot be read. */
    public static final class Error extends IllegalArgumentException {
        Error(int line, String msg) {
            super("line " + line + ": " + msg);
        }
    }

    private final String[] lines;
    private int lineNo;

    private Parser(String text) {
        this.lines = text.split("\n", -1);
    }

    public static Module module(String text) {
        return new Parser(text).module();
    }

    /** The only function of a text that holds one function (and nothing else but comments). */
    public static Func func(String text) {
        Module m = module(text);
        if (m.funcs.size() != 1 || !m.data.isEmpty()) throw new IllegalArgumentException("expected exactly one function");
        return m.funcs.get(0);
    }

    private Module module() {
        Module m = new Module(packagePath());
        for (lineNo = 0; lineNo < lines.length; lineNo++) {
            String l = strip(lines[lineNo]);
            if (l.isEmpty()) continue;
            if (l.startsWith("data ")) m.data.add(data(l.substring(5)));
            else if (l.startsWith("const ")) {
                String[] kv = l.substring(6).split("=", 2);
                if (kv.length != 2) throw error("expected const NAME = N");
                m.constants.put(kv[0].trim(), number(kv[1].trim()));
            } else if (l.startsWith("func ")) m.funcs.add(function(l));
            else throw error("expected data, const or func: " + l);
        }
        return m;
    }

    private String packagePath() {
        for (String l : lines) {
            String t = l.trim();
            if (t.startsWith("# package ")) return t.substring(10).trim();
        }
        return "main";
    }

    private Error error(String msg) {
        return new Error(lineNo + 1, msg);
    }

    private static String strip(String l) {
        int inQuote = -1;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (inQuote >= 0) {
                if (c == '\\') i++;
                else if (c == '"') inQuote = -1;
            } else if (c == '"') inQuote = i;
            else if (c == '#') return l.substring(0, i).trim();
        }
        return l.trim();
    }

    // ---- data

    private Data data(String s) {
        String[] head = splitSym(s, "=");
        if (head.length != 2) throw error("expected data SECTION NAME = ITEMS");
        String[] sn = head[0].trim().split("\\s+", 2);
        if (sn.length != 2) throw error("expected data SECTION NAME");
        sn[1] = symbol(sn[1].trim());
        Data.Section section;
        try {
            section = Data.Section.parse(sn[0]);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        List<Data.Item> items = new ArrayList<>();
        for (String it : splitTop(head[1].trim())) {
            it = it.trim();
            if (it.startsWith("bytes ")) items.add(new Data.Bytes(unquote(it.substring(6).trim())));
            else if (it.startsWith("int ")) items.add(new Data.Word(number(it.substring(4).trim())));
            else if (it.startsWith("ptr ")) {
                String[] so = symOff(it.substring(4).trim());
                items.add(new Data.SymWord(so[0], number(so[1])));
            } else if (it.startsWith("zeros ")) {
                items.add(new Data.Zeros(Long.parseLong(it.substring(6).trim())));
            } else if (it.startsWith("zero ")) items.add(new Data.Zero(cls(it.substring(5).trim())));
            else throw error("unknown data item " + it);
        }
        return new Data(section, sn[1], items);
    }

    /** Splits at commas outside quotes. */
    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q && c == '\\') i++;
            else if (c == '"') q = !q;
            else if (c == ',' && !q) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (!s.substring(start).isBlank()) out.add(s.substring(start));
        return out;
    }

    private String unquote(String s) {
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') throw error("expected a quoted string: " + s);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw error("unknown escape \\" + e);
            }
        }
        return sb.toString();
    }

    // ---- functions

    private record Line(int no, String text) {
    }

    private Func function(String header) {
        // func [abi0] NAME(cls cls, cls, ...) (cls, ...) {: Go values by commas, their words by spaces
        String h = header.substring(5).trim();
        boolean abi0 = false;
        if (h.startsWith("abi0 ")) {
            abi0 = true;
            h = h.substring(5).trim();
        }
        int lp = h.startsWith("\"") ? closingQuote(h) + 1 : h.indexOf('(');
        int rp = h.indexOf(')', lp);
        int lp2 = h.indexOf('(', rp);
        int rp2 = h.indexOf(')', lp2);
        if (lp <= 0 || rp < 0 || lp2 < 0 || rp2 < 0 || !h.substring(rp2 + 1).trim().equals("{")) {
            throw error("expected func NAME(classes) (classes) {");
        }
        List<List<String>> ps = groups(h.substring(lp + 1, rp)), rs = groups(h.substring(lp2 + 1, rp2));
        Func f = new Func(symbol(h.substring(0, lp).trim()), classes(ps), classes(rs), sizes(ps), sizes(rs));
        f.abi0 = abi0;
        // the body: lines up to "}"
        List<Line> body = new ArrayList<>();
        for (lineNo++; ; lineNo++) {
            if (lineNo >= lines.length) throw error("missing } of func " + f.name);
            String l = strip(lines[lineNo]);
            if (l.equals("}")) break;
            if (!l.isEmpty()) body.add(new Line(lineNo, l));
        }
        int end = lineNo;
        // pass 1: blocks and values, so that operands may name later ones
        Map<Integer, Block> blocks = new HashMap<>();
        Map<Integer, Value> values = new HashMap<>();
        for (Line l : body) {
            lineNo = l.no();
            if (isLabel(l.text())) {
                int id = blockId(l.text().substring(0, l.text().length() - 1));
                if (blocks.containsKey(id)) throw error("block b" + id + " defined twice");
                blocks.put(id, f.newBlock(id));
                continue;
            }
            int eq = defsEnd(l.text());
            if (eq < 0) continue;
            for (String d : words(l.text().substring(0, eq))) {
                String[] vc = d.split(":");
                if (vc.length != 2) throw error("expected vN:class, got " + d.trim());
                int id = valueId(vc[0]);
                if (values.containsKey(id)) throw error("value v" + id + " defined twice");
                values.put(id, f.newValue(id, cls(vc[1])));
            }
        }
        // pass 2: instructions
        Block cur = null;
        List<Instr> phis = new ArrayList<>();
        Map<Instr, List<Integer>> phiPreds = new HashMap<>();
        for (Line l : body) {
            lineNo = l.no();
            String t = l.text();
            if (isLabel(t)) {
                cur = blocks.get(blockId(t.substring(0, t.length() - 1)));
                continue;
            }
            if (cur == null) throw error("instruction before the first block label");
            int eq = defsEnd(t);
            List<Value> defs = new ArrayList<>();
            List<List<String>> defGroups = List.of();
            if (eq >= 0) {
                defGroups = groups(t.substring(0, eq));
                for (String d : words(t.substring(0, eq))) defs.add(values.get(valueId(d.split(":")[0])));
                t = t.substring(eq + 1).trim();
            }
            int sp = t.indexOf(' ');
            String opText = sp < 0 ? t : t.substring(0, sp);
            String rest = sp < 0 ? "" : t.substring(sp + 1).trim();
            Op op;
            Width width = Width.W64;
            try {
                int dot = opText.indexOf('.');
                if (dot > 0) {
                    width = Width.parse(opText.substring(dot + 1));
                    opText = opText.substring(0, dot);
                }
                op = Op.parse(opText);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
            if (width != Width.W64 && op != Op.LOAD && op != Op.STORE) throw error("a width on " + op);
            Instr in = new Instr(op);
            in.width = width;
            in.block = cur;
            switch (op) {
                case CONST, PARAM -> in.aux = number(rest);
                case FCONST -> in.aux = bits(rest);
                case ADDR -> {
                    String[] so = symOff(rest);
                    in.sym = so[0];
                    in.aux = number(so[1]);
                }
                case PHI -> {
                    List<Integer> preds = new ArrayList<>();
                    for (String a : rest.split(",")) {
                        String[] bv = a.trim().split(":");
                        if (bv.length != 2) throw error("expected bN:vM in phi, got " + a.trim());
                        preds.add(blockId(bv[0]));
                        in.args.add(operand(values, bv[1]));
                    }
                    phis.add(in);
                    phiPreds.put(in, preds);
                }
                case LOAD -> {
                    String[] po = memory(rest);
                    in.args.add(operand(values, po[0]));
                    in.aux = number(po[1]);
                }
                case STORE -> {
                    int rb = rest.indexOf(']');
                    if (rb < 0) throw error("expected store [vN+OFF], vM");
                    String[] po = memory(rest.substring(0, rb + 1));
                    in.args.add(operand(values, po[0]));
                    in.aux = number(po[1]);
                    String x = rest.substring(rb + 1).trim();
                    if (!x.startsWith(",")) throw error("expected , after ] in store");
                    in.args.add(operand(values, x.substring(1)));
                }
                case CALL -> {
                    int lp3 = rest.startsWith("\"") ? closingQuote(rest) + 1 : rest.indexOf('(');
                    if (lp3 <= 0 || !rest.endsWith(")")) throw error("expected call SYM(args)");
                    in.sym = symbol(rest.substring(0, lp3).trim());
                    List<List<String>> as = groups(rest.substring(lp3 + 1, rest.length() - 1));
                    for (List<String> g : as) for (String a : g) in.args.add(operand(values, a));
                    in.argSizes = sizes(as).stream().mapToInt(Integer::intValue).toArray();
                    in.resultSizes = sizes(defGroups).stream().mapToInt(Integer::intValue).toArray();
                }
                case CALLI -> {
                    int lp3 = rest.indexOf('(');
                    if (lp3 <= 0 || !rest.endsWith(")")) throw error("expected calli vN(args)");
                    in.args.add(operand(values, rest.substring(0, lp3).trim()));
                    List<List<String>> as = groups(rest.substring(lp3 + 1, rest.length() - 1));
                    for (List<String> g : as) for (String a : g) in.args.add(operand(values, a));
                    in.argSizes = sizes(as).stream().mapToInt(Integer::intValue).toArray();
                    in.resultSizes = sizes(defGroups).stream().mapToInt(Integer::intValue).toArray();
                }
                case CLOSUREPTR, GETG -> {
                    if (!rest.isEmpty()) throw error(in.op.text + " takes no operands");
                }
                case JMP -> cur.succs.add(block(blocks, rest));
                case IF -> {
                    String[] ct = rest.split("->");
                    if (ct.length != 2) throw error("expected if vN -> bT, bF");
                    in.args.add(operand(values, ct[0]));
                    String[] ts = ct[1].split(",");
                    if (ts.length != 2) throw error("expected two targets");
                    cur.succs.add(block(blocks, ts[0]));
                    cur.succs.add(block(blocks, ts[1]));
                }
                case COPY, ADD, SUB, MUL, DIV, MOD, DIVMOD, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR, NEG, NOT,
                     EQ, NE, LT, LE, GT, GE, RET, UNREACHABLE, FADD, FSUB, FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT,
                     FGE, CVTIF, CVTFI, FROUND32, CVTIF32, CVTFI32,
                     UDIV, UMOD, SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32, ULT, ULE, UGT, UGE, SYSCALL -> operands(values, rest, in);
            }
            if (op != Op.CALL && op != Op.CALLI && defGroups.stream().anyMatch(g -> g.size() > 1)) throw error("only a call groups its results");
            for (Value v : defs) Func.attach(in, v);
            cur.instrs.add(in);
        }
        lineNo = end;
        // predecessors in text order, then phi operands in that order
        for (Block b : f.blocks) for (Block s : b.succs) s.preds.add(b);
        for (Instr phi : phis) {
            List<Integer> want = phiPreds.get(phi);
            List<Value> args = new ArrayList<>(phi.args);
            if (want.size() != phi.block.preds.size()) {
                throw new Error(lineNo + 1, "phi " + phi.defs + " in " + phi.block + " has " + want.size() + " operands for " + phi.block.preds.size() + " predecessors");
            }
            phi.args.clear();
            List<Integer> left = new ArrayList<>(want);
            for (Block p : phi.block.preds) {
                int k = left.indexOf(p.id);
                if (k < 0) throw new Error(lineNo + 1, "phi " + phi.defs + " in " + phi.block + " has no operand for " + p);
                phi.args.add(args.get(k));
                left.set(k, -1);
            }
        }
        return f;
    }

    private static boolean isLabel(String t) {
        return t.endsWith(":") && t.startsWith("b") && !t.contains(" ");
    }

    /** The index of the {@code =} ending a definition list, or -1. */
    private static int defsEnd(String t) {
        if (!t.startsWith("v")) return -1;
        int eq = t.indexOf(" = ");
        return eq < 0 ? -1 : eq + 1;
    }

    private int blockId(String s) {
        s = s.trim();
        if (!s.startsWith("b")) throw error("expected a block bN, got " + s);
        try {
            return Integer.parseInt(s.substring(1));
        } catch (NumberFormatException e) {
            throw error("expected a block bN, got " + s);
        }
    }

    private int valueId(String s) {
        s = s.trim();
        if (!s.startsWith("v")) throw error("expected a value vN, got " + s);
        try {
            return Integer.parseInt(s.substring(1));
        } catch (NumberFormatException e) {
            throw error("expected a value vN, got " + s);
        }
    }

    private Block block(Map<Integer, Block> blocks, String s) {
        Block b = blocks.get(blockId(s));
        if (b == null) throw error("no block " + s.trim());
        return b;
    }

    private Value operand(Map<Integer, Value> values, String s) {
        Value v = values.get(valueId(s));
        if (v == null) throw error("no value " + s.trim());
        return v;
    }

    private void operands(Map<Integer, Value> values, String s, Instr in) {
        if (s.isBlank()) return;
        for (String a : s.split(",")) in.args.add(operand(values, a));
    }

    /** {@code [vN+OFF]} → {vN, OFF}. */
    private String[] memory(String s) {
        s = s.trim();
        if (!s.startsWith("[") || !s.endsWith("]")) throw error("expected [vN+OFF], got " + s);
        return symOff(s.substring(1, s.length() - 1).trim());
    }

    /** {@code NAME+8}, {@code NAME-8} or {@code NAME} → {NAME, offset}. */
    /** A symbol as Printer.sym writes it: quoted, or as it is. */
    private String symbol(String s) {
        return s.startsWith("\"") ? unquote(s) : s;
    }

    /** The index of the quote closing the string s starts with. */
    private int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.charAt(i) == '"') return i;
        }
        throw error("unterminated quoted symbol: " + s);
    }

    /** s split at the first sep outside quotes. */
    private static String[] splitSym(String s, String sep) {
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q && c == '\\') i++;
            else if (c == '"') q = !q;
            else if (!q && s.startsWith(sep, i)) return new String[]{s.substring(0, i), s.substring(i + sep.length())};
        }
        return new String[]{s};
    }

    private String[] symOff(String s) {
        if (s.startsWith("\"")) {
            int q = closingQuote(s);
            String off = s.substring(q + 1).trim();
            return new String[]{unquote(s.substring(0, q + 1)), off.isEmpty() ? "0" : off};
        }
        int i = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
        if (i > 0 && s.substring(i + 1).chars().allMatch(Character::isDigit) && i + 1 < s.length()) {
            return new String[]{s.substring(0, i).trim(), s.substring(i)};
        }
        return new String[]{s, "0"};
    }

    private long number(String s) {
        s = s.trim();
        if (s.startsWith("+")) s = s.substring(1);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error("expected a number, got " + s);
        }
    }

    /** fconst's operand: the IEEE bits, 0x and up to 16 hex digits. */
    private long bits(String s) {
        s = s.trim();
        try {
            if (!s.startsWith("0x") || s.length() > 18) throw new NumberFormatException();
            return Long.parseUnsignedLong(s.substring(2), 16);
        } catch (NumberFormatException e) {
            throw error("expected a float64's bits 0x0123456789abcdef, got " + s);
        }
    }

    private Cls cls(String s) {
        try {
            return Cls.parse(s.trim());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** {@code a b, c}: Go values separated by commas, the words of one value by spaces. */
    private List<List<String>> groups(String s) {
        List<List<String>> out = new ArrayList<>();
        if (s.isBlank()) return out;
        for (String g : s.split(",", -1)) {
            if (g.isBlank()) throw error("empty value in " + s.trim());
            out.add(List.of(g.trim().split("\\s+")));
        }
        return out;
    }

    /** The words of a grouped list, in order. */
    private List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (List<String> g : groups(s)) out.addAll(g);
        return out;
    }

    private static List<Integer> sizes(List<List<String>> groups) {
        List<Integer> out = new ArrayList<>();
        for (List<String> g : groups) out.add(g.size());
        return out;
    }

    private List<Cls> classes(List<List<String>> groups) {
        List<Cls> out = new ArrayList<>();
        for (List<String> g : groups) for (String c : g) out.add(cls(c));
        return out;
    }
}
