package dev.rt0gen.link;

import dev.rt0gen.api.Rt0gen;
import dev.rt0gen.amd64.AsmUnit;
import dev.rt0gen.elf.ElfWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime's entry points take Go's register ABI (docs/ABI.md "Runtime entry points the
 * generated code may call"), tested without the code generator: a hand-written main.main
 * calls each entry point with its arguments in RAX, RBX, RCX, RDI, reads its results from
 * RAX, RBX, and prints them. Before every call each register the call does not take as an
 * argument holds junk (the runtime may rely on nothing the caller leaves), and after it R14
 * and R15 must still hold what main.main put there (the ABI reserves them).
 */
class RuntimeAbiTest {
    static final String R14 = "0x1414141414141414", R15 = "0x1515151515151515";
    /** The registers a call may take arguments in, in Go's order, then the other clobberable ones. */
    static final List<String> ARGS = List.of("rax", "rbx", "rcx", "rdi", "rsi", "r8", "r9", "r10", "r11");
    static final List<String> OTHERS = List.of("rdx", "r12", "r13");

    @TempDir
    static Path dir;
    static LinkedImage image;
    static Path exe;

    /** main.main's text and rodata, built call by call. */
    static final class Main {
        final StringBuilder text = new StringBuilder(".text\nmain.main:\n    push rbp\n    mov rbp, rsp\n"
                + "    sub rsp, 0x40\n" // locals at [rsp + 0x0 .. 0x38]; rsp 16-aligned at every call
                + "    mov r14, " + R14 + "\n    mov r15, " + R15 + "\n");
        final StringBuilder rodata = new StringBuilder();
        int strings;

        void emit(String ins) {
            text.append("    ").append(ins).append('\n');
        }

        /** The arguments are in the first {@code nargs} of ARGS: junk in every other register, the call, the check. */
        void call(String fn, int nargs) {
            for (String r : ARGS.subList(nargs, ARGS.size())) emit("mov " + r + ", 0xdeadbeefdeadbeef");
            for (String r : OTHERS) emit("mov " + r + ", 0xdeadbeefdeadbeef");
            emit("call " + fn);
            emit("call main.check");
        }

        /** Loads the string's pointer and length (its chars are bytes: ISO 8859-1) into {@code ptr} and {@code len}. */
        void str(String s, String ptr, String len) {
            String label = "main.str" + strings++;
            rodata.append(label).append(":\n");
            for (char c : s.toCharArray()) rodata.append("    .byte 0x").append(Integer.toHexString(c)).append('\n');
            emit("lea " + ptr + ", [rip + " + label + "]");
            emit("mov " + len + ", 0x" + Integer.toHexString(s.length()));
        }

        void print(String s) {
            str(s, "rax", "rbx");
            call("runtime.printstring", 2);
        }

        void printInt(String local) {
            emit("mov rax, qword ptr [rsp + " + local + "]");
            call("runtime.printint", 1);
        }

        String unit() {
            return text + """
                    main.check:                  # r14 and r15 survive every call; uses r10 only
                        mov r10, %s
                        cmp r14, r10
                        jne main.clobbered
                        mov r10, %s
                        cmp r15, r10
                        jne main.clobbered
                        ret
                    main.clobbered:              # main.check's return address at [rsp]: after which call
                        sub rsp, 0x8
                        call runtime.printlock
                        lea rax, [rip + main.msg_clobbered]
                        mov ebx, 0x19
                        call runtime.printstring
                        mov rax, qword ptr [rsp + 0x8]
                        call runtime.printhex
                        call runtime.printnl
                        call runtime.printunlock
                        mov eax, 0x63
                        call os.Exit
                        int3
                    .section .rodata
                    main.msg_clobbered:
                        .ascii "r14/r15 clobbered before "
                    """.formatted(R14, R15) + rodata + """
                        .p2align 0x3
                    go..inittasks:
                        .quad main.name_os, 0x2, os.init
                    .set go..ninittasks, 0x1
                    main.name_os:
                        .ascii "os"
                    go..godebugDefault:
                    .set go..godebugDefaultLen, 0x0
                        .p2align 0x3
                    go..gcroots:
                        .quad 0x0
                    .set go..ngcroots, 0x0
                    """;
        }
    }

    static String program() {
        Main m = new Main();
        // print("hello", " ", -42, " ", true, " ", false, " ", uint64(1<<64-1), " ", hex(0xbeef), "\n")
        m.call("runtime.printlock", 0);
        m.print("hello");
        m.call("runtime.printsp", 0);
        m.emit("mov rax, 0xffffffffffffffd6");
        m.call("runtime.printint", 1);
        m.call("runtime.printsp", 0);
        m.emit("mov eax, 0x1");
        m.call("runtime.printbool", 1);
        m.call("runtime.printsp", 0);
        m.emit("xor eax, eax");
        m.call("runtime.printbool", 1);
        m.call("runtime.printsp", 0);
        m.emit("mov rax, 0xffffffffffffffff");
        m.call("runtime.printuint", 1);
        m.call("runtime.printsp", 0);
        m.emit("mov eax, 0xbeef");
        m.call("runtime.printhex", 1);
        m.call("runtime.printsp", 0);
        // printfloat(-1.5e100): the argument in X0, junk in every general-purpose register
        m.emit("mov rax, 0xd4bb6e83b85f253b");
        m.emit("movq xmm0, rax");
        m.call("runtime.printfloat", 0);
        m.call("runtime.printnl", 0);
        m.call("runtime.printunlock", 0);

        // "foo"+"bar", len of it, ""+"bar", "foo"+"", ("foo"+"bar")+("foo"+"bar")
        String[][] concats = {{"foo", "bar"}, {"", "bar"}, {"foo", ""}};
        for (int i = 0; i < concats.length; i++) {
            m.str(concats[i][0], "rax", "rbx");
            m.str(concats[i][1], "rcx", "rdi");
            m.call("runtime.concatstring2", 4);
            m.emit("mov qword ptr [rsp + 0x" + Integer.toHexString(0x10 * i) + "], rax");
            m.emit("mov qword ptr [rsp + 0x" + Integer.toHexString(0x10 * i + 8) + "], rbx");
        }
        m.emit("mov rax, qword ptr [rsp]");       // two strings on the heap
        m.emit("mov rbx, qword ptr [rsp + 0x8]");
        m.emit("mov rcx, rax");
        m.emit("mov rdi, rbx");
        m.call("runtime.concatstring2", 4);
        m.emit("mov qword ptr [rsp + 0x30], rax");
        m.emit("mov qword ptr [rsp + 0x38], rbx");
        m.call("runtime.printlock", 0);
        for (int i = 0; i < 4; i++) {
            String at = "0x" + Integer.toHexString(0x10 * i);
            m.emit("mov rax, qword ptr [rsp + " + at + "]");
            m.emit("mov rbx, qword ptr [rsp + 0x" + Integer.toHexString(0x10 * i + 8) + "]");
            m.call("runtime.printstring", 2);
            m.call("runtime.printsp", 0);
            if (i == 0) {
                m.printInt("0x8");
                m.call("runtime.printsp", 0);
            }
        }
        m.printInt("0x38");
        m.call("runtime.printnl", 0);
        m.call("runtime.printunlock", 0);

        // cmpstring: each result printed straight from RAX
        String[][] cmps = {{"abc", "abd"}, {"abd", "abc"}, {"abc", "abc"}, {"ab", "abc"}, {"abc", "ab"}, {"", ""},
                {"\u00ff", "a"}}; // bytes compare unsigned
        m.call("runtime.printlock", 0);
        for (int i = 0; i < cmps.length; i++) {
            if (i > 0) m.call("runtime.printsp", 0);
            m.str(cmps[i][0], "rax", "rbx");
            m.str(cmps[i][1], "rcx", "rdi");
            m.call("runtime.cmpstring", 4);
            m.call("runtime.printint", 1);
        }
        m.call("runtime.printnl", 0);
        m.call("runtime.printunlock", 0);

        // GOMAXPROCS(3), GOMAXPROCS(0), GOMAXPROCS(-1), NumCPU(), NumGoroutine()
        m.emit("mov eax, 0x3");
        m.call("runtime.GOMAXPROCS", 1);
        m.emit("mov qword ptr [rsp], rax");
        m.emit("xor eax, eax");
        m.call("runtime.GOMAXPROCS", 1);
        m.emit("mov qword ptr [rsp + 0x8], rax");
        m.emit("mov rax, 0xffffffffffffffff");
        m.call("runtime.GOMAXPROCS", 1);
        m.emit("mov qword ptr [rsp + 0x10], rax");
        m.call("runtime.NumCPU", 0);
        m.emit("mov qword ptr [rsp + 0x18], rax");
        m.call("runtime.NumGoroutine", 0);
        m.emit("mov qword ptr [rsp + 0x20], rax");
        m.call("runtime.printlock", 0);
        for (int i = 0; i < 5; i++) {
            if (i > 0) m.call("runtime.printsp", 0);
            m.printInt("0x" + Integer.toHexString(8 * i));
        }
        m.call("runtime.printnl", 0);
        m.call("runtime.printunlock", 0);

        // os.Getenv of a set key, an unset one, a prefix of the set one, and of ""
        String[] keys = {"RT0GEN_ABI_TEST", "RT0GEN_ABI_UNSET", "RT0GEN_ABI_TES", ""};
        for (int i = 0; i < keys.length; i++) {
            m.str(keys[i], "rax", "rbx");
            if (keys[i].isEmpty()) m.emit("lea rax, [rip + main.msg_clobbered]"); // a pointer, length 0
            m.call("os.Getenv", 2);
            m.emit("mov qword ptr [rsp + 0x" + Integer.toHexString(0x10 * i) + "], rax");
            m.emit("mov qword ptr [rsp + 0x" + Integer.toHexString(0x10 * i + 8) + "], rbx");
        }
        m.call("runtime.printlock", 0);
        m.print("[");
        m.emit("mov rax, qword ptr [rsp]");
        m.emit("mov rbx, qword ptr [rsp + 0x8]");
        m.call("runtime.printstring", 2);
        m.print("]");
        for (int i = 0; i < keys.length; i++) {
            m.call("runtime.printsp", 0);
            m.printInt("0x" + Integer.toHexString(0x10 * i + 8));
        }
        m.call("runtime.printnl", 0);
        m.call("runtime.printunlock", 0);

        m.emit("mov eax, 0x7");
        m.call("os.Exit", 1);
        m.emit("int3");
        return m.unit();
    }

    @BeforeAll
    static void link() throws Exception {
        image = Rt0gen.linkProgram(List.of(new AsmUnit("main.s", program())));
        exe = dir.resolve("abi");
        Rt0gen.write(ElfWriter.write(image), exe);
    }

    record Run(int status, String stdout, String stderr) {
    }

    static Run run(Path exe, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(exe.toString())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.ISO_8859_1),
                Files.readString(dir.resolve("err"), StandardCharsets.ISO_8859_1));
    }

    /** The CPUs in this process's affinity mask (what the runtime's getproccount counts). */
    static int affinityCpus() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("nproc").redirectErrorStream(true);
        pb.environment().clear(); // nproc honours OMP_NUM_THREADS
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return Integer.parseInt(out);
    }

    @Test
    void entryPointsTakeAndReturnTheirValuesInRegisters() throws Exception {
        Run r = run(exe, Map.of("GOMAXPROCS", "2", "RT0GEN_ABI_TEST", "value=x"));
        assertThat(r.stderr()).isEqualTo("""
                hello -42 true false 18446744073709551615 0xbeef -1.5e+100
                foobar 6 bar foo foobarfoobar 12
                -1 1 0 -1 1 0 1
                2 3 3 %d 1
                [value=x] 7 0 0 0
                """.formatted(affinityCpus()));
        assertThat(r.stdout()).isEmpty();
        assertThat(r.status()).isEqualTo(7);
    }

    @Test
    void keystoneAndGnuAsAgreeOnTheProgramAndTheRuntimeItReaches(@TempDir Path tmp) throws Exception {
        for (String fn : List.of("runtime.printstring", "runtime.printint", "runtime.printbool", "runtime.printuint",
                "runtime.printhex", "runtime.printfloat", "runtime.concatstring2", "runtime.cmpstring", "runtime.GOMAXPROCS",
                "runtime.NumCPU", "runtime.NumGoroutine", "os.Exit", "os.Getenv")) {
            assertThat(image.symbol(fn)).as(fn).isNotNull();
        }
        GnuAsCrossCheck.assertSameBytes(image, tmp);
    }
}
