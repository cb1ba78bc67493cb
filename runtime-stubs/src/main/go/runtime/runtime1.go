package runtime

import "unsafe"

// runtime1.go: arguments, environment and GODEBUG at start-up (Go's runtime/runtime1.go and
// the goenvs of os_linux.go/env_posix.go).

// The process's arguments and environment as args (os_linux.go) found them on the stack.
// Go keeps argc int32 and argv **byte; here each is a word, as the assembly stores them
// (rt0trace.go prints them). envp and envc are rt0gen's own: Go walks argv past argc.
var (
	argc int
	argv **byte
	envp **byte // the first environment pointer (argv[argc+1])
	envc int    // the number of environment pointers before the nil one
)

// argslice and envs are Go's: the arguments and the environment as Go strings (goargs, goenvs).
// os.init (runtime.go) copies argslice to os.Args.
var (
	argslice []string
	envs     []string
)

// rt0trace is rt0gen's own RT0TRACE switch (rt0trace_init): rt0_go (asm_amd64.s) tests its byte.
var rt0trace bool

// debug is Go's `var debug struct { ... }`: the GODEBUG settings this runtime reads. Go's
// fields are int32; here each is a word.
var debug struct {
	inittrace         int // 0x0
	containermaxprocs int // 0x8: > 0, the cgroup's CPU limit lowers the default GOMAXPROCS
	updatemaxprocs    int // 0x10: != 0, runtime.main starts the GOMAXPROCS updater
	panicnil          int // 0x18: 1, panic(nil) panics with nil, not a *PanicNilError
	asyncpreemptoff   int // 0x20: != 0, sysmon's preemption requests send no signal
	schedtrace        int // 0x28: > 0, sysmon prints a SCHED line every schedtrace ms
	gctrace           int // 0x30: > 0, each collection prints a line (mgc.go)
}

// goargs sets argslice to the arguments (Go's goargs: argslice = make([]string, argc), each
// gostringnocopy(argv_index(argv, i))). Here the strings point into the process's stack, as
// Go's gostringnocopy; the array comes from mallocgc.
func goargs() {
	argslice = cstrings(argv, argc)
}

// goenvs sets envs to the environment (Go's goenvs_unix, whose gostring copies each entry;
// here the strings point into the process's stack).
func goenvs() {
	envs = cstrings(envp, envc)
}

// stringStruct is a string's two words (Go's is in runtime/string.go; here beside its user, so
// that this file stands alone in RuntimeGoUnitTest).
type stringStruct struct {
	str unsafe.Pointer
	len int
}

// cstrings returns n Go strings over the NUL-terminated strings v[0..n-1], in a new array.
// (Go's argv_index(v, i) is written out here and in rawgetenv: rt0gen does not inline.) Each
// string is written as Go's gostringnocopy writes one, through its stringStruct: a pointer
// and findnull's length, with none of unsafe.String's checks (a C string has a valid length).
func cstrings(v **byte, n int) []string {
	a := mallocgc(uintptr(n)*16, unsafe.Pointer(&stringType), true)
	for i := 0; i < n; i++ {
		p := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(v), i*8))
		ss := (*stringStruct)(unsafe.Add(a, i*16))
		ss.str = p
		ss.len = findnull((*byte)(p))
	}
	return unsafe.Slice((*string)(a), n)
}

// rawgetenv returns the value, as a C string, of the environment variable key in the raw
// envp, or nil (rt0gen's own: RT0TRACE is read in args, before goenvs). The loop makes no
// call, so that its values stay in registers.
func rawgetenv(key string) *byte {
	for e := unsafe.Pointer(envp); ; e = unsafe.Add(e, 8) {
		p := *(*unsafe.Pointer)(e)
		if p == nil {
			return nil
		}
		// The entry's NUL differs from every byte of key: the loop never reads past it.
		j := 0
		for j < len(key) {
			if *(*byte)(unsafe.Add(p, j)) != key[j] {
				break
			}
			j++
		}
		if j == len(key) {
			if *(*byte)(unsafe.Add(p, j)) == '=' {
				return (*byte)(unsafe.Add(p, j+1))
			}
		}
	}
}

// rt0trace_init turns RT0TRACE on (rt0gen's own) when the variable holds a decimal number
// other than 0, read as GODEBUG values are.
func rt0trace_init() {
	v := rawgetenv("RT0TRACE")
	if v == nil {
		return
	}
	if n, ok := parseInt32(unsafe.String(v, findnull(v))); ok && n != 0 {
		rt0trace = true
	}
}

// parsedebugvars is Go's parsedebugvars (parseRuntimeDebugVars): the defaults of Go's dbgvars
// that are not zero (containermaxprocs=1, updatemaxprocs=1), then the compile-time settings
// (godebugDefault), then $GODEBUG, each by parsegodebug.
func parsedebugvars() {
	debug.containermaxprocs = 1
	debug.updatemaxprocs = 1
	parsegodebug(godebugDefault)
	parsegodebug(gogetenv("GODEBUG"))
}

// parsegodebug is Go's parsegodebug at start-up (seen == nil): comma-separated key=value
// fields, left to right, a later field overriding an earlier one; a field without '=', an
// unknown key or a value that strconv.ParseInt(value, 10, 32) rejects changes nothing.
func parsegodebug(godebug string) {
	for p := godebug; len(p) > 0; {
		var field string
		i := indexByteString(p, ',')
		if i < 0 {
			field, p = p, ""
		} else {
			field, p = p[:i], p[i+1:]
		}
		i = indexByteString(field, '=')
		if i < 0 {
			continue
		}
		key, value := field[:i], field[i+1:]
		if v := dbgvar(key); v != nil {
			if n, ok := parseInt32(value); ok {
				*v = n
			}
		}
	}
}

// dbgvar returns the debug variable named key, or nil: Go's dbgvars table, for the keys this
// runtime reads (a switch: a table of pointers would need initialization code).
func dbgvar(key string) *int {
	switch key {
	case "inittrace":
		return &debug.inittrace
	case "containermaxprocs":
		return &debug.containermaxprocs
	case "updatemaxprocs":
		return &debug.updatemaxprocs
	case "panicnil":
		return &debug.panicnil
	case "asyncpreemptoff":
		return &debug.asyncpreemptoff
	case "gctrace":
		return &debug.gctrace
	case "schedtrace":
		return &debug.schedtrace
	}
	return nil
}

// parseByteCount is Go's: a non-negative decimal number of bytes, with an optional unit (B,
// KiB, MiB, GiB, TiB), within int64.
func parseByteCount(s string) (int64, bool) {
	if s == "" {
		return 0, false
	}
	last := s[len(s)-1]
	if last >= '0' && last <= '9' {
		n, ok := parseInt64(s)
		if !ok || n < 0 {
			return 0, false
		}
		return n, true
	}
	// a unit: it ends in 'B', after a digit or an 'i'
	if last != 'B' || len(s) < 2 {
		return 0, false
	}
	if c := s[len(s)-2]; c >= '0' && c <= '9' {
		n, ok := parseInt64(s[:len(s)-1])
		if !ok || n < 0 {
			return 0, false
		}
		return n, true
	} else if c != 'i' {
		return 0, false
	}
	if len(s) < 4 {
		return 0, false
	}
	power := 0
	switch s[len(s)-3] {
	case 'K':
		power = 1
	case 'M':
		power = 2
	case 'G':
		power = 3
	case 'T':
		power = 4
	default:
		return 0, false
	}
	m := uint64(1)
	for i := 0; i < power; i++ {
		m *= 1024
	}
	n, ok := parseInt64(s[:len(s)-3])
	if !ok || n < 0 {
		return 0, false
	}
	un := uint64(n)
	if un > ^uint64(0)/m {
		return 0, false
	}
	un *= m
	if un > 1<<63-1 {
		return 0, false
	}
	return int64(un), true
}

// parseInt64 is strconv.ParseInt(s, 10, 64) with err == nil: an optional sign, then one or
// more digits and nothing else, within int64 (parseByteCount's).
func parseInt64(s string) (int64, bool) {
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) == 0 {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i] - '0'
		if c > 9 || n > (1<<63)/10 {
			return 0, false
		}
		n = n*10 + uint64(c)
		if n > 1<<63 {
			return 0, false
		}
	}
	if neg {
		return -int64(n), true
	}
	if n > 1<<63-1 {
		return 0, false
	}
	return int64(n), true
}

// parseInt32 is the decimal parse Go 1.26 applies to GOMAXPROCS and GODEBUG values,
// strconv.ParseInt(s, 10, 32) with err == nil: an optional sign '+' or '-', then one or more
// digits 0-9 and nothing else (no spaces, no "0x", no '_'), within int32. (Go's older runtime
// atoi32 took no '+'; go1.26 takes GOMAXPROCS=+1.)
func parseInt32(s string) (int, bool) {
	n, ok := parseInt64(s)
	if !ok || n < -1<<31 || n > 1<<31-1 {
		return 0, false
	}
	return int(n), true
}
