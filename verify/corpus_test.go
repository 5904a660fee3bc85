package verify

import (
	"flag"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/verity-news/verity/verify/internal/gen"
	"github.com/verity-news/verity/verify/source"
	"github.com/verity-news/verity/verify/words"
)

var stemsDocs = flag.Int("stems.docs", 1000, "TestPassageStems: number of generated documents")

// TestPassageStems checks that indexSource, which tokenises each sentence
// once and takes a quote's stems from its sentences' tokens where
// words.Cut allows, gives every passage exactly the stems of tokenising
// its parts on their own, on the seeds, the fixtures (testdata/verify) and
// a generated corpus.
func TestPassageStems(t *testing.T) {
	seeds, err := source.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, srcs []*source.Source) {
		quotes := 0
		for _, src := range srcs {
			x := indexSource(0, src)
			quotes += len(x.spans)
			for k := range x.passages {
				p := &x.passages[k]
				var parts []source.Range
				switch {
				case p.span == nil:
					parts = []source.Range{{Start: int(p.start), End: int(p.end)}}
				case p.start < -1:
					parts = x.joined[-p.start-2]
				default:
					parts = p.span.Parts
				}
				var want []string
				for _, r := range parts {
					for _, w := range words.Tokenize(src.Text[r.Start:r.End]) {
						want = append(want, w.Stem)
					}
				}
				slices.Sort(want)
				want = slices.Compact(want)
				var got []string
				for _, l := range x.ids[p.stem0 : p.stem0+p.nstem] {
					got = append(got, x.stems[l])
				}
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("%s: %s: passage %d %v: stems\n%q, want\n%q", name, src.Name, k, parts, got, want)
				}
				if len(got) != int(p.nstem) {
					t.Fatalf("%s: %s: passage %d: a stem listed twice", name, src.Name, k)
				}
			}
		}
		t.Logf("%s: %d sources, %d quotes", name, len(srcs), quotes)
	}
	check("seeds", seeds)

	archives, _ := filepath.Glob("../testdata/verify/*.txtar")
	var fixtures []*source.Source
	for _, path := range archives {
		ar, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if name, ok := strings.CutPrefix(f.Name, "sources/"); ok {
				src, err := source.Parse(name, f.Data)
				if err != nil {
					t.Fatal(err)
				}
				fixtures = append(fixtures, src)
			}
		}
	}
	check("fixtures", fixtures)

	extra, err := gen.ReadArchives("../testdata/verify/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	c := gen.Generate(gen.Options{Docs: *stemsDocs, Claims: 1, Seed: 1, Extra: extra})
	var generated []*source.Source
	for _, d := range c.Docs {
		src, err := source.Parse(d.Name, d.Data)
		if err != nil {
			t.Fatal(err)
		}
		generated = append(generated, src)
	}
	check("generated", generated)
}
