package main

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

func TestBoundMemory(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	big := &source.Source{Raw: make([]byte, 100<<20)}
	restore := boundMemory([]*source.Source{big})
	if got := debug.SetMemoryLimit(-1); got != keptFactor*100<<20 {
		t.Errorf("limit for 100 MB held: %d, want %d", got, keptFactor*100<<20)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore: %d, want %d", got, before)
	}

	// A source read from a file is released once indexed: it needs less.
	path := filepath.Join(t.TempDir(), "disk.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("The minister said it was fine.\n"), 1000), 0o644); err != nil {
		t.Fatal(err)
	}
	lc, _, err := source.Load(context.Background(), []string{path}, nil, source.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	restore = boundMemory([]*source.Source{big, lc.Sources[0]})
	if got, want := debug.SetMemoryLimit(-1), int64(keptFactor*(100<<20)+releasedFactor*31000); got != want {
		t.Errorf("limit for 100 MB held and 31 000 bytes on disk: %d, want %d", got, want)
	}
	restore()

	restore = boundMemory([]*source.Source{{Raw: []byte("small")}})
	if got := debug.SetMemoryLimit(-1); got != minMemoryLimit {
		t.Errorf("limit for a small corpus: %d, want the floor %d", got, minMemoryLimit)
	}
	restore()

	t.Setenv("GOMEMLIMIT", "300MiB")
	restore = boundMemory([]*source.Source{big})
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set the limit changed to %d", got)
	}
	restore()
}

func TestRoomToCheck(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	beforeLimit, beforePct := debug.SetMemoryLimit(-1), debug.SetGCPercent(100)
	defer func() {
		debug.SetMemoryLimit(beforeLimit)
		debug.SetGCPercent(beforePct)
	}()
	debug.SetMemoryLimit(80 << 20)
	restore := roomToCheck()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit while checking: %d, want none", got)
	}
	if got := debug.SetGCPercent(checkGCPercent); got != checkGCPercent {
		t.Errorf("GC percent while checking: %d, want %d", got, checkGCPercent)
	}
	restore()
	if got, pct := debug.SetMemoryLimit(-1), debug.SetGCPercent(100); got != 80<<20 || pct != 100 {
		t.Errorf("after checking: limit %d, GC percent %d; want the indexing limit and 100", got, pct)
	}
	for _, env := range []string{"GOMEMLIMIT", "GOGC"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "300")
			roomToCheck()()
			if got, pct := debug.SetMemoryLimit(-1), debug.SetGCPercent(100); got != 80<<20 || pct != 100 {
				t.Errorf("with %s set: limit %d, GC percent %d changed", env, got, pct)
			}
		})
	}
}
