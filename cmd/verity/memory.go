package main

import (
	"math"
	"os"
	"runtime"
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
// (87 MB live for the generated 52 MB corpus of verify/internal/gen):
// releasedFactor times their bytes leaves the collector room to work. A
// source that cannot be released (stdin, the seeds) is held with its
// spans, about 3.5 times its bytes: keptFactor. Checking keeps to that
// limit while it leaves room (see roomToCheck). GOMEMLIMIT, when set, wins.
const (
	releasedFactor = 2.5
	keptFactor     = 5
	minMemoryLimit = 128 << 20
)

// boundMemory sets the soft memory limit for indexing srcs, on top of held
// bytes live before the sources were read (the claims: 10 000 of them
// hold tens of megabytes, which would otherwise eat the room indexing
// needs), and returns a function that restores the limit before it.
func boundMemory(srcs []*source.Source, held int64) (restore func()) {
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
	if n < math.MaxInt64/4 && held < math.MaxInt64/4 {
		limit = max(minMemoryLimit, int64(n)) + held
	}
	prev := debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(prev) }
}

// liveHeap collects and returns the bytes then live on the heap.
func liveHeap() int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return 0 // not used: no limit is set
	}
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[0].Value.Uint64() > math.MaxInt64/4 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// roomToCheck makes room, under the soft limit boundMemory set (when it
// set one), for checking claims against the index built under it: what
// is live then stays live while each claim's work becomes garbage soon
// after, and a limit barely above the live heap would have the collector
// mark it all again every few megabytes checked (on the 52 MB corpus, 500
// collections for 10 000 claims, nearly half the processor time). The
// limit becomes at least a quarter as much again as the live heap, plus
// 16 MiB; it is never lowered, so checking stays within the memory
// indexing took when that leaves room. It returns keep, to call every few
// hundred claims: the results gathered grow what is live, and keep raises
// the limit with it.
func roomToCheck() (keep func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	keep = func() {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(s)
		if s[0].Value.Kind() != metrics.KindUint64 || s[0].Value.Uint64() > math.MaxInt64/4 {
			return
		}
		live := int64(s[0].Value.Uint64())
		if want := live + live/4 + 16<<20; want > debug.SetMemoryLimit(-1) {
			debug.SetMemoryLimit(want)
		}
	}
	keep()
	return keep
}
