// Package sync is Go's sync for rt0gen: Mutex, RWMutex, WaitGroup, Once, Cond and Locker, with
// Go's algorithms (internal/sync/mutex.go without spinning and starvation mode, rwmutex.go,
// waitgroup.go, once.go, cond.go) over sync/atomic and the runtime's semaphores and notify
// lists; Pool and Map are simpler, under a Mutex. OnceFunc, OnceValue and OnceValues
// (generic) are not here yet.
package sync

// The runtime provides these under their names (runtime/sema.go, //go:linkname), as Go's
// runtime does; Go declares runtime_SemacquireMutex in internal/sync.

// runtime_Semacquire waits until *s > 0 and then decrements it (wait reason "semacquire").
func runtime_Semacquire(s *uint32)

// runtime_SemacquireWaitGroup is runtime_Semacquire for WaitGroup.Wait.
func runtime_SemacquireWaitGroup(s *uint32, synctestDurable bool)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex.Lock; lifo queues the waiter first.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_SemacquireRWMutexR is runtime_Semacquire for RWMutex.RLock.
func runtime_SemacquireRWMutexR(s *uint32, lifo bool, skipframes int)

// runtime_SemacquireRWMutex is runtime_Semacquire for RWMutex.Lock.
func runtime_SemacquireRWMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and readies a goroutine waiting in Semacquire, if any.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// fatal is the runtime's fatal: "fatal error: " and s, with every goroutine; exit 2.
func fatal(s string)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
