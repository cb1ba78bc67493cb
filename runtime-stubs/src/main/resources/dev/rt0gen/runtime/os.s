# os.s: the few functions of package os that rt0gen programs may call.

.text

# os.init(): package os's init task (go..inittasks; the generator puts it where Go's
# linker puts os's among the program's packages). Go's os init makes Stdin, Stdout and
# Stderr with NewFile, which calls runtime.SetFinalizer(f.file, (*file).close)
# (file_unix.go); the first SetFinalizer call starts the finalizer goroutine
# (createfing). Then proc.go's init: Args = runtime_args(), which is Go's
# os_runtime_args: append([]string{}, argslice...), a copy of the runtime's argslice
# (runtime.goargs) in a new backing array of growslice's capacity ([]string{} itself,
# &zerobase with length and capacity 0, when there are no arguments).
os.init:
    push rbp
    mov rbp, rsp
    call runtime.createfing
    mov rbx, qword ptr [rip + runtime.argc]
    lea rax, [rip + runtime.zerobase]
    xor ecx, ecx
    test rbx, rbx
    jz .Los_init_args
    mov rdi, rbx
    mov rsi, 0x8000000000000010          # a string's size, 16, and its pointer bit (growslice)
    call runtime.growslice               # → p rax, len rbx, cap rcx
    push rbx
    push rcx
    push rax
    sub rsp, 0x8
    shl rbx, 0x4
    mov rcx, rbx
    mov rbx, qword ptr [rip + runtime.argslice]
    call runtime.memmove                 # memmove(p, argslice, len*16)
    add rsp, 0x8
    pop rax
    pop rcx
    pop rbx
.Los_init_args:
    mov qword ptr [rip + os.Args], rax
    mov qword ptr [rip + os.Args + 0x8], rbx
    mov qword ptr [rip + os.Args + 0x10], rcx
    pop rbp
    ret

# os.Exit(code rax) (docs/ABI.md, Go's register ABI): Go's os.Exit runs no deferred
# calls and ends the process at once with the status (syscall.Exit: exit_group).
os.Exit:
    call runtime.exit
    jmp runtime.abort

# os.Getenv(p rax, n rbx) → p rax, n rbx (docs/ABI.md, Go's register ABI). Go:
# syscall.Getenv: "" for an empty key, else the first KEY=value in the environment
# (the runtime's envs); "" when unset.
os.Getenv:
    test rbx, rbx
    jz .Lgetenv_empty
    jmp runtime.gogetenv                 # env_posix.go: the same registers
.Lgetenv_empty:
    xor eax, eax
    ret

.bss
.p2align 0x3
# package os's `var Args []string` (proc.go): pointer, length, capacity; set by os.init,
# read and written by the program as any package variable (symbol os.Args).
os.Args:
    .skip 0x18
