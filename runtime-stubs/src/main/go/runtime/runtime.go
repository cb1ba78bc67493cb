package runtime

import "unsafe"

// runtime.go: what package os takes from the runtime. Go's runtime/runtime.go gives os and
// syscall their runtime functions with //go:linkname (os_runtime_args, syscall_Exit,
// syscall_runtime_envs). rt0gen has no package os of its own: the few entry points of os a
// program may use (os.init, os.Exit, os.Getenv) and its variable os.Args are here, linknamed
// to os's symbols (docs/ABI.md "Directives").

// godebugDefault is Go's: the default GODEBUG, which the go command derives from go.mod's go
// line, its godebug lines and //go:debug directives and sets with the linker's -X. Here the
// generator emits it as go..godebugDefault and go..godebugDefaultLen, and the linker fills
// the string's two words (link.Linker.LINKER_FILLED; api.RuntimeBuild puts it in .data).
var godebugDefault string

// os_Args is package os's `var Args []string` (os/proc.go): set by os_init, read and written by
// the program as any package variable.
//
//go:linkname os_Args os.Args
var os_Args []string

// os_init is package os's init task (go..inittasks: the generator puts it where Go's linker
// puts os's among the program's packages). Go's os init makes Stdin, Stdout and Stderr with
// NewFile, which calls runtime.SetFinalizer(f.file, (*file).close) (file_unix.go); the first
// SetFinalizer call starts the finalizer goroutine (createfing). Then os/proc.go's init:
// Args = runtime_args(), which is Go's os_runtime_args: append([]string{}, argslice...), a
// copy of argslice (goargs) in a new backing array of growslice's capacity; []string{}
// itself (zerobase, length and capacity 0) when there are no arguments. Here growslice's
// arithmetic for that append (an empty slice, elements of 16 bytes with pointers): newcap is
// the length, rounded up as roundupsize(len*16, false) rounds the bytes.
//
//go:linkname os_init os.init
func os_init() {
	createfing()
	args := (*slice)(unsafe.Pointer(&os_Args))
	n := len(argslice)
	if n == 0 {
		*args = slice{unsafe.Pointer(&zerobase), 0, 0}
		return
	}
	const size = unsafe.Sizeof("")
	newcap := int(roundupsize(uintptr(n)*size, false) / size)
	p := mallocgc(uintptr(newcap)*size, unsafe.Pointer(&stringType), true)
	memmove(p, unsafe.Pointer(unsafe.SliceData(argslice)), uintptr(n)*size)
	*args = slice{p, n, newcap}
}

// os_Exit is os.Exit (docs/ABI.md): Go's os.Exit runs no deferred calls and ends the process
// at once with the status: syscall.Exit, the runtime's syscall_Exit, exit(int32(code)).
//
//go:linkname os_Exit os.Exit
func os_Exit(code int) {
	exit(int32(code))
}

// os_Getenv is os.Getenv (docs/ABI.md). Go: syscall.Getenv (syscall/env_unix.go): "" for an
// empty key, else the value of the first KEY=value in the environment (the runtime's envs:
// gogetenv); "" when unset.
//
//go:linkname os_Getenv os.Getenv
func os_Getenv(key string) string {
	if len(key) == 0 {
		return ""
	}
	return gogetenv(key)
}
