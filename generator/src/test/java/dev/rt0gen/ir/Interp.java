package dev.rt0gen.ir;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An interpreter of a lowered program ({@code List<Module>}), for tests: runs the init task
 * functions of {@code go..inittasks} in order, then {@code main.main}, on the main goroutine,
 * and implements the runtime entry points compiled code calls (docs/ABI.md) as Go's runtime
 * does. {@code print} writes to stderr, as in Go.
 *
 * <p>Words are Java objects: an {@code int} word a {@link Long}, a {@code ptr} word a
 * {@link Ptr} (a symbol's or a heap string's memory and a byte offset) or null (nil).
 * Goroutines are stacks of frames interpreted one at a time, scheduled as Go's scheduler does
 * with one P (GOMAXPROCS=1): runnext, a local run queue of 256 that spills half of itself to
 * the global queue, the global queue checked every 61st schedtick, runtime.Gosched putting the
 * goroutine on the global queue; system goroutines (the GOMAXPROCS updater of a go 1.25+ module,
 * os's finalizer goroutine) take a goid and a schedule, then park for good. There is no sysmon
 * (no preemption).
 */
public final class Interp {
    /** What a run printed to stderr (bytes as chars 0-255), and its exit status. */
    public record Result(String stderr, int exit) {
    }

    /** A pointer word: into a data symbol's or a heap string's memory, or to a function. */
    public record Ptr(Object target, long off) {
    }

    /** A symbol's memory: words, or bytes (a string's). */
    static final class Mem {
        final String name;
        final Object[] words;
        final String bytes;

        Mem(String name, Object[] words, String bytes) {
            this.name = name;
            this.words = words;
            this.bytes = bytes;
        }
    }

    /** A panic or deferreturn pushed a deferred call's frame: the goroutine runs it next. */
    private static final class Deferring extends RuntimeException {
        Deferring() {
            super(null, null, false, false);
        }
    }

    /** Stops the run: os.Exit, a panic, main returning. */
    private static final class Exit extends RuntimeException {
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    private static final class Frame {
        final Func func;
        final Object[] vals;
        Block block;
        int pc;
        Instr pending;   // the call this frame waits on
        Object closure;  // the closure pointer of a calli (closureptr), or null
        Runnable onReturn;   // a deferred call run by the runtime: what follows its return

        final List<Object> args;

        Frame(Func func, List<Object> args) {
            this.func = func;
            this.vals = new Object[func.valueCount()];
            this.block = func.entry();
            this.args = args;
        }
    }

    private static final class G {
        final long goid;
        final boolean system;
        final Deque<Frame> stack = new ArrayDeque<>();
        /** The defer chain (runtime's g._defer): a node {link, closure}, or null. */
        Object deferHead;

        G(long goid, boolean system) {
            this.goid = goid;
            this.system = system;
        }
    }

    private static final int RUNQ = 256;
    private static final long STEP_LIMIT = 500_000_000L;

    private final Map<String, Func> funcs = new HashMap<>();
    private final Map<String, Mem> mem = new HashMap<>();
    private final Map<String, Long> constants = new HashMap<>();
    private final Map<String, String> env;
    private final StringBuilder stderr = new StringBuilder();
    private final int numCPU;
    private int gomaxprocs;
    private boolean updatemaxprocs = true;

    // the scheduler (one P)
    private G cur;
    private G runnext;
    private final Deque<G> runq = new ArrayDeque<>();
    private final Deque<G> globalq = new ArrayDeque<>();
    private long schedtick;
    private long goidgen;
    private int userGoroutines;
    private boolean fingStarted;
    private final Deque<String> mainJobs = new ArrayDeque<>();
    private long steps;

    private Interp(List<Module> modules, Map<String, String> env, int numCPU) {
        this.env = env;
        this.numCPU = numCPU;
        for (Module m : modules) {
            for (Func f : m.funcs) {
                if (funcs.put(f.name, f) != null) throw new IllegalStateException("duplicate function " + f.name);
            }
            constants.putAll(m.constants);
        }
        for (Module m : modules) for (Data d : m.data) mem.put(d.name(), null);   // every name first: data may point at later data
        for (Module m : modules) for (Data d : m.data) mem.put(d.name(), memOf(d));
    }

    /** Runs the program with the environment {@code env} on a machine with {@code numCPU} CPUs. */
    public static Result run(List<Module> modules, Map<String, String> env, int numCPU) {
        return new Interp(modules, env, numCPU).run();
    }

    public static Result run(List<Module> modules) {
        return run(modules, Map.of(), 1);
    }

    private Mem memOf(Data d) {
        if (!d.isWords()) {
            StringBuilder sb = new StringBuilder();
            for (Data.Item it : d.items()) sb.append(((Data.Bytes) it).bytes());
            return new Mem(d.name(), null, sb.toString());
        }
        Object[] w = new Object[d.items().size()];
        for (int i = 0; i < w.length; i++) {
            Data.Item it = d.items().get(i);
            if (it instanceof Data.Word x) w[i] = x.value();
            else if (it instanceof Data.SymWord s) w[i] = symPtr(s.sym(), s.off());
            else if (it instanceof Data.Zero z) w[i] = z.cls() == Cls.INT ? (Object) 0L : z.cls() == Cls.F64 ? (Object) 0.0 : null;
            else throw new IllegalStateException("bytes among words in " + d.name());
        }
        return new Mem(d.name(), w, null);
    }

    /** The address of a symbol: its memory (resolved lazily: data may name later data) or a function. */
    private Ptr symPtr(String sym, long off) {
        if (funcs.containsKey(sym) || isNative(sym)) return new Ptr(sym, off);
        if (!mem.containsKey(sym)) throw new IllegalStateException("undefined symbol " + sym);
        return new Ptr(new SymRef(sym), off);
    }

    private record SymRef(String sym) {
    }

    private Mem target(Ptr p) {
        if (p.target() instanceof Mem m) return m;
        if (p.target() instanceof SymRef r) return mem.get(r.sym());
        throw new IllegalStateException("not a data pointer: " + p);
    }

    // ---- the run ------------------------------------------------------------------

    private Result run() {
        // GODEBUG: the program's default, then $GODEBUG (later settings win)
        Mem gd = mem.get("go..godebugDefault");
        parseGodebug(gd == null ? "" : gd.bytes);
        parseGodebug(env.getOrDefault("GODEBUG", ""));
        gomaxprocs = numCPU;
        String gmp = env.get("GOMAXPROCS");
        if (gmp != null && gmp.matches("-?[0-9]+")) {
            BigInteger n = new BigInteger(gmp);
            if (n.bitLength() < 32 && n.signum() > 0) gomaxprocs = n.intValue();
        }
        // runtime.main: goid 1 on P0, which has run the runtime's own goroutines (goids 2-4, 4 ticks)
        G main = new G(1, false);
        goidgen = 4;
        schedtick = 4;
        userGoroutines = 1;
        cur = main;
        if (updatemaxprocs) newSystemG();
        Mem tasks = mem.get("go..inittasks");
        long n = constants.getOrDefault("go..ninittasks", 0L);
        for (int i = 0; i < n; i++) mainJobs.add((String) ((Ptr) tasks.words[3 * i + 2]).target());
        mainJobs.add("main.main");
        try {
            loop();
        } catch (Exit e) {
            return new Result(stderr.toString(), e.code);
        }
        throw new IllegalStateException("the program did not exit");
    }

    private void parseGodebug(String s) {
        for (String kv : s.split(",")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals("updatemaxprocs")) updatemaxprocs = !kv.substring(eq + 1).equals("0");
        }
    }

    private void loop() {
        while (true) {
            if (cur.stack.isEmpty()) {
                if (cur.goid == 1) {
                    if (mainJobs.isEmpty()) throw new Exit(0);   // main.main returned: exit(0), whatever still runs
                    call(mainJobs.poll(), List.of(), null);
                    continue;
                }
                if (!cur.system) userGoroutines--;
                schedule();   // goexit
                continue;
            }
            try {
                step(cur.stack.peek());
            } catch (Deferring d) {
                // the deferred call's frame is on top
            }
        }
    }

    /** Pops the current goroutine's latest deferred call and pushes its closure's frame, then onReturn. */
    private void runDeferred(Runnable onReturn) {
        Ptr node = (Ptr) cur.deferHead;
        Mem n = target(node);
        cur.deferHead = n.words[word(node, 0)];
        Ptr clo = (Ptr) n.words[word(node, 8)];
        Ptr code = (Ptr) target(clo).words[word(clo, 0)];
        Frame f = new Frame(funcs.get((String) code.target()), List.of());
        f.closure = clo;
        f.onReturn = onReturn;
        cur.stack.push(f);
    }

    /** runtime.deferreturn(stop): the deferred calls pushed since the chain was stop, one frame at a time. */
    private void deferReturn(Object stop, Frame caller) {
        if (cur.deferHead == stop) {
            deliver(caller, List.of());
            return;
        }
        runDeferred(() -> deferReturn(stop, caller));
    }

    /** Runs one frame until it calls, returns or the goroutine switches. */
    private void step(Frame fr) {
        G g = cur;
        while (true) {
            if (++steps > STEP_LIMIT) throw new IllegalStateException("step limit: the program runs too long");
            Instr in = fr.block.instrs.get(fr.pc++);
            Object[] v = fr.vals;
            switch (in.op) {
                case CONST -> v[in.def().id] = in.def().cls == Cls.INT ? (Object) in.aux : nilPtr(in.aux);
                case ADDR -> v[in.def().id] = symPtr(in.sym, in.aux);
                case PARAM -> v[in.def().id] = fr.args.get((int) in.aux);
                case CLOSUREPTR -> v[in.def().id] = fr.closure;
                case COPY -> v[in.def().id] = v[in.arg(0).id];
                case PHI -> throw new IllegalStateException("phi executed in sequence");
                case EQ, NE -> {
                    Object x = v[in.arg(0).id], y = v[in.arg(1).id];
                    // pointers (func values, nil) compare by what they point at
                    boolean eq = x instanceof Long a && y instanceof Long b ? a.longValue() == b.longValue() : java.util.Objects.equals(x, y);
                    v[in.def().id] = eq == (in.op == Op.EQ) ? 1L : 0L;
                }
                case ADD, SUB, MUL, DIV, MOD, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR, LT, LE, GT, GE -> {
                    Object x = v[in.arg(0).id], y = v[in.arg(1).id];
                    if (x instanceof Ptr p && y instanceof Long d && (in.op == Op.ADD || in.op == Op.SUB)) {
                        v[in.def().id] = new Ptr(p.target(), in.op == Op.ADD ? p.off() + d : p.off() - d);   // an element's address
                    } else if (y instanceof Ptr p && x instanceof Long d && in.op == Op.ADD) {
                        v[in.def().id] = new Ptr(p.target(), p.off() + d);
                    } else {
                        v[in.def().id] = binary(in.op, (Long) x, (Long) y);
                    }
                }
                case DIVMOD -> {
                    long x = (Long) v[in.arg(0).id], y = (Long) v[in.arg(1).id];
                    v[in.defs.get(0).id] = binary(Op.DIV, x, y);
                    v[in.defs.get(1).id] = binary(Op.MOD, x, y);
                }
                case NEG -> v[in.def().id] = -(Long) v[in.arg(0).id];
                // a float64 word is a Double (Java's double: IEEE binary64, round to nearest even, as SSE2)
                case FCONST -> v[in.def().id] = Double.longBitsToDouble(in.aux);
                case FADD -> v[in.def().id] = (Double) v[in.arg(0).id] + (Double) v[in.arg(1).id];
                case FSUB -> v[in.def().id] = (Double) v[in.arg(0).id] - (Double) v[in.arg(1).id];
                case FMUL -> v[in.def().id] = (Double) v[in.arg(0).id] * (Double) v[in.arg(1).id];
                case FDIV -> v[in.def().id] = (Double) v[in.arg(0).id] / (Double) v[in.arg(1).id];
                case FNEG -> v[in.def().id] = Double.longBitsToDouble(Double.doubleToRawLongBits((Double) v[in.arg(0).id]) ^ Long.MIN_VALUE);
                case FEQ, FNE, FLT, FLE, FGT, FGE -> {
                    double x = (Double) v[in.arg(0).id], y = (Double) v[in.arg(1).id];
                    boolean r = switch (in.op) {
                        case FEQ -> x == y;
                        case FNE -> x != y;
                        case FLT -> x < y;
                        case FLE -> x <= y;
                        case FGT -> x > y;
                        default -> x >= y;
                    };
                    v[in.def().id] = r ? 1L : 0L;
                }
                case CVTIF -> v[in.def().id] = (double) (Long) v[in.arg(0).id];
                case CVTFI -> v[in.def().id] = dev.rt0gen.testing.GoFloat.toInt((Double) v[in.arg(0).id]);
                case NOT -> v[in.def().id] = ~(Long) v[in.arg(0).id];
                case UDIV, UMOD, ULT, ULE, UGT, UGE ->
                        v[in.def().id] = binary(in.op, (Long) v[in.arg(0).id], (Long) v[in.arg(1).id]);
                case SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 -> v[in.def().id] = extend(in.op, (Long) v[in.arg(0).id]);
                case LOAD -> {
                    Ptr p = (Ptr) v[in.arg(0).id];
                    Object w = target(p).words[word(p, in.aux)];
                    // a float64 in data is its IEEE bits (a Data.Word)
                    if (in.def().cls == Cls.F64 && w instanceof Long bits) w = Double.longBitsToDouble(bits);
                    if (in.def().cls == Cls.PTR && w instanceof Long z && z == 0) w = null;   // zeroed heap memory: nil
                    v[in.def().id] = w;
                }
                case STORE -> {
                    Ptr p = (Ptr) v[in.arg(0).id];
                    target(p).words[word(p, in.aux)] = v[in.arg(1).id];
                }
                case CALL -> {
                    List<Object> args = new ArrayList<>(in.args.size());
                    for (Value a : in.args) args.add(v[a.id]);
                    fr.pending = in;
                    call(in.sym, args, fr);
                    if (cur != g || g.stack.peek() != fr) return;   // a frame pushed, or another goroutine
                }
                case CALLI -> {
                    // the func value: a closure whose first word is the code's address
                    Ptr clo = (Ptr) v[in.arg(0).id];
                    if (clo == null) fatal("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation]");
                    Ptr code = (Ptr) target(clo).words[word(clo, 0)];
                    List<Object> args = new ArrayList<>(in.args.size());
                    for (Value a : in.callArgs()) args.add(v[a.id]);
                    fr.pending = in;
                    call((String) code.target(), args, fr);
                    if (cur.stack.peek() != fr && funcs.containsKey((String) code.target())) cur.stack.peek().closure = clo;
                    if (cur != g || g.stack.peek() != fr) return;
                }
                case JMP -> jump(fr, fr.block.succs.get(0));
                case IF -> jump(fr, (Long) v[in.arg(0).id] != 0 ? fr.block.succs.get(0) : fr.block.succs.get(1));
                case RET -> {
                    List<Object> res = new ArrayList<>(in.args.size());
                    for (Value a : in.args) res.add(v[a.id]);
                    g.stack.pop();
                    if (fr.onReturn != null) {
                        fr.onReturn.run();
                        return;
                    }
                    Frame caller = g.stack.peek();
                    if (caller != null) deliver(caller, res);
                    return;
                }
                case UNREACHABLE -> throw new IllegalStateException("unreachable reached in " + fr.func.name);
            }
        }
    }

    private static Object nilPtr(long aux) {
        if (aux != 0) throw new IllegalStateException("a ptr constant other than nil: " + aux);
        return null;
    }

    private static int word(Ptr p, long aux) {
        long off = p.off() + aux;
        if (off % 8 != 0) throw new IllegalStateException("unaligned word at " + off);
        return (int) (off / 8);
    }

    private static void deliver(Frame caller, List<Object> res) {
        Instr call = caller.pending;
        caller.pending = null;
        if (res.size() != call.defs.size()) {
            throw new IllegalStateException(call.sym + " returned " + res.size() + " words, the call takes " + call.defs.size());
        }
        for (int i = 0; i < res.size(); i++) caller.vals[call.defs.get(i).id] = res.get(i);
    }

    /** Into block to from fr's block: the phis take the operands of that edge, all at once. */
    private static void jump(Frame fr, Block to) {
        int k = to.preds.indexOf(fr.block);
        if (k < 0) throw new IllegalStateException(fr.block + " is not a pred of " + to);
        List<Instr> phis = to.phis();
        Object[] vals = new Object[phis.size()];
        for (int i = 0; i < vals.length; i++) vals[i] = fr.vals[phis.get(i).arg(k).id];
        for (int i = 0; i < vals.length; i++) fr.vals[phis.get(i).def().id] = vals[i];
        fr.block = to;
        fr.pc = phis.size();
    }

    static Object binary(Op op, long a, long b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> {
                if (b == 0) throw new IllegalStateException("div by zero reached the op");
                yield a / b;   // Java's long division truncates, and MIN / -1 is MIN, as Go's
            }
            case MOD -> {
                if (b == 0) throw new IllegalStateException("mod by zero reached the op");
                yield a % b;
            }
            case HMUL -> Math.multiplyHigh(a, b);
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case ANDNOT -> a & ~b;
            case SHL -> Long.compareUnsigned(b, 64) >= 0 ? 0L : a << b;
            case SHR -> Long.compareUnsigned(b, 64) >= 0 ? 0L : a >>> b;
            case SAR -> Long.compareUnsigned(b, 64) >= 0 ? a >> 63 : a >> b;
            case EQ -> a == b ? 1L : 0L;
            case NE -> a != b ? 1L : 0L;
            case LT -> a < b ? 1L : 0L;
            case LE -> a <= b ? 1L : 0L;
            case GT -> a > b ? 1L : 0L;
            case GE -> a >= b ? 1L : 0L;
            case UDIV -> {
                if (b == 0) throw new IllegalStateException("udiv by zero reached the op");
                yield Long.divideUnsigned(a, b);
            }
            case UMOD -> {
                if (b == 0) throw new IllegalStateException("umod by zero reached the op");
                yield Long.remainderUnsigned(a, b);
            }
            // unsigned order: flip the sign bits, compare signed
            case ULT -> (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE) ? 1L : 0L;
            case ULE -> (a ^ Long.MIN_VALUE) <= (b ^ Long.MIN_VALUE) ? 1L : 0L;
            case UGT -> (a ^ Long.MIN_VALUE) > (b ^ Long.MIN_VALUE) ? 1L : 0L;
            case UGE -> (a ^ Long.MIN_VALUE) >= (b ^ Long.MIN_VALUE) ? 1L : 0L;
            case CONST, ADDR, PARAM, COPY, PHI, DIVMOD, NEG, NOT, LOAD, STORE, CALL, CALLI, CLOSUREPTR, JMP, IF, RET, UNREACHABLE, FCONST,
                 FADD, FSUB, FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI,
                 SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 ->
                    throw new IllegalStateException(op + " is not binary");
        };
    }

    /** sext8 … zext32: shifts up and back down (arithmetic for sext, logical for zext). */
    static long extend(Op op, long a) {
        int k = 64 - op.extBits();
        return op.name().startsWith("S") ? a << k >> k : a << k >>> k;
    }

    // ---- calls ------------------------------------------------------------------

    /** Calls sym from frame caller (null: the goroutine's first frame). */
    private void call(String sym, List<Object> args, Frame caller) {
        if (sym.equals("runtime.deferreturn")) {
            deferReturn(args.get(0), caller);
            return;
        }
        Func f = funcs.get(sym);
        if (f != null) {
            if (f.abi0 && caller != null) throw new IllegalStateException("a direct call of the ABI0 function " + sym);
            if (args.size() != f.params.size()) throw new IllegalStateException(sym + " takes " + f.params.size() + " words, got " + args.size());
            cur.stack.push(new Frame(f, args));
            return;
        }
        List<Object> res = natives(sym, args);   // may switch goroutines (Gosched): the results are the caller's all the same
        if (caller != null) deliver(caller, res);
    }

    private boolean isNative(String sym) {
        return switch (sym) {
            case "runtime.printlock", "runtime.printunlock", "runtime.printstring", "runtime.printint", "runtime.printbool",
                 "runtime.printsp", "runtime.printnl", "runtime.printuint", "runtime.printhex", "runtime.printfloat", "runtime.concatstring2",
                 "runtime.cmpstring", "runtime.panicdivide", "runtime.panicshift", "runtime.gopanic", "runtime.newproc", "runtime.Gosched",
                 "runtime.GOMAXPROCS", "runtime.NumCPU", "runtime.NumGoroutine", "os.Exit", "os.Getenv", "os.init",
                 "runtime.noinit", "runtime.goPanicIndex", "runtime.newobject", "runtime.deferproc", "runtime.deferhead", "runtime.deferreturn" -> true;
            default -> false;
        };
    }

    private List<Object> natives(String sym, List<Object> a) {
        switch (sym) {
            case "runtime.printlock", "runtime.printunlock", "runtime.noinit" -> {
                return List.of();
            }
            case "runtime.goPanicIndex" -> {
                long x = (Long) a.get(0), y = (Long) a.get(1);
                fatal("panic: runtime error: index out of range [" + x + "]" + (x < 0 ? "" : " with length " + y));
            }
            case "runtime.newobject" -> {
                // zeroed words (a ptr word read as 0 is nil)
                Object[] w = new Object[(int) (((Long) a.get(0) + 7) / 8)];
                java.util.Arrays.fill(w, 0L);
                return java.util.Collections.singletonList(new Ptr(new Mem("heap", w, null), 0));
            }
            case "runtime.deferproc" -> {
                Ptr node = (Ptr) a.get(0);
                target(node).words[word(node, 0)] = cur.deferHead;
                cur.deferHead = node;
            }
            case "runtime.deferhead" -> {
                return java.util.Collections.singletonList(cur.deferHead);
            }
            case "runtime.printstring" -> stderr.append(string(a.get(0), a.get(1)));
            case "runtime.printint" -> stderr.append((long) (Long) a.get(0));
            case "runtime.printuint" -> stderr.append(Long.toUnsignedString((Long) a.get(0)));
            case "runtime.printhex" -> stderr.append("0x").append(Long.toHexString((Long) a.get(0)));
            case "runtime.printfloat" -> stderr.append(dev.rt0gen.testing.GoFloat.print((Double) a.get(0)));
            case "runtime.printbool" -> stderr.append((Long) a.get(0) != 0 ? "true" : "false");
            case "runtime.printsp" -> stderr.append(' ');
            case "runtime.printnl" -> stderr.append('\n');
            case "runtime.concatstring2" -> {
                String s = string(a.get(0), a.get(1)) + string(a.get(2), a.get(3));
                return newString(s);
            }
            case "runtime.cmpstring" -> {
                int c = string(a.get(0), a.get(1)).compareTo(string(a.get(2), a.get(3)));   // chars are bytes: unsigned order
                return List.of((long) Integer.signum(c));
            }
            case "runtime.panicdivide" -> panic("integer divide by zero");
            case "runtime.panicshift" -> panic("negative shift amount");
            case "runtime.gopanic" -> {
                // kind (Go's abi.Kind: 1 bool, 2 int, 24 string), then the value's words
                long kind = (Long) a.get(0);
                String v = switch ((int) kind) {
                    case 1 -> (Long) a.get(1) != 0 ? "true" : "false";
                    case 2 -> String.valueOf((long) (Long) a.get(1));
                    case 24 -> string(a.get(1), a.get(2)).replace("\n", "\n\t");   // Go's printindented
                    default -> throw new IllegalStateException("gopanic of kind " + kind);
                };
                fatal("panic: " + v);
            }
            case "runtime.newproc" -> {
                Ptr fn = (Ptr) a.get(0);
                Func w = funcs.get((String) fn.target());
                if (w == null || !w.abi0) throw new IllegalStateException("newproc of " + fn.target() + ", not an ABI0 wrapper");
                long nargbytes = (Long) a.get(1);
                List<Object> args = new ArrayList<>(a.subList(2, a.size()));
                if (nargbytes != 8L * args.size()) throw new IllegalStateException("nargbytes " + nargbytes + " for " + args.size() + " words");
                G g = new G(++goidgen, false);
                g.stack.push(new Frame(w, args));
                userGoroutines++;
                runqput(g, true);
            }
            case "runtime.Gosched" -> {
                globalq.addLast(cur);
                schedule();
            }
            case "runtime.GOMAXPROCS" -> {
                long old = gomaxprocs;
                long n = (Long) a.get(0);
                if (n > 0) gomaxprocs = (int) n;
                return List.of(old);
            }
            case "runtime.NumCPU" -> {
                return List.of((long) numCPU);
            }
            case "runtime.NumGoroutine" -> {
                return List.of((long) userGoroutines);
            }
            case "os.Exit" -> throw new Exit((int) ((Long) a.get(0) & 0xff));
            case "os.Getenv" -> {
                return newString(env.getOrDefault(string(a.get(0), a.get(1)), ""));
            }
            case "os.init" -> {
                // NewFile's SetFinalizer starts the finalizer goroutine (createfing), once
                if (!fingStarted) {
                    fingStarted = true;
                    newSystemG();
                }
            }
            default -> throw new IllegalStateException("call of undefined function " + sym);
        }
        return List.of();
    }

    private void panic(String msg) {
        fatal("panic: runtime error: " + msg);
    }

    /** Go's fatalpanic: printpanics' line, the goroutine's header, exit 2. */
    private void fatal(String printpanics) {
        if (cur.deferHead != null) {   // a panic runs the deferred calls first
            runDeferred(() -> fatal(printpanics));
            throw new Deferring();
        }
        stderr.append(printpanics).append("\n\ngoroutine ").append(cur.goid).append(" [running]:\n");
        throw new Exit(2);
    }

    private String string(Object p, Object len) {
        long n = (Long) len;
        if (n == 0) return "";
        Ptr ptr = (Ptr) p;
        Mem m = target(ptr);
        return m.bytes.substring((int) ptr.off(), (int) (ptr.off() + n));
    }

    private List<Object> newString(String s) {
        if (s.isEmpty()) return java.util.Arrays.asList(null, 0L);
        return List.of(new Ptr(new Mem("heap", null, s), 0), (long) s.length());
    }

    // ---- the scheduler (Go's, one P) ----------------------------------------------

    /** A system goroutine (not counted by NumGoroutine): runs once, then parks for good. */
    private void newSystemG() {
        runqput(new G(++goidgen, true), true);
    }

    private void runqput(G g, boolean next) {
        if (next) {
            G old = runnext;
            runnext = g;
            if (old == null) return;
            g = old;
        }
        if (runq.size() < RUNQ) {
            runq.addLast(g);
            return;
        }
        // runqputslow: half of the local queue, then g, to the global queue
        for (int i = 0; i < RUNQ / 2; i++) globalq.addLast(runq.pollFirst());
        globalq.addLast(g);
    }

    /** schedule(): the next goroutine to run (findRunnable, then execute). */
    private void schedule() {
        while (true) {
            G g = null;
            boolean inherit = false;
            if (schedtick % 61 == 0 && !globalq.isEmpty()) {
                g = globalq.pollFirst();
            } else if (runnext != null) {
                g = runnext;
                runnext = null;
                inherit = true;
            } else if (!runq.isEmpty()) {
                g = runq.pollFirst();
            } else if (!globalq.isEmpty()) {
                int n = Math.min(Math.min(RUNQ / 2, globalq.size()), globalq.size() / gomaxprocs + 1);
                g = globalq.pollFirst();
                for (int i = 1; i < n; i++) runq.addLast(globalq.pollFirst());
            }
            if (g == null) throw new IllegalStateException("all goroutines are asleep");
            if (!inherit) schedtick++;
            if (g.system) continue;   // runs, and parks for good
            cur = g;
            return;
        }
    }
}
