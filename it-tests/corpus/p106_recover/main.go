package main

import "os"

// recover: a deferred call stops a panic, and the function that deferred it returns
// normally with its named results as they are; runtime errors are error values; a
// recovered value panicked again, nested panics, recover() outside a deferred call, defer
// recover(), defer panic(v), and the chain Go prints when nothing recovers (PANIC picks it).

type myErr struct{ code int }

func (e *myErr) Error() string { return "myErr " + itoa(e.code) }

type named string

func (n named) String() string { return "named<" + string(n) + ">" }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

// try runs f and says what, if anything, it panicked with.
func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			println(name, ": no panic")
		case error:
			println(name, ": error:", v.Error())
		case string:
			println(name, ": string:", v)
		case int:
			println(name, ": int:", v)
		default:
			println(name, ": other")
		}
	}()
	f()
}

func result() (x int, s string) {
	defer func() {
		if recover() != nil {
			x *= 2
			s += " recovered"
		}
	}()
	x, s = 21, "set"
	panic("in result")
}

func unnamed() int {
	defer func() { recover() }()
	panic(1)
}

func helper() interface{} { return recover() }

func notDirect() (got bool) {
	defer func() {
		got = helper() != nil // recover in a function the deferred call calls: nil
		recover()
	}()
	panic("x")
}

func deferredRecover() (ok bool) {
	defer func() { ok = recover() == nil }() // recovered below: nothing left
	defer func() {
		defer recover() // run as this call, which the panic made, returns: recovers
	}()
	defer recover() // run by the panic itself: no effect
	panic("deferred recover")
}

func nested() {
	defer func() {
		println("outer recovered:", recover().(string))
	}()
	defer func() {
		defer func() {
			println("inner recovered:", recover().(string))
		}()
		panic("second")
	}()
	panic("first")
}

func order() {
	for i := 0; i < 3; i++ {
		defer func() { println("deferred", i) }()
	}
	defer func() { println("recovered in order:", recover() != nil) }()
	panic("order")
}

type T struct{ n int }

func (t T) Get() int { return t.n }

type Getter interface{ Get() int }

func main() {
	x, s := result()
	println("result:", x, s)
	println("unnamed:", unnamed())
	println("notDirect:", notDirect())
	println("deferredRecover:", deferredRecover())
	println("recover outside a panic:", recover() == nil)
	nested()
	order()

	var a []int
	i := 7
	var m map[string]int
	var p *T
	var g Getter
	var e interface{} = "str"
	zero := 0
	try("index", func() { println(a[i]) })
	try("slice", func() { println(len(a[1:i])) })
	try("nil map", func() { m["k"] = 1 })
	try("divide", func() { println(i / zero) })
	try("nil pointer", func() { println(p.n) })
	try("nil interface", func() { println(g.Get()) })
	try("assertion", func() { println(e.(int)) })
	try("string", func() { panic("plain") })
	try("int", func() { panic(42) })
	try("error", func() { panic(&myErr{7}) })
	try("nil", func() { panic(nil) })
	try("closed channel", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("none", func() {})
	try("deferred panic", func() {
		defer panic("from defer")
		println("body ran")
	})

	switch os.Getenv("PANIC") {
	case "repanic":
		defer func() {
			r := recover()
			println("recovered", r.(error).Error(), "and panicking again")
			panic(r)
		}()
		m["k"] = 1
	case "chain":
		defer func() {
			recover()
			panic(named("second"))
		}()
		panic("first")
	case "nested":
		defer func() { panic(&myErr{2}) }()
		panic(1.5)
	case "indent":
		panic("line one\nline two")
	}
}
