package runtime

import "unsafe"

// type.go: the type descriptors and itabs the compiler emits (docs/ABI.md "Type descriptors",
// "Itabs"), as Go's runtime/type.go names them (_type is Go's abi.Type, itab abi.ITab). The
// layout is rt0gen's, not gc's: only what the runtime reads is here.

// _type is a type descriptor (type:NAME, .rodata).
type _type struct {
	size    uintptr
	ptrdata uintptr        // bytes of the prefix that holds pointers
	hash    uintptr        // FNV-1a 32 of the link string (Go: an MD5 prefix)
	kind    uintptr        // Go's abi.Kind, | kindDirectIface
	equal   unsafe.Pointer // type:.eq.NAME for a comparable boxed type, else nil
	gcdata  unsafe.Pointer
	str     string   // the type's string as reflect prints it
	elem    *_type   // a pointer's, slice's, array's, map value's, chan's element type, else nil
	key     *maptype // how a map hashes a key of this dynamic type (maptype's layout); nil when held directly or not comparable
}

// itab is an interface value's first word for a non-empty interface (go:itab.T,I).
type itab struct {
	inter *_type
	_type *_type // the concrete type
	hash  uintptr
	fun   [1]uintptr // one code pointer per method, in name order (variable length)
}

// eface is an interface{} value (Go's runtime2.go eface); iface a non-empty one.
type eface struct {
	_type *_type
	data  unsafe.Pointer
}

type iface struct {
	tab  *itab
	data unsafe.Pointer
}

// Go's internal/abi kinds the runtime tests.
const (
	kindFunc        = 19
	kindMap         = 21
	kindDirectIface = 1 << 5 // the data word is the value itself
	kindMask        = 1<<5 - 1
)
