package dev.rt0gen.lower;

import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small programs of heap values (which LowerTest's interpreter does not run) built by rt0gen and
 * run natively: stdout, stderr and exit status as go1.26's binaries of the same programs (recorded).
 */
class SnippetRunTest {
    @TempDir
    Path tmp;

    Programs.Run run(String src, String... args) throws Exception {
        return Programs.buildAndRun(tmp, src, args);
    }

    /**
     * A switch case of an interface type the tag is assignable to (types2's comparison: either
     * operand assignable to the other's type; test/switch.go's issue 3980): the tag, or true when
     * there is none, becomes a value of the case's type, compared as interfaces.
     */
    @Test
    void switchCaseOfAnInterfaceTypeTheTagIsAssignableTo() throws Exception {
        assertThat(run("""
                package main

                type I interface{ M() }
                type J interface {
                	M()
                	N()
                }
                type T int

                func (T) M() {}
                func (T) N() {}

                type myErr struct{ s string }

                func (e myErr) Error() string { return e.s }

                func main() {
                	switch i := interface{}(true); {
                	case i:
                		println("true")
                	case false:
                		println("bad")
                	default:
                		println("bad default")
                	}
                	switch i := interface{}(false); {
                	case i:
                		println("bad")
                	default:
                		println("default")
                	}
                	x := 3
                	switch x {
                	case interface{}(2), interface{}(int8(3)):
                		println("bad")
                	case interface{}(3):
                		println("3")
                	}
                	var j J = T(1)
                	var k I = T(2)
                	switch j {
                	case k:
                		println("bad")
                	case I(T(1)):
                		println("j == I(T(1))")
                	}
                	var e error = myErr{"a"}
                	var a interface{} = myErr{"a"}
                	switch e {
                	case a:
                		println("e == a")
                	}
                	var n interface{}
                	switch error(nil) {
                	case n:
                		println("nil == nil")
                	}
                	switch true {
                	case interface{}(1):
                		println("bad")
                	case interface{}(true):
                		println("switch true")
                	}
                	c := make(chan int)
                	var r <-chan int = c
                	switch c {
                	case r:
                		println("chan")
                	}
                	type A [2]int
                	switch (A{1, 2}) {
                	case [2]int{1, 2}:
                		println("array")
                	}
                }
                """)).isEqualTo(new Programs.Run(0, "", "true\ndefault\n3\nj == I(T(1))\ne == a\nnil == nil\nswitch true\nchan\narray\n"));
    }

    /**
     * os.Args: the arguments as Go's os init sets them (runtime_args: append([]string{},
     * argslice...), growslice's capacity), a variable the program may read, store into,
     * reassign and take the address of. argv[0], the binary's path, is not printed.
     */
    @Test
    void osArgsAreTheArgumentsAndAVariable() throws Exception {
        String src = """
                package main

                import "os"

                var n = len(os.Args)

                func main() {
                	println(n, len(os.Args), cap(os.Args), os.Args[0] != "")
                	for _, a := range os.Args[1:] {
                		println("[" + a + "]")
                	}
                	os.Args[0] = "prog"
                	os.Args = append(os.Args, "more")
                	p := &os.Args
                	println(len(*p), (*p)[0], (*p)[len(*p)-1])
                	*p = nil
                	println(os.Args == nil)
                }
                """;
        assertThat(run(src)).isEqualTo(new Programs.Run(0, "", "1 1 1 true\n2 prog more\ntrue\n"));
        assertThat(run(src, "a", "", "c d", "-v")).isEqualTo(new Programs.Run(0, "", "5 5 5 true\n[a]\n[]\n[c d]\n[-v]\n6 prog more\ntrue\n"));
        String[] many = new String[16];
        java.util.Arrays.fill(many, "x");
        assertThat(run(src, many).stderr()).startsWith("17 17 18 true\n");
    }

    /**
     * A call deferred in a range-over-func body is the enclosing function's (Go 1.23): when it
     * recovers, the enclosing function returns its named results, the iterator's frames cut
     * off; a map store in such a body (its key temporary). Go's output, recorded.
     */
    @Test
    void aRecoveryInARangeOverFuncBodyReturnsFromTheEnclosingFunction() throws Exception {
        String src = """
                package main

                func seq(n int) func(func(int) bool) {
                	return func(yield func(int) bool) {
                		for i := 0; i < n; i++ {
                			if !yield(i) {
                				return
                			}
                		}
                	}
                }

                func f() (r int) {
                	for i := range seq(5) {
                		defer func() {
                			if e := recover(); e != nil {
                				println("recovered", e.(string), i)
                				r = -1
                			}
                		}()
                		if i == 2 {
                			panic("at 2")
                		}
                		r += i
                	}
                	return r
                }

                func g() (s string) {
                	defer func() { s += " g-deferred" }()
                	for i := range seq(3) {
                		for j := range seq(3) {
                			defer func() {
                				if recover() != nil {
                					s = "inner recovered"
                				}
                			}()
                			if i == 1 && j == 1 {
                				var m map[int]int
                				m[0] = 1
                			}
                		}
                	}
                	return "done"
                }

                func main() {
                	println(f())
                	println(g())
                }
                """;
        assertThat(run(src)).isEqualTo(new Programs.Run(0, "", "recovered at 2 2\n-1\ninner recovered g-deferred\n"));
    }

    /**
     * A goto out of a select case or a type switch clause, inside a loop: the label's block is
     * made where the label stands (Lower's gotos() looked into switches only, so the goto
     * jumped to a block nothing placed: an empty block, and at run time whatever followed it).
     */
    @Test
    void gotoOutOfASelectCaseAndATypeSwitchClause() throws Exception {
        assertThat(run("""
                package main

                func sel(c chan int) int {
                	n := 0
                	for {
                		select {
                		case v := <-c:
                			if v > 2 {
                				goto out
                			}
                			n += v
                		default:
                			n += 100
                		}
                	}
                out:
                	return n
                }

                func kind(x interface{}) string {
                	for i := 0; ; i++ {
                		switch x.(type) {
                		case int:
                			goto isInt
                		case string:
                			goto isString
                		}
                		return "other"
                	}
                isInt:
                	return "int"
                isString:
                	return "string"
                }

                func main() {
                	c := make(chan int, 4)
                	c <- 1
                	c <- 2
                	c <- 3
                	println(sel(c), kind(1), kind("s"), kind(1.5))
                }
                """)).isEqualTo(new Programs.Run(0, "", "3 int string other\n"));
    }
}
