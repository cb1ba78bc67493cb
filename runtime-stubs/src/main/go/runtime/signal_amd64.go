package runtime

import "unsafe"

// signal_amd64.go: the amd64 part of the signal handling (Go's runtime/signal_amd64.go).

// dumpregsNames are dumpregs's register names, 7 bytes each, in Go's order.
const dumpregsNames = "rax    rbx    rcx    rdx    rdi    rsi    rbp    rsp    " +
	"r8     r9     r10    r11    r12    r13    r14    r15    " +
	"rip    rflags cs     fs     gs     "

// dumpregsOffsets are the registers' offsets in sigcontext, in dumpregsNames's order; the
// segment selectors (offset 0x90 and up) are 16 bits wide.
var dumpregsOffsets = [21]uint8{
	0x68, 0x58, 0x70, 0x60, 0x40, 0x48, 0x50, 0x78, // rax rbx rcx rdx rdi rsi rbp rsp
	0x00, 0x08, 0x10, 0x18, 0x20, 0x28, 0x30, 0x38, // r8 .. r15
	0x80, 0x88, 0x90, 0x94, 0x92, // rip eflags cs fs gs
}

// dumpregs is Go's dumpregs: every register of the interrupted context, one "name   0x…"
// line each. Go prints each with its own print(name, hex(c.reg()), "\n"); here one loop over
// the names and offsets.
func dumpregs(c *sigcontext) {
	for i := 0; i < len(dumpregsOffsets); i++ {
		off := uintptr(*(*uint8)(unsafe.Add(unsafe.Pointer(&dumpregsOffsets), i)))
		printbytes(unsafe.Add(unsafe.Pointer(unsafe.StringData(dumpregsNames)), i*7), 7)
		v := *(*uint64)(unsafe.Add(unsafe.Pointer(c), off))
		if off >= 0x90 {
			v &= 0xffff
		}
		printhex(v)
		printnl()
	}
}
