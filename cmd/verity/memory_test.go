package main

import (
	"runtime/debug"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

func TestBoundMemory(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetMemoryLimit(-1)
	big := &source.Source{Raw: make([]byte, 100<<20)}
	restore := boundMemory([]*source.Source{big})
	if got := debug.SetMemoryLimit(-1); got != memoryFactor*100<<20 {
		t.Errorf("limit for 100 MB: %d, want %d", got, memoryFactor*100<<20)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore: %d, want %d", got, before)
	}

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
