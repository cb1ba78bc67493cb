package dev.rt0gen.lower;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.CheckedProgram.FuncInfo;
import dev.rt0gen.check.CheckedProgram.TypeAndValue;
import dev.rt0gen.check.CheckedProgram.VarInit;
import dev.rt0gen.check.Obj;
import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.initorder.InitPlan;
import dev.rt0gen.initorder.StaticInit;
import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Callees;
import dev.rt0gen.ir.Cls;
import dev.rt0gen.ir.Data;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Value;
import dev.rt0gen.ir.Width;
import dev.rt0gen.syntax.Decl;
import dev.rt0gen.syntax.Expr;
import dev.rt0gen.syntax.Stmt;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Sizes;
import dev.rt0gen.types.Tuple;
import dev.rt0gen.types.Struct;
import dev.rt0gen.types.Type;
import dev.rt0gen.types.Types;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked program in rt0gen's SSA IR (docs/IR.md): one {@link Module} per package, in the
 * order of {@link InitPlan#packages()}.
 *
 * <p>Per package: every function as {@code PKG.name}, {@code PKG.init} when the package has
 * initialization work (variable initializers that are not constants, in the plan's order, then
 * {@code PKG.init.0}, {@code PKG.init.1}, …), each {@code go} statement's ABI0 wrapper
 * ({@code PKG.FUNC.gowrapN}), package variables as data (constant initial values, written
 * statically as Go's linker does) or bss, string literals as rodata {@code PKG..stmp_N}. The
 * main package's module also holds {@code go..inittasks}, {@code go..godebugDefault} and the
 * constants {@code go..ninittasks} and {@code go..godebugDefaultLen} (docs/ABI.md).
 *
 * <p>A Go value is a list of words ({@link Value}s): int and bool one {@code int}, a string
 * {@code ptr} (data) and {@code int} (length). Locals, parameters and results are SSA variables
 * ({@link Ssa}), package variables memory.
 */
public final class Lower {
    /**
     * The runtime's system call intrinsics, {@code func rawsyscallN(num, a1, …, aN uintptr)
     * uintptr} for N from 0 to 6, declared without a body: each call is the instruction itself
     * ({@link Op#SYSCALL}; docs/ABI.md "The runtime in Go").
     */
    private static final java.util.regex.Pattern RAWSYSCALL = java.util.regex.Pattern.compile("runtime\\.rawsyscall[0-6]");

    private final CheckedProgram.Info info;

    /** The static closures ({@code F·f}) emitted so far, each once in the program. */
    private final Set<String> staticClosures = new HashSet<>();

    /** Go 1.22's per-iteration loop variables (a module of go 1.22 or later); before, one variable per loop. */
    private final boolean perIterationLoopVars;

    private Lower(CheckedProgram program) {
        this.info = program.info();
        this.perIterationLoopVars = program.tree().langMinor() >= 22;
    }

    public static List<Module> lower(InitPlan plan) {
        Lower l = new Lower(plan.program());
        Map<String, PackageLower> pkgs = new LinkedHashMap<>();
        for (InitPlan.PackageInit pi : plan.packages()) {
            PackageLower pl = l.new PackageLower(pi);
            pl.lower();
            pkgs.put(pi.pkg().path(), pl);
        }
        // the init tasks in Go's order: the program's packages with init work, and the
        // standard packages' tasks (os's starts the finalizer goroutine)
        List<String[]> tasks = new ArrayList<>();
        for (String path : plan.order()) {
            PackageLower pl = pkgs.get(path);
            // the name inittrace prints: the path as symbol names spell it (m/a.b: m/a%2eb)
            // a standard package written in Go (sync, time) has no init work (static data only):
            // its task is Go's (StdlibInits), as for the packages rt0gen does not compile
            boolean std = pl == null || dev.rt0gen.syntax.Supported.goStdPackage(path);
            if (std && pl != null && pl.hasInitWork) throw new IllegalStateException("standard package " + path + " has init work");
            if (!std && pl.hasInitWork) tasks.add(new String[]{InitOrder.pathToPrefix(path), path + ".init"});
            if (std && InitPlan.stdlibTask(path) != null) tasks.add(new String[]{path, InitPlan.stdlibTask(path)});
        }
        List<Module> out = new ArrayList<>();
        if (pkgs.size() == 1 && pkgs.containsKey("runtime")) {
            // package runtime alone (api.RuntimeBuild): the descriptors its new(T) names (g, m,
            // p, ...) are its own; the program's main package emits every other one
            l.runtimeTypes(pkgs.get("runtime"));
        }
        for (PackageLower pl : pkgs.values()) {
            if (pl.pkg.equals("main")) {
                l.runtimeTypes(pl);
                pl.initTasks(tasks);
                pl.godebugDefault(plan.program().tree().godebugDefault());
            }
            out.add(pl.module);
        }
        PackageLower main = pkgs.get("main");
        if (main != null) gcRoots(main, out);
        return out;
    }

    /**
     * {@code go..gcroots}, {@code go..ngcroots}: the pointer words of the program's data and bss,
     * what the collector scans of them (mgc.go's markrootData; Go's linker writes them as the
     * gcdata and gcbss bitmaps of the module). One entry per variable or static object with a
     * pointer word: its address, its size in words, and its mask (a bit per word, padded to
     * whole 8-byte words: the runtime reads it a word at a time). Every word's class is in the
     * IR's data ({@link Data}): a symbol's address, and a zero word of class ptr, are pointer
     * words; a {@code var} whose value is static data keeps it, and what the program later
     * stores there is found.
     */
    private static void gcRoots(PackageLower main, List<Module> modules) {
        List<Data.Item> table = new ArrayList<>();
        long n = 0;
        for (Module m : modules) {
            for (Data d : List.copyOf(m.data)) {
                if (d.section() == Data.Section.RODATA || !d.isWords()) continue;
                java.util.BitSet mask = new java.util.BitSet();
                long w = 0;
                for (Data.Item it : d.items()) {
                    if (it instanceof Data.SymWord || it instanceof Data.Zero z && z.cls() == Cls.PTR) mask.set((int) w);
                    w += it instanceof Data.Zeros z ? z.words() : 1;
                }
                if (mask.isEmpty()) continue;
                StringBuilder bytes = new StringBuilder();
                for (int i = 0; i < mask.length(); i += 8) {
                    int b = 0;
                    for (int k = 0; k < 8; k++) if (mask.get(i + k)) b |= 1 << k;
                    bytes.append((char) b);
                }
                while (bytes.length() % 8 != 0) bytes.append((char) 0);
                String sym = d.name() + "..gcmask";
                main.module.data.add(new Data(Data.Section.RODATA, sym, List.of(new Data.Bytes(bytes.toString()))));
                table.add(new Data.SymWord(d.name(), 0));
                table.add(new Data.Word(mask.length()));   // the words up to the last pointer's
                table.add(new Data.SymWord(sym, 0));
                n++;
            }
        }
        if (table.isEmpty()) table.add(new Data.Word(0));   // a label still needs an address
        main.module.data.add(new Data(Data.Section.RODATA, "go..gcroots", table));
        main.module.constants.put("go..ngcroots", n);
    }

    // ---- run-time type information: descriptors, itabs, method wrappers (branch methods) ----------

    /** Every type whose descriptor the program names, by link name ({@code type:NAME}), in first-use order. */
    private final Map<String, Type> descTypes = new LinkedHashMap<>();

    /** The link names of the types whose descriptors serve interfaces (typeSym), not only allocations (allocSym). */
    private final Set<String> fullDescs = new HashSet<>();

    /** The symbol of t's type descriptor (docs/ABI.md "Type descriptors"), emitted once, with the main package. */
    String typeSym(Type t) {
        String l = TypeDescs.link(t);
        descTypes.putIfAbsent(l, t);
        fullDescs.add(l);
        return "type:" + l;
    }

    /**
     * The descriptor runtime.newobject takes for an object of type t (Go's newobject(typ)): its
     * size and pointer layout (ptrdata, gcdata), what a collector reads. A type only allocated,
     * never made an interface value, gets no equal function and no element type.
     */
    String allocSym(Type t) {
        String l = TypeDescs.link(t);
        descTypes.putIfAbsent(l, t);
        return "type:" + l;
    }

    /** The symbol of the itab of concrete type c for interface type i ({@code go:itab.main.T,main.I}). */
    String itabSym(Type c, Type i) {
        typeSym(c);
        typeSym(i);
        return "go:itab." + TypeDescs.link(c) + "," + TypeDescs.link(i);
    }

    /** The method value wrappers ({@code PKG.T.m-fm}) and method expression wrappers emitted so far, each once in the program. */
    private final Set<String> methodFuncWrappers = new HashSet<>();

    /** The itab search table of the whole program (docs/ABI.md). */
    static final String ITAB_TABLE = "go:itabs";
    /** {@code go:getitab(inter, typ *type) *itab}: the itab of typ for inter, nil when typ is nil or lacks a method. */
    static final String GETITAB = "go:getitab";
    /** {@code go:missingmethod(inter, typ *type) string}: the first method of inter that typ lacks. */
    static final String MISSING = "go:missingmethod";
    /** {@code go:printpanicval(type, data)}: how runtime.printpanics prints a panic value (FuncLower.printPanicVal). */
    static final String PRINTPANICVAL = "go:printpanicval";
    /** Whether go:printpanicval has been emitted. */
    private boolean printPanicVal;

    /**
     * Emits, with the main package, every descriptor the program named (and those they name),
     * each concrete type's equality function and method wrappers, the itabs of every concrete
     * type that is made an interface value for every interface it implements, the itab table
     * and its search functions. The program is whole: every dynamic type an interface can hold
     * is one of the concrete types converted somewhere, so every itab is static.
     */
    void runtimeTypes(PackageLower main) {
        if (descTypes.isEmpty()) return;   // a program without interfaces
        Set<String> done = new HashSet<>();
        Set<String> funcs = methodFuncWrappers;   // shared with method expressions' wrappers
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<String, Type> e : new ArrayList<>(descTypes.entrySet())) {
                if (!done.add(e.getKey())) continue;
                more = true;
                if (e.getValue() == TypeDescs.PLAIN_ERROR) continue;   // the runtime's (panic.go, panic_amd64.s)
                main.module.data.add(descriptor(main, e.getValue(), funcs, fullDescs.contains(e.getKey())));
            }
        }
        if (fullDescs.isEmpty()) return;   // only allocations: no interface values, no itabs
        List<Type> concrete = new ArrayList<>(), ifaces = new ArrayList<>();
        for (Map.Entry<String, Type> e : descTypes.entrySet()) {
            if (!fullDescs.contains(e.getKey())) continue;
            Type t = e.getValue();
            if (t.underlying() instanceof dev.rt0gen.types.Interface it) {
                if (!it.isEmpty()) ifaces.add(t);
            } else {
                concrete.add(t);
            }
        }
        List<Data.Item> table = new ArrayList<>();
        table.add(new Data.Word(0));
        int n = 0;
        for (Type i : ifaces) {
            dev.rt0gen.types.Interface it = (dev.rt0gen.types.Interface) i.underlying();
            for (Type c : concrete) {
                dev.rt0gen.types.Named.Func missing = Types.missingMethod(c, it);
                table.add(new Data.SymWord("type:" + TypeDescs.link(i), 0));
                table.add(new Data.SymWord("type:" + TypeDescs.link(c), 0));
                n++;
                if (missing != null) {
                    table.add(new Data.Zero(Cls.PTR));
                    table.add(new Data.SymWord(main.stringSym(missing.name()), 0));
                    table.add(new Data.Word(missing.name().length()));
                    continue;
                }
                String sym = "go:itab." + TypeDescs.link(c) + "," + TypeDescs.link(i);
                List<Data.Item> items = new ArrayList<>();
                items.add(new Data.SymWord("type:" + TypeDescs.link(i), 0));
                items.add(new Data.SymWord("type:" + TypeDescs.link(c), 0));
                items.add(new Data.Word(TypeDescs.hash(c)));
                List<TypeDescs.Method> ms = TypeDescs.methodSet(c);
                for (dev.rt0gen.types.Named.Func m : it.methodSet()) {
                    TypeDescs.Method cm = ms.stream().filter(x -> x.name().equals(m.name())).findFirst().orElseThrow();
                    items.add(new Data.SymWord(methodCode(main, c, cm, funcs), 0));
                }
                main.module.data.add(new Data(Data.Section.RODATA, sym, items));
                table.add(new Data.SymWord(sym, 0));
                table.add(new Data.Zero(Cls.PTR));
                table.add(new Data.Word(0));
            }
        }
        table.set(0, new Data.Word(n));
        main.module.data.add(new Data(Data.Section.RODATA, ITAB_TABLE, table));
        new FuncLower(main, GETITAB).itabSearch(false);
        new FuncLower(main, MISSING).itabSearch(true);
    }

    /**
     * The descriptor of t: size, ptrdata, hash, kind (| KIND_DIRECT_IFACE), equal (a
     * comparable boxed type's {@code type:.eq.T}, else 0), gcdata (the pointer mask, a bit per
     * word), the type string, and the element type of a pointer, slice, array, map (its
     * value), chan. docs/ABI.md "Type descriptors".
     */
    private Data descriptor(PackageLower main, Type t, Set<String> funcs, boolean full) {
        String sym = "type:" + TypeDescs.link(t);
        boolean iface = t.underlying() instanceof dev.rt0gen.types.Interface;
        long size = Sizes.sizeof(t);
        List<Cls> words = Layout.memoryWords(t);
        long ptrdata = 0;
        for (int i = 0; i < words.size(); i++) if (words.get(i) == Cls.PTR) ptrdata = 8L * (i + 1);
        List<Data.Item> items = new ArrayList<>();
        items.add(new Data.Word(size));
        items.add(new Data.Word(ptrdata));
        items.add(new Data.Word(TypeDescs.hash(t)));
        items.add(new Data.Word(TypeDescs.kind(t) | (TypeDescs.direct(t) ? TypeDescs.KIND_DIRECT_IFACE : 0)));
        if (full && !iface && !TypeDescs.direct(t) && Types.comparable(t)) {
            String eq = "type:.eq." + TypeDescs.link(t);
            if (funcs.add(eq)) new FuncLower(main, eq).equalFunc(t);
            items.add(new Data.SymWord(eq, 0));
        } else {
            items.add(new Data.Zero(Cls.PTR));
        }
        if (ptrdata > 0) {
            StringBuilder mask = new StringBuilder();
            for (int i = 0; i < ptrdata / 8; i += 8) {
                int b = 0;
                for (int k = 0; k < 8 && i + k < words.size(); k++) if (words.get(i + k) == Cls.PTR) b |= 1 << k;
                mask.append((char) b);
            }
            while (mask.length() % 8 != 0) mask.append((char) 0); // read a word at a time (malloc.go's setTypeBits)
            String gc = sym + "..gcdata";
            main.module.data.add(new Data(Data.Section.RODATA, gc, List.of(new Data.Bytes(mask.toString()))));
            items.add(new Data.SymWord(gc, 0));
        } else {
            items.add(new Data.Zero(Cls.PTR));
        }
        String str = TypeDescs.string(t);
        items.add(new Data.SymWord(main.stringSym(str), 0));
        items.add(new Data.Word(str.length()));
        Type u = t.underlying();
        Type elem = u instanceof dev.rt0gen.types.Pointer p ? p.elem() : u instanceof dev.rt0gen.types.Slice s ? s.elem()
                : u instanceof dev.rt0gen.types.Array a ? a.elem() : u instanceof dev.rt0gen.types.Map m ? m.elem()
                : u instanceof dev.rt0gen.types.Chan c ? c.elem()
                : u instanceof dev.rt0gen.types.Signature f && f.params().size() == 1 && !f.variadic() ? f.params().get(0)
                : null;
        items.add(elem == null || !full ? new Data.Zero(Cls.PTR) : new Data.SymWord(typeSym(elem), 0));
        // +0x48: how a map hashes and compares a key of this dynamic type (a comparable boxed type; 0: unhashable, or held directly)
        if (full && !iface && !TypeDescs.direct(t) && Types.comparable(t) && !Types.holdsInterface(t)) {
            String key = sym + "..key";
            main.module.data.add(new Data(Data.Section.RODATA, key, main.keyDesc(t, 0, null, null)));
            items.add(new Data.SymWord(key, 0));
        } else {
            items.add(new Data.Zero(Cls.PTR));
        }
        // +0x50, a func type's only: the bytes its results take, a word per 8 bytes of each
        // (at least what a call's stack-assigned results take: mfinal.go's finalizer calls)
        if (u instanceof dev.rt0gen.types.Signature f) {
            long nret = 0;
            for (Type r : f.results()) nret += (Sizes.sizeof(r) + 7) / 8 * 8;
            items.add(new Data.Word(nret));
        }
        return new Data(Data.Section.RODATA, sym, items);
    }

    /**
     * The code an itab lists for method m of concrete type c: the method itself when it takes
     * the data word as it is (a pointer method of *T), else the wrapper {@code PKG.(*T).m} gc
     * names so (it takes *T: the boxed value's address or the pointer, and reaches the
     * receiver through the embedded fields).
     */
    /** methodCode for a method expression's wrapper, emitted once in the program. */
    String methodCodeFor(PackageLower pl, Type c, TypeDescs.Method m, Type base) {
        return methodCode(pl, c, m, methodFuncWrappers);
    }

    private String methodCode(PackageLower main, Type c, TypeDescs.Method m, Set<String> funcs) {
        if (c == TypeDescs.PLAIN_ERROR) return "runtime.(*plainError)." + m.name();   // the runtime's (panic.go)
        Obj.Func target = info.methodFuncs.get(m.result().method());
        boolean ptr = c.underlying() instanceof dev.rt0gen.types.Pointer;
        if (ptr && target != null && m.result().path().isEmpty() && target.recv() instanceof dev.rt0gen.types.Pointer) return target.symbol();
        // a named map, chan or func type's value method: the data word is the value itself
        if (!ptr && TypeDescs.direct(c) && target != null && m.result().path().isEmpty()) return target.symbol();
        Type base = ptr ? ((dev.rt0gen.types.Pointer) c.underlying()).elem() : c;
        String prefix = base instanceof dev.rt0gen.types.Named n ? n.pkg + ".(*" + n.name + ")" : "go:(*" + TypeDescs.link(base) + ")";
        String sym = prefix + "." + m.name();
        if (funcs.add(sym)) new FuncLower(main, sym).methodWrapper(base, m);
        return sym;
    }

    /** The accessors of a syntax record's components that may hold nodes (FuncLower.children). */
    private static final ClassValue<List<java.lang.invoke.MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<java.lang.invoke.MethodHandle> computeValue(Class<?> c) {
            List<java.lang.invoke.MethodHandle> out = new ArrayList<>();
            for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (t.isPrimitive() || t == String.class || t == dev.rt0gen.source.Pos.class || t == BigInteger.class) continue;
                try {
                    out.add(java.lang.invoke.MethodHandles.publicLookup().unreflect(rc.getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
    };

    /** The classes of a value's words (docs/IR.md "Go values as words"; a memory value: its address, Layout). */
    static List<Cls> classes(Type t) {
        return Layout.words(t);
    }

    static List<Cls> classes(List<? extends Type> ts) {
        return Layout.words(ts);
    }

    /** Words per Go value (string 2, int and bool 1): the register ABI assigns whole values. */
    static int[] sizes(List<? extends Type> ts) {
        // a zero-size value (struct{}, [0]T: an empty struct's method's receiver) has no words
        // and takes no part in the ABI: it is left out of the grouping (Go assigns it nothing)
        return ts.stream().mapToInt(t -> classes(t).size()).filter(n -> n > 0).toArray();
    }

    static List<Integer> sizeList(List<? extends Type> ts) {
        return java.util.Arrays.stream(sizes(ts)).boxed().toList();
    }

    /** The size of the iteration state runtime.mapiterinit fills (docs/ABI.md; map.go's hiter, go_asm.s hiter__size). */
    static final long MAP_HITER_SIZE = 0x48;

    /** runtime.cmpstring takes two strings. */
    static final int[] TWO_STRINGS = {2, 2};

    static boolean isFloat(Type t) {
        return t != null && t.underlying() instanceof Basic b && b.isFloat();
    }

    /** A float constant's value as the float64 the checker rounded it to. */
    static double floatValue(Object v) {
        if (v instanceof dev.rt0gen.check.ComplexConst c) return c.re().toDouble();   // no imaginary part (the checker's rule)
        if (v instanceof dev.rt0gen.check.FloatConst f) return f.toDouble();
        return ((BigInteger) v).doubleValue();
    }

    // ---- float32 and complex (issue 14) ------------------------------------------

    static boolean isComplex(Type t) {
        return t != null && t.underlying() instanceof Basic b && b.isComplex();
    }

    /** float32 or complex64: held as f64 words that are always exactly float32 values. */
    static boolean isSingle(Type t) {
        return t != null && t.underlying() instanceof Basic b && (b.kind() == Basic.Kind.FLOAT32 || b.kind() == Basic.Kind.COMPLEX64);
    }

    /** A complex constant's parts as the float64s the checker rounded them to (an int or float: no imaginary part). */
    static double[] complexValue(Object v) {
        if (v instanceof dev.rt0gen.check.ComplexConst c) return new double[]{c.re().toDouble(), c.im().toDouble()};
        return new double[]{floatValue(v), 0.0};
    }

    /** The float32 bits of a float64 that is a float32 value, as a word's low 4 bytes. */
    static long f32Bits(double d) {
        return Float.floatToRawIntBits((float) d) & 0xFFFF_FFFFL;
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    /** The extension that normalizes a word of integer type t, or null for a 64-bit (or non-integer) type. */
    static Op extension(Basic t) {
        return switch (t.kind()) {
            case INT8 -> Op.SEXT8;
            case INT16 -> Op.SEXT16;
            case INT32 -> Op.SEXT32;
            case UINT8 -> Op.ZEXT8;
            case UINT16 -> Op.ZEXT16;
            case UINT32 -> Op.ZEXT32;
            case INVALID, BOOL, INT, INT64, UINT, UINT64, UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING,
                    UNSAFE_POINTER, UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING,
                    UNTYPED_NIL -> null;
        };
    }

    /** Bits of an integer type (8, 16, 32, or 64 for the word-sized and untyped ones). */
    static int bits(Basic t) {
        Op ext = extension(t);
        return ext == null ? 64 : ext.extBits();
    }

    /** The field each element of struct literal cl sets, in order (a keyed element names its field). */
    static int[] litFields(Struct st, Expr.CompositeLit cl) {
        int[] out = new int[cl.elems().size()];
        for (int k = 0; k < out.length; k++) {
            int i = k;
            if (cl.elems().get(k) instanceof Expr.KeyValue kv) {
                String name = ((Expr.Ident) kv.key()).name();
                for (i = 0; !st.fields().get(i).name().equals(name); i++) {
                }
            }
            out[k] = i;
        }
        return out;
    }

    /** An element's value: a keyed element's value, else the element. */
    static Expr litValue(Expr el) {
        return el instanceof Expr.KeyValue kv ? kv.value() : el;
    }

    /**
     * The index each element of array or slice literal cl sets (a key is a constant; the next
     * element follows it), and last, one past the highest: the length a slice literal gets.
     */
    long[] litIndexes(Expr.CompositeLit cl) {
        long[] out = new long[cl.elems().size() + 1];
        long n = 0, i = 0;
        for (int k = 0; k < cl.elems().size(); k++) {
            if (cl.elems().get(k) instanceof Expr.KeyValue kv) i = ((BigInteger) info.typeOf(kv.key()).value()).longValue();
            out[k] = i++;
            n = Math.max(n, i);
        }
        out[out.length - 1] = n;
        return out;
    }

    private final class PackageLower {
        final InitPlan.PackageInit pi;
        final String pkg;
        final Module module;
        final Map<String, String> strings = new LinkedHashMap<>();
        /** The static symbols {@code PKG..stmp_N} made so far: string literals' bytes, static slices' arrays. */
        int stmps;
        boolean hasInitWork;

        PackageLower(InitPlan.PackageInit pi) {
            this.pi = pi;
            this.pkg = pi.pkg().path();
            this.module = new Module(pkg);
        }

        /** The map types of the package with their descriptors' symbols, by type string (a second type of the same string gets a suffix). */
        final Map<String, List<Object[]>> mapTypes = new LinkedHashMap<>();

        /**
         * The symbol of map type t's {@code maptype} descriptor (docs/ABI.md "Maps"), emitted once
         * per package as static rodata {@code PKG..type:map[K]V} (gc's {@code type:map[K]V},
         * with the package's prefix: each package has its own copy). Key kind and parts come from
         * the key's layout; an element above 1024 bytes gets a zeroed bss area for mapaccess1.
         */
        String mapType(dev.rt0gen.types.Map t) {
            String name = t.toString();
            List<Object[]> same = mapTypes.computeIfAbsent(name, k -> new ArrayList<>());
            for (Object[] e : same) if (Types.identical((Type) e[0], t)) return (String) e[1];
            String sym = pkg + "..type:" + name + (same.isEmpty() ? "" : "·" + (same.size() + 1));
            same.add(new Object[]{t, sym});
            long elemsize = Sizes.sizeof(t.elem());
            String zero = null;
            if (elemsize > 1024) {
                zero = sym + ".zero";
                module.data.add(new Data(Data.Section.BSS, zero, List.of(new Data.Zeros((elemsize + 7) / 8))));
            }
            module.data.add(new Data(Data.Section.RODATA, sym, keyDesc(t.key(), elemsize, zero, allocSym(mapEntry(t)))));
            return sym;
        }

        /**
         * The type of map t's entries as the runtime lays them out (map.go's hmap): the hash
         * word, the key at 8, the element at 8 + keysize rounded up to 8, the whole rounded up to
         * 8 (padding as byte arrays). The entries are allocated as an array of it (maptype.entry),
         * so that a collector reads which of their words are pointers.
         */
        Type mapEntry(dev.rt0gen.types.Map t) {
            long ks = Sizes.sizeof(t.key()), es = Sizes.sizeof(t.elem());
            List<dev.rt0gen.types.Struct.Field> fs = new ArrayList<>();
            fs.add(new dev.rt0gen.types.Struct.Field("hash", Basic.UINTPTR, false, "runtime", null));
            fs.add(new dev.rt0gen.types.Struct.Field("key", t.key(), false, "runtime", null));
            if (ks % 8 != 0) fs.add(new dev.rt0gen.types.Struct.Field("kpad", new dev.rt0gen.types.Array(8 - ks % 8, Basic.UINT8), false, "runtime", null));
            fs.add(new dev.rt0gen.types.Struct.Field("elem", t.elem(), false, "runtime", null));
            if (es % 8 != 0) fs.add(new dev.rt0gen.types.Struct.Field("epad", new dev.rt0gen.types.Array(8 - es % 8, Basic.UINT8), false, "runtime", null));
            Type entry = new dev.rt0gen.types.Struct(fs);
            long size = 8 + (ks + 7) / 8 * 8 + (es + 7) / 8 * 8;
            if (Sizes.sizeof(entry) != size) throw new IllegalStateException("map entry of " + t + ": " + Sizes.sizeof(entry) + " bytes, not " + size);
            return entry;
        }

        /**
         * How a key of type key is hashed and compared, in maptype's layout (keysize, elemsize,
         * keykind, zero, nparts, entry: the entries' type, parts): also a type descriptor's key description (+0x48), which
         * an interface key's dynamic type is hashed and compared by. An interface key is kind 5
         * (interface{}) or 6 (non-empty: the dynamic type is its itab's).
         */
        List<Data.Item> keyDesc(Type key, long elemsize, String zero, String entry) {
            long keysize = Sizes.sizeof(key);
            long kind;
            List<long[]> merged = new ArrayList<>();
            if (key.underlying() instanceof dev.rt0gen.types.Interface it) {
                kind = it.isEmpty() ? 5 : 6;
            } else {
                List<long[]> parts = new ArrayList<>();
                keyParts(key, 0, parts);
                // adjacent memory parts are one
                for (long[] p : parts) {
                    long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                    if (last != null && last[1] == 0 && p[1] == 0 && last[0] + last[2] == p[0]) last[2] += p[2];
                    else merged.add(p.clone());
                }
                if (merged.isEmpty()) kind = 0;
                else if (merged.size() == 1 && merged.get(0)[0] == 0 && merged.get(0)[2] == keysize) kind = merged.get(0)[1];
                else kind = 4;
            }
            List<Data.Item> items = new ArrayList<>();
            items.add(new Data.Word(keysize));
            items.add(new Data.Word(elemsize));
            items.add(new Data.Word(kind));
            items.add(zero != null ? new Data.SymWord(zero, 0) : new Data.Word(0));
            items.add(new Data.Word(kind == 4 ? merged.size() : 0));
            items.add(entry != null ? new Data.SymWord(entry, 0) : new Data.Zero(Cls.PTR));
            if (kind == 4) {
                for (long[] p : merged) {
                    items.add(new Data.Word(p[0]));
                    items.add(new Data.Word(p[1]));
                    items.add(new Data.Word(p[2]));
                }
            }
            return items;
        }

        /**
         * The parts of a key of type t at offset off, each {offset, kind, size}: a string 1, a
         * float64 2, a float32 3 (a complex number two of them), anything else compared as
         * memory 0; structs and arrays flattened into their leaves, blank fields left out (Go's
         * == ignores them), padding between parts not covered.
         */
        void keyParts(Type t, long off, List<long[]> out) {
            Type u = t.underlying();
            if (u instanceof dev.rt0gen.types.Struct st) {
                long[] offs = Sizes.offsets(st);
                for (int i = 0; i < offs.length; i++) {
                    if (st.fields().get(i).name().equals("_")) continue;
                    keyParts(st.fields().get(i).type(), off + offs[i], out);
                }
                return;
            }
            if (u instanceof dev.rt0gen.types.Array a) {
                long es = Sizes.sizeof(a.elem());
                for (long i = 0; i < a.len(); i++) keyParts(a.elem(), off + i * es, out);
                return;
            }
            long size = Sizes.sizeof(t);
            if (size == 0) return;
            if (u instanceof Basic b) {
                switch (b.kind()) {
                    case STRING -> out.add(new long[]{off, 1, size});
                    case FLOAT64 -> out.add(new long[]{off, 2, 8});
                    case FLOAT32 -> out.add(new long[]{off, 3, 4});
                    case COMPLEX128 -> {
                        out.add(new long[]{off, 2, 8});
                        out.add(new long[]{off + 8, 2, 8});
                    }
                    case COMPLEX64 -> {
                        out.add(new long[]{off, 3, 4});
                        out.add(new long[]{off + 4, 3, 4});
                    }
                    default -> out.add(new long[]{off, 0, size});
                }
                return;
            }
            if (u instanceof dev.rt0gen.types.Interface) throw new IllegalStateException("interface map keys are not lowered yet");
            out.add(new long[]{off, 0, size});   // pointer, chan
        }

        /** A string literal's symbol (one per distinct value of the package, in first-use order, as Go's PKG..stmp_N). */
        String stringSym(String bytes) {
            return strings.computeIfAbsent(bytes, b -> {
                String sym = pkg + "..stmp_" + stmps++;
                module.data.add(new Data(Data.Section.RODATA, sym, List.of(new Data.Bytes(b))));
                return sym;
            });
        }

        void lower() {
            // package variables: data when the initial value is a constant, else bss
            List<VarInit> dynamic = new ArrayList<>();
            for (VarInit vi : pi.pkg().varInits()) {
                // a constant or a literal of constants: the data itself (StaticInit), no code
                boolean isStatic = StaticInit.isStatic(info, vi);
                for (Obj.Var v : vi.vars()) {
                    if (v.isBlank()) continue;
                    String sym = v.symbol();
                    if (isStatic) {
                        module.data.add(new Data(Data.Section.DATA, sym, staticItems(vi.value(), v.type())));
                    } else {
                        List<Data.Item> zero = new ArrayList<>();
                        // Go's layout, 8 bytes a word with its class (the pointer mask): runs of non-pointer words as one item
                        long n = (Sizes.sizeof(v.type()) + 7) / 8;
                        java.util.BitSet ptrs = Layout.pointerWords(v.type());
                        for (long w = 0; w < n; ) {
                            if (ptrs.get((int) w)) {
                                zero.add(new Data.Zero(Cls.PTR));
                                w++;
                                continue;
                            }
                            long next = Math.min(n, ptrs.nextSetBit((int) w) < 0 ? n : ptrs.nextSetBit((int) w));
                            zero.add(next - w == 1 ? new Data.Zero(Cls.INT) : new Data.Zeros(next - w));
                            w = next;
                        }
                        if (zero.isEmpty()) zero.add(new Data.Zero(Cls.INT));   // a zero-sized variable still has an address
                        module.data.add(new Data(Data.Section.BSS, sym, zero));
                    }
                }
                if (vi.value() != null && !isStatic) dynamic.add(vi);
            }
            for (Obj.Func f : pi.pkg().funcs()) {
                if (f.decl.body() == null) continue;   // package runtime's functions in assembly
                new FuncLower(this, f.symbol()).function(f);
            }
            // PKG.init: the variables in initialization order, then init.0, init.1, ...
            Set<VarInit> isDynamic = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            isDynamic.addAll(dynamic);
            List<VarInit> ordered = new ArrayList<>();
            for (VarInit vi : pi.vars()) if (isDynamic.contains(vi)) ordered.add(vi);
            hasInitWork = !ordered.isEmpty() || !pi.inits().isEmpty();
            if (hasInitWork) new FuncLower(this, pkg + ".init").packageInit(ordered, pi.inits());
        }

        /**
         * The data words of a statically initialized variable of type t (StaticInit): Go's
         * layout, pointers as symbol words (the empty string's data pointer a zero word of class
         * ptr, as Go's nil data pointer).
         */
        List<Data.Item> staticItems(Expr e, Type t) {
            return staticImage(t, (img, relocs) -> staticFill(e, StaticInit.Env.TOP, t, img, 0, relocs));
        }

        /** The data words of a value of type t that fill writes into an image of t's size (pointers into relocs, by offset). */
        private List<Data.Item> staticImage(Type t, java.util.function.BiConsumer<byte[], Map<Long, Data.SymWord>> fill) {
            byte[] img = new byte[(int) ((Sizes.sizeof(t) + 7) / 8 * 8)];
            Map<Long, Data.SymWord> relocs = new java.util.TreeMap<>();
            fill.accept(img, relocs);
            List<Data.Item> items = dataWords(img, relocs, Layout.pointerWords(t));
            if (items.isEmpty()) items.add(new Data.Zero(Cls.INT));   // a zero-sized variable still has an address
            return items;
        }

        /** A static object of its own (gc's StaticName, {@code PKG..stmp_N}) holding the words fill writes: its symbol. */
        private String staticObject(Type t, java.util.function.BiConsumer<byte[], Map<Long, Data.SymWord>> fill) {
            String sym = pkg + "..stmp_" + stmps++;
            module.data.add(new Data(Data.Section.DATA, sym, staticImage(t, fill)));
            return sym;
        }

        /** An image's words: a relocation's symbol word, a zero pointer word, else the bytes as a word. */
        private List<Data.Item> dataWords(byte[] img, Map<Long, Data.SymWord> relocs, java.util.BitSet ptrs) {
            List<Data.Item> items = new ArrayList<>();
            for (int w = 0; w < img.length / 8; w++) {
                Data.SymWord r = relocs.get(8L * w);
                long word = 0;
                for (int b = 7; b >= 0; b--) word = word << 8 | (img[8 * w + b] & 0xff);
                items.add(r != null ? r : word == 0 && ptrs.get(w) ? new Data.Zero(Cls.PTR) : new Data.Word(word));
            }
            return items;
        }

        /**
         * Writes static value e (StaticInit), read in env, at img[off…] as a value of type t, the
         * slot's type: an interface value where e is converted to one (gc's staticAssign
         * OCONVIFACE: the itab, or the type for an empty interface, then the value itself when it
         * is pointer-shaped, else a pointer to a static object holding it).
         */
        private void staticFill(Expr e, StaticInit.Env env, Type t, byte[] img, long off, Map<Long, Data.SymWord> relocs) {
            Type to = info.ifaceConversions.get(e);
            Type from = to == null ? null : info.typeOf(e).type();
            if (from == null || from instanceof dev.rt0gen.types.Basic b && b.kind() == dev.rt0gen.types.Basic.Kind.UNTYPED_NIL) {
                staticValue(e, env, t, img, off, relocs);
                return;
            }
            boolean empty = ((dev.rt0gen.types.Interface) to.underlying()).isEmpty();
            relocs.put(off, new Data.SymWord(empty ? typeSym(from) : itabSym(from, to), 0));
            if (TypeDescs.direct(from)) {
                staticValue(e, env, from, img, off + 8, relocs);
            } else {
                relocs.put(off + 8, new Data.SymWord(staticObject(from, (im, rs) -> staticValue(e, env, from, im, 0, rs)), 0));
            }
        }

        /** Writes static value e, read in env, at img[off…] as a value of its own type t (no interface conversion). */
        private void staticValue(Expr e, StaticInit.Env env, Type t, byte[] img, long off, Map<Long, Data.SymWord> relocs) {
            StaticInit.At at = StaticInit.resolve(info, e, env);
            if (at.e() != e) {   // a parameter of an inlined call: its argument
                staticFill(at.e(), at.env(), t, img, off, relocs);
                return;
            }
            TypeAndValue tv = info.typeOf(e);
            if (tv.isConstant()) {
                if (tv.value() instanceof String str) {
                    if (!str.isEmpty()) {
                        relocs.put(off, new Data.SymWord(stringSym(str), 0));
                        putWord(img, off + 8, 8, str.length());
                    }
                    return;
                }
                List<Data.Item> words = constItems(t, tv.value());
                long size = Sizes.sizeof(t);
                for (int k = 0; k < words.size(); k++) putWord(img, off + 8L * k, (int) Math.min(8, size - 8L * k), ((Data.Word) words.get(k)).value());
                return;
            }
            e = unparen(e);
            if (e instanceof Expr.Call c) {   // an inlined call: its returned expression, the parameters standing for the arguments
                StaticInit.At body = StaticInit.inlined(info, c);
                staticFill(body.e(), body.env(), t, img, off, relocs);
                return;
            }
            boolean addr = info.elidedAddr.contains(e);
            if (e instanceof Expr.Unary u && u.op().equals("&")) {
                e = unparen(u.x());
                addr = true;
            }
            if (!(e instanceof Expr.CompositeLit cl)) return;   // nil: zeros
            if (addr) {   // &T{…}: a static object of its own, and its address
                Type lt = info.typeOf(cl).type();
                relocs.put(off, new Data.SymWord(staticObject(lt, (im, rs) -> staticLit(cl, env, lt, im, 0, rs)), 0));
                return;
            }
            staticLit(cl, env, info.typeOf(cl).type(), img, off, relocs);
        }

        /** Writes static composite literal cl, read in env, of type t at img[off…]. */
        private void staticLit(Expr.CompositeLit cl, StaticInit.Env env, Type t, byte[] img, long off, Map<Long, Data.SymWord> relocs) {
            Type u = t.underlying();
            if (u instanceof dev.rt0gen.types.Struct st) {
                long[] offs = Sizes.offsets(st);
                int[] fields = litFields(st, cl);
                for (int k = 0; k < fields.length; k++) {
                    int i = fields[k];
                    staticFill(litValue(cl.elems().get(k)), env, st.fields().get(i).type(), img, off + offs[i], relocs);
                }
                return;
            }
            Type elem = u instanceof dev.rt0gen.types.Slice sl ? sl.elem() : ((dev.rt0gen.types.Array) u).elem();
            long es = Sizes.sizeof(elem);
            long[] at = litIndexes(cl);
            long n = at[at.length - 1];
            if (!(u instanceof dev.rt0gen.types.Slice)) {
                for (int k = 0; k < cl.elems().size(); k++) staticFill(litValue(cl.elems().get(k)), env, elem, img, off + at[k] * es, relocs);
                return;
            }
            // a slice: the elements in a static array of their own, the slice pointing to it
            if (n == 0) {
                relocs.put(off, new Data.SymWord("runtime.zerobase", 0));   // []T{}: not nil, as Go's
            } else {
                Type arr = new dev.rt0gen.types.Array(n, elem);
                relocs.put(off, new Data.SymWord(staticObject(arr, (im, rs) -> {
                    for (int k = 0; k < cl.elems().size(); k++) staticFill(litValue(cl.elems().get(k)), env, elem, im, at[k] * es, rs);
                }), 0));
            }
            putWord(img, off + 8, 8, n);
            putWord(img, off + 16, 8, n);
        }

        private static void putWord(byte[] img, long off, int bytes, long v) {
            for (int b = 0; b < bytes; b++) img[(int) off + b] = (byte) (v >>> (8 * b));
        }

        List<Data.Item> constItems(Type t, Object v) {
            // float32 and complex (issue 14): Go's bytes in memory (a float32 is 4 bytes, a complex64 two float32s)
            if (isComplex(t)) {
                double[] c = complexValue(v);
                if (isSingle(t)) return List.of(new Data.Word(f32Bits(c[0]) | f32Bits(c[1]) << 32));
                return List.of(new Data.Word(Double.doubleToRawLongBits(c[0])), new Data.Word(Double.doubleToRawLongBits(c[1])));
            }
            if (isFloat(t) && isSingle(t)) return List.of(new Data.Word(f32Bits(floatValue(v))));
            if (isFloat(t)) return List.of(new Data.Word(Double.doubleToRawLongBits(floatValue(v))));
            if (v instanceof String s) {
                if (s.isEmpty()) return List.of(new Data.Zero(Cls.PTR), new Data.Word(0));
                return List.of(new Data.SymWord(stringSym(s), 0), new Data.Word(s.length()));
            }
            if (v instanceof Boolean b) return List.of(new Data.Word(b ? 1 : 0));
            return List.of(new Data.Word(((BigInteger) v).longValue()));
        }

        void initTasks(List<String[]> tasks) {
            List<Data.Item> items = new ArrayList<>();
            for (String[] t : tasks) {
                items.add(new Data.SymWord(stringSym(t[0]), 0));
                items.add(new Data.Word(t[0].length()));
                items.add(new Data.SymWord(t[1], 0));
            }
            module.data.add(new Data(Data.Section.RODATA, "go..inittasks", items));
            module.constants.put("go..ninittasks", (long) tasks.size());
        }

        /**
         * {@code go..godebugDefault} (its bytes, maybe none) and {@code go..godebugDefaultLen}:
         * the default GODEBUG the runtime applies before $GODEBUG.
         */
        void godebugDefault(String settings) {
            byte[] b = settings.getBytes(StandardCharsets.UTF_8);
            module.data.add(new Data(Data.Section.RODATA, "go..godebugDefault",
                    List.of(new Data.Bytes(new String(b, StandardCharsets.ISO_8859_1)))));
            module.constants.put("go..godebugDefaultLen", (long) b.length);
        }
    }

    /** One function of the package being lowered (and the go wrappers it needs). */
    private final class FuncLower {
        final PackageLower pl;
        final String symbol;
        Func func;
        Ssa ssa;
        /** The block being filled; null after a return, break or continue (dead code follows). */
        Block cur;
        final Map<Obj.Var, Integer> vars = new IdentityHashMap<>();   // first word's SSA variable
        final Map<Obj.Var, Integer> cells = new IdentityHashMap<>();  // the SSA variable holding a cell's address
        final Set<Obj.Var> addressed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Obj.Var> results = List.of();
        final Deque<Block[]> targets = new ArrayDeque<>();             // {break, continue or null}
        final Map<String, Block[]> labeled = new HashMap<>();         // a labeled for's or switch's targets
        final Set<String> gotoLabels = new HashSet<>();                // the labels some goto names
        final Map<String, Block> labelBlocks = new HashMap<>();        // their blocks, sealed at the end
        Block fallTarget;                                              // the next case's body (fallthrough)
        /** Where map keys are put to pass their address (one heap object per call of the function, as big as its largest key); null without maps. */
        Value keyTmp;
        /** The largest key of the map-typed expressions seen so far (findAddressed, maxKeySize); -1 for none. */
        long maxKey = -1;
        final List<Func> wrappers = new ArrayList<>();
        /** A function literal's: the variables of enclosing functions it uses, its closure's words 1, 2, … (their cells). */
        List<Obj.Var> captured = List.of();
        /** Whether this is a function literal's function (its literals are named SYMBOL.1, SYMBOL.2, …). */
        boolean literal;
        /** The function literals lowered so far (their names' numbers). */
        int funcLits;
        /** The SSA variable holding g._defer at entry (runtime.deferhead), when the function has defer statements; else null. */
        Integer deferHead;
        /** The SSA variable holding the frame block (deferEntry), when the function has defer statements; else null. */
        Integer deferFrame;
        /** Whether the body has defer statements of its own (not in the literals inside it); findAddressed's depth in literals. */
        boolean hasDefer;
        int litDepth;
        /** The parameters, results and locals of the declared function or literal this lowers (or whose range-over-func body it is). */
        FuncInfo fnInfo;
        /** A range-over-func body's function: the lowering of the function it is in (else null), its loop's control cell, its count of such bodies. */
        FuncLower rangeOuter;
        Integer controlCell;
        int rangeFuncs;
        /** A range-over-func body's blocks that leave it for an enclosing label (as open targets as the loops in targets). */
        final List<Block[]> rangeExits = new ArrayList<>();

        FuncLower(PackageLower pl, String symbol) {
            this.pl = pl;
            this.symbol = symbol;
        }

        void start(List<? extends Type> params, List<? extends Type> res) {
            func = new Func(symbol, classes(params), classes(res), sizeList(params), sizeList(res));
            ssa = new Ssa(func);
            cur = ssa.newBlock();
            ssa.seal(cur);
        }

        void finish() {
            ssa.finish();
            pl.module.funcs.add(func);
            pl.module.funcs.addAll(wrappers);
        }

        void function(Obj.Func f) {
            body(info.funcs.get(f), f.decl.body());
        }

        /**
         * A function's body (a declared function's or a literal's): every param word first (the
         * IR wants them at the top of the entry block), a literal's closure pointer and the
         * cells of the variables it captures, then the params' cells and the results.
         */
        void body(FuncInfo fi, Stmt.Block fbody) {
            fnInfo = fi;
            List<Type> pt = new ArrayList<>(), rt = new ArrayList<>();
            for (Obj.Var p : fi.params()) pt.add(p.type());
            for (Obj.Var r : fi.results()) rt.add(r.type());
            start(pt, rt);
            findAddressed(fbody);
            if (hasDefer) addressed.addAll(fi.results());   // a recovery returns them from their cells (deferEntry)
            int word = 0;
            List<List<Value>> pws = new ArrayList<>();
            for (Obj.Var p : fi.params()) {
                List<Value> ws = new ArrayList<>();
                for (Cls c : classes(p.type())) {
                    Instr in = cur.append(Op.PARAM);
                    in.aux = word++;
                    ws.add(func.define(in, c));
                }
                pws.add(ws);
            }
            capturedCells();
            for (int i = 0; i < fi.params().size(); i++) {
                Obj.Var p = fi.params().get(i);
                List<Value> ws = pws.get(i);
                declare(p);
                if (Layout.inMemory(p.type())) ssa.write(cells.get(p), cur, ws.get(0));   // the caller's copy is the cell
                else define(p, ws);
            }
            for (Obj.Var r : fi.results()) {
                declare(r);
                define(r, zero(r.type()));
            }
            for (Obj.Var v : fi.locals()) declare(v);
            results = fi.results();
            deferEntry(fbody);
            allocKeyTmp(maxKey);   // findAddressed has seen every expression
            gotos(fbody.stmts());
            stmts(fbody.stmts());
            if (cur != null) returnWords(null);
            // every goto is known: the labels' blocks have all their predecessors
            for (Block b : labelBlocks.values()) ssa.seal(b);
            finish();
        }

        void packageInit(List<VarInit> ordered, List<Obj.Func> inits) {
            start(List.of(), List.of());
            List<Object> values = new ArrayList<>();
            for (VarInit vi : ordered) values.add(vi.value());
            for (Object v : values) maxKey = maxKeySize(v, maxKey);
            allocKeyTmp(maxKey);
            for (VarInit vi : ordered) {
                List<Expr> one = List.of(vi.value());
                List<List<Value>> vals = exprList(one, vi.vars().size(), null);
                for (int i = 0; i < vi.vars().size(); i++) assignVar(vi.vars().get(i), vals.get(i));
            }
            for (Obj.Func f : inits) cur.call(f.symbol(), List.of(), List.of());
            cur.ret(List.of());
            finish();
        }

        // ---- variables ------------------------------------------------------------

        void declare(Obj.Var v) {
            if (vars.containsKey(v) || cells.containsKey(v)) return;
            if (inCell(v)) {
                cells.put(v, ssa.newVar(Cls.PTR));
                return;
            }
            List<Cls> cs = classes(v.type());
            int first = ssa.newVar(cs.isEmpty() ? Cls.INT : cs.get(0));   // a zero-size value (struct{}) has no words
            for (int i = 1; i < cs.size(); i++) ssa.newVar(cs.get(i));
            vars.put(v, first);
        }

        void writeVar(Obj.Var v, List<Value> ws) {
            int first = vars.get(v);
            for (int i = 0; i < ws.size(); i++) ssa.write(first + i, cur, ws.get(i));
        }

        String globalSym(Obj.Var v) {
            return v.symbol();
        }

        /** A package variable's address; a zero-sized one's is runtime.zerobase, as Go's linker places them. */
        Value globalAddr(Obj.Var v) {
            if (Sizes.sizeof(v.type()) == 0) return cur.addr("runtime.zerobase", 0);
            return cur.addr(globalSym(v), 0);
        }

        List<Value> readVar(Obj.Var v) {
            List<Value> out = new ArrayList<>();
            Integer first = vars.get(v);
            if (first != null) {
                for (int i = 0, n = classes(v.type()).size(); i < n; i++) out.add(ssa.read(first + i, cur));
                return out;
            }
            Integer cell = cells.get(v);
            Value p = cell != null ? ssa.read(cell, cur) : globalAddr(v);
            return loadValue(v.type(), p, 0);
        }

        /** Stores a value into a variable ({@code _} and blank variables: nothing). */
        void assignVar(Obj.Var v, List<Value> ws) {
            if (v == null || v.isBlank()) return;
            if (vars.containsKey(v)) {
                writeVar(v, ws);
                return;
            }
            Integer cell = cells.get(v);
            Value p = cell != null ? ssa.read(cell, cur) : globalAddr(v);
            storeValue(v.type(), p, 0, ws);
        }

        List<Value> resultWords() {
            List<Value> out = new ArrayList<>();
            for (Obj.Var r : results) out.addAll(owned(r.type(), readVar(r)));
            return out;
        }

        /** The zero value's words (a memory value: a new zeroed object). */
        List<Value> zero(Type t) {
            if (Layout.inMemory(t)) return List.of(newObject(t));
            List<Value> out = new ArrayList<>();
            for (Cls c : classes(t)) out.add(constWord(c, 0));
            return out;
        }

        Value constWord(Cls c, long v) {
            if (c == Cls.INT) return cur.constant(v);
            if (c == Cls.F64) return fconst(Double.longBitsToDouble(v));
            Instr in = cur.append(Op.CONST);   // a nil pointer word (the empty string's data)
            in.aux = v;
            return func.define(in, c);
        }

        // ---- memory ---------------------------------------------------------------

        /** p + off, a pointer. */
        Value ptrAdd(Value p, long off) {
            return off == 0 ? p : cur.add(Op.ADD, Cls.PTR, p, cur.constant(off));
        }

        /** p + i*size, a pointer (i an int word). */
        Value ptrIndex(Value p, Value i, long size) {
            Value off = size == 1 ? i : cur.add(Op.MUL, Cls.INT, i, cur.constant(size));
            return cur.add(Op.ADD, Cls.PTR, p, off);
        }

        /** The words of the value of type t at p+off (a memory value: its address p+off, not a copy). */
        List<Value> loadValue(Type t, Value p, long off) {
            if (Layout.inMemory(t)) return List.of(ptrAdd(p, off));
            List<Value> out = new ArrayList<>();
            for (Layout.Part part : Layout.parts(t)) out.add(cur.load(part.cls(), part.width(), p, off + part.offset()));
            return out;
        }

        /** Stores the value ws of type t at p+off (a memory value: copies its bytes). */
        void storeValue(Type t, Value p, long off, List<Value> ws) {
            if (Layout.inMemory(t)) {
                copyMem(t, ptrAdd(p, off), ws.get(0));
                return;
            }
            List<Layout.Part> parts = Layout.parts(t);
            for (int i = 0; i < parts.size(); i++) cur.store(parts.get(i).width(), p, off + parts.get(i).offset(), ws.get(i));
        }

        /** Copies a value of type t from src to dst: word by word when small, else runtime.memmove. */
        void copyMem(Type t, Value dst, Value src) {
            long size = Sizes.sizeof(t);
            if (size == 0) return;
            if (size <= 64) {
                List<Cls> ws = Layout.memoryWords(t);
                long whole = size / 8;
                for (int i = 0; i < whole; i++) cur.store(dst, 8L * i, cur.load(ws.get(i), src, 8L * i));
                for (long off = whole * 8; off < size; off++) cur.store(Width.U8, dst, off, cur.load(Cls.INT, Width.U8, src, off));
                return;
            }
            cur.call("runtime.memmove", List.of(dst, src, cur.constant(size)), List.of());
        }

        /** Zeroes a value of type t at p. */
        void zeroMem(Type t, Value p) {
            long size = Sizes.sizeof(t);
            if (size == 0) return;
            if (size <= 64) {
                long whole = size / 8;
                for (int i = 0; i < whole; i++) cur.store(p, 8L * i, cur.constant(0));
                for (long off = whole * 8; off < size; off++) cur.store(Width.U8, p, off, cur.constant(0));
                return;
            }
            cur.call("runtime.memclrNoHeapPointers", List.of(p, cur.constant(size)), List.of());
        }

        /** A new zeroed heap object for a value of type t (runtime.newobject; docs/ABI.md). */
        Value newObject(Type t) {
            return cur.call("runtime.newobject", List.of(cur.addr(allocSym(t), 0)), List.of(Cls.PTR)).get(0);
        }

        /** p, made by the allocation the source names (new(T)): runtime code may make it (Func.explicitAllocs). */
        Value explicit(Value p) {
            func.explicitAllocs.add(p.def);
            return p;
        }

        /** A new object of words of these classes (a closure, a defer node, a frame block): a struct of uintptr and pointer fields. */
        Value newWords(List<Cls> words) {
            List<dev.rt0gen.types.Struct.Field> fs = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Type ft = words.get(i) == Cls.PTR ? Basic.UNSAFE_POINTER : words.get(i) == Cls.F64 ? Basic.FLOAT64 : Basic.UINTPTR;
                fs.add(new dev.rt0gen.types.Struct.Field("F" + i, ft, false, "", ""));
            }
            return newObject(new dev.rt0gen.types.Struct(fs));
        }

        /** newWords of a code word then n pointer words (a closure over cells). */
        Value newClosure(int n) {
            List<Cls> ws = new ArrayList<>();
            ws.add(Cls.INT);
            for (int i = 0; i < n; i++) ws.add(Cls.PTR);
            return newWords(ws);
        }

        /** A fresh copy of the memory value at p (an argument, a result: the receiver owns it). */
        Value freshCopy(Type t, Value p) {
            Value q = newObject(t);
            copyMem(t, q, p);
            return q;
        }

        // ---- composite values: addresses, fields, indexing, slicing, literals ------------

        Type typeOf(Expr e) {
            return info.typeOf(e).type();
        }

        /** The address of an addressable expression (a variable in a cell, a global, *p, a field or element of one). */
        Value addrOf(Expr e) {
            e = unparen(e);
            if (e instanceof Expr.Ident id) {
                Obj.Var v = (Obj.Var) info.objectOf(id);
                Integer cell = cells.get(v);
                if (cell != null) return ssa.read(cell, cur);
                if (vars.containsKey(v)) throw new IllegalStateException("the address of " + v + ", an SSA variable");
                return globalAddr(v);
            }
            if (e instanceof Expr.Unary u && u.op().equals("*")) return nilChecked(expr(u.x()).get(0));
            if (e instanceof Expr.Selector sel && info.selections.containsKey(sel)) {
                Place p = fieldPlace(sel, true);
                if (p.ws != null) throw new IllegalStateException("the address of a field of a value: " + Expr.show(e));
                return ptrAdd(p.ptr, p.off);
            }
            if (e instanceof Expr.Index ix) return elemAddr(ix);
            if (e instanceof Expr.CompositeLit cl) {
                Type t = typeOf(cl);
                // a struct or array kept in memory is a new object already, which nothing else
                // points to: it is the variable (one allocation, as gc's &T{...}, not a copy)
                if (Layout.inMemory(t)) return compositeLit(cl).get(0);
                Value p = newObject(t);
                storeValue(t, p, 0, compositeLit(cl));
                return p;
            }
            if (e instanceof Expr.Selector sel) return globalAddr((Obj.Var) info.objectOf(sel.sel()));
            throw new IllegalStateException("not addressable: " + Expr.show(e));
        }

        /** p, after a nil check (a byte load that faults on nil, as gc's nil checks do: sigpanic makes it Go's panic). */
        Value nilChecked(Value p) {
            cur.load(Cls.INT, Width.U8, p, 0);
            return p;
        }

        /** Where a field is: in memory at ptr+off, or the words ws of an SSA struct value. */
        record Place(Value ptr, long off, List<Value> ws) {
        }

        /** Follows a field selector's path (through embedded fields and the pointers on the way). */
        Place fieldPlace(Expr.Selector sel) {
            return fieldPlace(sel, false);
        }

        /** The largest field offset through a nil pointer that faults by itself (gc's minZeroPage). */
        static final long MIN_ZERO_PAGE = 4096;

        /**
         * fieldPlace, with gc's nil checks of the pointers followed: before an offset past the
         * first page (whose load would not fault), and, when the field's address is wanted
         * (addr: {@code &p.f}, {@code p.a[i]}), at the end.
         */
        Place fieldPlace(Expr.Selector sel, boolean addr) {
            dev.rt0gen.types.Lookup.Result r = info.selections.get(sel);
            Type t = typeOf(sel.x());
            Value ptr = null;
            long off = 0;
            List<Value> ws = null;
            boolean deref = false, inside = false;   // ptr from a pointer followed; the place a field of what it points to
            if (t.underlying() instanceof dev.rt0gen.types.Pointer pt) {
                ptr = expr(sel.x()).get(0);
                t = pt.elem();
                deref = true;
            } else if (Layout.inMemory(t) || isAddressable(sel.x())) {
                ptr = Layout.inMemory(t) ? expr(sel.x()).get(0) : addrOf(sel.x());
            } else {
                ws = expr(sel.x());
            }
            List<Integer> path = r.path();
            int last = r.isField() ? path.size() - 1 : path.size();
            for (int k = 0; k < path.size(); k++) {
                dev.rt0gen.types.Struct st = (dev.rt0gen.types.Struct) t.underlying();
                int i = path.get(k);
                Type ft = st.fields().get(i).type();
                if (ws != null) {
                    int w = Layout.fieldWord(st, i);
                    ws = ws.subList(w, w + classes(ft).size());
                } else {
                    off += Sizes.offsetof(st, i);
                    inside = true;
                }
                // an embedded pointer on the way to the field: follow it
                if (k < last && ft.underlying() instanceof dev.rt0gen.types.Pointer pt) {
                    if (ws == null && deref && off >= MIN_ZERO_PAGE) nilChecked(ptr);
                    ptr = ws != null ? ws.get(0) : cur.load(Cls.PTR, ptr, off);
                    ws = null;
                    off = 0;
                    ft = pt.elem();
                    deref = true;
                    inside = false;
                }
                t = ft;
            }
            if (ws == null && deref && (addr && inside || off >= MIN_ZERO_PAGE)) nilChecked(ptr);
            return new Place(ptr, off, ws);
        }

        /** Whether e is a variable held in memory (a cell or a global), or is made of one by selectors and indexes. */
        boolean isAddressable(Expr e) {
            e = unparen(e);
            if (e instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v) return !vars.containsKey(v);
            if (e instanceof Expr.Unary u) return u.op().equals("*");
            if (e instanceof Expr.Selector sel) {
                // a package's variable (pkg.V); a package's constant (time.Hour.Hours()) is a value
                if (!info.selections.containsKey(sel)) return info.objectOf(sel.sel()) instanceof Obj.Var;
                Type xt = typeOf(sel.x());
                return xt.underlying() instanceof dev.rt0gen.types.Pointer || Layout.inMemory(xt) || isAddressable(sel.x());
            }
            if (e instanceof Expr.Index ix) {
                Type xt = typeOf(ix.x()).underlying();
                return xt instanceof dev.rt0gen.types.Slice || xt instanceof dev.rt0gen.types.Pointer
                        || xt instanceof dev.rt0gen.types.Array;
            }
            return false;
        }

        List<Value> selectField(Expr.Selector sel) {
            Place p = fieldPlace(sel);
            if (p.ws != null) return p.ws;
            return loadValue(typeOf(sel), p.ptr, p.off);
        }

        /** The length and capacity of an indexable value's words: {ptr, len, cap}. */
        Value[] sliceWords(Expr x) {
            Type t = typeOf(x).underlying();
            if (t instanceof dev.rt0gen.types.Slice) {
                List<Value> s = expr(x);
                return new Value[]{s.get(0), s.get(1), s.get(2)};
            }
            if (t instanceof Basic) {   // a string
                List<Value> s = expr(x);
                return new Value[]{s.get(0), s.get(1), s.get(1)};
            }
            if (t instanceof dev.rt0gen.types.Pointer pt) {
                Value p = nilChecked(expr(x).get(0));
                Value n = cur.constant(((dev.rt0gen.types.Array) pt.elem().underlying()).len());
                return new Value[]{p, n, n};
            }
            dev.rt0gen.types.Array a = (dev.rt0gen.types.Array) t;
            Value p = isAddressable(x) ? addrOf(x) : expr(x).get(0);
            Value n = cur.constant(a.len());
            return new Value[]{p, n, n};
        }

        Type elemType(Type t) {
            Type u = t.underlying();
            if (u instanceof dev.rt0gen.types.Slice s) return s.elem();
            if (u instanceof dev.rt0gen.types.Array a) return a.elem();
            if (u instanceof dev.rt0gen.types.Pointer p) return ((dev.rt0gen.types.Array) p.elem().underlying()).elem();
            return Basic.UINT8;   // a string's bytes
        }

        /** The address of x[i] after the bounds check (x an array, a pointer to one, or a slice). */
        Value elemAddr(Expr.Index ix) {
            Value[] s = sliceWords(ix.x());
            Value i = expr(ix.index()).get(0);
            boundsCheck(ix.index(), i, s[1]);
            return ptrIndex(s[0], i, Sizes.sizeof(elemType(typeOf(ix.x()))));
        }

        /** if uint(i) >= uint(n) { goPanicIndex(i, n) } (the U form for an unsigned index, as Go prints it). */
        void boundsCheck(Expr index, Value i, Value n) {
            TypeAndValue tv = info.typeOf(index);
            // a constant index within a constant length (an array's: the checker proved it; a nil slice's 0 is no proof)
            if (i.constant() != null && n.constant() != null && Long.compareUnsigned(i.constant(), n.constant()) < 0) return;
            boolean unsigned = ((Basic) tv.type().underlying()).isUnsigned();
            panicUnless(cur.add(Op.ULT, Cls.INT, i, n), unsigned ? "runtime.goPanicIndexU" : "runtime.goPanicIndex", i, n);
        }

        /** if !ok { fn(x, y) }: one of Go's bounds panics. */
        void panicUnless(Value ok, String fn, Value x, Value y) {
            Block panic = newBlock(), next = newBlock();
            cur.branch(ok, next, panic);
            ssa.seal(panic);
            panic.call(fn, List.of(x, y), List.of());
            panic.unreachable();
            enter(next);
        }

        List<Value> index(Expr.Index ix) {
            Type xt = typeOf(ix.x()).underlying();
            if (xt instanceof Basic) {
                List<Value> s = expr(ix.x());
                Value i = expr(ix.index()).get(0);
                boundsCheck(ix.index(), i, s.get(1));
                return List.of(cur.load(Cls.INT, Width.U8, ptrIndex(s.get(0), i, 1), 0));
            }
            if (xt instanceof dev.rt0gen.types.Map) return mapIndex(ix, false);
            Value p = elemAddr(ix);
            return loadValue(typeOf(ix), p, 0);
        }

        /**
         * m[k]: runtime.mapaccess1 (mapaccess2 for v, ok := m[k], its ok word after the
         * element's words), the element read through the returned address at once.
         */
        List<Value> mapIndex(Expr.Index ix, boolean commaOk) {
            dev.rt0gen.types.Map mt = (dev.rt0gen.types.Map) typeOf(ix.x()).underlying();
            Value m = expr(ix.x()).get(0);
            // a lookup keeps no key: m[string(b)] reads b's bytes, not a copy (gc's OBYTES2STRTMP)
            List<Value> k = mt.key().underlying() instanceof Basic kb && kb.isString() ? stringOperand(ix.index()) : valueOf(ix.index(), mt.key());
            Value kp = keyAddr(mt.key(), k);
            Value t = cur.addr(pl.mapType(mt), 0);
            if (!commaOk) return loadElem(mt.elem(), cur.call("runtime.mapaccess1", List.of(t, m, kp), List.of(Cls.PTR)).get(0));
            List<Value> r = cur.call("runtime.mapaccess2", List.of(t, m, kp), new int[]{1, 1, 1}, List.of(Cls.PTR, Cls.INT), new int[]{1, 1});
            List<Value> out = new ArrayList<>(loadElem(mt.elem(), r.get(0)));
            out.add(r.get(1));
            return out;
        }

        /** A map element's value, read at once from the address the runtime gave (a memory value: copied). */
        List<Value> loadElem(Type t, Value p) {
            if (Layout.inMemory(t)) return List.of(freshCopy(t, p));
            return loadValue(t, p, 0);
        }

        /** The address of a key's bytes: a memory value is its own; else the words are stored in the key temporary. */
        Value keyAddr(Type keyType, List<Value> k) {
            if (Layout.inMemory(keyType)) return k.get(0);
            storeValue(keyType, keyTmp, 0, k);
            return keyTmp;
        }

        /** The key temporary, allocated at the function's start when some expression of it is of a map type (max: the largest key's size, else -1). */
        void allocKeyTmp(long max) {
            if (max < 0) return;
            keyTmp = newWords(java.util.Collections.nCopies((int) ((Math.max(max, 8) + 7) / 8), Cls.PTR));   // any key's words: pointers, conservatively
        }

        long maxKeySize(Object node, long max) {
            if (node instanceof List<?> l) {
                for (Object o : l) max = maxKeySize(o, max);
                return max;
            }
            if (node instanceof Expr e) noteMapKey(e);
            for (Object c : children(node)) max = maxKeySize(c, max);
            return Math.max(max, maxKey);
        }

        /** Notes the key size of an expression of a map type (for the key temporary). */
        void noteMapKey(Expr e) {
            TypeAndValue tv = info.typeOf(e);
            if (tv != null && tv.type() != null && tv.type().underlying() instanceof dev.rt0gen.types.Map mt) {
                maxKey = Math.max(maxKey, Sizes.sizeof(mt.key()));
            }
        }

        /** x[lo:hi] and x[lo:hi:max] with Go's checks in gc's order (ssagen's slice). */
        List<Value> sliceExpr(Expr.SliceExpr se) {
            Type xt = typeOf(se.x()).underlying();
            boolean isString = xt instanceof Basic, isSlice = xt instanceof dev.rt0gen.types.Slice;
            Value[] s = sliceWords(se.x());
            Value lo = se.lo() == null ? null : expr(se.lo()).get(0);
            Value hi = se.hi() == null ? null : expr(se.hi()).get(0);
            Value max = se.max() == null ? null : expr(se.max()).get(0);
            Value len = s[1], cap = s[2];
            if (max != null) {
                checkSlice(se.max(), max, cap, isSlice ? "runtime.goPanicSlice3Acap" : "runtime.goPanicSlice3Alen");
                checkSlice(se.hi(), hi, max, "runtime.goPanicSlice3B");
                if (lo != null) checkSlice(se.lo(), lo, hi, "runtime.goPanicSlice3C");
                cap = max;
            } else if (hi != null) {
                checkSlice(se.hi(), hi, isString ? len : cap, isSlice ? "runtime.goPanicSliceAcap" : "runtime.goPanicSliceAlen");
                if (lo != null) checkSlice(se.lo(), lo, hi, "runtime.goPanicSliceB");
            } else {
                hi = len;
                if (lo != null) checkSlice(se.lo(), lo, hi, "runtime.goPanicSliceB");
            }
            Value p = s[0];
            Value nlen = lo == null ? hi : cur.add(Op.SUB, Cls.INT, hi, lo);
            Value ncap = isString || lo == null ? cap : cur.add(Op.SUB, Cls.INT, cap, lo);
            if (lo != null) {
                // gc's rptr = ptr + (mask(rcap) & (lo * stride)): a result of capacity 0 (a string's:
                // length 0) keeps the old pointer, never one past the end (observable with unsafe)
                long stride = Sizes.sizeof(elemType(typeOf(se.x())));
                Value delta = stride == 1 ? lo : cur.add(Op.MUL, Cls.INT, lo, cur.constant(stride));
                Value mask = cur.add(Op.SAR, Cls.INT, cur.add(Op.NEG, Cls.INT, isString ? nlen : ncap), cur.constant(63));
                p = cur.add(Op.ADD, Cls.PTR, p, cur.add(Op.AND, Cls.INT, delta, mask));
            }
            if (isString) return List.of(p, nlen);
            return List.of(p, nlen, ncap);
        }

        /** if uint(x) > uint(bound) { fn(x, bound) } (the U form for an unsigned operand). */
        void checkSlice(Expr e, Value x, Value bound, String fn) {
            if (x.constant() != null && bound.constant() != null && Long.compareUnsigned(x.constant(), bound.constant()) <= 0) return;
            boolean unsigned = ((Basic) typeOf(e).underlying()).isUnsigned();
            panicUnless(cur.add(Op.ULE, Cls.INT, x, bound), unsigned ? fn + "U" : fn, x, bound);
        }

        /** A composite literal's words (a memory value: a new object's address). */
        List<Value> compositeLit(Expr.CompositeLit cl) {
            Type t = typeOf(cl);
            Type u = t.underlying();
            if (u instanceof dev.rt0gen.types.Struct st) {
                List<List<Value>> fields = new ArrayList<>();
                for (Struct.Field f : st.fields()) fields.add(null);
                int[] at = litFields(st, cl);
                for (int k = 0; k < at.length; k++) fields.set(at[k], valueOf(litValue(cl.elems().get(k)), st.fields().get(at[k]).type()));
                if (Layout.inMemory(t)) {
                    Value p = newObject(t);
                    long[] offs = Sizes.offsets(st);
                    for (int i = 0; i < fields.size(); i++) {
                        if (fields.get(i) != null) storeValue(st.fields().get(i).type(), p, offs[i], fields.get(i));
                    }
                    return List.of(p);
                }
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    out.addAll(fields.get(i) != null ? fields.get(i) : zero(st.fields().get(i).type()));
                }
                return out;
            }
            if (u instanceof dev.rt0gen.types.Map) return mapLit(cl);
            Type elem = u instanceof dev.rt0gen.types.Slice s ? s.elem() : ((dev.rt0gen.types.Array) u).elem();
            long[] at = litIndexes(cl);
            long len = u instanceof dev.rt0gen.types.Array a ? a.len() : at[at.length - 1];
            Type arr = new dev.rt0gen.types.Array(len, elem);
            Value p = newObject(arr);
            long es = Sizes.sizeof(elem);
            for (int k = 0; k < cl.elems().size(); k++) storeValue(elem, p, at[k] * es, valueOf(litValue(cl.elems().get(k)), elem));
            if (u instanceof dev.rt0gen.types.Array) return List.of(p);
            Value nv = cur.constant(len);
            return List.of(p, nv, nv);
        }

        /**
         * map[K]V{k: v, …} as gc's order pass and maplit do it: a new map (the number of static
         * entries its hint), the static entries (key and value constants, nil, or array and
         * struct literals of such) stored in order, then each dynamic entry in order, its key
         * and value evaluated, then stored as {@code m[k] = v}. Of equal keys, the one stored
         * last wins: {@code {1: "a", two: "b", 1 + 1: "c"}} has "b" at 2.
         */
        List<Value> mapLit(Expr.CompositeLit cl) {
            dev.rt0gen.types.Map mt = (dev.rt0gen.types.Map) typeOf(cl).underlying();
            List<Expr.KeyValue> statics = new ArrayList<>(), dynamics = new ArrayList<>();
            for (Expr el : cl.elems()) {
                Expr.KeyValue kv = (Expr.KeyValue) el;
                (isStatic(kv.key()) && isStatic(kv.value()) ? statics : dynamics).add(kv);
            }
            Value m = makeMap(mt, statics.isEmpty() ? null : cur.constant(statics.size()));
            List<Expr.KeyValue> ordered = new ArrayList<>(statics);
            ordered.addAll(dynamics);
            for (Expr.KeyValue kv : ordered) {
                List<Value> k = elemValue(kv.key(), mt.key());
                List<Value> v = elemValue(kv.value(), mt.elem());
                storeValue(mt.elem(), mapAssign(mt, m, k), 0, v);
            }
            return List.of(m);
        }

        /** gc's isStaticCompositeLiteral: a constant, nil, or an array or struct literal of static elements. */
        boolean isStatic(Expr e) {
            TypeAndValue tv = info.typeOf(e);
            if (tv != null && tv.isConstant()) return true;
            if (tv != null && tv.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return true;
            e = unparen(e);
            if (StaticInit.isNilIdent(info, e)) return true;
            if (!(e instanceof Expr.CompositeLit cl) || info.elidedAddr.contains(e)) return false;
            Type u = typeOf(cl).underlying();
            if (!(u instanceof dev.rt0gen.types.Array || u instanceof dev.rt0gen.types.Struct)) return false;
            for (Expr el : cl.elems()) {
                if (!isStatic(el instanceof Expr.KeyValue kv ? kv.value() : el)) return false;
            }
            return true;
        }

        /** An element of a composite literal: {…} for a *T element is &T{…}. */
        List<Value> elemValue(Expr e, Type t) {
            if (info.elidedAddr.contains(e)) return List.of(addrOf(e));
            return valueOf(e, t);
        }

        /** make(map[K]V[, hint]): makemap_small without a hint or with a constant one up to 8 (gc's choice), else makemap. */
        Value makeMap(dev.rt0gen.types.Map mt, Value hint) {
            if (hint == null || hint.constant() != null && hint.constant() >= 0 && hint.constant() <= 8) {
                return cur.call("runtime.makemap_small", List.of(), List.of(Cls.PTR)).get(0);
            }
            return cur.call("runtime.makemap", List.of(cur.addr(pl.mapType(mt), 0), hint), List.of(Cls.PTR)).get(0);
        }

        /** runtime.mapassign: the address where m[k]'s element is stored (a nil map panics there). */
        Value mapAssign(dev.rt0gen.types.Map mt, Value m, List<Value> k) {
            Value kp = keyAddr(mt.key(), k);
            return cur.call("runtime.mapassign", List.of(cur.addr(pl.mapType(mt), 0), m, kp), List.of(Cls.PTR)).get(0);
        }

        /** e's words as a value of type t (the checker has made e's type t, or an untyped constant of it). */
        List<Value> valueOf(Expr e, Type t) {
            if (info.ifaceConversions.containsKey(e)) return expr(e);   // made an interface value (interfaces section)
            if (info.elidedAddr.contains(e)) return List.of(addrOf(e));   // {…} of a *T element: &T{…}
            TypeAndValue tv = info.typeOf(e);
            if (tv != null && tv.isConstant()) return constant(t, tv.value());
            if (tv != null && tv.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return zero(t);
            return expr(e);
        }

        /**
         * Strings a == b as gc compiles it: the lengths first, then {@code runtime.memequal} of
         * the bytes only when they are equal (no three-way {@code cmpstring}).
         */
        Value stringEqual(List<Value> a, List<Value> b) {
            Value zero = cur.constant(0);
            Value sameLen = cur.add(Op.EQ, Cls.INT, a.get(1), b.get(1));
            Block from = cur, bytes = newBlock(), end = newBlock();
            cur.branch(sameLen, bytes, end);
            enter(bytes);
            Value r = cur.call("runtime.memequal", List.of(a.get(0), b.get(0), a.get(1)), new int[]{1, 1, 1}, List.of(Cls.INT), new int[]{1}).get(0);
            Block bytesEnd = cur;
            cur.jump(end);
            enter(end);
            Instr phi = end.insert(0, Op.PHI);
            if (end.preds.get(0) != from || end.preds.get(1) != bytesEnd) throw new IllegalStateException("preds of " + end);
            phi.args.add(zero);
            phi.args.add(r);
            return func.define(phi, Cls.INT);
        }

        /** x == y (or !=, negated by the caller) of values of comparable type t. */
        Value equal(Type t, List<Value> a, List<Value> b) {
            Type u = t.underlying();
            if (u instanceof Basic bt) {
                if (bt.isString()) return stringEqual(a, b);
                if (bt.isFloat()) return cur.add(Op.FEQ, Cls.INT, a.get(0), b.get(0));
                if (bt.isComplex()) {
                    // complex (issue 14): both parts equal
                    return cur.add(Op.AND, Cls.INT, cur.add(Op.FEQ, Cls.INT, a.get(0), b.get(0)), cur.add(Op.FEQ, Cls.INT, a.get(1), b.get(1)));
                }
                return cur.add(Op.EQ, Cls.INT, a.get(0), b.get(0));
            }
            if (u instanceof dev.rt0gen.types.Struct st && !Layout.inMemory(t)) {
                Value all = cur.constant(1);
                for (int i = 0; i < st.fields().size(); i++) {
                    Type ft = st.fields().get(i).type();
                    if (st.fields().get(i).name().equals("_")) continue;
                    int w = Layout.fieldWord(st, i), k = classes(ft).size();
                    Value eqf = equal(ft, a.subList(w, w + k), b.subList(w, w + k));   // first: it may end the block (an interface's ==)
                    all = cur.add(Op.AND, Cls.INT, all, eqf);
                }
                return all;
            }
            if (Layout.inMemory(t)) {
                // element by element (field by field), in memory
                Value all = cur.constant(1);
                if (u instanceof dev.rt0gen.types.Array arr) {
                    long es = Sizes.sizeof(arr.elem());
                    for (long i = 0; i < arr.len(); i++) {
                        Value eqf = equal(arr.elem(), loadValue(arr.elem(), a.get(0), i * es), loadValue(arr.elem(), b.get(0), i * es));   // first: it may end the block (an interface's ==)
                        all = cur.add(Op.AND, Cls.INT, all, eqf);
                    }
                } else {
                    dev.rt0gen.types.Struct st = (dev.rt0gen.types.Struct) u;
                    long[] offs = Sizes.offsets(st);
                    for (int i = 0; i < offs.length; i++) {
                        Type ft = st.fields().get(i).type();
                        if (st.fields().get(i).name().equals("_")) continue;
                        Value eqf = equal(ft, loadValue(ft, a.get(0), offs[i]), loadValue(ft, b.get(0), offs[i]));   // first: it may end the block (an interface's ==)
                        all = cur.add(Op.AND, Cls.INT, all, eqf);
                    }
                }
                return all;
            }
            if (u instanceof dev.rt0gen.types.Interface it) return ifaceEqual(it.isEmpty(), a, b);   // interfaces section
            return cur.add(Op.EQ, Cls.INT, a.get(0), b.get(0));   // pointer, chan, map, func, slice (against nil)
        }

        // ---- builtins on slices and pointers ---------------------------------------------

        /** len(x) and cap(x) of a non-constant x: a string's or slice's word, a map's count. */
        Value lenCap(Expr x, boolean cap) {
            Type t = typeOf(x).underlying();
            if (t instanceof dev.rt0gen.types.Chan) return chanLenCap(expr(x).get(0), cap);
            if (t instanceof dev.rt0gen.types.Map) {
                Value m = expr(x).get(0);
                // a nil map has length 0; else hmap.count, its first word (docs/ABI.md)
                int tv = ssa.newVar(Cls.INT);
                Block isNil = newBlock(), notNil = newBlock(), end = newBlock();
                cur.branch(cur.add(Op.EQ, Cls.INT, m, constWord(Cls.PTR, 0)), isNil, notNil);
                enter(isNil);
                ssa.write(tv, cur, cur.constant(0));
                jumpTo(end);
                enter(notNil);
                ssa.write(tv, cur, cur.load(Cls.INT, m, 0));
                jumpTo(end);
                enter(end);
                return ssa.read(tv, cur);
            }
            if (t instanceof dev.rt0gen.types.Pointer pt) {
                // len(p) of a *[N]T: N, with p evaluated (a call) but not dereferenced (p may be nil)
                expr(x);
                return cur.constant(((dev.rt0gen.types.Array) pt.elem().underlying()).len());
            }
            Value[] s = sliceWords(x);
            return cap ? s[2] : s[1];
        }

        /** make([]T, len[, cap]): runtime.makeslice checks the sizes and allocates. */
        List<Value> makeSlice(Expr.Call c) {
            Type elem = ((dev.rt0gen.types.Slice) typeOf(c).underlying()).elem();
            Value len = expr(c.args().get(1)).get(0);
            Value cap = c.args().size() > 2 ? expr(c.args().get(2)).get(0) : len;
            // Go's makeslice(et *_type, len, cap int): the element type's descriptor (its size and pointer layout)
            Value p = cur.call("runtime.makeslice", List.of(cur.addr(allocSym(elem), 0), len, cap), List.of(Cls.PTR)).get(0);
            return List.of(p, len, cap);
        }

        /**
         * append(s, x...): as gc's inline append: the new length; runtime.growslice when it
         * exceeds the capacity (Go's growth rule); then the new elements are stored.
         */
        List<Value> append(Expr.Call c) {
            Type st = typeOf(c);
            Type elem = ((dev.rt0gen.types.Slice) st.underlying()).elem();
            long es = Sizes.sizeof(elem);
            List<Value> s = expr(c.args().get(0));
            List<List<Value>> elems = new ArrayList<>();
            Value n, srcPtr = null;
            if (c.dots() != null) {
                List<Value> t = expr(c.args().get(1));
                srcPtr = t.get(0);
                n = t.get(1);
            } else {
                for (Expr a : c.args().subList(1, c.args().size())) {
                    List<Value> v = valueOf(a, elem);
                    if (Layout.inMemory(elem)) v = List.of(freshCopy(elem, v.get(0)));
                    elems.add(v);
                }
                n = cur.constant(elems.size());
            }
            int pv = ssa.newVar(Cls.PTR), cv = ssa.newVar(Cls.INT);
            Value newLen = cur.add(Op.ADD, Cls.INT, s.get(1), n);
            ssa.write(pv, cur, s.get(0));
            ssa.write(cv, cur, s.get(2));
            Block grow = newBlock(), store = newBlock();
            cur.branch(cur.add(Op.UGT, Cls.INT, newLen, s.get(2)), grow, store);
            enter(grow);
            // Go's growslice(..., et *_type): the element type's descriptor (its size, and its pointer layout,
            // which decides the size class: Go's cap differs for pointerful elements, docs/ABI.md)
            List<Value> g = cur.call("runtime.growslice", List.of(s.get(0), newLen, s.get(2), n, cur.addr(allocSym(elem), 0)),
                    new int[]{1, 1, 1, 1, 1}, List.of(Cls.PTR, Cls.INT, Cls.INT), new int[]{3});
            ssa.write(pv, cur, g.get(0));
            ssa.write(cv, cur, g.get(2));
            jumpTo(store);
            enter(store);
            Value p = ssa.read(pv, cur), cap = ssa.read(cv, cur);
            if (srcPtr != null) {
                Value dst = ptrIndex(p, s.get(1), es);
                cur.call("runtime.memmove", List.of(dst, srcPtr, es == 1 ? n : cur.add(Op.MUL, Cls.INT, n, cur.constant(es))), List.of());
            } else {
                for (int i = 0; i < elems.size(); i++) {
                    Value at = ptrIndex(p, cur.add(Op.ADD, Cls.INT, s.get(1), cur.constant(i)), es);
                    storeValue(elem, at, 0, elems.get(i));
                }
            }
            return List.of(p, newLen, cap);
        }

        /** copy(dst, src): min of the lengths, memmove'd; the count. */
        Value copy(Expr.Call c) {
            List<Value> d = expr(c.args().get(0)), s = expr(c.args().get(1));
            long es = Sizes.sizeof(elemType(typeOf(c.args().get(0))));
            Value n = cur.add(Op.ULT, Cls.INT, d.get(1), s.get(1));
            int nv = ssa.newVar(Cls.INT);
            Block a = newBlock(), b = newBlock(), end = newBlock();
            cur.branch(n, a, b);
            enter(a);
            ssa.write(nv, cur, d.get(1));
            jumpTo(end);
            enter(b);
            ssa.write(nv, cur, s.get(1));
            jumpTo(end);
            enter(end);
            Value count = ssa.read(nv, cur);
            cur.call("runtime.memmove", List.of(d.get(0), s.get(0), es == 1 ? count : cur.add(Op.MUL, Cls.INT, count, cur.constant(es))), List.of());
            return count;
        }

        /** Conversions that make new memory: string ↔ []byte, []rune; string(rune). */
        List<Value> convertComposite(Expr.Call c, Type to, Type from) {
            Type tu = to.underlying(), fu = from.underlying();
            if (tu instanceof dev.rt0gen.types.Slice s && ((Basic) s.elem().underlying()).kind() == Basic.Kind.UINT8) {
                TypeAndValue av = info.typeOf(c.args().get(0));
                if (av != null && av.isConstant() && av.value() instanceof String sc) {
                    // []byte("..."): a new [n]byte of the constant's length with its bytes copied
                    // in, so that cap is len (gc's walkStringToBytes; on the stack when it does
                    // not escape, which rt0gen does not tell yet)
                    Value p = newObject(new dev.rt0gen.types.Array(sc.length(), Basic.UINT8));
                    List<Value> str = constant(sc);
                    if (!sc.isEmpty()) cur.call("runtime.memmove", List.of(p, str.get(0), str.get(1)), List.of());
                    return List.of(p, cur.constant(sc.length()), cur.constant(sc.length()));
                }
                // []byte(x + y + ...): the bytes concatenated into the slice, no string between
                // (gc's walkAddString with the conversion: concatbyte2 .. concatbyte5)
                List<Expr> parts = new ArrayList<>();
                addStringOperands(c.args().get(0), parts);
                if (parts.size() > 1) return concatStrings(concatOperands(parts), true);
            }
            List<Value> v = expr(c.args().get(0));
            Value nil = constWord(Cls.PTR, 0);
            if (tu instanceof dev.rt0gen.types.Slice s) {
                boolean bytes = ((Basic) s.elem().underlying()).kind() == Basic.Kind.UINT8;
                return cur.call(bytes ? "runtime.stringtoslicebyte" : "runtime.stringtoslicerune", List.of(nil, v.get(0), v.get(1)),
                        new int[]{1, 2}, List.of(Cls.PTR, Cls.INT, Cls.INT), new int[]{3});
            }
            if (fu instanceof dev.rt0gen.types.Slice s) {
                boolean bytes = ((Basic) s.elem().underlying()).kind() == Basic.Kind.UINT8;
                if (bytes) return cur.call("runtime.slicebytetostring", List.of(nil, v.get(0), v.get(1)), new int[]{1, 1, 1}, List.of(Cls.PTR, Cls.INT), new int[]{2});
                return cur.call("runtime.slicerunetostring", List.of(nil, v.get(0), v.get(1), v.get(2)), new int[]{1, 3}, List.of(Cls.PTR, Cls.INT), new int[]{2});
            }
            // string(integer): the rune's UTF-8 (runtime.intstring: an invalid one is "\uFFFD")
            Value x = v.get(0);
            return cur.call("runtime.intstring", List.of(nil, x), new int[]{1, 1}, List.of(Cls.PTR, Cls.INT), new int[]{2});
        }

        // ---- variables in memory, assignment targets -------------------------------------

        /**
         * The locals that live in a heap cell instead of SSA: those whose address is taken
         * ({@code &x}, slicing an array variable, a field or element of one), and every
         * variable of a memory type (an array, a big struct). Go puts a non-escaping one on
         * the stack; this heap only grows (the collector comes later).
         */
        void findAddressed(Object node) {
            if (node instanceof Expr e) noteMapKey(e);
            if (node instanceof Expr.Unary u && u.op().equals("&")) markAddressed(u.x());
            if (node instanceof Expr.FuncLit fl) {
                addressed.addAll(captures(fl));   // shared with the closure
                litDepth++;
            }
            if (node instanceof Stmt.Defer && litDepth == 0) hasDefer = true;
            if (node instanceof Stmt.ForRange fr && isRangeFunc(fr)) addressed.addAll(rangeCaptures(fr));   // shared with the body's function
            if (node instanceof Expr.SliceExpr se && typeOf(se.x()).underlying() instanceof dev.rt0gen.types.Array) markAddressed(se.x());
            dev.rt0gen.types.Lookup.Result r = node instanceof Expr.Selector sel0 ? info.selections.get(sel0) : null;
            if (node instanceof Expr.Selector sel && r != null
                    && r.method() != null && r.method().pointerRecv() && !r.indirect()
                    && !(typeOf(sel.x()).underlying() instanceof dev.rt0gen.types.Pointer)) {
                markAddressed(sel.x());   // x.m() with a pointer receiver: (&x).m()
            }
            for (Object child : children(node)) findAddressed(child);
            if (node instanceof Expr.FuncLit) litDepth--;
        }

        void markAddressed(Expr e) {
            e = unparen(e);
            if (e instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v) addressed.add(v);
            else if (e instanceof Expr.Selector sel && info.selections.containsKey(sel)
                    && !(typeOf(sel.x()).underlying() instanceof dev.rt0gen.types.Pointer)) markAddressed(sel.x());
            else if (e instanceof Expr.Index ix && typeOf(ix.x()).underlying() instanceof dev.rt0gen.types.Array) markAddressed(ix.x());
        }

        /** The syntax nodes directly inside a node (records' components that are nodes or lists of them). */
        List<Object> children(Object node) {
            List<Object> out = new ArrayList<>();
            if (node == null || !node.getClass().isRecord()) return out;
            for (java.lang.invoke.MethodHandle acc : ACCESSORS.get(node.getClass())) {
                try {
                    Object v = acc.invoke(node);
                    if (v instanceof Expr || v instanceof Stmt || v instanceof Decl || v instanceof Stmt.CaseClause
                            || v instanceof Stmt.CommClause) {
                        out.add(v);
                    } else if (v instanceof List<?> l) {
                        out.addAll(l);
                    }
                } catch (Throwable ex) {
                    throw new IllegalStateException(ex);
                }
            }
            return out;
        }

        boolean inCell(Obj.Var v) {
            return addressed.contains(v) || Layout.inMemory(v.type());
        }

        /** A new cell for v, where v's declaration runs (a loop body's variable gets one per iteration). */
        void newCell(Obj.Var v) {
            ssa.write(cells.get(v), cur, newObject(v.type()));
        }

        /** Declares v here with the value ws (a cell variable gets a new cell). */
        void define(Obj.Var v, List<Value> ws) {
            if (v == null || v.isBlank()) return;
            if (cells.containsKey(v)) newCell(v);
            assignVar(v, ws);
        }

        /** What an assignment stores into. */
        sealed interface Lv permits VarLv, MemLv, FieldLv, MapLv {
        }

        record VarLv(Obj.Var v) implements Lv {
        }

        record MemLv(Value ptr, Type type) implements Lv {
        }

        /** A field of a struct held in SSA words: words [from, from+n) of variable v. */
        record FieldLv(Obj.Var v, int from, int n) implements Lv {
        }

        record MapLv(Expr.Index ix, List<Value> map, List<Value> key) implements Lv {
        }

        /** The assignment target e (null for _), its index and pointer operands evaluated now. */
        Lv lvalue(Expr e) {
            e = unparen(e);
            if (e instanceof Expr.Ident id) {
                Obj o = info.objectOf(id);
                return o instanceof Obj.Var v && !v.isBlank() ? new VarLv(v) : null;
            }
            if (e instanceof Expr.Index ix && typeOf(ix.x()).underlying() instanceof dev.rt0gen.types.Map mt) {
                List<Value> m = expr(ix.x());
                return new MapLv(ix, m, valueOf(ix.index(), mt.key()));
            }
            if (e instanceof Expr.Selector sel && info.selections.containsKey(sel)) {
                // a field of a struct variable held in SSA: the variable's words, spliced
                Expr root = sel;
                int from = 0;
                while (unparen(root) instanceof Expr.Selector s && info.selections.get(s) != null
                        && info.selections.get(s).isField() && info.selections.get(s).path().size() == 1
                        && !info.selections.get(s).indirect() && !Layout.inMemory(typeOf(s.x()))
                        && typeOf(s.x()).underlying() instanceof dev.rt0gen.types.Struct st) {
                    from += Layout.fieldWord(st, info.selections.get(s).path().get(0));
                    root = s.x();
                }
                if (unparen(root) instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v && vars.containsKey(v)) {
                    return new FieldLv(v, from, classes(typeOf(sel)).size());
                }
                return new MemLv(addrOf(sel), typeOf(sel));
            }
            if (e instanceof Expr.Selector sel) return new VarLv((Obj.Var) info.objectOf(sel.sel()));
            return new MemLv(addrOf(e), typeOf(e));
        }

        List<Value> load(Lv lv) {
            if (lv instanceof VarLv v) return readVar(v.v());
            if (lv instanceof MemLv m) return loadValue(m.type(), m.ptr(), 0);
            if (lv instanceof FieldLv f) return readVar(f.v()).subList(f.from(), f.from() + f.n());
            MapLv m = (MapLv) lv;
            return mapLoad(m);
        }

        void store(Lv lv, List<Value> ws) {
            if (lv == null) return;
            if (lv instanceof VarLv v) {
                assignVar(v.v(), ws);
            } else if (lv instanceof MemLv m) {
                storeValue(m.type(), m.ptr(), 0, ws);
            } else if (lv instanceof FieldLv f) {
                List<Value> all = new ArrayList<>(readVar(f.v()));
                for (int i = 0; i < f.n(); i++) all.set(f.from() + i, ws.get(i));
                writeVar(f.v(), all);
            } else {
                mapStore((MapLv) lv, ws);
            }
        }

        /** m[k] of an assignment's target already evaluated (m[k] op= v, m[k]++): runtime.mapaccess1. */
        List<Value> mapLoad(MapLv m) {
            dev.rt0gen.types.Map mt = (dev.rt0gen.types.Map) typeOf(m.ix().x()).underlying();
            Value kp = keyAddr(mt.key(), m.key());
            Value p = cur.call("runtime.mapaccess1", List.of(cur.addr(pl.mapType(mt), 0), m.map().get(0), kp), List.of(Cls.PTR)).get(0);
            return loadElem(mt.elem(), p);
        }

        /** m[k] op= v (not / or %) and m[k]++ as gc: the element read and written through mapassign's address. */
        void updateMapElem(MapLv m, java.util.function.UnaryOperator<List<Value>> op) {
            dev.rt0gen.types.Map mt = (dev.rt0gen.types.Map) typeOf(m.ix().x()).underlying();
            Value p = mapAssign(mt, m.map().get(0), m.key());
            storeValue(mt.elem(), p, 0, op.apply(loadValue(mt.elem(), p, 0)));
        }

        /** m[k] = v: runtime.mapassign's address, then the store. */
        void mapStore(MapLv m, List<Value> ws) {
            dev.rt0gen.types.Map mt = (dev.rt0gen.types.Map) typeOf(m.ix().x()).underlying();
            storeValue(mt.elem(), mapAssign(mt, m.map().get(0), m.key()), 0, ws);
        }

        /** A memory value that is kept (assigned, passed, returned): its own copy. */
        List<Value> owned(Type t, List<Value> ws) {
            return Layout.inMemory(t) ? List.of(freshCopy(t, ws.get(0))) : ws;
        }

        // ---- for range --------------------------------------------------------------------

        /**
         * for k, v := range x over an integer, an array (or a pointer to one), a slice or a
         * string: x evaluated once (an array copied if v is used), then an index from 0; a
         * string is decoded rune by rune (runtime.decoderune past ASCII).
         */
        void rangeStmt(Stmt.ForRange f, String label) {
            if (isRangeFunc(f)) {   // closures section
                rangeFunc(f, label);
                return;
            }
            if (!perIterationLoopVars && f.define()) {   // before Go 1.22: one variable for the whole loop
                for (Expr e : java.util.Arrays.asList(f.key(), f.value())) {
                    Obj.Var v = e == null ? null : varOf(e);
                    if (v != null && cells.containsKey(v)) newCell(v);
                }
            }
            Type xt = typeOf(f.x()).underlying();
            if (xt instanceof dev.rt0gen.types.Map) {
                mapRange(f, label);
                return;
            }
            if (xt instanceof dev.rt0gen.types.Chan) {
                chanRange(f, label);
                return;
            }
            boolean isInt = xt instanceof Basic b && b.isInteger();
            boolean isString = xt instanceof Basic b2 && b2.isString();
            Value base = null, n;
            if (isInt) {
                n = expr(f.x()).get(0);
            } else if (xt instanceof dev.rt0gen.types.Array a && f.value() == null) {
                if (info.typeOf(f.x()).isConstant() || !hasCall(f.x())) n = cur.constant(a.len());
                else {
                    expr(f.x());
                    n = cur.constant(a.len());
                }
            } else if (xt instanceof dev.rt0gen.types.Array a) {
                base = freshCopy(a, expr(f.x()).get(0));
                n = cur.constant(a.len());
            } else if (xt instanceof dev.rt0gen.types.Pointer pt) {
                base = expr(f.x()).get(0);
                n = cur.constant(((dev.rt0gen.types.Array) pt.elem().underlying()).len());
            } else {
                List<Value> s = expr(f.x());
                base = s.get(0);
                n = s.get(1);
            }
            int iv = ssa.newVar(Cls.INT);
            ssa.write(iv, cur, cur.constant(0));
            Block head = newBlock(), body = newBlock(), cont = newBlock(), end = newBlock();
            cur.jump(head);
            cur = head;   // not sealed: the back edge comes later
            Value i = ssa.read(iv, cur);
            cur.branch(cur.add(Op.LT, Cls.INT, i, n), body, end);
            enter(body);
            i = ssa.read(iv, cur);
            Value next;
            List<Value> value = null;
            if (isString) {
                // ASCII inline; else runtime.decoderune(s, i) → (rune, next index)
                Value c = cur.load(Cls.INT, Width.U8, ptrIndex(base, i, 1), 0);
                int rv = ssa.newVar(Cls.INT), nv = ssa.newVar(Cls.INT);
                Block ascii = newBlock(), multi = newBlock(), joined = newBlock();
                cur.branch(cur.add(Op.ULT, Cls.INT, c, cur.constant(0x80)), ascii, multi);
                enter(ascii);
                ssa.write(rv, cur, c);
                ssa.write(nv, cur, cur.add(Op.ADD, Cls.INT, i, cur.constant(1)));
                jumpTo(joined);
                enter(multi);
                List<Value> d = cur.call("runtime.decoderune", List.of(base, n, i), new int[]{2, 1}, List.of(Cls.INT, Cls.INT), new int[]{1, 1});
                ssa.write(rv, cur, d.get(0));
                ssa.write(nv, cur, d.get(1));
                jumpTo(joined);
                enter(joined);
                value = List.of(ssa.read(rv, cur));
                next = ssa.read(nv, cur);
            } else {
                next = cur.add(Op.ADD, Cls.INT, i, cur.constant(1));
                if (f.value() != null && !isInt) {
                    Type et = elemType(typeOf(f.x()));
                    value = loadValue(et, ptrIndex(base, i, Sizes.sizeof(et)), 0);
                }
            }
            rangeAssign(f, List.of(i), value);
            int nextv = ssa.newVar(Cls.INT);
            ssa.write(nextv, cur, next);
            targets.push(new Block[]{end, cont});
            if (label != null) labeled.put(label, targets.peek());
            stmts(f.body().stmts());
            targets.pop();
            jumpTo(cont);
            enter(cont);
            if (cur != null) {
                ssa.write(iv, cur, ssa.read(nextv, cur));
                cur.jump(head);
            }
            cur = null;
            ssa.seal(head);
            enter(end);
        }

        /** The iteration's key and value into the range clause's variables (new ones each iteration for :=). */
        void rangeAssign(Stmt.ForRange f, List<Value> key, List<Value> value) {
            if (f.define() && !perIterationLoopVars) {   // before Go 1.22: the loop's one variable (its cell made before the loop)
                if (f.key() != null) assignVar(varOf(f.key()), key);
                if (f.value() != null && value != null) assignVar(varOf(f.value()), owned(typeOf(f.value()), value));
                return;
            }
            if (f.define()) {
                if (f.key() != null) define(varOf(f.key()), key);
                if (f.value() != null && value != null) define(varOf(f.value()), owned(typeOf(f.value()), value));
                return;
            }
            Lv k = f.key() == null ? null : lvalue(f.key());
            Lv v = f.value() == null ? null : lvalue(f.value());
            store(k, key);
            if (value != null && v != null) store(v, owned(typeOf(f.value()), value));
        }

        Obj.Var varOf(Expr e) {
            return unparen(e) instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v && !v.isBlank() ? v : null;
        }

        boolean hasCall(Expr e) {
            if (e instanceof Expr.Call) return true;
            for (Object c : children(e)) if (c instanceof Expr x && hasCall(x)) return true;
            return false;
        }

        /**
         * for k, v := range m: m evaluated once, an hiter (a new heap object) started by
         * runtime.mapiterinit; while it.key is not nil the key and element are copied from
         * it.key and it.elem into the iteration variables, the body runs, then
         * runtime.mapiternext (docs/ABI.md "Iteration").
         */
        void mapRange(Stmt.ForRange f, String label) {
            dev.rt0gen.types.Map mt = (dev.rt0gen.types.Map) typeOf(f.x()).underlying();
            Value m = expr(f.x()).get(0);
            Value it = newWords(java.util.Collections.nCopies((int) (MAP_HITER_SIZE / 8), Cls.PTR));   // hiter: pointers, conservatively
            cur.call("runtime.mapiterinit", List.of(cur.addr(pl.mapType(mt), 0), m, it), List.of());
            Block head = newBlock(), body = newBlock(), cont = newBlock(), end = newBlock();
            cur.jump(head);
            cur = head;   // not sealed: the back edge comes later
            Value kp = cur.load(Cls.PTR, it, 0);
            cur.branch(cur.add(Op.NE, Cls.INT, kp, constWord(Cls.PTR, 0)), body, end);
            enter(body);
            kp = cur.load(Cls.PTR, it, 0);
            boolean blankKey = f.key() == null || unparen(f.key()) instanceof Expr.Ident id && id.isBlank();
            List<Value> key = blankKey ? null : loadElem(mt.key(), kp);
            List<Value> value = f.value() == null ? null : loadElem(mt.elem(), cur.load(Cls.PTR, it, 8));
            if (f.key() != null) rangeAssign(f, key, value);
            targets.push(new Block[]{end, cont});
            if (label != null) labeled.put(label, targets.peek());
            stmts(f.body().stmts());
            targets.pop();
            jumpTo(cont);
            enter(cont);
            if (cur != null) {
                cur.call("runtime.mapiternext", List.of(it), List.of());
                cur.jump(head);
            }
            cur = null;
            ssa.seal(head);
            enter(end);
        }

        // ---- blocks ---------------------------------------------------------------

        Block newBlock() {
            return ssa.newBlock();
        }

        /** Continues in b, whose predecessors are all known; dead code if it has none. */
        void enter(Block b) {
            ssa.seal(b);
            cur = b.preds.isEmpty() ? null : b;
        }

        void jumpTo(Block b) {
            if (cur != null) cur.jump(b);
            cur = null;
        }

        // ---- statements -----------------------------------------------------------

        void stmts(List<Stmt> list) {
            for (Stmt s : list) stmt(s);
        }

        void stmt(Stmt s) {
            if (cur == null) {
                // after return, break, continue, goto, panic: dead, unless a goto reaches a
                // label in it; then it is lowered from a block without predecessors, which
                // Ssa.finish drops with everything only it reaches
                if (!holdsGotoTarget(s)) return;
                cur = newBlock();
                ssa.seal(cur);
            }
            if (s instanceof Stmt.ExprStmt es && unparen(es.x()) instanceof Expr.Unary u && u.op().equals("<-")) {
                chanRecvDiscard(u);
            } else if (s instanceof Stmt.ExprStmt es) {
                expr(es.x());
            } else if (s instanceof Stmt.Assign a) {
                assign(a);
            } else if (s instanceof Stmt.IncDec id) {
                Lv lv = lvalue(id.x());
                Type xt = info.typeOf(id.x()).type();
                boolean f = isFloat(xt) || isComplex(xt);
                java.util.function.UnaryOperator<List<Value>> inc = xs -> {
                    Value x = xs.get(0);
                    Value r = f ? cur.add(id.op().equals("++") ? Op.FADD : Op.FSUB, Cls.F64, x, fconst(1.0))
                            : norm(cur.add(id.op().equals("++") ? Op.ADD : Op.SUB, Cls.INT, x, cur.constant(1)), basicOf(id.x()));
                    if (f && isSingle(xt)) r = cur.add(Op.FROUND32, Cls.F64, r);   // float32: issue 14
                    if (!isComplex(xt)) return List.of(r);
                    // x ± (1+0i): the imaginary part gets + 0 too (-0 + 0 is +0), as gc
                    Value im = cur.add(id.op().equals("++") ? Op.FADD : Op.FSUB, Cls.F64, xs.get(1), fconst(0.0));
                    if (isSingle(xt)) im = cur.add(Op.FROUND32, Cls.F64, im);
                    return List.of(r, im);
                };
                if (lv instanceof MapLv ml) updateMapElem(ml, inc);   // m[k]++ is m[k] += 1
                else store(lv, inc.apply(load(lv)));
            } else if (s instanceof Stmt.DeclStmt ds) {
                for (Decl d : ds.specs()) if (d instanceof Decl.Var vd) localVar(vd);
            } else if (s instanceof Stmt.Block b) {
                stmts(b.stmts());
            } else if (s instanceof Stmt.If is) {
                ifStmt(is);
            } else if (s instanceof Stmt.For f) {
                forStmt(f, null);
            } else if (s instanceof Stmt.ForRange f) {
                rangeStmt(f, null);
            } else if (s instanceof Stmt.TypeSwitch ts) {
                typeSwitch(ts, null);
            } else if (s instanceof Stmt.Switch sw) {
                switchStmt(sw, null);
            } else if (s instanceof Stmt.Labeled l) {
                labeledStmt(l);
            } else if (s instanceof Stmt.Goto g) {
                jumpTo(labelBlock(g.label().name()));
            } else if (s instanceof Stmt.Fallthrough) {
                jumpTo(fallTarget);
            } else if (s instanceof Stmt.Return r) {
                List<List<Value>> vs = null;
                if (!r.results().isEmpty()) {
                    List<Type> rts = new ArrayList<>();
                    vs = exprList(r.results(), results.size(), rts);
                }
                returnWords(vs);
            } else if (s instanceof Stmt.Break b && b.label() != null) {
                jumpTo(labeled.get(b.label().name())[0]);
            } else if (s instanceof Stmt.Continue c && c.label() != null) {
                jumpTo(labeled.get(c.label().name())[1]);
            } else if (s instanceof Stmt.Break) {
                jumpTo(targets.peek()[0]);
            } else if (s instanceof Stmt.Continue) {
                for (Block[] t : targets) {
                    if (t[1] != null) {
                        jumpTo(t[1]);
                        break;
                    }
                }
            } else if (s instanceof Stmt.Go g) {
                goStmt(g);
            } else if (s instanceof Stmt.Defer d) {
                deferStmt(d);
            } else if (s instanceof Stmt.Send snd) {
                chanSend(snd);
            } else if (s instanceof Stmt.Select sel) {
                selectStmt(sel, null);
            }
        }

        /**
         * {@code L: stmt}: a label some goto names starts a block of its own (Checker's
         * Branches: the gotos are in the label's block or nested in it, every label unique in
         * the function); a for or switch takes the label for its break and continue.
         */
        void labeledStmt(Stmt.Labeled l) {
            String name = l.label().name();
            if (gotoLabels.contains(name)) {
                Block b = labelBlock(name);
                jumpTo(b);
                cur = b;   // not sealed: gotos after it come later
            }
            if (l.stmt() instanceof Stmt.For f) forStmt(f, name);
            else if (l.stmt() instanceof Stmt.ForRange f) rangeStmt(f, name);
            else if (l.stmt() instanceof Stmt.Switch sw) switchStmt(sw, name);
            else if (l.stmt() instanceof Stmt.TypeSwitch ts) typeSwitch(ts, name);
            else if (l.stmt() instanceof Stmt.Select sel) selectStmt(sel, name);
            else stmt(l.stmt());
        }

        Block labelBlock(String name) {
            return labelBlocks.computeIfAbsent(name, k -> newBlock());
        }

        /** Collects the labels named by gotos. */
        void gotos(List<Stmt> list) {
            for (Stmt s : list) {
                if (s instanceof Stmt.Goto g) gotoLabels.add(g.label().name());
                else if (s instanceof Stmt.Labeled l) gotos(List.of(l.stmt()));
                else if (s instanceof Stmt.Block b) gotos(b.stmts());
                else if (s instanceof Stmt.If is) gotos(is.els() == null ? List.of(is.then()) : List.of(is.then(), is.els()));
                else if (s instanceof Stmt.For f) gotos(List.of(f.body()));
                else if (s instanceof Stmt.ForRange f) gotos(List.of(f.body()));
                else if (s instanceof Stmt.Switch sw) for (Stmt.CaseClause cc : sw.clauses()) gotos(cc.body());
                else if (s instanceof Stmt.TypeSwitch ts) for (Stmt.CaseClause cc : ts.clauses()) gotos(cc.body());
                else if (s instanceof Stmt.Select sel) for (Stmt.CommClause cc : sel.clauses()) gotos(cc.body());
            }
        }

        /** Whether s is or holds a statement labeled with a label some goto names. */
        boolean holdsGotoTarget(Stmt s) {
            if (s instanceof Stmt.Labeled l) return gotoLabels.contains(l.label().name()) || holdsGotoTarget(l.stmt());
            if (s instanceof Stmt.Block b) return b.stmts().stream().anyMatch(this::holdsGotoTarget);
            if (s instanceof Stmt.If is) return holdsGotoTarget(is.then()) || is.els() != null && holdsGotoTarget(is.els());
            if (s instanceof Stmt.For f) return holdsGotoTarget(f.body());
            if (s instanceof Stmt.ForRange f) return holdsGotoTarget(f.body());
            if (s instanceof Stmt.Switch sw) {
                for (Stmt.CaseClause cc : sw.clauses()) if (cc.body().stream().anyMatch(this::holdsGotoTarget)) return true;
            }
            if (s instanceof Stmt.TypeSwitch ts) {
                for (Stmt.CaseClause cc : ts.clauses()) if (cc.body().stream().anyMatch(this::holdsGotoTarget)) return true;
            }
            if (s instanceof Stmt.Select sel) {
                for (Stmt.CommClause cc : sel.clauses()) if (cc.body().stream().anyMatch(this::holdsGotoTarget)) return true;
            }
            return false;
        }

        void ifStmt(Stmt.If is) {
            if (is.init() != null) stmt(is.init());
            Value c = expr(is.cond()).get(0);
            Block then = newBlock(), els = is.els() != null ? newBlock() : null, end = newBlock();
            cur.branch(c, then, els != null ? els : end);
            enter(then);
            stmts(is.then().stmts());
            jumpTo(end);
            if (els != null) {
                enter(els);
                stmt(is.els());
                jumpTo(end);
            }
            enter(end);
        }

        /** {@code label}: the for statement's label, or null. */
        void forStmt(Stmt.For f, String label) {
            if (f.init() != null) stmt(f.init());
            if (cur == null) return;
            Block head = newBlock(), body = newBlock(), cont = newBlock(), end = newBlock();
            cur.jump(head);
            cur = head;   // not sealed: the back edge comes later
            if (f.cond() != null) {
                Value c = expr(f.cond()).get(0);
                cur.branch(c, body, end);
            } else {
                cur.jump(body);
            }
            enter(body);
            targets.push(new Block[]{end, cont});
            if (label != null) labeled.put(label, targets.peek());
            stmts(f.body().stmts());
            targets.pop();
            jumpTo(cont);
            enter(cont);
            if (cur != null) perIterationCopies(f);
            if (cur != null && f.post() != null) stmt(f.post());
            jumpTo(head);
            ssa.seal(head);
            enter(end);
        }

        /** {@code label}: the switch statement's label, or null. */
        void switchStmt(Stmt.Switch sw, String label) {
            if (sw.init() != null) stmt(sw.init());
            if (cur == null) return;
            Type tagType = Basic.BOOL;
            List<Value> tag = null;
            if (sw.tag() != null) {
                tagType = Types.defaultType(typeOf(sw.tag()));
                // switch string(b) with only constant cases: the tag is compared before any body
                // runs, and b's bytes are read in place (gc's walkSwitchExpr: OBYTES2STRTMP)
                boolean constantCases = sw.clauses().stream().flatMap(cc -> cc.values().stream())
                        .allMatch(v -> info.typeOf(v) != null && info.typeOf(v).isConstant());
                tag = Types.isString(tagType) && constantCases ? stringOperand(sw.tag()) : expr(sw.tag());
            }
            Block end = newBlock(), dflt = end;
            List<Block> bodies = new ArrayList<>();
            // the cases in order, each value tested in turn
            for (Stmt.CaseClause cc : sw.clauses()) {
                Block body = newBlock();
                bodies.add(body);
                if (cc.isDefault()) dflt = body;
                for (Expr v : cc.values()) {
                    Value c;
                    Type vt = info.ifaceConversions.containsKey(v) ? tagType : typeOf(v);
                    if (vt.underlying() instanceof dev.rt0gen.types.Interface && !(tagType.underlying() instanceof dev.rt0gen.types.Interface
                            && Types.identical(tagType, vt))) {
                        // a case of an interface type the tag is assignable to (types2's comparison):
                        // the tag (true if there is none) made a value of it, then interface equality
                        List<Value> t = tag != null ? tag : List.of(cur.constant(1));
                        List<Value> cv = expr(v);
                        c = equal(vt, toIface(tagType, t, vt), cv);
                    } else if (tag == null) {
                        c = expr(v).get(0);
                    } else {
                        c = equal(tagType, tag, valueOf(v, tagType));   // tag == v, by the tag's type
                    }
                    Block next = newBlock();
                    cur.branch(c, body, next);
                    enter(next);
                }
            }
            jumpTo(dflt);
            targets.push(new Block[]{end, null});
            if (label != null) labeled.put(label, targets.peek());
            Block outerFall = fallTarget;
            for (int i = 0; i < sw.clauses().size(); i++) {
                enter(bodies.get(i));
                // a fallthrough ends the body: the next body gets it as a predecessor before it is sealed
                fallTarget = i + 1 < bodies.size() ? bodies.get(i + 1) : null;
                stmts(sw.clauses().get(i).body());
                jumpTo(end);
            }
            fallTarget = outerFall;
            targets.pop();
            enter(end);
        }

        void localVar(Decl.Var vd) {
            List<Obj.Var> vs = new ArrayList<>();
            for (Expr.Ident n : vd.names()) vs.add((Obj.Var) info.objectOf(n));
            if (vd.values().isEmpty()) {
                for (Obj.Var v : vs) {
                    if (v.isBlank()) continue;
                    if (cells.containsKey(v)) newCell(v);   // zeroed
                    else assignVar(v, zero(v.type()));
                }
                return;
            }
            List<List<Value>> vals = exprList(vd.values(), vs.size(), null);
            for (int i = 0; i < vs.size(); i++) define(vs.get(i), vals.get(i));
        }

        void assign(Stmt.Assign a) {
            switch (a.op()) {
                case "=", ":=" -> {
                    // the targets' index and pointer operands, then every value, then the
                    // assignments, left to right (a := declares the names that are new here)
                    List<Lv> ts = new ArrayList<>();
                    List<Obj.Var> defs = new ArrayList<>();
                    for (Expr l : a.lhs()) {
                        Obj.Var nv = a.op().equals(":=") ? newVarAt(l) : null;
                        defs.add(nv);
                        ts.add(nv != null ? null : lvalue(l));
                    }
                    List<List<Value>> vals = exprList(a.rhs(), ts.size(), null);
                    if (ts.size() > 1) {
                        // a, b = b, a of memory values: both copied before either is stored
                        for (int i = 0; i < vals.size(); i++) {
                            // a target's type: a new or blank variable's has no recorded expression type
                            Expr l = unparen(a.lhs().get(i));
                            Type lt = l instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v ? v.type()
                                    : info.typeOf(l) != null ? typeOf(l) : null;
                            if (lt != null) vals.set(i, owned(lt, vals.get(i)));
                        }
                    }
                    for (int i = 0; i < ts.size(); i++) {
                        if (defs.get(i) != null) define(defs.get(i), vals.get(i));
                        else store(ts.get(i), vals.get(i));
                    }
                }
                default -> {
                    // x op= y: x's operands once, x op y, then the store
                    String op = a.op().substring(0, a.op().length() - 1);
                    Basic t = (Basic) info.typeOf(a.lhs().get(0)).type().underlying();
                    // as gc: the target's operands, then the right side, then the target is read
                    // (a map's element through mapassign's address, but for / and %: mapaccess1,
                    // so that a division by zero panics before the entry is made)
                    Lv lv = lvalue(a.lhs().get(0));
                    Expr y = a.rhs().get(0);
                    if (op.equals("+") && t.isString()) {
                        // s += y + z is s = s + y + z: one concatenation (gc's OADDSTR)
                        List<Expr> parts = new ArrayList<>();
                        addStringOperands(y, parts);
                        List<List<Value>> words = concatOperands(parts);
                        java.util.function.UnaryOperator<List<Value>> cat = x -> {
                            List<List<Value>> all = new ArrayList<>(List.of(x));
                            all.addAll(words);
                            return concatStrings(all, false);
                        };
                        if (lv instanceof MapLv ml) updateMapElem(ml, cat);
                        else store(lv, cat.apply(load(lv)));
                        break;
                    }
                    List<Value> yw = expr(y);
                    if (lv instanceof MapLv ml && !op.equals("/") && !op.equals("%")) {
                        updateMapElem(ml, x -> binaryValues(op, x, y, yw, t));
                    } else {
                        store(lv, binaryValues(op, load(lv), y, yw, t));
                    }
                }
            }
        }

        /** The variable a := declares at l, or null when l names an existing one (or is _). */
        Obj.Var newVarAt(Expr l) {
            if (!(unparen(l) instanceof Expr.Ident id) || !(info.objectOf(id) instanceof Obj.Var v) || v.isBlank()) return null;
            return v.pos() != null && v.pos().equals(id.pos()) ? v : null;
        }

        void goStmt(Stmt.Go g) {
            Expr.Call c = g.call();
            Obj.Func f = staticCallee(c);
            Signature sig = callSig(c);
            // the func value and the arguments are evaluated now, in this goroutine (go f(g()): g runs here)
            Value fv = f == null ? expr(c.fun()).get(0) : null;
            List<Value> args = callArgs(c, sig);
            String name = symbol + ".gowrap" + (wrappers.stream().filter(w -> w.name.startsWith(symbol + ".gowrap")).count() + 1);
            wrappers.add(goWrapper(name, f, sig));
            List<Value> words = new ArrayList<>();
            words.add(cur.addr(name, 0));
            words.add(cur.constant(8L * (args.size() + (fv != null ? 1 : 0))));
            if (fv != null) words.add(fv);
            words.addAll(args);
            // ABI0 (Callees.ABI0): every word on the stack; the sizes only keep the IR's grouping
            int[] ps = sizes(sig.params());
            int k = fv != null ? 3 : 2;
            int[] sizes = new int[k + ps.length];
            java.util.Arrays.fill(sizes, 0, k, 1);
            System.arraycopy(ps, 0, sizes, k, ps.length);
            cur.call("runtime.newproc", words, sizes, List.of(), new int[0]);
        }

        /**
         * {@code func abi0 NAME(f's argument words) { f(them) }}: the goroutine's entry; for a
         * func value (f null), its first word is the closure, called with the rest.
         */
        Func goWrapper(String name, Obj.Func f, Signature sig) {
            List<Cls> params = new ArrayList<>();
            List<Integer> psizes = new ArrayList<>();
            if (f == null) {
                params.add(Cls.PTR);
                psizes.add(1);
            }
            params.addAll(classes(sig.params()));
            psizes.addAll(sizeList(sig.params()));
            Func w = new Func(name, params, List.of(), psizes, List.of());
            w.abi0 = true;
            Block b = w.newBlock();
            List<Value> args = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                Instr in = b.append(Op.PARAM);
                in.aux = i;
                args.add(w.define(in, params.get(i)));
            }
            if (f == null) b.callIndirect(args.get(0), args.subList(1, args.size()), sizes(sig.params()), classes(sig.results()), sizes(sig.results()));
            else b.call(f.symbol(), args, sizes(sig.params()), classes(sig.results()), sizes(sig.results()));
            b.ret(List.of());
            return w;
        }

        // ---- func values, closures, variadic calls, defer (closures) ------------------------
        //
        // A func value is one ptr word: a closure, whose first word is the code's address.
        // Calling one is calli (the closure in the context register). A declared function used
        // as a value is its static closure F·f (a read-only word holding F's address, as gc's);
        // a function literal is the function PKG.OUTER.funcN (nested: PKG.OUTER.funcN.M) and,
        // when it captures variables, a new closure object {code, the captured cells'
        // addresses…}: a captured variable lives in a cell (shared: Go's capture by reference),
        // which the literal's function reaches through its closure pointer. A deferred call is
        // a closure too (PKG.FUNC.deferwrapN, over the func value and argument words evaluated
        // at the defer statement), pushed on the goroutine's defer chain (runtime.deferproc);
        // every return runs the chain down to where it was at entry (runtime.deferreturn), and
        // a panic runs all of it before printing its message.

        /** The declared function f as a value: its static closure. */
        Value funcValue(Obj.Func f) {
            return cur.addr(staticClosure(f.symbol()), 0);
        }

        /** {@code SYM·f}: a read-only word holding SYM's address, emitted once. */
        String staticClosure(String sym) {
            String name = sym + "\u00b7f";
            if (staticClosures.add(name)) {
                pl.module.data.add(new Data(Data.Section.RODATA, name, List.of(new Data.SymWord(sym, 0))));
            }
            return name;
        }

        /** The declared function a call calls directly, or null for a call of a func value. */
        Obj.Func staticCallee(Expr.Call c) {
            Expr f = unparen(c.fun());
            Obj o = f instanceof Expr.Ident id ? info.objectOf(id)
                    : f instanceof Expr.Selector sel && !info.selections.containsKey(sel) ? info.objectOf(sel.sel()) : null;
            return o instanceof Obj.Func fn ? fn : null;
        }

        /** The signature a call's function has. */
        Signature callSig(Expr.Call c) {
            Obj.Func f = staticCallee(c);
            if (f != null) return f.sig();
            return (Signature) typeOf(c.fun()).underlying();
        }

        /**
         * A call's argument words for sig: a variadic function's extra arguments packed into a
         * new slice (none: a nil slice), {@code f(s...)} passing s itself.
         */
        List<Value> callArgs(Expr.Call c, Signature sig) {
            int np = sig.params().size();
            boolean pack = sig.variadic() && !c.hasDots();
            List<List<Value>> vs = exprList(c.args(), np, null);
            int fixed = pack ? np - 1 : vs.size();
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < fixed; i++) out.addAll(owned(sig.params().get(i), vs.get(i)));
            if (!pack) return out;
            Type elem = ((dev.rt0gen.types.Slice) sig.params().get(np - 1).underlying()).elem();
            int n = vs.size() - fixed;
            if (n == 0) {
                out.add(constWord(Cls.PTR, 0));
                out.add(cur.constant(0));
                out.add(cur.constant(0));
                return out;
            }
            Value p = newObject(new dev.rt0gen.types.Array(n, elem));
            long es = Sizes.sizeof(elem);
            for (int i = 0; i < n; i++) storeValue(elem, p, i * es, vs.get(fixed + i));
            Value len = cur.constant(n);
            out.add(p);
            out.add(len);
            out.add(len);
            return out;
        }

        /** The variables of enclosing functions that a function literal uses (also in literals inside it), in order of first use. */
        List<Obj.Var> captures(Expr.FuncLit fl) {
            Set<Obj.Var> own = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            ownVars(fl, own);
            java.util.LinkedHashSet<Obj.Var> out = new java.util.LinkedHashSet<>();
            usedVars(fl.body(), own, out);
            return new ArrayList<>(out);
        }

        /** The variables a literal declares, with those of the literals inside it. */
        void ownVars(Object node, Set<Obj.Var> own) {
            if (node instanceof Expr.FuncLit fl) {
                FuncInfo fi = info.funcLits.get(fl);
                own.addAll(fi.params());
                own.addAll(fi.results());
                own.addAll(fi.locals());
            }
            for (Object c : children(node)) ownVars(c, own);
        }

        void usedVars(Object node, Set<Obj.Var> own, Set<Obj.Var> out) {
            if (node instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Var v && v.kind != Obj.Var.Kind.GLOBAL
                    && !v.isBlank() && !own.contains(v)) {
                out.add(v);
            }
            for (Object c : children(node)) usedVars(c, own, out);
        }

        /** A literal's captured variables: their cells' addresses, from the closure (right after the params). */
        void capturedCells() {
            if (captured.isEmpty()) return;
            capturedCells(func.define(cur.append(Op.CLOSUREPTR), Cls.PTR));
        }

        void capturedCells(Value ctx) {
            for (int i = 0; i < captured.size(); i++) {
                int cv = ssa.newVar(Cls.PTR);
                cells.put(captured.get(i), cv);
                ssa.write(cv, cur, cur.load(Cls.PTR, ctx, 8L * (i + 1)));
            }
        }

        /** The name of this function's next literal: gc's PKG.OUTER.funcN, inside a literal PKG.OUTER.funcN.M. */
        String nextLiteralName() {
            return symbol + (literal ? "." : ".func") + (++funcLits);
        }

        /** A function literal's value: its function lowered, and its closure (static when it captures nothing). */
        Value funcLit(Expr.FuncLit fl) {
            String name = nextLiteralName();
            List<Obj.Var> cap = captures(fl);
            FuncLower inner = new FuncLower(pl, name);
            inner.literal = true;
            inner.captured = cap;
            inner.body(info.funcLits.get(fl), fl.body());
            if (cap.isEmpty()) return cur.addr(staticClosure(name), 0);
            Value clo = newClosure(cap.size());
            cur.store(clo, 0, cur.addr(name, 0));
            for (int i = 0; i < cap.size(); i++) cur.store(clo, 8L * (i + 1), ssa.read(cells.get(cap.get(i)), cur));
            return clo;
        }

        /**
         * Go 1.22's per-iteration variables of a 3-clause for loop: before the post statement,
         * each variable the init statement declared that lives in a cell (a closure may hold
         * the old one) gets a new cell with its current value.
         */
        void perIterationCopies(Stmt.For f) {
            if (!perIterationLoopVars) return;
            if (!(f.init() instanceof Stmt.Assign a) || !a.op().equals(":=")) return;
            for (Expr l : a.lhs()) {
                Obj.Var v = newVarAt(l);
                if (v == null || !cells.containsKey(v)) continue;
                List<Value> val = readVar(v);
                if (Layout.inMemory(v.type())) val = List.of(freshCopy(v.type(), val.get(0)));
                define(v, val);
            }
        }

        /**
         * A function with defer statements (findAddressed saw them) notes where the goroutine's
         * defer chain is at entry, and makes its frame block (docs/ABI.md "Defer, panic and
         * recover"): {sp, bp, pc, the chain at entry, the result cells' addresses…}, which
         * runtime.deferframe fills and every deferred call's node points to. When a deferred
         * call recovers a panic, deferframe returns again, with the block: the function then
         * runs the rest of its deferred calls and returns its results' values (Go's recovery
         * returns to the frame's deferreturn).
         */
        void deferEntry(Stmt.Block fbody) {
            if (!hasDefer) return;
            deferHead = ssa.newVar(Cls.PTR);
            Value stop = cur.call("runtime.deferhead", List.of(), List.of(Cls.PTR)).get(0);
            ssa.write(deferHead, cur, stop);
            List<Cls> fbw = new ArrayList<>(List.of(Cls.INT, Cls.INT, Cls.INT, Cls.PTR));   // sp, bp, pc (not heap pointers), stop
            for (int i = 0; i < results.size(); i++) fbw.add(Cls.PTR);
            Value fb = newWords(fbw);
            cur.store(fb, 24, stop);
            for (int i = 0; i < results.size(); i++) cur.store(fb, 32 + 8L * i, ssa.read(cells.get(results.get(i)), cur));
            deferFrame = ssa.newVar(Cls.PTR);
            ssa.write(deferFrame, cur, fb);
            Value again = cur.call("runtime.deferframe", List.of(fb), List.of(Cls.PTR)).get(0);
            Block landing = newBlock(), body = newBlock();
            cur.branch(isNilWord(again), body, landing);
            enter(landing);
            // only the block, in a register: every other value is the body's
            cur.call("runtime.deferreturn", List.of(cur.load(Cls.PTR, again, 24)), List.of());
            List<Value> ws = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                Type t = results.get(i).type();
                ws.addAll(owned(t, loadValue(t, cur.load(Cls.PTR, again, 32 + 8L * i), 0)));
            }
            cur.ret(ws);
            cur = null;
            enter(body);
        }

        /**
         * Returns vs (null: the result variables' values). With deferred calls: the values are
         * assigned to the result variables, the calls run (they may change named results), then
         * the result variables are returned.
         */
        void returnWords(List<List<Value>> vs) {
            if (rangeOuter != null) {
                // in a range-over-func body: the results go to the enclosing function's result
                // variables (cells), and the loop is told to return (2)
                if (vs != null) for (int i = 0; i < vs.size(); i++) assignVar(results.get(i), owned(results.get(i).type(), vs.get(i)));
                cur.store(ssa.read(controlCell, cur), 0, cur.constant(2));
                cur.ret(List.of(cur.constant(0)));
                cur = null;
                return;
            }
            if (deferHead == null) {
                List<Value> ws = new ArrayList<>();
                if (vs == null) ws = resultWords();
                else for (int i = 0; i < vs.size(); i++) ws.addAll(owned(results.get(i).type(), vs.get(i)));
                cur.ret(ws);
                cur = null;
                return;
            }
            if (vs != null) for (int i = 0; i < vs.size(); i++) assignVar(results.get(i), owned(results.get(i).type(), vs.get(i)));
            cur.call("runtime.deferreturn", List.of(ssa.read(deferHead, cur)), List.of());
            cur.ret(resultWords());
            cur = null;
        }

        /**
         * {@code defer f(args)}: the func value and the arguments evaluated now, kept in a closure
         * of PKG.FUNC.deferwrapN (which makes the call), pushed on the defer chain: a node
         * {link, closure} (runtime.deferproc links it).
         */
        void deferStmt(Stmt.Defer d) {
            Expr.Call c = d.call();
            if (callee(c) instanceof Obj.Builtin b) {   // print, println, panic or recover (the checker lets no other through)
                switch (b.name()) {
                    case "recover" -> deferRecover();
                    case "panic" -> deferPanic(c);
                    default -> deferPrint(c, b.name().equals("println"));
                }
                return;
            }
            Obj.Func f = staticCallee(c);
            Signature sig = callSig(c);
            Value fv = f == null ? expr(c.fun()).get(0) : null;
            List<Value> args = callArgs(c, sig);
            String name = nextDeferWrap();
            List<Cls> argCls = new ArrayList<>();
            for (Value a : args) argCls.add(a.cls);
            wrappers.add(deferWrapper(name, f, sig, argCls));
            int k = fv != null ? 2 : 1;
            List<Cls> cw = new ArrayList<>(List.of(Cls.INT));
            if (fv != null) cw.add(Cls.PTR);
            cw.addAll(argCls);
            Value clo = newWords(cw);
            cur.store(clo, 0, cur.addr(name, 0));
            if (fv != null) cur.store(clo, 8, fv);
            for (int i = 0; i < args.size(); i++) cur.store(clo, 8L * (k + i), args.get(i));
            deferNode(clo);
        }

        /**
         * Pushes a deferred call of the closure clo: a node {link, fn, frame} (runtime.deferproc
         * links it), frame this function's block (in a range-over-func body, the enclosing
         * function's, which the body's closure carries).
         */
        void deferNode(Value clo) {
            Value node = newWords(List.of(Cls.PTR, Cls.PTR, Cls.PTR));
            cur.store(node, 8, clo);
            if (deferFrame != null) cur.store(node, 16, ssa.read(deferFrame, cur));
            cur.call("runtime.deferproc", List.of(node), List.of());
        }

        /** print's and println's arguments: each one's type, and its words or its constant value (one of them null). */
        record PrintArgs(List<Type> types, List<List<Value>> vals, List<Object> consts) {
        }

        /** Evaluates print's arguments in order (a multi-value call's results too); constants are left as values. */
        PrintArgs printArgs(Expr.Call c) {
            List<Type> types = new ArrayList<>();
            List<List<Value>> vals = new ArrayList<>();
            List<Object> consts = new ArrayList<>();
            if (c.args().size() == 1 && info.typeOf(c.args().get(0)).type() instanceof Tuple) {
                vals = exprList(c.args(), -1, types);
                for (int i = 0; i < vals.size(); i++) consts.add(null);
            } else {
                for (Expr a : c.args()) {
                    TypeAndValue tv = info.typeOf(a);
                    types.add(dev.rt0gen.types.Types.defaultType(tv.type()));
                    consts.add(tv.isConstant() ? tv.value() : null);
                    vals.add(tv.isConstant() ? null : expr(a));
                }
            }
            return new PrintArgs(types, vals, consts);
        }

        /**
         * {@code defer print(args)} / {@code defer println(args)}: the arguments evaluated now,
         * their words kept in the closure of PKG.FUNC.deferwrapN, which prints them.
         */
        void deferPrint(Expr.Call c, boolean ln) {
            PrintArgs pa = printArgs(c);
            List<Type> types = pa.types();
            List<List<Value>> vals = pa.vals();
            List<Object> consts = pa.consts();
            List<Value> words = new ArrayList<>();
            for (List<Value> v : vals) if (v != null) words.addAll(v);
            deferWrapped(words, (t, ctx) -> {
                List<List<Value>> loaded = new ArrayList<>();
                int k = 1;
                for (List<Value> v : vals) {
                    if (v == null) {
                        loaded.add(null);
                        continue;
                    }
                    List<Value> l = new ArrayList<>();
                    for (Value w : v) l.add(t.cur.load(w.cls, ctx, 8L * k++));
                    loaded.add(l);
                }
                t.printValues(types, loaded, consts, ln);
            });
        }

        /** The name of this function's next deferred-call wrapper: gc's PKG.FUNC.deferwrapN. */
        String nextDeferWrap() {
            return symbol + ".deferwrap" + (wrappers.stream().filter(w -> w.name.startsWith(symbol + ".deferwrap")).count() + 1);
        }

        /**
         * A deferred call of a new PKG.FUNC.deferwrapN over the words evaluated now: call(t, ctx)
         * emits the wrapper t's body, which reads them from its closure ctx (at 8, 16, …).
         */
        void deferWrapped(List<Value> words, java.util.function.BiConsumer<FuncLower, Value> call) {
            String name = nextDeferWrap();
            FuncLower t = new FuncLower(pl, name);
            t.start(List.of(), List.of());
            Value ctx = t.func.define(t.cur.append(Op.CLOSUREPTR), Cls.PTR);
            call.accept(t, ctx);
            if (t.cur != null) t.cur.ret(List.of());
            t.ssa.finish();
            wrappers.add(t.func);
            List<Cls> cw = new ArrayList<>(List.of(Cls.INT));
            for (Value w : words) cw.add(w.cls);
            Value clo = newWords(cw);
            cur.store(clo, 0, cur.addr(name, 0));
            for (int i = 0; i < words.size(); i++) cur.store(clo, 8L * (1 + i), words.get(i));
            deferNode(clo);
        }

        /**
         * {@code defer recover()}: gc evaluates recover's hidden argument, the argp of this
         * function, at the defer statement; the call recovers when this function was called by
         * the panic (its return runs the call), not when a later panic runs it.
         */
        void deferRecover() {
            Value argp = cur.call("runtime.getcallerargoff", List.of(), List.of(Cls.PTR)).get(0);   // a distance below stack.hi
            deferWrapped(List.of(argp), (t, ctx) -> t.cur.call("runtime.gorecoverargp", List.of(t.cur.load(Cls.PTR, ctx, 8)),
                    new int[]{1}, List.of(Cls.PTR, Cls.PTR), new int[]{2}));
        }

        /** {@code defer panic(v)}: v evaluated now, made an interface{}, kept in the closure of PKG.FUNC.deferwrapN, which panics with it. */
        void deferPanic(Expr.Call c) {
            Expr a = c.args().get(0);
            Type st = typeOf(a);
            deferWrapped(panicArg(a), (t, ctx) -> t.panicValue(st, List.of(t.cur.load(Cls.PTR, ctx, 8), t.cur.load(Cls.PTR, ctx, 16))));
        }

        /**
         * {@code func NAME() { f(args) }} over its closure {code, [func value,] argument words…};
         * a wrapper (runtime.wrapperenter), so that recover() in f recovers.
         */
        Func deferWrapper(String name, Obj.Func f, Signature sig, List<Cls> argCls) {
            Func w = new Func(name, List.of(), List.of(), List.of(), List.of());
            Block b = w.newBlock();
            Value ctx = w.define(b.append(Op.CLOSUREPTR), Cls.PTR);
            b.call("runtime.wrapperenter", List.of(), List.of());
            int k = f == null ? 2 : 1;
            List<Value> args = new ArrayList<>();
            for (int i = 0; i < argCls.size(); i++) args.add(b.load(argCls.get(i), ctx, 8L * (k + i)));
            if (f == null) b.callIndirect(b.load(Cls.PTR, ctx, 8), args, sizes(sig.params()), classes(sig.results()), sizes(sig.results()));
            else b.call(f.symbol(), args, sizes(sig.params()), classes(sig.results()), sizes(sig.results()));
            b.ret(List.of());
            return w;
        }

        // ---- range over a function (Go 1.23; closures) ------------------------------------
        //
        // for k, v := range f { body } calls f with a yield function made of the body: the
        // function PKG.FUNC-rangeN(k, v) bool, a closure over the variables the body shares
        // with the enclosing function (in cells, as a literal's) and over a control cell that
        // tells the loop, after f returns, how the body left it: 0 (f ran out, or the body
        // returned true: continue), 1 (break: the body returned false), 2 (a return statement:
        // the results are in the enclosing function's result variables, cells), 3 + 2i and
        // 4 + 2i (break and continue of the i-th label of an enclosing loop or switch). A
        // defer statement in the body defers to the enclosing function (its defer chain is the
        // goroutine's). Go's checks of a misbehaving iterator (yield called after false) are
        // left out.

        boolean isRangeFunc(Stmt.ForRange f) {
            return typeOf(f.x()).underlying() instanceof Signature;
        }

        /** The variables of the enclosing functions a range-over-func body uses (its iteration variables, for =, and the results a return sets). */
        List<Obj.Var> rangeCaptures(Stmt.ForRange f) {
            Set<Obj.Var> own = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            own.addAll(bodyLocals(f));
            ownVars(f.body(), own);
            java.util.LinkedHashSet<Obj.Var> out = new java.util.LinkedHashSet<>();
            if (!f.define()) {
                if (f.key() != null) usedVars(f.key(), own, out);
                if (f.value() != null) usedVars(f.value(), own, out);
            }
            usedVars(f.body(), own, out);
            if (hasReturn(f.body())) {
                List<Obj.Var> rs = rangeOuter != null ? rangeOuter.resultVars() : fnInfo.results();
                out.addAll(rs);
            }
            out.removeIf(v -> v.isBlank());
            return new ArrayList<>(out);
        }

        List<Obj.Var> resultVars() {
            return rangeOuter != null ? rangeOuter.resultVars() : fnInfo.results();
        }

        /** The locals declared in a range-over-func statement (its := variables, those of its body). */
        List<Obj.Var> bodyLocals(Stmt.ForRange f) {
            List<Obj.Var> out = new ArrayList<>();
            for (Obj.Var v : fnInfo.locals()) {
                if (v.pos() != null && v.pos().compareTo(f.pos()) >= 0 && v.pos().compareTo(f.body().rbrace()) <= 0) out.add(v);
            }
            return out;
        }

        boolean hasReturn(Object node) {
            if (node instanceof Stmt.Return) return true;
            if (node instanceof Expr.FuncLit) return false;
            for (Object c : children(node)) if (hasReturn(c)) return true;
            return false;
        }

        void rangeFunc(Stmt.ForRange f, String label) {
            Signature ys = (Signature) ((Signature) typeOf(f.x()).underlying()).params().get(0).underlying();
            Value fv = expr(f.x()).get(0);
            String name = symbol + "-range" + (++rangeFuncs);
            List<Obj.Var> cap = rangeCaptures(f);
            // the labels of the enclosing loops and switches (a finished one's label is no target)
            List<String> outer = new ArrayList<>();
            for (Map.Entry<String, Block[]> e : labeled.entrySet()) {
                if (e.getKey().equals(label)) continue;
                boolean open = rangeExits.stream().anyMatch(x -> x == e.getValue()) || targets.stream().anyMatch(x -> x == e.getValue());
                if (open) outer.add(e.getKey());
            }
            FuncLower b = new FuncLower(pl, name);
            b.captured = cap;
            b.rangeOuter = this;
            b.fnInfo = fnInfo;
            b.rangeBody(f, ys, outer, label);
            Value ctl = newObject(Basic.INT);
            // the cells, the control cell, and the frame block when there is one
            Value clo = newClosure(cap.size() + (deferFrame != null ? 2 : 1));
            cur.store(clo, 0, cur.addr(name, 0));
            for (int i = 0; i < cap.size(); i++) cur.store(clo, 8L * (i + 1), ssa.read(cells.get(cap.get(i)), cur));
            cur.store(clo, 8L * (1 + cap.size()), ctl);
            if (deferFrame != null) cur.store(clo, 8L * (2 + cap.size()), ssa.read(deferFrame, cur));
            cur.callIndirect(fv, List.of(clo), new int[]{1}, List.of(), new int[0]);
            Value code = cur.load(Cls.INT, ctl, 0);
            Block end = newBlock();
            if (hasReturn(f.body())) {
                Block ret = newBlock(), next = newBlock();
                cur.branch(cur.add(Op.EQ, Cls.INT, code, cur.constant(2)), ret, next);
                enter(ret);
                returnWords(null);
                enter(next);
            }
            for (int i = 0; i < outer.size(); i++) {
                Block[] t = labeled.get(outer.get(i));
                for (int k = 0; k < 2; k++) {
                    if (t[k] == null) continue;
                    Block go = newBlock(), next = newBlock();
                    cur.branch(cur.add(Op.EQ, Cls.INT, code, cur.constant(3 + 2L * i + k)), go, next);
                    enter(go);
                    jumpTo(t[k]);
                    enter(next);
                }
            }
            jumpTo(end);
            enter(end);
        }

        /** The body's function: func(k, v) bool over {code, cells…, control cell}. */
        void rangeBody(Stmt.ForRange f, Signature ys, List<String> outer, String label) {
            start(ys.params(), List.of(Basic.BOOL));
            findAddressed(f.body());
            int word = 0;
            List<List<Value>> pws = new ArrayList<>();
            for (Type t : ys.params()) {
                List<Value> ws = new ArrayList<>();
                for (Cls c : classes(t)) {
                    Instr in = cur.append(Op.PARAM);
                    in.aux = word++;
                    ws.add(func.define(in, c));
                }
                pws.add(ws);
            }
            Value ctx = func.define(cur.append(Op.CLOSUREPTR), Cls.PTR);
            capturedCells(ctx);
            controlCell = ssa.newVar(Cls.PTR);
            ssa.write(controlCell, cur, cur.load(Cls.PTR, ctx, 8L * (1 + captured.size())));
            if (rangeOuter.deferFrame != null) {
                // the enclosing function's frame block, after the control cell: a defer here is the
                // enclosing function's, and a recovery returns from it
                deferFrame = ssa.newVar(Cls.PTR);
                ssa.write(deferFrame, cur, cur.load(Cls.PTR, ctx, 8L * (2 + captured.size())));
            }
            allocKeyTmp(maxKey);   // findAddressed has seen the body's map keys
            results = resultVars();
            for (Obj.Var v : bodyLocals(f)) declare(v);
            Expr[] lhs = {f.key(), f.value()};
            for (int i = 0; i < lhs.length && i < pws.size(); i++) {
                if (lhs[i] == null) continue;
                if (f.define()) define(varOf(lhs[i]), pws.get(i));
                else store(lvalue(lhs[i]), pws.get(i));
            }
            Block brk = newBlock(), cont = newBlock();
            targets.push(new Block[]{brk, cont});
            if (label != null) labeled.put(label, targets.peek());
            List<Block[]> exits = new ArrayList<>();
            for (String l : outer) {
                Block[] e = {newBlock(), newBlock()};
                exits.add(e);
                rangeExits.add(e);
                labeled.put(l, e);
            }
            gotos(f.body().stmts());
            stmts(f.body().stmts());
            jumpTo(cont);
            targets.pop();
            enter(brk);
            if (cur != null) {
                cur.store(ssa.read(controlCell, cur), 0, cur.constant(1));
                cur.ret(List.of(cur.constant(0)));
            }
            enter(cont);
            if (cur != null) cur.ret(List.of(cur.constant(1)));
            for (int i = 0; i < exits.size(); i++) {
                for (int k = 0; k < 2; k++) {
                    enter(exits.get(i)[k]);
                    if (cur == null) continue;
                    cur.store(ssa.read(controlCell, cur), 0, cur.constant(3 + 2L * i + k));
                    cur.ret(List.of(cur.constant(0)));
                }
            }
            cur = null;
            for (Block bl : labelBlocks.values()) ssa.seal(bl);
            finish();
        }

        // ---- channels (docs/ABI.md "Channels"; runtime chan.go, select.go) -------------------
        //
        // A chan value is one ptr word, the runtime's hchan (nil: a nil channel). Elements go to
        // and from the runtime by address, in memory from runtime.chanscratch (the goroutine's
        // scratch block, Go's stack temporaries): a value to send is stored there first, a
        // received one read from there at once (a memory value copied out: the next channel
        // operation reuses the block).

        Type chanElemType(Expr ch) {
            return ((dev.rt0gen.types.Chan) typeOf(ch).underlying()).elem();
        }

        Value chanScratch(long size) {
            return cur.call("runtime.chanscratch", List.of(cur.constant(size)), List.of(Cls.PTR)).get(0);
        }

        /** The received element's words at p (a memory value: a fresh copy). */
        List<Value> chanElemAt(Type elem, Value p) {
            List<Value> v = loadValue(elem, p, 0);
            return Layout.inMemory(elem) ? List.of(freshCopy(elem, v.get(0))) : v;
        }

        /** make(chan T[, n]): runtime.makechan(et, n), et T's descriptor ("makechan: size out of range"). */
        Value makeChan(Expr.Call c) {
            Type elem = ((dev.rt0gen.types.Chan) typeOf(c).underlying()).elem();
            Value n = c.args().size() > 1 ? expr(c.args().get(1)).get(0) : cur.constant(0);
            return cur.call("runtime.makechan", List.of(cur.addr(allocSym(elem), 0), n), List.of(Cls.PTR)).get(0);
        }

        /** len(ch), cap(ch): 0 for nil, else hchan.qcount (offset 0) or hchan.dataqsiz (offset 8). */
        Value chanLenCap(Value ch, boolean cap) {
            int tv = ssa.newVar(Cls.INT);
            Block isNil = newBlock(), notNil = newBlock(), end = newBlock();
            cur.branch(cur.add(Op.EQ, Cls.INT, ch, constWord(Cls.PTR, 0)), isNil, notNil);
            enter(isNil);
            ssa.write(tv, cur, cur.constant(0));
            jumpTo(end);
            enter(notNil);
            ssa.write(tv, cur, cur.load(Cls.INT, ch, cap ? 8 : 0));
            jumpTo(end);
            enter(end);
            return ssa.read(tv, cur);
        }

        /** ch <- v: runtime.chansend1(c, &v). */
        void chanSend(Stmt.Send snd) {
            Type elem = chanElemType(snd.ch());
            Value c = expr(snd.ch()).get(0);
            List<Value> v = valueOf(snd.value(), elem);
            Value p = chanScratch(Sizes.sizeof(elem));
            storeValue(elem, p, 0, v);
            cur.call("runtime.chansend1", List.of(c, p), List.of());
        }

        /** <-ch: runtime.chanrecv1(c, &tmp); with commaOk (v, ok := <-ch) chanrecv2, the bool after the element. */
        List<Value> chanRecv(Expr.Unary u, boolean commaOk) {
            Type elem = chanElemType(u.x());
            Value c = expr(u.x()).get(0);
            Value p = chanScratch(Sizes.sizeof(elem));
            Value ok = null;
            if (commaOk) ok = cur.call("runtime.chanrecv2", List.of(c, p), List.of(Cls.INT)).get(0);
            else cur.call("runtime.chanrecv1", List.of(c, p), List.of());
            List<Value> out = new ArrayList<>(chanElemAt(elem, p));
            if (ok != null) out.add(ok);
            return out;
        }

        /** <-ch as a statement: the element is dropped (runtime.chanrecv1(c, nil), as gc). */
        void chanRecvDiscard(Expr.Unary u) {
            Value c = expr(u.x()).get(0);
            cur.call("runtime.chanrecv1", List.of(c, constWord(Cls.PTR, 0)), List.of());
        }

        /** for v := range ch: runtime.chanrecv2 until it reports a closed, drained channel. */
        void chanRange(Stmt.ForRange f, String label) {
            Type elem = chanElemType(f.x());
            Value c = expr(f.x()).get(0);
            Block head = newBlock(), body = newBlock(), end = newBlock();
            cur.jump(head);
            cur = head;   // not sealed: the back edge comes later
            Value p = chanScratch(Sizes.sizeof(elem));
            Value ok = cur.call("runtime.chanrecv2", List.of(c, p), List.of(Cls.INT)).get(0);
            cur.branch(ok, body, end);
            enter(body);
            if (f.key() != null) rangeAssign(f, chanElemAt(elem, p), null);
            targets.push(new Block[]{end, head});
            if (label != null) labeled.put(label, targets.peek());
            stmts(f.body().stmts());
            targets.pop();
            jumpTo(head);
            ssa.seal(head);
            enter(end);
        }

        /** A select case's communication: the channel, and a send's value or a receive's target statement. */
        record SelCase(Stmt.CommClause cc, boolean send, Type elem, Value ch, List<Value> value) {
        }

        /**
         * select, as gc's walkSelect: no case (select {}) runtime.block; one case without default
         * the plain operation; one case with default selectnbsend/selectnbrecv; otherwise the
         * scases (sends first in source order, receives from the end backward) and the order
         * array for runtime.selectgo, block false with a default, whose -1 runs the default.
         * Channel operands and sent values are evaluated first, in source order; a receive's
         * targets after the choice.
         */
        void selectStmt(Stmt.Select sel, String label) {
            Stmt.CommClause dflt = null;
            List<SelCase> cases = new ArrayList<>();
            for (Stmt.CommClause cc : sel.clauses()) {
                if (cc.comm() == null) {
                    dflt = cc;
                    continue;
                }
                if (cc.comm() instanceof Stmt.Send snd) {
                    Type elem = chanElemType(snd.ch());
                    Value c = expr(snd.ch()).get(0);
                    // a memory value copied now: a later case's operand may change the variable
                    cases.add(new SelCase(cc, true, elem, c, owned(elem, valueOf(snd.value(), elem))));
                } else {
                    Expr.Unary u = (Expr.Unary) unparen(recvOf(cc.comm()));
                    cases.add(new SelCase(cc, false, chanElemType(u.x()), expr(u.x()).get(0), null));
                }
            }
            Block end = newBlock();
            targets.push(new Block[]{end, null});
            if (label != null) labeled.put(label, targets.peek());
            if (cases.isEmpty() && dflt == null) {
                cur.call("runtime.block", List.of(), List.of());
                cur.unreachable();
                cur = null;
            } else if (cases.isEmpty()) {
                stmts(dflt.body());
                jumpTo(end);
            } else if (cases.size() == 1 && dflt == null) {
                SelCase k = cases.get(0);
                Value p = chanScratch(Sizes.sizeof(k.elem()));
                if (k.send()) {
                    storeValue(k.elem(), p, 0, k.value());
                    cur.call("runtime.chansend1", List.of(k.ch(), p), List.of());
                } else if (wantsOk(k.cc().comm())) {
                    Value ok = cur.call("runtime.chanrecv2", List.of(k.ch(), p), List.of(Cls.INT)).get(0);
                    selectRecvAssign(k, p, ok);
                } else {
                    cur.call("runtime.chanrecv1", List.of(k.ch(), p), List.of());
                    selectRecvAssign(k, p, null);
                }
                stmts(k.cc().body());
                jumpTo(end);
            } else if (cases.size() == 1) {
                SelCase k = cases.get(0);
                Value p = chanScratch(Sizes.sizeof(k.elem()));
                Value selected, ok = null;
                if (k.send()) {
                    storeValue(k.elem(), p, 0, k.value());
                    selected = cur.call("runtime.selectnbsend", List.of(k.ch(), p), List.of(Cls.INT)).get(0);
                } else {
                    List<Value> r = cur.call("runtime.selectnbrecv", List.of(p, k.ch()), List.of(Cls.INT, Cls.INT));
                    selected = r.get(0);
                    ok = r.get(1);
                }
                Block yes = newBlock(), no = newBlock();
                cur.branch(selected, yes, no);
                enter(yes);
                if (!k.send()) selectRecvAssign(k, p, ok);
                stmts(k.cc().body());
                jumpTo(end);
                enter(no);
                stmts(dflt.body());
                jumpTo(end);
            } else {
                int n = cases.size(), nsends = 0, nrecvs = 0;
                int[] index = new int[n];
                for (int i = 0; i < n; i++) if (cases.get(i).send()) index[i] = nsends++;
                for (int i = 0; i < n; i++) if (!cases.get(i).send()) index[i] = n - ++nrecvs;
                long orderOff = 16L * n, off = orderOff + ((4L * n + 7) & ~7L);
                long[] valOff = new long[n];
                for (int i = 0; i < n; i++) {
                    valOff[i] = off;
                    off += (Sizes.sizeof(cases.get(i).elem()) + 7) & ~7L;
                }
                Value buf = chanScratch(off);
                for (int i = 0; i < n; i++) {
                    SelCase k = cases.get(i);
                    Value slot = ptrAdd(buf, valOff[i]);
                    if (k.send()) storeValue(k.elem(), buf, valOff[i], k.value());
                    cur.store(buf, 16L * index[i], k.ch());
                    cur.store(buf, 16L * index[i] + 8, slot);
                }
                List<Value> r = cur.call("runtime.selectgo", List.of(buf, ptrAdd(buf, orderOff), constWord(Cls.PTR, 0),
                        cur.constant(nsends), cur.constant(nrecvs), cur.constant(dflt == null ? 1 : 0)), List.of(Cls.INT, Cls.INT));
                Value chosen = r.get(0), recvOK = r.get(1);
                for (int i = 0; i < n; i++) {
                    SelCase k = cases.get(i);
                    Block yes = newBlock(), next = newBlock();
                    cur.branch(cur.add(Op.EQ, Cls.INT, chosen, cur.constant(index[i])), yes, next);
                    enter(yes);
                    if (!k.send()) selectRecvAssign(k, ptrAdd(buf, valOff[i]), recvOK);
                    stmts(k.cc().body());
                    jumpTo(end);
                    enter(next);
                }
                if (dflt != null) stmts(dflt.body());
                else {
                    cur.unreachable();   // selectgo with block true always chooses a case
                    cur = null;
                }
                jumpTo(end);
            }
            targets.pop();
            enter(end);
        }

        /** The receive of a select case's communication ({@code <-c}, {@code v := <-c}, {@code v, ok = <-c}). */
        Expr recvOf(Stmt comm) {
            return comm instanceof Stmt.ExprStmt es ? es.x() : ((Stmt.Assign) comm).rhs().get(0);
        }

        boolean wantsOk(Stmt comm) {
            return comm instanceof Stmt.Assign a && a.lhs().size() == 2;
        }

        /** A chosen receive case: its element (read from p) and ok into the case's targets (:= declares them). */
        void selectRecvAssign(SelCase k, Value p, Value ok) {
            if (!(k.cc().comm() instanceof Stmt.Assign a)) return;
            List<List<Value>> vals = new ArrayList<>();
            vals.add(chanElemAt(k.elem(), p));
            if (a.lhs().size() == 2) vals.add(List.of(ok));
            for (int i = 0; i < a.lhs().size(); i++) {
                Expr l = a.lhs().get(i);
                Obj.Var nv = a.op().equals(":=") ? newVarAt(l) : null;
                if (nv != null) define(nv, vals.get(i));
                else store(lvalue(l), vals.get(i));
            }
        }

        // ---- expressions ----------------------------------------------------------

        Obj callee(Expr.Call c) {
            Expr f = unparen(c.fun());
            if (f instanceof Expr.Ident id) return info.objectOf(id);
            if (f instanceof Expr.Selector sel) return info.objectOf(sel.sel());
            return null;   // a type literal (a conversion), a func value
        }

        Basic basicOf(Expr e) {
            return (Basic) info.typeOf(e).type().underlying();
        }

        /**
         * The values of an expression list where {@code n} values are wanted: one expression
         * per value, evaluated left to right, or one call with n results ({@code f(g())},
         * {@code return g()}, {@code a, b = g()}, {@code print(g())}, {@code go f(g())}).
         * {@code types}, when not null, receives each value's type.
         */
        List<List<Value>> exprList(List<Expr> es, int n, List<Type> types) {
            List<List<Value>> out = new ArrayList<>();
            if (es.size() == 1 && unparen(es.get(0)) instanceof Expr.Index && info.commaOk.contains(unparen(es.get(0)))) {
                // v, ok := m[k]: the element's words, then ok
                Expr.Index ix = (Expr.Index) unparen(es.get(0));
                List<Value> ws = mapIndex(ix, true);
                out.add(ws.subList(0, ws.size() - 1));
                out.add(ws.subList(ws.size() - 1, ws.size()));
                if (types != null) {
                    types.add(typeOf(ix));
                    types.add(Basic.BOOL);
                }
                return out;
            }
            if (es.size() == 1 && info.typeOf(es.get(0)).type() instanceof Tuple t) {
                List<Value> ws = expr(es.get(0));
                int w = 0;
                for (Type rt : t.types()) {
                    int k = classes(rt).size();
                    out.add(ws.subList(w, w + k));
                    w += k;
                    if (types != null) types.add(rt);
                }
                return out;
            }
            for (Expr e : es) {
                out.add(expr(e));
                if (types != null) types.add(dev.rt0gen.types.Types.defaultType(typeOf(e)));
            }
            return out;
        }

        /** The words of e's value (a call's: all its result words, maybe none). */
        List<Value> expr(Expr e) {
            Type toIface = info.ifaceConversions.get(e);   // made an interface value here (interfaces section)
            if (toIface != null && converting != e) return convertedExpr(e, toIface);
            TypeAndValue tv = info.typeOf(e);
            if (tv != null && tv.isConstant()) return constant(tv.type(), tv.value());
            e = unparen(e);
            if (tv != null && tv.type() instanceof Basic nb && nb.kind() == Basic.Kind.UNTYPED_NIL) {
                return List.of(constWord(Cls.PTR, 0));
            }
            if (StaticInit.isNilIdent(info, e)) {
                Type nt = typeOf(e);
                if (nt instanceof Basic) return List.of(constWord(Cls.PTR, 0));
                return zero(nt);   // nil of a pointer, slice, map, chan, func or interface type
            } else if (e instanceof Expr.Ident id && info.objectOf(id) instanceof Obj.Func f) {
                return List.of(funcValue(f));
            } else if (e instanceof Expr.Selector sel && !info.selections.containsKey(sel) && info.objectOf(sel.sel()) instanceof Obj.Func f) {
                return List.of(funcValue(f));
            } else if (e instanceof Expr.FuncLit fl) {
                return List.of(funcLit(fl));
            } else if (e instanceof Expr.Ident id) {
                return readVar((Obj.Var) info.objectOf(id));
            } else if (e instanceof Expr.Selector sel && info.selections.containsKey(sel) && info.selections.get(sel).method() != null) {
                return List.of(methodValue(sel));   // a method value or expression (methods section)
            } else if (e instanceof Expr.Selector sel && info.selections.containsKey(sel)) {
                return selectField(sel);
            } else if (e instanceof Expr.Selector sel) {
                return readVar((Obj.Var) info.objectOf(sel.sel()));
            } else if (e instanceof Expr.Call c) {
                return call(c);
            } else if (e instanceof Expr.TypeAssert ta) {
                return typeAssert(ta);
            } else if (e instanceof Expr.Index ix) {
                return index(ix);
            } else if (e instanceof Expr.SliceExpr se) {
                return sliceExpr(se);
            } else if (e instanceof Expr.CompositeLit cl) {
                return compositeLit(cl);
            } else if (e instanceof Expr.Unary u && u.op().equals("<-")) {
                return chanRecv(u, tv.type() instanceof Tuple);
            } else if (e instanceof Expr.Unary u && u.op().equals("&")) {
                return List.of(addrOf(u.x()));
            } else if (e instanceof Expr.Unary u && u.op().equals("*")) {
                Value p = expr(u.x()).get(0);
                Type t = typeOf(u);
                if (Layout.inMemory(t)) nilChecked(p);   // its bytes are read later, or never
                return loadValue(t, p, 0);
            } else if (e instanceof Expr.Unary u) {
                List<Value> xs = expr(u.x());
                Value x = xs.get(0);
                if (isFloat(info.typeOf(u).type())) return List.of(u.op().equals("-") ? cur.add(Op.FNEG, Cls.F64, x) : x);
                if (isComplex(info.typeOf(u).type())) {   // issue 14
                    return u.op().equals("-") ? List.of(cur.add(Op.FNEG, Cls.F64, x), cur.add(Op.FNEG, Cls.F64, xs.get(1))) : xs;
                }
                Basic t = basicOf(u);
                return switch (u.op()) {
                    case "-" -> List.of(norm(cur.add(Op.NEG, Cls.INT, x), t));
                    // ^ of a sign-extended value stays sign-extended; a zero-extended one needs the mask
                    case "^" -> List.of(t.isUnsigned() ? norm(cur.add(Op.NOT, Cls.INT, x), t) : cur.add(Op.NOT, Cls.INT, x));
                    case "!" -> List.of(cur.add(Op.XOR, Cls.INT, x, cur.constant(1)));
                    default -> List.of(x);
                };
            } else if (e instanceof Expr.Binary b && (!(typeOf(b.x()).underlying() instanceof Basic xb && xb.kind() != Basic.Kind.UNTYPED_NIL)
                    || info.ifaceConversions.containsKey(b.x()))) {
                // == and != of pointers, structs, arrays, slices, maps, funcs, chans, interfaces (one side maybe nil)
                Type t = typeOf(b.x()) instanceof Basic nb && nb.kind() == Basic.Kind.UNTYPED_NIL ? typeOf(b.y()) : typeOf(b.x());
                if (info.ifaceConversions.containsKey(b.x())) t = info.ifaceConversions.get(b.x());   // a value against an interface
                else if (info.ifaceConversions.containsKey(b.y())) t = info.ifaceConversions.get(b.y());
                List<Value> xv = valueOf(b.x(), t), yv = valueOf(b.y(), t);
                Value eq = equal(t, xv, yv);
                return List.of(b.op().equals("==") ? eq : cur.add(Op.XOR, Cls.INT, eq, cur.constant(1)));
            } else if (e instanceof Expr.Binary b) {
                return binary(b.op(), b.x(), b.y(), basicOf(b.x()));
            }
            throw new IllegalStateException("cannot lower " + Expr.show(e) + " at " + e.pos());
        }

        /** A constant of type t (a float's value rounded to float64 by the checker). */
        List<Value> constant(Type t, Object v) {
            if (isComplex(t)) {   // issue 14
                double[] c = complexValue(v);
                return List.of(fconst(c[0]), fconst(c[1]));
            }
            if (isFloat(t)) return List.of(fconst(floatValue(v)));
            return constant(v);
        }

        Value fconst(double d) {
            Instr in = cur.append(Op.FCONST);
            in.aux = Double.doubleToRawLongBits(d);
            return func.define(in, Cls.F64);
        }

        List<Value> constant(Object v) {
            if (v instanceof String s) {
                if (s.isEmpty()) return List.of(constWord(Cls.PTR, 0), cur.constant(0));
                return List.of(cur.addr(pl.stringSym(s), 0), cur.constant(s.length()));
            }
            if (v instanceof Boolean b) return List.of(cur.constant(b ? 1 : 0));
            return List.of(cur.constant(((BigInteger) v).longValue()));
        }

        /**
         * The words of string operand e where they are only read, and not kept, while the
         * expression is evaluated (a comparison, a map lookup's key): string(b) of a []byte b is
         * then b's bytes as they are, with no copy (gc's OBYTES2STRTMP); any other e, its value.
         */
        List<Value> stringOperand(Expr e) {
            TypeAndValue tv = info.typeOf(e);
            if ((tv == null || !tv.isConstant()) && !info.ifaceConversions.containsKey(e) && unparen(e) instanceof Expr.Call c
                    && c.args().size() == 1 && (callee(c) instanceof Obj.TypeName || info.isType(c.fun()))
                    && typeOf(c).underlying() instanceof Basic bt && bt.isString()
                    && typeOf(c.args().get(0)).underlying() instanceof dev.rt0gen.types.Slice sl
                    && ((Basic) sl.elem().underlying()).kind() == Basic.Kind.UINT8) {
                List<Value> b = expr(c.args().get(0));
                return List.of(b.get(0), b.get(1));
            }
            return expr(e);
        }

        /** x op y where x has type t (after the checker's conversions, y's type too). */
        List<Value> binary(String op, Expr x, Expr y, Basic t) {
            if (t.isString() && !op.equals("+")) {
                // a comparison reads its strings and keeps neither: string(b) is not copied
                List<Value> xw = stringOperand(x);
                return binaryValues(op, xw, y, stringOperand(y), t);
            }
            if (op.equals("+") && t.isString()) {
                // a chain of string additions is one concatenation (gc's OADDSTR: x + y + (z + w)
                // is concatstring4(x, y, z, w)), its operands evaluated first, left to right
                List<Expr> parts = new ArrayList<>();
                addStringOperands(x, parts);
                addStringOperands(y, parts);
                return concatStrings(concatOperands(parts), false);
            }
            if (op.equals("&&") || op.equals("||")) {
                // x && y: y only when x is true; the result is x where y was not evaluated
                Value xv = expr(x).get(0);
                Block from = cur, rhs = newBlock(), end = newBlock();
                if (op.equals("&&")) cur.branch(xv, rhs, end);
                else cur.branch(xv, end, rhs);
                enter(rhs);
                Value yv = expr(y).get(0);
                Block yEnd = cur;
                cur.jump(end);
                enter(end);
                Instr phi = end.insert(0, Op.PHI);
                // the phi's operands follow end's preds: from (x), then yEnd (y)
                if (end.preds.get(0) != from || end.preds.get(1) != yEnd) throw new IllegalStateException("preds of " + end);
                phi.args.add(xv);
                phi.args.add(yv);
                return List.of(func.define(phi, Cls.INT));
            }
            return binaryValues(op, expr(x), y, t);
        }

        /** x op y with x's words already evaluated (x op= y evaluates x's operands once). */
        List<Value> binaryValues(String op, List<Value> xw, Expr y, Basic t) {
            return binaryValues(op, xw, y, expr(y), t);
        }

        /** x op y with both operands' words evaluated (y: the expression, for its type and constness). */
        List<Value> binaryValues(String op, List<Value> xw, Expr y, List<Value> yw, Basic t) {
            if (t.isString()) {
                List<Value> a = xw, b = yw;
                List<Value> args = List.of(a.get(0), a.get(1), b.get(0), b.get(1));
                if (op.equals("+")) return concat(a, b);
                if (op.equals("==")) return List.of(stringEqual(a, b));
                if (op.equals("!=")) {
                    Value eq = stringEqual(a, b);   // first: it ends the block (cur is read after)
                    return List.of(cur.add(Op.EQ, Cls.INT, eq, cur.constant(0)));
                }
                Value r = cur.call("runtime.cmpstring", args, TWO_STRINGS, List.of(Cls.INT), new int[]{1}).get(0);
                return List.of(cur.add(compare(op), Cls.INT, r, cur.constant(0)));
            }
            if (t.isComplex()) return complexBinary(op, xw, expr(y), t);   // issue 14
            if (t.isFloat()) {
                // IEEE: no check before a division; a comparison is lowered as written (never as
                // its negation: with a NaN operand both are false)
                Value a = xw.get(0), b = yw.get(0);
                Op o = switch (op) {
                    case "+" -> Op.FADD;
                    case "-" -> Op.FSUB;
                    case "*" -> Op.FMUL;
                    case "/" -> Op.FDIV;
                    case "==" -> Op.FEQ;
                    case "!=" -> Op.FNE;
                    case "<" -> Op.FLT;
                    case "<=" -> Op.FLE;
                    case ">" -> Op.FGT;
                    case ">=" -> Op.FGE;
                    default -> throw new IllegalStateException("float operator " + op);
                };
                Value r = cur.add(o, isComparison(op) ? Cls.INT : Cls.F64, a, b);
                // float32 (issue 14): each operation rounded to float32 (exact: binary64 holds every
                // float32 + - * / result to round once more)
                if (!isComparison(op) && t.kind() == Basic.Kind.FLOAT32) r = cur.add(Op.FROUND32, Cls.F64, r);
                return List.of(r);
            }
            Value a = xw.get(0), b = yw.get(0);
            boolean unsigned = t.isUnsigned();
            Op o = switch (op) {
                case "+" -> Op.ADD;
                case "-" -> Op.SUB;
                case "*" -> Op.MUL;
                case "&" -> Op.AND;
                case "|" -> Op.OR;
                case "^" -> Op.XOR;
                case "&^" -> Op.ANDNOT;
                case "/" -> unsigned ? Op.UDIV : Op.DIV;
                case "%" -> unsigned ? Op.UMOD : Op.MOD;
                case "<<" -> Op.SHL;
                case ">>" -> unsigned ? Op.SHR : Op.SAR;
                default -> unsigned ? unsignedCompare(op) : compare(op);
            };
            boolean constY = info.typeOf(y) != null && info.typeOf(y).isConstant();
            if ((o == Op.DIV || o == Op.MOD || o == Op.UDIV || o == Op.UMOD) && !constY) {
                check(cur.add(Op.EQ, Cls.INT, b, cur.constant(0)), "runtime.panicdivide");
            } else if ((o == Op.SHL || o == Op.SAR || o == Op.SHR) && !constY && !basicOf(y).isUnsigned()) {
                // a signed count may be negative; an unsigned one is any size (the ops saturate)
                check(cur.add(Op.LT, Cls.INT, b, cur.constant(0)), "runtime.panicshift");
            }
            Value r = cur.add(o, Cls.INT, a, b);
            // what can leave a narrow type's range (int8(-128) / -1 too) is brought back into it
            if (o == Op.ADD || o == Op.SUB || o == Op.MUL || o == Op.SHL || o == Op.DIV) r = norm(r, t);
            return List.of(r);
        }

        // ---- uint64 and floats (issue 14) ------------------------------------------

        /**
         * Go's float64(x) (single: float32(x)) of a uint64, uint or uintptr, as gc on amd64
         * (uint64Tofloat): below 2^63 the signed conversion; else (x>>1 | x&1) converted and
         * doubled (the low bit kept so that rounding is right).
         */
        Value uint64ToFloat(Value x, boolean single) {
            Op cvt = single ? Op.CVTIF32 : Op.CVTIF;
            Value big = cur.add(Op.LT, Cls.INT, x, cur.constant(0));
            Block small = newBlock(), large = newBlock(), end = newBlock();
            cur.branch(big, large, small);
            enter(small);
            Value a0 = cur.add(cvt, Cls.F64, x);
            Block smallEnd = cur;
            cur.jump(end);
            enter(large);
            Value one = cur.constant(1);
            Value z = cur.add(Op.OR, Cls.INT, cur.add(Op.SHR, Cls.INT, x, one), cur.add(Op.AND, Cls.INT, x, one));
            Value a1 = cur.add(cvt, Cls.F64, z);
            a1 = cur.add(Op.FADD, Cls.F64, a1, a1);
            Block largeEnd = cur;
            cur.jump(end);
            return join(end, smallEnd, a0, largeEnd, a1, Cls.F64);
        }

        /**
         * Go's uint64(x) of a float, as gc on amd64 (floatToUint): below 2^63 (or NaN: no) the
         * signed conversion, else x - 2^63 converted with the top bit set.
         */
        Value floatToUint64(Value x) {
            Value cutoff = fconst(0x1p63);
            Value small = cur.add(Op.FLT, Cls.INT, x, cutoff);
            Block lo = newBlock(), hi = newBlock(), end = newBlock();
            cur.branch(small, lo, hi);
            enter(lo);
            Value r0 = cur.add(Op.CVTFI, Cls.INT, x);
            Block loEnd = cur;
            cur.jump(end);
            enter(hi);
            Value r1 = cur.add(Op.OR, Cls.INT, cur.add(Op.CVTFI, Cls.INT, cur.add(Op.FSUB, Cls.F64, x, cutoff)), cur.constant(Long.MIN_VALUE));
            Block hiEnd = cur;
            cur.jump(end);
            return join(end, loEnd, r0, hiEnd, r1, Cls.INT);
        }

        /** Enters end, reached from a (with value va) and b (vb): their phi. */
        Value join(Block end, Block a, Value va, Block b, Value vb, Cls cls) {
            enter(end);
            Instr phi = end.insert(0, Op.PHI);
            if (end.preds.size() != 2) throw new IllegalStateException("preds of " + end);
            boolean aFirst = end.preds.get(0) == a;
            phi.args.add(aFirst ? va : vb);
            phi.args.add(aFirst ? vb : va);
            return func.define(phi, cls);
        }

        // ---- min and max (Go 1.21) ---------------------------------------------------

        /**
         * {@code min(x, …)}, {@code max(x, …)} of a non-constant result (a constant one is the
         * checker's): every argument evaluated once, left to right, then folded pairwise.
         */
        List<Value> minMax(Expr.Call c, boolean max) {
            Type t = typeOf(c);
            Basic bt = (Basic) t.underlying();
            List<List<Value>> vs;
            if (c.args().size() == 1 && info.typeOf(c.args().get(0)).type() instanceof Tuple tu) {
                vs = exprList(c.args(), tu.types().size(), null);   // min(f()): f's results
            } else {
                vs = new ArrayList<>();
                for (Expr a : c.args()) vs.add(valueOf(a, t));
            }
            List<Value> r = vs.get(0);
            for (int i = 1; i < vs.size(); i++) r = minMax2(bt, max, r, vs.get(i));
            return r;
        }

        /**
         * min(x, y) or max(x, y) of one ordered type t, as Go's runtime (minmax.go): y when y is
         * before x (after, for max), else x; floats as fmin and fmax, where a NaN argument gives
         * NaN and of two zeros min is -0 when either is, max +0 when either is.
         */
        List<Value> minMax2(Basic t, boolean max, List<Value> x, List<Value> y) {
            if (t.isFloat()) return List.of(floatMinMax(max, x.get(0), y.get(0)));
            if (t.isString()) {
                // y < x (y > x): cmpstring(y, x) against 0, then a select of both words
                Value r = cur.call("runtime.cmpstring", List.of(y.get(0), y.get(1), x.get(0), x.get(1)), TWO_STRINGS, List.of(Cls.INT), new int[]{1}).get(0);
                Value takeY = cur.add(max ? Op.GT : Op.LT, Cls.INT, r, cur.constant(0));
                Block from = cur, keepX = newBlock(), end = newBlock();
                cur.branch(takeY, end, keepX);
                enter(keepX);
                Block xEnd = cur;
                cur.jump(end);
                return joinAll(end, List.of(from, xEnd), List.of(y, x), List.of(Cls.PTR, Cls.INT));
            }
            // integers: y if y < x (y > x), without a branch: x ^ ((x ^ y) & -cond)
            Op o = t.isUnsigned() ? (max ? Op.UGT : Op.ULT) : (max ? Op.GT : Op.LT);
            Value a = x.get(0), b = y.get(0);
            Value mask = cur.add(Op.NEG, Cls.INT, cur.add(o, Cls.INT, b, a));
            return List.of(cur.add(Op.XOR, Cls.INT, a, cur.add(Op.AND, Cls.INT, cur.add(Op.XOR, Cls.INT, a, b), mask)));
        }

        /**
         * Go's fmin(x, y) (fmax): y if y is NaN or y < x (y > x); else x if x is NaN, x < y (x > y)
         * or x is not zero; else, both zeros, -(-x + -y) for min (-0 when either is -0), x + y for
         * max (-0 only when both are). A float32 stays exactly a float32: the sums are of zeros.
         */
        Value floatMinMax(boolean max, Value x, Value y) {
            Op before = max ? Op.FGT : Op.FLT;
            Value yFirst = cur.add(Op.OR, Cls.INT, cur.add(Op.FNE, Cls.INT, y, y), cur.add(before, Cls.INT, y, x));
            Block fromY = cur, second = newBlock(), zeros = newBlock(), end = newBlock();
            cur.branch(yFirst, end, second);
            enter(second);
            Value xFirst = cur.add(Op.OR, Cls.INT,
                    cur.add(Op.OR, Cls.INT, cur.add(Op.FNE, Cls.INT, x, x), cur.add(before, Cls.INT, x, y)),
                    cur.add(Op.FNE, Cls.INT, x, fconst(0.0)));
            Block fromX = cur;
            cur.branch(xFirst, end, zeros);
            enter(zeros);
            Value z = max ? cur.add(Op.FADD, Cls.F64, x, y)
                    : cur.add(Op.FNEG, Cls.F64, cur.add(Op.FADD, Cls.F64, cur.add(Op.FNEG, Cls.F64, x), cur.add(Op.FNEG, Cls.F64, y)));
            Block fromZ = cur;
            cur.jump(end);
            return joinAll(end, List.of(fromY, fromX, fromZ), List.of(List.of(y), List.of(x), List.of(z)), List.of(Cls.F64)).get(0);
        }

        /** Enters end, reached from each of froms (with the words vals of the same index): a phi per word. */
        List<Value> joinAll(Block end, List<Block> froms, List<List<Value>> vals, List<Cls> cls) {
            enter(end);
            if (end.preds.size() != froms.size()) throw new IllegalStateException("preds of " + end);
            List<Value> out = new ArrayList<>();
            for (int k = 0; k < cls.size(); k++) {
                Instr phi = end.insert(k, Op.PHI);
                for (Block p : end.preds) {
                    int j = froms.indexOf(p);
                    if (j < 0) throw new IllegalStateException("pred " + p + " of " + end);
                    phi.args.add(vals.get(j).get(k));
                }
                out.add(func.define(phi, cls.get(k)));
            }
            return out;
        }

        // ---- complex (issue 14) ---------------------------------------------------

        /**
         * x op y of complex values (two f64 words each, complex64's always float32 values), as gc:
         * + and - part by part (rounded to float32 for complex64), * in float64 then rounded,
         * / by runtime.complex128div (Go's, with its Inf and NaN rules; complex64 widened and
         * narrowed around it), == and != both parts.
         */
        List<Value> complexBinary(String op, List<Value> x, List<Value> y, Basic t) {
            Value a = x.get(0), b = x.get(1), c = y.get(0), d = y.get(1);
            boolean single = t.kind() == Basic.Kind.COMPLEX64;
            Value re, im;
            switch (op) {
                case "==" -> {
                    return List.of(cur.add(Op.AND, Cls.INT, cur.add(Op.FEQ, Cls.INT, a, c), cur.add(Op.FEQ, Cls.INT, b, d)));
                }
                case "!=" -> {
                    return List.of(cur.add(Op.OR, Cls.INT, cur.add(Op.FNE, Cls.INT, a, c), cur.add(Op.FNE, Cls.INT, b, d)));
                }
                case "+" -> {
                    re = cur.add(Op.FADD, Cls.F64, a, c);
                    im = cur.add(Op.FADD, Cls.F64, b, d);
                }
                case "-" -> {
                    re = cur.add(Op.FSUB, Cls.F64, a, c);
                    im = cur.add(Op.FSUB, Cls.F64, b, d);
                }
                case "*" -> {
                    re = cur.add(Op.FSUB, Cls.F64, cur.add(Op.FMUL, Cls.F64, a, c), cur.add(Op.FMUL, Cls.F64, b, d));
                    im = cur.add(Op.FADD, Cls.F64, cur.add(Op.FMUL, Cls.F64, a, d), cur.add(Op.FMUL, Cls.F64, b, c));
                }
                case "/" -> {
                    List<Value> q = cur.call("runtime.complex128div", List.of(a, b, c, d), new int[]{2, 2}, List.of(Cls.F64, Cls.F64), new int[]{2});
                    re = q.get(0);
                    im = q.get(1);
                }
                default -> throw new IllegalStateException("complex operator " + op);
            }
            if (single) {
                re = cur.add(Op.FROUND32, Cls.F64, re);
                im = cur.add(Op.FROUND32, Cls.F64, im);
            }
            return List.of(re, im);
        }

        /**
         * v, a word of integer type t, normalized as lowering keeps every narrow integer:
         * int8 … int32 sign-extended, uint8 … uint32 zero-extended (docs/IR.md).
         */
        Value norm(Value v, Basic t) {
            Op ext = extension(t);
            return ext == null ? v : cur.add(ext, Cls.INT, v);
        }

        /** T(x) for integer types: x's word, normalized to T unless every value of x's type is one of T's. */
        Value convertInt(Value v, Basic from, Basic to) {
            int fb = bits(from), tb = bits(to);
            boolean fits = tb == 64   // a word: the bits of int8(-1) are uint64(int8(-1))'s
                    || from.isUnsigned() == to.isUnsigned() && fb <= tb
                    || from.isUnsigned() && !to.isUnsigned() && fb < tb;
            return fits ? v : norm(v, to);
        }

        Op unsignedCompare(String op) {
            return switch (op) {
                case "==" -> Op.EQ;
                case "!=" -> Op.NE;
                case "<" -> Op.ULT;
                case "<=" -> Op.ULE;
                case ">" -> Op.UGT;
                case ">=" -> Op.UGE;
                default -> throw new IllegalStateException("operator " + op);
            };
        }

        /** if bad { call panicfn; unreachable }: Go's run-time check before an operation. */
        void check(Value bad, String panicfn) {
            Block panic = newBlock(), ok = newBlock();
            cur.branch(bad, panic, ok);
            ssa.seal(panic);
            panic.call(panicfn, List.of(), List.of());
            panic.unreachable();
            enter(ok);
        }

        boolean isComparison(String op) {
            return switch (op) {
                case "==", "!=", "<", "<=", ">", ">=" -> true;
                default -> false;
            };
        }

        Op compare(String op) {
            return switch (op) {
                case "==" -> Op.EQ;
                case "!=" -> Op.NE;
                case "<" -> Op.LT;
                case "<=" -> Op.LE;
                case ">" -> Op.GT;
                case ">=" -> Op.GE;
                default -> throw new IllegalStateException("operator " + op);
            };
        }

        // ---- calls ----------------------------------------------------------------

        List<Value> call(Expr.Call c) {
            Obj o = callee(c);
            if (o instanceof Obj.Builtin b) {
                if (b.name().startsWith("unsafe.")) return unsafeBuiltin(c, b.name());   // ---- package unsafe ----
                switch (b.name()) {
                    case "len", "cap" -> {
                        return List.of(lenCap(c.args().get(0), b.name().equals("cap")));
                    }
                    case "new" -> {
                        Type et = ((dev.rt0gen.types.Pointer) typeOf(c).underlying()).elem();
                        Expr a0 = c.args().get(0);
                        if (info.isType(a0)) return List.of(explicit(newObject(et)));
                        List<Value> v = valueOf(a0, et);   // new(expr): evaluated, then the variable made
                        Value p = explicit(newObject(et));
                        storeValue(et, p, 0, v);
                        return List.of(p);
                    }
                    case "make" -> {
                        if (typeOf(c).underlying() instanceof dev.rt0gen.types.Slice) return makeSlice(c);
                        if (typeOf(c).underlying() instanceof dev.rt0gen.types.Map mt) {
                            return List.of(makeMap(mt, c.args().size() > 1 ? expr(c.args().get(1)).get(0) : null));
                        }
                        if (typeOf(c).underlying() instanceof dev.rt0gen.types.Chan) return List.of(makeChan(c));
                        throw new IllegalStateException("make(" + typeOf(c) + ") is not lowered yet");
                    }
                    case "delete" -> {
                        Type at = typeOf(c.args().get(0));
                        if (at instanceof Tuple tu) at = tu.types().get(0);   // delete(f()): both from f's results
                        dev.rt0gen.types.Map mt = (dev.rt0gen.types.Map) at.underlying();
                        // m, then k
                        Value m;
                        List<Value> k;
                        if (c.args().size() == 2) {
                            m = expr(c.args().get(0)).get(0);
                            k = valueOf(c.args().get(1), mt.key());
                        } else {
                            List<List<Value>> a = exprList(c.args(), 2, null);
                            m = a.get(0).get(0);
                            k = a.get(1);
                        }
                        Value kp = keyAddr(mt.key(), k);
                        cur.call("runtime.mapdelete", List.of(cur.addr(pl.mapType(mt), 0), m, kp), List.of());
                        return List.of();
                    }
                    case "clear" -> {
                        Expr a = c.args().get(0);
                        if (typeOf(a).underlying() instanceof dev.rt0gen.types.Map mt) {
                            cur.call("runtime.mapclear", List.of(cur.addr(pl.mapType(mt), 0), expr(a).get(0)), List.of());
                        } else {
                            // a slice: its len elements zeroed
                            List<Value> sl = expr(a);
                            long es = Sizes.sizeof(elemType(typeOf(a)));
                            Value n = es == 1 ? sl.get(1) : cur.add(Op.MUL, Cls.INT, sl.get(1), cur.constant(es));
                            if (es > 0) cur.call("runtime.memclrNoHeapPointers", List.of(sl.get(0), n), List.of());
                        }
                        return List.of();
                    }
                    case "append" -> {
                        return append(c);
                    }
                    case "copy" -> {
                        return List.of(copy(c));
                    }
                    case "print", "println" -> {
                        print(c, b.name().equals("println"));
                        return List.of();
                    }
                    case "min", "max" -> {
                        return minMax(c, b.name().equals("max"));
                    }
                    // issue 14: a complex is its two float words
                    case "complex" -> {
                        Type ft = isSingle(typeOf(c)) ? Basic.FLOAT32 : Basic.FLOAT64;
                        List<Value> out = new ArrayList<>(valueOf(c.args().get(0), ft));
                        out.addAll(valueOf(c.args().get(1), ft));
                        return out;
                    }
                    case "real", "imag" -> {
                        return List.of(expr(c.args().get(0)).get(b.name().equals("real") ? 0 : 1));
                    }
                    case "close" -> {
                        cur.call("runtime.closechan", List.of(expr(c.args().get(0)).get(0)), List.of());
                        return List.of();
                    }
                    case "panic" -> {
                        Expr a = c.args().get(0);
                        panicValue(typeOf(a), panicArg(a));
                        return List.of();
                    }
                    case "recover" -> {
                        return recover();
                    }
                    default -> throw new IllegalStateException(b.name());
                }
            }
            if (o instanceof Obj.TypeName || info.isType(c.fun())) return conversion(c);
            if (unparen(c.fun()) instanceof Expr.Selector ms && info.selections.get(ms) != null && info.selections.get(ms).method() != null) {
                return methodCall(c, ms, info.selections.get(ms));
            }
            Obj.Func f = staticCallee(c);
            Signature sig = callSig(c);
            if (f != null && f.symbol().equals("runtime.getg") && f.decl.body() == null) {   // gc's intrinsic
                return List.of(func.define(cur.append(Op.GETG), Cls.PTR));
            }
            if (f != null && f.symbol().equals("runtime.funcPC") && f.decl.body() == null) {
                // gc's intrinsic abi.FuncPCABIInternal: the code address, the closure's first word
                return List.of(cur.load(Cls.INT, expr(c.args().get(0)).get(0), 0));
            }
            if (f != null && RAWSYSCALL.matcher(f.symbol()).matches() && f.decl != null && f.decl.body() == null) {   // the system call in place
                List<Value> args = callArgs(c, sig);
                if (args.size() != f.symbol().charAt(f.symbol().length() - 1) - '0' + 1) {
                    throw new IllegalStateException(f.symbol() + " must take the number and " + f.symbol().charAt(f.symbol().length() - 1) + " arguments");
                }
                return List.of(func.define(cur.append(Op.SYSCALL, args.toArray(new Value[0])), Cls.INT));
            }
            if (f == null) {   // a func value: the closure, then the arguments (closures section)
                Value fv = expr(c.fun()).get(0);
                List<Value> args = callArgs(c, sig);
                return cur.callIndirect(fv, args, sizes(sig.params()), classes(sig.results()), sizes(sig.results()));
            }
            List<Value> args = callArgs(c, sig);
            List<Value> res = cur.call(f.symbol(), args, sizes(sig.params()), classes(sig.results()), sizes(sig.results()));
            if (f.decl != null && f.decl.body() == null) res = normResults(res, sig.results());
            if (Callees.NORETURN.contains(f.symbol())) {   // gc's isNoReturn: nothing after it is live
                cur.unreachable();
                cur = null;
            }
            return res;
        }

        /**
         * The results of a function in assembly, each narrow integer normalized (docs/IR.md): Go's
         * register ABI leaves a register's bits above a narrow result unspecified, and an
         * assembly function need not extend them (sync/atomic's AddInt32 is lock xadd on the
         * 32-bit register, which zero-extends: without this, AddInt32(&x, -1) < 0 was false).
         */
        List<Value> normResults(List<Value> res, List<Type> results) {
            List<Value> out = new ArrayList<>(res);
            int w = 0;
            for (Type t : results) {
                int n = classes(t).size();
                if (n == 1 && t.underlying() instanceof Basic b && b.isInteger()) out.set(w, norm(out.get(w), b));
                w += n;
            }
            return out;
        }

        /** T(x) of a non-constant x: int to float (cvtif), float to int (cvtfi), or the same words. */
        /**
         * A conversion T(x): between integer types it may truncate or extend; between an integer
         * and a float type cvtif/cvtfi (a narrow integer's word is already extended; a float made
         * a narrow integer is truncated to it after cvtfi); else the same words.
         */
        List<Value> conversion(Expr.Call c) {
            Expr a = c.args().get(0);
            Type to = typeOf(c), from = typeOf(a);
            // ---- unsafe.Pointer to and from uintptr: the same bits in a word of the other class ----
            if (isUnsafePointer(to) != isUnsafePointer(from) && to.underlying() instanceof Basic && from.underlying() instanceof Basic) {
                return List.of(reclass(expr(a).get(0), isUnsafePointer(to) ? Cls.PTR : Cls.INT));
            }
            if (!(to.underlying() instanceof Basic) || !(from.underlying() instanceof Basic)) {
                if (to.underlying() instanceof dev.rt0gen.types.Slice && from.underlying() instanceof Basic
                        || from.underlying() instanceof dev.rt0gen.types.Slice && to.underlying() instanceof Basic) {
                    return convertComposite(c, to, from);
                }
                if (from.underlying() instanceof dev.rt0gen.types.Slice && !(to.underlying() instanceof dev.rt0gen.types.Slice)) {
                    // a slice to an array or a pointer to one: its length checked (goPanicSliceConvert), its array (a copy)
                    boolean ptr = to.underlying() instanceof dev.rt0gen.types.Pointer;
                    Type at = ptr ? ((dev.rt0gen.types.Pointer) to.underlying()).elem() : to;
                    List<Value> s = expr(a);
                    Value n = cur.constant(((dev.rt0gen.types.Array) at.underlying()).len());
                    panicUnless(cur.add(Op.ULE, Cls.INT, n, s.get(1)), "runtime.goPanicSliceConvert", n, s.get(1));
                    return List.of(ptr ? s.get(0) : freshCopy(at, s.get(0)));
                }
                return valueOf(a, to);   // the same words: between types of one underlying type, nil
            }
            if (Types.isString(to) && Types.isInteger(from)) return convertComposite(c, to, from);
            List<Value> v = expr(a);
            Basic fromB = basicOf(a).defaultType(), toB = basicOf(c);
            boolean fromF = fromB.isFloat(), toF = toB.isFloat();
            // float32 and complex (issue 14): to float32 or complex64 rounds (an int once, cvtif32)
            boolean toSingle = toB.kind() == Basic.Kind.FLOAT32 || toB.kind() == Basic.Kind.COMPLEX64;
            boolean fromSingle = fromB.kind() == Basic.Kind.FLOAT32 || fromB.kind() == Basic.Kind.COMPLEX64;
            if (fromB.isComplex() && toB.isComplex() || fromF && toF) {
                if (!toSingle || fromSingle) return v;
                List<Value> out = new ArrayList<>();
                for (Value w : v) out.add(cur.add(Op.FROUND32, Cls.F64, w));
                return out;
            }
            boolean wideUnsigned = fromB.isUnsigned() && bits(fromB) == 64 || toB.isUnsigned() && bits(toB) == 64;
            if (toF && wideUnsigned) return List.of(uint64ToFloat(v.get(0), toSingle));
            if (fromF && wideUnsigned) return List.of(floatToUint64(v.get(0)));
            if (toF && toSingle) return List.of(cur.add(Op.CVTIF32, Cls.F64, v.get(0)));
            if (toF) return List.of(cur.add(Op.CVTIF, Cls.F64, v.get(0)));
            if (fromF && bits(toB) < 32 || fromF && toB.kind() == Basic.Kind.INT32) {
                // gc converts to int8 … int32, uint8 and uint16 through int32 (CVTTSD2SL: 0x80000000 out of range)
                return List.of(convertInt(cur.add(Op.CVTFI32, Cls.INT, v.get(0)), Basic.INT32, toB));
            }
            if (fromF) return List.of(convertInt(cur.add(Op.CVTFI, Cls.INT, v.get(0)), Basic.INT64, toB));
            if (fromB.isInteger() && toB.isInteger()) return List.of(convertInt(v.get(0), fromB, toB));
            return v;
        }

        /**
         * print / println: the arguments are evaluated first (gc orders them before the
         * statement, so a call that prints does so before any of this statement's output),
         * then printed between printlock and printunlock; println puts a space between them
         * and a newline at the end. Constants are printed directly.
         */
        void print(Expr.Call c, boolean ln) {
            PrintArgs pa = printArgs(c);
            List<Type> types = pa.types();
            List<List<Value>> vals = pa.vals();
            List<Object> consts = pa.consts();
            printValues(types, vals, consts, ln);
        }

        /** The printing half of print/println: the values evaluated (a constant's: null in vals), their types. */
        void printValues(List<Type> types, List<List<Value>> vals, List<Object> consts, boolean ln) {
            cur.call("runtime.printlock", List.of(), List.of());
            for (int i = 0; i < types.size(); i++) {
                if (ln && i > 0) cur.call("runtime.printsp", List.of(), List.of());
                List<Value> v = consts.get(i) != null ? constant(types.get(i), consts.get(i)) : vals.get(i);
                Type pu = types.get(i).underlying();
                if (!(pu instanceof Basic) || ((Basic) pu).kind() == Basic.Kind.UNTYPED_NIL || ((Basic) pu).kind() == Basic.Kind.UNSAFE_POINTER) {
                    // Go's printpointer (pointers, maps, chans, funcs, nil), printslice, printeface/printiface
                    String pf = pu instanceof dev.rt0gen.types.Slice ? "runtime.printslice"
                            : pu instanceof dev.rt0gen.types.Interface it ? (it.isEmpty() ? "runtime.printeface" : "runtime.printiface")
                            : "runtime.printpointer";
                    if (pu instanceof Basic pb && pb.kind() == Basic.Kind.UNTYPED_NIL) v = List.of(constWord(Cls.PTR, 0));
                    cur.call(pf, v, new int[]{v.size()}, List.of(), new int[0]);
                    continue;
                }
                String fn = switch (((Basic) types.get(i).underlying()).kind()) {
                    case STRING, UNTYPED_STRING -> "runtime.printstring";
                    case BOOL, UNTYPED_BOOL -> "runtime.printbool";
                    case INT, UNTYPED_INT, INT8, INT16, INT32, INT64, UNTYPED_RUNE -> "runtime.printint";
                    case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> "runtime.printuint";
                    case FLOAT64, UNTYPED_FLOAT -> "runtime.printfloat";
                    // issue 14: Go's printfloat32 (shortest for a float32), printcomplex128, printcomplex64
                    case FLOAT32 -> "runtime.printfloat32";
                    case COMPLEX128, UNTYPED_COMPLEX -> "runtime.printcomplex";
                    case COMPLEX64 -> "runtime.printcomplex64";
                    case UNSAFE_POINTER, UNTYPED_NIL ->
                            throw new IllegalStateException("print of a " + types.get(i) + " is not lowered yet");
                    case INVALID -> throw new IllegalStateException("print of an invalid value");
                };
                cur.call(fn, v, new int[]{v.size()}, List.of(), new int[0]);   // one value: a string's 2 words, or 1
            }
            if (ln) cur.call("runtime.printnl", List.of(), List.of());
            cur.call("runtime.printunlock", List.of(), List.of());
        }

        // ---- methods (branch methods) -------------------------------------------------

        /**
         * {@code x.m(args)}: a call of {@code main.T.m} or {@code main.(*T).m} with the receiver
         * as its first argument (Go's ABI): x's address for a pointer receiver ({@code &x} when x
         * is addressable, Go's automatic {@code (&x).m()}), its value for a value receiver
         * ({@code *p} for a pointer, Go's automatic {@code (*p).m()}), through the embedded
         * fields of the selection's path. A method expression {@code T.m(x, args)} takes the
         * receiver as its first argument.
         */
        List<Value> methodCall(Expr.Call c, Expr.Selector sel, dev.rt0gen.types.Lookup.Result r) {
            if (r.recv() == null && !info.isType(sel.x())) return ifaceCall(c, sel, r);   // interfaces section
            dev.rt0gen.types.Named.Func m = r.method();
            Obj.Func f = info.methodFuncs.get(m);
            Signature sig = m.sig();
            List<Value> args = new ArrayList<>();
            List<List<Value>> vs;
            if (info.isType(sel.x()) && (f == null || !r.path().isEmpty())) {
                // I.m(x, args), S.m(s, args) of a promoted method: the method expression's wrapper
                Signature full = (Signature) typeOf(c.fun());
                List<Value> wargs = callArgs(c, full);
                return cur.call(methodExprWrapper(typeOf(sel.x()), r, m), wargs, sizes(full.params()), classes(full.results()), sizes(full.results()));
            }
            if (info.isType(sel.x())) {
                // T.m(x, args) or (*T).m(p, args): the receiver is the first argument
                Signature full = (Signature) typeOf(c.fun());
                List<Value> all = callArgs(c, full);   // the receiver's words, then the others (a variadic's packed)
                Type given = full.params().get(0);
                int rw = classes(given).size();
                List<Value> recv = all.subList(0, rw);
                if (!(f.recv() instanceof dev.rt0gen.types.Pointer) && given.underlying() instanceof dev.rt0gen.types.Pointer) {
                    recv = owned(f.recv(), loadValue(f.recv(), nilChecked(recv.get(0)), 0));
                }
                args.addAll(recv);
                args.addAll(all.subList(rw, all.size()));
            } else {
                args.addAll(receiver(sel, r, f.recv()));
                args.addAll(callArgs(c, sig));
            }
            List<Type> pts = new ArrayList<>();
            pts.add(f.recv());
            pts.addAll(sig.params());
            return cur.call(f.symbol(), args, sizes(pts), classes(sig.results()), sizes(sig.results()));
        }

        /** The receiver argument of x.m: x's (or the embedded field's) address or value, as recv, m's receiver type, wants. */
        List<Value> receiver(Expr.Selector sel, dev.rt0gen.types.Lookup.Result r, Type recv) {
            if (recv instanceof dev.rt0gen.types.Pointer) {
                // an embedded field's address through a pointer: Go's nil check of the pointer (a nil x in x.m() is the receiver)
                Place p = fieldPlace(sel, true);
                if (p.ws != null) return p.ws;   // x itself a pointer held in SSA
                return List.of(ptrAdd(p.ptr, p.off));
            }
            Place p = fieldPlace(sel);
            if (p.ws != null) return owned(recv, p.ws);
            Value ptr = r.indirect() ? nilChecked(p.ptr) : p.ptr;
            return owned(recv, loadValue(recv, ptr, p.off));
        }

        // ---- interfaces (branch methods) ----------------------------------------------

        /** The words of params' values, read at the entry (param words in order). */
        List<List<Value>> params(List<Type> params) {
            List<List<Value>> out = new ArrayList<>();
            int word = 0;
            for (Type p : params) {
                List<Value> ws = new ArrayList<>();
                for (Cls c : classes(p)) {
                    Instr in = cur.append(Op.PARAM);
                    in.aux = word++;
                    ws.add(func.define(in, c));
                }
                out.add(ws);
            }
            return out;
        }

        /**
         * {@code PKG.(*T).m}: the itab's entry for method m of T (or *T): takes *T (the boxed
         * value's address, or the pointer), follows m's path through the embedded fields to its
         * receiver, and calls the method with the other arguments (gc's wrapper of the same name).
         */
        void methodWrapper(Type base, TypeDescs.Method m) {
            Obj.Func target = info.methodFuncs.get(m.result().method());   // null: an embedded interface's method
            Signature sig = m.result().method().sig();
            List<Type> pts = new ArrayList<>();
            pts.add(new dev.rt0gen.types.Pointer(base));
            pts.addAll(sig.params());
            start(pts, sig.results());
            List<List<Value>> ps = params(pts);
            Value p = ps.get(0).get(0);
            long off = 0;
            Type t = base;
            List<Integer> path = m.result().path();
            for (int i : path) {
                Struct st = (Struct) t.underlying();
                Type ft = st.fields().get(i).type();
                off += Sizes.offsetof(st, i);
                if (ft.underlying() instanceof dev.rt0gen.types.Pointer pt) {
                    p = cur.load(Cls.PTR, p, off);
                    off = 0;
                    ft = pt.elem();
                }
                t = ft;
            }
            if (target == null) {
                // the embedded interface value: a call through its itab
                dev.rt0gen.types.Interface it = (dev.rt0gen.types.Interface) t.underlying();
                List<dev.rt0gen.types.Named.Func> ms = it.methodSet();
                int k = 0;
                while (!ms.get(k).name().equals(m.name())) k++;
                List<Value> w = loadValue(t, p, off);
                List<Value> args = new ArrayList<>();
                args.add(w.get(1));
                for (int i = 1; i < ps.size(); i++) args.addAll(ps.get(i));
                int[] szs = sizes(sig.params()), all = new int[szs.length + 1];
                all[0] = 1;
                System.arraycopy(szs, 0, all, 1, szs.length);
                cur.ret(cur.callIndirect(ptrAdd(w.get(0), 24 + 8L * k), args, all, classes(sig.results()), sizes(sig.results())));
                finish();
                return;
            }
            List<Value> args = new ArrayList<>();
            if (target.recv() instanceof dev.rt0gen.types.Pointer) args.add(ptrAdd(p, off));
            else args.addAll(owned(target.recv(), loadValue(target.recv(), nilChecked(p), off)));
            for (int i = 1; i < ps.size(); i++) args.addAll(ps.get(i));
            List<Type> cts = new ArrayList<>();
            cts.add(target.recv());
            cts.addAll(sig.params());
            cur.ret(cur.call(target.symbol(), args, sizes(cts), classes(sig.results()), sizes(sig.results())));
            finish();
        }

        /** {@code type:.eq.T(p, q *T) bool}: the values at p and q are equal (== of T). */
        void equalFunc(Type t) {
            Type pt = new dev.rt0gen.types.Pointer(t);
            start(List.of(pt, pt), List.of(Basic.BOOL));
            List<List<Value>> ps = params(List.of(pt, pt));
            Value eq = equal(t, loadValue(t, ps.get(0).get(0), 0), loadValue(t, ps.get(1).get(0), 0));
            cur.ret(List.of(eq));
            finish();
        }

        /**
         * go:getitab(inter, typ) (missing false) or go:missingmethod(inter, typ) (true): a linear
         * search of go:itabs, whose entries are (inter, typ, itab or nil, missing method's name).
         */
        void itabSearch(boolean missing) {
            Type ptr = new dev.rt0gen.types.Pointer(Basic.INT);
            start(List.of(ptr, ptr), missing ? List.of(Basic.STRING) : List.of(ptr));
            List<List<Value>> ps = params(List.of(ptr, ptr));
            Value inter = ps.get(0).get(0), typ = ps.get(1).get(0);
            Value table = cur.addr(ITAB_TABLE, 0);
            Value n = cur.load(Cls.INT, table, 0);
            int iv = ssa.newVar(Cls.INT);
            ssa.write(iv, cur, cur.constant(0));
            Block head = newBlock(), body = newBlock(), found = newBlock(), next = newBlock(), end = newBlock();
            cur.jump(head);
            cur = head;
            Value i = ssa.read(iv, cur);
            cur.branch(cur.add(Op.LT, Cls.INT, i, n), body, end);
            enter(body);
            Value e = ptrIndex(ptrAdd(table, 8), ssa.read(iv, cur), 40);
            Value same = cur.add(Op.AND, Cls.INT, cur.add(Op.EQ, Cls.INT, cur.load(Cls.PTR, e, 0), inter),
                    cur.add(Op.EQ, Cls.INT, cur.load(Cls.PTR, e, 8), typ));
            cur.branch(same, found, next);
            enter(found);
            if (missing) cur.ret(List.of(cur.load(Cls.PTR, e, 24), cur.load(Cls.INT, e, 32)));
            else cur.ret(List.of(cur.load(Cls.PTR, e, 16)));
            cur = null;
            enter(next);
            ssa.write(iv, cur, cur.add(Op.ADD, Cls.INT, ssa.read(iv, cur), cur.constant(1)));
            cur.jump(head);
            cur = null;
            ssa.seal(head);
            enter(end);
            if (missing) cur.ret(List.of(constWord(Cls.PTR, 0), cur.constant(0)));
            else cur.ret(List.of(constWord(Cls.PTR, 0)));
            cur = null;
            finish();
        }

        /** cond ? a() : b(), a value of class cls computed only on its own branch. */
        Value choose(Value cond, Cls cls, java.util.function.Supplier<Value> a, java.util.function.Supplier<Value> b) {
            int v = ssa.newVar(cls);
            Block then = newBlock(), els = newBlock(), end = newBlock();
            cur.branch(cond, then, els);
            enter(then);
            ssa.write(v, cur, a.get());
            jumpTo(end);
            enter(els);
            ssa.write(v, cur, b.get());
            jumpTo(end);
            enter(end);
            return ssa.read(v, cur);
        }

        Value isNilWord(Value p) {
            return cur.add(Op.EQ, Cls.INT, p, constWord(Cls.PTR, 0));
        }

        /** The dynamic type of an interface value's first word (an itab's type for a non-empty interface; nil stays nil). */
        Value dynType(boolean empty, Value w0) {
            if (empty) return w0;
            return choose(isNilWord(w0), Cls.PTR, () -> constWord(Cls.PTR, 0), () -> cur.load(Cls.PTR, w0, 8));
        }

        Value getitab(Type iface, Value typ) {
            return cur.call(GETITAB, List.of(cur.addr(typeSym(iface), 0), typ), List.of(Cls.PTR)).get(0);
        }

        /** A value of concrete type t as an interface's data word: itself if pointer-shaped, else a new box. */
        Value box(Type t, List<Value> v) {
            if (TypeDescs.direct(t)) return v.get(0);
            Value p = newObject(t);
            storeValue(t, p, 0, v);
            return p;
        }

        /** The value of concrete type t an interface's data word holds. */
        List<Value> unbox(Type t, Value data) {
            if (TypeDescs.direct(t)) return List.of(data);
            return loadValue(t, data, 0);
        }

        /** v, of type from, as a value of interface type to (Go's convT / convI2I). */
        List<Value> toIface(Type from, List<Value> v, Type to) {
            dev.rt0gen.types.Interface ti = (dev.rt0gen.types.Interface) to.underlying();
            if (from.underlying() instanceof dev.rt0gen.types.Interface fi) {
                if (ti.isEmpty()) return fi.isEmpty() ? v : List.of(dynType(false, v.get(0)), v.get(1));
                Value t = dynType(fi.isEmpty(), v.get(0));
                Value tab = choose(isNilWord(t), Cls.PTR, () -> constWord(Cls.PTR, 0), () -> getitab(to, t));
                return List.of(tab, v.get(1));
            }
            Value first = cur.addr(ti.isEmpty() ? typeSym(from) : itabSym(from, to), 0);
            return List.of(first, box(from, v));
        }

        /** The expression the conversion of which is being lowered (its own value first). */
        Expr converting;

        /** e's value, made the interface value of type to the checker recorded (info.ifaceConversions). */
        List<Value> convertedExpr(Expr e, Type to) {
            Expr saved = converting;
            converting = e;
            try {
                return toIface(typeOf(e), expr(e), to);
            } finally {
                converting = saved;
            }
        }

        /** i.m(args) of an interface value i (maybe an embedded field's): calli through the itab's entry, the data word first. */
        List<Value> ifaceCall(Expr.Call c, Expr.Selector sel, dev.rt0gen.types.Lookup.Result r) {
            Type[] itOut = new Type[1];
            List<Value> w = ifaceWords(sel, r, itOut);
            Type it = itOut[0];
            dev.rt0gen.types.Interface iface = (dev.rt0gen.types.Interface) it.underlying();
            List<dev.rt0gen.types.Named.Func> ms = iface.methodSet();
            int k = 0;
            while (!ms.get(k).name().equals(sel.sel().name())) k++;
            Signature sig = ms.get(k).sig();
            List<Value> args = new ArrayList<>();
            args.add(w.get(1));
            args.addAll(callArgs(c, sig));
            int[] ps = sizes(sig.params()), all = new int[ps.length + 1];
            all[0] = 1;
            System.arraycopy(ps, 0, all, 1, ps.length);
            // the itab's fun[k] (a nil itab faults at 0x18 + 8k, as gc's call does)
            Value slot = ptrAdd(w.get(0), 24 + 8L * k);
            return cur.callIndirect(slot, args, all, classes(sig.results()), sizes(sig.results()));
        }

        /** The interface value x.m selects a method of (x, or the embedded interface field on the selection's path), its type in it[0]. */
        List<Value> ifaceWords(Expr.Selector sel, dev.rt0gen.types.Lookup.Result r, Type[] it) {
            Type t = typeOf(sel.x());
            if (r.path().isEmpty()) {
                it[0] = t;
                return expr(sel.x());
            }
            t = t.underlying() instanceof dev.rt0gen.types.Pointer pt ? pt.elem() : t;
            for (int i : r.path()) {
                Type ft = ((Struct) t.underlying()).fields().get(i).type();
                t = ft.underlying() instanceof dev.rt0gen.types.Pointer pt ? pt.elem() : ft;
            }
            it[0] = t;
            Place p = fieldPlace(sel);
            return p.ws != null ? p.ws : loadValue(t, p.ptr, p.off);
        }

        /** Whether the interface value x (first word w0) holds a value of type t (nil: holds none); for an interface t, its itab too. */
        Value[] holds(Type xt, Value w0, Type t) {
            boolean empty = ((dev.rt0gen.types.Interface) xt.underlying()).isEmpty();
            if (t == null) return new Value[]{isNilWord(w0), null};
            if (t.underlying() instanceof dev.rt0gen.types.Interface ti) {
                Value dyn = dynType(empty, w0);
                if (ti.isEmpty()) return new Value[]{cur.add(Op.NE, Cls.INT, dyn, constWord(Cls.PTR, 0)), dyn};
                Value tab = choose(isNilWord(dyn), Cls.PTR, () -> constWord(Cls.PTR, 0), () -> getitab(t, dyn));
                return new Value[]{cur.add(Op.NE, Cls.INT, tab, constWord(Cls.PTR, 0)), tab};
            }
            Value want = cur.addr(empty ? typeSym(t) : itabSym(t, xt), 0);
            return new Value[]{cur.add(Op.EQ, Cls.INT, w0, want), null};
        }

        /** x.(T) (v, ok := x.(T): both): T's value or a panic with Go's TypeAssertionError message. */
        List<Value> typeAssert(Expr.TypeAssert ta) {
            boolean commaOk = info.commaOk.contains(ta);
            Type t = commaOk ? ((Tuple) typeOf(ta)).types().get(0) : typeOf(ta);
            Type xt = typeOf(ta.x());
            List<Value> x = expr(ta.x());
            Value[] h = holds(xt, x.get(0), t);
            boolean ifaceT = t.underlying() instanceof dev.rt0gen.types.Interface;
            if (!commaOk) {
                Block fail = newBlock(), ok = newBlock();
                cur.branch(h[0], ok, fail);
                enter(fail);
                assertionPanic(xt, x.get(0), t);
                enter(ok);
                if (ifaceT) return List.of(h[1], x.get(1));
                return unbox(t, x.get(1));
            }
            List<Cls> cs = classes(t);
            int first = ssa.newVar(cs.get(0));
            for (int i = 1; i < cs.size(); i++) ssa.newVar(cs.get(i));
            Block yes = newBlock(), no = newBlock(), end = newBlock();
            Value okv = h[0];
            cur.branch(okv, yes, no);
            enter(yes);
            List<Value> v = ifaceT ? List.of(h[1], x.get(1)) : unbox(t, x.get(1));
            for (int i = 0; i < v.size(); i++) ssa.write(first + i, cur, v.get(i));
            jumpTo(end);
            enter(no);
            List<Value> z = zero(t);
            for (int i = 0; i < z.size(); i++) ssa.write(first + i, cur, z.get(i));
            jumpTo(end);
            enter(end);
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) out.add(ssa.read(first + i, cur));
            out.add(cur.add(Op.NE, Cls.INT, okv, cur.constant(0)));
            return out;
        }

        /** The string words of a descriptor's type string (docs/ABI.md: at +48, +56). */
        List<Value> typeString(Value typ) {
            return List.of(cur.load(Cls.PTR, typ, 48), cur.load(Cls.INT, typ, 56));
        }

        List<Value> concat(List<Value> a, List<Value> b) {
            return concatStrings(List.of(a, b), false);
        }

        /**
         * The operands of e as a string concatenation, appended to parts: those of both sides
         * of a non-constant string addition (parentheses dropped), else e itself.
         */
        void addStringOperands(Expr e, List<Expr> parts) {
            TypeAndValue tv = info.typeOf(e);
            Expr u = unparen(e);
            if ((tv == null || !tv.isConstant()) && !info.ifaceConversions.containsKey(e) && u instanceof Expr.Binary b
                    && b.op().equals("+") && typeOf(u).underlying() instanceof Basic bt && bt.isString()) {
                addStringOperands(b.x(), parts);
                addStringOperands(b.y(), parts);
            } else {
                parts.add(e);
            }
        }

        /**
         * The words of a concatenation's operands, evaluated left to right. With a non-empty
         * constant among them, string(b) of a []byte b is b's bytes, not a copy (gc's order
         * pass: the concatenation copies them into a new string, and cannot return them as
         * they are, the only non-empty operand, while the constant is there).
         */
        List<List<Value>> concatOperands(List<Expr> parts) {
            boolean lit = parts.stream().anyMatch(p -> info.typeOf(p) != null && info.typeOf(p).isConstant()
                    && info.typeOf(p).value() instanceof String c && !c.isEmpty());
            List<List<Value>> words = new ArrayList<>();
            for (Expr p : parts) words.add(lit ? stringOperand(p) : expr(p));
            return words;
        }

        /**
         * The concatenation of the strings whose words are given (at least two), as gc's
         * walkAddString calls it: runtime.concatstring2 .. concatstring5 for up to five (one
         * copy, one allocation), or concatbyte2 .. concatbyte5 for the []byte of it
         * ({@code bytes}); more go five, then the result and four more at a time, the last call
         * making the []byte (gc passes a slice of them all to concatstrings or concatbytes).
         */
        List<Value> concatStrings(List<List<Value>> strings, boolean bytes) {
            List<Value> acc = null;
            int i = 0;
            while (i < strings.size()) {
                List<List<Value>> group = new ArrayList<>();
                if (acc != null) group.add(acc);
                while (group.size() < 5 && i < strings.size()) group.add(strings.get(i++));
                List<Value> args = new ArrayList<>();
                int[] sizes = new int[group.size()];
                for (int k = 0; k < group.size(); k++) {
                    args.addAll(group.get(k));
                    sizes[k] = 2;
                }
                acc = bytes && i == strings.size()
                        ? cur.call("runtime.concatbyte" + group.size(), args, sizes, List.of(Cls.PTR, Cls.INT, Cls.INT), new int[]{3})
                        : cur.call("runtime.concatstring" + group.size(), args, sizes, List.of(Cls.PTR, Cls.INT), new int[]{2});
            }
            return acc;
        }

        List<Value> str(String s) {
            return constant(s);
        }

        /** A run-time error with message msg: runtime.panicplain (the runtime's plainError, whose Error() is msg; Go's TypeAssertionError and the rest). */
        void panicString(List<Value> msg) {
            cur.call("runtime.panicplain", List.of(msg.get(0), msg.get(1)), new int[]{2}, List.of(), new int[0]);
            cur.unreachable();
            cur = null;
        }

        /**
         * Go's TypeAssertionError: "interface conversion: X is D, not T", "X is nil, not T"
         * ("interface is nil" for an interface T), "D is not T: missing method M".
         */
        void assertionPanic(Type xt, Value w0, Type t) {
            boolean empty = ((dev.rt0gen.types.Interface) xt.underlying()).isEmpty();
            Value dyn = dynType(empty, w0);
            boolean ifaceT = t.underlying() instanceof dev.rt0gen.types.Interface;
            String ts = TypeDescs.string(t);
            Block isNil = newBlock(), notNil = newBlock();
            cur.branch(isNilWord(dyn), isNil, notNil);
            enter(isNil);
            panicString(str("interface conversion: " + (ifaceT ? "interface" : TypeDescs.string(xt)) + " is nil, not " + ts));
            enter(notNil);
            List<Value> d = typeString(dyn);
            if (ifaceT) {
                List<Value> m = cur.call(MISSING, List.of(cur.addr(typeSym(t), 0), dyn), new int[]{1, 1}, List.of(Cls.PTR, Cls.INT), new int[]{2});
                panicString(concat(concat(concat(str("interface conversion: "), d), str(" is not " + ts + ": missing method ")), m));
            } else {
                panicString(concat(concat(concat(str("interface conversion: " + TypeDescs.string(xt) + " is "), d), str(", not ")), str(ts)));
            }
        }

        /** switch [v :=] x.(type) { case T1, T2: … }: each case tested in order (nil: no dynamic type), v bound per clause. */
        void typeSwitch(Stmt.TypeSwitch ts, String label) {
            if (ts.init() != null) stmt(ts.init());
            if (cur == null) return;
            Type xt = typeOf(ts.x());
            List<Value> x = expr(ts.x());
            Block end = newBlock(), dflt = end;
            List<Block> bodies = new ArrayList<>();
            for (Stmt.CaseClause cc : ts.clauses()) {
                Block body = newBlock();
                bodies.add(body);
                if (cc.isDefault()) dflt = body;
                for (Expr e : cc.values()) {
                    Type t = caseType(e);
                    Value c = holds(xt, x.get(0), t)[0];
                    Block next = newBlock();
                    cur.branch(c, body, next);
                    enter(next);
                }
            }
            jumpTo(dflt);
            targets.push(new Block[]{end, null});
            if (label != null) labeled.put(label, targets.peek());
            for (int i = 0; i < ts.clauses().size(); i++) {
                Stmt.CaseClause cc = ts.clauses().get(i);
                enter(bodies.get(i));
                Obj.Var v = info.implicits.get(cc);
                if (cur != null && v != null && !v.isBlank()) {
                    Type t = cc.values().size() == 1 ? caseType(cc.values().get(0)) : null;
                    List<Value> val;
                    if (t == null) val = x;
                    else if (t.underlying() instanceof dev.rt0gen.types.Interface) val = toIface(xt, x, t);
                    else val = unbox(t, x.get(1));
                    declare(v);
                    define(v, owned(v.type(), val));
                }
                stmts(cc.body());
                jumpTo(end);
            }
            targets.pop();
            enter(end);
        }

        /** A type switch case's type; null for nil. */
        Type caseType(Expr e) {
            TypeAndValue tv = info.typeOf(e);
            if (tv != null && tv.type() instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return null;
            return tv.type();
        }

        /**
         * a == b of interface values: the same dynamic type and, unless nil, equal values: the
         * data words of a pointer-shaped type, else the descriptor's equal function (calli
         * through its word); a type without one panics as Go's efaceeq does.
         */
        Value ifaceEqual(boolean empty, List<Value> a, List<Value> b) {
            int r = ssa.newVar(Cls.INT);
            ssa.write(r, cur, cur.constant(0));
            Block same = newBlock(), nonNil = newBlock(), direct = newBlock(), words = newBlock(), indirect = newBlock(),
                    uncomparable = newBlock(), call = newBlock(), end = newBlock();
            cur.branch(cur.add(Op.EQ, Cls.INT, a.get(0), b.get(0)), same, end);
            enter(same);
            ssa.write(r, cur, cur.constant(1));
            cur.branch(isNilWord(a.get(0)), end, nonNil);
            enter(nonNil);
            Value t = empty ? a.get(0) : cur.load(Cls.PTR, a.get(0), 8);
            Value kind = cur.load(Cls.INT, t, 24);
            cur.branch(cur.add(Op.AND, Cls.INT, kind, cur.constant(TypeDescs.KIND_DIRECT_IFACE)), direct, indirect);
            enter(direct);
            // a map or a func is held directly too, and is not comparable
            Value k = cur.add(Op.AND, Cls.INT, kind, cur.constant(0x1f));
            cur.branch(cur.add(Op.OR, Cls.INT, cur.add(Op.EQ, Cls.INT, k, cur.constant(TypeDescs.kind(new dev.rt0gen.types.Map(Basic.INT, Basic.INT)))),
                    cur.add(Op.EQ, Cls.INT, k, cur.constant(TypeDescs.kind(new Signature(List.of(), List.of()))))), uncomparable, words);
            enter(words);
            ssa.write(r, cur, cur.add(Op.EQ, Cls.INT, a.get(1), b.get(1)));
            jumpTo(end);
            enter(indirect);
            cur.branch(isNilWord(cur.load(Cls.PTR, t, 32)), uncomparable, call);
            enter(uncomparable);
            panicString(concat(str("runtime error: comparing uncomparable type "), typeString(t)));
            enter(call);
            Value eq = cur.callIndirect(ptrAdd(t, 32), List.of(a.get(1), b.get(1)), new int[]{1, 1}, List.of(Cls.INT), new int[]{1}).get(0);
            ssa.write(r, cur, eq);
            jumpTo(end);
            enter(end);
            return ssa.read(r, cur);
        }

        // ---- panic and recover -------------------------------------------------------
        //
        // A panic value is an interface{} (the checker makes panic's argument one), given to
        // runtime.gopanic with the function that prints it if no deferred call recovers it:
        // runtime.printpanicstring for a string, else go:printpanicval, Go's printpanicval
        // for any dynamic type. recover() is runtime.gorecover. A function with defer
        // statements keeps its results in cells and has a frame block, where a recovery makes
        // it return (deferEntry).

        /** panic's argument as an interface{}: nil's words are two nil words. */
        List<Value> panicArg(Expr a) {
            if (typeOf(a) instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) return List.of(constWord(Cls.PTR, 0), constWord(Cls.PTR, 0));
            return expr(a);
        }

        /** runtime.gopanic(e, print) of e, the interface{} of a value of static type st. */
        void panicValue(Type st, List<Value> e) {
            boolean str = st instanceof Basic b && (b.kind() == Basic.Kind.STRING || b.kind() == Basic.Kind.UNTYPED_STRING);
            // the runtime's function through a word of the program's (SYM·f): Keystone encodes no rip-relative lea of a runtime label right (Linker.absoluteExternalData)
            Value print = str ? cur.load(Cls.PTR, cur.addr(staticClosure("runtime.printpanicstring"), 0), 0) : cur.addr(printPanicValSym(), 0);
            cur.call("runtime.gopanic", List.of(e.get(0), e.get(1), print), new int[]{1, 1, 1}, List.of(), new int[0]);
            cur.unreachable();
            cur = null;
        }

        /** go:printpanicval, emitted once with the main package. */
        String printPanicValSym() {
            if (!printPanicVal) {
                printPanicVal = true;
                new FuncLower(pl, PRINTPANICVAL).printPanicVal();
            }
            return PRINTPANICVAL;
        }

        /**
         * recover(): runtime.gorecover, the current panic's value when this function runs as
         * a deferred call of the panic, else nil. A recovered run-time error is a
         * runtime.plainError, so its itab for error exists (go:itabs).
         */
        List<Value> recover() {
            itabSym(TypeDescs.PLAIN_ERROR, dev.rt0gen.types.Named.ERROR);
            return cur.call("runtime.gorecover", List.of(), new int[0], List.of(Cls.PTR, Cls.PTR), new int[]{2});
        }

        /**
         * go:printpanicval(type, data *T): Go's printpanicval (runtime/error.go) after
         * preprintpanics: an error's Error() and a Stringer's String(), printindented; a value
         * of a predeclared type as print prints it (a string printindented); a named type of a
         * basic kind as {@code main.N(5)}, {@code main.S("x")}; anything else as
         * {@code (main.T) 0x…}, its data word. runtime.printpanics calls it (printlock held).
         */
        void printPanicVal() {
            Type ptr = new dev.rt0gen.types.Pointer(Basic.INT);
            start(List.of(ptr, ptr), List.of());
            List<List<Value>> ps = params(List.of(ptr, ptr));
            Value t = ps.get(0).get(0), d = ps.get(1).get(0);
            for (Type iface : List.of(dev.rt0gen.types.Named.ERROR, TypeDescs.STRINGER)) {
                Value tab = getitab(iface, t);
                Block yes = newBlock(), no = newBlock();
                cur.branch(isNilWord(tab), no, yes);
                enter(yes);
                List<Value> s = cur.callIndirect(ptrAdd(tab, 24), List.of(d), new int[]{1}, List.of(Cls.PTR, Cls.INT), new int[]{2});
                cur.call("runtime.printindented", s, new int[]{2}, List.of(), new int[0]);
                cur.ret(List.of());
                cur = null;
                enter(no);
            }
            List<Basic> basics = List.of(Basic.BOOL, Basic.INT, Basic.INT8, Basic.INT16, Basic.INT32, Basic.INT64, Basic.UINT, Basic.UINT8,
                    Basic.UINT16, Basic.UINT32, Basic.UINT64, Basic.UINTPTR, Basic.FLOAT32, Basic.FLOAT64, Basic.COMPLEX64, Basic.COMPLEX128,
                    Basic.STRING);
            for (Basic b : basics) {
                Block yes = newBlock(), no = newBlock();
                cur.branch(cur.add(Op.EQ, Cls.INT, t, cur.addr(typeSym(b), 0)), yes, no);
                enter(yes);
                printPanicBasic(b, d);
                cur.ret(List.of());
                cur = null;
                enter(no);
            }
            // Go's printanycustomtype: a named type of a basic kind, main.N(5), main.S("x")
            Value kind = cur.add(Op.AND, Cls.INT, cur.load(Cls.INT, t, 24), cur.constant(0x1f));
            for (Basic b : basics) {
                Block yes = newBlock(), no = newBlock();
                cur.branch(cur.add(Op.EQ, Cls.INT, kind, cur.constant(TypeDescs.kind(b))), yes, no);
                enter(yes);
                boolean str = b == Basic.STRING;
                printString(typeString(t));
                printString(str(str ? "(\"" : "("));
                printPanicBasic(b, d);
                printString(str(str ? "\")" : ")"));
                cur.ret(List.of());
                cur = null;
                enter(no);
            }
            printString(str("("));
            printString(typeString(t));
            printString(str(") "));
            cur.call("runtime.printpointer", List.of(d), List.of());
            cur.ret(List.of());
            cur = null;
            finish();
        }

        /** The value of predeclared type b in the box at d, as printpanicval prints it. */
        void printPanicBasic(Basic b, Value d) {
            List<Value> v = loadValue(b, d, 0);
            if (b == Basic.STRING) {
                cur.call("runtime.printindented", v, new int[]{2}, List.of(), new int[0]);
                return;
            }
            List<Object> none = new ArrayList<>();
            none.add(null);
            printValues(List.of(b), List.of(v), none, false);
        }

        void printString(List<Value> s) {
            cur.call("runtime.printstring", s, new int[]{2}, List.of(), new int[0]);
        }

        // ---- package unsafe (check.UnsafeBuiltins): Add, Slice, SliceData, String, StringData ----
        // (Sizeof, Alignof and Offsetof are constants.) Slice and String have gc's open-coded
        // checks (cmd/compile/internal/walk/builtin.go walkUnsafeSlice, walkUnsafeString), in
        // gc's order, with the runtime's panics (runtime/unsafe.go).

        static boolean isUnsafePointer(Type t) {
            return t.underlying() instanceof Basic b && b.kind() == Basic.Kind.UNSAFE_POINTER;
        }

        /** A word's bits as a word of class c (an int made a ptr, or back): {@code add v, 0}, which no pass folds across classes. */
        Value reclass(Value v, Cls c) {
            if (v.cls == c) return v;
            return cur.add(Op.ADD, c, v, cur.constant(0));
        }

        List<Value> unsafeBuiltin(Expr.Call c, String name) {
            List<Value> p = expr(c.args().get(0));
            switch (name) {
                case "unsafe.SliceData", "unsafe.StringData" -> {
                    return List.of(p.get(0));
                }
                case "unsafe.Add" -> {
                    Value n = expr(c.args().get(1)).get(0);
                    return List.of(cur.add(Op.ADD, Cls.PTR, p.get(0), n));
                }
                case "unsafe.Slice", "unsafe.String" -> {
                    boolean slice = name.equals("unsafe.Slice");
                    String lenPanic = slice ? "runtime.panicunsafeslicelen" : "runtime.panicunsafestringlen";
                    String nilPanic = slice ? "runtime.panicunsafeslicenilptr" : "runtime.panicunsafestringnilptr";
                    Value ptr = p.get(0);
                    // every integer type fits a word: len is an int (a uint64 past MaxInt64 is negative)
                    Value len = expr(c.args().get(1)).get(0);
                    check(cur.add(Op.LT, Cls.INT, len, cur.constant(0)), lenPanic);
                    Value isNil = cur.add(Op.EQ, Cls.INT, ptr, constWord(Cls.PTR, 0));
                    long size = slice ? Sizes.sizeof(((dev.rt0gen.types.Slice) typeOf(c).underlying()).elem()) : 1;
                    if (size == 0) {
                        check(cur.add(Op.AND, Cls.INT, isNil, cur.add(Op.GT, Cls.INT, len, cur.constant(0))), nilPanic);
                    } else {
                        // math.MulUintptr(size, len): overflow when len > MaxUintptr / size; then mem > -uintptr(ptr)
                        Value mem = size == 1 ? len : cur.add(Op.MUL, Cls.INT, len, cur.constant(size));
                        Value bad = cur.add(Op.UGT, Cls.INT, mem, cur.add(Op.NEG, Cls.INT, reclass(ptr, Cls.INT)));
                        if (size > 1) bad = cur.add(Op.OR, Cls.INT, bad, cur.add(Op.UGT, Cls.INT, len, cur.constant(Long.divideUnsigned(-1L, size))));
                        Block panic = newBlock(), ok = newBlock();
                        cur.branch(bad, panic, ok);
                        enter(panic);
                        check(isNil, nilPanic);
                        cur.call(lenPanic, List.of(), List.of());
                        cur.unreachable();
                        enter(ok);
                    }
                    return slice ? List.of(ptr, len, len) : List.of(ptr, len);
                }
                default -> throw new IllegalStateException(name);
            }
        }

        // ---- method values and method expressions as func values (branch methods) ---------

        /**
         * x.m or T.m as a func value. A method expression is the static closure of the
         * method ({@code main.T.m·f}: the receiver is its first argument), of {@code (*T).m}'s
         * wrapper for a value method; a method value is a new closure {@code PKG.T.m-fm, the
         * receiver's words} (gc's name; an interface's: its itab and data words), the receiver
         * evaluated (and copied) now, as Go does.
         */
        Value methodValue(Expr.Selector sel) {
            dev.rt0gen.types.Lookup.Result r = info.selections.get(sel);
            dev.rt0gen.types.Named.Func m = r.method();
            Obj.Func f = info.methodFuncs.get(m);
            if (info.isType(sel.x())) {
                Type given = typeOf(sel.x());
                if (f == null || !r.path().isEmpty()) return cur.addr(staticClosure(methodExprWrapper(given, r, m)), 0);
                if ((given.underlying() instanceof dev.rt0gen.types.Pointer) == (f.recv() instanceof dev.rt0gen.types.Pointer)) {
                    return cur.addr(staticClosure(f.symbol()), 0);
                }
                // (*T).m of a value method: the itab's wrapper PKG.(*T).m
                Type base = ((dev.rt0gen.types.Pointer) given.underlying()).elem();
                return cur.addr(staticClosure(methodCodeFor(pl, given, new TypeDescs.Method(m.name(), r), base)), 0);
            }
            Signature sig = m.sig();
            if (f == null) {
                // an interface's method: {I.m-fm, itab, data}
                Type[] itOut = new Type[1];
                List<Value> w = ifaceWords(sel, r, itOut);
                Type it = itOut[0];
                nilChecked(w.get(0));   // Go's i.M of a nil interface: a nil pointer dereference
                dev.rt0gen.types.Interface iface = (dev.rt0gen.types.Interface) it.underlying();
                List<dev.rt0gen.types.Named.Func> ms = iface.methodSet();
                int k = 0;
                while (!ms.get(k).name().equals(m.name())) k++;
                String name = "go:" + TypeDescs.link(it) + "." + m.name() + "-fm";
                if (methodFuncWrappers.add(name)) new FuncLower(pl, name).methodValueWrapper(sig, null, it, k);
                Value clo = newWords(List.of(Cls.INT, Cls.PTR, Cls.PTR));   // code, itab, data
                cur.store(clo, 0, cur.addr(name, 0));
                cur.store(clo, 8, w.get(0));
                cur.store(clo, 16, w.get(1));
                return clo;
            }
            String name = f.symbol() + "-fm";
            if (methodFuncWrappers.add(name)) new FuncLower(pl, name).methodValueWrapper(sig, f, f.recv(), 0);
            List<Value> recv = receiver(sel, r, f.recv());
            Value clo = newObject(new dev.rt0gen.types.Struct(List.of(new dev.rt0gen.types.Struct.Field("F", Basic.UINTPTR, false, "", ""),
                    new dev.rt0gen.types.Struct.Field("R", f.recv(), false, "", ""))));   // gc's {F uintptr; R T}
            cur.store(clo, 0, cur.addr(name, 0));
            storeValue(f.recv(), clo, 8, recv);
            return clo;
        }

        /**
         * The function of method expression T.m when it is not the method itself: gc's wrapper
         * {@code PKG.T.m} (an interface's method: a call through the itab; a promoted method:
         * through the embedded fields), or {@code PKG.(*T).m} (the itab's wrapper).
         */
        String methodExprWrapper(Type given, dev.rt0gen.types.Lookup.Result r, dev.rt0gen.types.Named.Func m) {
            if (given.underlying() instanceof dev.rt0gen.types.Pointer pt) {
                return methodCodeFor(pl, given, new TypeDescs.Method(m.name(), r), pt.elem());
            }
            String name = (given instanceof dev.rt0gen.types.Named n ? n.pkg + "." + n.name : "go:" + TypeDescs.link(given)) + "." + m.name();
            if (methodFuncWrappers.add(name)) new FuncLower(pl, name).valueMethodExpr(given, r, m);
            return name;
        }

        /** {@code PKG.T.m(t T, args)}: t's method m (an interface's, or promoted through T's embedded fields). */
        void valueMethodExpr(Type given, dev.rt0gen.types.Lookup.Result r, dev.rt0gen.types.Named.Func m) {
            Signature sig = m.sig();
            List<Type> pts = new ArrayList<>();
            pts.add(given);
            pts.addAll(sig.params());
            start(pts, sig.results());
            List<List<Value>> ps = params(pts);
            Obj.Func f = info.methodFuncs.get(m);
            if (given.underlying() instanceof dev.rt0gen.types.Interface iface) {
                List<dev.rt0gen.types.Named.Func> ms = iface.methodSet();
                int k = 0;
                while (!ms.get(k).name().equals(m.name())) k++;
                List<Value> args = new ArrayList<>();
                args.add(ps.get(0).get(1));
                for (int i = 1; i < ps.size(); i++) args.addAll(ps.get(i));
                int[] szs = sizes(sig.params()), all = new int[szs.length + 1];
                all[0] = 1;
                System.arraycopy(szs, 0, all, 1, szs.length);
                cur.ret(cur.callIndirect(ptrAdd(ps.get(0).get(0), 24 + 8L * k), args, all, classes(sig.results()), sizes(sig.results())));
                finish();
                return;
            }
            // the value in a box, then the itab wrapper's way along the path
            Value p = Layout.inMemory(given) ? ps.get(0).get(0) : box(given, ps.get(0));
            String target = methodCodeFor(pl, new dev.rt0gen.types.Pointer(given), new TypeDescs.Method(m.name(), r), given);
            List<Value> args = new ArrayList<>();
            args.add(p);
            for (int i = 1; i < ps.size(); i++) args.addAll(ps.get(i));
            int[] szs = sizes(sig.params()), all = new int[szs.length + 1];
            all[0] = 1;
            System.arraycopy(szs, 0, all, 1, szs.length);
            cur.ret(cur.call(target, args, all, classes(sig.results()), sizes(sig.results())));
            finish();
        }

        /**
         * {@code PKG.T.m-fm(args)}: the receiver from the closure (after its code word), then
         * the method called with it (f null: an interface's itab and data words, a calli of
         * the itab's fun[k]).
         */
        void methodValueWrapper(Signature sig, Obj.Func f, Type recv, int k) {
            start(sig.params(), sig.results());
            List<List<Value>> ps = params(sig.params());
            Value ctx = func.define(cur.append(Op.CLOSUREPTR), Cls.PTR);
            cur.call("runtime.wrapperenter", List.of(), List.of());   // a WRAPPER: recover() in the method recovers
            List<Value> args = new ArrayList<>();
            if (f == null) {
                Value tab = cur.load(Cls.PTR, ctx, 8);
                args.add(cur.load(Cls.PTR, ctx, 16));
                for (List<Value> p : ps) args.addAll(p);
                int[] szs = sizes(sig.params()), all = new int[szs.length + 1];
                all[0] = 1;
                System.arraycopy(szs, 0, all, 1, szs.length);
                cur.ret(cur.callIndirect(ptrAdd(tab, 24 + 8L * k), args, all, classes(sig.results()), sizes(sig.results())));
                finish();
                return;
            }
            args.addAll(owned(recv, loadValue(recv, ctx, 8)));
            for (List<Value> p : ps) args.addAll(p);
            List<Type> cts = new ArrayList<>();
            cts.add(recv);
            cts.addAll(sig.params());
            cur.ret(cur.call(f.symbol(), args, sizes(cts), classes(sig.results()), sizes(sig.results())));
            finish();
        }
    }
}
