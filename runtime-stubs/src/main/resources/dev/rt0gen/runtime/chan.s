# chan.s: channels (Go's runtime/chan.go), goready, and the deadlock check (Go's
# checkdead, proc.go) with its traceback headers.
#
# Go's algorithms, step for step, on the one M: a channel is an hchan (defs.s) with its
# ring buffer behind it; a goroutine that must wait enqueues a sudog on the channel's
# sendq or recvq and parks (gopark, Gwaiting with Go's wait reason); the goroutine that
# completes the communication copies the element directly to or from the waiting one's
# memory and readies it (goready: runqput with next=true, as Go's ready). With one M
# nothing runs concurrently, so Go's locks are left out.
#
# The compiler passes elements by address (docs/ABI.md "Channels"): the value to send,
# or where a received one goes (nil: dropped), in memory from runtime.chanscratch, which
# stands in for the temporaries Go keeps in the caller's frame.

.text

# runtime.makechan(elemsize rax, size rbx) → rax c (register ABI). Go's makechan with
# the element's size in place of its type: "makechan: size out of range" for a negative
# size or a buffer beyond maxAlloc; one allocation holds the hchan and the buffer.
runtime.makechan:
    push rbp
    mov rbp, rsp
    mov r8, rax
    mov r9, rbx
    test r9, r9
    js .Lmakechan_range
    mul r9
    jc .Lmakechan_range
    mov rcx, MAXALLOC_HCHAN
    cmp rax, rcx
    ja .Lmakechan_range
    lea rdi, [rax + hchan_size]
    push r8
    push r9
    call runtime.mallocgc_rdi
    pop r9
    pop r8
    lea rcx, [rax + hchan_size]
    mov qword ptr [rax + hchan_buf], rcx
    mov qword ptr [rax + hchan_elemsize], r8
    mov qword ptr [rax + hchan_dataqsiz], r9
    pop rbp
    ret
.Lmakechan_range:
    lea rdi, [rip + runtime.str_makechan_range]
    call runtime.fatalpanic
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.chanscratch(size rax) → rax p (register ABI): size bytes the current goroutine
# may use until its next channel operation: the element a send copies from, a receive
# copies to, a select's scases and order array (Go keeps these in the caller's frame;
# rt0gen's heap never frees, so each G keeps one block and grows it when needed).
runtime.chanscratch:
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    cmp rax, qword ptr [rcx + g_scratchlen]
    ja .Lchanscratch_grow
    mov rax, qword ptr [rcx + g_scratch]
    ret
.Lchanscratch_grow:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    cmp rax, 0x40
    jae .Lchanscratch_size
    mov eax, 0x40
.Lchanscratch_size:
    mov r12, rax
    mov rdi, rax
    call runtime.mallocgc_rdi
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rcx + g_scratch], rax
    mov qword ptr [rcx + g_scratchlen], r12
    pop r12
    pop rbx
    pop rbp
    ret

# runtime.chansend1(c rax, elem rbx) (register ABI): Go's `c <- *elem`.
runtime.chansend1:
    push rbp
    mov rbp, rsp
    mov rdi, rax
    mov rsi, rbx
    mov edx, 0x1
    call runtime.chansend
    pop rbp
    ret

# runtime.selectnbsend(c rax, elem rbx) → rax selected (register ABI): Go's
# `select { case c <- v: ... default: ... }`.
runtime.selectnbsend:
    push rbp
    mov rbp, rsp
    mov rdi, rax
    mov rsi, rbx
    xor edx, edx
    call runtime.chansend
    pop rbp
    ret

# runtime.chanrecv1(c rax, elem rbx) (register ABI): Go's `<-c`, the element to *elem
# (elem nil: dropped).
runtime.chanrecv1:
    push rbp
    mov rbp, rsp
    mov rdi, rax
    mov rsi, rbx
    mov edx, 0x1
    call runtime.chanrecv
    pop rbp
    ret

# runtime.chanrecv2(c rax, elem rbx) → rax received (register ABI): Go's `v, ok := <-c`.
runtime.chanrecv2:
    push rbp
    mov rbp, rsp
    mov rdi, rax
    mov rsi, rbx
    mov edx, 0x1
    call runtime.chanrecv
    mov rax, rdx
    pop rbp
    ret

# runtime.selectnbrecv(elem rax, c rbx) → rax selected, rbx received (register ABI): Go's
# `select { case v, ok = <-c: ... default: ... }`.
runtime.selectnbrecv:
    push rbp
    mov rbp, rsp
    mov rdi, rbx
    mov rsi, rax
    xor edx, edx
    call runtime.chanrecv
    mov rbx, rdx
    pop rbp
    ret

# runtime.chansend(c rdi, ep rsi, block edx) → rax (internal; preserves rbx, r12, r13):
# Go's chansend. Blocking on a nil channel parks for ever; a send on a closed channel
# panics, also when the close wakes a blocked sender.
runtime.chansend:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    sub rsp, 0x18                       # [rbp-0x20] c, [rbp-0x28] mysg
    mov rbx, rdi
    mov r12, rsi
    mov r13d, edx
    test rbx, rbx
    jnz .Lchansend_notnil
    test r13d, r13d
    jz .Lchansend_false
    # Go: gopark(nil, nil, waitReasonChanSendNilChan, ...); throw("unreachable")
    lea rdi, [rip + runtime.str_wait_chansend_nil]
    call runtime.gopark
    lea rdi, [rip + runtime.msg_unreachable]
    call runtime.throwc
.Lchansend_notnil:
    # Go: if !block && c.closed == 0 && full(c) { return false }
    test r13d, r13d
    jnz .Lchansend_locked
    cmp qword ptr [rbx + hchan_closed], 0x0
    jne .Lchansend_locked
    cmp qword ptr [rbx + hchan_dataqsiz], 0x0
    jne .Lchansend_fullbuf
    cmp qword ptr [rbx + hchan_recvq], 0x0
    je .Lchansend_false
    jmp .Lchansend_locked
.Lchansend_fullbuf:
    mov rax, qword ptr [rbx + hchan_qcount]
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    je .Lchansend_false
.Lchansend_locked:
    # Go: if c.closed != 0 { panic(plainError("send on closed channel")) }
    cmp qword ptr [rbx + hchan_closed], 0x0
    jne .Lchansend_closed
    # Go: if sg := c.recvq.dequeue(); sg != nil { send(c, sg, ep); return true }
    lea rdi, [rbx + hchan_recvq]
    call runtime.waitq_dequeue
    test rax, rax
    jz .Lchansend_buf
    mov rdi, rbx
    mov rsi, rax
    mov rdx, r12
    call runtime.chan_send
    jmp .Lchansend_true
.Lchansend_buf:
    # Go: if c.qcount < c.dataqsiz { copy into chanbuf(c, c.sendx); sendx++; qcount++ }
    mov rax, qword ptr [rbx + hchan_qcount]
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    jae .Lchansend_block
    mov rax, qword ptr [rbx + hchan_sendx]
    imul rax, qword ptr [rbx + hchan_elemsize]
    add rax, qword ptr [rbx + hchan_buf]
    mov rdi, rax
    mov rsi, r12
    mov rcx, qword ptr [rbx + hchan_elemsize]
    rep movsb
    mov rax, qword ptr [rbx + hchan_sendx]
    add rax, 0x1
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    jne .Lchansend_sendx
    xor eax, eax
.Lchansend_sendx:
    mov qword ptr [rbx + hchan_sendx], rax
    add qword ptr [rbx + hchan_qcount], 0x1
    jmp .Lchansend_true
.Lchansend_block:
    test r13d, r13d
    jz .Lchansend_false
    # Go: mysg := acquireSudog(); mysg.elem = ep; mysg.g = gp; mysg.c = c; gp.waiting =
    # mysg; gp.param = nil; c.sendq.enqueue(mysg); gopark(..., waitReasonChanSend)
    call runtime.acquireSudog
    mov r13, rax
    mov qword ptr [r13 + sudog_elem], r12
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [r13 + sudog_g], rcx
    mov byte ptr [r13 + sudog_isSelect], 0x0
    mov qword ptr [r13 + sudog_c], rbx
    mov qword ptr [rcx + g_waiting], r13
    mov qword ptr [rcx + g_param], 0x0
    lea rdi, [rbx + hchan_sendq]
    mov rsi, r13
    call runtime.waitq_enqueue
    mov qword ptr [rbp - 0x20], rbx
    mov qword ptr [rbp - 0x28], r13
    lea rdi, [rip + runtime.str_wait_chansend]
    call runtime.gopark
    mov rbx, qword ptr [rbp - 0x20]
    mov r13, qword ptr [rbp - 0x28]
    # Go: gp.waiting = nil; closed := !mysg.success; gp.param = nil; releaseSudog(mysg)
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rcx + g_waiting], 0x0
    mov qword ptr [rcx + g_param], 0x0
    movzx r12d, byte ptr [r13 + sudog_success]
    mov qword ptr [r13 + sudog_c], 0x0
    mov rdi, r13
    call runtime.releaseSudog
    test r12d, r12d
    jnz .Lchansend_true
    cmp qword ptr [rbx + hchan_closed], 0x0
    jne .Lchansend_closed
    lea rdi, [rip + runtime.msg_chansend_spurious]
    call runtime.throwc
.Lchansend_closed:
    lea rdi, [rip + runtime.str_send_closed]
    call runtime.fatalpanic
.Lchansend_true:
    mov eax, 0x1
    jmp .Lchansend_ret
.Lchansend_false:
    xor eax, eax
.Lchansend_ret:
    add rsp, 0x18
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret

# runtime.chan_send(c rdi, sg rsi, ep rdx) (internal; preserves rbx, r12-r15): Go's
# send: the element straight into the receiver's memory (sendDirect), then the
# receiver is readied.
runtime.chan_send:
    mov rax, qword ptr [rsi + sudog_elem]
    test rax, rax
    jz .Lchan_send_ready
    mov r8, rsi
    mov rcx, qword ptr [rdi + hchan_elemsize]
    mov rdi, rax
    mov rsi, rdx
    rep movsb
    mov rsi, r8
    mov qword ptr [rsi + sudog_elem], 0x0
.Lchan_send_ready:
    # Go: gp := sg.g; gp.param = unsafe.Pointer(sg); sg.success = true; goready(gp)
    mov rdi, qword ptr [rsi + sudog_g]
    mov qword ptr [rdi + g_param], rsi
    mov byte ptr [rsi + sudog_success], 0x1
    jmp runtime.goready

# runtime.chanrecv(c rdi, ep rsi, block edx) → rax selected, rdx received (internal;
# preserves rbx, r12, r13): Go's chanrecv. A closed, drained channel gives the zero
# value and received false.
runtime.chanrecv:
    push rbp
    mov rbp, rsp
    push rbx
    push r12
    push r13
    sub rsp, 0x18                       # [rbp-0x20] c, [rbp-0x28] mysg
    mov rbx, rdi
    mov r12, rsi
    mov r13d, edx
    test rbx, rbx
    jnz .Lchanrecv_notnil
    test r13d, r13d
    jz .Lchanrecv_none
    lea rdi, [rip + runtime.str_wait_chanrecv_nil]
    call runtime.gopark
    lea rdi, [rip + runtime.msg_unreachable]
    call runtime.throwc
.Lchanrecv_notnil:
    # Go: if !block && empty(c) { if !closed { return }; if empty(c) { zero *ep; return true, false } }
    test r13d, r13d
    jnz .Lchanrecv_locked
    cmp qword ptr [rbx + hchan_dataqsiz], 0x0
    jne .Lchanrecv_emptybuf
    cmp qword ptr [rbx + hchan_sendq], 0x0
    jne .Lchanrecv_locked
    jmp .Lchanrecv_isempty
.Lchanrecv_emptybuf:
    cmp qword ptr [rbx + hchan_qcount], 0x0
    jne .Lchanrecv_locked
.Lchanrecv_isempty:
    cmp qword ptr [rbx + hchan_closed], 0x0
    je .Lchanrecv_none
    jmp .Lchanrecv_closedempty
.Lchanrecv_locked:
    # Go: if c.closed != 0 { if c.qcount == 0 { zero *ep; return true, false } }
    # else if sg := c.sendq.dequeue(); sg != nil { recv(c, sg, ep); return true, true }
    cmp qword ptr [rbx + hchan_closed], 0x0
    je .Lchanrecv_open
    cmp qword ptr [rbx + hchan_qcount], 0x0
    jne .Lchanrecv_buf
.Lchanrecv_closedempty:
    test r12, r12
    jz .Lchanrecv_zeroed
    mov rdi, r12
    mov rcx, qword ptr [rbx + hchan_elemsize]
    xor eax, eax
    rep stosb
.Lchanrecv_zeroed:
    mov eax, 0x1
    xor edx, edx
    jmp .Lchanrecv_ret
.Lchanrecv_open:
    lea rdi, [rbx + hchan_sendq]
    call runtime.waitq_dequeue
    test rax, rax
    jz .Lchanrecv_buf
    mov rdi, rbx
    mov rsi, rax
    mov rdx, r12
    call runtime.chan_recv
    mov eax, 0x1
    mov edx, 0x1
    jmp .Lchanrecv_ret
.Lchanrecv_buf:
    # Go: if c.qcount > 0 { copy from chanbuf(c, c.recvx), clear it; recvx++; qcount-- }
    cmp qword ptr [rbx + hchan_qcount], 0x0
    je .Lchanrecv_block
    mov r8, qword ptr [rbx + hchan_recvx]
    imul r8, qword ptr [rbx + hchan_elemsize]
    add r8, qword ptr [rbx + hchan_buf]
    test r12, r12
    jz .Lchanrecv_clear
    mov rdi, r12
    mov rsi, r8
    mov rcx, qword ptr [rbx + hchan_elemsize]
    rep movsb
.Lchanrecv_clear:
    mov rdi, r8
    mov rcx, qword ptr [rbx + hchan_elemsize]
    xor eax, eax
    rep stosb
    mov rax, qword ptr [rbx + hchan_recvx]
    add rax, 0x1
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    jne .Lchanrecv_recvx
    xor eax, eax
.Lchanrecv_recvx:
    mov qword ptr [rbx + hchan_recvx], rax
    sub qword ptr [rbx + hchan_qcount], 0x1
    mov eax, 0x1
    mov edx, 0x1
    jmp .Lchanrecv_ret
.Lchanrecv_block:
    test r13d, r13d
    jz .Lchanrecv_none
    call runtime.acquireSudog
    mov r13, rax
    mov qword ptr [r13 + sudog_elem], r12
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [r13 + sudog_g], rcx
    mov byte ptr [r13 + sudog_isSelect], 0x0
    mov qword ptr [r13 + sudog_c], rbx
    mov qword ptr [rcx + g_waiting], r13
    mov qword ptr [rcx + g_param], 0x0
    lea rdi, [rbx + hchan_recvq]
    mov rsi, r13
    call runtime.waitq_enqueue
    mov qword ptr [rbp - 0x20], rbx
    mov qword ptr [rbp - 0x28], r13
    lea rdi, [rip + runtime.str_wait_chanrecv]
    call runtime.gopark
    mov rbx, qword ptr [rbp - 0x20]
    mov r13, qword ptr [rbp - 0x28]
    # Go: gp.waiting = nil; success := mysg.success; gp.param = nil; releaseSudog(mysg)
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov qword ptr [rcx + g_waiting], 0x0
    mov qword ptr [rcx + g_param], 0x0
    movzx r12d, byte ptr [r13 + sudog_success]
    mov qword ptr [r13 + sudog_c], 0x0
    mov rdi, r13
    call runtime.releaseSudog
    mov eax, 0x1
    mov edx, r12d
    jmp .Lchanrecv_ret
.Lchanrecv_none:
    xor eax, eax
    xor edx, edx
.Lchanrecv_ret:
    add rsp, 0x18
    pop r13
    pop r12
    pop rbx
    pop rbp
    ret

# runtime.chan_recv(c rdi, sg rsi, ep rdx) (internal; preserves rbx, r12-r15): Go's recv
# from a blocked sender: unbuffered, straight from the sender's memory; buffered (then
# full), the head of the buffer to ep and the sender's element into its slot.
runtime.chan_recv:
    push rbx
    push r12
    push r13
    mov rbx, rdi
    mov r12, rsi
    mov r13, rdx
    cmp qword ptr [rbx + hchan_dataqsiz], 0x0
    jne .Lchan_recv_buffered
    test r13, r13
    jz .Lchan_recv_done
    mov rdi, r13
    mov rsi, qword ptr [r12 + sudog_elem]
    mov rcx, qword ptr [rbx + hchan_elemsize]
    rep movsb
    jmp .Lchan_recv_done
.Lchan_recv_buffered:
    mov r8, qword ptr [rbx + hchan_recvx]
    imul r8, qword ptr [rbx + hchan_elemsize]
    add r8, qword ptr [rbx + hchan_buf]
    test r13, r13
    jz .Lchan_recv_slot
    mov rdi, r13
    mov rsi, r8
    mov rcx, qword ptr [rbx + hchan_elemsize]
    rep movsb
.Lchan_recv_slot:
    mov rdi, r8
    mov rsi, qword ptr [r12 + sudog_elem]
    mov rcx, qword ptr [rbx + hchan_elemsize]
    rep movsb
    mov rax, qword ptr [rbx + hchan_recvx]
    add rax, 0x1
    cmp rax, qword ptr [rbx + hchan_dataqsiz]
    jne .Lchan_recv_recvx
    xor eax, eax
.Lchan_recv_recvx:
    mov qword ptr [rbx + hchan_recvx], rax
    mov qword ptr [rbx + hchan_sendx], rax
.Lchan_recv_done:
    mov qword ptr [r12 + sudog_elem], 0x0
    mov rdi, qword ptr [r12 + sudog_g]
    mov qword ptr [rdi + g_param], r12
    mov byte ptr [r12 + sudog_success], 0x1
    pop r13
    pop r12
    pop rbx
    jmp runtime.goready

# runtime.closechan(c rax) (register ABI): Go's closechan: "close of nil channel",
# "close of closed channel"; every waiting receiver gets the zero value, every waiting
# sender will panic; they are readied in the order Go's gList gives (the last dequeued
# first).
runtime.closechan:
    push rbp
    mov rbp, rsp
    mov rbx, rax
    test rbx, rbx
    jnz .Lclosechan_notnil
    lea rdi, [rip + runtime.str_close_nil]
    call runtime.fatalpanic
.Lclosechan_notnil:
    cmp qword ptr [rbx + hchan_closed], 0x0
    je .Lclosechan_open
    lea rdi, [rip + runtime.str_close_closed]
    call runtime.fatalpanic
.Lclosechan_open:
    mov qword ptr [rbx + hchan_closed], 0x1
    xor r12d, r12d                      # glist
.Lclosechan_readers:
    lea rdi, [rbx + hchan_recvq]
    call runtime.waitq_dequeue
    test rax, rax
    jz .Lclosechan_writers
    mov r13, rax
    mov rdi, qword ptr [r13 + sudog_elem]
    test rdi, rdi
    jz .Lclosechan_reader
    mov rcx, qword ptr [rbx + hchan_elemsize]
    xor eax, eax
    rep stosb
    mov qword ptr [r13 + sudog_elem], 0x0
.Lclosechan_reader:
    mov rax, qword ptr [r13 + sudog_g]
    mov qword ptr [rax + g_param], r13
    mov byte ptr [r13 + sudog_success], 0x0
    mov qword ptr [rax + g_schedlink], r12
    mov r12, rax
    jmp .Lclosechan_readers
.Lclosechan_writers:
    lea rdi, [rbx + hchan_sendq]
    call runtime.waitq_dequeue
    test rax, rax
    jz .Lclosechan_ready
    mov qword ptr [rax + sudog_elem], 0x0
    mov rcx, qword ptr [rax + sudog_g]
    mov qword ptr [rcx + g_param], rax
    mov byte ptr [rax + sudog_success], 0x0
    mov qword ptr [rcx + g_schedlink], r12
    mov r12, rcx
    jmp .Lclosechan_writers
.Lclosechan_ready:
    # Go: for !glist.empty() { gp := glist.pop(); gp.schedlink = 0; goready(gp, 3) }
    test r12, r12
    jz .Lclosechan_done
    mov rdi, r12
    mov r12, qword ptr [rdi + g_schedlink]
    mov qword ptr [rdi + g_schedlink], 0x0
    call runtime.goready
    jmp .Lclosechan_ready
.Lclosechan_done:
    pop rbp
    ret

# runtime.waitq_enqueue(q rdi, sg rsi) (internal; changes only rax): Go's waitq.enqueue.
runtime.waitq_enqueue:
    mov qword ptr [rsi + sudog_next], 0x0
    mov rax, qword ptr [rdi + waitq_last]
    test rax, rax
    jnz .Lenqueue_tail
    mov qword ptr [rsi + sudog_prev], 0x0
    mov qword ptr [rdi + waitq_first], rsi
    mov qword ptr [rdi + waitq_last], rsi
    ret
.Lenqueue_tail:
    mov qword ptr [rsi + sudog_prev], rax
    mov qword ptr [rax + sudog_next], rsi
    mov qword ptr [rdi + waitq_last], rsi
    ret

# runtime.waitq_dequeue(q rdi) → rax sg or 0 (internal; changes rax, rcx, rdx): Go's
# waitq.dequeue: a select's sudog whose select another case has already won is skipped
# (g.selectDone: Go's CompareAndSwap(0, 1)).
runtime.waitq_dequeue:
    mov rax, qword ptr [rdi + waitq_first]
    test rax, rax
    jz .Ldequeue_done
    mov rcx, qword ptr [rax + sudog_next]
    test rcx, rcx
    jnz .Ldequeue_more
    mov qword ptr [rdi + waitq_first], 0x0
    mov qword ptr [rdi + waitq_last], 0x0
    jmp .Ldequeue_got
.Ldequeue_more:
    mov qword ptr [rcx + sudog_prev], 0x0
    mov qword ptr [rdi + waitq_first], rcx
    mov qword ptr [rax + sudog_next], 0x0
.Ldequeue_got:
    cmp byte ptr [rax + sudog_isSelect], 0x0
    je .Ldequeue_done
    mov rdx, qword ptr [rax + sudog_g]
    cmp qword ptr [rdx + g_selectDone], 0x0
    jne runtime.waitq_dequeue
    mov qword ptr [rdx + g_selectDone], 0x1
.Ldequeue_done:
    ret

# runtime.waitq_dequeueSudoG(q rdi, sg rsi) (internal; changes rax, rcx): Go's
# waitq.dequeueSudoG: sg out of q, wherever it is (or nothing, when it is not in q).
runtime.waitq_dequeueSudoG:
    mov rax, qword ptr [rsi + sudog_prev]
    mov rcx, qword ptr [rsi + sudog_next]
    test rax, rax
    jz .LdequeueSudoG_first
    test rcx, rcx
    jz .LdequeueSudoG_last
    mov qword ptr [rax + sudog_next], rcx
    mov qword ptr [rcx + sudog_prev], rax
    mov qword ptr [rsi + sudog_next], 0x0
    mov qword ptr [rsi + sudog_prev], 0x0
    ret
.LdequeueSudoG_last:
    mov qword ptr [rax + sudog_next], 0x0
    mov qword ptr [rdi + waitq_last], rax
    mov qword ptr [rsi + sudog_prev], 0x0
    ret
.LdequeueSudoG_first:
    test rcx, rcx
    jz .LdequeueSudoG_only
    mov qword ptr [rcx + sudog_prev], 0x0
    mov qword ptr [rdi + waitq_first], rcx
    mov qword ptr [rsi + sudog_next], 0x0
    ret
.LdequeueSudoG_only:
    cmp qword ptr [rdi + waitq_first], rsi
    jne .LdequeueSudoG_done
    mov qword ptr [rdi + waitq_first], 0x0
    mov qword ptr [rdi + waitq_last], 0x0
.LdequeueSudoG_done:
    ret

# runtime.acquireSudog() → rax (internal; preserves rbx, r12-r15): Go's acquireSudog: a
# sudog from the cache (one list: one P), else a new one.
runtime.acquireSudog:
    mov rax, qword ptr [rip + runtime.sudogcache]
    test rax, rax
    jz .LacquireSudog_new
    mov rcx, qword ptr [rax + sudog_next]
    mov qword ptr [rip + runtime.sudogcache], rcx
    mov qword ptr [rax + sudog_next], 0x0
    ret
.LacquireSudog_new:
    mov edi, sudog_size
    jmp runtime.mallocgc_rdi

# runtime.releaseSudog(s rdi) (internal; changes only rax): Go's releaseSudog: back to
# the cache, its fields cleared.
runtime.releaseSudog:
    mov qword ptr [rdi + sudog_g], 0x0
    mov qword ptr [rdi + sudog_prev], 0x0
    mov qword ptr [rdi + sudog_elem], 0x0
    mov qword ptr [rdi + sudog_c], 0x0
    mov qword ptr [rdi + sudog_waitlink], 0x0
    mov word ptr [rdi + sudog_isSelect], 0x0
    mov rax, qword ptr [rip + runtime.sudogcache]
    mov qword ptr [rdi + sudog_next], rax
    mov qword ptr [rip + runtime.sudogcache], rdi
    ret

# runtime.goready(gp rdi) (internal; preserves rbx, r12-r15): Go's goready/ready:
# Gwaiting -> Grunnable, runqput(pp, gp, next=true) (wakep finds no other M here).
runtime.goready:
    mov qword ptr [rdi + g_status], const__Grunnable
    mov qword ptr [rdi + g_waitreason], 0x0
    mov rsi, rdi
    mov rcx, qword ptr fs:[0xfffffffffffffff8]
    mov rcx, qword ptr [rcx + g_m]
    mov rdi, qword ptr [rcx + m_p]
    mov edx, 0x1
    jmp runtime.runqput

# runtime.block() (register ABI): Go's block, for `select {}`: park for ever.
runtime.block:
    lea rdi, [rip + runtime.str_wait_select_nocases]
    call runtime.gopark
    lea rdi, [rip + runtime.msg_unreachable]
    call runtime.throwc
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

# runtime.fatal(msg rdi): Go's fatal (a throw of the user kind) on g0, where checkdead
# runs: "fatal error: MSG", then dopanic_m's traceback at the default level: from g0,
# every other goroutine (tracebackothers): for each G of allgs that is neither dead nor a
# system goroutine, a blank line and its header, "goroutine N [WAIT REASON]:" (", locked
# to thread" for the main goroutine while package initialization runs, which Go's
# runtime.main locks to m0). rt0gen prints no frames. Then exit(2).
runtime.fatal:
    push rbx
    mov rbx, rdi
    call runtime.startpanic
    lea rdi, [rip + runtime.str_fatal]
    call runtime.prints
    mov rdi, rbx
    call runtime.prints
    call runtime.printnl_rdi
    mov rbx, qword ptr [rip + runtime.allgs]
.Lfatal_next:
    test rbx, rbx
    jz .Lfatal_exit
    cmp qword ptr [rbx + g_status], const__Gdead
    je .Lfatal_skip
    mov rdi, rbx
    call runtime.isSystemGoroutine
    test eax, eax
    jnz .Lfatal_skip
    call runtime.printnl_rdi
    mov rdi, rbx
    call runtime.goroutineheader1
.Lfatal_skip:
    mov rbx, qword ptr [rbx + g_alllink]
    jmp .Lfatal_next
.Lfatal_exit:
    call runtime.fatalexit
    int3                            # not reached; ends the chunk (dead code: docs/ABI.md)

# runtime.goroutineheader1(gp rdi): Go's goroutineheader at the default traceback level:
# "goroutine N [STATUS]:", the status being the wait reason of a waiting G.
runtime.goroutineheader1:
    push rbx
    mov rbx, rdi
    lea rdi, [rip + runtime.str_goroutine]
    call runtime.prints
    mov rdi, qword ptr [rbx + g_goid]
    call runtime.printu
    lea rdi, [rip + runtime.str_lbracket]
    call runtime.prints
    mov rax, qword ptr [rbx + g_status]
    cmp rax, const__Gwaiting
    jne .Lgheader1_status
    mov rdi, qword ptr [rbx + g_waitreason]
    test rdi, rdi
    jnz .Lgheader1_print
.Lgheader1_status:
    cmp rax, const__Gdead
    jbe .Lgheader1_known
    mov eax, const__Gdead
.Lgheader1_known:
    lea rcx, [rip + runtime.gstatusnames]
    mov rdi, qword ptr [rcx + rax*0x8]
.Lgheader1_print:
    call runtime.prints
    # Go: if gp.lockedm != 0 { print(", locked to thread") }
    cmp qword ptr [rbx + g_goid], 0x1
    jne .Lgheader1_end
    cmp byte ptr [rip + runtime.main_init_done], 0x0
    jne .Lgheader1_end
    lea rdi, [rip + runtime.str_locked]
    call runtime.prints
.Lgheader1_end:
    lea rdi, [rip + runtime.str_rbracket]
    call runtime.prints
    pop rbx
    ret

.section .rodata
runtime.str_makechan_range:
    .ascii "panic: makechan: size out of range"
    .byte 0xa, 0x0
runtime.str_send_closed:
    .ascii "panic: send on closed channel"
    .byte 0xa, 0x0
runtime.str_close_nil:
    .ascii "panic: close of nil channel"
    .byte 0xa, 0x0
runtime.str_close_closed:
    .ascii "panic: close of closed channel"
    .byte 0xa, 0x0
runtime.msg_unreachable:
    .ascii "unreachable"
    .byte 0x0
runtime.msg_chansend_spurious:
    .ascii "chansend: spurious wakeup"
    .byte 0x0
runtime.msg_nogoroutines:
    .ascii "no goroutines (main called runtime.Goexit) - deadlock!"
    .byte 0x0
runtime.str_locked:
    .ascii ", locked to thread"
    .byte 0x0
# Go's waitReasonStrings used here.
runtime.str_wait_chansend_nil:
    .ascii "chan send (nil chan)"
    .byte 0x0
runtime.str_wait_chanrecv_nil:
    .ascii "chan receive (nil chan)"
    .byte 0x0
runtime.str_wait_chansend:
    .ascii "chan send"
    .byte 0x0
runtime.str_wait_chanrecv:
    .ascii "chan receive"
    .byte 0x0
runtime.str_wait_select:
    .ascii "select"
    .byte 0x0
runtime.str_wait_select_nocases:
    .ascii "select (no cases)"
    .byte 0x0
runtime.str_wait_updater:
    .ascii "GOMAXPROCS updater (idle)"
    .byte 0x0
runtime.str_wait_finalizer:
    .ascii "finalizer wait"
    .byte 0x0

.bss
.p2align 0x3
runtime.sudogcache:
    .skip 0x8
