package dev.rt0gen.ir;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the IR's invariants (docs/IR.md): block structure, the CFG's two directions, operand
 * counts and classes, SSA (one definition per value, every use dominated by it). The back end
 * runs it on every function in test builds (and with {@code -d verify}); a pass that breaks
 * the IR fails there, not as a wrong binary.
 */
public final class Verifier {
    /** The IR breaks an invariant; the message names the function, block and instruction. */
    public static final class Error extends IllegalStateException {
        Error(String msg) {
            super(msg);
        }
    }

    private final Func f;

    private Verifier(Func f) {
        this.f = f;
    }

    public static void verify(Module m) {
        for (Func f : m.funcs) verify(f);
    }

    public static void verify(Func f) {
        new Verifier(f).run();
    }

    private Error error(Block b, Instr in, String msg) {
        return new Error(f.name + ": " + (b == null ? "" : b + ": ") + (in == null ? "" : Printer.instr(in) + ": ") + msg);
    }

    private void run() {
        if (f.blocks.isEmpty()) throw error(null, null, "no blocks");
        sizes(null, null, "parameter", Printer.sizes(f.paramSizes), f.params.size());
        sizes(null, null, "result", Printer.sizes(f.resultSizes), f.results.size());
        if (!f.entry().preds.isEmpty()) throw error(f.entry(), null, "the entry block has predecessors");
        Set<Integer> blockIds = new HashSet<>();
        Set<Block> inFunc = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block b : f.blocks) {
            if (!blockIds.add(b.id)) throw error(b, null, "block id used twice");
            if (b.func != f) throw error(b, null, "block of another function");
            inFunc.add(b);
        }
        // where each value is defined: block and index
        Map<Value, Block> defBlock = new IdentityHashMap<>();
        Map<Value, Integer> defIndex = new IdentityHashMap<>();
        Set<Integer> valueIds = new HashSet<>();
        for (Block b : f.blocks) {
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                if (in.block != b) throw error(b, in, "instruction's block is " + in.block);
                for (int k = 0; k < in.defs.size(); k++) {
                    Value v = in.defs.get(k);
                    if (v.def != in || v.index != k) throw error(b, in, v + " does not point back to its definition");
                    if (!valueIds.add(v.id)) throw error(b, in, v + " defined twice");
                    defBlock.put(v, b);
                    defIndex.put(v, i);
                }
            }
        }
        for (Block b : f.blocks) structure(b, inFunc);
        Dominators dom = new Dominators(f);
        for (Block b : f.blocks) {
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                for (int k = 0; k < in.args.size(); k++) {
                    Value a = in.args.get(k);
                    Block db = defBlock.get(a);
                    if (db == null) throw error(b, in, "uses " + a + ", which is not defined in " + f.name);
                    if (in.op == Op.PHI) {
                        Block p = b.preds.get(k);
                        if (dom.reachable(p) && !dom.dominates(db, p)) throw error(b, in, a + " does not dominate the end of " + p);
                    } else if (db == b) {
                        if (defIndex.get(a) >= i) throw error(b, in, "uses " + a + " before its definition");
                    } else if (dom.reachable(b) && !dom.dominates(db, b)) {
                        throw error(b, in, "the definition of " + a + " in " + db + " does not dominate " + b);
                    }
                }
            }
        }
    }

    private void structure(Block b, Set<Block> inFunc) {
        if (b.instrs.isEmpty()) throw error(b, null, "empty block (no terminator)");
        boolean pastPhis = false;
        for (int i = 0; i < b.instrs.size(); i++) {
            Instr in = b.instrs.get(i);
            boolean last = i == b.instrs.size() - 1;
            if (in.op.isTerminator() != last) throw error(b, in, last ? "the block does not end with a terminator" : "terminator before the end of the block");
            if (in.op == Op.PHI) {
                if (pastPhis) throw error(b, in, "phi after other instructions");
            } else {
                pastPhis = true;
            }
            if (in.op == Op.PARAM) {
                if (b != f.entry() || i != in.aux) throw error(b, in, "param N must be the N-th instruction of the entry block");
                if (in.aux < 0 || in.aux >= f.params.size()) throw error(b, in, "no parameter word " + in.aux);
                if (in.def().cls != f.params.get((int) in.aux)) throw error(b, in, "class differs from the parameter's " + f.params.get((int) in.aux));
            }
            if (in.op == Op.CLOSUREPTR) {
                if (b != f.entry() || i != f.params.size()) throw error(b, in, "closureptr must follow the params at the top of the entry block");
            }
            instr(b, in);
        }
        int want = switch (b.terminator().op) {
            case JMP -> 1;
            case IF -> 2;
            default -> 0;
        };
        if (b.succs.size() != want) throw error(b, b.terminator(), "has " + b.succs.size() + " successors");
        for (Block s : b.succs) {
            if (!inFunc.contains(s)) throw error(b, null, "successor " + s + " is not a block of " + f.name);
            if (count(s.preds, b) != count(b.succs, s)) throw error(b, null, "successor " + s + " does not list it as predecessor as often");
        }
        for (Block p : b.preds) {
            if (!inFunc.contains(p)) throw error(b, null, "predecessor " + p + " is not a block of " + f.name);
            if (count(p.succs, b) != count(b.preds, p)) throw error(b, null, "predecessor " + p + " does not list it as successor as often");
        }
    }

    private static int count(List<Block> l, Block x) {
        int n = 0;
        for (Block b : l) if (b == x) n++;
        return n;
    }

    private void instr(Block b, Instr in) {
        Op op = in.op;
        if (op.args >= 0 && in.args.size() != op.args) throw error(b, in, "takes " + op.args + " operands");
        int defs = switch (op) {
            case CONST, ADDR, PARAM, COPY, PHI, ADD, SUB, MUL, DIV, MOD, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR,
                 NEG, NOT, EQ, NE, LT, LE, GT, GE, LOAD, FCONST, FADD, FSUB, FMUL, FDIV, FNEG,
                 FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI, FROUND32, CVTIF32, CVTFI32 -> 1;
            case UDIV, UMOD, SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32, ULT, ULE, UGT, UGE -> 1;
            case DIVMOD -> 2;
            case STORE, JMP, IF, RET, UNREACHABLE -> 0;
            case CALL, CALLI -> -1;
            case CLOSUREPTR, GETG, SYSCALL -> 1;
        };
        if (defs >= 0 && in.defs.size() != defs) throw error(b, in, "must define " + defs + " value(s)");
        switch (op) {
            case PHI -> {
                if (in.args.size() != b.preds.size()) throw error(b, in, in.args.size() + " operands for " + b.preds.size() + " predecessors");
                for (Value a : in.args) if (a.cls != in.def().cls) throw error(b, in, "operand " + a + " is " + a.cls);
            }
            case COPY -> {
                if (in.arg(0).cls != in.def().cls) throw error(b, in, "copies a " + in.arg(0).cls);
            }
            case ADDR -> {
                if (in.sym == null || in.sym.isEmpty()) throw error(b, in, "no symbol");
                if (in.def().cls != Cls.PTR) throw error(b, in, "an address is ptr");
            }
            case CALL -> {
                if (in.sym == null || in.sym.isEmpty()) throw error(b, in, "no symbol");
                sizes(b, in, "argument", in.argSizes, in.args.size());
                sizes(b, in, "result", in.resultSizes, in.defs.size());
            }
            case CALLI -> {
                if (in.args.isEmpty() || in.arg(0).cls != Cls.PTR) throw error(b, in, "the func value must be a ptr");
                sizes(b, in, "argument", in.argSizes, in.args.size() - 1);
                sizes(b, in, "result", in.resultSizes, in.defs.size());
            }
            case CLOSUREPTR, GETG -> {
                if (in.def().cls != Cls.PTR) throw error(b, in, in.op == Op.GETG ? "g is ptr" : "the closure pointer is ptr");
            }
            case SYSCALL -> {
                if (in.args.isEmpty() || in.args.size() > 7) throw error(b, in, "a system call number and 0 to 6 arguments");
                gp(b, in);
                if (in.def().cls != Cls.INT) throw error(b, in, "a system call's result is int");
            }
            case EQ, NE, LT, LE, GT, GE, ULT, ULE, UGT, UGE -> {
                gp(b, in);
                if (in.def().cls != Cls.INT) throw error(b, in, "a comparison is int");
            }
            case ADD, SUB, MUL, DIV, MOD, DIVMOD, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR, NEG, NOT -> gp(b, in);
            case CONST -> gp(b, in);
            case LOAD -> { // an address, and a word of any class (a narrow load: int; f32: f64)
                if (!in.arg(0).cls.isGp()) throw error(b, in, "the address is " + in.arg(0).cls);
                width(b, in, in.def().cls);
            }
            case STORE -> {
                if (!in.arg(0).cls.isGp()) throw error(b, in, "the address is " + in.arg(0).cls);
                width(b, in, in.arg(1).cls);
            }
            case FCONST -> classes(b, in, Cls.F64);
            case FADD, FSUB, FMUL, FDIV, FNEG -> classes(b, in, Cls.F64, Cls.F64, Cls.F64);
            case FEQ, FNE, FLT, FLE, FGT, FGE -> classes(b, in, Cls.INT, Cls.F64, Cls.F64);
            case CVTIF, CVTIF32 -> classes(b, in, Cls.F64, Cls.INT);
            case FROUND32 -> classes(b, in, Cls.F64, Cls.F64);
            case CVTFI, CVTFI32 -> classes(b, in, Cls.INT, Cls.F64);
            case UDIV, UMOD, SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 -> gp(b, in);
            case IF -> {
                if (in.arg(0).cls != Cls.INT) throw error(b, in, "the condition is " + in.arg(0).cls);
            }
            case RET -> {
                if (in.args.size() != f.results.size()) throw error(b, in, "returns " + in.args.size() + " words, the function " + f.results.size());
                for (int i = 0; i < in.args.size(); i++) {
                    if (in.arg(i).cls != f.results.get(i)) throw error(b, in, "result word " + i + " is " + f.results.get(i));
                }
            }
            case PARAM, JMP, UNREACHABLE -> {
            }
        }
    }

    /** Go values of at least one word each, as many words in all as there are. */
    private void sizes(Block b, Instr in, String what, int[] sizes, int words) {
        if (sizes == null) throw error(b, in, "no " + what + " sizes");
        int sum = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1) throw error(b, in, what + " value " + i + " has " + sizes[i] + " words");
            sum += sizes[i];
        }
        if (sum != words) throw error(b, in, what + " sizes " + java.util.Arrays.toString(sizes) + " add up to " + sum + " words, not " + words);
    }

    /** The result's class, then the operands' (a float op's operands are f64 only: no ptr or int). */
    private void classes(Block b, Instr in, Cls def, Cls... args) {
        if (in.def().cls != def) throw error(b, in, "the result is " + def + ", not " + in.def().cls);
        for (int i = 0; i < in.args.size(); i++) {
            Cls want = args[Math.min(i, args.length - 1)];
            if (in.arg(i).cls != want) throw error(b, in, "operand " + in.arg(i) + " is " + in.arg(i).cls + ", not " + want);
        }
    }

    /** Integer and pointer words only: no f64 in the general-purpose ops. */
    private void gp(Block b, Instr in) {
        for (Value a : in.args) if (!a.cls.isGp()) throw error(b, in, "operand " + a + " is " + a.cls);
        for (Value d : in.defs) if (!d.cls.isGp()) throw error(b, in, d + " is " + d.cls);
    }

    /** A narrow load or store moves an int word; a float32 one an f64 word. */
    private void width(Block b, Instr in, Cls word) {
        if (in.width == Width.W64) return;
        Cls want = in.width == Width.F32 ? Cls.F64 : Cls.INT;
        if (word != want) throw error(b, in, "a " + in.width.text + " " + in.op + " moves " + want + ", not " + word);
    }
}
