package main

import (
	"math"
	"os"
	"runtime/debug"

	"github.com/verity-news/verity/verify/source"
)

// Memory bound: indexing holds the sources, their quote spans and the
// index, about five to six times the corpus's bytes at its peak, and Go's
// collector by default lets the heap grow to twice what is live before
// collecting. A soft limit of memoryFactor times the corpus (at least
// minMemoryLimit) makes it collect sooner instead, so a 100 MB source
// needs under 1 GB. GOMEMLIMIT, when set, wins.
const (
	memoryFactor   = 8
	minMemoryLimit = 512 << 20
)

// boundMemory sets the soft memory limit for indexing srcs and returns a
// function that restores the limit before it.
func boundMemory(srcs []*source.Source) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	var n int64
	for _, s := range srcs {
		n += int64(len(s.Raw))
	}
	limit := int64(minMemoryLimit)
	if n > (math.MaxInt64-limit)/memoryFactor {
		limit = math.MaxInt64
	} else {
		limit = max(limit, memoryFactor*n)
	}
	prev := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(prev) }
}
