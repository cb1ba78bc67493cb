package dev.rt0gen.check;

import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programs with errors and what gc (go 1.26, go build) printed for them, recorded verbatim:
 * the checker must print the same, in the same order, including gc's "too many errors" cut.
 */
class CheckerGcParityTest {
    @Test
    void gc_e1() {
        assertThat(Programs.errors("""
package main

import "os"

func f() int { return 1 }
func g() (int, int) { return 1, 2 }
func h(a, b int) {}
func k() int { if true { return 1 } }

func main() {
	x := 1
	var s string = "a"
	println(y)
	println(x + s)
	a, b := f()
	c := g()
	h(1)
	h(1, 2, 3)
	x = "a"
	if x {
	}
	println(a, b, c)
}
"""))
                .isEqualTo("""
./main.go:3:8: "os" imported and not used
./main.go:8:37: missing return
./main.go:13:10: undefined: y
./main.go:14:10: invalid operation: x + s (mismatched types int and string)
./main.go:15:10: assignment mismatch: 2 variables but f returns 1 value
./main.go:16:7: assignment mismatch: 1 variable but g returns 2 values
./main.go:17:4: not enough arguments in call to h
	have (number)
	want (int, int)
./main.go:18:10: too many arguments in call to h
	have (number, number, number)
	want (int, int)
./main.go:19:6: cannot use "a" (untyped string constant) as int value in assignment
./main.go:20:5: non-boolean condition in if statement
./main.go:3:8: too many errors
""");
    }

    @Test
    void gc_e2() {
        assertThat(Programs.errors("""
package main

func f() int { return 1 }
func v() {}

func main() {
	x := 1
	x := 2
	var y int
	y = v()
	println(v())
	z := 3
	x + 1
	f()
	break
	const c = 1
	c = 2
	if x == "a" {
	}
	return 1
}
"""))
                .isEqualTo("""
./main.go:8:4: no new variables on left side of :=
./main.go:9:6: declared and not used: y
./main.go:10:6: v() (no value) used as value
./main.go:11:10: v() (no value) used as value
./main.go:12:2: declared and not used: z
./main.go:13:2: x + 1 (value of type int) is not used
./main.go:15:2: break is not in a loop, switch, or select
./main.go:17:2: cannot assign to c (neither addressable nor a map index expression)
./main.go:18:10: invalid operation: x == "a" (mismatched types int and untyped string)
./main.go:20:9: too many return values
	have (number)
	want ()
./main.go:12:2: too many errors
""");
    }

    @Test
    void gc_e3() {
        assertThat(Programs.errors("""
package main

func f() int { return 1 }
func g() (int, int) { return 1, 2 }

func main() {
	for {
		continue
	}
	println(g())
	var a, b int = g()
	println(a, b)
	switch 1 {
	case 1, 1:
	}
	println(1 / 0)
	println(1 << 70)
	var s string = 1
	println(!1, -"a")
	println(len(3))
	f(1)
}
func main() {}
func init() int {return 1}
"""))
                .isEqualTo("""
./main.go:14:10: duplicate case 1 (constant of type int) in expression switch
	./main.go:14:7: previous case
./main.go:16:14: invalid operation: division by zero
./main.go:17:10: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to built-in println (overflows)
./main.go:18:17: cannot use 1 (untyped int constant) as string value in variable declaration
./main.go:19:11: invalid operation: operator ! not defined on 1 (untyped int constant)
./main.go:19:15: invalid operation: operator - not defined on "a" (untyped string constant)
./main.go:20:14: invalid argument: 3 (untyped int constant) for built-in len
./main.go:21:4: too many arguments in call to f
	have (number)
	want ()
./main.go:23:6: main redeclared in this block
	./main.go:6:6: other declaration of main
./main.go:24:6: func init must have no arguments and no return values
./main.go:21:4: too many errors
""");
    }

    @Test
    void gc_e8() {
        assertThat(Programs.errors("""
package main

const c int = 1 << 62

func h(a, b int) {}
func r() (int, int) { return 1 }
func r2() (int, int) { return }
func r3() int { return 1, 2, 3 }

func main() {
	println(c * 4)
	h()
	var b bool
	println(b < b, -b)
	s := "a"
	s++
	var x, y int = 1
	var z = 1, 2
	println(x, y, z)
	println(len())
	println(-9223372036854775808 - 1 + c)
}
"""))
                .isEqualTo("""
./main.go:6:30: not enough return values
	have (number)
	want (int, int)
./main.go:7:24: not enough return values
	have ()
	want (int, int)
./main.go:8:27: too many return values
	have (number, number, number)
	want (int)
./main.go:11:10: c * 4 (constant 18446744073709551616 of type int) overflows int
./main.go:12:2: not enough arguments in call to h
	have ()
	want (int, int)
./main.go:14:10: invalid operation: b < b (operator < not defined on bool)
./main.go:14:18: invalid operation: operator - not defined on b (variable of type bool)
./main.go:16:2: invalid operation: s++ (non-numeric type string)
./main.go:17:17: assignment mismatch: 2 variables but 1 value
./main.go:18:13: extra init expr 2
./main.go:18:13: too many errors
""");
    }

    @Test
    void gc_e9() {
        assertThat(Programs.errors(Programs.tree(Map.of("a/a.go", "package a\n\nfunc F() {}\n", "main.go", """
package main

import x "example.com/t/a"

func init() {}

func main() {
	init()
	var i int
	println(i.y, x.Foo)
	println(int(3), string("a"), bool(true))
	main := 3
	switch i {
	case "a":
	}
	switch {
	case 1:
	}
	i += "s"
	println(1 << -1, i << "a", 1 >> 65)
}
"""))))
                .isEqualTo("""
./main.go:8:2: undefined: init
./main.go:10:12: i.y undefined (type int has no field or method y)
./main.go:10:17: undefined: x.Foo
./main.go:12:2: declared and not used: main
./main.go:14:7: cannot convert "a" (untyped string constant) to type int
./main.go:17:7: cannot convert 1 (untyped int constant) to type bool
./main.go:19:2: invalid operation: i += "s" (mismatched types int and untyped string)
./main.go:20:15: invalid operation: negative shift count -1 (untyped int constant)
./main.go:20:24: cannot convert "a" (untyped string constant) to type uint
""");
    }

    /** Variadic parameters and calls, func values and literals as arguments (go 1.26). */
    @Test
    void gc_variadicAndFuncValues() {
        assertThat(Programs.errors("""
package main

func sum(xs ...int) int { return len(xs) }

func join(sep string, parts ...string) string { return sep }

func two(a, b int) int { return a + b }

func bad(xs ...int, y int) {}

func pair() (int, int) { return 1, 2 }

func main() {
	s := []int{1, 2}
	println(sum(1, "a"))
	println(two(s...))
	println(join())
	println(join("a", 1))
	println(sum(pair()...))
	var f func(int) string
	f = nil
	g := func(x int) int { return x }
	println(g("x"), f)
	var h int
	h()
}
"""))
                .isEqualTo("""
./main.go:9:13: can only use ... with final parameter
./main.go:15:17: cannot use "a" (untyped string constant) as int value in argument to sum
./main.go:16:10: cannot use ... in call to non-variadic two
./main.go:17:10: not enough arguments in call to join
	have ()
	want (string, ...string)
./main.go:18:20: cannot use 1 (untyped int constant) as string value in argument to join
./main.go:19:10: cannot use ... with 2-valued pair()
./main.go:23:12: cannot use "x" (untyped string constant) as int value in argument to g
./main.go:25:2: invalid operation: cannot call h (variable of type int): int is not a function
""");
    }

    /** Function literals' bodies (unused variables, missing return, labels), defer and go calls (go 1.26). */
    @Test
    void gc_funcLiteralsDeferGo() {
        assertThat(Programs.errors("""
package main

func f(x int) int { return x }

func main() {
	g := func(a int) int {
		b := 2
		if a > 0 {
			return a
		}
	}
	defer f(1, 2)
	defer g("s")
	var h func() int
	go h(1)
	k := func() {
	L:
		for {
			break L
		}
		goto M
	}
	k()
	println(h == nil, g(1))
}
"""))
                .isEqualTo("""
./main.go:7:3: declared and not used: b
./main.go:11:2: missing return
./main.go:12:13: too many arguments in call to f
	have (number, number)
	want (int)
./main.go:13:10: cannot use "s" (untyped string constant) as int value in argument to g
./main.go:15:7: too many arguments in call to h
	have (number)
	want ()
./main.go:21:8: label M not defined
""");
    }

    /** Switch cases compared with the tag as types2 does: mismatched only when neither is assignable to the other's type. */
    @Test
    void gc_switchCaseTypes() {
        assertThat(Programs.errors("""
package main

type B bool
type I interface{ M() }

func main() {
	var b B
	var e error
	var i I
	x := 1
	switch {
	case b:
	case interface{}(1):
	}
	switch x {
	case "a":
	case e:
	case interface{}(nil):
	}
	switch e {
	case i:
	case x:
	}
}
"""))
                .isEqualTo("""
./main.go:12:7: invalid case b in switch on true (mismatched types B and bool)
./main.go:16:7: cannot convert "a" (untyped string constant) to type int
./main.go:17:7: invalid case e in switch on x (mismatched types error and int)
./main.go:21:7: invalid case i in switch on e (mismatched types I and error)
./main.go:22:7: invalid case x in switch on e (mismatched types int and error)
""");
    }

    /**
     * print and println of an array or a struct: gc's walk (after type checking) rejects each
     * such argument at the call's (, the type as gc writes it.
     */
    @Test
    void gc_printArrayOrStruct() {
        assertThat(Programs.errors("""
package main

type S struct{ a int }

func f() (S, int) { return S{}, 1 }

func main() {
	var a [2]int
	var s S
	println(a)
	print(1, s)
	println(struct{}{}, [0]int{})
	defer println(s)
	println(f())
	println([1]struct {
		x, y int
		e    interface{ error; M() }
		g    func(int, ...string) (int, error)
		c    chan (<-chan byte)
	}{})
	var m map[int]int
	var fn func()
	var c chan int
	var i interface{}
	var e error
	var p *int
	var sl []int
	println(m, fn, c, i, e, p, sl, &s)
}
"""))
                .isEqualTo("""
./main.go:10:9: illegal types for operand: print
	[2]int
./main.go:11:7: illegal types for operand: print
	S
./main.go:12:9: illegal types for operand: print
	struct {}
./main.go:12:9: illegal types for operand: print
	[0]int
./main.go:13:15: illegal types for operand: print
	S
./main.go:14:9: illegal types for operand: print
	S
./main.go:15:9: illegal types for operand: print
	[1]struct { x int; y int; e interface { Error() string; M() }; g func(int, ...string) (int, error); c chan (<-chan byte) }
""");
    }

    /** The walk's errors come only after type checking found none. */
    @Test
    void gc_printArrayOrStructAfterTypeErrors() {
        assertThat(Programs.errors("""
package main

type S struct{ a int }

func main() {
	var s S
	println(s)
	x := 1
}
"""))
                .isEqualTo("""
./main.go:8:2: declared and not used: x
""");
    }

    /** min and max (types2's _Max, _Min): bad arguments, counts, mixed types and conversions. */
    @Test
    void gc_minMax() {
        assertThat(Programs.errors("""
package main

type T struct{}

func f() (int, string) { return 1, "" }

func main() {
	var b bool
	var t T
	var p *int
	var c complex128
	var i int
	var x float64
	var i8 int8
	var s []int
	println(min())
	println(max(b, b))
	println(min(t))
	println(max(1, p))
	println(min(c, c))
	println(max(i, x))
	println(min(i, 2.5))
	println(max(i8, 300))
	println(min(1, "a"))
	println(max(nil))
	println(min(s...))
	println(max(f()))
	min(1, 2)
	var n int = max(1, 2.5)
	f := min
	_, _ = n, f
}
"""))
                .isEqualTo("""
./main.go:16:10: invalid operation: not enough arguments for min() (expected 1, found 0)
./main.go:17:14: invalid argument: b (variable of type bool) cannot be ordered
./main.go:18:14: invalid argument: t (variable of struct type T) cannot be ordered
./main.go:19:17: invalid argument: p (variable of type *int) cannot be ordered
./main.go:20:14: invalid argument: c (variable of type complex128) cannot be ordered
./main.go:21:17: invalid argument: mismatched types int (previous argument) and float64 (type of x)
./main.go:22:17: 2.5 (untyped float constant) truncated to int
./main.go:23:18: 300 (untyped int constant) overflows int8
./main.go:24:17: invalid argument: mismatched types untyped int (previous argument) and untyped string (type of "a")
./main.go:25:14: invalid argument: nil cannot be ordered
./main.go:25:14: too many errors
""");
    }

    /** min and max: ..., a multi-value argument, a result not used, a constant result converted, the builtin as a value. */
    @Test
    void gc_minMaxUses() {
        assertThat(Programs.errors("""
package main

func f() (int, string) { return 1, "" }

func main() {
	var s []int
	var u uint
	println(min(s...))
	println(max(f()))
	min(1, 2)
	var n int = max(1, 2.5)
	g := min
	println(max(u, -1))
	println(min(1<<u, 2.5))
	_, _ = n, g
}
"""))
                .isEqualTo("""
./main.go:8:10: invalid operation: invalid use of ... with built-in min
./main.go:9:14: invalid argument: mismatched types int (previous argument) and string (type of f())
./main.go:10:2: min(1, 2) (untyped int constant 1) is not used
./main.go:11:14: cannot use max(1, 2.5) (untyped float constant 2.5) as int value in variable declaration (truncated)
./main.go:12:7: min (built-in) must be called
./main.go:13:17: -1 (untyped int constant) overflows uint
./main.go:14:14: invalid operation: shifted operand 1 (type float64) must be integer
""");
    }
}
