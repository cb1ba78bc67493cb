package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved (Go's
// pool.go with one P's local pool: a private slot and a shared stack, the last put got first;
// a mutex instead of Go's lock-free per-P chains). Nothing clears it: rt0gen has no garbage
// collector yet.
type Pool struct {
	mu      Mutex
	private any
	shared  []any

	// New optionally specifies a function to generate a value when Get would otherwise
	// return nil.
	New func() any
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = append(p.shared, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to
// the caller; without one, the result of calling p.New, or nil.
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		x = p.shared[len(p.shared)-1]
		p.shared[len(p.shared)-1] = nil
		p.shared = p.shared[:len(p.shared)-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
