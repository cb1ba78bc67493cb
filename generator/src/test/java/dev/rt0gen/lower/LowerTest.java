package dev.rt0gen.lower;

import dev.rt0gen.compare.RunsFile;
import dev.rt0gen.initorder.InitOrder;
import dev.rt0gen.ir.Block;
import dev.rt0gen.ir.Data;
import dev.rt0gen.ir.Func;
import dev.rt0gen.ir.Instr;
import dev.rt0gen.ir.Interp;
import dev.rt0gen.ir.Module;
import dev.rt0gen.ir.Op;
import dev.rt0gen.ir.Parser;
import dev.rt0gen.ir.Printer;
import dev.rt0gen.ir.Verifier;
import dev.rt0gen.source.SourceLoader;
import dev.rt0gen.source.SourceTree;
import dev.rt0gen.testing.Corpora;
import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LowerTest {
    /** Where Go's output for each corpus run was recorded (README.md there). */
    static final Path EXPECTED = Path.of("src/test/resources/dev/rt0gen/lower/corpus");
    /** The CPUs of the machine the expectations were recorded on (p22_gomaxprocs prints NumCPU). */
    static final int RECORDED_CPUS = 2;

    static List<Module> lower(SourceTree t) throws Exception {
        List<Module> ms = Lower.lower(InitOrder.plan(Programs.check(t)));
        for (Module m : ms) {
            for (Func f : m.funcs) {
                Verifier.verify(f);
                checkWellFormed(f);
            }
            // the text form reads back (the parser lists preds in block order, so compare counts) and verifies
            Module back = Parser.module(Printer.module(m));
            Verifier.verify(back);
            assertThat(back.funcs).extracting(f -> f.name + " " + f.blocks.size() + " blocks " + f.abi0)
                    .containsExactlyElementsOf(m.funcs.stream().map(f -> f.name + " " + f.blocks.size() + " blocks " + f.abi0).toList());
            assertThat(back.data).isEqualTo(m.data);
            assertThat(back.constants).isEqualTo(m.constants);
        }
        return ms;
    }

    static Interp.Result run(String src) throws Exception {
        return Interp.run(lower(Programs.mainOnly(src)));
    }

    static String stderr(String src) throws Exception {
        Interp.Result r = run(src);
        assertThat(r.exit()).as(r.stderr()).isZero();
        return r.stderr();
    }

    /**
     * Beyond the verifier: phis on top with one operand per pred, and no block but the entry
     * without predecessors (lowering drops the dead blocks it made).
     */
    static void checkWellFormed(Func f) {
        java.util.Set<Integer> defined = new java.util.HashSet<>();
        for (Block b : f.blocks) {
            assertThat(b.instrs).as(f.name + " " + b).isNotEmpty();
            assertThat(b.terminator()).as(f.name + " " + b + " ends in a terminator").isNotNull();
            boolean pastPhis = false;
            for (int i = 0; i < b.instrs.size(); i++) {
                Instr in = b.instrs.get(i);
                assertThat(in.op.isTerminator()).as(f.name + " " + b + " terminator only last").isEqualTo(i == b.instrs.size() - 1);
                if (in.op == Op.PHI) {
                    assertThat(pastPhis).as(f.name + " phi on top of " + b).isFalse();
                    assertThat(in.args).as(f.name + " " + in).hasSize(b.preds.size());
                } else {
                    pastPhis = true;
                }
                for (var v : in.defs) assertThat(defined.add(v.id)).as(f.name + " v" + v.id + " defined once").isTrue();
            }
            for (Block s : b.succs) assertThat(s.preds).as(f.name).contains(b);
            for (Block p : b.preds) assertThat(p.succs).as(f.name).contains(b);
            if (b != f.entry()) assertThat(b.preds).as(f.name + " " + b + " is reachable").isNotEmpty();
        }
        // and the entry reaches every block (a label only dead gotos name is dropped, cycles too)
        java.util.Set<Block> reached = new java.util.HashSet<>();
        java.util.Deque<Block> work = new java.util.ArrayDeque<>(List.of(f.entry()));
        while (!work.isEmpty()) {
            Block b = work.pop();
            if (reached.add(b)) work.addAll(b.succs);
        }
        assertThat(reached).as(f.name + ": every block reached from the entry").containsExactlyInAnyOrderElementsOf(f.blocks);
    }

    @Test
    void labelsInDeadCodeAreLoweredOnlyWhereAGotoReachesThem() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                func dead(n int) int {
                	return n
                L:
                	n++
                	goto L
                }

                func skipped(n int) int {
                	goto M
                L:
                	n++
                	if n < 10 {
                		goto L
                	}
                M:
                	return n
                }

                func revived(n int) int {
                	goto M
                L:
                	n *= 2
                	return n
                M:
                	n++
                	goto L
                }

                func main() {
                	println(dead(1), skipped(2), revived(3))
                }
                """));
        Func dead = ms.get(0).funcs.stream().filter(f -> f.name.equals("main.dead")).findFirst().orElseThrow();
        assertThat(dead.blocks).hasSize(1);   // only the return
        Func skipped = ms.get(0).funcs.stream().filter(f -> f.name.equals("main.skipped")).findFirst().orElseThrow();
        assertThat(skipped.blocks.stream().flatMap(b -> b.instrs.stream()).filter(in -> in.op == Op.ADD)).isEmpty();
        assertThat(Interp.run(ms).stderr()).isEqualTo("1 2 8\n");
    }

    @Test
    void panicEndsItsBlockAndWhatFollowsIsDead() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                func f(n int) {
                	if n > 0 {
                		return
                	}
                	panic("neg")
                	println("never")
                }

                func main() {
                	f(1)
                	println(1)
                	f(-1)
                }
                """));
        Func f = ms.get(0).funcs.stream().filter(fn -> fn.name.equals("main.f")).findFirst().orElseThrow();
        Block panicking = f.blocks.stream().filter(b -> b.terminator().op == Op.UNREACHABLE).findFirst().orElseThrow();
        Instr call = panicking.instrs.get(panicking.instrs.size() - 2);
        assertThat(call.sym).isEqualTo("runtime.gopanic");
        assertThat(call.argSizes).containsExactly(1, 1, 1);   // the value as an interface{} (type, data), its print function
        assertThat(f.blocks.stream().flatMap(b -> b.instrs.stream()).filter(in -> "runtime.printlock".equals(in.sym))).isEmpty();
        Interp.Result r = Interp.run(ms);
        assertThat(r.stderr()).isEqualTo("1\npanic: neg\n\ngoroutine 1 [running]:\n");
        assertThat(r.exit()).isEqualTo(2);
    }

    /**
     * A func type's descriptor, which SetFinalizer reads (mfinal.go): its one parameter's type
     * at +0x40 (elem) and its results' bytes at +0x50, a word per 8 bytes of each; a func with
     * two parameters has no elem.
     */
    @Test
    void funcDescriptorsGiveTheParameterAndTheResultsSize() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                type T struct{ a, b int }

                func fin(t *T) (r [3]int, s string, ok bool) { return }

                func two(a, b int) {}

                func main() {
                	var x, y any = fin, two
                	println(x != nil, y != nil)
                }
                """));
        Map<String, Data> data = ms.get(0).data.stream().collect(Collectors.toMap(Data::name, d -> d));
        List<Data.Item> fin = data.get("type:func(*main.T) ([3]int, string, bool)").items();
        assertThat(fin.get(8)).isEqualTo(new Data.SymWord("type:*main.T", 0));
        assertThat(fin).hasSize(11).last().isEqualTo(new Data.Word(24 + 16 + 8));
        List<Data.Item> two = data.get("type:func(int, int)").items();
        assertThat(two.get(8)).isEqualTo(new Data.Zero(dev.rt0gen.ir.Cls.PTR));
        assertThat(two).hasSize(11).last().isEqualTo(new Data.Word(0));
    }

    /**
     * Every object compiled code allocates comes with its type's descriptor (Go's
     * newobject(typ)): its size and its pointer mask, what a collector reads; a closure's words
     * as a struct of a code word and pointers.
     */
    @Test
    void everyAllocationCarriesItsTypesSizeAndPointerLayout() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                type T struct {
                	n int
                	p *int
                	s string
                }

                func main() {
                	x := 1
                	t := &T{n: 2, p: &x}
                	f := func() int { return x + t.n }
                	println(f(), *t.p, t.s == "")
                }
                """));
        Module m = ms.get(0);
        Map<String, Data> data = m.data.stream().collect(Collectors.toMap(Data::name, d -> d));
        List<Instr> news = m.funcs.stream().flatMap(f -> f.blocks.stream()).flatMap(b -> b.instrs.stream())
                .filter(in -> "runtime.newobject".equals(in.sym)).toList();
        assertThat(news).hasSize(4);   // x's cell, the T, the closure, t's cell (captured)
        for (Instr in : news) assertThat(in.args.get(0).def.op).isEqualTo(Op.ADDR);
        List<String> types = news.stream().map(in -> in.args.get(0).def.sym).toList();
        assertThat(types).contains("type:int", "type:main.T", "type:struct { F0 uintptr; F1 unsafe.Pointer; F2 unsafe.Pointer }");
        // main.T: 32 bytes, pointers in words 1 and 2 (p, s's data): ptrdata 24, mask 0b110
        assertThat(data.get("type:main.T").items().subList(0, 2)).containsExactly(new Data.Word(32), new Data.Word(24));
        assertThat(data.get("type:main.T..gcdata").items()).containsExactly(new Data.Bytes("\u0006\u0000\u0000\u0000\u0000\u0000\u0000\u0000")); // padded to a word
        // the closure {code, x's cell, t's cell}: ptrdata 24, mask 0b110; int: no pointers, no mask
        String clo = "type:struct { F0 uintptr; F1 unsafe.Pointer; F2 unsafe.Pointer }";
        assertThat(data.get(clo).items().subList(0, 2)).containsExactly(new Data.Word(24), new Data.Word(24));
        assertThat(data.get(clo + "..gcdata").items()).containsExactly(new Data.Bytes("\u0006\u0000\u0000\u0000\u0000\u0000\u0000\u0000")); // padded to a word
        assertThat(data.get("type:int").items().subList(0, 2)).containsExactly(new Data.Word(8), new Data.Word(0));
        // only allocated, never an interface value: no equal function, no itab search
        assertThat(data.get("type:main.T").items().get(4)).isEqualTo(new Data.Zero(dev.rt0gen.ir.Cls.PTR));
        assertThat(m.funcs).extracting(f -> f.name).doesNotContain("go:getitab", "type:.eq.main.T");
        assertThat(Interp.run(ms).stderr()).isEqualTo("3 1 true\n");
    }

    /**
     * A map's entries are allocated as an array of its entry type (maptype.entry: the hash word,
     * the key at 8, the element at 8 + the key rounded up to 8), a channel's buffer with its
     * element's descriptor (makechan(et, n)), so that a collector knows their pointer words.
     */
    @Test
    void mapEntriesAndChannelBuffersAreTyped() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                func main() {
                	m := map[string]*int{}
                	b := map[byte]byte{}
                	c := make(chan *int, 4)
                	x := 1
                	m["a"] = &x
                	b[1] = 2
                	c <- &x
                	println(*m["a"], b[1], *<-c)
                }
                """));
        Module m = ms.get(0);
        Map<String, Data> data = m.data.stream().collect(Collectors.toMap(Data::name, d -> d));
        assertThat(data.keySet()).contains("main..type:map[string]*int", "main..type:map[byte]byte");
        String entry = "type:struct { hash uintptr; key string; elem *int }";
        assertThat(data.get("main..type:map[string]*int").items().get(5)).isEqualTo(new Data.SymWord(entry, 0));
        // 32 bytes: hash, the key's data and length, the element: pointers in words 1 and 3
        assertThat(data.get(entry).items().subList(0, 2)).containsExactly(new Data.Word(32), new Data.Word(32));
        assertThat(data.get(entry + "..gcdata").items()).containsExactly(new Data.Bytes("\n\u0000\u0000\u0000\u0000\u0000\u0000\u0000")); // padded to a word
        // byte key and element, each padded to a word: 24 bytes, no pointers
        String bentry = "type:struct { hash uintptr; key uint8; kpad [7]uint8; elem uint8; epad [7]uint8 }";
        assertThat(data.get("main..type:map[byte]byte").items().get(5)).isEqualTo(new Data.SymWord(bentry, 0));
        assertThat(data.get(bentry).items().subList(0, 2)).containsExactly(new Data.Word(24), new Data.Word(0));
        Instr mk = m.funcs.stream().flatMap(f -> f.blocks.stream()).flatMap(b -> b.instrs.stream())
                .filter(in -> "runtime.makechan".equals(in.sym)).findFirst().orElseThrow();
        assertThat(mk.args.get(0).def.sym).isEqualTo("type:*int");
    }

    // ---- the corpus ---------------------------------------------------------------

    @TestFactory
    List<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> dirs = Corpora.corpus();
        assertThat(dirs).hasSize(Corpora.CORPUS_PROGRAMS);
        // the interpreter models memory as words of symbolic objects: programs with narrow fields,
        // slices and heap objects are listed in NOT_INTERPRETED with why; it-tests' CorpusTest runs
        // every program natively and in containers against Go
        Map<String, String> notInterpreted = Corpora.notInterpreted();
        assertThat(notInterpreted.keySet()).as("NOT_INTERPRETED names corpus programs")
                .allMatch(n -> dirs.stream().anyMatch(d -> d.getFileName().toString().equals(n)));
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            if (notInterpreted.containsKey(name)) {
                assertThat(Files.exists(EXPECTED.resolve(name))).as(name + " is not interpreted: no recorded output").isFalse();
                continue;
            }
            List<Map<String, String>> runs = RunsFile.read(dir);
            try (var recorded = Files.list(EXPECTED.resolve(name))) {
                assertThat(recorded.filter(p -> p.toString().endsWith(".exit")).count()).as(name + ": a recorded output per run").isEqualTo(runs.size());
            }
            for (int i = 0; i < runs.size(); i++) {
                int run = i;
                Map<String, String> env = runs.get(i);
                tests.add(DynamicTest.dynamicTest(name + " " + env, () -> {
                    String want = Files.readString(EXPECTED.resolve(name).resolve(run + ".stderr"), StandardCharsets.ISO_8859_1);
                    int wantExit = Integer.parseInt(Files.readString(EXPECTED.resolve(name).resolve(run + ".exit")).strip());
                    Interp.Result r = Interp.run(lower(SourceLoader.load(dir)), env, RECORDED_CPUS);
                    assertThat(r.stderr()).isEqualTo(want);
                    assertThat(r.exit()).isEqualTo(wantExit);
                    if (run == 0 && Files.isRegularFile(dir.resolve("expected.stderr"))) {
                        // the v* programs' own expectations (go1.19.8)
                        assertThat(r.stderr()).isEqualTo(Files.readString(dir.resolve("expected.stderr"), StandardCharsets.ISO_8859_1));
                        assertThat(r.exit()).isEqualTo(Integer.parseInt(Files.readString(dir.resolve("expected.exit")).strip()));
                        assertThat(Files.readString(dir.resolve("expected.stdout"))).isEmpty();
                    }
                }));
            }
        }
        return tests;
    }

    // ---- targeted -----------------------------------------------------------------

    /**
     * Closures and the language version: from go 1.22 each iteration of a loop has its own :=
     * variables (a closure keeps its iteration's), before one per loop (go 1.21: closures share it).
     */
    @Test
    void loopVariablesPerIterationFromGo122(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String src = """
                package main

                func main() {
                	var fs [6]func() int
                	for i := 0; i < 3; i++ {
                		fs[i] = func() int { return i }
                	}
                	for j, x := range [3]int{7, 8, 9} {
                		fs[3+j] = func() int { return x }
                	}
                	for _, f := range fs {
                		print(f(), " ")
                	}
                	println()
                }
                """;
        Files.writeString(dir.resolve("main.go"), src);
        Files.writeString(dir.resolve("go.mod"), "module m\n\ngo 1.21\n");
        assertThat(Interp.run(lower(SourceLoader.load(dir))).stderr()).isEqualTo("3 3 3 9 9 9 \n");
        Files.writeString(dir.resolve("go.mod"), "module m\n\ngo 1.22\n");
        assertThat(Interp.run(lower(SourceLoader.load(dir))).stderr()).isEqualTo("0 1 2 7 8 9 \n");
    }

    /** A closure's captured variables are shared with the enclosing function; a deferred call runs before a panic's message. */
    @Test
    void closuresShareTheirVariablesAndDeferredCallsRunBeforeAPanic() throws Exception {
        Interp.Result r = run("""
                package main

                func counter() (func() int, func()) {
                	n := 0
                	return func() int { n++; return n }, func() { n = 10 }
                }

                func main() {
                	inc, reset := counter()
                	println(inc(), inc())
                	reset()
                	println(inc())
                	defer println("deferred")
                	x := 0
                	println(1 / x)
                }
                """);
        assertThat(r.stderr()).isEqualTo("1 2\n11\ndeferred\npanic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void shortCircuitEvaluatesTheRightOperandOnlyWhenNeeded() throws Exception {
        assertThat(stderr("""
                package main

                var calls = 0

                func t(s string) bool { calls++; print(s); return true }
                func f(s string) bool { calls++; print(s); return false }

                func main() {
                	a := f("a") && t("b")
                	b := t("c") || f("d")
                	c := t("e") && (f("f") || t("g")) && !f("h")
                	println()
                	println(a, b, c, calls)
                	x := 0
                	for i := 0; i < 5 && x < 3; i++ {
                		x++
                	}
                	println(x)
                }
                """)).isEqualTo("acefgh\nfalse true true 6\n3\n");
    }

    @Test
    void multiValueCallsGoThroughEveryForm() throws Exception {
        assertThat(stderr("""
                package main

                import "runtime"

                func two() (int, string) { return 7, "seven" }
                func pass() (int, string) { return two() }
                func take(n int, s string) int { println("take", n, s); return n + len(s) }
                func show(n int, s string) { println("show", n, s) }

                var g1, g2 = two()

                func main() {
                	a, b := pass()
                	println(a, b)
                	var c, d = two()
                	println(c, d)
                	a, b = two()
                	println(take(two()), a, b, g1, g2)
                	println(two())
                	print(two())
                	println()
                	go show(two())
                	runtime.Gosched()
                }
                """)).isEqualTo("""
                7 seven
                7 seven
                take 7 seven
                12 7 seven 7 seven
                7 seven
                7seven
                show 7 seven
                """);
    }

    @Test
    void divisionAndShiftsHaveGoSemantics() throws Exception {
        assertThat(stderr("""
                package main

                func div(a, b int) int { return a / b }
                func mod(a, b int) int { return a % b }
                func shl(a, b int) int { return a << b }
                func shr(a, b int) int { return a >> b }

                func main() {
                	min := -9223372036854775807 - 1
                	println(div(min, -1), mod(min, -1), div(-7, 2), mod(-7, 2), div(7, -2), mod(7, -2))
                	println(shl(1, 63), shl(1, 64), shl(3, 70), shr(-8, 64), shr(8, 64), shr(-8, 1), shr(min, 63))
                	x := 5
                	x <<= 62
                	y := -1
                	y >>= 100
                	println(x, y, 1<<10, -16>>2)
                }
                """)).isEqualTo("""
                -9223372036854775808 0 -3 -1 -3 1
                -9223372036854775808 0 0 -1 0 -4 -1
                4611686018427387904 -1 1024 -4
                """);
    }

    @Test
    void divisionByZeroAndNegativeShiftPanic() throws Exception {
        Interp.Result r = run("""
                package main

                var zero = 0

                func main() {
                	println("before")
                	println(1 / zero)
                	println("after")
                }
                """);
        assertThat(r.stderr()).isEqualTo("before\npanic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n");
        assertThat(r.exit()).isEqualTo(2);
        r = run("""
                package main

                func main() {
                	n := -3
                	x := 7
                	x %= 1
                	println(x)
                	println(1 << n)
                }
                """);
        assertThat(r.stderr()).isEqualTo("0\npanic: runtime error: negative shift amount\n\ngoroutine 1 [running]:\n");
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void stringsCompareAndConcatenate() throws Exception {
        assertThat(stderr("""
                package main

                func main() {
                	a, b := "abc", "abd"
                	e := ""
                	println(a < b, a <= b, a > b, a >= b, a == b, a != b, e < a, e == "", a+b == "abcabd")
                	s := e
                	for i := 0; i < 3; i++ {
                		s = s + "x"
                	}
                	println(s, len(s), len(e+e), e+"!", "\\xff" > "a")
                }
                """)).isEqualTo("true true false false false true true true true\nxxx 3 0 ! true\n");
    }

    @Test
    void switchTakesTheFirstMatchingCase() throws Exception {
        assertThat(stderr("""
                package main

                func name(n int) string {
                	switch n {
                	case 1, 2:
                		return "small"
                	case 3:
                	case 4:
                		return "four"
                	default:
                		return "other"
                	}
                	return "three"
                }

                func kind(s string) int {
                	r := 0
                	switch s + "" {
                	case "a":
                		r = 1
                	case "b", "c":
                		r = 2
                		break
                		r = 3
                	}
                	return r
                }

                func main() {
                	println(name(1), name(2), name(3), name(4), name(9))
                	println(kind("a"), kind("c"), kind("z"))
                	x := 5
                	switch {
                	case x > 10:
                		println("big")
                	case x > 3:
                		println("medium")
                	}
                	switch b := x == 5; b {
                	case false:
                		println("no")
                	case true:
                		println("yes")
                	}
                	for i := 0; i < 4; i++ {
                		switch i {
                		case 1:
                			continue
                		case 3:
                			break
                		}
                		println("i", i)
                	}
                }
                """)).isEqualTo("small small three four other\n1 2 0\nmedium\nyes\ni 0\ni 2\ni 3\n");
    }

    @Test
    void namedResultsStartAtZeroAndBareReturnReturnsThem() throws Exception {
        assertThat(stderr("""
                package main

                func f(n int) (sum int, s string, ok bool) {
                	if n < 0 {
                		return
                	}
                	for i := 1; i <= n; i++ {
                		sum += i
                		s = s + "x"
                	}
                	ok = true
                	return
                }

                func g() (a, b int) {
                	a, b = 1, 2
                	a, b = b, a
                	return b, a
                }

                func main() {
                	println(f(-1))
                	println(f(4))
                	println(g())
                }
                """)).isEqualTo("0  false\n10 xxxx true\n1 2\n");
    }

    @Test
    void goStatementsEvaluateArgumentsNowAndRunInGoOrder() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                import "runtime"

                var log = ""

                func worker(id int, name string) { log = log + " " + name; println("worker", id, name) }

                func main() {
                	x := 1
                	go worker(x, "a")
                	x = 2
                	go worker(x, "b")
                	go worker(3, "c"+"!")
                	println("main", runtime.NumGoroutine())
                	runtime.Gosched()
                	println("log" + log, runtime.NumGoroutine())
                }
                """));
        Module main = ms.get(ms.size() - 1);
        Func w = main.func("main.main.gowrap1");
        assertThat(w).isNotNull();
        assertThat(w.abi0).isTrue();
        assertThat(w.params).hasSize(3);
        assertThat(main.func("main.main.gowrap3")).isNotNull();
        Interp.Result r = Interp.run(ms);
        // runnext holds the last one started; the others wait in the local queue in order
        assertThat(r.stderr()).isEqualTo("main 4\nworker 3 c!\nworker 1 a\nworker 2 b\nlog c! a b 1\n");
        assertThat(r.exit()).isZero();
    }

    @Test
    void parallelAssignmentEvaluatesEverythingThenAssignsLeftToRight() throws Exception {
        assertThat(stderr("""
                package main

                var g = 1

                func bump() int { g += 10; return g }

                func main() {
                	a, b := 1, 2
                	a, b = b, a
                	g, a = bump(), g
                	x := 0
                	x, x = 3, 4
                	g, g = 5, 6
                	println(a, b, g, x)
                	y := 1
                	println(y, bump(), g)
                }
                """)).isEqualTo("11 1 6 4\n1 16 16\n");   // as gc: bump() runs before g is read
    }

    @Test
    void goInAnInitFunctionAndWithoutArguments() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                import "runtime"

                func hello() { println("hello") }

                func init() {
                	go hello()
                	println("init")
                }

                func main() {
                	println("main")
                	runtime.Gosched()
                	println("end")
                }
                """));
        Func w = ms.get(0).func("main.init.0.gowrap1");
        assertThat(w).isNotNull();
        assertThat(w.params).isEmpty();
        assertThat(Interp.run(ms).stderr()).isEqualTo("init\nmain\nhello\nend\n");
    }

    @Test
    void loopsBreakContinueAndUnreachableCode() throws Exception {
        assertThat(stderr("""
                package main

                func f(n int) int {
                	for {
                		if n > 100 {
                			return n
                		}
                		n = n * 2
                	}
                }

                func g(n int) int {
                	t := 0
                	for i := 0; i < n; i++ {
                		if i%2 == 0 {
                			continue
                		}
                		for j := 0; ; j++ {
                			if j == i {
                				break
                			}
                			t += j
                		}
                	}
                	return t
                	t = 99
                	return t
                }

                func main() {
                	println(f(3), g(6))
                	k := 0
                	for k < 10 {
                		k += 3
                	}
                	println(k)
                }
                """)).isEqualTo("192 13\n12\n");
    }

    @Test
    void packageVariablesAreDataBssAndInitInPlanOrder() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                const greeting = "hi"

                var n = -42
                var s = greeting + "!"
                var t = true
                var e = ""
                var z int
                var a = b + 1
                var b = f()

                func f() int { println("f"); return 2 }

                func init() { println("init", a, b) }

                func main() { println(n, s, t, e, z, a, b) }
                """));
        Module m = ms.get(0);
        Map<String, Data> data = m.data.stream().collect(Collectors.toMap(Data::name, d -> d));
        assertThat(data.get("main.n")).isEqualTo(new Data(Data.Section.DATA, "main.n", List.of(new Data.Word(-42))));
        assertThat(data.get("main.s").items()).containsExactly(new Data.SymWord("main..stmp_0", 0), new Data.Word(3));
        assertThat(data.get("main..stmp_0").items()).containsExactly(new Data.Bytes("hi!"));
        assertThat(data.get("main.e").items()).containsExactly(new Data.Zero(dev.rt0gen.ir.Cls.PTR), new Data.Word(0));
        assertThat(data.get("main.a").section()).isEqualTo(Data.Section.BSS);
        assertThat(data.get("go..inittasks").items()).containsExactly(new Data.SymWord("main..stmp_3", 0), new Data.Word(4), new Data.SymWord("main.init", 0));
        assertThat(data.get("go..godebugDefault").section()).isEqualTo(Data.Section.RODATA);
        assertThat(m.constants).containsEntry("go..ninittasks", 1L).containsKey("go..godebugDefaultLen");
        assertThat(Interp.run(ms).stderr()).isEqualTo("f\ninit 3 2\n-42 hi! true  0 3 2\n");
    }

    @Test
    void addressesInterfaceValuesAndInlinedCallsAreStaticWhereGcMakesThemSo() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                type T struct {
                	a int
                	s string
                }

                type E struct{ s string }

                func (e *E) Error() string { return e.s }

                func New(text string) error { return &E{text} }

                func two(t *T) [2]*T { return [2]*T{t, t} }

                func rep(a int) [2]int { return [2]int{a, a} }

                //go:noinline
                func ni(a int) *T { return &T{a: a} }

                var p = &T{1, "x"}
                var e = New("boom")
                var x any = 5
                var ps = []*T{{a: 7}}
                var r = rep(4)
                var w = two(&T{})
                var n = ni(3)
                var ea any = New("y")

                func main() { println(p.a, p.s, e.Error(), x.(int), ps[0].a, r[1], w[0] == w[1], n.a, ea.(error).Error()) }
                """));
        Module m = ms.get(0);
        Map<String, Data> data = m.data.stream().collect(Collectors.toMap(Data::name, d -> d));
        java.util.function.Function<Data.Item, List<Data.Item>> deref = i -> data.get(((Data.SymWord) i).sym()).items();
        // &T{…}: a static object of its own and its address
        assertThat(data.get("main.p").section()).isEqualTo(Data.Section.DATA);
        List<Data.Item> t = deref.apply(data.get("main.p").items().get(0));
        assertThat(t.get(0)).isEqualTo(new Data.Word(1));
        assertThat(deref.apply(t.get(1))).containsExactly(new Data.Bytes("x"));
        // New("boom") inlined, its *E made an error: the itab word, then the pointer
        List<Data.Item> err = data.get("main.e").items();
        assertThat(err.get(0)).isEqualTo(new Data.SymWord("go:itab.*main.E,error", 0));
        assertThat(deref.apply(deref.apply(err.get(1)).get(0))).containsExactly(new Data.Bytes("boom"));
        // 5 as an any: the type word, then a pointer to a static int
        assertThat(data.get("main.x").items().get(0)).isEqualTo(new Data.SymWord("type:int", 0));
        assertThat(deref.apply(data.get("main.x").items().get(1))).containsExactly(new Data.Word(5));
        // {…} as a *T element: the address of a static T
        assertThat(deref.apply(deref.apply(data.get("main.ps").items().get(0)).get(0)).get(0)).isEqualTo(new Data.Word(7));
        // a parameter used twice takes a constant argument; not &T{} (gc's canRepeat); go:noinline is never inlined
        assertThat(data.get("main.r").items()).containsExactly(new Data.Word(4), new Data.Word(4));
        assertThat(data.get("main.w").section()).isEqualTo(Data.Section.BSS);
        assertThat(data.get("main.n").section()).isEqualTo(Data.Section.BSS);
        // an interface value made another interface value has no static type word (gc's staticAssign: only nil)
        assertThat(data.get("main.ea").section()).isEqualTo(Data.Section.BSS);
        assertThat(m.func("main.init")).isNotNull();
        assertThat(Interp.run(ms).stderr()).isEqualTo("1 x boom 5 7 4 true 3 y\n");
    }

    @Test
    void importedPackagesKeepTheirPathsInNames() throws Exception {
        List<Module> ms = lower(Programs.tree(Map.of(
                "main.go", "package main\n\nimport \"example.com/t/a\"\n\nfunc main() { println(a.Get(), a.X) }\n",
                "a/a.go", "package a\n\nvar X = f()\n\nfunc f() int { n := 1; return n }\n\nfunc Get() int { X++; return X }\n")));
        assertThat(ms).extracting(m -> m.path).containsExactly("example.com/t/a", "main");
        assertThat(ms.get(0).func("example.com/t/a.Get")).isNotNull();
        assertThat(ms.get(0).func("example.com/t/a.init")).isNotNull();
        assertThat(ms.get(1).data.stream().filter(d -> d.name().equals("go..inittasks")).findFirst().orElseThrow().items())
                .containsExactly(new Data.SymWord("main..stmp_0", 0), new Data.Word(15), new Data.SymWord("example.com/t/a.init", 0));
        assertThat(Interp.run(ms).stderr()).isEqualTo("2 2\n");
    }

    @Test
    void loopVariablesBecomePhisAndTrivialPhisGo() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                func sum(n int) int {
                	s, k := 0, 7
                	for i := 0; i < n; i++ {
                		s += i * k
                	}
                	return s
                }

                func main() { println(sum(4)) }
                """));
        Func f = ms.get(0).func("main.sum");
        long phis = f.blocks.stream().flatMap(b -> b.instrs.stream()).filter(in -> in.op == Op.PHI).count();
        // s and i change in the loop; k and n do not: their phis are trivial and removed
        assertThat(phis).as(f.toString()).isEqualTo(2);
        assertThat(Interp.run(ms).stderr()).isEqualTo("42\n");
    }

    @Test
    void mapTypeDescriptorsOncePerTypeWithKeyKindsAndParts() throws Exception {
        List<Module> ms = lower(Programs.mainOnly("""
                package main

                type E struct {
                	Name string
                	F    float64
                }

                type P struct {
                	B bool
                	N int64
                	C byte
                }

                func main() {
                	a := map[int]string{1: "a"}
                	a2 := make(map[int]string, 100)
                	b := map[E]int{{"x", 1.5}: 1}
                	c := map[P][2000]byte{}
                	d := map[[2]int32]bool{}
                	f := map[float64]int{}
                	s := map[string]int{"s": 1}
                	println(len(a), len(a2), len(b), len(c), len(d), len(f), len(s), b[E{"x", 1.5}], c[P{}][1999], d[[2]int32{1, 2}], f[0.5])
                }
                """));
        Map<String, Data> data = ms.get(0).data.stream().collect(Collectors.toMap(Data::name, d -> d));
        // keysize, elemsize, keykind, zero area, nparts, the entry type, parts (offset, kind, size) (docs/ABI.md "Maps")
        assertThat(data.get("main..type:map[int]string").items()).containsExactly(
                new Data.Word(8), new Data.Word(16), new Data.Word(0), new Data.Word(0), new Data.Word(0),
                new Data.SymWord("type:struct { hash uintptr; key int; elem string }", 0));
        assertThat(data.get("main..type:map[string]int").items()).containsExactly(
                new Data.Word(16), new Data.Word(8), new Data.Word(1), new Data.Word(0), new Data.Word(0),
                new Data.SymWord("type:struct { hash uintptr; key string; elem int }", 0));
        assertThat(data.get("main..type:map[float64]int").items()).containsExactly(
                new Data.Word(8), new Data.Word(8), new Data.Word(2), new Data.Word(0), new Data.Word(0),
                new Data.SymWord("type:struct { hash uintptr; key float64; elem int }", 0));
        assertThat(data.get("main..type:map[E]int").items()).containsExactly(
                new Data.Word(24), new Data.Word(8), new Data.Word(4), new Data.Word(0), new Data.Word(2),
                new Data.SymWord("type:struct { hash uintptr; key main.E; elem int }", 0), new Data.Word(0), new Data.Word(1), new Data.Word(16), new Data.Word(16), new Data.Word(2), new Data.Word(8));
        // padding is not part of the key: a bool and a byte around an int64 are two parts
        assertThat(data.get("main..type:map[P][2000]byte").items()).containsExactly(
                new Data.Word(24), new Data.Word(2000), new Data.Word(4), new Data.SymWord("main..type:map[P][2000]byte.zero", 0),
                new Data.Word(2), new Data.SymWord("type:struct { hash uintptr; key main.P; elem [2000]uint8 }", 0),
                new Data.Word(0), new Data.Word(0), new Data.Word(1), new Data.Word(8), new Data.Word(0), new Data.Word(9));
        assertThat(data.get("main..type:map[P][2000]byte.zero").section()).isEqualTo(Data.Section.BSS);
        assertThat(data.get("main..type:map[P][2000]byte.zero").items()).containsExactly(new Data.Zeros(250));
        // an array of int32s without padding is memory
        assertThat(data.get("main..type:map[[2]int32]bool").items()).containsExactly(
                new Data.Word(8), new Data.Word(1), new Data.Word(0), new Data.Word(0), new Data.Word(0),
                new Data.SymWord("type:struct { hash uintptr; key [2]int32; elem bool; epad [7]uint8 }", 0));
        assertThat(ms.get(0).data.stream().filter(d -> d.name().contains("..type:"))).hasSize(7);
        assertThat(Interp.run(ms).stderr()).isEqualTo("1 0 1 0 0 0 1 1 0 false 0\n");
    }

    /**
     * min and max as Go runs them (go1.26's output): integers of each signedness and width,
     * arguments evaluated once and left to right, floats with Go's NaN and signed-zero rules
     * (runtime.fmin, fmax), strings; integers by a compare and a select, without a branch.
     */
    @Test
    void minAndMaxAsGo() throws Exception {
        String src = """
                package main

                var order string

                func at(tag string, v int) int {
                	order += tag
                	return v
                }

                func zero() float64 { return 0 }

                func main() {
                	a, b := -3, 7
                	var u, w uint8 = 250, 3
                	var s16 int16 = -2
                	var big uint64 = 1 << 63
                	println(min(a, b), max(a, b), min(u, w), max(u, w), max(s16, -5), min(big, 1), max(big, 1))
                	println(min(at("x", 5), at("y", 2), at("z", 9)), order)
                	z := zero()
                	nan, negz := z/z, -z
                	println(min(nan, 1), max(1, nan), min(1, 2.5, z), max(-1, negz))
                	println(1/min(negz, z), 1/min(z, negz), 1/max(negz, z), 1/max(z, negz), 1/min(negz, negz), 1/max(negz, negz))
                	var f32 float32 = 0.5
                	println(min(f32, 0.25), max(f32, float32(nan)))
                	s, t := "pear", "peach"
                	println(min(s, t), max(s, t), min(s, t, "apple"), max("", s))
                }
                """;
        List<Module> ms = lower(Programs.mainOnly(src));
        Func main = ms.get(0).funcs.stream().filter(fn -> fn.name.equals("main.main")).findFirst().orElseThrow();
        assertThat(main.blocks.get(0).instrs.stream().map(in -> in.op)).contains(Op.LT, Op.ULT, Op.UGT, Op.GT);
        assertThat(Interp.run(ms).stderr()).isEqualTo("""
                -3 7 3 250 -2 1 9223372036854775808
                2 xyz
                NaN NaN 0 -0
                -Inf -Inf +Inf +Inf -Inf -Inf
                0.25 NaN
                peach pear apple pear
                """);
    }
}
