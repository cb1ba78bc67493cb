# proc.s: the scheduler (Go's runtime/proc.go), for one M.
#
# Go's model: Gs (goroutines) run on Ms (threads) that hold Ps (processors, each
# with a local run queue of up to 256 Gs plus a runnext slot); a global run queue
# in `sched` takes the overflow and the Gs that yield with Gosched. An M without
# work steals from other Ps or sleeps; newproc wakes an idle P's M (wakep).
#
# This runtime keeps the data structures and the decisions (runqput with runnext,
# runqputslow spilling half to the global queue, findRunnable's order, the
# schedtick%61 fairness check, execute, goexit0, gosched_m) but has exactly one M,
# m0, holding allp[0]. The other GOMAXPROCS-1 Ps exist (allp has their slots, a P
# struct is made on first use) and stay idle: with no second M, nothing runs them,
# so there is no stealing, no wakep, no sysmon and no preemption. Goroutines switch
# only when they return (goexit), call Gosched, or block on a channel (gopark; chan.go
# readies them with goready). With GOMAXPROCS=1, Go's own choices of what to run next
# are these same ones.

.text

# runtime.schedinit() (no arguments). The steps follow Go's schedinit.
# goargs, goenvs, parsedebugvars, gogetenv, parseInt32, defaultGOMAXPROCSInit and
# defaultGOMAXPROCS are Go (runtime1.go, env_posix.go, cgroup_linux.go): they may clobber every
# register, so procs lives in [rbp - 0x18] across them.
runtime.schedinit:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    sub rsp, 0x10
    # Go: lockInit(...) for every runtime lock: one M never contends, no locks here.
    # Go: sched.maxmcount = 10000
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_maxmcount], 0x2710
    # Go: ticks.init, stackinit, randinit, mallocinit, cpuinit, alginit: the bump heap
    # (malloc.s) needs no set-up; no GC, no maps, no CPU feature checks here.
    # Go: mcommoninit(gp.m, -1): the M gets its id from sched.mnext (m0: 0).
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_mnext]
    lea r11, [rip + runtime.m0]
    mov qword ptr [r11 + m_id], rax
    lea r11, [rip + runtime.sched]
    add qword ptr [r11 + schedt_mnext], 0x1
    # Go: goargs(), goenvs(): argv and envp as Go strings.
    call runtime.goargs
    call runtime.goenvs
    # Go: parseRuntimeDebugVars(GODEBUG) (parsed early in Go; here after goenvs).
    call runtime.parsedebugvars
    # Go: if n, err := strconv.ParseInt(gogetenv("GOMAXPROCS"), 10, 32); err == nil && n > 0
    # { procs = n } (read here, before the cgroup: it decides whether the cgroup matters).
    lea rax, [rip + runtime.str_gomaxprocs_key]
    mov ebx, 0xa
    call runtime.gogetenv
    call runtime.parseInt32               # → RAX n, RBX ok
    xor r12d, r12d                        # 0: no valid GOMAXPROCS
    test bl, bl
    jz .Lschedinit_cgroup
    test rax, rax
    jle .Lschedinit_cgroup
    mov r12, rax
.Lschedinit_cgroup:
    mov qword ptr [rbp - 0x18], r12
    # Go: defaultGOMAXPROCSInit(): open the CPU cgroup's limit files, if any. Go always
    # reads them (it keeps them open for sysmon's GOMAXPROCS updater). rt0gen has no
    # updater, so the limit can change nothing when GOMAXPROCS is set, when GODEBUG has
    # containermaxprocs=0, or when ncpu <= 2 (Go never lowers GOMAXPROCS below 2 for a
    # limit): then the files are not read, which saves the three or four opens of /proc
    # and cgroupfs files (/proc/self/cgroup, /proc/self/mountinfo, the limit files) that
    # dominate start-up time. RT0TRACE=1 reads them always, to show the limit.
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    jne .Lschedinit_readcgroup
    test r12, r12
    jnz .Lschedinit_cgroup_done
    cmp qword ptr [rip + runtime.debug + 0x8], 0x0   # debug.containermaxprocs
    jle .Lschedinit_cgroup_done
    cmp qword ptr [rip + runtime.ncpu], 0x2
    jle .Lschedinit_cgroup_done
.Lschedinit_readcgroup:
    call runtime.defaultGOMAXPROCSInit
    mov r12, qword ptr [rbp - 0x18]
.Lschedinit_cgroup_done:
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lschedinit_notrace
    call runtime.trace_schedinit
.Lschedinit_notrace:
    # Go: else { procs = defaultGOMAXPROCS(numCPUStartup) }
    test r12, r12
    jz .Lschedinit_default
    mov qword ptr [rip + runtime.gomaxprocs_why], const_gomaxprocsWhyEnv
    jmp .Lschedinit_procs
.Lschedinit_default:
    mov rax, qword ptr [rip + runtime.ncpu]
    call runtime.defaultGOMAXPROCS
    mov r12, rax
.Lschedinit_procs:
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lschedinit_resize
    mov rdi, r12
    call runtime.trace_gomaxprocs
.Lschedinit_resize:
    # Go: if procresize(procs) != nil { throw("unknown runnable goroutine during bootstrap") }
    mov rdi, r12
    call runtime.procresize
    add rsp, 0x10
    pop r12
    pop rbx
    pop rbp
    ret

# runtime.procresize(nprocs rdi): Go's procresize, cut down for one M.
# Go grows allp to nprocs, initializes every new P, keeps the current P if its id
# is < nprocs (else takes allp[0]), destroys Ps beyond nprocs (moving their Gs to
# the global queue) and puts the other Ps on the idle list.
# Here allp grows as an array from mallocgc, whose memory the kernel maps lazily: a
# slot stays 0 until its P is first needed (runtime.allpget), so GOMAXPROCS=100000
# costs 800 KB of untouched heap, not 100000 P structs. m0 always runs allp[0],
# which survives every resize (nprocs >= 1),
# so no P ever holds Gs that would need moving; the other nprocs-1 Ps count as idle
# (sched.npidle) without being linked into sched.pidle one by one.
runtime.procresize:
    push rbx
    push r12
    push r13
    mov r12, rdi
    # Go: if old < 0 || nprocs <= 0 { throw("procresize: invalid arg") }
    test r12, r12
    jg .Lprocresize_ok
    lea rdi, [rip + runtime.msg_procresize]
    call runtime.throwc
.Lprocresize_ok:
    # Go: grow allp if necessary (a new array, the old entries copied over).
    cmp r12, qword ptr [rip + runtime.allp_cap]
    jbe .Lprocresize_len
    lea rdi, [r12*0x8]
    call runtime.mallocgc_rdi
    mov r13, rax
    mov rsi, qword ptr [rip + runtime.allp]
    mov rcx, qword ptr [rip + runtime.allp_cap]
    xor edx, edx
.Lprocresize_copy:
    cmp rdx, rcx
    jae .Lprocresize_copied
    mov rax, qword ptr [rsi + rdx*0x8]
    mov qword ptr [r13 + rdx*0x8], rax
    add rdx, 0x1
    jmp .Lprocresize_copy
.Lprocresize_copied:
    mov qword ptr [rip + runtime.allp], r13
    mov qword ptr [rip + runtime.allp_cap], r12
.Lprocresize_len:
    mov qword ptr [rip + runtime.allp_len], r12
    # Go: if gp.m.p != 0 && gp.m.p.ptr().id < nprocs { continue to use the current P }
    # else { acquirep(allp[0]) }. With one M the current P is always allp[0].
    lea r11, [rip + runtime.m0]
    cmp qword ptr [r11 + m_p], 0x0
    jne .Lprocresize_idle
    xor edi, edi
    call runtime.allpget
    lea rcx, [rip + runtime.m0]
    mov qword ptr [rcx + m_p], rax          # acquirep: m.p = pp, pp.m = m, Prunning
    mov qword ptr [rax + p_m], rcx
    mov qword ptr [rax + p_status], const__Prunning
.Lprocresize_idle:
    # Go: every other P with an empty run queue goes to the idle list (pidleput).
    lea rax, [r12 - 0x1]
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_npidle], rax
    # Go: gomaxprocs = nprocs
    mov qword ptr [rip + runtime.gomaxprocs], r12
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lprocresize_done
    call runtime.trace_procresize
.Lprocresize_done:
    pop r13
    pop r12
    pop rbx
    ret

# runtime.allpget(i rdi) → rax: allp[i], making the P on first use (Go's pp.init(i)
# at procresize time: id, status, an empty run queue).
runtime.allpget:
    mov rax, qword ptr [rip + runtime.allp]
    mov rax, qword ptr [rax + rdi*0x8]
    test rax, rax
    jnz .Lallpget_done
    push rdi
    push rdi
    mov edi, p__size
    call runtime.mallocgc_rdi
    pop rdi
    pop rdi
    mov qword ptr [rax + p_id], rdi
    mov qword ptr [rax + p_status], const__Pidle
    mov rcx, qword ptr [rip + runtime.allp]
    mov qword ptr [rcx + rdi*0x8], rax
.Lallpget_done:
    ret

# runtime.newproc(fn, nargbytes, arg words...) (docs/ABI.md): Go's `go fn(args)`.
# Go: newg := newproc1(fn, gp, pc) on the system stack, runqput(pp, newg, true),
# and if mainStarted, wakep() to get an idle P running. Here newproc1 runs on the
# caller's stack, and there is no other M to wake (wakep is a no-op).
runtime.newproc:
    push rbp
    mov rbp, rsp
    mov rdi, qword ptr [rbp + 0x10]
    lea rsi, [rbp + 0x20]
    mov rdx, qword ptr [rbp + 0x18]
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

# runtime.newproc1(fn rdi, argp rsi, nargbytes rdx) → rax: a new G in Grunnable state
# that will run fn with a copy of the nargbytes at argp as its arguments.
runtime.newproc1:
    push rbx
    push r12
    push r13
    push r14
    mov r12, rdi
    mov r13, rsi
    mov r14, rdx
    # Go: if fn == nil { fatal("go of nil func value") }
    test r12, r12
    jnz .Lnewproc1_fn
    lea rdi, [rip + runtime.msg_nilfunc]
    call runtime.throwc
.Lnewproc1_fn:
    # Go: newg := gfget(pp); if newg == nil { newg = malg(stackMin); allgadd(newg) }
    call runtime.gfget
    test rax, rax
    jnz .Lnewproc1_haveg
    call runtime.malg
    add qword ptr [rip + runtime.allglen], 0x1
    # Go: allgadd(newg): runtime.allgs keeps every G in creation order (checkdead
    # and its traceback headers walk it).
    mov rcx, qword ptr [rip + runtime.allgs_tail]
    test rcx, rcx
    jz .Lnewproc1_firstg
    mov qword ptr [rcx + g_alllink], rax
    jmp .Lnewproc1_tailg
.Lnewproc1_firstg:
    mov qword ptr [rip + runtime.allgs], rax
.Lnewproc1_tailg:
    mov qword ptr [rip + runtime.allgs_tail], rax
.Lnewproc1_haveg:
    mov rbx, rax
    # Go: sp := newg.stack.hi - totalSize; the arguments are copied to the top of the
    # new stack and fn's return address is goexit+PCQuantum (gostartcallfn), so that
    # fn's return runs goexit. Here: STACK_TOPSLACK bytes left for result words,
    # argument words 16-aligned below, then the return address.
    mov rdi, qword ptr [rbx + g_stack_hi]
    sub rdi, STACK_TOPSLACK
    lea rax, [r14 + 0xf]
    and rax, 0xfffffffffffffff0
    sub rdi, rax
    xor ecx, ecx
.Lnewproc1_copy:
    cmp rcx, r14
    jae .Lnewproc1_copied
    movzx eax, byte ptr [r13 + rcx]
    mov byte ptr [rdi + rcx], al
    add rcx, 0x1
    jmp .Lnewproc1_copy
.Lnewproc1_copied:
    sub rdi, 0x8
    lea rax, [rip + runtime.goexit + 0x1]
    mov qword ptr [rdi], rax
    # Go: newg.sched.sp = sp, newg.sched.pc = fn (via gostartcallfn), bp = 0
    mov qword ptr [rbx + g_sched_sp], rdi
    mov qword ptr [rbx + g_sched_pc], r12
    mov qword ptr [rbx + g_sched_bp], 0x0
    mov qword ptr [rbx + g_startpc], r12
    mov qword ptr [rbx + g_m], 0x0
    mov qword ptr [rbx + g_schedlink], 0x0
    # Go: newg.goid = pp.goidcache++ (batches from sched.goidgen; with one P the ids
    # are 1, 2, 3, ... either way). casgstatus(newg, _Gdead, _Grunnable).
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_goidgen]
    add rax, 0x1
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_goidgen], rax
    mov qword ptr [rbx + g_goid], rax
    mov qword ptr [rbx + g_status], const__Grunnable
    mov rax, rbx
    pop r14
    pop r13
    pop r12
    pop rbx
    ret

# runtime.malg() → rax: Go's malg: a new G with a stack. Here the G comes from the
# heap and the stack from its own mapping: a PROT_NONE guard page, then STACK_SIZE
# bytes the kernel fills in on first touch. The first G (runtime.main's) takes
# runtime.stack0 (memory.s), the same guard page and STACK_SIZE bytes in bss: one
# mprotect instead of an mmap and an mprotect.
runtime.malg:
    push rbx
    push r12
    push r13
    mov edi, g__size
    call runtime.mallocgc_rdi
    mov rbx, rax
    cmp byte ptr [rip + runtime.stack0_taken], 0x0
    jne .Lmalg_map
    mov byte ptr [rip + runtime.stack0_taken], 0x1
    lea r12, [rip + runtime.stack0]
    add r12, 0xfff
    and r12, 0xfffffffffffff000               # the page the guard takes
    jmp .Lmalg_protect
.Lmalg_map:
    mov eax, STACK_MAPPING
    push rbx                            # the new g: sysAlloc is Go, which keeps no register
    sub rsp, 0x8
    call runtime.sysAlloc
    add rsp, 0x8
    pop rbx
    mov r12, rax
.Lmalg_protect:
    mov rdi, r12
    mov esi, STACK_GUARD
    mov edx, PROT_NONE
    call runtime.mprotect
    test rax, rax                       # no guard page, no stack: an overflow must fault
    jz .Lmalg_guard
    mov eax, STACK_MAPPING
    call runtime.oom
.Lmalg_guard:
    mov qword ptr [rbx + g_guard], r12
    lea rax, [r12 + STACK_GUARD]
    mov qword ptr [rbx + g_stack_lo], rax
    lea rax, [r12 + STACK_MAPPING]
    mov qword ptr [rbx + g_stack_hi], rax
    mov qword ptr [rbx + g_status], const__Gdead
    mov rax, rbx
    pop r13
    pop r12
    pop rbx
    ret

# runtime.gfget() → rax: a dead G with its stack for reuse, or 0.
# Go keeps a free list per P plus a global one (sched.gFree) and moves batches of 32
# between them; with one P a single LIFO list in sched.gfree behaves the same.
runtime.gfget:
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_gfree]
    test rax, rax
    jz .Lgfget_done
    mov rcx, qword ptr [rax + g_schedlink]
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_gfree], rcx
    lea r11, [rip + runtime.sched]
    sub qword ptr [r11 + schedt_ngfree], 0x1
    mov qword ptr [rax + g_schedlink], 0x0
.Lgfget_done:
    ret

# runtime.gfput(gp rdi): Go's gfput: put a dead G (keeping its stack) on the free list.
runtime.gfput:
    lea r11, [rip + runtime.sched]
    mov rcx, qword ptr [r11 + schedt_gfree]
    mov qword ptr [rdi + g_schedlink], rcx
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_gfree], rdi
    lea r11, [rip + runtime.sched]
    add qword ptr [r11 + schedt_ngfree], 0x1
    ret

# runtime.runqput(pp rax, gp rbx, next cl): Go's runqput, with Go's register ABI (goready,
# chan.go, calls it); unlike a Go function it changes only rax, rcx, rdx, rdi, rsi, r8-r11.
# next: gp goes to pp.runnext and the G that was there is kicked to the tail of the
# local queue. A full local queue spills half of itself and gp to the global queue.
runtime.runqput:
    mov rdi, rax
    mov rsi, rbx
    movzx edx, cl
    test rdx, rdx
    jz .Lrunqput_tail
    # Go: oldnext := pp.runnext; pp.runnext = gp; if oldnext == 0 { return }; gp = oldnext
    mov rax, qword ptr [rdi + p_runnext]
    mov qword ptr [rdi + p_runnext], rsi
    test rax, rax
    jz .Lrunqput_done
    mov rsi, rax
.Lrunqput_tail:
    # Go: h := pp.runqhead; t := pp.runqtail; if t-h < len(pp.runq) { runq[t%len] = gp; tail = t+1 }
    mov eax, dword ptr [rdi + p_runqhead]
    mov ecx, dword ptr [rdi + p_runqtail]
    mov edx, ecx
    sub edx, eax
    cmp edx, const_runqLen
    jae .Lrunqput_slow
    mov edx, ecx
    and edx, const_runqMask
    mov qword ptr [rdi + rdx*0x8 + p_runq], rsi
    add ecx, 0x1
    mov dword ptr [rdi + p_runqtail], ecx
.Lrunqput_done:
    ret
.Lrunqput_slow:
    # Go: runqputslow(pp, gp, h, t)
    mov edx, eax
    jmp runtime.runqputslow

# runtime.runqputslow(pp rdi, gp rsi, h edx, t ecx): Go's runqputslow: move half of
# the full local queue (128 Gs, oldest first) and gp, linked through schedlink, to the
# tail of the global queue (globrunqputbatch).
runtime.runqputslow:
    push rbx
    push r12
    mov r8d, ecx
    sub r8d, edx
    shr r8d, 0x1                     # n := (t - h) / 2
    cmp r8d, const_runqHalf
    je .Lrunqputslow_ok
    lea rdi, [rip + runtime.msg_runqputslow]
    call runtime.throwc
.Lrunqputslow_ok:
    # batch[0..n) = runq[h..h+n), batch[n] = gp, linked in that order
    mov r9d, edx
    and r9d, const_runqMask
    mov rbx, qword ptr [rdi + r9*0x8 + p_runq]    # head of the batch
    mov r10, rbx                                   # last linked
    mov r11d, 0x1
.Lrunqputslow_link:
    cmp r11d, r8d
    jae .Lrunqputslow_linked
    lea r9, [rdx + r11]
    and r9d, const_runqMask
    mov rax, qword ptr [rdi + r9*0x8 + p_runq]
    mov qword ptr [r10 + g_schedlink], rax
    mov r10, rax
    add r11d, 0x1
    jmp .Lrunqputslow_link
.Lrunqputslow_linked:
    mov qword ptr [r10 + g_schedlink], rsi
    mov qword ptr [rsi + g_schedlink], 0x0
    # Go: atomic.CasRel(&pp.runqhead, h, h+n) commits the consume
    lea eax, [rdx + r8]
    mov dword ptr [rdi + p_runqhead], eax
    # Go: globrunqputbatch(&q) with q = {batch[0], batch[n], n+1}
    mov rdi, rbx
    lea rdx, [r8 + 0x1]
    call runtime.globrunqputbatch
    pop r12
    pop rbx
    ret

# runtime.runqget(pp rdi) → rax gp (or 0), rdx inheritTime.
# Go: runnext first (inheriting the time slice), then the head of the local queue.
runtime.runqget:
    mov rax, qword ptr [rdi + p_runnext]
    test rax, rax
    jz .Lrunqget_queue
    mov qword ptr [rdi + p_runnext], 0x0
    mov edx, 0x1
    ret
.Lrunqget_queue:
    xor edx, edx
    mov ecx, dword ptr [rdi + p_runqhead]
    cmp ecx, dword ptr [rdi + p_runqtail]
    je .Lrunqget_done
    mov r8d, ecx
    and r8d, const_runqMask
    mov rax, qword ptr [rdi + r8*0x8 + p_runq]
    add ecx, 0x1
    mov dword ptr [rdi + p_runqhead], ecx
.Lrunqget_done:
    ret

# runtime.runqempty(pp rdi) → rax 1 if pp has no runnable G.
runtime.runqempty:
    xor eax, eax
    cmp qword ptr [rdi + p_runnext], 0x0
    jne .Lrunqempty_done
    mov ecx, dword ptr [rdi + p_runqhead]
    cmp ecx, dword ptr [rdi + p_runqtail]
    sete al
.Lrunqempty_done:
    ret

# runtime.globrunqput(gp rdi): Go: sched.runq.pushBack(gp).
runtime.globrunqput:
    mov rsi, rdi
    mov edx, 0x1
    # fall through: a batch of one

# runtime.globrunqputbatch(head rdi, tail rsi, n rdx): Go: sched.runq.pushBackAll(q).
runtime.globrunqputbatch:
    mov qword ptr [rsi + g_schedlink], 0x0
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_runqtail]
    test rax, rax
    jz .Lglobput_empty
    mov qword ptr [rax + g_schedlink], rdi
    jmp .Lglobput_tail
.Lglobput_empty:
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_runqhead], rdi
.Lglobput_tail:
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_runqtail], rsi
    lea r11, [rip + runtime.sched]
    add qword ptr [r11 + schedt_runqsize], rdx
    ret

# runtime.globrunqget() → rax: Go: sched.runq.pop(), or 0 when empty.
runtime.globrunqget:
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_runqhead]
    test rax, rax
    jz .Lglobget_done
    mov rcx, qword ptr [rax + g_schedlink]
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_runqhead], rcx
    test rcx, rcx
    jnz .Lglobget_size
    lea r11, [rip + runtime.sched]
    mov qword ptr [r11 + schedt_runqtail], 0x0
.Lglobget_size:
    lea r11, [rip + runtime.sched]
    sub qword ptr [r11 + schedt_runqsize], 0x1
    mov qword ptr [rax + g_schedlink], 0x0
.Lglobget_done:
    ret

# runtime.globrunqgetbatch(pp rdi, n rsi) → rax: Go's globrunqgetbatch plus the
# caller's runqputbatch: n = min(n, sched.runqsize, sched.runqsize/gomaxprocs + 1);
# the first G is returned, the next n-1 go to pp's (empty) local queue in order.
runtime.globrunqgetbatch:
    push rbx
    push r12
    push r13
    mov r12, rdi
    lea r11, [rip + runtime.sched]
    mov rax, qword ptr [r11 + schedt_runqsize]
    test rax, rax
    jz .Lglobbatch_none
    cmp rsi, rax
    jbe .Lglobbatch_min1
    mov rsi, rax
.Lglobbatch_min1:
    xor edx, edx
    div qword ptr [rip + runtime.gomaxprocs]
    add rax, 0x1
    cmp rsi, rax
    jbe .Lglobbatch_min2
    mov rsi, rax
.Lglobbatch_min2:
    mov r13, rsi
    call runtime.globrunqget
    mov rbx, rax
.Lglobbatch_more:
    sub r13, 0x1
    jz .Lglobbatch_done
    call runtime.globrunqget
    push rbx
    push rbx
    mov rbx, rax
    mov rax, r12
    xor ecx, ecx
    call runtime.runqput
    pop rbx
    pop rbx
    jmp .Lglobbatch_more
.Lglobbatch_none:
    xor ebx, ebx
.Lglobbatch_done:
    mov rax, rbx
    pop r13
    pop r12
    pop rbx
    ret

# runtime.mstart(): Go: mstart (asm) -> mstart0 -> mstart1 -> schedule, never returning.
runtime.mstart:
    call runtime.mstart1
    call runtime.abort
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.mstart1(): Go: record g0's context (sched.pc/sp = our caller), so that mcall
# switches to this point of the g0 stack; asminit, minit (the signal stack and mask);
# on m0 mstartm0 (initsig: the signal handlers, signal_linux.s); then schedule().
runtime.mstart1:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rax, qword ptr [rsp]
    mov qword ptr [rcx + g_sched_pc], rax
    lea rax, [rsp + 0x8]
    mov qword ptr [rcx + g_sched_sp], rax
    mov qword ptr [rcx + g_sched_bp], 0x0
    call runtime.minit
    call runtime.mstartm0
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lmstart1_schedule
    call runtime.trace_mstart
.Lmstart1_schedule:
    jmp runtime.schedule

# runtime.schedule(): Go: one round of scheduler: find a runnable goroutine and
# execute it. Never returns. Runs on g0.
runtime.schedule:
    call runtime.findRunnable
    mov rdi, rax
    mov rsi, rdx
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lschedule_execute
    cmp byte ptr [rip + runtime.mainStarted], 0x0
    jne .Lschedule_execute               # RT0TRACE: the first schedule only (runtime.main)
    push rdi
    push rsi
    call runtime.trace_schedule
    pop rsi
    pop rdi
.Lschedule_execute:
    jmp runtime.execute

# runtime.findRunnable() → rax gp, rdx inheritTime. Go's order, minus what one M lacks:
#   1. every 61st schedtick, one G from the global queue (fairness: the global queue
#      cannot be starved by two goroutines handing runnext to each other);
#   2. the local queue: runnext, then the ring;
#   3. a batch from the global queue;
#   (4. netpoll, stealing from other Ps, and sleeping until woken: no other M or P
#      here ever has work, so nothing could wake us: Go's checkdead reports it.)
runtime.findRunnable:
    push rbx
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rbx, qword ptr [rcx + m_p]
    # 1. if pp.schedtick%61 == 0 && !sched.runq.empty() { return globrunqget(), false }
    lea r11, [rip + runtime.sched]
    cmp qword ptr [r11 + schedt_runqsize], 0x0
    je .Lfind_local
    mov rax, qword ptr [rbx + p_schedtick]
    xor edx, edx
    mov ecx, 0x3d
    div rcx
    test rdx, rdx
    jnz .Lfind_local
    call runtime.globrunqget
    xor edx, edx
    jmp .Lfind_done
.Lfind_local:
    # 2. if gp, inheritTime := runqget(pp); gp != nil { return gp, inheritTime }
    mov rdi, rbx
    call runtime.runqget
    test rax, rax
    jnz .Lfind_done
    # 3. gp, q := globrunqgetbatch(len(pp.runq)/2); runqputbatch(pp, &q)
    mov rdi, rbx
    mov esi, const_runqHalf
    call runtime.globrunqgetbatch
    xor edx, edx
    test rax, rax
    jnz .Lfind_done
    # 4. Go: stopm; with every goroutine blocked, checkdead reports the deadlock.
    call runtime.checkdead
.Lfind_done:
    pop rbx
    ret

# runtime.checkdead(): Go's checkdead, when the only M finds nothing to run: no M runs
# goroutines any more. The user goroutines in Gwaiting are counted (system goroutines,
# the finalizer goroutine parked in its own wait, do not count); none: "no goroutines
# (main called runtime.Goexit) - deadlock!", else "all goroutines are asleep -
# deadlock!", through fatal. Never returns.
runtime.checkdead:
    push rbx
    push r12
    push r13
    xor r12d, r12d
    mov rbx, qword ptr [rip + runtime.allgs]
.Lcheckdead_next:
    test rbx, rbx
    jz .Lcheckdead_counted
    mov rdi, rbx
    call runtime.isSystemGoroutine
    test eax, eax
    jnz .Lcheckdead_skip
    cmp qword ptr [rbx + g_status], const__Gwaiting
    jne .Lcheckdead_skip
    add r12, 0x1
.Lcheckdead_skip:
    mov rbx, qword ptr [rbx + g_alllink]
    jmp .Lcheckdead_next
.Lcheckdead_counted:
    lea rdi, [rip + runtime.msg_deadlock]
    test r12, r12
    jnz .Lcheckdead_fatal
    lea rdi, [rip + runtime.msg_nogoroutines]
.Lcheckdead_fatal:
    call runtime.fatal
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.isSystemGoroutine(gp rdi) → eax (internal; changes only rax): Go's
# isSystemGoroutine(gp, false): a G started at a runtime function other than
# runtime.main: here the GOMAXPROCS updater and the finalizer goroutine (which never
# runs a finalizer: no fingRunningFinalizer).
runtime.isSystemGoroutine:
    xor eax, eax
    push rcx
    mov rcx, qword ptr [rdi + g_startpc]
    lea rax, [rip + runtime.updateMaxProcsGoroutine]
    cmp rcx, rax
    je .LisSystem_yes
    lea rax, [rip + runtime.runFinalizers]
    cmp rcx, rax
    je .LisSystem_yes
    xor eax, eax
    pop rcx
    ret
.LisSystem_yes:
    mov eax, 0x1
    pop rcx
    ret

# runtime.execute(gp rdi, inheritTime rsi): Go's execute: gp runs on this M;
# the P's schedtick counts a new time slice unless gp inherits the current one.
runtime.execute:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov qword ptr [rcx + m_curg], rdi
    mov qword ptr [rdi + g_m], rcx
    mov qword ptr [rdi + g_status], const__Grunning
    test rsi, rsi
    jnz .Lexecute_go
    mov rax, qword ptr [rcx + m_p]
    add qword ptr [rax + p_schedtick], 0x1
.Lexecute_go:
    jmp runtime.gogo

# runtime.goexit0(gp rdi): on g0 after gp's function returned. Go: gdestroy(gp):
# status Gdead, dropg (m.curg = nil, gp.m = nil), gfput(pp, gp); then schedule().
runtime.goexit0:
    mov qword ptr [rdi + g_status], const__Gdead
    mov rcx, qword ptr [rdi + g_m]
    mov qword ptr [rcx + m_curg], 0x0
    mov qword ptr [rdi + g_m], 0x0
    mov qword ptr [rdi + g_startpc], 0x0
    call runtime.gfput
    jmp runtime.schedule

# runtime.gosched_m(gp rdi): on g0 for Gosched. Go's goschedImpl: Grunning ->
# Grunnable, dropg, globrunqput(gp) (the GLOBAL queue, behind everything else),
# wakep (no other M here), schedule().
runtime.gosched_m:
    mov qword ptr [rdi + g_status], const__Grunnable
    mov rcx, qword ptr [rdi + g_m]
    mov qword ptr [rcx + m_curg], 0x0
    mov qword ptr [rdi + g_m], 0x0
    call runtime.globrunqput
    jmp runtime.schedule

# runtime.updateMaxProcsGoroutine(): Go's GOMAXPROCS updater goroutine: it parks at
# once (goparkunlock) and only sysmon would ever wake it.
runtime.updateMaxProcsGoroutine:
    lea rax, [rip + runtime.str_wait_updater]
    call runtime.gopark
    call runtime.abort
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.createfing(): Go's createfing (mfinal.go), called by SetFinalizer (os's init
# calls it, os.s): start the finalizer goroutine, once: go runFinalizers(). It is a
# system goroutine (not counted by NumGoroutine) that takes the next goid and the P's
# runnext (what was there moves to the tail of the local queue), runs at the next
# schedule and parks for good: finalizers run only after a GC, and there is none here.
runtime.createfing:
    # Go: if fingStatus.Load() == fingUninitialized && fingStatus.CompareAndSwap(
    # fingUninitialized, fingCreated) { go runFinalizers() }
    cmp byte ptr [rip + runtime.fingStatus], 0x0
    jne .Lcreatefing_done
    mov byte ptr [rip + runtime.fingStatus], 0x1
    lea rdi, [rip + runtime.runFinalizers]
    jmp runtime.newsysproc
.Lcreatefing_done:
    ret

# runtime.newsysproc(fn rdi): `go fn()` for one of the runtime's own system goroutines
# (the GOMAXPROCS updater, the finalizer goroutine), taking no arguments. Go's newproc:
# newproc1 counts the G in sched.ngsys (isSystemGoroutine), so NumGoroutine leaves it
# out; runqput(pp, newg, true) puts it in the current P's runnext (what was there moves
# to the tail of the local queue); wakep() finds no other M here.
runtime.newsysproc:
    push rbx
    xor esi, esi
    xor edx, edx
    call runtime.newproc1
    lea r11, [rip + runtime.sched]
    add qword ptr [r11 + schedt_ngsys], 0x1
    mov rbx, rax
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rax, qword ptr [rcx + m_p]
    mov ecx, 0x1
    call runtime.runqput
    pop rbx
    ret

# runtime.runFinalizers(): Go's finalizer goroutine: with no finalizers queued (finq is
# nil: none is ever queued without a GC) it parks (gopark(finalizercommit, ...)), for good.
runtime.runFinalizers:
    lea rax, [rip + runtime.str_wait_finalizer]
    call runtime.gopark
    call runtime.abort
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.noinit(): the init task of a standard package whose init work (in Go) nothing
# here depends on (errors, sync, syscall, time, ...): it runs, and inittrace prints it.
runtime.noinit:
    ret

# runtime.gopark(reason rax): Go's gopark, with Go's register ABI (chan.go declares it):
# the current goroutine stops (Gwaiting, with the wait reason, a NUL-terminated string,
# that a traceback header shows) until some other goroutine readies it (runtime.goready,
# chan.go); mcall(park_m). Only rsp and rbp survive.
runtime.gopark:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rcx + g_waitreason], rax
    lea rdi, [rip + runtime.park_m]
    jmp runtime.mcall

# runtime.park_m(gp rdi): on g0. Go: Grunning -> Gwaiting, dropg, schedule().
runtime.park_m:
    mov qword ptr [rdi + g_status], const__Gwaiting
    mov rcx, qword ptr [rdi + g_m]
    mov qword ptr [rcx + m_curg], 0x0
    mov qword ptr [rdi + g_m], 0x0
    jmp runtime.schedule

# runtime.main(): the main goroutine (goid 1). Go's proc.go main, step by step.
runtime.main:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    push r14
    # Go: mp := getg().m; mp.g0.racectx = 0 (race detector: none here)
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rbx, qword ptr [rcx + g_m]
    # Go: maxstacksize = 1000000000 (64-bit); maxstackceiling = 2*maxstacksize.
    # Stacks do not grow here; the values are kept for the record.
    mov qword ptr [rip + runtime.maxstacksize], MAXSTACKSIZE
    mov qword ptr [rip + runtime.maxstackceiling], MAXSTACKCEILING
    # Go: allow newproc to start new Ms: mainStarted = true
    mov byte ptr [rip + runtime.mainStarted], 0x1
    # Go: newm(sysmon, nil, -1) on the system stack: no sysmon with one M.
    # Go: lockOSThread() during initialization: one M, always locked.
    # Go: if mp != &m0 { throw("runtime.main not on m0") }
    lea rax, [rip + runtime.m0]
    cmp rbx, rax
    je .Lmain_on_m0
    lea rdi, [rip + runtime.msg_not_m0]
    call runtime.throwc
.Lmain_on_m0:
    # Go: runtimeInitTime = nanotime(); if 0 { throw("nanotime returning zero") }
    call runtime.nanotime1
    mov qword ptr [rip + runtime.runtimeInitTime], rax
    test rax, rax
    jnz .Lmain_time
    lea rdi, [rip + runtime.msg_nanotime]
    call runtime.throwc
.Lmain_time:
    # Go: if debug.inittrace != 0 { inittrace.id = getg().goid; inittrace.active = true }
    cmp qword ptr [rip + runtime.debug], 0x0   # debug.inittrace
    je .Lmain_runtime_init
    mov byte ptr [rip + runtime.inittrace_active], 0x1
.Lmain_runtime_init:
    # Go: doInit(runtime_inittasks): the runtime package's own init functions
    # (forcegchelper, ...). This runtime is assembly and has no init tasks.
    # Go: gcenable() (starts bgsweep, bgscavenge and waits for them): no GC here.
    # Go: defaultGOMAXPROCSUpdateEnable() (starts the GOMAXPROCS updater goroutine).
    # In Go, main blocks in gcenable until those runtime goroutines have run and
    # parked; every time the scheduler starts one of them on a fresh time slice,
    # p.schedtick advances. This runtime has no such goroutines, so it advances
    # P0's schedtick by the same count, GO_RUNTIME_INIT_TICKS: the schedtick%61
    # check then looks at the global queue on the same schedules as Go's.
    mov rcx, qword ptr [rbx + m_p]
    add qword ptr [rcx + p_schedtick], GO_RUNTIME_INIT_TICKS
    # Those goroutines (forcegchelper, bgsweep, bgscavenge) took goids 2, 3 and 4 in Go,
    # so the program's first goroutine is 5, or 6 when the updater below takes 5
    # (updatemaxprocs=1, a go 1.25+ module), as a panic's "goroutine N [running]:" shows;
    # one more when os's init has started the finalizer goroutine (createfing) by then.
    lea r11, [rip + runtime.sched]
    add qword ptr [r11 + schedt_goidgen], GO_RUNTIME_GOROUTINES
    # Go: defaultGOMAXPROCSUpdateEnable(): go updateMaxProcsGoroutine(). That system
    # goroutine (not counted by NumGoroutine) waits in runnext until main first
    # yields or starts another goroutine, then parks for good (sysmon would wake it
    # when the CPU limit changes; there is no sysmon here). It is started here too,
    # because where it sits in the run queue shifts every later scheduling decision.
    # Go: if debug.updatemaxprocs == 0 { return } (a module older than go 1.25 by default).
    cmp qword ptr [rip + runtime.debug + 0x10], 0x0   # debug.updatemaxprocs
    je .Lmain_no_updater
    lea rdi, [rip + runtime.updateMaxProcsGoroutine]
    call runtime.newsysproc
.Lmain_no_updater:
    # Go: main_init_done = make(chan bool)
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lmain_inittasks
    call runtime.trace_main
.Lmain_inittasks:
    # Go: for each module, doInit(m.inittasks): every package's init task, in the
    # linker's order, on this goroutine. Here go..inittasks: (nameptr, namelen, fn),
    # reached through runtime.main_inittasks, which the linker fills as Go's fills
    # runtime_inittasks.
    mov r12, qword ptr [rip + runtime.main_inittasks]
    mov r13, qword ptr [rip + runtime.main_ninittasks]
.Lmain_init_next:
    test r13, r13
    jz .Lmain_init_done
    mov rdi, r12
    call runtime.doInit1
    add r12, 0x18
    sub r13, 0x1
    jmp .Lmain_init_next
.Lmain_init_done:
    # Go: inittrace.active = false; close(main_init_done); unlockOSThread()
    mov byte ptr [rip + runtime.inittrace_active], 0x0
    mov byte ptr [rip + runtime.main_init_done], 0x1
    # Go: fn := main_main; fn()
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lmain_main
    call runtime.trace_mainmain
.Lmain_main:
    # Go: "make an indirect call, as the linker doesn't know the address of the main
    # package when laying down the runtime": main_main is filled by the linker.
    call qword ptr [rip + runtime.main_main]
    # Go: (panicking/runningPanicDefers checks), then exit(0), even while other
    # goroutines are still runnable.
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .Lmain_exit
    call runtime.trace_exit
.Lmain_exit:
    xor eax, eax
    call runtime.exit
    # Go: for { var x *int32; *x = 0 }
.Lmain_fault:
    xor eax, eax
    mov dword ptr [rax], 0x0
    jmp .Lmain_fault

# runtime.doInit1(t rdi): Go's doInit1 for one init task: run the package's init
# function; with GODEBUG=inittrace=1, print
#   init PKG @START ms, CLOCK ms clock, BYTES bytes, ALLOCS allocs
# with START since runtimeInitTime and CLOCK the time the init took (nanotime).
# The init function may yield (Gosched, or a goroutine it starts runs first): only rsp
# and rbp survive that (docs/ABI.md), so the task and the start values live in the frame.
runtime.doInit1:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    push r14
    push r15
    sub rsp, 0x28                                   # [rbp-0x30] task, -0x38 start, -0x40 bytes, -0x48 allocs
    mov rbx, rdi
    mov qword ptr [rbp - 0x30], rbx
    cmp byte ptr [rip + runtime.rt0trace], 0x0
    je .LdoInit_notrace
    call runtime.trace_doinit
.LdoInit_notrace:
    cmp byte ptr [rip + runtime.inittrace_active], 0x0
    je .LdoInit_call
    call runtime.nanotime1
    mov qword ptr [rbp - 0x38], rax                 # start
    mov rax, qword ptr [rip + runtime.inittrace_bytes]
    mov qword ptr [rbp - 0x40], rax
    mov rax, qword ptr [rip + runtime.inittrace_allocs]
    mov qword ptr [rbp - 0x48], rax
.LdoInit_call:
    call qword ptr [rbx + 0x10]
    cmp byte ptr [rip + runtime.inittrace_active], 0x0
    je .LdoInit_done
    call runtime.nanotime1
    mov r15, rax                                    # end (Go code leaves r14 and r15 alone)
    call runtime.printlock
    mov rbx, qword ptr [rbp - 0x30]
    mov r12, qword ptr [rbp - 0x38]
    mov r13, qword ptr [rbp - 0x40]
    mov r14, qword ptr [rbp - 0x48]
    lea rdi, [rip + runtime.str_init]
    call runtime.prints
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx + 0x8]
    call runtime.gwrite_rdi
    lea rdi, [rip + runtime.str_at]
    call runtime.prints
    mov rdi, r12
    sub rdi, qword ptr [rip + runtime.runtimeInitTime]
    call runtime.printNSAsMS
    lea rdi, [rip + runtime.str_ms]
    call runtime.prints
    mov rdi, r15
    sub rdi, r12
    call runtime.printNSAsMS
    lea rdi, [rip + runtime.str_msclock]
    call runtime.prints
    mov rdi, qword ptr [rip + runtime.inittrace_bytes]
    sub rdi, r13
    call runtime.printu
    lea rdi, [rip + runtime.str_bytes]
    call runtime.prints
    mov rdi, qword ptr [rip + runtime.inittrace_allocs]
    sub rdi, r14
    call runtime.printu
    lea rdi, [rip + runtime.str_allocs]
    call runtime.prints
    call runtime.printunlock
.LdoInit_done:
    add rsp, 0x28
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret

# runtime.printNSAsMS(ns rdi): Go's fmtNSAsMS (mgc.go): at least 10 ms as whole
# milliseconds; below, two significant digits with at most three decimals
# (0.014, 0.33, 2.5); 0 for less than a microsecond.
runtime.printNSAsMS:
    sub rsp, 0x28
    mov rax, rdi
    cmp rax, 0x989680                # 10e6
    jb .Lns_small
    xor edx, edx
    mov ecx, 0xf4240                 # 1e6
    div rcx
    xor r8d, r8d                     # dec = 0
    jmp .Lns_format
.Lns_small:
    xor edx, edx
    mov ecx, 0x3e8                   # x := ns / 1e3
    div rcx
    mov r8d, 0x3                     # dec := 3
    test rax, rax                    # if x == 0 { return "0" }
    jnz .Lns_shrink
    lea rsi, [rsp + 0x1f]
    mov byte ptr [rsi], 0x30
    jmp .Lns_write
.Lns_shrink:
    cmp rax, 0x64                    # for x >= 100 { x /= 10; dec-- }
    jb .Lns_format
    xor edx, edx
    mov ecx, 0xa
    div rcx
    sub r8d, 0x1
    jmp .Lns_shrink
.Lns_format:
    # Go's itoaDiv(buf, val, dec), step for step: i := len(buf)-1; idec := i-dec;
    # for val >= 10 || i >= idec { buf[i] = '0'+val%10; i--; if i == idec
    # { buf[i] = '.'; i-- }; val /= 10 }; buf[i] = '0'+val; return buf[i:]
    lea rsi, [rsp + 0x1f]            # &buf[i]
    mov r9, rsi
    sub r9, r8                       # &buf[idec]
    mov ecx, 0xa
.Lns_loop:
    cmp rax, 0xa
    jae .Lns_digit
    cmp rsi, r9
    jb .Lns_last
.Lns_digit:
    xor edx, edx
    div rcx
    add dl, 0x30
    mov byte ptr [rsi], dl
    sub rsi, 0x1
    cmp rsi, r9
    jne .Lns_loop
    mov byte ptr [rsi], 0x2e
    sub rsi, 0x1
    jmp .Lns_loop
.Lns_last:
    add al, 0x30
    mov byte ptr [rsi], al
.Lns_write:
    mov rdi, rsi
    lea rsi, [rsp + 0x20]
    sub rsi, rdi
    call runtime.gwrite_rdi
    add rsp, 0x28
    ret

# ---- entry points for generated code (docs/ABI.md: Go's register ABI; runtime.newproc
# above stays ABI0) ----

# runtime.Gosched(): Go: checkTimeouts(); mcall(gosched_m). The goroutine goes to
# the global queue and the scheduler picks another; it later resumes here.
runtime.Gosched:
    push rbp
    mov rbp, rsp
    lea rdi, [rip + runtime.gosched_m]
    call runtime.mcall
    pop rbp
    ret

# runtime.GOMAXPROCS(n rax) → old rax (Go's register ABI). Go: ret := gomaxprocs;
# if n <= 0 { return ret }; then under stop-the-world newprocs = int32(n) and
# startTheWorld runs procresize.
runtime.GOMAXPROCS:
    mov rdi, rax
    mov rax, qword ptr [rip + runtime.gomaxprocs]
    test rdi, rdi
    jle .Lgomaxprocs_done
    push rbp
    mov rbp, rsp
    push rax                         # old, across procresize (rsp stays 16-aligned)
    push rax
    movsxd rdi, edi                  # newprocs = int32(n)
    call runtime.procresize
    pop rax
    pop rax
    pop rbp
.Lgomaxprocs_done:
    ret

# runtime.NumCPU() → n rax: Go: int(numCPUStartup), the CPU count found by osinit.
runtime.NumCPU:
    mov rax, qword ptr [rip + runtime.ncpu]
    ret

# runtime.NumGoroutine() → n rax: Go's gcount(): all Gs minus free ones minus system
# goroutines (the GOMAXPROCS updater, the finalizer goroutine: sched.ngsys).
runtime.NumGoroutine:
    mov rax, qword ptr [rip + runtime.allglen]
    lea r11, [rip + runtime.sched]
    sub rax, qword ptr [r11 + schedt_ngfree]
    sub rax, qword ptr [r11 + schedt_ngsys]
    ret

.section .rodata
runtime.str_gomaxprocs_key:
    .ascii "GOMAXPROCS"
runtime.msg_procresize:
    .ascii "procresize: invalid arg"
    .byte 0x0
runtime.msg_nilfunc:
    .ascii "go of nil func value"
    .byte 0x0
runtime.msg_runqputslow:
    .ascii "runqputslow: queue is not full"
    .byte 0x0
runtime.msg_deadlock:
    .ascii "all goroutines are asleep - deadlock!"
    .byte 0x0
runtime.msg_nogoroutines:
    .ascii "no goroutines (main called runtime.Goexit) - deadlock!"
    .byte 0x0
# Go's waitReasonStrings of the runtime's own goroutines (chan.go has the channels' ones).
runtime.str_wait_updater:
    .ascii "GOMAXPROCS updater (idle)"
    .byte 0x0
runtime.str_wait_finalizer:
    .ascii "finalizer wait"
    .byte 0x0
runtime.msg_not_m0:
    .ascii "runtime.main not on m0"
    .byte 0x0
runtime.msg_nanotime:
    .ascii "nanotime returning zero"
    .byte 0x0
runtime.str_init:
    .ascii "init "
    .byte 0x0
runtime.str_at:
    .ascii " @"
    .byte 0x0
runtime.str_ms:
    .ascii " ms, "
    .byte 0x0
runtime.str_msclock:
    .ascii " ms clock, "
    .byte 0x0
runtime.str_bytes:
    .ascii " bytes, "
    .byte 0x0
runtime.str_allocs:
    .ascii " allocs"
    .byte 0xa, 0x0

.text

# runtime.mainGodebugDefault() string (register ABI: → RAX ptr, RBX len): the program's
# default GODEBUG, for parsedebugvars (runtime1.go).
runtime.mainGodebugDefault:
    mov rax, qword ptr [rip + runtime.main_godebugDefault]
    mov rbx, qword ptr [rip + runtime.main_godebugDefaultLen]
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

.bss
.p2align 0x4
runtime.g0:
    .skip g__size
runtime.m0:
    .skip m__size
runtime.sched:
    .skip schedt__size
runtime.allp:
    .skip 0x8
runtime.allp_len:
    .skip 0x8
runtime.allp_cap:
    .skip 0x8
runtime.gomaxprocs:
    .skip 0x8
runtime.allglen:
    .skip 0x8
runtime.fingStatus:
    .skip 0x8
runtime.mainStarted:
    .skip 0x8
runtime.maxstacksize:
    .skip 0x8
runtime.maxstackceiling:
    .skip 0x8
runtime.runtimeInitTime:
    .skip 0x8
runtime.allgs:
    .skip 0x8
runtime.allgs_tail:
    .skip 0x8
runtime.main_init_done:
    .skip 0x8
