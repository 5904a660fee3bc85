package verify

import (
	"context"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/verity-news/verity/verify/quote"
	"github.com/verity-news/verity/verify/source"
	"github.com/verity-news/verity/verify/words"
)

// passage is a unit of evidence: a sentence of a source, or a quote span.
type passage struct {
	src   int            // index into Corpus.Sources
	parts []source.Range // Text ranges of the words; one for a sentence
	span  *quote.Span    // the quote; nil for a sentence
}

// speaker returns the passage's speaker: the quote's, or "" for a sentence.
func (p *passage) speaker() string {
	if p.span == nil {
		return ""
	}
	return p.span.Speaker
}

// Corpus is the evidence a run checks claims against: the sources, their
// quote spans, and an inverted index from word stems to passages. Build it
// once with NewCorpus; it is safe for concurrent use.
type Corpus struct {
	Sources []*source.Source
	// Spans holds each source's quote spans, Spans[i] for Sources[i].
	Spans [][]quote.Span

	passages []passage
	stemID   map[string]int32
	postings [][]int32 // stem id → passage ids, ascending
	forward  []int32   // stem ids of passage p: forward[fwdOff[p]:fwdOff[p+1]], ascending
	fwdOff   []int32
}

// sourceIndex is one source's passages and their stems, before merging.
type sourceIndex struct {
	spans    []quote.Span
	passages []passage
	stems    [][]string // unique stems of each passage
}

// NewCorpus extracts the quote spans of every source and indexes their
// sentences and quotes. Sources are processed in parallel; the result does
// not depend on the order they finish in.
func NewCorpus(ctx context.Context, srcs []*source.Source) (*Corpus, error) {
	per := make([]sourceIndex, len(srcs))
	if err := parallel(ctx, len(srcs), func(i int) {
		per[i] = indexSource(i, srcs[i])
	}); err != nil {
		return nil, err
	}
	c := &Corpus{Sources: srcs, Spans: make([][]quote.Span, len(srcs)), stemID: map[string]int32{}}
	for i := range per {
		c.Spans[i] = per[i].spans
		for k, p := range per[i].passages {
			id := int32(len(c.passages))
			c.passages = append(c.passages, p)
			c.fwdOff = append(c.fwdOff, int32(len(c.forward)))
			start := len(c.forward)
			for _, s := range per[i].stems[k] {
				sid, ok := c.stemID[s]
				if !ok {
					sid = int32(len(c.postings))
					c.stemID[s] = sid
					c.postings = append(c.postings, nil)
				}
				c.postings[sid] = append(c.postings[sid], id)
				c.forward = append(c.forward, sid)
			}
			ids := c.forward[start:]
			sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
		}
		per[i] = sourceIndex{}
	}
	c.fwdOff = append(c.fwdOff, int32(len(c.forward)))
	return c, nil
}

func indexSource(i int, src *source.Source) sourceIndex {
	x := sourceIndex{spans: quote.Extract(src)}
	for _, s := range src.Sentences {
		x.passages = append(x.passages, passage{src: i, parts: []source.Range{s.Range}})
	}
	for k := range x.spans {
		sp := &x.spans[k]
		x.passages = append(x.passages, passage{src: i, parts: sp.Parts, span: sp})
		// A direct quote split around its attribution ("“…,” she said.
		// “…”") is also one passage, so a claim may run across the split.
		if k > 0 && splitQuote(&x.spans[k-1], sp, src.Text) {
			parts := append(append([]source.Range{}, x.spans[k-1].Parts...), sp.Parts...)
			x.passages = append(x.passages, passage{src: i, parts: parts, span: &x.spans[k-1]})
		}
	}
	x.stems = make([][]string, len(x.passages))
	for k, p := range x.passages {
		seen := map[string]bool{}
		for _, r := range p.parts {
			for _, w := range words.Tokenize(src.Text[r.Start:r.End]) {
				if !seen[w.Stem] {
					seen[w.Stem] = true
					x.stems[k] = append(x.stems[k], w.Stem)
				}
			}
		}
	}
	return x
}

// splitGap is the most Text bytes between the two halves of a quote split
// around its attribution: room for ", said the Defence Secretary on Monday. ".
const splitGap = 120

// splitQuote reports whether b continues a, a direct quote of the same
// speaker interrupted only by its attribution.
func splitQuote(a, b *quote.Span, text string) bool {
	if a.Speaker == "" || a.Speaker != b.Speaker || a.Kind != quote.Direct || b.Kind != quote.Direct ||
		len(a.Parts) == 0 || len(b.Parts) == 0 {
		return false
	}
	end, start := a.Parts[len(a.Parts)-1].End, b.Parts[0].Start
	return start >= end && start-end <= splitGap && !strings.Contains(text[end:start], "\n\n")
}

// tokens returns the passage's toks, offsets into its source's Text.
func (c *Corpus) tokens(p *passage) []tok {
	text := c.Sources[p.src].Text
	if len(p.parts) == 1 {
		r := p.parts[0]
		return tokens(text[r.Start:r.End], r.Start)
	}
	var out []tok
	for _, r := range p.parts {
		out = append(out, tokens(text[r.Start:r.End], r.Start)...)
	}
	return out
}

// hasStem reports whether passage p contains stem id sid.
func (c *Corpus) hasStem(p int32, sid int32) bool {
	ids := c.forward[c.fwdOff[p]:c.fwdOff[p+1]]
	k := sort.Search(len(ids), func(i int) bool { return ids[i] >= sid })
	return k < len(ids) && ids[k] == sid
}

// candidates returns the passages that may hold at least a share minShare
// of the given stems, best first, at most limit of them, among the
// passages allow accepts (nil: all).
//
// It reads the postings of only the rarest stems: a passage holding at
// least ceil(minShare·n) of n stems must hold one of the n-ceil(minShare·n)+1
// rarest (prefix filtering), so the cost per claim follows those short
// lists, not the corpus size.
func (c *Corpus) candidates(stems []string, minShare float64, limit int, allow func(src int) bool) []int32 {
	var ids []int32
	for _, s := range stems {
		if sid, ok := c.stemID[s]; ok {
			ids = append(ids, sid)
		}
	}
	n := len(stems)
	if n == 0 || len(ids) == 0 {
		return nil
	}
	need := int(minShare*float64(n) + 0.999999)
	if need < 1 {
		need = 1
	}
	if len(ids) < need {
		return nil
	}
	sort.Slice(ids, func(a, b int) bool {
		la, lb := len(c.postings[ids[a]]), len(c.postings[ids[b]])
		if la != lb {
			return la < lb
		}
		return ids[a] < ids[b]
	})
	probe := len(ids) - need + 1
	seen := map[int32]bool{}
	type cand struct {
		p       int32
		overlap int
	}
	var cands []cand
	for _, sid := range ids[:probe] {
		for _, p := range c.postings[sid] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if allow != nil && !allow(c.passages[p].src) {
				continue
			}
			overlap := 0
			for _, s := range ids {
				if c.hasStem(p, s) {
					overlap++
				}
			}
			if overlap >= need {
				cands = append(cands, cand{p, overlap})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		if cands[a].overlap != cands[b].overlap {
			return cands[a].overlap > cands[b].overlap
		}
		return cands[a].p < cands[b].p
	})
	if len(cands) > limit {
		cands = cands[:limit]
	}
	out := make([]int32, len(cands))
	for i, cd := range cands {
		out[i] = cd.p
	}
	return out
}

// parallel runs f(0..n-1) on GOMAXPROCS workers, stopping early when ctx
// is done.
func parallel(ctx context.Context, n int, f func(i int)) error {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	var err error
loop:
	for i := 0; i < n; i++ {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break loop
		}
	}
	close(next)
	wg.Wait()
	return err
}
