package main

import (
	"math"
	"os"
	"runtime/debug"

	"github.com/verity-news/verity/verify/source"
)

// Memory bound: indexing holds the sources, their quote spans and the
// index, about four times the corpus's bytes at its peak (209 MB for the
// generated 52 MB corpus of verify/internal/gen), and Go's
// collector by default lets the heap grow to twice what is live before
// collecting. A soft limit of memoryFactor times the corpus (at least
// minMemoryLimit) makes it collect sooner instead: on that corpus the peak
// resident set falls from 7.4 to 5.2 times the corpus, for a tenth more
// processor time. Below about four times, the collector would run almost
// without pause and the peak would not fall. GOMEMLIMIT, when set, wins.
const (
	memoryFactor   = 5
	minMemoryLimit = 128 << 20
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
