package dev.rt0gen.api;

import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.SourceFile;
import dev.rt0gen.source.SourcePackage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Package runtime's Go files compiled by rt0gen (docs/ABI.md "The runtime in Go"). */
class RuntimeBuildTest {
    private static RuntimeBuild.Output build(String src) throws CompileException {
        return RuntimeBuild.compile(new SourcePackage("runtime", "rt",
                List.of(new SourceFile("rt/a.go", src.getBytes(StandardCharsets.UTF_8)))));
    }

    private static String errorOf(String src) {
        try {
            build(src);
        } catch (CompileException e) {
            return e.getMessage();
        }
        throw new AssertionError("compiled: " + src);
    }

    @Test
    void goAsmGivesEveryFieldItsOffsetNestedStructsFlattenedAndConstants() throws CompileException {
        String asm = build("""
                package runtime

                type gobuf struct{ sp, pc, bp uintptr }
                type g struct {
                	lo    uintptr
                	sched gobuf
                	flag  uint8
                	goid  uint64
                }
                const (
                	_Gidle = iota
                	_Grunnable
                	big = 1 << 40
                )
                """).goAsm();
        assertThat(asm).contains(".set gobuf_pc, 0x8\n", ".set gobuf__size, 0x18\n",
                ".set g_sched, 0x8\n", ".set g_sched_sp, 0x8\n", ".set g_sched_bp, 0x18\n",
                ".set g_flag, 0x20\n", ".set g_goid, 0x28\n", ".set g__size, 0x30\n",
                ".set const__Grunnable, 0x1\n", ".set const_big, 0x10000000000\n");
    }

    @Test
    void getgIsOneLoadFromTheTlsSlotAndBodylessFunctionsAreTheAssemblys() throws CompileException {
        String code = build("""
                package runtime

                type g struct{ goid uint64 }
                func getg() *g
                func gogo(p uintptr)

                //go:nosplit
                func goid() uint64 { return getg().goid }
                func jump(p uintptr) { gogo(p) }
                """).code();
        assertThat(code).contains("runtime.goid:", "qword ptr fs:[0xfffffffffffffff8]", "call runtime.gogo")
                .doesNotContain("runtime.getg", "runtime.gogo:");
    }

    @Test
    void rawsyscallIsTheInstructionInPlaceAndThrowNeverReturns() throws CompileException {
        String code = build("""
                package runtime

                import "unsafe"

                func rawsyscall3(num, a1, a2, a3 uintptr) uintptr
                func throw(s string) { for {} }
                var buf [16]byte

                func write1(fd uintptr, n int32) int32 {
                	return int32(rawsyscall3(1, fd, uintptr(unsafe.Pointer(&buf)), uintptr(n)))
                }
                func check(r int) int {
                	if r < 0 {
                		throw("bad")
                		r = 7
                	}
                	return r
                }
                """).code();
        String write1 = code.substring(code.indexOf("runtime.write1:"), code.indexOf("runtime.check:"));
        assertThat(write1).contains("syscall", "mov eax, 0x1", "lea rsi, [rip + runtime.buf]").doesNotContain("call ", "rawsyscall3");
        String check = code.substring(code.indexOf("runtime.check:"));
        // nothing after throw: no r = 7, the call followed by int3 (unreachable)
        assertThat(check).contains("call runtime.throw").doesNotContain("0x7").containsPattern("call runtime.throw\\s+int3");
    }

    @Test
    void implicitHeapAllocationIsAnError() {
        assertThat(errorOf("""
                package runtime

                func f() *int { x := 1; return &x }
                """)).contains("rt/a.go:3:6: runtime code allocates on the heap implicitly (runtime.newobject in runtime.f)");
        assertThat(errorOf("""
                package runtime

                type t struct{ a, b int }

                func f() *t { return &t{1, 2} }
                """)).contains("rt/a.go:5:6: runtime code allocates on the heap implicitly (runtime.newobject in runtime.f)");
        assertThat(errorOf("""
                package runtime

                func cat(a, b string) string { return a + b }
                """)).contains("runtime.concatstring2 in runtime.cat");
        assertThat(errorOf("""
                package runtime

                func grow(s []int) []int { return append(s, 1) }
                """)).contains("runtime.growslice in runtime.grow");
    }

    @Test
    void newNamesItsAllocation() throws CompileException {
        // Go's runtime writes new(g): an allocation the source names, with the type's descriptor
        String code = build("""
                package runtime

                type g struct {
                	next *g
                	id   int
                }

                func f() *g { return new(g) }
                """).code();
        assertThat(code.substring(code.indexOf("runtime.f:"))).contains("call runtime.newobject");
    }

    @Test
    void theRuntimeHasNoInitializationCodeAndImportsOnlyUnsafe() {
        assertThat(errorOf("""
                package runtime

                func f() int { n := 1; return n }
                var x = f()
                """)).contains("rt/a.go:4:5: package runtime has no initialization code");
        assertThat(errorOf("""
                package runtime

                func init() {}
                """)).contains("package runtime has no initialization code");
        assertThat(errorOf("""
                package runtime

                import "os"
                """)).contains("rt/a.go:3:8: package runtime imports only unsafe");
    }

    @Test
    void funcPCIsOneLoadOfTheClosuresFirstWord() throws CompileException {
        String code = build("""
                package runtime

                func funcPC(f func()) uintptr
                func goexit() {}
                func pc() uintptr { return funcPC(goexit) }
                """).code();
        assertThat(code).contains("runtime.pc:", "runtime.goexit").doesNotContain("call runtime.funcPC");
    }

    @Test
    void linknameEmitsAFunctionOrVariableUnderTheSymbolItNames() throws CompileException {
        String code = build("""
                package runtime

                //go:linkname os_Args os.Args
                var os_Args []string

                // os_Exit is os.Exit.
                //
                //go:linkname os_Exit os.Exit
                func os_Exit(code int) { exit(int32(code)) }

                func exit(code int32)
                func nargs() int { os_Exit(0); return len(os_Args) }
                """).code();
        assertThat(code).contains("\nos.Exit:\n", "\nos.Args:\n", "call os.Exit", "[rip + os.Args")
                .doesNotContain("runtime.os_Exit", "runtime.os_Args");
    }

    @Test
    void linknameTakesTheTwoArgumentFormOfADeclaredFunctionOrVariable() {
        assertThat(errorOf("""
                package runtime

                //go:linkname f
                func f() {}
                """)).contains("rt/a.go:3:1: usage: //go:linkname localname importpath.name");
        assertThat(errorOf("""
                package runtime

                //go:linkname g os.g
                func f() {}
                """)).contains("rt/a.go:3:1: //go:linkname must refer to declared function or variable");
        assertThat(errorOf("""
                package runtime

                //go:linkname f os.f
                //go:linkname f os.g
                func f() {}
                """)).contains("rt/a.go:4:1: duplicate //go:linkname for f");
    }

    @Test
    void largeBssRegionsComeLastBySizeAndTheLinkerFilledWordsAreData() throws CompileException {
        String code = build("""
                package runtime

                var big [0x2000]byte
                var a int
                var page [0x1000]byte
                var b [0xff8]byte
                var main_main uintptr
                var c *int
                """).code();
        String bss = code.substring(code.indexOf("\n.bss\n"));
        assertThat(bss.indexOf("runtime.a:")).isLessThan(bss.indexOf("runtime.b:"));
        assertThat(bss.indexOf("runtime.b:")).isLessThan(bss.indexOf("runtime.c:"));
        assertThat(bss.indexOf("runtime.c:")).isLessThan(bss.indexOf("runtime.page:"));
        assertThat(bss.indexOf("runtime.page:")).isLessThan(bss.indexOf("runtime.big:"));
        assertThat(bss).doesNotContain("runtime.main_main");
        assertThat(code).contains(".data\n    .p2align 0x3\nruntime.main_main:\n    .quad 0x0\n");
    }

    @Test
    void theShippedRuntimeCompiles() throws Exception {
        RuntimeBuild.Output out = RuntimeBuild.compile(Path.of("../runtime-stubs/src/main/go/runtime"));
        assertThat(out.goAsm()).contains(".set g_sched_sp, ", ".set m_curg, ", ".set p_runq, ", ".set schedt_runqhead, ");
    }
}
