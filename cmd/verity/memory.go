package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"

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

// roomToCheck raises the soft memory limit, when boundMemory set one, to
// leave room for checking claims against an index built under it: what is
// live then stays live while each claim's work becomes garbage soon
// after, and a limit barely above the live heap would have the collector
// mark it all again every few megabytes checked (on the 52 MB corpus, 60
// collections for 10 000 claims, a fifth of the processor time). The
// limit becomes half as much again as the live heap, plus 32 MiB, if
// that is more.
func roomToCheck() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := s[0].Value.Uint64()
	if live > math.MaxInt64/2 {
		return
	}
	want := int64(live) + int64(live)/2 + 32<<20
	if cur := debug.SetMemoryLimit(-1); want > cur {
		debug.SetMemoryLimit(want)
	}
}
