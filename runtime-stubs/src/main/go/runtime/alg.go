package runtime

import "unsafe"

// alg.go: hashing and comparing map keys (Go's runtime/alg.go and hash64.go). Go hashes with
// AES rounds where the CPU has them (wyhash otherwise) and picks the functions per type at
// compile time (t.Hasher, t.Key.Equal); here a multiply-rotate hash, and the key's kind in
// its maptype descriptor (docs/ABI.md "Maps") says how it is hashed and compared.

// memhash hashes the s bytes at p with seed (Go's memhash): each 8-byte word (then the last 1
// to 7 bytes read into one word) is xored in, multiplied and rotated, starting from seed ^ s*K, then
// splitmix64's finalizer mixes every bit into the low ones the map's index uses.
func memhash(p unsafe.Pointer, seed, s uintptr) uintptr {
	const m1 = 0x9e3779b97f4a7c15
	const m2 = 0xbf58476d1ce4e5b9
	h := uint64(s)*m1 ^ uint64(seed)
	for ; s >= 8; s -= 8 {
		h = (h ^ *(*uint64)(p)) * m2
		h = h<<31 | h>>33
		p = unsafe.Add(p, 8)
	}
	if s > 0 {
		// the last 1 to 7 bytes in one word, as wyhash reads them: 4 to 7 as two 4-byte
		// loads (overlapping), 1 to 3 as the first, middle and last byte (s itself is
		// already in h, so the lengths are told apart)
		var w uint64
		if s >= 4 {
			w = uint64(*(*uint32)(p)) | uint64(*(*uint32)(unsafe.Add(p, s-4)))<<32
		} else {
			w = uint64(*(*byte)(p))<<16 | uint64(*(*byte)(unsafe.Add(p, s>>1)))<<8 |
				uint64(*(*byte)(unsafe.Add(p, s-1)))
		}
		h = (h ^ w) * m2
		h = h<<31 | h>>33
	}
	// splitmix64's finalizer (written out here and in wordhash: rt0gen does not inline)
	h ^= h >> 30
	h *= m2
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return uintptr(h)
}

// wordhash is memhash of the 8 bytes of v (Go's memhash64 takes their address).
func wordhash(v uint64, seed uintptr) uintptr {
	h := (0xf1bbcdcbfa53e0a8 ^ uint64(seed) ^ v) * 0xbf58476d1ce4e5b9 // 8*K mod 2^64, as memhash starts
	h = h<<31 | h>>33
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return uintptr(h)
}

// strhash hashes the bytes of the string at p (Go's strhash).
func strhash(p unsafe.Pointer, h uintptr) uintptr {
	s := *(*string)(p)
	return memhash(unsafe.Pointer(unsafe.StringData(s)), h, uintptr(len(s)))
}

// f64hash hashes the float64 at p (Go's f64hash): +0 and -0 alike (the bits of +0), a NaN
// a random hash (Go: c1 * (c0 ^ h ^ rand())), so that each m[NaN] = v is a new entry.
func f64hash(p unsafe.Pointer, h uintptr) uintptr {
	f := *(*float64)(p)
	if f == 0 {
		return wordhash(0, h)
	}
	if f != f {
		return uintptr(rand())
	}
	return wordhash(*(*uint64)(p), h)
}

// f32hash is f64hash for a float32 (Go's f32hash).
func f32hash(p unsafe.Pointer, h uintptr) uintptr {
	f := *(*float32)(p)
	if f == 0 {
		return memhash(unsafe.Pointer(&zeroVal), h, 4)
	}
	if f != f {
		return uintptr(rand())
	}
	return memhash(p, h, 4)
}

// kindhash hashes the size bytes at p by one of the leaf key kinds (mapKeyMem..mapKeyF32).
func kindhash(kind uintptr, p unsafe.Pointer, size, h uintptr) uintptr {
	switch kind {
	case mapKeyString:
		return strhash(p, h)
	case mapKeyF64:
		return f64hash(p, h)
	case mapKeyF32:
		return f32hash(p, h)
	}
	if size == 8 {
		return wordhash(*(*uint64)(p), h)
	}
	return memhash(p, h, size)
}

// kindequal compares the size bytes at p and q by one of the leaf key kinds (Go's memequal,
// strequal, f64equal, f32equal: -0 == +0, NaN != NaN).
func kindequal(kind uintptr, p, q unsafe.Pointer, size uintptr) bool {
	switch kind {
	case mapKeyString:
		a := *(*string)(p)
		b := *(*string)(q)
		if len(a) != len(b) {
			return false
		}
		x := unsafe.Pointer(unsafe.StringData(a))
		y := unsafe.Pointer(unsafe.StringData(b))
		return x == y || memequal(x, y, uintptr(len(a)))
	case mapKeyF64:
		return *(*float64)(p) == *(*float64)(q)
	case mapKeyF32:
		return *(*float32)(p) == *(*float32)(q)
	}
	if size == 8 {
		return *(*uint64)(p) == *(*uint64)(q)
	}
	return memequal(p, q, size)
}

// typehash hashes the key at p by its maptype descriptor t (Go's typehash / t.Hasher); a
// key of parts hashes its parts in order, each seeded with the hash so far.
func typehash(t *maptype, p unsafe.Pointer, h uintptr) uintptr {
	k := t.keykind
	if k < mapKeyParts {
		return kindhash(k, p, t.keysize, h)
	}
	if k == mapKeyParts {
		for i := uintptr(0); i < t.nparts; i++ {
			pt := t.part(i)
			h = kindhash(pt.kind, unsafe.Add(p, pt.offset), pt.size, h)
		}
		return h
	}
	if k == mapKeyIface {
		return interhash(p, h)
	}
	return nilinterhash(p, h)
}

// typeequal reports whether the keys at p and q are equal by t (Go's t.Key.Equal): a key of
// parts when every part is.
func typeequal(t *maptype, p, q unsafe.Pointer) bool {
	k := t.keykind
	if k < mapKeyParts {
		return kindequal(k, p, q, t.keysize)
	}
	if k == mapKeyParts {
		for i := uintptr(0); i < t.nparts; i++ {
			pt := t.part(i)
			if !kindequal(pt.kind, unsafe.Add(p, pt.offset), unsafe.Add(q, pt.offset), pt.size) {
				return false
			}
		}
		return true
	}
	if k == mapKeyIface {
		return ifaceeq(p, q)
	}
	return efaceeq(p, q)
}

// interhash hashes the non-empty interface value at p (Go's interhash) by its dynamic type,
// the itab's type.
func interhash(p unsafe.Pointer, h uintptr) uintptr {
	a := (*iface)(p)
	var t *_type
	if a.tab != nil {
		t = a.tab._type
	}
	return ifacehash(t, p, h)
}

// nilinterhash hashes the interface{} value at p (Go's nilinterhash) by its dynamic type.
func nilinterhash(p unsafe.Pointer, h uintptr) uintptr {
	return ifacehash((*eface)(p)._type, p, h)
}

// ifacehash hashes the interface value at p whose dynamic type is t (nil for a nil
// interface): the type's address first, then the value, the data word itself for a type
// held directly, else the boxed value by the type's key description. A type with none is
// not comparable: Go's panic(errorString("hash of unhashable type " + t.string())).
func ifacehash(t *_type, p unsafe.Pointer, h uintptr) uintptr {
	h = wordhash(uint64(uintptr(unsafe.Pointer(t))), h)
	if t == nil {
		return h
	}
	data := unsafe.Add(p, 8)
	if t.kind&kindDirectIface != 0 {
		k := t.kind & kindMask
		if k == kindFunc || k == kindMap {
			panicunhashable(t)
		}
		return wordhash(*(*uint64)(data), h)
	}
	if t.key == nil {
		panicunhashable(t)
	}
	return typehash(t.key, *(*unsafe.Pointer)(data), h)
}

// panicunhashable panics with Go's runtime error "hash of unhashable type T" (never returns).
func panicunhashable(t *_type) {
	const prefix = "runtime error: hash of unhashable type "
	n := uintptr(len(prefix)) + uintptr(len(t.str))
	b := mallocgc(n, nil, false)
	memmove(b, unsafe.Pointer(unsafe.StringData(prefix)), uintptr(len(prefix)))
	memmove(unsafe.Add(b, len(prefix)), unsafe.Pointer(unsafe.StringData(t.str)), uintptr(len(t.str)))
	panicplain(unsafe.String((*byte)(b), n))
}

// ifaceeq reports whether the non-empty interface values at p and q, which hashed alike, are
// equal (Go's ifaceeq): the same itab (it implies the type), then the values.
func ifaceeq(p, q unsafe.Pointer) bool {
	x := (*iface)(p)
	y := (*iface)(q)
	if x.tab != y.tab {
		return false
	}
	if x.tab == nil {
		return true
	}
	return dataeq(x.tab._type, x.data, y.data)
}

// efaceeq is ifaceeq for interface{} values (Go's efaceeq).
func efaceeq(p, q unsafe.Pointer) bool {
	x := (*eface)(p)
	y := (*eface)(q)
	if x._type != y._type {
		return false
	}
	if x._type == nil {
		return true
	}
	return dataeq(x._type, x.data, y.data)
}

// dataeq compares two data words of dynamic type t: the words themselves for a type held
// directly, else the boxed values by the type's key description (hashing found t hashable).
func dataeq(t *_type, x, y unsafe.Pointer) bool {
	if t.kind&kindDirectIface != 0 {
		return x == y
	}
	return typeequal(t.key, x, y)
}

// errors_comparable is package errors' isComparable (Go's errors.Is asks
// internal/reflectlite's Type.Comparable): whether the dynamic type of the interface value at
// e can be compared with ==. A type held directly is, unless it is a map or a func; a boxed
// type is when its descriptor has an equal function.
//
//go:linkname errors_comparable errors.isComparable
func errors_comparable(e iface) bool {
	if e.tab == nil {
		return true
	}
	t := e.tab._type
	if t.kind&kindDirectIface != 0 {
		k := t.kind & kindMask
		return k != kindFunc && k != kindMap
	}
	return t.equal != nil
}
