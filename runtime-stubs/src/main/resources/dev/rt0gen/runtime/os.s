# os.s: the few functions of package os that rt0gen programs may call.

.text

# os.init(): package os's init task (go..inittasks; the generator puts it where Go's
# linker puts os's among the program's packages). Go's os init makes Stdin, Stdout and
# Stderr with NewFile, which calls runtime.SetFinalizer(f.file, (*file).close)
# (file_unix.go); the first SetFinalizer call starts the finalizer goroutine
# (createfing). That goroutine is all of os's init that a program can see here.
os.init:
    jmp runtime.createfing

# os.Exit(code) (docs/ABI.md): Go's os.Exit runs no deferred calls and ends the
# process at once with the status (syscall.Exit: exit_group).
os.Exit:
    mov rdi, qword ptr [rsp + 0x8]
    call runtime.exit
    jmp runtime.abort

# os.Getenv(p, n) → p, n (docs/ABI.md). Go: syscall.Getenv: "" for an empty key,
# else the first KEY=value in the environment (the runtime's envs); "" when unset.
os.Getenv:
    push rbp
    mov rbp, rsp
    xor eax, eax
    xor edx, edx
    mov rsi, qword ptr [rbp + 0x18]
    test rsi, rsi
    jz .Lgetenv_result
    mov rdi, qword ptr [rbp + 0x10]
    call runtime.gogetenv
.Lgetenv_result:
    mov qword ptr [rbp + 0x20], rax
    mov qword ptr [rbp + 0x28], rdx
    pop rbp
    ret
