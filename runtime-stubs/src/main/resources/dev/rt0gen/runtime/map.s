# map.s: Go's maps (Go's runtime/map.go and internal/runtime/maps), much simplified.
#
# Go (1.24 on) keeps a map as Swiss tables: groups of 8 slots with control bytes, split
# into tables of at most 1024 slots that grow one at a time, hashed with AES and a seed per
# map. rt0gen keeps a map (hmap, defs.s) as a compact table: its entries in insertion
# order in one array (hash word, key, element; a deleted entry's hash word is 0) and an
# open-addressing index of 2*cap uint32 slots (linear probing, at most half full) naming
# them. An insert into a full array rebuilds both: twice the size when at least half the
# entries are live, the same size otherwise (the deleted ones are left out), so every
# operation is amortized O(1). Memory is never freed (malloc.s); a rebuilt map leaves
# its old arrays as they were, which iterators rely on (runtime.mapiternext).
#
# The hash is a multiply-rotate hash of the key's bytes with a random seed per map (Go:
# memhash/aeshash with h.seed), so iteration order and layout differ between runs.
# How a key is hashed and compared is its descriptor's key kind (maptype, defs.s,
# docs/ABI.md): plain memory, a string's bytes, float64/float32 (+0 == -0, NaN != NaN:
# a NaN gets a random hash, as Go's f64hash, and every insert of NaN a new entry), or a
# table of parts of those kinds (a struct with a string field).
#
# Entry points take Go's register ABI (docs/ABI.md), keys and elements by address; the
# helpers take rdi, rsi, rdx, rcx and keep rbx, rbp, r12-r15 (defs.s).

.text

# runtime.makemap_small() → rax h (register ABI). Go's makemap_small (make(map[k]v) with
# no hint or a small one): an empty map with a random seed. Here nothing else is
# allocated until the first insert (Go allocates no group either); the entry layout comes
# from the descriptor then (runtime.maprebuild).
runtime.makemap_small:
    push rbp
    mov rbp, rsp
    mov edi, hmap_size
    call runtime.mallocgc_rdi
    mov rbx, rax
    call runtime.rand
    mov qword ptr [rbx + hmap_seed], rax
    mov rax, rbx
    pop rbp
    ret

# runtime.makemap(t rax, hint rbx) → rax h (register ABI). Go's makemap: a negative hint
# counts as 0 (Go 1.26 has no "makemap: size out of range" panic any more: make(map[k]v,
# -1) is an empty map), and a hint too large to allocate gives an empty map that grows as
# needed (Go: NewMap's overflow and maxAlloc checks); here "too large" is above 2^32.
# Otherwise room for hint entries, a power of two, is allocated up front.
runtime.makemap:
    push rbp
    mov rbp, rsp
    mov r12, rax
    mov r13, rbx
    call runtime.makemap_small
    cmp r13, MAP_MINCAP
    jle .Lmakemap_done
    mov rcx, MAP_HINTMAX
    cmp r13, rcx
    ja .Lmakemap_done
    mov rbx, rax
    lea rcx, [r13 - 0x1]
    bsr rcx, rcx
    mov edx, 0x2
    shl rdx, cl                         # the least power of two >= hint
    mov rdi, r12
    mov rsi, rbx
    call runtime.maprebuild
    mov rax, rbx
.Lmakemap_done:
    pop rbp
    ret

# runtime.mapaccess1(t rax, h rbx, key rcx) → rax elem (register ABI). Go's mapaccess1:
# the address of h[key]'s element, or of a zeroed area when the key is absent or h is nil
# or empty (Go: &zeroVal, 1024 bytes; mapaccess1_fat with a zero area of the compiler's
# beyond that; here t.zero when the compiler set it, else runtime.zeroVal). The same
# as mapaccess2, whose second result is left in rbx.
runtime.mapaccess1:
    jmp runtime.mapaccess2

# runtime.mapaccess2(t rax, h rbx, key rcx) → rax elem, rbx ok (register ABI). Go's
# mapaccess2: mapaccess1's address and whether the key is present.
runtime.mapaccess2:
    test rbx, rbx
    jz .Lmapaccess_zero
    cmp qword ptr [rbx + hmap_count], 0x0
    je .Lmapaccess_zero
    push rbp
    mov rbp, rsp
    mov r12, rax
    mov rdi, rax
    mov rsi, rbx
    mov rdx, rcx
    call runtime.mapfind
    test rax, rax
    jz .Lmapaccess_absent
    add rax, qword ptr [rbx + hmap_elemoff]
    mov ebx, 0x1
    pop rbp
    ret
.Lmapaccess_absent:
    mov rax, r12
    pop rbp
.Lmapaccess_zero:
    xor ebx, ebx
    mov rax, qword ptr [rax + maptype_zero]
    test rax, rax
    jnz .Lmapaccess_ret
    lea rax, [rip + runtime.zeroVal]
.Lmapaccess_ret:
    ret

# runtime.mapassign(t rax, h rbx, key rcx) → rax elem (register ABI). Go's mapassign: the
# address of h[key]'s element, inserting the key with a zeroed element when it is absent
# (the compiler stores the value through it). A present key is overwritten with the new
# one, as Go does for keys that need it (t.NeedKeyUpdate: +0 replaced by -0, a string by
# an equal one); here every key is. A nil map: Go's
# panic(plainError("assignment to entry in nil map")), exit 2 (never returns).
runtime.mapassign:
    test rbx, rbx
    jz .Lmapassign_nil
    push rbp
    mov rbp, rsp
    sub rsp, 0x10                       # [rsp]: the hash word
    mov r12, rax
    mov r13, rcx
    mov rdi, rax
    mov rsi, rbx
    mov rdx, rcx
    call runtime.mapfind
    test rax, rax
    jz .Lmapassign_new
    mov rdx, rax
    lea rdi, [rax + 0x8]
    mov rsi, r13
    mov rcx, qword ptr [r12 + maptype_keysize]
    rep movsb
    mov rax, rdx
    add rax, qword ptr [rbx + hmap_elemoff]
    leave
    ret
.Lmapassign_new:
    mov qword ptr [rsp], rdx
    mov rax, qword ptr [rbx + hmap_used]
    mov rdx, qword ptr [rbx + hmap_cap]
    cmp rax, rdx
    jb .Lmapassign_room
    # full: rebuild, twice as large when at least half the entries are live
    test rdx, rdx
    jnz .Lmapassign_grow
    mov edx, MAP_MINCAP
    jmp .Lmapassign_rebuild
.Lmapassign_grow:
    mov rax, qword ptr [rbx + hmap_count]
    add rax, rax
    cmp rax, rdx
    jb .Lmapassign_rebuild
    add rdx, rdx
.Lmapassign_rebuild:
    mov rdi, r12
    mov rsi, rbx
    call runtime.maprebuild
.Lmapassign_room:
    mov rcx, qword ptr [rbx + hmap_index]
    mov rdx, qword ptr [rbx + hmap_mask]
    mov rax, qword ptr [rsp]
    and rax, rdx
.Lmapassign_probe:
    cmp dword ptr [rcx + rax*0x4], 0x0
    je .Lmapassign_slot
    add rax, 0x1
    and rax, rdx
    jmp .Lmapassign_probe
.Lmapassign_slot:
    mov r8, qword ptr [rbx + hmap_used]
    lea r9, [r8 + 0x1]
    mov dword ptr [rcx + rax*0x4], r9d
    mov qword ptr [rbx + hmap_used], r9
    add qword ptr [rbx + hmap_count], 0x1
    imul r8, qword ptr [rbx + hmap_entrysize]
    add r8, qword ptr [rbx + hmap_entries]
    mov rax, qword ptr [rsp]
    mov qword ptr [r8], rax
    lea rdi, [r8 + 0x8]
    mov rsi, r13
    mov rcx, qword ptr [r12 + maptype_keysize]
    rep movsb                           # the element is zero: fresh or cleared memory
    mov rax, r8
    add rax, qword ptr [rbx + hmap_elemoff]
    leave
    ret
.Lmapassign_nil:
    lea rdi, [rip + runtime.str_nilmap]
    jmp runtime.fatalpanic

# runtime.mapdelete(t rax, h rbx, key rcx) (register ABI). Go's mapdelete: removes the
# key if present (a nil or empty map, or an absent key: nothing). The entry's hash word
# becomes 0 and its key and element are cleared (Go clears them for the GC too); its
# place and index slot stay taken until the next rebuild.
runtime.mapdelete:
    test rbx, rbx
    jz .Lmapdelete_ret
    cmp qword ptr [rbx + hmap_count], 0x0
    je .Lmapdelete_ret
    push rbp
    mov rbp, rsp
    mov rdi, rax
    mov rsi, rbx
    mov rdx, rcx
    call runtime.mapfind
    test rax, rax
    jz .Lmapdelete_done
    mov qword ptr [rax], 0x0
    lea rdi, [rax + 0x8]
    mov rcx, qword ptr [rbx + hmap_entrysize]
    sub rcx, 0x8
    xor eax, eax
    rep stosb
    sub qword ptr [rbx + hmap_count], 0x1
.Lmapdelete_done:
    pop rbp
.Lmapdelete_ret:
    ret

# runtime.mapclear(t rax, h rbx) (register ABI). Go's mapclear (clear(m)): every entry
# goes, the map keeps its size, and gets a new seed (as Go's Clear). The entries and the
# index are zeroed in place; clearseq tells running iterations to stop (Go's clearSeq).
runtime.mapclear:
    test rbx, rbx
    jz .Lmapclear_ret
    mov rdi, qword ptr [rbx + hmap_entries]
    test rdi, rdi
    jz .Lmapclear_reset
    mov rcx, qword ptr [rbx + hmap_used]
    imul rcx, qword ptr [rbx + hmap_entrysize]
    xor eax, eax
    rep stosb
    mov rdi, qword ptr [rbx + hmap_index]
    mov rcx, qword ptr [rbx + hmap_mask]
    lea rcx, [rcx*0x4 + 0x4]
    rep stosb
.Lmapclear_reset:
    mov qword ptr [rbx + hmap_count], 0x0
    mov qword ptr [rbx + hmap_used], 0x0
    add qword ptr [rbx + hmap_clearseq], 0x1
    call runtime.rand
    mov qword ptr [rbx + hmap_seed], rax
.Lmapclear_ret:
    ret

# runtime.mapiterinit(t rax, h rbx, it rcx) (register ABI). Go's mapiterinit: starts an
# iteration over h in it (MAP_HITER_SIZE bytes, allocated by the compiler; every field is
# set here) and moves to the first entry (mapiternext). Like Go's, the start is random
# (here an entry chosen with runtime.rand; the entries follow in insertion order from
# there, wrapping around), so programs cannot depend on the order.
runtime.mapiterinit:
    mov qword ptr [rcx + hiter_t], rax
    mov qword ptr [rcx + hiter_h], rbx
    mov qword ptr [rcx + hiter_key], 0x0
    mov qword ptr [rcx + hiter_elem], 0x0
    mov qword ptr [rcx + hiter_i], 0x0
    mov qword ptr [rcx + hiter_n], 0x0
    mov qword ptr [rcx + hiter_start], 0x0
    test rbx, rbx
    jz .Lmapiterinit_ret
    mov rax, qword ptr [rbx + hmap_entries]
    mov qword ptr [rcx + hiter_entries], rax
    mov rax, qword ptr [rbx + hmap_clearseq]
    mov qword ptr [rcx + hiter_clearseq], rax
    mov rax, qword ptr [rbx + hmap_used]
    mov qword ptr [rcx + hiter_n], rax
    test rax, rax
    jz .Lmapiterinit_ret
    mov r12, rcx
    mov r13, rax
    call runtime.rand
    xor edx, edx
    div r13
    mov qword ptr [r12 + hiter_start], rdx
    mov rax, r12
    jmp runtime.mapiternext
.Lmapiterinit_ret:
    ret

# runtime.mapiternext(it rax) (register ABI). Go's mapiternext: moves it to the next
# entry (it.key, it.elem) or ends the iteration (it.key = 0). Go's guarantees hold: every
# entry present for the whole iteration comes exactly once; one deleted before it is
# reached does not come; one added during the iteration may come or not (here: not);
# after clear(m) none comes. The iteration walks the entry array current at
# mapiterinit, in place while the map still uses it. Once the map has rebuilt (grown),
# that array stays as it was at the rebuild and the walk goes on over it, looking each
# key up in the map as it is now (as Go's iterator does after a grow): a key deleted
# since is skipped, and the element comes from the current entry. A key not equal to
# itself (NaN) cannot be looked up and comes from the old array, as in Go.
runtime.mapiternext:
    push rbp
    mov rbp, rsp
    mov rbx, rax
.Lmapiternext_loop:
    mov rcx, qword ptr [rbx + hiter_i]
    cmp rcx, qword ptr [rbx + hiter_n]
    jae .Lmapiternext_done
    mov r12, qword ptr [rbx + hiter_h]
    mov rax, qword ptr [r12 + hmap_clearseq]
    cmp rax, qword ptr [rbx + hiter_clearseq]
    jne .Lmapiternext_done
    mov rax, qword ptr [rbx + hiter_start]
    add rax, rcx
    add rcx, 0x1
    mov qword ptr [rbx + hiter_i], rcx
    cmp rax, qword ptr [rbx + hiter_n]
    jb .Lmapiternext_at
    sub rax, qword ptr [rbx + hiter_n]
.Lmapiternext_at:
    imul rax, qword ptr [r12 + hmap_entrysize]
    add rax, qword ptr [rbx + hiter_entries]
    cmp qword ptr [rax], 0x0
    je .Lmapiternext_loop               # deleted
    mov r13, rax
    mov rax, qword ptr [rbx + hiter_entries]
    cmp rax, qword ptr [r12 + hmap_entries]
    jne .Lmapiternext_rebuilt
.Lmapiternext_produce:
    lea rax, [r13 + 0x8]
    mov qword ptr [rbx + hiter_key], rax
    mov rax, r13
    add rax, qword ptr [r12 + hmap_elemoff]
    mov qword ptr [rbx + hiter_elem], rax
    pop rbp
    ret
.Lmapiternext_rebuilt:
    mov rdi, qword ptr [rbx + hiter_t]
    mov rsi, r12
    lea rdx, [r13 + 0x8]
    call runtime.mapfind
    test rax, rax
    jz .Lmapiternext_gone
    mov r13, rax
    jmp .Lmapiternext_produce
.Lmapiternext_gone:
    mov rdi, qword ptr [rbx + hiter_t]
    lea rsi, [r13 + 0x8]
    mov rdx, rsi
    call runtime.mapkeyequal
    test eax, eax
    jz .Lmapiternext_produce            # NaN: it cannot have been deleted (only cleared)
    jmp .Lmapiternext_loop
.Lmapiternext_done:
    mov qword ptr [rbx + hiter_key], 0x0
    mov qword ptr [rbx + hiter_elem], 0x0
    pop rbp
    ret

# runtime.mapfind(t rdi, h rsi, key rdx) → rax entry or 0, rdx hash word (internal; h is
# not nil). Go's table.getWithKey: the key's hash (top bit set: a live entry's hash word),
# then the index probed linearly from hash & mask until an empty slot; an entry matches
# when its hash word and then its key are equal.
runtime.mapfind:
    push rbx
    push r12
    push r13
    sub rsp, 0x20                       # [rsp] hash word, [rsp+8] slot, [rsp+0x10] entry
    mov rbx, rdi
    mov r12, rsi
    mov r13, rdx
    mov rsi, rdx
    mov rdx, qword ptr [r12 + hmap_seed]
    call runtime.mapkeyhash
    bts rax, MAPENTRY_LIVE
    mov qword ptr [rsp], rax
    cmp qword ptr [r12 + hmap_cap], 0x0
    je .Lmapfind_absent
    and rax, qword ptr [r12 + hmap_mask]
.Lmapfind_probe:
    mov qword ptr [rsp + 0x8], rax
    mov rcx, qword ptr [r12 + hmap_index]
    mov ecx, dword ptr [rcx + rax*0x4]
    test ecx, ecx
    jz .Lmapfind_absent
    sub rcx, 0x1
    imul rcx, qword ptr [r12 + hmap_entrysize]
    add rcx, qword ptr [r12 + hmap_entries]
    mov rax, qword ptr [rsp]
    cmp qword ptr [rcx], rax
    jne .Lmapfind_next
    mov qword ptr [rsp + 0x10], rcx
    mov rdi, rbx
    mov rsi, r13
    lea rdx, [rcx + 0x8]
    call runtime.mapkeyequal
    test eax, eax
    jz .Lmapfind_next
    mov rax, qword ptr [rsp + 0x10]
    jmp .Lmapfind_out
.Lmapfind_next:
    mov rax, qword ptr [rsp + 0x8]
    add rax, 0x1
    and rax, qword ptr [r12 + hmap_mask]
    jmp .Lmapfind_probe
.Lmapfind_absent:
    xor eax, eax
.Lmapfind_out:
    mov rdx, qword ptr [rsp]
    add rsp, 0x20
    pop r13
    pop r12
    pop rbx
    ret

# runtime.maprebuild(t rdi, h rsi, cap rdx) (internal). Go's table grow/rehash: new entry
# and index arrays for cap entries (the first time, the entry layout from t), the live
# entries copied over in order and indexed by their hash words. The old arrays are left
# as they are (iterators may still walk them).
runtime.maprebuild:
    push rbx
    push r12
    push r13
    sub rsp, 0x10                       # [rsp] cap
    mov rbx, rsi
    mov qword ptr [rsp], rdx
    cmp qword ptr [rbx + hmap_entrysize], 0x0
    jne .Lmaprebuild_alloc
    mov rax, qword ptr [rdi + maptype_keysize]
    add rax, 0xf                        # 8 for the hash word, keysize rounded up to 8
    and rax, 0xfffffffffffffff8
    mov qword ptr [rbx + hmap_elemoff], rax
    mov rcx, qword ptr [rdi + maptype_elemsize]
    add rcx, 0x7
    and rcx, 0xfffffffffffffff8
    add rax, rcx
    mov qword ptr [rbx + hmap_entrysize], rax
.Lmaprebuild_alloc:
    mov rdi, qword ptr [rsp]
    imul rdi, qword ptr [rbx + hmap_entrysize]
    call runtime.mallocgc_rdi
    mov r12, rax
    mov rdi, qword ptr [rsp]
    shl rdi, 0x3                        # 2*cap uint32 slots
    call runtime.mallocgc_rdi
    mov r13, rax
    mov r8, qword ptr [rsp]
    add r8, r8
    sub r8, 0x1                         # the mask
    mov rsi, qword ptr [rbx + hmap_entries]
    mov r9, qword ptr [rbx + hmap_used]
    mov rdi, r12
    xor r10d, r10d                      # entries copied
    mov r11, qword ptr [rbx + hmap_entrysize]
.Lmaprebuild_loop:
    test r9, r9
    jz .Lmaprebuild_done
    sub r9, 0x1
    mov rax, qword ptr [rsi]
    test rax, rax
    jnz .Lmaprebuild_live
    add rsi, r11
    jmp .Lmaprebuild_loop
.Lmaprebuild_live:
    and rax, r8
.Lmaprebuild_probe:
    cmp dword ptr [r13 + rax*0x4], 0x0
    je .Lmaprebuild_slot
    add rax, 0x1
    and rax, r8
    jmp .Lmaprebuild_probe
.Lmaprebuild_slot:
    add r10, 0x1
    mov dword ptr [r13 + rax*0x4], r10d
    mov rcx, r11
    rep movsb
    jmp .Lmaprebuild_loop
.Lmaprebuild_done:
    mov qword ptr [rbx + hmap_entries], r12
    mov qword ptr [rbx + hmap_index], r13
    mov qword ptr [rbx + hmap_mask], r8
    mov qword ptr [rbx + hmap_used], r10
    mov rax, qword ptr [rsp]
    mov qword ptr [rbx + hmap_cap], rax
    add rsp, 0x10
    pop r13
    pop r12
    pop rbx
    ret

# runtime.mapkeyhash(t rdi, key rsi, seed rdx) → rax (internal). Go's t.Hasher: the hash
# of the key by its kind; a MAPKEY_PARTS key hashes its parts in order, each seeded with
# the hash so far.
runtime.mapkeyhash:
    mov rax, qword ptr [rdi + maptype_keykind]
    cmp rax, MAPKEY_PARTS
    je .Lmapkeyhash_parts
    ja .Lmapkeyhash_iface
    mov rcx, rdx
    mov rdx, qword ptr [rdi + maptype_keysize]
    mov rdi, rax
    jmp runtime.mapkindhash
.Lmapkeyhash_iface:
    jmp runtime.mapifacehash
.Lmapkeyhash_parts:
    push rbx
    push r12
    push r13
    lea rbx, [rdi + maptype_parts]
    mov r12, qword ptr [rdi + maptype_nparts]
    mov r13, rsi
    mov rax, rdx
.Lmapkeyhash_part:
    test r12, r12
    jz .Lmapkeyhash_done
    mov rcx, rax
    mov rdi, qword ptr [rbx + mappart_kind]
    mov rsi, r13
    add rsi, qword ptr [rbx + mappart_offset]
    mov rdx, qword ptr [rbx + mappart_size]
    call runtime.mapkindhash
    add rbx, mappart_stride
    sub r12, 0x1
    jmp .Lmapkeyhash_part
.Lmapkeyhash_done:
    pop r13
    pop r12
    pop rbx
    ret

# runtime.mapkeyequal(t rdi, k1 rsi, k2 rdx) → eax 1 or 0 (internal). Go's t.Key.Equal:
# by the key's kind; a MAPKEY_PARTS key is equal when every part is.
runtime.mapkeyequal:
    mov rax, qword ptr [rdi + maptype_keykind]
    cmp rax, MAPKEY_PARTS
    je .Lmapkeyequal_parts
    ja .Lmapkeyequal_iface
    mov rcx, qword ptr [rdi + maptype_keysize]
    mov rdi, rax
    jmp runtime.mapkindequal
.Lmapkeyequal_iface:
    jmp runtime.mapifaceequal
.Lmapkeyequal_parts:
    push rbx
    push r12
    push r13
    sub rsp, 0x10                       # [rsp] k2
    lea rbx, [rdi + maptype_parts]
    mov r12, qword ptr [rdi + maptype_nparts]
    mov r13, rsi
    mov qword ptr [rsp], rdx
    mov eax, 0x1
.Lmapkeyequal_part:
    test r12, r12
    jz .Lmapkeyequal_done
    mov rdi, qword ptr [rbx + mappart_kind]
    mov rsi, r13
    add rsi, qword ptr [rbx + mappart_offset]
    mov rdx, qword ptr [rsp]
    add rdx, qword ptr [rbx + mappart_offset]
    mov rcx, qword ptr [rbx + mappart_size]
    call runtime.mapkindequal
    test eax, eax
    jz .Lmapkeyequal_done
    add rbx, mappart_stride
    sub r12, 0x1
    jmp .Lmapkeyequal_part
.Lmapkeyequal_done:
    add rsp, 0x10
    pop r13
    pop r12
    pop rbx
    ret

# runtime.mapifacehash(t rdi, key rsi, seed rdx) → rax (internal): Go's interhash and
# nilinterhash: an interface key is hashed by its dynamic type (an itab's type for a
# non-empty interface): the type's address, then the value, the data word itself for a
# type held directly, else the boxed value by the type's key description (type_key, in
# maptype's layout). A type with none is not comparable: Go's "hash of unhashable type T".
runtime.mapifacehash:
    push rbx
    push r12
    push r13
    sub rsp, 0x10
    mov rbx, qword ptr [rsi]            # the type word
    mov r12, qword ptr [rsi + 0x8]      # the data word
    test rbx, rbx
    jz .Lmapifacehash_type
    cmp qword ptr [rdi + maptype_keykind], MAPKEY_IFACE
    jne .Lmapifacehash_type
    mov rbx, qword ptr [rbx + itab_type]
.Lmapifacehash_type:
    mov qword ptr [rsp], rbx
    mov rdi, rsp
    mov esi, 0x8
    call runtime.mapmemhash             # seed rdx: the type's address first
    test rbx, rbx
    jz .Lmapifacehash_done              # nil: the hash of no type
    mov rcx, qword ptr [rbx + type_kind]
    test rcx, KIND_DIRECT_IFACE
    jz .Lmapifacehash_boxed
    and ecx, 0x1f
    cmp ecx, KIND_FUNC                  # a func or a map is held directly, and is not comparable
    je .Lmapifacehash_unhashable
    cmp ecx, KIND_MAP
    je .Lmapifacehash_unhashable
    mov qword ptr [rsp], r12
    mov rdi, rsp
    mov esi, 0x8
    mov rdx, rax
    call runtime.mapmemhash
    jmp .Lmapifacehash_done
.Lmapifacehash_boxed:
    mov rdi, qword ptr [rbx + type_key]
    test rdi, rdi
    jz .Lmapifacehash_unhashable
    mov rsi, r12
    mov rdx, rax
    call runtime.mapkeyhash
.Lmapifacehash_done:
    add rsp, 0x10
    pop r13
    pop r12
    pop rbx
    ret
.Lmapifacehash_unhashable:
    mov rdi, rbx
    call runtime.panicunhashable

# runtime.panicunhashable(typ rdi) (internal): Go's panic(errorString("hash of unhashable
# type " + toRType(t).string())), a runtime error. Never returns.
runtime.panicunhashable:
    push rbx
    mov rbx, rdi
    call runtime.printtostring_begin_rdi
    lea rdi, [rip + runtime.str_unhashable]
    call runtime.prints
    mov rdi, qword ptr [rbx + type_str]
    mov rsi, qword ptr [rbx + type_strlen]
    call runtime.gwrite_rdi
    call runtime.printtostring_end
    jmp runtime.panicplain

# runtime.mapifaceequal(t rdi, k1 rsi, k2 rdx) → eax 1 or 0 (internal): Go's ifaceeq and
# efaceeq for keys that hashed alike: the same type word (an itab implies its type), then
# nil, the data words of a type held directly, or the boxed values by the type's key
# description.
runtime.mapifaceequal:
    mov rax, qword ptr [rsi]
    cmp rax, qword ptr [rdx]
    jne .Lmapifaceequal_no
    test rax, rax
    jz .Lmapifaceequal_yes
    cmp qword ptr [rdi + maptype_keykind], MAPKEY_IFACE
    jne .Lmapifaceequal_type
    mov rax, qword ptr [rax + itab_type]
.Lmapifaceequal_type:
    mov rsi, qword ptr [rsi + 0x8]
    mov rdx, qword ptr [rdx + 0x8]
    test qword ptr [rax + type_kind], KIND_DIRECT_IFACE
    jz .Lmapifaceequal_boxed
    cmp rsi, rdx
    jne .Lmapifaceequal_no
.Lmapifaceequal_yes:
    mov eax, 0x1
    ret
.Lmapifaceequal_boxed:
    mov rdi, qword ptr [rax + type_key]
    jmp runtime.mapkeyequal             # hashing found no unhashable type: rdi is set
.Lmapifaceequal_no:
    xor eax, eax
    ret

# runtime.mapkindhash(kind rdi, p rsi, size rdx, seed rcx) → rax (internal). Go's memhash,
# strhash, f64hash, f32hash: the bytes at p (MAPKEY_MEM), the bytes of the string at p,
# a float's bits with -0 hashed as +0 and NaN given a random hash (Go: c1 * (c0 ^ h ^
# rand()); NaN != NaN, so each insert of NaN makes a new entry).
runtime.mapkindhash:
    cmp rdi, MAPKEY_STRING
    je .Lmapkindhash_string
    cmp rdi, MAPKEY_F64
    je .Lmapkindhash_f64
    cmp rdi, MAPKEY_F32
    je .Lmapkindhash_f32
    mov rdi, rsi
    mov rsi, rdx
    mov rdx, rcx
    jmp runtime.mapmemhash
.Lmapkindhash_string:
    mov rdi, qword ptr [rsi]
    mov rdx, rcx
    mov rsi, qword ptr [rsi + 0x8]
    jmp runtime.mapmemhash
.Lmapkindhash_f64:
    movsd xmm0, qword ptr [rsi]
    xorps xmm1, xmm1
    ucomisd xmm0, xmm1
    jp .Lmapkindhash_nan
    jmp .Lmapkindhash_float
.Lmapkindhash_f32:
    movss xmm0, dword ptr [rsi]
    xorps xmm1, xmm1
    ucomiss xmm0, xmm1
    jp .Lmapkindhash_nan
.Lmapkindhash_float:
    mov rdi, rsi
    jne .Lmapkindhash_bits
    lea rdi, [rip + runtime.zeroVal]    # ±0: the bits of +0
.Lmapkindhash_bits:
    mov rsi, rdx
    mov rdx, rcx
    jmp runtime.mapmemhash
.Lmapkindhash_nan:
    jmp runtime.rand

# runtime.mapkindequal(kind rdi, p rsi, q rdx, size rcx) → eax 1 or 0 (internal). Go's
# memequal, strequal, f64equal, f32equal (the float comparison: -0 == +0, NaN != NaN).
runtime.mapkindequal:
    cmp rdi, MAPKEY_STRING
    je .Lmapkindequal_string
    cmp rdi, MAPKEY_F64
    je .Lmapkindequal_f64
    cmp rdi, MAPKEY_F32
    je .Lmapkindequal_f32
    mov rdi, rdx
    jmp runtime.mapmemequal
.Lmapkindequal_string:
    mov rcx, qword ptr [rsi + 0x8]
    cmp rcx, qword ptr [rdx + 0x8]
    jne .Lmapkindequal_no
    mov rsi, qword ptr [rsi]
    mov rdi, qword ptr [rdx]
    cmp rsi, rdi
    jne runtime.mapmemequal
    mov eax, 0x1
    ret
.Lmapkindequal_f64:
    movsd xmm0, qword ptr [rsi]
    ucomisd xmm0, qword ptr [rdx]
    jmp .Lmapkindequal_flags
.Lmapkindequal_f32:
    movss xmm0, dword ptr [rsi]
    ucomiss xmm0, dword ptr [rdx]
.Lmapkindequal_flags:
    jp .Lmapkindequal_no
    jne .Lmapkindequal_no
    mov eax, 0x1
    ret
.Lmapkindequal_no:
    xor eax, eax
    ret

# runtime.mapmemequal(p rsi, q rdi, n rcx) → eax 1 or 0 (internal). Go's memequal: the
# n bytes at p and q are the same (words, then bytes).
runtime.mapmemequal:
    cmp rcx, 0x8
    jb .Lmapmemequal_bytes
    mov rax, qword ptr [rsi]
    cmp rax, qword ptr [rdi]
    jne .Lmapmemequal_no
    add rsi, 0x8
    add rdi, 0x8
    sub rcx, 0x8
    jmp runtime.mapmemequal
.Lmapmemequal_bytes:
    test rcx, rcx
    jz .Lmapmemequal_yes
    mov al, byte ptr [rsi]
    cmp al, byte ptr [rdi]
    jne .Lmapmemequal_no
    add rsi, 0x1
    add rdi, 0x1
    sub rcx, 0x1
    jmp .Lmapmemequal_bytes
.Lmapmemequal_yes:
    mov eax, 0x1
    ret
.Lmapmemequal_no:
    xor eax, eax
    ret

# runtime.mapmemhash(p rdi, n rsi, seed rdx) → rax (internal). Go's memhash (AES rounds
# where the CPU has them, wyhash otherwise); here each 8-byte word (the last one padded
# with zeros) is xored in, multiplied and rotated, starting from seed ^ n*K, then
# splitmix64's finalizer mixes every bit into the low ones the index uses.
runtime.mapmemhash:
    mov rax, 0x9e3779b97f4a7c15
    imul rax, rsi
    xor rax, rdx
    mov r8, 0xbf58476d1ce4e5b9
.Lmapmemhash_words:
    cmp rsi, 0x8
    jb .Lmapmemhash_tail
    xor rax, qword ptr [rdi]
    imul rax, r8
    rol rax, 0x1f
    add rdi, 0x8
    sub rsi, 0x8
    jmp .Lmapmemhash_words
.Lmapmemhash_tail:
    test rsi, rsi
    jz .Lmapmemhash_mix
    xor r9d, r9d
.Lmapmemhash_byte:
    shl r9, 0x8
    movzx r10d, byte ptr [rdi + rsi - 0x1]
    or r9, r10
    sub rsi, 0x1
    jnz .Lmapmemhash_byte
    xor rax, r9
    imul rax, r8
    rol rax, 0x1f
.Lmapmemhash_mix:
    mov rcx, rax
    shr rcx, 0x1e
    xor rax, rcx
    imul rax, r8
    mov rcx, rax
    shr rcx, 0x1b
    xor rax, rcx
    mov rcx, 0x94d049bb133111eb
    imul rax, rcx
    mov rcx, rax
    shr rcx, 0x1f
    xor rax, rcx
    ret

# runtime.rand() → rax (internal; changes only rax, rcx, rdx). Go's rand (a per-M
# ChaCha8 generator seeded from AT_RANDOM, startupRand); here wyrand's step over one
# global state, seeded at the first call from the 16 AT_RANDOM bytes and the time stamp
# counter: map seeds and iteration starts differ between runs, as in Go.
runtime.rand:
    mov rax, qword ptr [rip + runtime.randstate]
    test rax, rax
    jnz .Lrand_step
    rdtsc
    shl rdx, 0x20
    or rax, rdx
    mov rcx, qword ptr [rip + runtime.startupRand]
    test rcx, rcx
    jz .Lrand_step
    xor rax, qword ptr [rcx]
    xor rax, qword ptr [rcx + 0x8]
.Lrand_step:
    mov rcx, 0xa0761d6478bd642f
    add rax, rcx
    mov qword ptr [rip + runtime.randstate], rax
    mov rdx, 0xe7037ed1a0b428db
    xor rdx, rax
    mul rdx
    xor rax, rdx
    ret

.section .rodata
runtime.str_unhashable:
    .ascii "runtime error: hash of unhashable type "
    .byte 0x0
runtime.str_nilmap:
    .ascii "panic: assignment to entry in nil map"
    .byte 0xa, 0x0

.bss
.p2align 0x3
runtime.randstate:
    .skip 0x8
# Go's zeroVal: what mapaccess1 returns for an absent key (elements up to 1024 bytes).
runtime.zeroVal:
    .skip MAP_ZEROVAL_SIZE
