package runtime

import "unsafe"

// slice.go: making and growing slices, as Go's runtime/slice.go.
//
// Go passes these functions the element type (et *_type); rt0gen passes the element's size
// in bytes (docs/ABI.md), growslice's with bit 63 set when the element type has pointers.
// Memory from mallocgc is already zeroed and never reused, so nothing here clears memory.

type slice struct {
	array unsafe.Pointer
	len   int
	cap   int
}

// panicmakeslicelen and panicmakeslicecap are Go's panic(errorString(...)): a run-time
// error the deferred calls may recover, "panic: runtime error: makeslice: len out of
// range" when none does (panicplain: panic.go). gc calls them for a make it allocates on the
// stack. They never return.
func panicmakeslicelen() {
	panicplain("runtime error: makeslice: len out of range")
}

func panicmakeslicecap() {
	panicplain("runtime error: makeslice: cap out of range")
}

// makeslice is Go's: cap elements of type et in zeroed memory. Go's checks, in Go's order;
// the same checks of len decide which panic. The allocation is typed (et), as Go's.
func makeslice(et *_type, len, cap int) unsafe.Pointer {
	elemsize := et.size
	mem, overflow := mulUintptr(elemsize, uintptr(cap))
	if overflow || mem > maxAlloc || len < 0 || len > cap {
		// NOTE: Produce a 'len out of range' error instead of a
		// 'cap out of range' error when someone does make([]T, bignumber).
		// 'cap out of range' is true too, but since the cap is only being
		// supplied implicitly, saying len is clearer.
		// See golang.org/issue/4085.
		mem, overflow := mulUintptr(elemsize, uintptr(len))
		if overflow || mem > maxAlloc || len < 0 {
			panicmakeslicelen()
		}
		panicmakeslicecap()
	}

	return mallocgc(mem, unsafe.Pointer(et), true)
}

// growslice allocates new backing store for a slice, for append.
//
// arguments:
//
//	oldPtr = pointer to the slice's backing array
//	newLen = new length (= oldLen + num)
//	oldCap = original slice's capacity.
//	   num = number of elements being added
//	    et = element type (its pointer prefix, ptrdata, says whether it is noscan:
//	         roundupsize then counts a malloc header above 512 bytes)
//
// return values:
//
//	newPtr = pointer to the new backing store
//	newLen = same value as the argument
//	newCap = capacity of the new backing store
//
// The old newLen-num elements are copied in, the rest is zero. Go's specializations for
// element sizes 1, 8 and powers of two compute what its general case, this one, computes.
func growslice(oldPtr unsafe.Pointer, newLen, oldCap, num int, et *_type) slice {
	oldLen := newLen - num
	if newLen < 0 {
		panicplain("runtime error: growslice: len out of range")
	}
	noscan := et.ptrdata == 0
	size := et.size

	if size == 0 {
		// append should not create a slice with nil pointer but non-zero len.
		// We assume that append doesn't need to preserve oldPtr in this case.
		return slice{unsafe.Pointer(&zerobase), newLen, newLen}
	}

	newcap := nextslicecap(newLen, oldCap)

	lenmem := uintptr(oldLen) * size
	capmem, overflow := mulUintptr(size, uintptr(newcap))
	if overflow {
		panicplain("runtime error: growslice: len out of range")
	}
	capmem = roundupsize(capmem, noscan)
	newcap = int(capmem / size)
	capmem = uintptr(newcap) * size

	// The check of overflow in addition to capmem > maxAlloc is needed
	// to prevent an overflow which can be used to trigger a segfault
	// on 32bit architectures with this example program:
	// (the overflow is checked above, before roundupsize)
	if capmem > maxAlloc {
		panicplain("runtime error: growslice: len out of range")
	}

	p := mallocgc(capmem, unsafe.Pointer(et), true)
	memmove(p, oldPtr, lenmem)

	return slice{p, newLen, newcap}
}

// nextslicecap computes the next appropriate slice length.
func nextslicecap(newLen, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}

	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	for {
		// Transition from growing 2x for small slices
		// to growing 1.25x for large slices. This formula
		// gives a smooth-ish transition between the two.
		newcap += (newcap + 3*threshold) >> 2

		// We need to check `newcap >= newLen` and whether `newcap` overflowed
		// to prevent an infinite loop.
		if uint(newcap) >= uint(newLen) {
			break
		}
	}

	// Set newcap to the requested cap when
	// the newcap calculation overflowed.
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// mulUintptr returns a * b and whether the multiplication overflowed (Go's
// runtime/internal/math.MulUintptr).
func mulUintptr(a, b uintptr) (uintptr, bool) {
	if a|b < 1<<(4*8) || a == 0 {
		return a * b, false
	}
	overflow := b > ^uintptr(0)/a
	return a * b, overflow
}

// strings_makeNoZero is Go's bytealg_MakeNoZero (slice.go), for strings.Builder's grow: a
// []byte of length len whose capacity is the whole size class len rounds up to, pointer-free
// memory left unzeroed, as Go's (a Builder shows only the bytes it wrote).
//
//go:linkname strings_makeNoZero strings.makeNoZero
func strings_makeNoZero(len int) []byte {
	if uintptr(len) > maxAlloc {
		panicmakeslicelen()
	}
	cap := roundupsize(uintptr(len), true)
	return unsafe.Slice((*byte)(mallocgc(cap, nil, false)), cap)[:len]
}

// bytes_makeNoZero is strings_makeNoZero for package bytes (Join, Repeat).
//
//go:linkname bytes_makeNoZero bytes.makeNoZero
func bytes_makeNoZero(len int) []byte {
	return strings_makeNoZero(len)
}
