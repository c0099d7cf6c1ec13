package sync

// Map is a map of interface keys to interface values that goroutines may share
// without a lock. Goroutines switch only when one blocks, so an ordinary map serves.
type Map struct {
	m map[interface{}]interface{}
}

// Load returns the value stored for key and whether there was one.
func (m *Map) Load(key interface{}) (value interface{}, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value interface{}) {
	if m.m == nil {
		m.m = make(map[interface{}]interface{})
	}
	m.m[key] = value
}

// LoadOrStore returns the value present for key (loaded true), or stores value and
// returns it (loaded false).
func (m *Map) LoadOrStore(key, value interface{}) (actual interface{}, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for key, returning it and whether there was one.
func (m *Map) LoadAndDelete(key interface{}) (value interface{}, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for key.
func (m *Map) Delete(key interface{}) {
	delete(m.m, key)
}

// Range calls f for each key and value present when it starts (and still present when
// their turn comes), until f returns false.
func (m *Map) Range(f func(key, value interface{}) bool) {
	keys := make([]interface{}, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	for _, k := range keys {
		if v, ok := m.m[k]; ok && !f(k, v) {
			return
		}
	}
}
