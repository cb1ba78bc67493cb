# atomic_amd64.s: package sync/atomic's functions (Go's sync/atomic/asm.s, which jumps to
# internal/runtime/atomic/atomic_amd64.s), Go's register ABI: the address in RAX, the operands
# in RBX and RCX, the result in RAX. Really atomic, as Go's: lock xadd, lock cmpxchg, xchg (a
# store is an xchg, sequentially consistent; a plain load is one on x86-64). The Uint, Uintptr
# and Pointer forms of a width jump to the Int form, as Go's asm.s does. A program that calls
# none of them gets none (the linker's dead-code elimination).

.text

# AddInt32(addr *int32, delta int32) (new int32)
sync$2fatomic.AddInt32:
    jmp runtime.atomicXadd

# LoadInt32(addr *int32) (val int32)
sync$2fatomic.LoadInt32:
    jmp runtime.atomicLoad

# StoreInt32(addr *int32, val int32)
sync$2fatomic.StoreInt32:
    xchg dword ptr [rax], ebx
    ret

# SwapInt32(addr *int32, new int32) (old int32)
sync$2fatomic.SwapInt32:
    jmp runtime.atomicXchg

# CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
sync$2fatomic.CompareAndSwapInt32:
    jmp runtime.atomicCas

# AddInt64(addr *int64, delta int64) (new int64)
sync$2fatomic.AddInt64:
    jmp runtime.atomicXadd64

# LoadInt64(addr *int64) (val int64)
sync$2fatomic.LoadInt64:
    jmp runtime.atomicLoaduintptr

# StoreInt64(addr *int64, val int64)
sync$2fatomic.StoreInt64:
    xchg qword ptr [rax], rbx
    ret

# SwapInt64(addr *int64, new int64) (old int64)
sync$2fatomic.SwapInt64:
    xchg qword ptr [rax], rbx
    mov rax, rbx
    ret

# CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
sync$2fatomic.CompareAndSwapInt64:
    jmp runtime.atomicCasuintptr

sync$2fatomic.AddUint32:
    jmp sync$2fatomic.AddInt32
sync$2fatomic.AddUint64:
    jmp sync$2fatomic.AddInt64
sync$2fatomic.AddUintptr:
    jmp sync$2fatomic.AddInt64
sync$2fatomic.LoadUint32:
    jmp sync$2fatomic.LoadInt32
sync$2fatomic.LoadUint64:
    jmp sync$2fatomic.LoadInt64
sync$2fatomic.LoadUintptr:
    jmp sync$2fatomic.LoadInt64
sync$2fatomic.LoadPointer:
    jmp sync$2fatomic.LoadInt64
sync$2fatomic.StoreUint32:
    jmp sync$2fatomic.StoreInt32
sync$2fatomic.StoreUint64:
    jmp sync$2fatomic.StoreInt64
sync$2fatomic.StoreUintptr:
    jmp sync$2fatomic.StoreInt64
sync$2fatomic.StorePointer:
    jmp sync$2fatomic.StoreInt64
sync$2fatomic.SwapUint32:
    jmp sync$2fatomic.SwapInt32
sync$2fatomic.SwapUint64:
    jmp sync$2fatomic.SwapInt64
sync$2fatomic.SwapUintptr:
    jmp sync$2fatomic.SwapInt64
sync$2fatomic.SwapPointer:
    jmp sync$2fatomic.SwapInt64
sync$2fatomic.CompareAndSwapUint32:
    jmp sync$2fatomic.CompareAndSwapInt32
sync$2fatomic.CompareAndSwapUint64:
    jmp sync$2fatomic.CompareAndSwapInt64
sync$2fatomic.CompareAndSwapUintptr:
    jmp sync$2fatomic.CompareAndSwapInt64
sync$2fatomic.CompareAndSwapPointer:
    jmp sync$2fatomic.CompareAndSwapInt64

# The runtime's own atomics (Go's internal/runtime/atomic), for lock_futex.go's mutexes and
# notes and the scheduler's counters; the 32-bit sync/atomic functions above, AddInt64,
# LoadInt64 and CompareAndSwapInt64 jump to them, as Go's sync/atomic/asm.s jumps to
# internal/runtime/atomic.

# runtime.atomicCas(ptr *uint32, old, new uint32) bool (Go's atomic.Cas)
runtime.atomicCas:
    mov rdx, rax
    mov eax, ebx
    lock cmpxchg dword ptr [rdx], ecx
    sete al
    movzx eax, al
    ret

# runtime.atomicXchg(ptr *uint32, new uint32) uint32 (Go's atomic.Xchg)
runtime.atomicXchg:
    xchg dword ptr [rax], ebx
    mov eax, ebx
    ret

# runtime.atomicLoad(ptr *uint32) uint32 (Go's atomic.Load: a plain load on x86-64)
runtime.atomicLoad:
    mov eax, dword ptr [rax]
    ret

# runtime.atomicXadd(ptr *uint32, delta int32) uint32 (Go's atomic.Xadd: the new value)
runtime.atomicXadd:
    mov ecx, ebx
    lock xadd dword ptr [rax], ecx
    add ecx, ebx
    mov eax, ecx
    ret

# runtime.atomicCasuintptr(ptr *uintptr, old, new uintptr) bool (Go's atomic.Casuintptr)
runtime.atomicCasuintptr:
    mov rdx, rax
    mov rax, rbx
    lock cmpxchg qword ptr [rdx], rcx
    sete al
    movzx eax, al
    ret

# runtime.atomicStoreRel(ptr *uint32, val uint32) (Go's atomic.StoreRel: a plain store is a
# release on x86-64; being a call, the compiler keeps every earlier store before it)
runtime.atomicStoreRel:
    mov dword ptr [rax], ebx
    ret

# runtime.atomicLoaduintptr(ptr *uintptr) uintptr (Go's atomic.Loaduintptr)
runtime.atomicLoaduintptr:
    mov rax, qword ptr [rax]
    ret

# runtime.atomicXadd64(ptr *uint64, delta int64) uint64 (Go's atomic.Xadd64: the new value)
runtime.atomicXadd64:
    mov rcx, rbx
    lock xadd qword ptr [rax], rcx
    add rcx, rbx
    mov rax, rcx
    ret
