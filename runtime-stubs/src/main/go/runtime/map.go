package runtime

import "unsafe"

// map.go: Go's maps (Go's runtime/map.go and internal/runtime/maps), much simplified.
//
// Go (1.24 on) keeps a map as Swiss tables: groups of 8 slots with control bytes, split into
// tables of at most 1024 slots that grow one at a time, hashed with AES and a seed per map.
// rt0gen keeps a map (hmap) as a compact table: its entries in insertion order in one array
// (hash word, key, element; a deleted entry's hash word is 0) and an open-addressing index of
// 2*cap uint32 slots (linear probing, at most half full) naming them. An insert into a full
// array rebuilds both: twice the size when at least half the entries are live, the same size
// otherwise (the deleted ones are left out), so every operation is amortized O(1). A rebuild
// to new arrays leaves the old ones as they were, which iterators rely on (mapiternext); one
// at the same size compacts the arrays in place instead when no iteration has started on them
// (mapcompact: a map whose keys come and go, as Go's Swiss tables reuse deleted slots,
// allocates nothing).
//
// The hash is alg.go's, seeded per map (Go: h.seed), so iteration order and layout differ
// between runs. How a key is hashed and compared is its descriptor's key kind (maptype,
// docs/ABI.md "Maps"). The entry points are called by compiled code with Go's register ABI,
// keys and elements by address.

// maptype is the static descriptor the compiler emits per map type (Go's abi.MapType). A key
// of kind mapKeyParts is followed by nparts mapparts.
type maptype struct {
	keysize  uintptr        // bytes of a key
	elemsize uintptr        // bytes of an element
	keykind  uintptr        // mapKey*: how a key is hashed and compared
	zero     unsafe.Pointer // nil, or a zeroed area of elemsize bytes (needed above zeroValSize)
	nparts   uintptr        // mapKeyParts: the number of parts
	entry    *_type         // an entry's type (hash word, key, element: hmap's layout), what the entries are allocated as; nil in a type descriptor's key description
}

// mappart is one part of a mapKeyParts key: a leaf kind (mapKeyMem..mapKeyF32) at offset.
type mappart struct {
	offset uintptr
	kind   uintptr
	size   uintptr
}

// part returns the i'th part of t's key (they follow the descriptor).
func (t *maptype) part(i uintptr) *mappart {
	return (*mappart)(unsafe.Add(unsafe.Pointer(t), unsafe.Sizeof(maptype{})+i*unsafe.Sizeof(mappart{})))
}

// The key kinds of maptype.keykind (docs/ABI.md "Maps"; the compiler emits them).
const (
	mapKeyMem    = 0 // memhash/memequal over keysize bytes (ints, pointers, bools, padding-free aggregates)
	mapKeyString = 1 // a string header: hash and compare the bytes it points to
	mapKeyF64    = 2 // float64: +0 == -0 (one hash), NaN != NaN (a random hash)
	mapKeyF32    = 3 // float32: the same
	mapKeyParts  = 4 // several parts at offsets, each one of the kinds above
	mapKeyEface  = 5 // an interface{}: (type, data), hashed and compared by the dynamic type
	mapKeyIface  = 6 // a non-empty interface: (itab, data), the dynamic type the itab's
)

// hmap is a map (Go's maps.Map); map values are pointers to it, nil for a nil map. Entries in
// insertion order, each 8 + keysize and elemsize rounded up to 8 bytes: the hash word (top bit
// set; 0 when deleted), the key, the element; an index of uint32 (0 empty, else entry number
// + 1), 2*cap slots.
type hmap struct {
	count     int            // live entries: len(m), read by compiled code (offset 0)
	entries   unsafe.Pointer // cap entries (nil before the first insert)
	used      uintptr        // entries taken, live or deleted
	cap       uintptr
	index     unsafe.Pointer // uint32[2*cap]
	mask      uintptr        // 2*cap - 1
	seed      uintptr
	clearseq  uintptr // counts clear(m): an iteration stops when it changes (Go's clearSeq)
	elemoff   uintptr // 8 + keysize rounded up to 8 (set at the first allocation)
	entrysize uintptr // elemoff + elemsize rounded up to 8
	iterated  bool    // an iteration started on entries (mapiterinit): they stay as they are
}

// hiter is the iteration state the compiler allocates (Go's maps.Iter; docs/ABI.md: the
// compiler reads key and elem, and knows the size, 0x48 bytes).
type hiter struct {
	key      unsafe.Pointer // the current key's address; nil when the iteration is over
	elem     unsafe.Pointer // the current element's address
	t        *maptype
	h        *hmap
	entries  unsafe.Pointer // h.entries at mapiterinit
	n        uintptr        // h.used at mapiterinit: the entries to visit
	start    uintptr        // random first entry
	i        uintptr        // entries visited
	clearseq uintptr        // h.clearseq at mapiterinit
}

const (
	mapMinCap    = 8
	mapHintMax   = 1 << 32 // a larger hint allocates nothing up front (Go: an empty map)
	mapEntryLive = 1 << 63 // the bit set in a live entry's hash word
	zeroValSize  = 1024    // Go's abi.ZeroValSize
)

// zeroVal is what mapaccess1 returns for an absent key, for elements up to zeroValSize bytes
// (Go's zeroVal).
var zeroVal [zeroValSize]byte

// makemap_small is make(map[k]v) with no hint or a small one (Go's makemap_small): an empty
// map with a random seed. Nothing else is allocated until the first insert (Go allocates no
// group either); the entry layout comes from the descriptor then (maprebuild).
func makemap_small() *hmap {
	h := new(hmap)
	h.seed = uintptr(rand())
	return h
}

// makemap is make(map[k]v, hint) (Go's makemap): a negative hint counts as 0 (Go 1.26 has no
// "makemap: size out of range" panic any more), and a hint too large to allocate gives an
// empty map that grows as needed (Go: NewMap's overflow and maxAlloc checks); here "too
// large" is above 2^32. Otherwise room for hint entries, a power of two, is allocated.
func makemap(t *maptype, hint int) *hmap {
	// makemap_small's body: a call to it here would be an implicit allocation to the checks
	h := new(hmap)
	h.seed = uintptr(rand())
	if hint > mapMinCap && hint <= mapHintMax {
		c := uintptr(mapMinCap)
		for c < uintptr(hint) {
			c <<= 1
		}
		maprebuild(t, h, c)
	}
	return h
}

// mapaccess1 returns the address of h[key]'s element, or of a zeroed area when the key is
// absent or h is nil or empty (Go's mapaccess1: &zeroVal; mapaccess1_fat with a zero area of
// the compiler's beyond that; here t.zero when the compiler set it).
func mapaccess1(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if h != nil && h.count != 0 {
		e, _ := mapfind(t, h, key)
		if e != nil {
			return unsafe.Add(e, h.elemoff)
		}
	}
	return mapzero(t)
}

// mapaccess2 is mapaccess1 and whether the key is present (Go's mapaccess2).
func mapaccess2(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool) {
	if h != nil && h.count != 0 {
		e, _ := mapfind(t, h, key)
		if e != nil {
			return unsafe.Add(e, h.elemoff), true
		}
	}
	return mapzero(t), false
}

// mapzero is the zeroed area an absent key's element reads.
func mapzero(t *maptype) unsafe.Pointer {
	if t.zero != nil {
		return t.zero
	}
	return unsafe.Pointer(&zeroVal)
}

// mapassign returns the address of h[key]'s element, inserting the key with a zeroed element
// when it is absent (the compiler stores the value through it) (Go's mapassign). A present
// key is overwritten with the new one, as Go does for keys that need it (t.NeedKeyUpdate: +0
// replaced by -0, a string by an equal one); here every key is. A nil map: Go's
// panic(plainError("assignment to entry in nil map")).
func mapassign(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if h == nil {
		panicplain("assignment to entry in nil map")
	}
	e, hash := mapfind(t, h, key)
	if e == nil {
		e = mapinsert(t, h, hash)
	}
	if t.keysize == 8 {
		*(*uint64)(unsafe.Add(e, 8)) = *(*uint64)(key)
	} else if t.keysize == 16 { // a string, an interface
		*(*uint64)(unsafe.Add(e, 8)) = *(*uint64)(key)
		*(*uint64)(unsafe.Add(e, 16)) = *(*uint64)(unsafe.Add(key, 8))
	} else {
		memmove(unsafe.Add(e, 8), key, t.keysize)
	}
	return unsafe.Add(e, h.elemoff)
}

// mapinsert takes a new entry for a key of hash (its hash word set, its key and element zero:
// fresh or cleared memory) and indexes it, rebuilding h first when the entry array is full.
func mapinsert(t *maptype, h *hmap, hash uintptr) unsafe.Pointer {
	if h.used >= h.cap {
		// full: rebuild, twice as large when at least half the entries are live
		c := h.cap
		if c == 0 {
			c = mapMinCap
		} else if uintptr(h.count)*2 >= c {
			c *= 2
		}
		if c == h.cap && !h.iterated {
			mapcompact(h)
		} else {
			maprebuild(t, h, c)
		}
	}
	index := h.index
	mask := h.mask
	i := hash & mask
	for *(*uint32)(unsafe.Add(index, i*4)) != 0 {
		i = (i + 1) & mask
	}
	n := h.used
	*(*uint32)(unsafe.Add(index, i*4)) = uint32(n + 1)
	h.used = n + 1
	h.count++
	e := unsafe.Add(h.entries, n*h.entrysize)
	*(*uintptr)(e) = hash
	return e
}

// mapdelete removes the key if present (Go's mapdelete; a nil or empty map, or an absent
// key: nothing). The entry's hash word becomes 0 and its key and element are cleared (Go
// clears them for the GC too); its place and index slot stay taken until the next rebuild.
func mapdelete(t *maptype, h *hmap, key unsafe.Pointer) {
	if h == nil || h.count == 0 {
		return
	}
	e, _ := mapfind(t, h, key)
	if e == nil {
		return
	}
	*(*uintptr)(e) = 0
	memclrNoHeapPointers(unsafe.Add(e, 8), h.entrysize-8)
	h.count--
}

// mapclear is clear(m) (Go's mapclear): every entry goes, the map keeps its size, and gets a
// new seed (as Go's Clear). The entries and the index are zeroed in place; clearseq tells
// running iterations to stop (Go's clearSeq).
func mapclear(t *maptype, h *hmap) {
	if h == nil {
		return
	}
	if h.entries != nil {
		memclrNoHeapPointers(h.entries, h.used*h.entrysize)
		memclrNoHeapPointers(h.index, (h.mask+1)*4)
	}
	h.count = 0
	h.used = 0
	h.clearseq++
	h.seed = uintptr(rand())
}

// mapiterinit starts an iteration over h in it (Go's mapiterinit; every field is set here)
// and moves to the first entry (mapiternext). As in Go the start is random (an entry chosen
// with rand; the entries follow in insertion order from there, wrapping around), so programs
// cannot depend on the order.
func mapiterinit(t *maptype, h *hmap, it *hiter) {
	it.t = t
	it.h = h
	it.key = nil
	it.elem = nil
	it.i = 0
	it.n = 0
	it.start = 0
	if h == nil {
		return
	}
	it.entries = h.entries
	it.clearseq = h.clearseq
	it.n = h.used
	if it.n == 0 {
		return
	}
	it.start = uintptr(rand() % uint64(it.n))
	h.iterated = true
	mapiternext(it)
}

// mapiternext moves it to the next entry (it.key, it.elem) or ends the iteration (it.key =
// nil) (Go's mapiternext). Go's guarantees hold: every entry present for the whole iteration
// comes exactly once; one deleted before it is reached does not come; one added during the
// iteration may come or not (here: not); after clear(m) none comes. The iteration walks the
// entry array current at mapiterinit, in place while the map still uses it. Once the map has
// rebuilt (grown), that array stays as it was at the rebuild and the walk goes on over it,
// looking each key up in the map as it is now (as Go's iterator does after a grow): a key
// deleted since is skipped, and the element comes from the current entry. A key not equal to
// itself (NaN) cannot be looked up and comes from the old array, as in Go.
func mapiternext(it *hiter) {
	for {
		e := mapiterstep(it)
		if e == nil {
			it.key = nil
			it.elem = nil
			return
		}
		h := it.h
		if it.entries != h.entries {
			k := unsafe.Add(e, 8)
			f, _ := mapfind(it.t, h, k)
			if f != nil {
				e = f
			} else if typeequal(it.t, k, k) {
				continue // deleted since the rebuild (a NaN cannot have been: only cleared)
			}
		}
		it.key = unsafe.Add(e, 8)
		it.elem = unsafe.Add(e, h.elemoff)
		return
	}
}

// mapiterstep moves it to its next live entry in it.entries and returns it, or nil at the
// end of the iteration or after clear(m) (no call: rt0gen keeps the loop in registers).
func mapiterstep(it *hiter) unsafe.Pointer {
	h := it.h
	i := it.i
	n := it.n
	if i >= n {
		return nil
	}
	if h.clearseq != it.clearseq {
		return nil
	}
	start := it.start
	entries := it.entries
	es := h.entrysize
	for i < n {
		j := start + i
		i++
		if j >= n {
			j -= n
		}
		e := unsafe.Add(entries, j*es)
		if *(*uintptr)(e) != 0 {
			it.i = i
			return e
		}
	}
	it.i = i
	return nil
}

// mapfind returns key's entry in h (not nil), or nil, and the key's hash word (Go's
// table.getWithKey): the hash with the top bit set, then the index probed linearly from hash
// & mask until an empty slot; an entry matches when its hash word and then its key are equal.
func mapfind(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, uintptr) {
	if t.keykind|t.keysize == 8 { // keykind mapKeyMem (kinds are < 8) and keysize 8: one test
		return mapfind64(h, *(*uint64)(key))
	}
	if t.keykind == mapKeyString {
		s := *(*string)(key)
		p := unsafe.Pointer(unsafe.StringData(s))
		return mapfindstr(h, p, uintptr(len(s)), memhash(p, h.seed, uintptr(len(s)))|mapEntryLive)
	}
	hash := typehash(t, key, h.seed) | mapEntryLive
	if h.cap == 0 {
		return nil, hash
	}
	mask := h.mask
	for i := hash & mask; ; i = (i + 1) & mask {
		n := *(*uint32)(unsafe.Add(h.index, i*4))
		if n == 0 {
			return nil, hash
		}
		e := unsafe.Add(h.entries, uintptr(n-1)*h.entrysize)
		if *(*uintptr)(e) == hash {
			if typeequal(t, key, unsafe.Add(e, 8)) {
				return e, hash
			}
		}
	}
}

// mapfind64 is mapfind for a key of 8 bytes of memory (ints, pointers), the common case,
// with no call, so that rt0gen keeps its values in registers (gc: mapaccess1_fast64 and
// the rest of map_fast64.go).
func mapfind64(h *hmap, k uint64) (unsafe.Pointer, uintptr) {
	// wordhash(k, h.seed), written out (rt0gen does not inline)
	x := (0xf1bbcdcbfa53e0a8 ^ uint64(h.seed) ^ k) * 0xbf58476d1ce4e5b9
	x = x<<31 | x>>33
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	hash := uintptr(x) | mapEntryLive
	if h.cap == 0 {
		return nil, hash
	}
	mask := h.mask
	index := h.index
	entries := h.entries
	es := h.entrysize
	for i := hash & mask; ; i = (i + 1) & mask {
		n := *(*uint32)(unsafe.Add(index, i*4))
		if n == 0 {
			return nil, hash
		}
		e := unsafe.Add(entries, uintptr(n-1)*es)
		if *(*uintptr)(e) == hash {
			if *(*uint64)(unsafe.Add(e, 8)) == k {
				return e, hash
			}
		}
	}
}

// mapfindstr is mapfind for a string key (p, n) of hash, the other common case (gc:
// map_faststr.go), comparing the bytes itself: no call, so rt0gen keeps the loop in registers.
func mapfindstr(h *hmap, p unsafe.Pointer, n, hash uintptr) (unsafe.Pointer, uintptr) {
	if h.cap == 0 {
		return nil, hash
	}
	mask := h.mask
	index := h.index
	entries := h.entries
	es := h.entrysize
	for i := hash & mask; ; i = (i + 1) & mask {
		x := *(*uint32)(unsafe.Add(index, i*4))
		if x == 0 {
			return nil, hash
		}
		e := unsafe.Add(entries, uintptr(x-1)*es)
		if *(*uintptr)(e) != hash {
			continue
		}
		if *(*uintptr)(unsafe.Add(e, 16)) == n {
			// the bytes: 8 at a time, the last 8 (overlapping) for the rest; 4 to 7 as two
			// (overlapping) 4-byte words; shorter, 1 at a time
			q := *(*unsafe.Pointer)(unsafe.Add(e, 8))
			eq := true
			if q == p {
			} else if n >= 8 {
				for j := uintptr(0); j < n-8; j += 8 {
					if *(*uint64)(unsafe.Add(p, j)) != *(*uint64)(unsafe.Add(q, j)) {
						eq = false
						break
					}
				}
				if *(*uint64)(unsafe.Add(p, n-8)) != *(*uint64)(unsafe.Add(q, n-8)) {
					eq = false
				}
			} else if n >= 4 {
				eq = *(*uint32)(p) == *(*uint32)(q) &&
					*(*uint32)(unsafe.Add(p, n-4)) == *(*uint32)(unsafe.Add(q, n-4))
			} else {
				for j := uintptr(0); j < n; j++ {
					if *(*byte)(unsafe.Add(p, j)) != *(*byte)(unsafe.Add(q, j)) {
						eq = false
						break
					}
				}
			}
			if eq {
				return e, hash
			}
		}
	}
}

// maprebuild gives h new entry and index arrays for c entries (Go's table grow/rehash; the
// first time, the entry layout from t): the live entries are copied over in order and indexed
// by their hash words. The old arrays are left as they are (iterators may still walk them).
func maprebuild(t *maptype, h *hmap, c uintptr) {
	if h.entrysize == 0 {
		h.elemoff = (t.keysize + 15) &^ 7 // 8 for the hash word, keysize rounded up to 8
		h.entrysize = h.elemoff + (t.elemsize+7)&^7
	}
	entries := mallocgc(c*h.entrysize, unsafe.Pointer(t.entry), true)
	index := mallocgc(c*8, nil, true) // 2*c uint32 slots: no pointers
	maprehash(h, entries, index, c)
	h.iterated = false
}

// mapcompact is a rebuild at the same size in h's own arrays, when no iterator walks them:
// the live entries move down in order (maprehash copies forward, to the same place or lower),
// the index is rebuilt, and the entries past the live ones are cleared (mapinsert takes an
// entry as zero). The collector stops the world, so no mark sees an entry half moved.
func mapcompact(h *hmap) {
	used := h.used
	memclrNoHeapPointers(h.index, (h.mask+1)*4)
	maprehash(h, h.entries, h.index, h.cap)
	memclrNoHeapPointers(unsafe.Add(h.entries, h.used*h.entrysize), (used-h.used)*h.entrysize)
}

// maprehash copies h's live entries to entries, indexes them in index (2*c slots) and makes
// the new arrays h's (no call: rt0gen keeps the loop in registers; an entry is whole words).
func maprehash(h *hmap, entries, index unsafe.Pointer, c uintptr) {
	es := h.entrysize
	mask := 2*c - 1
	src := h.entries
	dst := entries
	n := uintptr(0)
	for k := h.used; k > 0; k-- {
		hash := *(*uintptr)(src)
		if hash != 0 {
			n++
			i := hash & mask
			for *(*uint32)(unsafe.Add(index, i*4)) != 0 {
				i = (i + 1) & mask
			}
			*(*uint32)(unsafe.Add(index, i*4)) = uint32(n)
			for o := uintptr(0); o < es; o += 8 {
				*(*uint64)(unsafe.Add(dst, o)) = *(*uint64)(unsafe.Add(src, o))
			}
			dst = unsafe.Add(dst, es)
		}
		src = unsafe.Add(src, es)
	}
	h.entries = entries
	h.index = index
	h.mask = mask
	h.used = n
	h.cap = c
}
