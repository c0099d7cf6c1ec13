package sync

// A Pool keeps unused objects for reuse. Here it is a plain stack of the objects put
// back (goroutines switch only when one blocks, and nothing here blocks); the
// collector does not empty it, so a Pool holds at most what was put into it.
type Pool struct {
	items []interface{}

	// New, if set, makes a value when Get finds the pool empty.
	New func() interface{}
}

// Get takes an object from the pool, or returns New's result (nil without New).
func (p *Pool) Get() interface{} {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool; nil is ignored.
func (p *Pool) Put(x interface{}) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}
