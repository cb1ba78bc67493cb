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

    /**
     * A symbol's or heap object's memory: words, or bytes (a string's). A word is a Long, a
     * Double (a float64 stored as one), a Ptr or null (nil); narrow loads and stores read and
     * merge the bytes of a Long word (little-endian, as amd64). {@code ext}: a map's or map
     * iterator's state (runtime.makemap, mapiterinit).
     */
    static final class Mem {
        final String name;
        final Object[] words;
        final String bytes;
        Object ext;

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
        mem.put("runtime.zerobase", new Mem("runtime.zerobase", new Object[]{0L}, null));   // the runtime's: []T{} points there
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
        List<Data.Item> items = new ArrayList<>();
        for (Data.Item it : d.items()) {
            if (it instanceof Data.Zeros z) for (long k = 0; k < z.words(); k++) items.add(new Data.Zero(Cls.INT));
            else items.add(it);
        }
        Object[] w = new Object[items.size()];
        for (int i = 0; i < w.length; i++) {
            Data.Item it = items.get(i);
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
                case GETG, SYSCALL -> throw new UnsupportedOperationException(in.op.text);
                case COPY -> v[in.def().id] = v[in.arg(0).id];
                case PHI -> throw new IllegalStateException("phi executed in sequence");
                case ADD, SUB, MUL, DIV, MOD, HMUL, AND, OR, XOR, ANDNOT, SHL, SHR, SAR, EQ, NE, LT, LE, GT, GE -> {
                    Object a = v[in.arg(0).id], b = v[in.arg(1).id];
                    if (!(a instanceof Long) || !(b instanceof Long)) {
                        // pointer words: p + off, p - off, p == q (nil is null)
                        v[in.def().id] = pointerOp(in.op, a, b);
                    } else {
                        v[in.def().id] = binary(in.op, (Long) a, (Long) b);
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
                case FROUND32 -> v[in.def().id] = (double) (float) (double) (Double) v[in.arg(0).id];
                case CVTIF32 -> v[in.def().id] = (double) (float) (long) (Long) v[in.arg(0).id];
                case CVTFI32 -> v[in.def().id] = dev.rt0gen.testing.GoFloat.toInt32((Double) v[in.arg(0).id]);
                case CVTFI -> v[in.def().id] = dev.rt0gen.testing.GoFloat.toInt((Double) v[in.arg(0).id]);
                case NOT -> v[in.def().id] = ~(Long) v[in.arg(0).id];
                case UDIV, UMOD, ULT, ULE, UGT, UGE ->
                        v[in.def().id] = binary(in.op, (Long) v[in.arg(0).id], (Long) v[in.arg(1).id]);
                case SEXT8, SEXT16, SEXT32, ZEXT8, ZEXT16, ZEXT32 -> v[in.def().id] = extend(in.op, (Long) v[in.arg(0).id]);
                case LOAD -> v[in.def().id] = load((Ptr) v[in.arg(0).id], in.aux, in.width, in.def().cls);
                case STORE -> store((Ptr) v[in.arg(0).id], in.aux, in.width, v[in.arg(1).id]);
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

    // ---- memory ---------------------------------------------------------------------

    private static Object pointerOp(Op op, Object a, Object b) {
        switch (op) {
            case EQ -> {
                return java.util.Objects.equals(a, b) ? 1L : 0L;
            }
            case NE -> {
                return java.util.Objects.equals(a, b) ? 0L : 1L;
            }
            case ADD -> {
                if (a instanceof Ptr p && b instanceof Long n) return new Ptr(p.target(), p.off() + n);
                if (b instanceof Ptr p && a instanceof Long n) return new Ptr(p.target(), p.off() + n);
                if (a == null && b instanceof Long n && n == 0) return null;
                if (b == null && a instanceof Long n && n == 0) return null;
            }
            case SUB -> {
                if (a instanceof Ptr p && b instanceof Long n) return new Ptr(p.target(), p.off() - n);
                if (a instanceof Ptr p && b instanceof Ptr q && p.target() == q.target()) return p.off() - q.off();
            }
            default -> {
            }
        }
        throw new IllegalStateException(op + " of pointer words " + a + ", " + b);
    }

    /** A new zeroed heap object of n bytes. */
    private static Mem heap(long n) {
        Object[] w = new Object[(int) ((n + 7) / 8)];
        java.util.Arrays.fill(w, 0L);
        return new Mem("heap", w, null);
    }

    private Mem deref(Ptr p) {
        if (p == null) throw new IllegalStateException("nil pointer dereference (the interpreter has no SIGSEGV panic)");
        return target(p);
    }

    /** A word as a value of class c (a zeroed word is nil as a ptr, 0.0 as a float). */
    private static Object asClass(Object w, Cls c) {
        if (c == Cls.PTR) {
            if (w instanceof Long x) {
                if (x != 0) throw new IllegalStateException("a non-zero integer word read as a pointer: " + x);
                return null;
            }
            return w;
        }
        if (c == Cls.F64 && w instanceof Long bits) return Double.longBitsToDouble(bits);
        if (c == Cls.INT && w instanceof Double d) return Double.doubleToRawLongBits(d);
        return w;
    }

    /** The bits of a word, for narrow access (a Double its IEEE bits, nil 0). */
    /** The index of the word at byte offset off from p in p's memory (the defer records and closures are word-aligned). */
    private static int word(Ptr p, long off) {
        return (int) ((p.off() + off) / 8);
    }

    private static long bitsOf(Object w) {
        if (w == null) return 0;
        if (w instanceof Long x) return x;
        if (w instanceof Double d) return Double.doubleToRawLongBits(d);
        throw new IllegalStateException("narrow access to a pointer word " + w);
    }

    private Object load(Ptr p, long aux, Width width, Cls cls) {
        Mem m = deref(p);
        long off = p.off() + aux;
        long x;
        if (m.bytes != null) {
            if (width.bytes != 1) throw new IllegalStateException(width + " load from string data");
            x = m.bytes.charAt((int) off) & 0xff;
        } else if (width == Width.W64) {
            if (off % 8 != 0) throw new IllegalStateException("unaligned word at " + off);
            return asClass(m.words[(int) (off / 8)], cls);
        } else {
            if (off % 8 + width.bytes > 8) throw new IllegalStateException(width + " load across words at " + off);
            Object w = m.words[(int) (off / 8)];
            // a byte of a pointer word: only lowering's nil check reads one (its value unused)
            x = w instanceof Ptr ? 0 : bitsOf(w) >>> (off % 8 * 8);
        }
        if (width == Width.F32) return (double) Float.intBitsToFloat((int) x);
        int k = 64 - 8 * width.bytes;
        return width.signed ? x << k >> k : x << k >>> k;
    }

    private void store(Ptr p, long aux, Width width, Object val) {
        Mem m = deref(p);
        long off = p.off() + aux;
        if (m.bytes != null) throw new IllegalStateException("store into string data");
        int i = (int) (off / 8);
        if (width == Width.W64) {
            if (off % 8 != 0) throw new IllegalStateException("unaligned word at " + off);
            m.words[i] = val;
            return;
        }
        if (off % 8 + width.bytes > 8) throw new IllegalStateException(width + " store across words at " + off);
        long x = width == Width.F32 ? Float.floatToRawIntBits((float) (double) (Double) val) & 0xffffffffL : bitsOf(val);
        long sh = off % 8 * 8, mask = (width.bytes == 8 ? -1L : (1L << (8 * width.bytes)) - 1) << sh;
        // a byte stored over a pointer word (a reused temporary): the rest of the word is no value any more
        long old = m.words[i] instanceof Ptr ? 0 : bitsOf(m.words[i]);
        m.words[i] = old & ~mask | (x << sh) & mask;
    }

    /** runtime.memmove: whole words where both sides are aligned, else bytes; overlap allowed (all read first). */
    private void memmove(Ptr dst, Ptr src, long n) {
        if (n == 0) return;
        List<Object> chunks = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (long i = 0; i < n; ) {
            boolean words = (src.off() + i) % 8 == 0 && (dst.off() + i) % 8 == 0 && n - i >= 8 && deref(src).bytes == null;
            chunks.add(words ? load(src, i, Width.W64, null) : load(src, i, Width.U8, Cls.INT));
            sizes.add(words ? 8 : 1);
            i += words ? 8 : 1;
        }
        long i = 0;
        for (int c = 0; c < chunks.size(); c++) {
            store(dst, i, sizes.get(c) == 8 ? Width.W64 : Width.U8, chunks.get(c));
            i += sizes.get(c);
        }
    }

    private void memclr(Ptr p, long n) {
        for (long i = 0; i < n; ) {
            boolean word = (p.off() + i) % 8 == 0 && n - i >= 8;
            store(p, i, word ? Width.W64 : Width.U8, 0L);
            i += word ? 8 : 1;
        }
    }

    /** Go's nextslicecap (growslice's capacity before the size-class rounding, which the interpreter leaves out). */
    private static long nextslicecap(long newLen, long oldCap) {
        long newcap = oldCap, doublecap = newcap + newcap;
        if (newLen > doublecap) return newLen;
        if (oldCap < 256) return doublecap;
        while (true) {
            newcap += (newcap + 3 * 256) >> 2;
            if (Long.compareUnsigned(newcap, newLen) >= 0) break;
        }
        return newcap <= 0 ? newLen : newcap;
    }

    // ---- maps (docs/ABI.md "Maps": the maptype descriptor; hmap.count at offset 0) -------

    private static final class MapEntry {
        final Mem key, elem;
        boolean deleted;

        MapEntry(Mem key, Mem elem) {
            this.key = key;
            this.elem = elem;
        }
    }

    /** A map's entries in insertion order (Go's order is random: programs cannot depend on it). */
    private static final class JMap {
        final java.util.LinkedHashMap<List<Object>, MapEntry> entries = new java.util.LinkedHashMap<>();
    }

    private static final class MapIter {
        final List<MapEntry> entries;
        int next;

        MapIter(List<MapEntry> entries) {
            this.entries = entries;
        }
    }

    private long descr(Ptr t, int word) {
        return (Long) deref(t).words[(int) (t.off() / 8) + word];
    }

    /** A key's identity, from the descriptor's kind and parts: what hashing and == look at. */
    private List<Object> mapKey(Ptr t, Ptr k) {
        List<Object> out = new ArrayList<>();
        long kind = descr(t, 2);
        if (kind == 4) {
            long n = descr(t, 4);
            for (int i = 0; i < n; i++) keyPart(k, descr(t, 6 + 3 * i), descr(t, 7 + 3 * i), descr(t, 8 + 3 * i), out);
        } else {
            keyPart(k, 0, kind, descr(t, 0), out);
        }
        return out;
    }

    private void keyPart(Ptr k, long off, long kind, long size, List<Object> out) {
        switch ((int) kind) {
            case 1 -> out.add(string(load(k, off, Width.W64, Cls.PTR), load(k, off + 8, Width.W64, Cls.INT)));
            case 2, 3 -> {
                double d = (Double) load(k, off, kind == 2 ? Width.W64 : Width.F32, Cls.F64);
                out.add(Double.isNaN(d) ? new Object() : d == 0 ? (Object) 0.0 : (Object) d);   // NaN equals nothing; +0 == -0
            }
            default -> {
                for (long i = 0; i < size; ) {
                    if ((k.off() + off + i) % 8 == 0 && size - i >= 8) {
                        Object w = load(k, off + i, Width.W64, null);
                        out.add(w == null ? (Object) 0L : w);
                        i += 8;
                    } else {
                        out.add(load(k, off + i, Width.U8, Cls.INT));
                        i++;
                    }
                }
            }
        }
    }

    private Ptr newMap() {
        Mem h = heap(0x50);
        h.ext = new JMap();
        return new Ptr(h, 0);
    }

    private MapEntry mapFind(Ptr t, Object h, Ptr k) {
        if (h == null) return null;
        return ((JMap) deref((Ptr) h).ext).entries.get(mapKey(t, k));
    }

    private void setCount(Ptr h) {
        deref(h).words[0] = (long) ((JMap) deref(h).ext).entries.size();
    }

    private void iterNext(Mem it) {
        MapIter st = (MapIter) it.ext;
        while (st.next < st.entries.size() && st.entries.get(st.next).deleted) st.next++;
        if (st.next == st.entries.size()) {
            it.words[0] = null;
            it.words[1] = null;
            return;
        }
        MapEntry e = st.entries.get(st.next++);
        it.words[0] = new Ptr(e.key, 0);
        it.words[1] = new Ptr(e.elem, 0);
    }

    private static Object nilPtr(long aux) {
        if (aux != 0) throw new IllegalStateException("a ptr constant other than nil: " + aux);
        return null;
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
            case CONST, ADDR, PARAM, COPY, PHI, DIVMOD, NEG, NOT, LOAD, STORE, CALL, CALLI, CLOSUREPTR, GETG, SYSCALL, JMP, IF, RET, UNREACHABLE, FCONST,
                 FADD, FSUB, FMUL, FDIV, FNEG, FEQ, FNE, FLT, FLE, FGT, FGE, CVTIF, CVTFI,
                 FROUND32, CVTIF32, CVTFI32,
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
                 "runtime.concatstring3", "runtime.concatstring4", "runtime.concatstring5",
                 "runtime.cmpstring", "runtime.memequal", "runtime.panicdivide", "runtime.panicshift", "runtime.gopanic", "runtime.newproc", "runtime.Gosched",
                 "runtime.GOMAXPROCS", "runtime.NumCPU", "runtime.NumGoroutine", "os.Exit", "os.Getenv", "os.init",
                 "runtime.noinit", "runtime.goPanicIndex", "runtime.newobject", "runtime.deferproc", "runtime.deferhead", "runtime.deferreturn",
                 "runtime.makeslice", "runtime.growslice", "runtime.memmove",
                 "runtime.memclrNoHeapPointers", "runtime.makemap_small", "runtime.makemap", "runtime.mapaccess1",
                 "runtime.mapaccess2", "runtime.mapassign", "runtime.mapdelete", "runtime.mapclear", "runtime.mapiterinit",
                 "runtime.mapiternext", "runtime.printfloat32", "runtime.printcomplex", "runtime.printcomplex64",
                 "runtime.complex128div", "runtime.panicplain", "runtime.gorecover", "runtime.gorecoverargp", "runtime.getcallersp",
                 "runtime.deferframe", "runtime.wrapperenter", "runtime.printindented", "runtime.printpanicstring" -> true;
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
            // float32 and complex (issue 14)
            case "runtime.printfloat32" -> stderr.append(dev.rt0gen.testing.GoFloat.print32((Double) a.get(0)));
            case "runtime.printcomplex", "runtime.printcomplex64" ->
                    stderr.append(dev.rt0gen.testing.GoFloat.printComplex((Double) a.get(0), (Double) a.get(1), sym.endsWith("64")));
            case "runtime.complex128div" -> {
                double[] q = dev.rt0gen.testing.GoFloat.complexDiv((Double) a.get(0), (Double) a.get(1), (Double) a.get(2), (Double) a.get(3));
                return List.of(q[0], q[1]);
            }
            case "runtime.printbool" -> stderr.append((Long) a.get(0) != 0 ? "true" : "false");
            case "runtime.printsp" -> stderr.append(' ');
            case "runtime.printnl" -> stderr.append('\n');
            case "runtime.concatstring2", "runtime.concatstring3", "runtime.concatstring4", "runtime.concatstring5" -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < a.size(); i += 2) s.append(string(a.get(i), a.get(i + 1)));
                return newString(s.toString());
            }
            case "runtime.cmpstring" -> {
                int c = string(a.get(0), a.get(1)).compareTo(string(a.get(2), a.get(3)));   // chars are bytes: unsigned order
                return List.of((long) Integer.signum(c));
            }
            case "runtime.memequal" -> {
                long n = (Long) a.get(2);
                return List.of(string(a.get(0), n).equals(string(a.get(1), n)) ? 1L : 0L);
            }
            case "runtime.panicdivide" -> panic("integer divide by zero");
            case "runtime.panicshift" -> panic("negative shift amount");
            case "runtime.gopanic" -> {
                // gopanic(type, data, print): the value printed as printpanicval does, for a
                // predeclared type's value (the interpreter recovers nothing: recover() is nil)
                if (a.get(0) == null) fatal("panic: panic called with nil argument");
                String type = ((SymRef) ((Ptr) a.get(0)).target()).sym();
                Ptr box = (Ptr) a.get(1);
                Object[] w = target(box).words;
                int at = word(box, 0);
                String v = switch (type) {
                    case "type:bool" -> (Long) w[at] != 0 ? "true" : "false";
                    case "type:int", "type:int64" -> String.valueOf((long) (Long) w[at]);
                    case "type:string" -> string(w[at], w[at + 1]).replace("\n", "\n\t");   // Go's printindented
                    case "type:float64" -> dev.rt0gen.testing.GoFloat.print((Double) w[at]);
                    default -> throw new IllegalStateException("gopanic of a " + type + " (not interpreted)");
                };
                fatal("panic: " + v);
            }
            case "runtime.panicplain" -> fatal("panic: " + string(a.get(0), a.get(1)));
            case "runtime.gorecover", "runtime.gorecoverargp" -> {
                return java.util.Arrays.asList(null, null);
            }
            case "runtime.getcallersp" -> {
                return java.util.Collections.singletonList(null);
            }
            case "runtime.deferframe" -> {
                return java.util.Collections.singletonList(null);   // the interpreter never recovers: no second return
            }
            case "runtime.wrapperenter" -> {
                return List.of();
            }
            case "runtime.printindented" -> stderr.append(string(a.get(0), a.get(1)).replace("\n", "\n\t"));
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
            case "runtime.newobject" -> {
                return List.of(new Ptr(heap(descr((Ptr) a.get(0), 0)), 0));   // newobject(typ): the descriptor's size
            }
            case "runtime.makeslice" -> {
                long es = descr((Ptr) a.get(0), 0), len = (Long) a.get(1), cap = (Long) a.get(2);   // makeslice(et): its size
                if (len < 0 || len > cap) panic("makeslice: len out of range");
                return List.of(new Ptr(heap(es * cap), 0));
            }
            case "runtime.growslice" -> {
                long newLen = (Long) a.get(1), oldCap = (Long) a.get(2), num = (Long) a.get(3), es = descr((Ptr) a.get(4), 0);   // growslice(..., et): its size
                long newcap = nextslicecap(newLen, oldCap);
                Ptr p = new Ptr(heap(es * newcap), 0);
                if (a.get(0) != null) memmove(p, (Ptr) a.get(0), (newLen - num) * es);
                return List.of(p, newLen, newcap);
            }
            case "runtime.memmove" -> memmove((Ptr) a.get(0), (Ptr) a.get(1), (Long) a.get(2));
            case "runtime.memclrNoHeapPointers" -> memclr((Ptr) a.get(0), (Long) a.get(1));
            case "runtime.makemap_small", "runtime.makemap" -> {
                return List.of(newMap());
            }
            case "runtime.mapaccess1", "runtime.mapaccess2" -> {
                Ptr t = (Ptr) a.get(0);
                MapEntry e = mapFind(t, a.get(1), (Ptr) a.get(2));
                Ptr p = e != null ? new Ptr(e.elem, 0) : new Ptr(heap(descr(t, 1)), 0);   // a zeroed area
                return sym.equals("runtime.mapaccess1") ? List.of(p) : List.of(p, e != null ? 1L : 0L);
            }
            case "runtime.mapassign" -> {
                Ptr t = (Ptr) a.get(0), k = (Ptr) a.get(2);
                if (a.get(1) == null) fatal("panic: assignment to entry in nil map");
                Ptr h = (Ptr) a.get(1);
                JMap m = (JMap) deref(h).ext;
                List<Object> key = mapKey(t, k);
                MapEntry e = m.entries.get(key);
                if (e == null) {
                    e = new MapEntry(heap(descr(t, 0)), heap(descr(t, 1)));
                    m.entries.put(key, e);
                    setCount(h);
                }
                memmove(new Ptr(e.key, 0), k, descr(t, 0));   // the key is overwritten (+0 by -0), as Go's
                return List.of(new Ptr(e.elem, 0));
            }
            case "runtime.mapdelete" -> {
                if (a.get(1) != null) {
                    Ptr h = (Ptr) a.get(1);
                    MapEntry e = ((JMap) deref(h).ext).entries.remove(mapKey((Ptr) a.get(0), (Ptr) a.get(2)));
                    if (e != null) e.deleted = true;
                    setCount(h);
                }
            }
            case "runtime.mapclear" -> {
                if (a.get(1) != null) {
                    Ptr h = (Ptr) a.get(1);
                    JMap m = (JMap) deref(h).ext;
                    for (MapEntry e : m.entries.values()) e.deleted = true;
                    m.entries.clear();
                    setCount(h);
                }
            }
            case "runtime.mapiterinit" -> {
                Mem it = deref((Ptr) a.get(2));
                List<MapEntry> es = a.get(1) == null ? List.of() : new ArrayList<>(((JMap) deref((Ptr) a.get(1)).ext).entries.values());
                it.ext = new MapIter(es);
                iterNext(it);
            }
            case "runtime.mapiternext" -> iterNext(deref((Ptr) a.get(0)));
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
