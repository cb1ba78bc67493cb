package dev.rt0gen.amd64;

import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference interpreter of the IR (Go's meaning of every op, docs/IR.md), the oracle of the
 * differential tests: what a program prints through runtime.printint/printsp/printnl.
 */
final class Interp {
    private final Module m;
    private final Map<Long, Long> memory = new HashMap<>();
    private final Map<String, Long> symbols = new HashMap<>();
    final StringBuilder out = new StringBuilder();

    Interp(Module m) {
        this.m = m;
    }

    private long address(String sym) {
        return symbols.computeIfAbsent(sym, s -> (symbols.size() + 1L) << 32);
    }

    static long shift(Op op, long x, long c) {
        boolean big = c < 0 || c >= 64;
        return switch (op) {
            case SHL -> big ? 0 : x << c;
            case SHR -> big ? 0 : x >>> c;
            default -> big ? x >> 63 : x >> c;
        };
    }

    List<Long> call(String name, List<Long> args) {
        switch (name) {
            case "runtime.printint" -> out.append(args.get(0));
            case "runtime.printfloat" -> out.append(dev.rt0gen.testing.GoFloat.print(Double.longBitsToDouble(args.get(0))));
            case "runtime.printsp" -> out.append(' ');
            case "runtime.printnl" -> out.append('\n');
            case "runtime.printlock", "runtime.printunlock" -> {
            }
            default -> {
                Func f = m.func(name);
                if (f == null) throw new IllegalArgumentException("no function " + name);
                return run(f, args);
            }
        }
        return List.of();
    }

    /** A float64 word is its IEEE bits. */
    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long f(double x) {
        return Double.doubleToRawLongBits(x);
    }

    List<Long> run(Func f, List<Long> args) {
        Map<Value, Long> env = new HashMap<>();
        Block b = f.entry(), prev = null;
        while (true) {
            List<Instr> phis = b.phis();
            if (!phis.isEmpty()) {
                int j = b.preds.indexOf(prev);
                List<Long> vals = new ArrayList<>();
                for (Instr phi : phis) vals.add(env.get(phi.arg(j)));
                for (int i = 0; i < phis.size(); i++) env.put(phis.get(i).def(), vals.get(i));
            }
            Block next = null;
            for (Instr in : b.instrs) {
                if (in.op == Op.PHI) continue;
                long x = in.args.size() > 0 ? env.get(in.arg(0)) : 0, y = in.args.size() > 1 ? env.get(in.arg(1)) : 0;
                Long r = switch (in.op) {
                    case CONST -> in.aux;
                    case ADDR -> address(in.sym) + in.aux;
                    case PARAM -> args.get((int) in.aux);
                    case COPY -> x;
                    case ADD -> x + y;
                    case SUB -> x - y;
                    case MUL -> x * y;
                    case DIV -> y == -1 ? -x : x / y;
                    case MOD -> y == -1 ? 0 : x % y;
                    case DIVMOD -> {
                        env.put(in.defs.get(0), y == -1 ? -x : x / y);
                        env.put(in.defs.get(1), y == -1 ? 0 : x % y);
                        yield null;
                    }
                    case HMUL -> Math.multiplyHigh(x, y);
                    case AND -> x & y;
                    case OR -> x | y;
                    case XOR -> x ^ y;
                    case ANDNOT -> x & ~y;
                    case SHL, SHR, SAR -> shift(in.op, x, y);
                    case NEG -> -x;
                    case NOT -> ~x;
                    case EQ -> x == y ? 1L : 0L;
                    case NE -> x != y ? 1L : 0L;
                    case LT -> x < y ? 1L : 0L;
                    case LE -> x <= y ? 1L : 0L;
                    case GT -> x > y ? 1L : 0L;
                    case GE -> x >= y ? 1L : 0L;
                    case FCONST -> in.aux;
                    case FADD -> f(d(x) + d(y));
                    case FSUB -> f(d(x) - d(y));
                    case FMUL -> f(d(x) * d(y));
                    case FDIV -> f(d(x) / d(y));
                    case FNEG -> x ^ Long.MIN_VALUE;
                    case FEQ -> d(x) == d(y) ? 1L : 0L;
                    case FNE -> d(x) != d(y) ? 1L : 0L;
                    case FLT -> d(x) < d(y) ? 1L : 0L;
                    case FLE -> d(x) <= d(y) ? 1L : 0L;
                    case FGT -> d(x) > d(y) ? 1L : 0L;
                    case FGE -> d(x) >= d(y) ? 1L : 0L;
                    case CVTIF -> f((double) x);
                    case FROUND32 -> f((double) (float) d(x));
                    case CVTIF32 -> f((double) (float) x);
                    case CVTFI32 -> dev.rt0gen.testing.GoFloat.toInt32(d(x));
                    case CVTFI -> dev.rt0gen.testing.GoFloat.toInt(d(x));
                    case UDIV -> Long.divideUnsigned(x, y);
                    case UMOD -> Long.remainderUnsigned(x, y);
                    case ULT -> Long.compareUnsigned(x, y) < 0 ? 1L : 0L;
                    case ULE -> Long.compareUnsigned(x, y) <= 0 ? 1L : 0L;
                    case UGT -> Long.compareUnsigned(x, y) > 0 ? 1L : 0L;
                    case UGE -> Long.compareUnsigned(x, y) >= 0 ? 1L : 0L;
                    case SEXT8 -> (long) (byte) x;
                    case SEXT16 -> (long) (short) x;
                    case SEXT32 -> (long) (int) x;
                    case ZEXT8 -> x & 0xFFL;
                    case ZEXT16 -> x & 0xFFFFL;
                    case ZEXT32 -> x & 0xFFFF_FFFFL;
                    case LOAD -> memory.getOrDefault(x + in.aux, 0L);
                    case STORE -> {
                        memory.put(x + in.aux, y);
                        yield null;
                    }
                    case CALL -> {
                        List<Long> a = new ArrayList<>();
                        for (Value v : in.args) a.add(env.get(v));
                        List<Long> res = call(in.sym, a);
                        for (int i = 0; i < in.defs.size(); i++) env.put(in.defs.get(i), res.get(i));
                        yield null;
                    }
                    case JMP -> {
                        next = b.succs.get(0);
                        yield null;
                    }
                    case IF -> {
                        next = b.succs.get(x != 0 ? 0 : 1);
                        yield null;
                    }
                    case RET -> null;
                    case CALLI, CLOSUREPTR, GETG, SYSCALL -> throw new UnsupportedOperationException(in.op.text);
                    case UNREACHABLE, PHI -> throw new IllegalStateException("reached " + in);
                };
                if (in.op == Op.RET) {
                    List<Long> res = new ArrayList<>();
                    for (Value v : in.args) res.add(env.get(v));
                    return res;
                }
                if (r != null && in.defs.size() == 1) env.put(in.def(), r);
            }
            prev = b;
            b = next;
        }
    }
}
