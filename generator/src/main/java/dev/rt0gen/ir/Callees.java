package dev.rt0gen.ir;

import java.util.Set;

/**
 * What the IR knows of the functions it calls beyond their signatures: the contract between
 * lowering (which builds the calls) and the back end (which makes them). docs/ABI.md.
 */
public final class Callees {
    private Callees() {
    }

    /**
     * Called with every argument word on the stack (ABI0), not Go's register ABI:
     * {@code runtime.newproc(fn, nargbytes, arg words…)}.
     */
    public static final Set<String> ABI0 = Set.of("runtime.newproc");

    /**
     * Never return: the block ends with {@code unreachable} after the call (lowering's own
     * panics, and a call of one of these in Go source, as gc's isNoReturn: the runtime's throw,
     * fatal and exit).
     */
    public static final Set<String> NORETURN = Set.of("runtime.panicdivide", "runtime.panicshift", "runtime.gopanic", "runtime.panicplain",
            "runtime.goPanicIndex", "runtime.goPanicIndexU",
            "runtime.goPanicSliceAlen", "runtime.goPanicSliceAlenU", "runtime.goPanicSliceAcap", "runtime.goPanicSliceAcapU",
            "runtime.goPanicSliceB", "runtime.goPanicSliceBU",
            "runtime.goPanicSlice3Alen", "runtime.goPanicSlice3AlenU", "runtime.goPanicSlice3Acap", "runtime.goPanicSlice3AcapU",
            "runtime.goPanicSlice3B", "runtime.goPanicSlice3BU", "runtime.goPanicSlice3C", "runtime.goPanicSlice3CU",
            "runtime.goPanicSliceConvert",
            "runtime.panicmakeslicelen", "runtime.panicmakeslicecap", "runtime.panicgrowslicelen",
            "runtime.panicunsafeslicelen", "runtime.panicunsafeslicenilptr", "runtime.panicunsafestringlen", "runtime.panicunsafestringnilptr",
            "runtime.block",   // select {} (select.go)
            "runtime.throw", "runtime.fatal", "runtime.fatalthrow", "runtime.exit");
}
