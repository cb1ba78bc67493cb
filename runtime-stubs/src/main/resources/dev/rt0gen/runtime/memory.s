# memory.s: the runtime's static memory regions (rt0gen's own: Go takes all of these
# from its heap and stack allocators).
#
# This file is last in runtime.files (after runtime_go.s, the runtime's Go code, whose last
# variable is malloc.go's heap0, the first heap chunk), so that every other runtime variable
# in bss lies in front of these regions, in the page the kernel already wrote when it loaded
# the data segment (it clears the rest of that page at exec): start-up touches as few new
# pages as it can.
#   runtime.gsignal0stack  m0's signal stack (minit), SIGSTACK_SIZE bytes with no guard
#                          page, as Go's gsignal stack.
#   runtime.stack0         the first goroutine's (runtime.main's) guard page and stack
#                          (malg): one mprotect instead of an mmap and an mprotect.
#   runtime.cgroup_scratch, cgroup_cg, cgroup_dir
#                          cgroup_linux.go's buffers (file contents, the cgroup path, the
#                          directory of its limit files), only used when the cgroup
#                          limit is read.

.text

# runtime.gsignalStack() unsafe.Pointer (→ RAX): gsignal0stack, m0's signal stack
# (signal_unix.go's minitSignalStack).
runtime.gsignalStack:
    lea rax, [rip + runtime.gsignal0stack]
    ret

# runtime.cgroupBuffers() (register ABI: → RAX cgroup_scratch, RBX cgroup_cg, RCX cgroup_dir):
# the buffers' addresses, for cgroup_linux.go.
runtime.cgroupBuffers:
    lea rax, [rip + runtime.cgroup_scratch]
    lea rbx, [rip + runtime.cgroup_cg]
    lea rcx, [rip + runtime.cgroup_dir]
    ret

.bss
.p2align 0x4
runtime.gsignal0stack:
    .skip SIGSTACK_SIZE
# one page more than the mapping malg makes: malg rounds the start up to a page
# (a .p2align 12 here would align to the section's start, not to an address, in GNU as)
runtime.stack0:
    .skip STACK_MAPPING + STACK_GUARD
runtime.cgroup_scratch:
    .skip const_cgroupScratchLen
runtime.cgroup_cg:
    .skip const_cgroupPathMax
runtime.cgroup_dir:
    .skip const_cgroupDirMax
