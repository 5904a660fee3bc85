package words

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// cache is a bounded, concurrency-safe memo of string → string. Once full it
// stops adding: the words that repeat most in news text come early.
//
// A lookup takes no lock: the entries are in an open-addressing hash table
// of atomic pointers, at most half full, that entries are added to but
// never removed from, and that is replaced by one twice the size as it
// fills. Under a lock (even a read lock) every lookup would write the
// lock's cache line, which the cores indexing in parallel then pass back
// and forth. Writers take a mutex: they are few, the words seen first.
type cache struct {
	table atomic.Pointer[cacheTable]
	mu    sync.Mutex // held to add
	seed  maphash.Seed
	max   int
}

type cacheTable struct {
	slots []atomic.Pointer[cacheEntry]
	mask  uint64
	n     int // entries; only under cache.mu
}

type cacheEntry struct{ k, v string }

func newCache(max int) *cache {
	c := &cache{seed: maphash.MakeSeed(), max: max}
	c.table.Store(newCacheTable(64))
	return c
}

func newCacheTable(size int) *cacheTable {
	return &cacheTable{slots: make([]atomic.Pointer[cacheEntry], size), mask: uint64(size - 1)}
}

func (c *cache) get(k string) (string, bool) {
	t := c.table.Load()
	for i := maphash.String(c.seed, k) & t.mask; ; i = (i + 1) & t.mask {
		e := t.slots[i].Load()
		if e == nil {
			return "", false
		}
		if e.k == k {
			return e.v, true
		}
	}
}

// put stores copies of k and v: they may be slices of a long text that the
// cache should not keep alive.
func (c *cache) put(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.table.Load()
	if t.n >= c.max {
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		bigger := newCacheTable(2 * len(t.slots))
		for i := range t.slots {
			if e := t.slots[i].Load(); e != nil {
				bigger.insert(c.seed, e)
			}
		}
		c.table.Store(bigger)
		t = bigger
	}
	key := strings.Clone(k)
	if v == k {
		v = key
	} else {
		v = strings.Clone(v)
	}
	t.insert(c.seed, &cacheEntry{key, v})
}

// insert adds e to t unless its key is there already; the caller holds
// cache.mu.
func (t *cacheTable) insert(seed maphash.Seed, e *cacheEntry) {
	for i := maphash.String(seed, e.k) & t.mask; ; i = (i + 1) & t.mask {
		cur := t.slots[i].Load()
		if cur == nil {
			t.slots[i].Store(e)
			t.n++
			return
		}
		if cur.k == e.k {
			return
		}
	}
}
