package main

// Shifts by counts known only at run time, as Go defines them: a count of 64 or more
// shifts every bit out (0, or -1 for >> of a negative value), where x86's shl/sar would
// take the count modulo 64; a negative count panics with "negative shift amount", exit 2.
// Without OP the program prints every value shifted by every count; OP (with the count in
// N) picks one shift by a negative count, each of which ends the program. rt0gen has no
// unsigned types, so the values are ints.

import "os"

func value(i int) int {
	switch i {
	case 0:
		return 1
	case 1:
		return 5
	case 2:
		return -1
	case 3:
		return -5
	case 4:
		return 9223372036854775807
	case 5:
		return -9223372036854775807 - 1
	}
	return 0
}

const values = 6

func count(i int) int {
	switch i {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return 62
	case 3:
		return 63
	case 4:
		return 64
	case 5:
		return 65
	case 6:
		return 100
	case 7:
		return 9223372036854775807
	}
	return 0
}

const counts = 8

// negative: the count N names (no strconv, no indexing in rt0gen's subset).
func negative(s string) int {
	switch s {
	case "-1":
		return -1
	case "-100":
		return -100
	case "-9223372036854775808":
		return -9223372036854775807 - 1
	}
	return 0
}

func main() {
	op := os.Getenv("OP")
	if op == "" {
		for c := 0; c < counts; c++ {
			n := count(c)
			for v := 0; v < values; v++ {
				x := value(v)
				println(x, "<<", n, "=", x<<n, "  ", x, ">>", n, "=", x>>n)
			}
		}
		x := value(3)
		println("constant counts:", x<<63, x<<64, x>>63, x>>64, x>>100, value(1)<<64, value(1)>>64)
		y := value(1)
		y <<= count(3)
		println("y <<= 63:", y)
		y >>= count(3)
		println("y >>= 63:", y)
		y <<= count(6)
		println("y <<= 100:", y)
		return
	}
	n := negative(os.Getenv("N"))
	println("shifting by", n)
	switch op {
	case "shl":
		println(value(1) << n)
	case "shr":
		println(value(3) >> n)
	case "shlassign":
		y := 1
		y <<= n
		println(y)
	case "shrassign":
		y := -1
		y >>= n
		println(y)
	}
	println("not reached")
}
