# select.s: Go's selectgo (runtime/select.go), step for step, on the one M.
#
# The compiler lays out the cases as Go's walkSelectCases does (docs/ABI.md "Channels"):
# scases[ncases] of (c, elem), the sends first, then the receives; and an order array of
# 2*ncases uint16 (pollorder, then lockorder). A select with a default case calls
# selectgo with block false; one with a single case and a default calls selectnbsend or
# selectnbrecv (chan.s); `select {}` calls runtime.block.

.text

# runtime.selectgo(cas0 rax, order0 rbx, pc0 rcx, nsends rdi, nrecvs rsi, block r8)
# → rax casi, rbx recvOK (register ABI; Go's selectgo, pc0 unused). casi is the index of
# the chosen case in scases, -1 when block is false and no case is ready.
#   1. pollorder: the cases with a non-nil channel in a random order (cheaprandn);
#      lockorder: the same, heap-sorted by channel address (Go's sortkey).
#   2. pass 1: the first ready case in pollorder wins.
#   3. pass 2: a sudog on every channel (in lockorder), gopark(waitReasonSelect).
#   4. pass 3: woken by one of them (g.param), dequeue the others.
runtime.selectgo:
    push rbp
    mov rbp, rsp
    sub rsp, 0x60
    # [rbp-0x8] cas0, -0x10 pollorder, -0x18 nsends, -0x20 ncases, -0x28 block,
    # -0x30 norder, -0x38 lockorder, -0x40 casi, -0x48 recvOK, -0x50 sg, -0x58 loop index
    mov qword ptr [rbp - 0x8], rax
    mov qword ptr [rbp - 0x10], rbx
    mov qword ptr [rbp - 0x18], rdi
    add rdi, rsi
    mov qword ptr [rbp - 0x20], rdi
    mov qword ptr [rbp - 0x28], r8
    lea rcx, [rbx + rdi*0x2]
    mov qword ptr [rbp - 0x38], rcx
    mov qword ptr [rbp - 0x48], 0x0
    # ---- pollorder: Go: for i := range scases { if cas.c == nil { cas.elem = nil;
    # continue }; j := cheaprandn(uint32(norder + 1)); pollorder[norder] = pollorder[j];
    # pollorder[j] = uint16(i); norder++ }
    xor r12d, r12d                      # i
    xor r13d, r13d                      # norder
.Lselect_poll_next:
    cmp r12, qword ptr [rbp - 0x20]
    jae .Lselect_poll_done
    mov rbx, r12
    shl rbx, SCASE_SHIFT
    add rbx, qword ptr [rbp - 0x8]
    cmp qword ptr [rbx + scase_c], 0x0
    jne .Lselect_poll_rand
    mov qword ptr [rbx + scase_elem], 0x0
    jmp .Lselect_poll_step
.Lselect_poll_rand:
    call runtime.rand
    mov eax, eax
    lea rcx, [r13 + 0x1]
    mul rcx
    shr rax, 0x20                       # j
    mov rsi, qword ptr [rbp - 0x10]
    movzx ecx, word ptr [rsi + rax*0x2]
    mov word ptr [rsi + r13*0x2], cx
    mov word ptr [rsi + rax*0x2], r12w
    add r13, 0x1
.Lselect_poll_step:
    add r12, 0x1
    jmp .Lselect_poll_next
.Lselect_poll_done:
    mov qword ptr [rbp - 0x30], r13
    # ---- lockorder: Go's heap sort of pollorder by c.sortkey() (the channel's address).
    # r8 cas0, r9 pollorder, r10 lockorder, r11 norder, r12 i, r13 j
    mov r8, qword ptr [rbp - 0x8]
    mov r9, qword ptr [rbp - 0x10]
    mov r10, qword ptr [rbp - 0x38]
    mov r11, qword ptr [rbp - 0x30]
    xor r12d, r12d
.Lselect_heap_up:
    cmp r12, r11
    jae .Lselect_heap_built
    mov r13, r12                        # j := i
    movzx eax, word ptr [r9 + r12*0x2]
    shl rax, SCASE_SHIFT
    mov rbx, qword ptr [r8 + rax]       # c := scases[pollorder[i]].c
.Lselect_heap_sift:
    test r13, r13
    jz .Lselect_heap_place
    lea rcx, [r13 - 0x1]
    shr rcx, 0x1                        # k := (j - 1) / 2
    movzx edx, word ptr [r10 + rcx*0x2]
    mov rax, rdx
    shl rax, SCASE_SHIFT
    cmp qword ptr [r8 + rax], rbx       # scases[lockorder[k]].c.sortkey() < c.sortkey()
    jae .Lselect_heap_place
    mov word ptr [r10 + r13*0x2], dx    # lockorder[j] = lockorder[k]
    mov r13, rcx
    jmp .Lselect_heap_sift
.Lselect_heap_place:
    movzx eax, word ptr [r9 + r12*0x2]
    mov word ptr [r10 + r13*0x2], ax    # lockorder[j] = pollorder[i]
    add r12, 0x1
    jmp .Lselect_heap_up
.Lselect_heap_built:
    mov r12, r11                        # for i := len(lockorder) - 1; i >= 0; i--
.Lselect_heap_down:
    test r12, r12
    jz .Lselect_sorted
    sub r12, 0x1
    movzx esi, word ptr [r10 + r12*0x2] # o := lockorder[i]
    mov rax, rsi
    shl rax, SCASE_SHIFT
    mov rbx, qword ptr [r8 + rax]       # c := scases[o].c
    movzx eax, word ptr [r10]
    mov word ptr [r10 + r12*0x2], ax    # lockorder[i] = lockorder[0]
    xor r13d, r13d                      # j := 0
.Lselect_heap_child:
    lea rcx, [r13 + r13 + 0x1]          # k := j*2 + 1
    cmp rcx, r12
    jae .Lselect_heap_put
    lea rdx, [rcx + 0x1]
    cmp rdx, r12
    jae .Lselect_heap_cmp
    movzx eax, word ptr [r10 + rcx*0x2]
    shl rax, SCASE_SHIFT
    mov rax, qword ptr [r8 + rax]
    movzx edi, word ptr [r10 + rdx*0x2]
    shl rdi, SCASE_SHIFT
    cmp rax, qword ptr [r8 + rdi]       # lockorder[k] < lockorder[k+1]: k++
    jae .Lselect_heap_cmp
    mov rcx, rdx
.Lselect_heap_cmp:
    movzx edx, word ptr [r10 + rcx*0x2]
    mov rax, rdx
    shl rax, SCASE_SHIFT
    cmp rbx, qword ptr [r8 + rax]       # c.sortkey() < scases[lockorder[k]].c.sortkey()
    jae .Lselect_heap_put
    mov word ptr [r10 + r13*0x2], dx
    mov r13, rcx
    jmp .Lselect_heap_child
.Lselect_heap_put:
    mov word ptr [r10 + r13*0x2], si    # lockorder[j] = o
    jmp .Lselect_heap_down
.Lselect_sorted:
    # ---- pass 1: look for something already waiting
    mov qword ptr [rbp - 0x58], 0x0
.Lselect_pass1:
    mov rax, qword ptr [rbp - 0x58]
    cmp rax, qword ptr [rbp - 0x30]
    jae .Lselect_pass1_none
    add qword ptr [rbp - 0x58], 0x1
    mov rcx, qword ptr [rbp - 0x10]
    movzx r12d, word ptr [rcx + rax*0x2] # casi
    mov r13, r12
    shl r13, SCASE_SHIFT
    add r13, qword ptr [rbp - 0x8]      # cas
    mov rbx, qword ptr [r13 + scase_c]  # c
    cmp r12, qword ptr [rbp - 0x18]
    jb .Lselect_pass1_send
    # a receive: Go: sg = c.sendq.dequeue(); if sg != nil { goto recv }; if c.qcount > 0
    # { goto bufrecv }; if c.closed != 0 { goto rclose }
    lea rdi, [rbx + hchan_sendq]
    call runtime.waitq_dequeue
    test rax, rax
    jnz .Lselect_recv
    cmp qword ptr [rbx + hchan_qcount], 0x0
    jne .Lselect_bufrecv
    cmp qword ptr [rbx + hchan_closed], 0x0
    jne .Lselect_rclose
    jmp .Lselect_pass1
.Lselect_pass1_send:
    # a send: Go: if c.closed != 0 { goto sclose }; sg = c.recvq.dequeue(); if sg != nil
    # { goto send }; if c.qcount < c.dataqsiz { goto bufsend }
    cmp qword ptr [rbx + hchan_closed], 0x0
    jne .Lselect_sclose
    lea rdi, [rbx + hchan_recvq]
    call runtime.waitq_dequeue
    test rax, rax
    jnz .Lselect_send
    mov rax, qword ptr [rbx + hchan_qcount]
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    jb .Lselect_bufsend
    jmp .Lselect_pass1
.Lselect_pass1_none:
    # Go: if !block { casi = -1; goto retc }
    cmp qword ptr [rbp - 0x28], 0x0
    jne .Lselect_pass2
    mov r12, 0xffffffffffffffff
    jmp .Lselect_retc
.Lselect_pass2:
    # ---- pass 2: enqueue on all channels, in lockorder
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    lea rax, [rcx + g_waiting]
    mov qword ptr [rbp - 0x50], rax     # nextp := &gp.waiting
    mov qword ptr [rbp - 0x58], 0x0
.Lselect_pass2_next:
    mov rax, qword ptr [rbp - 0x58]
    cmp rax, qword ptr [rbp - 0x30]
    jae .Lselect_park
    add qword ptr [rbp - 0x58], 0x1
    mov rcx, qword ptr [rbp - 0x38]
    movzx r12d, word ptr [rcx + rax*0x2] # casi
    mov r13, r12
    shl r13, SCASE_SHIFT
    add r13, qword ptr [rbp - 0x8]      # cas
    mov rbx, qword ptr [r13 + scase_c]
    call runtime.acquireSudog
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rax + sudog_g], rcx
    mov byte ptr [rax + sudog_isSelect], 0x1
    mov rcx, qword ptr [r13 + scase_elem]
    mov qword ptr [rax + sudog_elem], rcx
    mov qword ptr [rax + sudog_c], rbx
    mov rcx, qword ptr [rbp - 0x50]
    mov qword ptr [rcx], rax            # *nextp = sg
    lea rcx, [rax + sudog_waitlink]
    mov qword ptr [rbp - 0x50], rcx     # nextp = &sg.waitlink
    mov rsi, rax
    lea rdi, [rbx + hchan_recvq]
    cmp r12, qword ptr [rbp - 0x18]
    jae .Lselect_enqueue
    lea rdi, [rbx + hchan_sendq]
.Lselect_enqueue:
    call runtime.waitq_enqueue
    jmp .Lselect_pass2_next
.Lselect_park:
    # Go: gp.param = nil; gopark(selparkcommit, nil, waitReasonSelect, ...)
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rcx + g_param], 0x0
    lea rdi, [rip + runtime.str_wait_select]
    call runtime.gopark
    # Go: gp.selectDone.Store(0); sg = (*sudog)(gp.param); gp.param = nil
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rcx + g_selectDone], 0x0
    mov rax, qword ptr [rcx + g_param]
    mov qword ptr [rbp - 0x50], rax
    mov qword ptr [rcx + g_param], 0x0
    # ---- pass 3: dequeue from the unsuccessful channels. Go: for sg1 := gp.waiting;
    # sg1 != nil; sg1 = sg1.waitlink { sg1.isSelect = false; sg1.elem = nil; sg1.c = nil }
    mov rax, qword ptr [rcx + g_waiting]
.Lselect_unmark:
    test rax, rax
    jz .Lselect_unmarked
    mov byte ptr [rax + sudog_isSelect], 0x0
    mov qword ptr [rax + sudog_elem], 0x0
    mov qword ptr [rax + sudog_c], 0x0
    mov rax, qword ptr [rax + sudog_waitlink]
    jmp .Lselect_unmark
.Lselect_unmarked:
    mov rbx, qword ptr [rcx + g_waiting] # sglist
    mov qword ptr [rcx + g_waiting], 0x0
    mov r12, 0xffffffffffffffff         # casi = -1
    xor r13d, r13d                      # cas = nil
    mov qword ptr [rbp - 0x58], 0x0
.Lselect_pass3_next:
    mov rax, qword ptr [rbp - 0x58]
    cmp rax, qword ptr [rbp - 0x30]
    jae .Lselect_pass3_done
    add qword ptr [rbp - 0x58], 0x1
    mov rcx, qword ptr [rbp - 0x38]
    movzx esi, word ptr [rcx + rax*0x2] # casei
    mov rdx, rsi
    shl rdx, SCASE_SHIFT
    add rdx, qword ptr [rbp - 0x8]      # k := &scases[casei]
    cmp rbx, qword ptr [rbp - 0x50]
    jne .Lselect_pass3_other
    # Go: casi = int(casei); cas = k; caseSuccess = sglist.success
    mov r12, rsi
    mov r13, rdx
    movzx eax, byte ptr [rbx + sudog_success]
    mov qword ptr [rbp - 0x48], rax
    jmp .Lselect_pass3_release
.Lselect_pass3_other:
    mov rdx, qword ptr [rdx + scase_c]
    lea rdi, [rdx + hchan_recvq]
    cmp rsi, qword ptr [rbp - 0x18]
    jae .Lselect_pass3_dequeue
    lea rdi, [rdx + hchan_sendq]
.Lselect_pass3_dequeue:
    mov rsi, rbx
    call runtime.waitq_dequeueSudoG
.Lselect_pass3_release:
    # Go: sgnext = sglist.waitlink; sglist.waitlink = nil; releaseSudog(sglist); sglist = sgnext
    mov rdi, rbx
    mov rbx, qword ptr [rbx + sudog_waitlink]
    call runtime.releaseSudog
    jmp .Lselect_pass3_next
.Lselect_pass3_done:
    test r13, r13
    jnz .Lselect_woken
    lea rdi, [rip + runtime.msg_select_badwakeup]
    call runtime.throwc
.Lselect_woken:
    # Go: if casi < nsends { if !caseSuccess { goto sclose } } else { recvOK = caseSuccess }
    cmp r12, qword ptr [rbp - 0x18]
    jae .Lselect_retc
    cmp qword ptr [rbp - 0x48], 0x0
    je .Lselect_sclose
    mov qword ptr [rbp - 0x48], 0x0
    jmp .Lselect_retc
.Lselect_bufrecv:
    # Go: recvOK = true; qp = chanbuf(c, c.recvx); copy to cas.elem; clear qp; recvx++; qcount--
    mov qword ptr [rbp - 0x48], 0x1
    mov r8, qword ptr [rbx + hchan_recvx]
    imul r8, qword ptr [rbx + hchan_elemsize]
    add r8, qword ptr [rbx + hchan_buf]
    mov rdi, qword ptr [r13 + scase_elem]
    test rdi, rdi
    jz .Lselect_bufrecv_clear
    mov rsi, r8
    mov rcx, qword ptr [rbx + hchan_elemsize]
    rep movsb
.Lselect_bufrecv_clear:
    mov rdi, r8
    mov rcx, qword ptr [rbx + hchan_elemsize]
    xor eax, eax
    rep stosb
    mov rax, qword ptr [rbx + hchan_recvx]
    add rax, 0x1
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    jne .Lselect_bufrecv_x
    xor eax, eax
.Lselect_bufrecv_x:
    mov qword ptr [rbx + hchan_recvx], rax
    sub qword ptr [rbx + hchan_qcount], 0x1
    jmp .Lselect_retc
.Lselect_bufsend:
    # Go: typedmemmove(c.elemtype, chanbuf(c, c.sendx), cas.elem); sendx++; qcount++
    mov rdi, qword ptr [rbx + hchan_sendx]
    imul rdi, qword ptr [rbx + hchan_elemsize]
    add rdi, qword ptr [rbx + hchan_buf]
    mov rsi, qword ptr [r13 + scase_elem]
    mov rcx, qword ptr [rbx + hchan_elemsize]
    rep movsb
    mov rax, qword ptr [rbx + hchan_sendx]
    add rax, 0x1
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    jne .Lselect_bufsend_x
    xor eax, eax
.Lselect_bufsend_x:
    mov qword ptr [rbx + hchan_sendx], rax
    add qword ptr [rbx + hchan_qcount], 0x1
    jmp .Lselect_retc
.Lselect_recv:
    # Go: recv(c, sg, cas.elem); recvOK = true
    mov rdi, rbx
    mov rsi, rax
    mov rdx, qword ptr [r13 + scase_elem]
    call runtime.chan_recv
    mov qword ptr [rbp - 0x48], 0x1
    jmp .Lselect_retc
.Lselect_rclose:
    # Go: recvOK = false; if cas.elem != nil { typedmemclr(c.elemtype, cas.elem) }
    mov qword ptr [rbp - 0x48], 0x0
    mov rdi, qword ptr [r13 + scase_elem]
    test rdi, rdi
    jz .Lselect_retc
    mov rcx, qword ptr [rbx + hchan_elemsize]
    xor eax, eax
    rep stosb
    jmp .Lselect_retc
.Lselect_send:
    # Go: send(c, sg, cas.elem)
    mov rdi, rbx
    mov rsi, rax
    mov rdx, qword ptr [r13 + scase_elem]
    call runtime.chan_send
.Lselect_retc:
    mov rax, r12
    mov rbx, qword ptr [rbp - 0x48]
    add rsp, 0x60
    pop rbp
    ret
.Lselect_sclose:
    # Go: panic(plainError("send on closed channel"))
    lea rdi, [rip + runtime.str_send_closed]
    call runtime.fatalpanic
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

.section .rodata
runtime.msg_select_badwakeup:
    .ascii "selectgo: bad wakeup"
    .byte 0x0
