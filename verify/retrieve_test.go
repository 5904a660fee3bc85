package verify

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/verity-news/verity/verify/internal/gen"
)

// TestRetrieve checks candidate retrieval against its definition, on a
// generated corpus whose paragraphs repeat (thousands of passages tie):
// the limit passages holding the most of the stems, at least a share
// minShare of them, ties to the earlier passage. Both ways of counting
// (looking passages up, reading lists), and the choice between them,
// must give exactly that, with and without a filter on sources. The
// counting way is run on blocks of one word and of three too, so that
// lists run across many blocks and blocks holding no probed stem are
// passed over.
func TestRetrieve(t *testing.T) {
	c := seedsAndGenerated(t, gen.Options{Docs: 300, Claims: 200, Seed: 3})
	bitmaps := 0
	for _, k := range c.bitmapOf {
		if k >= 0 {
			bitmaps++
		}
	}
	if bitmaps == 0 {
		t.Fatal("no stem's postings are a bitmap: the corpus does not test them")
	}
	byID := make([]string, len(c.stemID))
	for s, id := range c.stemID {
		byID[id] = s
	}
	held := make([]map[string]bool, len(c.passages))
	for p := range c.passages {
		held[p] = map[string]bool{}
		for sid := range c.passageStems(&c.passages[p]) {
			held[p][byID[sid]] = true
		}
	}
	// want is retrieval by its definition: every passage counted.
	want := func(stems []string, minShare float64, limit int, allow func(int) bool) []int32 {
		need := max(1, int(minShare*float64(len(stems))+0.999999))
		type cand struct{ p, overlap int }
		var cs []cand
		for p := range c.passages {
			if allow != nil && !allow(int(c.passages[p].src)) {
				continue
			}
			ov := 0
			for _, s := range stems {
				if held[p][s] {
					ov++
				}
			}
			if ov >= need {
				cs = append(cs, cand{p, ov})
			}
		}
		slices.SortStableFunc(cs, func(a, b cand) int { return b.overlap - a.overlap })
		var out []int32
		for _, cd := range cs[:min(limit, len(cs))] {
			out = append(out, int32(cd.p))
		}
		return out
	}
	// Stem sets: those of passages (common words, so many ties), of
	// passages with rare stems added, and of two passages together (more
	// than 15 stems: counts take more than four bits).
	rng := rand.New(rand.NewPCG(7, 9))
	var sets [][]string
	for range 60 {
		p := rng.IntN(len(c.passages))
		var ss []string
		for s := range held[p] {
			ss = append(ss, s)
		}
		slices.Sort(ss)
		rng.Shuffle(len(ss), func(i, j int) { ss[i], ss[j] = ss[j], ss[i] })
		ss = ss[:min(len(ss), 2+rng.IntN(12))]
		switch rng.IntN(3) {
		case 0:
			ss = append(ss, byID[rng.IntN(len(byID))])
		case 1:
			ss = append(ss, "nowhere-in-the-corpus")
		}
		sets = append(sets, ss)
	}
	for range 10 {
		seen := map[string]bool{}
		var ss []string
		for _, p := range []int{rng.IntN(len(c.passages)), rng.IntN(len(c.passages))} {
			for s := range held[p] {
				if !seen[s] {
					seen[s] = true
					ss = append(ss, s)
				}
			}
		}
		slices.Sort(ss)
		if len(ss) > 15 {
			sets = append(sets, ss)
		}
	}
	defer func(b int) { sliceBlock = b }(sliceBlock)
	oddSources := func(src int) bool { return src%2 == 1 }
	blocks := []int{1, 3, sliceBlock}
	for i, ss := range sets {
		for _, share := range []float64{0.3, 0.5, 0.8} {
			for _, limit := range []int{1, 5, candidateLimit} {
				for _, allow := range []func(int) bool{nil, oddSources} {
					w := want(ss, share, limit, allow)
					for _, sliceBlock = range blocks {
						if got := c.candidates(ss, share, limit, allow); !slices.Equal(got, w) {
							t.Fatalf("block %d set %d %q share %v limit %d filtered %v:\n got %v\nwant %v",
								sliceBlock, i, ss, share, limit, allow != nil, got, w)
						}
					}
				}
			}
		}
	}
}
