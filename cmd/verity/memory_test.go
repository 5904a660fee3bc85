package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

func TestBoundMemory(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	big := &source.Source{Raw: make([]byte, 100<<20)}
	restore := boundMemory([]*source.Source{big}, 0)
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
	restore = boundMemory([]*source.Source{big, lc.Sources[0]}, 0)
	if got, want := debug.SetMemoryLimit(-1), int64(keptFactor*(100<<20)+releasedFactor*31000); got != want {
		t.Errorf("limit for 100 MB held and 31 000 bytes on disk: %d, want %d", got, want)
	}
	restore()

	// What is live before the sources (the claims) is added.
	restore = boundMemory([]*source.Source{big}, 7<<20)
	if got := debug.SetMemoryLimit(-1); got != keptFactor*100<<20+7<<20 {
		t.Errorf("limit for 100 MB held with 7 MiB of claims: %d", got)
	}
	restore()

	restore = boundMemory([]*source.Source{{Raw: []byte("small")}}, 0)
	if got := debug.SetMemoryLimit(-1); got != minMemoryLimit {
		t.Errorf("limit for a small corpus: %d, want the floor %d", got, minMemoryLimit)
	}
	restore()

	t.Setenv("GOMEMLIMIT", "300MiB")
	restore = boundMemory([]*source.Source{big}, 0)
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set the limit changed to %d", got)
	}
	restore()
}

func TestRoomToCheck(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	keep := make([]byte, 64<<20) // live: 64 MiB
	runtime.GC()
	debug.SetMemoryLimit(80 << 20)
	grow := roomToCheck()
	if got := debug.SetMemoryLimit(-1); got < 64<<20+16<<20+16<<20 {
		t.Errorf("limit after indexing 64 MiB: %d MiB, want at least 96", got>>20)
	}
	// What is live grows while checking: keep raises the limit with it.
	more := make([]byte, 64<<20)
	runtime.GC()
	grow()
	runtime.KeepAlive(keep)
	runtime.KeepAlive(more)
	if got := debug.SetMemoryLimit(-1); got < 128<<20+32<<20+16<<20 {
		t.Errorf("limit with 128 MiB live: %d MiB, want at least 176", got>>20)
	}
	debug.SetMemoryLimit(1 << 40)
	roomToCheck()
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("a looser limit was lowered to %d", got)
	}
	t.Setenv("GOMEMLIMIT", "300MiB")
	debug.SetMemoryLimit(80 << 20)
	roomToCheck()()
	if got := debug.SetMemoryLimit(-1); got != 80<<20 {
		t.Errorf("with GOMEMLIMIT set the limit changed to %d", got)
	}
}
