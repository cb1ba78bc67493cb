package runtime

// msize.go: Go's runtime/msize.go.

// roundupsize returns the size of the memory block that mallocgc will allocate if you ask
// for the size, minus any inline space for metadata (Go's malloc header in front of a
// small object with pointers larger than minSizeForMallocHeader: rt0gen's mallocgc puts none
// there, and computes cap() as Go's does); growslice and rawbyteslice round with this so that
// cap() comes out as in Go.
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
		// (mheap.go's sizeclass: mallocgc's lookup)
		return uintptr(sizeClassToSize[sizeclass(reqSize)]) - (reqSize - size)
	}
	// Large object. Align reqSize up to the next page. Check for overflow.
	reqSize += pageSize - 1
	if reqSize < size {
		return size
	}
	return reqSize &^ (pageSize - 1)
}
