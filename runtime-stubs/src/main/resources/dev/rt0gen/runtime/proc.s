# proc.s: what of the scheduler (proc.go) stays in assembly: newproc's ABI0 entry, the words
# the linker fills (Go's main_main and runtime_inittasks, and godebugDefault) with their
# accessors, and the entries other assembly files and proc.go need in each other's convention.

.text

# runtime.newproc(fn, nargbytes, arg words...) (docs/ABI.md): Go's `go fn(args)`, ABI0: the
# arguments on the stack, as Go's newproc takes its closure. Go: newg := newproc1(fn, gp, pc)
# on the system stack, runqput(pp, newg, true), and if mainStarted, wakep() to get an idle P
# running. Here newproc1 (proc.go) runs on the caller's stack, and there is no other M to
# wake (wakep is a no-op).
runtime.newproc:
    push rbp
    mov rbp, rsp
    mov rax, qword ptr [rbp + 0x10]
    lea rbx, [rbp + 0x20]
    mov rcx, qword ptr [rbp + 0x18]
    call runtime.newproc1
    # Go: pp := getg().m.p.ptr(); runqput(pp, newg, true)
    mov rbx, rax
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rax, qword ptr [rcx + m_p]
    mov ecx, 0x1
    call runtime.runqput
    pop rbp
    ret

# runtime.funcPC(f RAX) → RAX: Go's abi.FuncPCABIInternal: the code address, the first word
# of the closure.
runtime.funcPC:
    mov rax, qword ptr [rax]
    ret

# runtime.stack0addr() → RAX: the address of runtime.stack0 (memory.s), for malg.
runtime.stack0addr:
    lea rax, [rip + runtime.stack0]
    ret

# runtime.mainGodebugDefault() string (→ RAX ptr, RBX len): the program's default GODEBUG,
# for parsedebugvars (runtime1.go).
runtime.mainGodebugDefault:
    mov rax, qword ptr [rip + runtime.main_godebugDefault]
    mov rbx, qword ptr [rip + runtime.main_godebugDefaultLen]
    ret

# runtime.mainMainPtr() → RAX: the address of runtime.main_main, which holds main.main's: a
# closure word for runtime.main's indirect call.
runtime.mainMainPtr:
    lea rax, [rip + runtime.main_main]
    ret

# runtime.mainInittasks() → RAX tasks, RBX n: Go's runtime_inittasks (go..inittasks: (nameptr,
# namelen, fn) each, and their count).
runtime.mainInittasks:
    mov rax, qword ptr [rip + runtime.main_inittasks]
    mov rbx, qword ptr [rip + runtime.main_ninittasks]
    ret

# Words the linker fills when it adds the program to the runtime (the runtime is laid down
# first, without knowing the program): Go's main_main (linkname main.main) and
# runtime_inittasks, and godebugDefault (set with -X by the go command). rt0gen: the address
# of main.main, of go..inittasks, the value of go..ninittasks, the address of
# go..godebugDefault and the value of go..godebugDefaultLen.
.data
runtime.main_main:
    .quad 0x0
runtime.main_inittasks:
    .quad 0x0
runtime.main_ninittasks:
    .quad 0x0
runtime.main_godebugDefault:
    .quad 0x0
runtime.main_godebugDefaultLen:
    .quad 0x0
