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
		if !noscan {
			if reqSize > minSizeForMallocHeader { // !noscan && !heapBitsInSpan(reqSize)
				reqSize += mallocHeaderSize
			}
		}
		// (reqSize - size) is either mallocHeaderSize or 0. We need to subtract mallocHeaderSize
		// from the result if we have one, since mallocgc will add it back in.
		// (Go's divRoundUp(n, a) is (n + a - 1) / a, written out: rt0gen inlines no calls.)
		var class uint8
		if reqSize <= smallSizeMax-8 {
			class = sizeToSizeClass8[(reqSize+(smallSizeDiv-1))/smallSizeDiv]
		} else {
			class = sizeToSizeClass128[(reqSize-(smallSizeMax-largeSizeDiv+1))/largeSizeDiv]
		}
		return uintptr(sizeClassToSize[class]) - (reqSize - size)
	}
	// Large object. Align reqSize up to the next page. Check for overflow.
	reqSize += pageSize - 1
	if reqSize < size {
		return size
	}
	return reqSize &^ (pageSize - 1)
}
