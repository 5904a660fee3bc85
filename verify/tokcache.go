package verify

import (
	"math/bits"
	"sync/atomic"
)

// tokCache keeps the toks of passages claims were aligned with, so that
// claims sharing candidates tokenise them once. The claims of a run share
// most of their candidates: the 10 000 generated claims of
// BenchmarkCheckOnly assess 400 000 passages, 51 000 of them distinct.
//
// It is direct-mapped, a passage to one slot, the last one stored
// winning: a fixed size whatever the number of claims, no locks, and a
// lookup is one load. What it holds never changes a result, only whether
// toks are computed again.
type tokCache struct {
	slots []atomic.Pointer[tokEntry]
	shift uint
}

type tokEntry struct {
	p    int32
	toks []tok
}

// tokCacheSlots bounds the cache: with passages of 20 to 30 toks of 80
// bytes, about 16 MB when full.
const tokCacheSlots = 1 << 16

// init sizes the cache for n passages: a power of two, at most
// tokCacheSlots, and no more slots than passages.
func (tc *tokCache) init(n int) {
	size := min(tokCacheSlots, 1<<bits.Len(uint(max(n, 1)-1)))
	tc.slots = make([]atomic.Pointer[tokEntry], size)
	tc.shift = uint(64 - bits.Len(uint(size-1)))
}

// slot returns p's slot: Fibonacci hashing spreads neighbouring passages,
// which the candidates of one claim often are, over the slots.
func (tc *tokCache) slot(p int32) *atomic.Pointer[tokEntry] {
	if len(tc.slots) == 1 {
		return &tc.slots[0]
	}
	return &tc.slots[uint64(uint32(p))*0x9E3779B97F4A7C15>>tc.shift]
}

// get returns p's toks, or nil when the cache does not hold them.
func (tc *tokCache) get(p int32) []tok {
	if len(tc.slots) == 0 {
		return nil
	}
	if e := tc.slot(p).Load(); e != nil && e.p == p {
		return e.toks
	}
	return nil
}

// put stores p's toks in p's slot.
func (tc *tokCache) put(p int32, toks []tok) {
	if len(tc.slots) == 0 || toks == nil {
		return
	}
	tc.slot(p).Store(&tokEntry{p: p, toks: toks})
}
