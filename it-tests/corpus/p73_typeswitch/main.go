// Type switches (nil, several types in a case, interface cases, the bound variable of
// each clause's type, default) and assertions to concrete and interface types; errors
// returned as interfaces, compared with nil, asserted back to their pointer type.
package main

type Stringer interface{ String() string }

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Pair struct {
	a, b int
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x > 100 {
			return "big int"
		}
		return "int"
	case string:
		return "string " + x
	case bool, float64:
		return "bool or float"
	case Stringer:
		return "stringer " + x.String()
	case Pair:
		if x.a == x.b {
			return "equal pair"
		}
		return "pair"
	case *Pair:
		return "pair pointer"
	case error:
		return "error " + x.Error()
	case []int:
		return "slice"
	default:
		return "other"
	}
}

// an expression switch on an interface value: each case made an interface value, compared as one
func classify(x any) string {
	switch x {
	case 1:
		return "one"
	case "two":
		return "two"
	case Pair{3, 4}:
		return "pair 3 4"
	case nil:
		return "nil"
	}
	return "?"
}

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func main() {
	vals := []any{nil, 1, 1000, "go", true, 2.5, Color(1), Pair{1, 1}, Pair{1, 2}, &Pair{}, &MyErr{3}, []int{1}, uint8(3)}
	for _, v := range vals {
		println(describe(v))
	}
	err := find(0)
	println(err == nil)
	err = find(7)
	println(err == nil, err.Error())
	if me, ok := err.(*MyErr); ok {
		println(me.code)
	}
	var s Stringer = Color(2)
	switch s.(type) {
	case Color:
		println("a color", s.String())
	}
	var i any = Color(0)
	switch v := i.(type) {
	case Stringer:
		println(v.String())
	}
	counts := 0
	for _, v := range vals {
		switch v.(type) {
		case int, uint8:
			counts++
		}
	}
	println(counts)
	println(classify(1), classify("two"), classify(Pair{3, 4}), classify(nil), classify(2), classify(Pair{4, 3}))
}
