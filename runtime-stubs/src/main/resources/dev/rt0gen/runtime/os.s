# os.s: the few functions of package os that rt0gen programs may call.

.text

# os.init(): package os's init task (go..inittasks; the generator puts it where Go's
# linker puts os's among the program's packages). Go's os init makes Stdin, Stdout and
# Stderr with NewFile, which calls runtime.SetFinalizer(f.file, (*file).close)
# (file_unix.go); the first SetFinalizer call starts the finalizer goroutine
# (createfing). That goroutine is all of os's init that a program can see here.
os.init:
    jmp runtime.createfing

# os.Exit(code rax) (docs/ABI.md, Go's register ABI): Go's os.Exit runs no deferred
# calls and ends the process at once with the status (syscall.Exit: exit_group).
os.Exit:
    mov rdi, rax
    call runtime.exit
    jmp runtime.abort

# os.Getenv(p rax, n rbx) → p rax, n rbx (docs/ABI.md, Go's register ABI). Go:
# syscall.Getenv: "" for an empty key, else the first KEY=value in the environment
# (the runtime's envs); "" when unset.
os.Getenv:
    test rbx, rbx
    jz .Lgetenv_empty
    push rbp
    mov rbp, rsp
    mov rdi, rax
    mov rsi, rbx
    call runtime.gogetenv
    mov rbx, rdx
    pop rbp
    ret
.Lgetenv_empty:
    xor eax, eax
    ret
