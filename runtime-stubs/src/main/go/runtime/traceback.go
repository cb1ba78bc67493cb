package runtime

import "unsafe"

// traceback.go: the goroutine headers of a traceback (Go's runtime/traceback.go). rt0gen
// prints no stack frames.

// goroutineheader is Go's goroutineheader(gp): "goroutine N [STATUS]:", the status
// being the wait reason of a waiting G, and ", locked to thread" for the main goroutine
// while package initialization runs (Go's runtime.main locks it to m0); at the "system"
// level of a throw (Go: gp.m.throwing >= throwTypeRuntime for the current goroutine, or
// GOTRACEBACK=system), "goroutine N gp=0x… m=ID mp=0x… [STATUS]:" ("m=nil" without an M).
func goroutineheader(gp *g, system bool) {
	printstring("goroutine ")
	printuint(gp.goid)
	if system {
		printstring(" gp=")
		printpointer(unsafe.Pointer(gp))
		printstring(" m=")
		if gp.m != nil {
			printint(gp.m.id)
			printstring(" mp=")
			printpointer(unsafe.Pointer(gp.m))
		} else {
			printstring("nil")
		}
	}
	printstring(" [")
	status := gp.status
	if !system && status == _Gwaiting && gp.waitreason != 0 {
		r := unsafe.Pointer(gp.waitreason)
		printbytes(r, uintptr(findnull((*byte)(r))))
	} else {
		if status > _Gdead {
			status = _Gdead
		}
		// gStatusStrings[status], read without a bounds check (status is in range)
		printstring(*(*string)(unsafe.Add(unsafe.Pointer(&gStatusStrings), status*uint64(unsafe.Sizeof("")))))
	}
	// Go: if gp.lockedm != 0 { print(", locked to thread") }
	if !system && gp.goid == 1 && !main_init_done {
		printstring(", locked to thread")
	}
	printstring("]:\n")
}
