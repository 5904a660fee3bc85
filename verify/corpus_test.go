package verify

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/verity-news/verity/claims"
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
				case p.quote < 0:
					parts = []source.Range{{Start: int(p.start), End: int(p.end)}}
				case p.start < -1:
					parts = x.joined[-p.start-2]
				default:
					parts = x.spans[p.quote].Parts
				}
				var want []string
				for _, r := range parts {
					for _, w := range words.Tokenize(src.Text[r.Start:r.End]) {
						want = append(want, w.Stem)
					}
				}
				if head, ok := headRow(src.Blocks, src.BlockAt(int(p.start))); ok && p.quote < 0 {
					// A table row holds its heading row's stems too.
					for _, w := range words.Tokenize(src.Text[head.Start:head.End]) {
						want = append(want, w.Stem)
					}
				}
				slices.Sort(want)
				want = slices.Compact(want)
				if p.quote < 0 && linkSentence(src, int(p.start)) {
					want = nil
				}
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

// TestGaps checks the encoding of id lists on gaps of every length.
func TestGaps(t *testing.T) {
	ids := []int32{0, 1, 2, 129, 130, 258, 16642, 16643, 2113700, 2113701, 1<<30 + 7, 1<<31 - 1}
	var b []byte
	prev := int32(-1)
	for _, id := range ids {
		n := len(b)
		b = appendGap(b, prev, id)
		if len(b)-n != gapLen(prev, id) {
			t.Fatalf("gap %d→%d: %d bytes, gapLen says %d", prev, id, len(b)-n, gapLen(prev, id))
		}
		prev = id
	}
	i, id := 0, int32(-1)
	for k, want := range ids {
		var x uint32
		x, i = nextGap(b, i)
		if id += int32(x) + 1; id != want {
			t.Fatalf("id %d: got %d, want %d", k, id, want)
		}
	}
	if i != len(b) {
		t.Fatalf("%d bytes read of %d", i, len(b))
	}
}

// TestIndex checks the corpus's encoded stem ids and postings against
// tokenising every passage: each passage holds exactly its stems, each
// stem's postings list exactly the passages holding it, and sourceHasStem
// agrees.
func TestIndex(t *testing.T) {
	extra, err := gen.ReadArchives("../testdata/verify/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	c := seedsAndGenerated(t, gen.Options{Docs: 200, Claims: 1, Seed: 1, Extra: extra})
	byID := make([]string, len(c.stemID))
	for s, id := range c.stemID {
		byID[id] = s
	}
	holders := make([][]int32, len(byID)) // stem id → passages, from the passages' stems
	inSource := map[[2]int32]bool{}
	for i := range c.passages {
		p := &c.passages[i]
		if i < int(c.srcPass[p.src]) || i >= int(c.srcPass[p.src+1]) {
			t.Fatalf("passage %d of source %d outside srcPass", i, p.src)
		}
		var want []string
		var buf [1]source.Range
		for _, r := range c.parts(p, &buf) {
			for _, w := range words.Tokenize(c.Sources[p.src].Text[r.Start:r.End]) {
				want = append(want, w.Stem)
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if p.quote < 0 && linkSentence(c.Sources[p.src], int(p.start)) {
			want = nil
		}
		var got []string
		b, k, id := c.stemIDs(p), 0, int32(-1)
		for range p.nstem {
			var x uint32
			x, k = nextGap(b, k)
			id += int32(x) + 1
			got = append(got, byID[id])
			holders[id] = append(holders[id], int32(i))
			inSource[[2]int32{p.src, id}] = true
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("passage %d: stems\n%q, want\n%q", i, got, want)
		}
	}
	bitmaps := 0
	for sid := range byID {
		var got []int32
		if bm := c.bitmap(int32(sid)); bm != nil {
			bitmaps++
			if int(c.postN[sid])*denseShare < len(c.passages) {
				t.Fatalf("stem %q: a bitmap for %d passages of %d", byID[sid], c.postN[sid], len(c.passages))
			}
			for p := range c.passages {
				if bm[p>>6]>>(p&63)&1 != 0 {
					got = append(got, int32(p))
				}
			}
		} else {
			post, p := c.postings(int32(sid)), int32(-1)
			for i := 0; i < len(post); {
				var x uint32
				x, i = nextGap(post, i)
				p += int32(x) + 1
				got = append(got, p)
			}
		}
		if !slices.Equal(got, holders[sid]) || int(c.postN[sid]) != len(got) {
			t.Fatalf("stem %q: postings %v (postN %d), want %v", byID[sid], got, c.postN[sid], holders[sid])
		}
	}
	if bitmaps == 0 || bitmaps == len(byID) {
		t.Fatalf("%d of %d stems' postings are bitmaps: both kinds should be tested", bitmaps, len(byID))
	}
	for src := range c.Sources {
		for sid, s := range byID {
			if got, want := c.sourceHasStem(int32(src), s), inSource[[2]int32{int32(src), int32(sid)}]; got != want {
				t.Fatalf("sourceHasStem(%d, %q) = %v, want %v", src, s, got, want)
			}
		}
	}
	if c.sourceHasStem(0, "no such stem") {
		t.Fatal("sourceHasStem of a stem not in the corpus")
	}
}

// BenchmarkCandidates measures candidate retrieval alone: the claims of
// -bench.corpus (see BenchmarkCheckOnly) against its corpus, built once.
func BenchmarkCandidates(b *testing.B) {
	dir := flag.Lookup("bench.corpus").Value.String()
	if dir == "" {
		b.Skip("no -bench.corpus DIR")
	}
	ctx := context.Background()
	lc, _, err := source.Load(ctx, []string{filepath.Join(dir, "sources")}, nil, source.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	c, err := NewCorpus(ctx, lc.Sources)
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "claims.json"))
	if err != nil {
		b.Fatal(err)
	}
	cf, err := claims.Load("claims.json", data)
	if err != nil {
		b.Fatal(err)
	}
	var cis []*claimInfo
	var stems [][]string
	var cores []int
	for i := range cf.Claims {
		ci := c.prepare(&cf.Claims[i])
		cis = append(cis, ci)
		st, core := ci.retrievalStems()
		stems, cores = append(stems, st), append(cores, core)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, ci := range cis {
			c.candidates(stems[i], retrievalShare(len(stems[i]), cores[i]), candidateLimit, ci.allow)
		}
	}
	b.ReportMetric(float64(len(cis))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

// seedsAndGenerated indexes the seeds and the documents gen generates
// with opt.
func seedsAndGenerated(t *testing.T, opt gen.Options) *Corpus {
	t.Helper()
	seeds, err := source.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	srcs := slices.Clone(seeds)
	for _, d := range gen.Generate(opt).Docs {
		src, err := source.Parse(d.Name, d.Data)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	c, err := NewCorpus(context.Background(), srcs)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// linkSentence reports whether the sentence of src starting at Text offset
// start lies in a link block, which no stem finds.
func linkSentence(src *source.Source, start int) bool {
	for _, st := range src.Sentences {
		if st.Start == start {
			return src.Blocks[st.Block].Link
		}
	}
	return false
}
