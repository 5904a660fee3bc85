package verify

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify/source"
)

// TestRelease checks the project's claim sets against their sources read
// from disk: with the sources' text released once indexed, and read again
// for checking through a cache of one slot (every source read again each
// time) or many, the results are those of the corpus that keeps the text.
// A source changed or removed before it is read again fails the check.
func TestRelease(t *testing.T) {
	defer func(n int) { reloadedSlots = n }(reloadedSlots)
	archives, err := filepath.Glob("../testdata/verify/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatal("no claim sets", err)
	}
	ctx := context.Background()
	sets := 0
	for _, a := range archives {
		ar, err := txtar.ParseFile(a)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		var cf *claims.File
		for _, f := range ar.Files {
			switch {
			case f.Name == "claims.json":
				if cf, err = claims.Load(f.Name, f.Data); err != nil {
					t.Fatal(err)
				}
			case strings.HasPrefix(f.Name, "sources/"):
				p := filepath.Join(dir, f.Name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, f.Data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "sources")); err != nil || cf == nil {
			continue // checked against the seeds
		}
		sets++
		load := func() []*source.Source {
			lc, _, err := source.Load(ctx, []string{filepath.Join(dir, "sources")}, nil, source.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			return lc.Sources
		}
		kept, err := NewCorpus(ctx, load())
		if err != nil {
			t.Fatal(err)
		}
		want, err := kept.Check(ctx, cf)
		if err != nil {
			t.Fatal(err)
		}
		srcs := load()
		for _, slots := range []int{1, 1024} {
			reloadedSlots = slots
			// The second time, the sources are already released: they
			// are read again to be indexed.
			lean, err := NewCorpusWith(ctx, srcs, CorpusOptions{Release: true})
			if err != nil {
				t.Fatal(err)
			}
			if lean.Spans != nil || !srcs[0].Released() || srcs[0].Text != "" {
				t.Fatalf("%s: the sources were not released (spans %v, released %v, text %d)", a, lean.Spans != nil, srcs[0].Released(), len(srcs[0].Text))
			}
			got, err := lean.Check(ctx, cf)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				for i := range got {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Fatalf("%s, %d slots: claim %s:\n got %+v\nwant %+v", a, slots, got[i].ID, got[i], want[i])
					}
				}
			}
			if lean.Stats() != kept.Stats() {
				t.Errorf("%s: stats %+v, want %+v", a, lean.Stats(), kept.Stats())
			}
		}

		// Every claim reads a source again (one slot): a changed file is
		// noticed, and so is a removed one.
		reloadedSlots = 1
		lean, err := NewCorpusWith(ctx, srcs, CorpusOptions{Release: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range srcs {
			p := filepath.Join(dir, "sources", strings.TrimPrefix(s.Name, filepath.Join(dir, "sources")+"/"))
			if err := os.WriteFile(p, []byte("Changed."), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := lean.Check(ctx, cf); !errors.Is(err, source.ErrChanged) || !strings.Contains(err.Error(), "changed while verity was reading it") {
			t.Errorf("%s: checked against changed files: %v", a, err)
		}
		if _, err := NewCorpusWith(ctx, srcs, CorpusOptions{Release: true}); !errors.Is(err, source.ErrChanged) {
			t.Errorf("%s: indexed changed files: %v", a, err)
		}
		if err := os.RemoveAll(filepath.Join(dir, "sources")); err != nil {
			t.Fatal(err)
		}
		if _, err := lean.Check(ctx, cf); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: checked against removed files: %v", a, err)
		}
	}
	if sets < 10 {
		t.Fatalf("only %d claim sets with sources", sets)
	}
}
