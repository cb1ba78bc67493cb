package dev.rt0gen.it;

import dev.rt0gen.api.Rt0gen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's acceptance, checked on the binary rt0gen builds from examples/hello with
 * the host's own tools: file, readelf, nm, objdump, strace and gdb see a static x86-64
 * executable that starts the way Go's do.
 */
class BootstrapTest {
    @TempDir
    static Path tmp;
    static Path hello;

    @BeforeAll
    static void build() throws Exception {
        hello = tmp.resolve("hello");
        Rt0gen.build(Repo.example("hello"), hello);
    }

    @Test
    void fileSaysStaticX8664Executable() throws Exception {
        assertThat(Host.ok("file", hello.toString()))
                .contains("ELF 64-bit LSB executable, x86-64")
                .contains("statically linked");
    }

    @Test
    void noSegmentIsBothWritableAndExecutableAndTheStackIsNotExecutable() throws Exception {
        String phdrs = Host.ok("readelf", "-lW", hello.toString());
        List<String> loads = phdrs.lines().filter(l -> l.strip().startsWith("LOAD")).toList();
        // The runtime's text+rodata and data+bss, then the program's text+rodata: hello has no
        // package-level variables, so its part gets no writable segment (the linker maps none
        // for a part without data or bss).
        assertThat(loads).as(phdrs).hasSize(3);
        for (String l : loads) {
            // LOAD offset vaddr paddr filesz memsz FLAGS align: the flags are the words before the align.
            String[] w = l.strip().split("\\s+");
            String flags = String.join("", List.of(w).subList(6, w.length - 1));
            assertThat(flags.contains("W") && flags.contains("E")).as(l).isFalse();
        }
        assertThat(phdrs).containsPattern("GNU_STACK .* RW  0x10");
        assertThat(phdrs).doesNotContain("INTERP").doesNotContain("DYNAMIC");
    }

    @Test
    void entryPointIsRt0Amd64Linux() throws Exception {
        Matcher entry = Pattern.compile("Entry point address:\\s+0x([0-9a-f]+)")
                .matcher(Host.ok("readelf", "-h", hello.toString()));
        assertThat(entry.find()).isTrue();
        Matcher sym = Pattern.compile("(?m)^0*([0-9a-f]+) T _rt0_amd64_linux$").matcher(Host.ok("nm", hello.toString()));
        assertThat(sym.find()).isTrue();
        assertThat(sym.group(1)).isEqualTo(entry.group(1));
    }

    @Test
    void symbolTableNamesTheFunctionsAndWritableDataLinkedButNoReadOnlyData() throws Exception {
        List<String> nm = Host.ok("nm", hello.toString()).lines().toList();
        assertThat(nm).anyMatch(l -> l.endsWith(" T runtime.schedinit")).anyMatch(l -> l.endsWith(" T main.main"))
                .anyMatch(l -> l.endsWith(" B runtime.m0")).anyMatch(l -> l.endsWith(" B runtime.g0"))
                .anyMatch(l -> l.endsWith(" B runtime.sched")).anyMatch(l -> l.endsWith(" D runtime.main_main"));
        // Labels in .rodata (runtime.str_sigsegv, runtime.signames, main.str_0, …) are internal names.
        assertThat(nm).noneMatch(l -> l.matches("\\S+ [Rr] .*"));
        // The runtime functions hello cannot reach are left out (hello prints no bool).
        assertThat(nm).noneMatch(l -> l.endsWith(" runtime.printbool")).noneMatch(l -> l.endsWith(" os.Getenv"));
    }

    @Test
    void rt0GoCallsTheBootstrapStepsInGosOrder() throws Exception {
        String asm = Host.ok("objdump", "-d", "--no-show-raw-insn", "--disassemble=runtime.rt0_go", hello.toString());
        List<String> calls = new ArrayList<>();
        Matcher m = Pattern.compile("call\\s+[0-9a-f]+ <([^>]+)>").matcher(asm);
        while (m.find()) calls.add(m.group(1));
        List<String> steps = calls.stream().filter(c -> List.of("runtime.args", "runtime.osinit", "runtime.schedinit",
                "runtime.newproc", "runtime.mstart").contains(c)).toList();
        assertThat(steps).containsExactly("runtime.args", "runtime.osinit", "runtime.schedinit", "runtime.newproc",
                "runtime.mstart");
        // and the TLS set-up happens before them
        assertThat(calls.indexOf("runtime.settls")).isBetween(0, calls.indexOf("runtime.args"));
    }

    @Test
    void straceShowsTlsBeforeTheFirstWriteAndExitGroupZero() throws Exception {
        Host.Result r = Host.run(List.of("strace", "-f", hello.toString()));
        List<String> lines = r.stderr().lines().toList();
        int tls = indexOf(lines, "arch_prctl(ARCH_SET_FS");
        int write = indexOf(lines, "write(2, ");
        assertThat(tls).as(r.stderr()).isGreaterThanOrEqualTo(0);
        assertThat(write).isGreaterThan(tls);
        assertThat(lines).anyMatch(l -> l.startsWith("sched_getaffinity("));
        // two threads (m0 and sysmon's): strace tags the lines of each with its pid
        assertThat(lines).anyMatch(l -> l.matches("(\\[pid +\\d+\\] )?exit_group\\(0\\) +=.*"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("+++ exited with 0 +++");
    }

    @Test
    void gdbBreaksOnRuntimeAndMainFunctionsByName() throws Exception {
        String out = Host.ok("gdb", "-nx", "-batch", "-ex", "break runtime.schedinit", "-ex", "break main.main",
                "-ex", "run", "-ex", "info symbol $pc", "-ex", "continue", "-ex", "info symbol $pc", hello.toString());
        // gdb (language auto: go) shows minimal symbols named pkg.name as "pkg[name]" unless the
        // package is main; real Go binaries carry DWARF, which rt0gen's do not yet. Without it gdb
        // breaks at a function's first instruction (the stack check), so $pc is main.main itself.
        assertThat(out).containsSubsequence("Breakpoint 1, ", "schedinit", "Breakpoint 2, ",
                "main.main in section .text.program");
    }

    @Test
    void aSourceErrorIsPositionedAndExitsOne() throws Exception {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("go.mod"), "module example.com/bad\n\ngo 1.21\n");
        Files.writeString(bad.resolve("main.go"), "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Host.Result r = Host.run(List.of(Repo.root().resolve("bin/rt0gen").toString(), "build", "-o",
                tmp.resolve("bad.out").toString(), "."), bad, Map.of());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo("./main.go:4:2: declared and not used: x\n");
        assertThat(tmp.resolve("bad.out")).doesNotExist();
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(prefix)) return i;
        }
        return -1;
    }
}
