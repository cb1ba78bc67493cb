package runtime

// msize.go: Go's runtime/msize.go.

// roundupsize returns the size of the memory block that mallocgc will allocate if you ask
// for the size, minus any inline space for metadata (Go's malloc header in front of a
// small object with pointers larger than minSizeForMallocHeader). rt0gen's mallocgc hands
// out exactly what is asked (rounded to 8); growslice and rawbyteslice round with this so
// that cap() comes out as in Go.
func roundupsize(size uintptr, noscan bool) (reqSize uintptr) {
	reqSize = size
	if reqSize <= maxSmallSize-mallocHeaderSize {
		// Small object.
		if !noscan && reqSize > minSizeForMallocHeader { // !noscan && !heapBitsInSpan(reqSize)
			reqSize += mallocHeaderSize
		}
		// (reqSize - size) is either mallocHeaderSize or 0. We need to subtract mallocHeaderSize
		// from the result if we have one, since mallocgc will add it back in.
		if reqSize <= smallSizeMax-8 {
			return sizeclasstosize(sizeToSizeClass8[divRoundUp(reqSize, smallSizeDiv)]) - (reqSize - size)
		}
		return sizeclasstosize(sizeToSizeClass128[divRoundUp(reqSize-smallSizeMax, largeSizeDiv)]) - (reqSize - size)
	}
	// Large object. Align reqSize up to the next page. Check for overflow.
	reqSize += pageSize - 1
	if reqSize < size {
		return size
	}
	return reqSize &^ (pageSize - 1)
}

// divRoundUp returns ceil(n / a) (Go's stubs.go).
func divRoundUp(n, a uintptr) uintptr {
	// a is generally a power of two. This will get inlined and
	// the compiler will optimize the division.
	return (n + a - 1) / a
}
