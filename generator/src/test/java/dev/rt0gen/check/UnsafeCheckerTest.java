package dev.rt0gen.check;

import dev.rt0gen.testing.Programs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Package unsafe's errors (UnsafeBuiltins, and unsafe.Pointer's conversions and operators):
 * programs and what gc (go 1.26.8, go build) printed for them, recorded verbatim.
 */
class UnsafeCheckerTest {
    @Test
    void argumentsAndOffsetof() {
        assertThat(Programs.errors("""
package main

import "unsafe"

type S struct {
	a int
	*E
}

type E struct{ z int }

func main() {
	var s S
	var p *int
	var i int
	var f float64
	_ = unsafe.Sizeof()
	_ = unsafe.Sizeof(1, 2)
	_ = unsafe.Sizeof(nil)
	_ = unsafe.Offsetof(s)
	_ = unsafe.Offsetof(s.q)
	_ = unsafe.Offsetof(s.z)
	_ = unsafe.Add(p, 1)
	_ = unsafe.Add(unsafe.Pointer(p), f)
	_ = unsafe.Slice(i, 1)
	_ = unsafe.Slice(nil, 1)
}
"""))
                .isEqualTo("""
./main.go:17:6: invalid operation: not enough arguments for unsafe.Sizeof() (expected 1, found 0)
./main.go:18:6: invalid operation: too many arguments for unsafe.Sizeof(1, 2) (expected 1, found 2)
./main.go:19:20: use of untyped nil in argument to unsafe.Sizeof
./main.go:20:22: invalid argument: s is not a selector expression
./main.go:21:22: invalid argument: S has no single field q
./main.go:22:22: invalid argument: field z is embedded via a pointer in S
./main.go:23:17: cannot use p (variable of type *int) as unsafe.Pointer value in argument to unsafe.Add
./main.go:24:36: invalid argument: length f (variable of type float64) must be integer
./main.go:25:19: invalid argument: i (variable of type int) is not a pointer
./main.go:26:19: invalid argument: nil is not a pointer
./main.go:26:19: too many errors
""");
    }

    @Test
    void conversionsAndOperators() {
        assertThat(Programs.errors("""
package main

import "unsafe"

func main() {
	var p *int
	var q unsafe.Pointer
	_ = unsafe.Slice(p, -1)
	_ = unsafe.SliceData(p)
	_ = unsafe.String(p, 1)
	_ = unsafe.StringData(1)
	_ = unsafe.Pointer(1)
	_ = unsafe.Pointer(i2())
	_ = int(q)
	_ = q < q
	_ = q + 1
	_ = unsafe.Foo
}

func i2() int { return 0 }
"""))
                .isEqualTo("""
./main.go:8:22: invalid argument: length -1 (constant of type int) must not be negative
./main.go:9:23: invalid argument: p (variable of type *int) is not a slice
./main.go:10:20: cannot use p (variable of type *int) as *byte value in argument to unsafe.String
./main.go:11:24: cannot use 1 (untyped int constant) as string value in argument to unsafe.StringData
./main.go:12:21: cannot convert 1 (untyped int constant) to type unsafe.Pointer
./main.go:13:21: cannot convert i2() (value of type int) to type unsafe.Pointer
./main.go:14:10: cannot convert q (variable of type unsafe.Pointer) to type int
./main.go:15:6: invalid operation: q < q (operator < not defined on unsafe.Pointer)
./main.go:16:6: invalid operation: q + 1 (mismatched types unsafe.Pointer and untyped int)
./main.go:17:13: undefined: unsafe.Foo
./main.go:17:13: too many errors
""");
    }

    @Test
    void lengthsAndConstants() {
        assertThat(Programs.errors("""
package main

import (
	"runtime"
	"unsafe"
)

type T struct{ x, y int32 }

func main() {
	var p *int
	var t T
	_ = unsafe.Slice(p, 1.5)
	_ = unsafe.Slice(p, 1<<70)
	_ = unsafe.Sizeof
	_ = unsafe.Offsetof(main)
	_ = unsafe.Offsetof((p))
	_ = unsafe.String(nil, "a")
	_ = (*T)(unsafe.Pointer(uintptr(unsafe.Pointer(&t)) + unsafe.Offsetof(t.y)))
	const c = unsafe.Sizeof(t) + unsafe.Offsetof((t).y)
	var a [c]int
	_ = a[c]
}
"""))
                .isEqualTo("""
./main.go:4:2: "runtime" imported and not used
./main.go:13:22: 1.5 (untyped float constant) truncated to int
./main.go:14:22: 1 << 70 (untyped int constant 1180591620717411303424) overflows int
./main.go:15:6: unsafe.Sizeof (built-in) must be called
./main.go:16:22: invalid argument: main is not a selector expression
./main.go:17:22: invalid argument: (p) is not a selector expression
./main.go:18:25: cannot convert "a" (untyped string constant) to type int
./main.go:22:8: invalid argument: index 12 out of bounds [0:12]
""");
    }

    @Test
    void resultsMustBeUsed() {
        assertThat(Programs.errors("""
package main

import "unsafe"

type T struct{ a, b int }

func main() {
	var x int
	var t T
	unsafe.Sizeof(x)
	unsafe.Add(unsafe.Pointer(&x), 1)
	unsafe.Slice(&x, 1)
	_ = unsafe.Offsetof(T.a)
	_ = unsafe.Offsetof(t.a.b)
	var up unsafe.Pointer = &x
	_ = up
	_ = unsafe.Alignof(unsafe.Pointer)
}
"""))
                .isEqualTo("""
./main.go:10:2: unsafe.Sizeof(x) (constant 8 of type uintptr) is not used
./main.go:11:2: unsafe.Add(unsafe.Pointer(&x), 1) (value of type unsafe.Pointer) is not used
./main.go:12:2: unsafe.Slice(&x, 1) (value of type []int) is not used
./main.go:13:22: T (type) is not an expression
./main.go:14:22: invalid argument: int has no single field b
./main.go:15:26: cannot use &x (value of type *int) as unsafe.Pointer value in variable declaration
./main.go:17:21: unsafe.Pointer (type) is not an expression
""");
    }

    @Test
    void embeddedFieldTypes() {
        assertThat(Programs.errors("""
package main

import "unsafe"

type A struct {
	unsafe.Pointer
}

type B struct {
	x int
	*unsafe.Pointer
}

type P *int

type C struct {
	P
}

func main() {
	var a A
	var b B
	var c C
	_, _, _ = a, b, c
}
"""))
                .isEqualTo("""
./main.go:6:2: embedded field type cannot be unsafe.Pointer
./main.go:11:2: embedded field type cannot be unsafe.Pointer
./main.go:17:2: embedded field type cannot be a pointer
""");
    }

    @Test
    void aPackageNameIsNoOperand() {
        assertThat(Programs.errors("""
package main

import (
	"os"
	"unsafe"
)

func main() {
	_ = unsafe.Offsetof(os.Args)
	x := os
	_ = x
}
"""))
                .isEqualTo("""
./main.go:4:2: "os" imported and not used
./main.go:9:22: use of package os not in selector
./main.go:10:7: use of package os not in selector
""");
    }

    /** {@code case nil} in a switch on a type that has nil is a comparison with nil; on an int, types2's error (nil shown as nil). */
    @Test
    void switchCaseNil() {
        assertThat(Programs.errors("""
package main

func main() {
	i := 1
	switch i {
	case nil:
	}
	var s []int
	switch s {
	case nil:
	}
}
"""))
                .isEqualTo("""
./main.go:6:7: cannot convert nil to type int
""");
    }
}
