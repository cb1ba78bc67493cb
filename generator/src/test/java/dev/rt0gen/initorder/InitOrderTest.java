package dev.rt0gen.initorder;

import dev.rt0gen.check.CheckedProgram;
import dev.rt0gen.check.Obj;
import dev.rt0gen.source.CompileException;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InitOrderTest {
    static InitPlan plan(SourceTree t) throws CompileException {
        return InitOrder.plan(Programs.check(t));
    }

    /** The variables of package main in initialization order, one VarInit per group: "a", "b,c". */
    static List<String> mainOrder(String src) throws CompileException {
        InitPlan p = plan(Programs.mainOnly(src));
        InitPlan.PackageInit main = p.packages().get(p.packages().size() - 1);
        return main.vars().stream()
                .map(vi -> vi.vars().stream().map(Obj.Var::name).collect(Collectors.joining(",")))
                .toList();
    }

    @Test
    void dependenciesBeforeDeclarationOrder() throws Exception {
        // corpus v01: a = c + b
        InitPlan p = plan(Programs.corpus("v01_varorder"));
        assertThat(p.packages()).hasSize(1);
        assertThat(p.packages().get(0).vars()).extracting(vi -> vi.vars().get(0).name()).containsExactly("d", "b", "c", "a");
        assertThat(p.packages().get(0).inits()).extracting(Obj.Func::symbol).containsExactly("main.init.0", "main.init.1");
    }

    @Test
    void dependenciesThroughFunctionBodiesTransitively() throws Exception {
        InitPlan p = plan(Programs.corpus("v04_funcdeps"));
        assertThat(p.packages().get(0).vars()).extracting(vi -> vi.vars().get(0).name()).containsExactly("later", "first", "middle");
    }

    @Test
    void severalFilesInNameOrder() throws Exception {
        InitPlan p = plan(Programs.corpus("v02_files"));
        InitPlan.PackageInit main = p.packages().get(0);
        assertThat(main.vars()).extracting(vi -> vi.vars().get(0).name()).containsExactly("fromB", "fromA");
        assertThat(main.inits()).extracting(f -> f.pos().file().replaceAll(".*/", "")).containsExactly("a.go", "b.go", "main.go");
    }

    @Test
    void multiValueInitializerIsOneStepAndBlankVarsAreInitialized() throws Exception {
        assertThat(mainOrder("""
                package main

                var _ = c
                var a, b = f()
                var c = a
                var x, y = 1, b

                func f() (int, int) { return 1, 2 }

                func main() { println(a, b, c, x, y) }
                """)).containsExactly("a,b", "c", "_", "x", "y");
    }

    @Test
    void onlyReferencesMatterNotCallsInOtherPackages() throws Exception {
        // x's initializer calls g, g refers to y: y first although declared later
        assertThat(mainOrder("""
                package main

                var x = g()
                var y = 2

                func g() int { return h() }
                func h() int { return y }

                func main() { println(x) }
                """)).containsExactly("y", "x");
    }

    @Test
    void packagesInGo121Order() throws Exception {
        // paths sorted: a, y, z: y is initialized before z although main imports z first
        InitPlan p = plan(Programs.tree(Map.of(
                "main.go", "package main\n\nimport (\n\t\"example.com/t/z\"\n\t\"example.com/t/y\"\n)\n\nfunc main() { println(z.Z, y.Y) }\n",
                "a/a.go", "package a\n\nvar A = 1\n",
                "y/y.go", "package y\n\nvar Y = 2\n",
                "z/z.go", "package z\n\nimport \"example.com/t/a\"\n\nvar Z = a.A\n")));
        assertThat(p.packages()).extracting(pi -> pi.pkg().path())
                .containsExactly("example.com/t/a", "example.com/t/y", "example.com/t/z", "main");
    }

    @Test
    void diamondPackagesEachOnce() throws Exception {
        InitPlan p = plan(Programs.tree(Map.of(
                "main.go", "package main\n\nimport (\n\t\"example.com/t/b\"\n\t\"example.com/t/c\"\n)\n\nfunc main() { println(b.B, c.C) }\n",
                "b/b.go", "package b\n\nimport \"example.com/t/d\"\n\nvar B = d.D\n",
                "c/c.go", "package c\n\nimport \"example.com/t/d\"\n\nvar C = d.D\n",
                "d/d.go", "package d\n\nvar D = 1\n")));
        assertThat(p.packages()).extracting(pi -> pi.pkg().path())
                .containsExactly("example.com/t/d", "example.com/t/b", "example.com/t/c", "main");
    }

    @Test
    void cycleThroughFunctionReportedLikeGc() {
        // go 1.26 prints exactly this
        assertThatThrownBy(() -> plan(Programs.mainOnly("""
                package main

                var a = b + 1
                var b = f()

                func f() int { return a }

                func main() {}
                """))).isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.diagnostics().get(0).toString()).isEqualTo("""
                ./main.go:3:5: initialization cycle for a
                	./main.go:3:5: a refers to b
                	./main.go:4:5: b refers to f
                	./main.go:6:6: f refers to a"""));
    }

    @Test
    void selfReference() {
        assertThatThrownBy(() -> plan(Programs.mainOnly("package main\n\nvar x = x\n\nfunc main() {}\n")))
                .hasMessage("./main.go:3:5: initialization cycle: x refers to itself");
    }

    /**
     * A program that imports os: os and the standard packages it depends on interleave with the
     * program's own packages as Go's linker orders them. The expected lists are the {@code init}
     * lines of go1.26's {@code GODEBUG=inittrace=1} for the same programs (a package q with an
     * init function, imported blank by a main that imports os), without internal/bytealg,
     * internal/runtime/gc/scan and runtime (Go runs those from runtime_inittasks, earlier);
     * main has no init work.
     */
    @Test
    void osInitializesWhereGosLinkerPutsIt() throws Exception {
        List<String> stdlib = List.of("errors", "iter", "sync", "internal/godebug", "syscall", "time",
                "internal/poll", "io/fs", "os");
        List<String> before = new java.util.ArrayList<>(List.of("example.com/m/q"));
        before.addAll(stdlib);
        assertThat(tasks(osProgram("example.com/m"))).containsExactlyElementsOf(before);
        List<String> between = new java.util.ArrayList<>(List.of("p/q"));
        between.addAll(stdlib);
        assertThat(tasks(osProgram("p"))).containsExactlyElementsOf(between);
        List<String> after = new java.util.ArrayList<>(stdlib);
        after.add("zzz/q");
        assertThat(tasks(osProgram("zzz"))).containsExactlyElementsOf(after);
    }

    @Test
    void packagesSortByTheirInitTaskSymbols() {
        // go1.26 runs m/a.b, m/a-b, m/a in that order (three independent packages with inits)
        List<String> paths = new java.util.ArrayList<>(List.of("m/a", "m/a-b", "m/a.b"));
        paths.sort(java.util.Comparator.comparing(InitOrder::taskSymbol));
        assertThat(paths).containsExactly("m/a.b", "m/a-b", "m/a");
        assertThat(InitOrder.taskSymbol("example.com/x.y/v1.2")).isEqualTo("example.com/x.y/v1%2e2..inittask");
        assertThat(InitOrder.taskSymbol("os")).isEqualTo("os..inittask");
    }

    @Test
    void withoutOsNoStandardPackageHasATask() throws Exception {
        InitPlan p = plan(Programs.mainOnly("package main\n\nimport \"runtime\"\n\nfunc main() { runtime.Gosched() }\n"));
        assertThat(p.order()).contains("runtime").doesNotContain("os").last().isEqualTo("main");
        assertThat(p.order()).filteredOn(path -> InitPlan.stdlibTask(path) != null).isEmpty();
    }

    /** The packages that get an init task: the program's with init work, and the standard ones Go runs. */
    static List<String> tasks(InitPlan p) {
        java.util.Set<String> work = new java.util.HashSet<>();
        for (InitPlan.PackageInit pi : p.packages()) if (!pi.vars().isEmpty() || !pi.inits().isEmpty()) work.add(pi.pkg().path());
        return p.order().stream().filter(path -> work.contains(path) || InitPlan.stdlibTask(path) != null).toList();
    }

    static InitPlan osProgram(String module) throws CompileException {
        var main = new dev.rt0gen.source.SourcePackage("main", ".", List.of(new dev.rt0gen.source.SourceFile("./main.go",
                ("package main\n\nimport (\n\t\"os\"\n\t_ \"" + module + "/q\"\n)\n\nfunc main() { println(os.Getenv(\"X\")) }\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        var q = new dev.rt0gen.source.SourcePackage(module + "/q", "./q", List.of(new dev.rt0gen.source.SourceFile("./q/q.go",
                "package q\n\nfunc init() { println(\"q.init\") }\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        return plan(new SourceTree(module, main, Map.of(module + "/q", q)));
    }
}
