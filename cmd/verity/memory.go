package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"

	"github.com/verity-news/verity/verify/source"
)

// Memory bound: Go's collector by default lets the heap grow to twice
// what is live before collecting. A soft limit of a few times the
// corpus's bytes (at least minMemoryLimit) makes it collect sooner
// instead. Indexing holds the sources as read, which it releases one by
// one once indexed (verify.CorpusOptions.Release), and the index and quote
// speakers it builds, about 1.5 times the bytes of the sources released
// (79 MB live for the generated 52 MB corpus of verify/internal/gen):
// releasedFactor times their bytes leaves the collector room to work. A
// source that cannot be released (stdin, the seeds) is held with its
// spans, about 3.5 times its bytes: keptFactor. GOMEMLIMIT, when set, wins.
const (
	releasedFactor = 2.5
	keptFactor     = 5
	minMemoryLimit = 128 << 20
)

// boundMemory sets the soft memory limit for indexing srcs and returns a
// function that restores the limit before it.
func boundMemory(srcs []*source.Source) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	var n float64
	for _, s := range srcs {
		if s.OnDisk() {
			n += releasedFactor * float64(s.Size())
		} else {
			n += keptFactor * float64(s.Size())
		}
	}
	limit := int64(math.MaxInt64)
	if n < math.MaxInt64/2 {
		limit = max(minMemoryLimit, int64(n))
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
// limit becomes a quarter as much again as the live heap, plus 16 MiB,
// if that is more.
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
	want := int64(live) + int64(live)/4 + 16<<20
	if cur := debug.SetMemoryLimit(-1); want > cur {
		debug.SetMemoryLimit(want)
	}
}
