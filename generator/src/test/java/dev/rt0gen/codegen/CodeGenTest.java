package dev.rt0gen.codegen;

import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CodeGenTest {
    static List<AsmUnit> gen(SourceTree t) throws Exception {
        return CodeGen.generate(InitOrder.plan(Programs.check(t)));
    }

    static String mainText(String src) throws Exception {
        List<AsmUnit> units = gen(Programs.mainOnly(src));
        return units.get(units.size() - 1).text();
    }

    /** The lines of one function, from its label to its ret. */
    static String function(String text, String label) {
        int i = text.indexOf("\n" + label + ":\n");
        assertThat(i).as("function " + label).isNotNegative();
        int j = text.indexOf("    ret\n", i);
        return text.substring(i + 1, j + 8);
    }

    @Test
    void minimalProgram() throws Exception {
        String text = mainText("""
                package main

                func init() { println("init") }

                func main() {
                	println("hi", 42)
                	print("x\\n")
                }
                """);
        assertThat(function(text, "main.main")).isEqualTo("""
                main.main:
                    push rbp
                    mov rbp, rsp
                    call runtime.printlock
                    lea rax, [rip + main..stmp_1]
                    mov rdx, 0x2
                    sub rsp, 0x10
                    mov qword ptr [rsp], rax
                    mov qword ptr [rsp + 0x8], rdx
                    call runtime.printstring
                    add rsp, 0x10
                    call runtime.printsp
                    mov eax, 0x2a
                    sub rsp, 0x10
                    mov qword ptr [rsp], rax
                    call runtime.printint
                    add rsp, 0x10
                    call runtime.printnl
                    call runtime.printunlock
                    call runtime.printlock
                    lea rax, [rip + main..stmp_2]
                    mov rdx, 0x2
                    sub rsp, 0x10
                    mov qword ptr [rsp], rax
                    mov qword ptr [rsp + 0x8], rdx
                    call runtime.printstring
                    add rsp, 0x10
                    call runtime.printunlock
                .Lmain.1:
                    mov rsp, rbp
                    pop rbp
                    ret
                """);
        assertThat(function(text, "main.init")).contains("call main.init.0\n");
        assertThat(text).contains("""
                .section .rodata
                main..stmp_0:
                    .byte 0x69, 0x6e, 0x69, 0x74
                main..stmp_1:
                    .byte 0x68, 0x69
                main..stmp_2:
                    .byte 0x78, 0xa
                """);
        assertThat(text).contains("""
                go..inittasks:
                    .quad main..stmp_3, 0x4, main.init
                .set go..ninittasks, 0x1
                """);
        assertThat(text).contains("main..stmp_3:\n    .byte 0x6d, 0x61, 0x69, 0x6e\n");
    }

    @Test
    void importPathsAreEscapedInLabels() throws Exception {
        List<AsmUnit> units = gen(Programs.tree(Map.of(
                "main.go", "package main\n\nimport \"example.com/t/a\"\n\nfunc main() { println(a.Get()) }\n",
                "a/a.go", "package a\n\nvar X = f()\n\nfunc f() int { return 1 }\n\nfunc Get() int { return X }\n")));
        assertThat(units).extracting(AsmUnit::name).containsExactly("example.com/t/a", "main");
        String a = units.get(0).text();
        assertThat(a).contains("\nexample.com$2ft$2fa.Get:\n", "\nexample.com$2ft$2fa.init:\n", "mov rax, qword ptr [rip + example.com$2ft$2fa.X]");
        assertThat(a).contains(".bss\n    .p2align 0x3\nexample.com$2ft$2fa.X:\n    .skip 0x8\n");
        assertThat(units.get(1).text()).contains("call example.com$2ft$2fa.Get", ".quad main..stmp_0, 0xf, example.com$2ft$2fa.init\n")
                .contains(".set go..ninittasks, 0x1");   // main has no init work
        assertThat(units.get(1).text()).contains("main..stmp_0:\n    .byte 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x2e, 0x63, 0x6f, 0x6d, 0x2f, 0x74, 0x2f, 0x61\n");
    }

    @Test
    void constantInitializersAreStaticData() throws Exception {
        String text = mainText("""
                package main

                const greeting = "hi"

                var n = -42
                var s = greeting + "!"
                var t = true
                var z int

                func main() { println(n, s, t, z) }
                """);
        assertThat(text).contains("""
                .data
                    .p2align 0x3
                main.n:
                    .quad 0xffffffffffffffd6
                    .p2align 0x3
                main.s:
                    .quad main..stmp_0
                    .quad 0x3
                    .p2align 0x3
                main.t:
                    .quad 0x1
                """);
        assertThat(text).contains(".bss\n    .p2align 0x3\nmain.z:\n    .skip 0x8\n");
        assertThat(text).doesNotContain("main.init:").contains(".set go..ninittasks, 0x0");
    }

    @Test
    void packageInitRunsVariablesInPlanOrderThenInits() throws Exception {
        List<AsmUnit> units = gen(Programs.corpus("v01_varorder"));
        String init = function(units.get(0).text(), "main.init");
        // d = 3 is static data; b, c, a are computed in that order, then init.0 and init.1
        List<String> order = matches(init, "mov qword ptr \\[rip \\+ (main\\.\\w+)\\], rax|call (main\\.init\\.\\d)");
        assertThat(order).containsExactly("main.b", "main.c", "main.a", "main.init.0", "main.init.1");
    }

    @Test
    void divisionChecksZeroAndMinusOne() throws Exception {
        String f = function(mainText("""
                package main

                func div(a, b int) int { return a / b }

                func main() { println(div(7, 2)) }
                """), "main.div");
        assertThat(f).contains("""
                    test rcx, rcx
                    jnz .Lmain.1
                    call runtime.panicdivide
                .Lmain.1:
                    lea rdx, [rcx + 0x1]
                    test rdx, rdx
                    jnz .Lmain.2
                    neg rax
                    jmp .Lmain.3
                .Lmain.2:
                    cqo
                    idiv rcx
                .Lmain.3:
                """);
        // arguments at rbp+0x10, rbp+0x18, the result at rbp+0x20 (zeroed on entry)
        assertThat(f).contains("mov qword ptr [rbp + 0x20], 0x0", "mov rax, qword ptr [rbp + 0x10]", "mov rax, qword ptr [rbp + 0x18]",
                "mov qword ptr [rbp + 0x20], rax");
    }

    @Test
    void goStatementCallsNewprocWithCodeAddressAndArgumentBytes() throws Exception {
        String f = function(mainText("""
                package main

                import "runtime"

                func worker(id int, name string) { println(id, name) }

                func main() {
                	go worker(1, "a")
                	runtime.Gosched()
                }
                """), "main.main");
        assertThat(f).contains("""
                    sub rsp, 0x30
                    mov eax, 0x1
                    mov qword ptr [rsp + 0x10], rax
                    lea rax, [rip + main..stmp_0]
                    mov rdx, 0x1
                    mov qword ptr [rsp + 0x18], rax
                    mov qword ptr [rsp + 0x20], rdx
                    lea rax, [rip + main.worker]
                    mov qword ptr [rsp], rax
                    mov qword ptr [rsp + 0x8], 0x18
                    call runtime.newproc
                    add rsp, 0x30
                    call runtime.Gosched
                """);
    }

    @Test
    void stringOperatorsCallTheRuntime() throws Exception {
        String f = function(mainText("""
                package main

                func f(a, b string) bool { return a+b < b }

                func main() { println(f("x", "y")) }
                """), "main.f");
        assertThat(f).contains("call runtime.concatstring2", "call runtime.cmpstring", "setl al");
    }

    @Test
    void printEvaluatesCallsBeforeLocking() throws Exception {
        String f = function(mainText("""
                package main

                func g() int { println("in g"); return 1 }

                func main() { println("x", g()) }
                """), "main.main");
        assertThat(f.indexOf("call main.g")).isLessThan(f.indexOf("call runtime.printlock"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v01_varorder", "v02_files", "v03_pkgs", "v04_funcdeps", "v05_exit", "v06_print"})
    void corpusUsesOnlyTheDialect(String name) throws Exception {
        for (AsmUnit u : gen(Programs.corpus(name))) {
            for (String line : u.text().split("\n")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                // numbers in hex only; sections exactly as docs/ABI.md spells them
                assertThat(t).as(u.name()).doesNotContainPattern("(?<![\\w.$])\\d*[1-9]\\d*(?![\\w.$x])(?<!0x)");
                if (t.startsWith(".") && !t.endsWith(":")) {
                    assertThat(t).as(u.name()).matches("\\.text|\\.section \\.rodata|\\.data|\\.bss|\\.p2align 0x3|\\.skip 0x[0-9a-f]+|\\.quad .*|\\.byte .*|\\.set go\\.\\.ninittasks, 0x[0-9a-f]+");
                }
                // .L labels only as jump targets (Keystone rejects them in memory operands)
                if (t.contains("[") ) assertThat(t).doesNotContain(".L");
            }
        }
    }

    static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }
}
