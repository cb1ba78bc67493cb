package dev.rt0gen.check;

import dev.rt0gen.syntax.Supported;
import dev.rt0gen.types.Basic;
import dev.rt0gen.types.Named;
import dev.rt0gen.types.Signature;
import dev.rt0gen.types.Type;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The predeclared names and the standard-library packages the runtime provides (types2's
 * universe.go, and the importer's view of {@code os} and {@code runtime}). Which predeclared
 * names exist but are left out is {@link Supported}'s decision.
 */
final class Universe {
    private Universe() {
    }

    /** A fresh universe scope: the predeclared types, constants and built-in functions of the subset. */
    static Scope scope() {
        Scope universe = new Scope(null);
        for (Basic b : List.of(Basic.INT, Basic.BOOL, Basic.STRING, Basic.INT8, Basic.INT16, Basic.INT32, Basic.INT64,
                Basic.UINT, Basic.UINT8, Basic.UINT16, Basic.UINT32, Basic.UINT64, Basic.UINTPTR, Basic.BYTE, Basic.RUNE,
                Basic.FLOAT64, Basic.FLOAT32, Basic.COMPLEX64, Basic.COMPLEX128)) {   // float32, complex: issue 14
            universe.objects.put(b.toString(), new Obj.TypeName(b.toString(), b));
        }
        // error: a defined interface type with one method, Error() string; any: interface{} under its own name
        universe.objects.put("error", new Obj.TypeName("error", dev.rt0gen.types.Named.ERROR));
        universe.objects.put("any", new Obj.TypeName("any", dev.rt0gen.types.Interface.ANY));
        universe.objects.put("true", new Obj.Const("true", null, Basic.UNTYPED_BOOL, Boolean.TRUE));
        universe.objects.put("false", new Obj.Const("false", null, Basic.UNTYPED_BOOL, Boolean.FALSE));
        universe.objects.put("iota", new Obj.Const("iota", null, Basic.UNTYPED_INT, BigInteger.ZERO));
        universe.objects.put("nil", new Obj.Const("nil", null, Basic.UNTYPED_NIL, null));
        for (String b : List.of("print", "println", "len", "cap", "panic", "new", "make", "append", "copy", "delete", "clear",
                "complex", "real", "imag", "close", "recover", "min", "max")) {
            universe.objects.put(b, new Obj.Builtin(b));
        }
        return universe;
    }

    /** The scopes of the standard packages, by import path: the functions the runtime provides. */
    static Map<String, Scope> stdPackages() {
        Map<String, Scope> out = new HashMap<>();
        out.put("os", stdlib("os", Map.of(
                "Exit", sig(List.of(Basic.INT), List.of()),
                "Getenv", sig(List.of(Basic.STRING), List.of(Basic.STRING)))));
        // ---- os.Args: a package variable of the runtime (runtime.go's os_Args; os.init sets it from argv, as Go's runtime_args) ----
        out.get("os").objects.put("Args", new Obj.Var("Args", null, Obj.Var.Kind.GLOBAL, "os", new dev.rt0gen.types.Slice(Basic.STRING)));
        Named memStats = memStats();
        out.put("runtime", stdlib("runtime", Map.of(
                "ReadMemStats", sig(List.of(new dev.rt0gen.types.Pointer(memStats)), List.of()),
                "GOMAXPROCS", sig(List.of(Basic.INT), List.of(Basic.INT)),
                "NumCPU", sig(List.of(), List.of(Basic.INT)),
                "Gosched", sig(List.of(), List.of()),
                "Goexit", sig(List.of(), List.of()),
                "LockOSThread", sig(List.of(), List.of()),
                "UnlockOSThread", sig(List.of(), List.of()),
                "NumGoroutine", sig(List.of(), List.of(Basic.INT)),
                // ---- runtime: GC (mgc.go), Breakpoint (int3) ----
                "GC", sig(List.of(), List.of()),
                "Breakpoint", sig(List.of(), List.of()))));
        out.get("runtime").objects.put("MemStats", new Obj.TypeName("MemStats", memStats));
        // ---- runtime.MemProfileRate: a variable of the runtime (mstats.go), which no profiler reads here ----
        out.get("runtime").objects.put("MemProfileRate", new Obj.Var("MemProfileRate", null, Obj.Var.Kind.GLOBAL, "runtime", Basic.INT));
        // ---- runtime: SetFinalizer and KeepAlive (mfinal.go), more than Map.of takes ----
        for (var e : Map.of(
                "SetFinalizer", sig(List.of(dev.rt0gen.types.Interface.ANY, dev.rt0gen.types.Interface.ANY), List.of()),
                "KeepAlive", sig(List.of(dev.rt0gen.types.Interface.ANY), List.of())).entrySet()) {
            out.get("runtime").objects.put(e.getKey(), new Obj.Func(e.getKey(), null, "runtime", "runtime." + e.getKey(), null, e.getValue()));
        }
        // ---- runtime's constants GOOS and GOARCH (typed strings, as Go declares them), Compiler ----
        out.get("runtime").objects.put("GOOS", new Obj.Const("GOOS", null, Basic.STRING, "linux"));
        out.get("runtime").objects.put("GOARCH", new Obj.Const("GOARCH", null, Basic.STRING, "amd64"));
        out.get("runtime").objects.put("Compiler", new Obj.Const("Compiler", null, Basic.UNTYPED_STRING, "gc"));   // untyped, as Go's
        // ---- package unsafe: the type Pointer and the built-in functions (UnsafeBuiltins) ----
        Scope unsafe = new Scope(null);
        unsafe.objects.put("Pointer", new Obj.TypeName("Pointer", Basic.UNSAFE_POINTER));
        for (String b : UnsafeBuiltins.NAMES) unsafe.objects.put(b, new Obj.Builtin("unsafe." + b));
        out.put("unsafe", unsafe);
        return out;
    }

    /**
     * Go's runtime.MemStats, field for field (the runtime's mstats.go declares the same struct,
     * which ReadMemStats fills: the two layouts are one).
     */
    private static Named memStats() {
        List<dev.rt0gen.types.Struct.Field> f = new java.util.ArrayList<>();
        for (String n : List.of("Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys", "HeapIdle",
                "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys", "MSpanInuse", "MSpanSys", "MCacheInuse",
                "MCacheSys", "BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC", "PauseTotalNs")) {
            f.add(field(n, Basic.UINT64));
        }
        f.add(field("PauseNs", new dev.rt0gen.types.Array(256, Basic.UINT64)));
        f.add(field("PauseEnd", new dev.rt0gen.types.Array(256, Basic.UINT64)));
        f.add(field("NumGC", Basic.UINT32));
        f.add(field("NumForcedGC", Basic.UINT32));
        f.add(field("GCCPUFraction", Basic.FLOAT64));
        f.add(field("EnableGC", Basic.BOOL));
        f.add(field("DebugGC", Basic.BOOL));
        dev.rt0gen.types.Struct bySize = new dev.rt0gen.types.Struct(List.of(
                field("Size", Basic.UINT32), field("Mallocs", Basic.UINT64), field("Frees", Basic.UINT64)));
        f.add(field("BySize", new dev.rt0gen.types.Array(61, bySize)));
        return new Named("runtime", "MemStats", new dev.rt0gen.types.Struct(f));
    }

    private static dev.rt0gen.types.Struct.Field field(String name, Type t) {
        return new dev.rt0gen.types.Struct.Field(name, t, false, "runtime", null);
    }

    private static Signature sig(List<Type> params, List<Type> results) {
        return new Signature(params, results);
    }

    private static Scope stdlib(String path, Map<String, Signature> funcs) {
        Scope s = new Scope(null);
        new TreeMap<>(funcs).forEach((name, sig) ->
                s.objects.put(name, new Obj.Func(name, null, path, path + "." + name, null, sig)));
        return s;
    }
}
