package words

import (
	"strings"
	"sync"
)

// cache is a bounded, concurrency-safe memo of string → string. Once full it
// stops adding: the words that repeat most in news text come early. A typed
// map behind a read lock is faster here than sync.Map, which hashes through
// an interface.
type cache struct {
	mu  sync.RWMutex
	m   map[string]string
	max int
}

func newCache(max int) *cache {
	return &cache{m: make(map[string]string), max: max}
}

func (c *cache) get(k string) (string, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

// put stores copies of k and v: they may be slices of a long text that the
// cache should not keep alive.
func (c *cache) put(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		return
	}
	if _, ok := c.m[k]; ok {
		return
	}
	key := strings.Clone(k)
	if v == k {
		v = key
	} else {
		v = strings.Clone(v)
	}
	c.m[key] = v
}
