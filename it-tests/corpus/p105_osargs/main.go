// os.Args: the program's arguments, a []string package os's init sets (Go's
// runtime_args, a copy of the runtime's argslice). The corpus runs programs without
// arguments and argv[0] is the binary's path, which differs between the toolchains:
// only facts that do not depend on it are printed.
package main

import "os"

// read during main's package initialization: os's init has run before
var n = len(os.Args)
var first = os.Args[0]

func setArgs(p *[]string, v ...string) {
	*p = v
}

func main() {
	println("len", n, len(os.Args), "cap>=len", cap(os.Args) >= len(os.Args))
	println("argv[0] non-empty", first != "", first == os.Args[0])
	if len(os.Args) > 1 { // powser1.go's test: arguments print more
		println("arguments", len(os.Args)-1)
	}

	// a variable: element stores, append, assignment, its address
	saved := os.Args
	os.Args[0] = "prog"
	println(os.Args[0], saved[0])
	os.Args = append(os.Args, "-v", "x")
	println(len(os.Args), os.Args[1], os.Args[2], len(saved))
	for i, a := range os.Args {
		println(i, a)
	}
	setArgs(&os.Args, "a", "b", "c", "d")
	println(len(os.Args), cap(os.Args), os.Args[3])
	os.Args = os.Args[1:3]
	println(len(os.Args), os.Args[0], os.Args[1])
	os.Args = nil
	println(os.Args == nil, len(os.Args))
	done := make(chan bool)
	go func() {
		os.Args = []string{"from", "goroutine"}
		done <- true
	}()
	<-done
	println(os.Args[0], os.Args[1])
}
