// Package atomic is Go's sync/atomic for rt0gen: the functions are declared here without a
// body, as Go's doc.go declares them, and implemented in the runtime's atomic_amd64.s with
// lock-prefixed instructions (Go's asm.s and internal/runtime/atomic); the And and Or forms,
// which gc intrinsifies, are compare-and-swap loops here. The types (type.go) are Go's,
// without Pointer[T] (rt0gen has no generics); value.go is Go's.
package atomic

import "unsafe"

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)
func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool)

func AddInt32(addr *int32, delta int32) (new int32)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)

// AndInt32 and the other And and Or functions return the old value (Go 1.23).
func AndInt32(addr *int32, mask int32) (old int32) {
	for {
		old = LoadInt32(addr)
		if CompareAndSwapInt32(addr, old, old&mask) {
			return old
		}
	}
}

func OrInt32(addr *int32, mask int32) (old int32) {
	for {
		old = LoadInt32(addr)
		if CompareAndSwapInt32(addr, old, old|mask) {
			return old
		}
	}
}

func AndUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		old = LoadUint32(addr)
		if CompareAndSwapUint32(addr, old, old&mask) {
			return old
		}
	}
}

func OrUint32(addr *uint32, mask uint32) (old uint32) {
	for {
		old = LoadUint32(addr)
		if CompareAndSwapUint32(addr, old, old|mask) {
			return old
		}
	}
}

func AndInt64(addr *int64, mask int64) (old int64) {
	for {
		old = LoadInt64(addr)
		if CompareAndSwapInt64(addr, old, old&mask) {
			return old
		}
	}
}

func OrInt64(addr *int64, mask int64) (old int64) {
	for {
		old = LoadInt64(addr)
		if CompareAndSwapInt64(addr, old, old|mask) {
			return old
		}
	}
}

func AndUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		old = LoadUint64(addr)
		if CompareAndSwapUint64(addr, old, old&mask) {
			return old
		}
	}
}

func OrUint64(addr *uint64, mask uint64) (old uint64) {
	for {
		old = LoadUint64(addr)
		if CompareAndSwapUint64(addr, old, old|mask) {
			return old
		}
	}
}

func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		old = LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, old, old&mask) {
			return old
		}
	}
}

func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	for {
		old = LoadUintptr(addr)
		if CompareAndSwapUintptr(addr, old, old|mask) {
			return old
		}
	}
}
