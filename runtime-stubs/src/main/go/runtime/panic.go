package runtime

import "unsafe"

// panic.go: panics, recover and fatal errors (Go's runtime/panic.go).
//
// A panic is a _panic record linked from g._panic, the latest first; a deferred call is a
// _defer node linked from g._defer (compiled code makes them: docs/ABI.md "Defer, panic and
// recover"). gopanic runs the goroutine's deferred calls, the latest first; a recover() in
// one of them makes the function that deferred it return normally (recovery); with none
// left, the panics are printed as Go's fatalpanic prints them and the process exits with
// status 2. rt0gen prints no stack frames: a fatal error prints what Go's does up to them.
//
// What needs the machine's registers stays in assembly (panic_amd64.s): gorecover (its
// caller's frame pointer is recover's argp), wrapperenter (gc's WRAPPER prologue),
// getcallersp, deferframe (it returns twice), the deferred call that notes its stack pointer
// (deferCallPanic), and recovery's jump into the frame (recoverjump). So do the entries of the
// assembly that calls in with NUL-terminated strings and its own register convention
// (throwc, fatalthrowc, fatal, fatalpanic, fatalpanic_signal, startpanic, goroutineheader).

// A _panic is an active panic (Go's _panic). Go keeps it on gopanic's stack; here it comes
// from mallocgc or panicfree (rt0gen has no escape analysis yet: a local whose address is
// taken is an implicit allocation), and sp says where gopanic's frame is.
type _panic struct {
	argtype    unsafe.Pointer // the value, an interface{}: its type descriptor
	argdata    unsafe.Pointer //   and its data word
	print      uintptr        // the code that prints it: (type RAX, data RBX) (docs/ABI.md: gopanic)
	link       *_panic        // the panic running when this one started
	argp       uintptr        // the stack pointer at the deferred call running now (Go's argp), below stack.hi
	recovered  bool           // recover() returned the value
	repanicked bool           // the next panic panics with the same value
	deferred   *_defer        // the deferred call running now
	sp         uintptr        // gopanic's stack pointer at its deferred calls, below stack.hi
}

// panicfree is a list of _panic records that no panic uses any more: recovery puts there the
// ones its jump ends (Go's die with gopanic's frame), and gopanic takes them again, so that a
// program that panics and recovers in a loop does not grow the heap.
var panicfree *_panic

// A _defer is a deferred call (Go's _defer; compiled code allocates it and deferproc links
// it): fn is the call, a func value of no arguments (PKG.FUNC.deferwrapN's closure, holding
// the function and the arguments evaluated at the defer statement), frame the frame block of
// the function with the defer statement (where a recovery makes it return). defs.s's d_*.
type _defer struct {
	link  *_defer
	fn    func()
	frame *deferFrame
}

// A deferFrame is the frame block of a call of a function with defer statements (not in Go,
// whose recovery finds the frame by unwinding): deferframe notes its stack and frame
// pointers (as distances below g.stack.hi, which stay right when the stack moves: stack.go)
// and the address it returns to; stop is g._defer at its entry. defs.s's df_*.
type deferFrame struct {
	sp, bp, pc uintptr
	stop       *_defer
}

// gStatusStrings is Go's, indexed by g.status (_Gidle .. _Gdead).
var gStatusStrings = [...]string{
	"idle",
	"runnable",
	"running",
	"syscall",
	"waiting",
	"moribund_unused",
	"dead",
}

// deferproc pushes the node d on the current goroutine's chain (Go's deferproc makes the
// node; here compiled code does).
func deferproc(d *_defer) {
	gp := getg()
	d.link = gp._defer
	gp._defer = d
}

// deferhead returns the current goroutine's chain (not in Go): a function with defer
// statements notes it at entry and gives it to deferreturn at every return.
func deferhead() *_defer {
	return getg()._defer
}

// deferreturn runs the deferred calls pushed since the chain was stop, the latest first, each
// unlinked before it runs (a deferred call may defer and return itself). Go's deferreturn
// finds the frame's calls by its sp; here the caller says where they end.
func deferreturn(stop *_defer) {
	for {
		gp := getg()
		d := gp._defer
		if d == stop {
			return
		}
		gp._defer = d.link
		d.fn()
	}
}

// gopanic is Go's gopanic(e any): e is (typ, data), print the function printing it (compiled
// code's go:printpanicval, or printpanicstring for a string and the runtime's errors). A nil
// value is Go's *PanicNilError ("panic called with nil argument", a run-time error) unless
// GODEBUG panicnil=1. Never returns.
func gopanic(typ, data unsafe.Pointer, print uintptr) {
	if typ == nil && debug.panicnil != 1 {
		typ, data, print = plainError_("panic called with nil argument")
	}
	p := panicfree
	if p != nil {
		panicfree = p.link
		memclrNoHeapPointers(unsafe.Pointer(p), unsafe.Sizeof(*p))
	} else {
		p = new(_panic)
	}
	p.argtype = typ
	p.argdata = data
	p.print = print
	gp := getg()
	p.link = gp._panic
	gp._panic = p
	for {
		gp = getg()
		d := gp._defer
		if d == nil {
			break
		}
		gp._defer = d.link
		p.deferred = d
		deferCallPanic(p, d.fn)
		if p.recovered {
			recovery(p)
		}
	}
	// Go's fatalpanic
	startpanic_m()
	preprintpanics(p)
	printpanics(p)
	dopanic_m()
}

// deferCallPanic calls fn, noting in p.argp and p.sp its stack pointer at the call (the
// argp of the deferred function: gorecover compares them; panic_amd64.s).
func deferCallPanic(p *_panic, fn func())

// recovery is Go's: the deferred call p made recovered it, so the function that deferred it
// returns normally: its frame block's deferframe call returns a second time (recoverjump),
// where the function runs the rest of its deferred calls and returns. The panics whose
// gopanic frames the jump cuts off are done too.
func recovery(p *_panic) {
	df := p.deferred.frame
	if df == nil {
		throw("recovery: a deferred call without the frame of the function that deferred it")
	}
	q := p.link
	p.link = panicfree
	panicfree = p
	for q != nil && q.sp > df.sp { // distances below stack.hi: q's frame is below df's
		next := q.link
		q.link = panicfree
		panicfree = q
		q = next
	}
	gp := getg()
	gp._panic = q
	gp.preemptret = 0 // a return preemptAtReturn took was a runtime frame's above df's: gone
	recoverjump(df, q == nil)
}

// recoverjump resumes the frame of df where its deferframe call returned, with RAX = df
// (panic_amd64.s); when no panic is left, the saved signal is forgotten first (Go: gp.sig =
// 0). Never returns.
func recoverjump(df *deferFrame, nopanic bool)

// gorecoverargp is Go's gorecover(argp): the current panic's value, marked recovered, when
// argp is the panic's (both as distances below stack.hi): the function whose argp it is was called by gopanic itself as a
// deferred call (a wrapper between them moved argp down to its own calls: wrapperenter); else
// nil. recover() calls it through gorecover (panic_amd64.s), `defer recover()` with the argp
// of the function with the defer statement.
func gorecoverargp(argp uintptr) (unsafe.Pointer, unsafe.Pointer) {
	p := getg()._panic
	if p != nil && !p.recovered && argp == p.argp {
		p.recovered = true
		return p.argtype, p.argdata
	}
	return nil, nil
}

// preprintpanics is Go's, the part that shows: a panic whose value is the one of the panic
// before it (a recovered value panicked again) marks that one repanicked, so printpanics
// prints the value once. (The Error() and String() calls are in the print functions.)
func preprintpanics(p *_panic) {
	for p != nil {
		if p.link != nil && p.link.argtype == p.argtype && p.link.argdata == p.argdata {
			p.link.repanicked = true
		}
		p = p.link
	}
}

// printpanicfn is printpanics' func value of a panic's print code (a pointer to the word
// holding the code's address, as a closure is).
var printpanicfn unsafe.Pointer

// printpanics is Go's: the chain, the oldest first, each as "panic: " + its value +
// " [recovered]" (" [recovered, repanicked]") + "\n", a tab before each one after the first;
// a repanicked value's next panic is not printed again.
func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		if p.link.repanicked {
			return
		}
		printstring("\t")
	}
	printstring("panic: ")
	if p.argtype == nil {
		printstring("nil") // GODEBUG panicnil=1's nil value
	} else {
		printpanicfn = unsafe.Pointer(&p.print)
		(*(*func(typ, data unsafe.Pointer))(unsafe.Pointer(&printpanicfn)))(p.argtype, p.argdata)
	}
	if p.recovered && p.repanicked {
		printstring(" [recovered, repanicked]")
	} else if p.recovered {
		printstring(" [recovered]")
	}
	printnl()
}

// printpanicstring prints a panic value that is a string, or a plainError (its Error() is
// the string): data points at the string. Go's printpanicval prints it with printindented.
func printpanicstring(typ unsafe.Pointer, s *string) {
	printindented(*s)
}

// printindented is Go's: s, with a tab after every newline. (Go finds the newlines with
// IndexByteString and prints s[:i]; here s is read through its pointer, without the checks of
// slicing.)
func printindented(s string) {
	p := unsafe.Pointer(unsafe.StringData(s))
	n := uintptr(len(s))
	for i := uintptr(0); i < n; i++ {
		if *(*byte)(unsafe.Add(p, i)) == '\n' {
			printbytes(p, i+1)
			printstring("\t")
			p = unsafe.Add(p, i+1)
			n -= i + 1
			i = ^uintptr(0) // 0 after the increment
		}
	}
	printbytes(p, n)
}

// A plainError is Go's: a run-time error whose Error() is the string. Here it is every
// run-time error (error.go); its type descriptor and equal function are the runtime's
// assembly (panic_amd64.s: type:runtime.plainError), go:itab.runtime.plainError,error is
// compiled code's.
type plainError string

// Error is the error interface's method (the itab's, a pointer method: the interface's data
// word points at the string).
func (e *plainError) Error() string {
	return string(*e)
}

// plainError_ makes s a panic value of type plainError in a new box: its type descriptor, its
// data word and its print function (Go's plainError(s) converted to any).
func plainError_(s string) (unsafe.Pointer, unsafe.Pointer, uintptr) {
	typ, print := plainErrorType()
	e := (*plainError)(mallocgc(unsafe.Sizeof(plainError("")), typ, false))
	*e = plainError(s)
	return typ, unsafe.Pointer(e), print
}

// plainErrorType returns the address of plainError's type descriptor and of printpanicstring
// (panic_amd64.s).
func plainErrorType() (unsafe.Pointer, uintptr)

// panicplain panics with a run-time error whose Error() is s: Go's panic(plainError(s)) (or
// of the errorString or boundsError Go has, whose Error() is s): a panic the deferred calls
// may recover, printed "panic: s" when none does. Never returns.
func panicplain(s string) {
	typ, data, print := plainError_(s)
	gopanic(typ, data, print)
}

// panicdivide is Go's: panic(divideError), "runtime error: integer divide by zero", for a
// division by zero that compiled code finds (a fault of IDIV becomes the same panic:
// signal_unix.go's sighandler). Never returns.
func panicdivide() {
	panicplain("runtime error: integer divide by zero")
}

// panicshift is Go's: panic(shiftError), for a negative shift amount. Never returns.
func panicshift() {
	panicplain("runtime error: negative shift amount")
}

// startpanic_m is Go's, as far as printing goes: whatever an interrupted print statement has
// buffered goes out first (Go would have written it already), then everything until the exit
// collects under printlock (printtostring_begin does both).
func startpanic_m() {
	printtostring_begin()
}

// fatalexit writes out what the fatal error printed, then exits with status 2 (Go: exit(2) at
// the end of fatalthrow and fatalpanic).
func fatalexit() {
	printflush()
	exit(2)
}

// throw is Go's: "fatal error: s" and a traceback at the "system" level, exit 2 (fatalthrow).
// Never returns.
func throw(s string) {
	gp := getg()
	fatalthrow(s, gp == gp.m.g0)
}

// fatalthrow is Go's fatalthrow(throwTypeRuntime) with throw's message (Go's m.throwing, which
// sets the traceback's level, is goroutineheader's system argument here): "fatal error: s", the
// signal line if a signal caused it, then the traceback's headers: on the system stack (g0,
// or Go's newstack) "runtime stack:" and the M's current goroutine, else the current
// goroutine. Never returns.
func fatalthrow(s string, onsystemstack bool) {
	startpanic_m()
	printstring("fatal error: ")
	printstring(s)
	printnl()
	printsigline()
	printnl()
	gp := getg()
	if onsystemstack {
		printstring("runtime stack:\n")
		gp = gp.m.curg
		if gp == nil {
			fatalexit()
		}
		printnl()
	}
	goroutineheader(gp, true)
	fatalexit()
}

// fatal is Go's fatal(s): a throw of the user kind, on g0 where checkdead runs: "fatal
// error: s", then dopanic_m's traceback at the default level from g0, every other goroutine
// (tracebackothers): for each G of allgs that is neither dead nor a system goroutine, a blank
// line and its header. Never returns.
func fatal(s string) {
	startpanic_m()
	printstring("fatal error: ")
	printstring(s)
	printnl()
	for gp := allgs; gp != nil; gp = gp.alllink {
		if gp.status == _Gdead || systemGoroutine(gp) {
			continue
		}
		printnl()
		goroutineheader(gp, false)
	}
	fatalexit()
}

// dopanic_m is what Go's fatalpanic prints after printpanics: the signal line, then
// "\ngoroutine N [running]:\n" for the current goroutine; exit 2.
func dopanic_m() {
	printsigline()
	printstring("\ngoroutine ")
	printint(int64(getg().goid))
	printstring(" [running]:\n")
	fatalexit()
}

// printsigline is dopanic_m's: if gp.sig != 0, "[signal NAME code=0x… addr=0x… pc=0x…]"
// (what the signal handler saved in sig_sig, sig_code, sig_addr and sig_pc).
func printsigline() {
	sig := sig_sig
	if sig == 0 {
		return
	}
	printstring("[signal ")
	if name := signame(sig); len(name) != 0 {
		printstring(name)
	} else {
		printhex(uint64(sig))
	}
	printstring(" code=")
	printhex(uint64(sig_code))
	printstring(" addr=")
	printhex(sig_addr)
	printstring(" pc=")
	printhex(sig_pc)
	printstring("]\n")
}

// fatalpanicSignal is the panic of a fault on a goroutine with no deferred call, printed at
// once by the signal handler: msg ("panic: …\n" and a NUL), the signal line and the
// goroutine's header (dopanic_m), exit 2.
func fatalpanicSignal(msg string) {
	startpanic_m()
	printstring(msg[:len(msg)-1])
	dopanic_m()
}

// oom is Go's "runtime: out of memory: cannot allocate N-byte block (M in use)" and
// throw("out of memory"); M here is every byte the runtime has mapped (malloc.go's sysAlloc
// calls it).
func oom(n uintptr) {
	startpanic_m()
	printstring("runtime: out of memory: cannot allocate ")
	printuint(uint64(n))
	printstring("-byte block (")
	printuint(sysalloc_bytes)
	printstring(" in use)\n")
	throw("out of memory")
}


// bits_panicDivide and bits_panicOverflow are package math/bits' panicDivide and
// panicOverflow: Go's panic(divideError) and panic(overflowError) in bits.Div64, Div32 and
// Rem64 (math/bits' bits_errors.go names the runtime's error values by //go:linkname).
//
//go:linkname bits_panicDivide math/bits.panicDivide
func bits_panicDivide() {
	panicdivide()
}

//go:linkname bits_panicOverflow math/bits.panicOverflow
func bits_panicOverflow() {
	panicplain("runtime error: integer overflow")
}
