package verify

import (
	"context"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/verity-news/verity/verify/quote"
	"github.com/verity-news/verity/verify/source"
	"github.com/verity-news/verity/verify/words"
)

// passage is a unit of evidence: a sentence of a source, or a quote span.
type passage struct {
	src   int32          // index into Corpus.Sources
	span  *quote.Span    // the quote; nil for a sentence
	parts []source.Range // Text ranges of the words; one for a sentence
	stems []int32        // ids of the passage's stems, ascending, unique
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
}

// Stats are counts of what a corpus holds.
type Stats struct {
	Sources  int   // documents
	Bytes    int64 // their size as read, in bytes
	Quotes   int   // quote spans found
	Passages int   // sentences and quote spans indexed
	Stems    int   // distinct stems in the index
}

// Stats counts what the corpus holds.
func (c *Corpus) Stats() Stats {
	st := Stats{Sources: len(c.Sources), Passages: len(c.passages), Stems: len(c.postings)}
	for i, s := range c.Sources {
		st.Bytes += int64(len(s.Raw))
		st.Quotes += len(c.Spans[i])
	}
	return st
}

// sourceIndex is one source's passages and their stems, before merging.
// Stems are numbered locally, in order of first use; the merge turns the
// local numbers into the corpus's.
type sourceIndex struct {
	spans    []quote.Span
	passages []passage // stems not yet set
	stems    []string  // local stem id → stem
	ids      []int32   // local stem ids of every passage, one after another
	ends     []int32   // passage k's ids are ids[ends[k-1]:ends[k]]
}

// mergeWindow bounds how many sources may be indexed ahead of the merge, so
// that the per-source scratch of a large corpus is never held all at once.
const mergeWindow = 64

// NewCorpus extracts the quote spans of every source and indexes their
// sentences and quotes. Sources are processed in parallel and merged into
// the index in source order, so the result does not depend on the order
// they finish in.
func NewCorpus(ctx context.Context, srcs []*source.Source) (*Corpus, error) {
	c := &Corpus{Sources: srcs, Spans: make([][]quote.Span, len(srcs)), stemID: map[string]int32{}}
	var global []int32 // local stem id → corpus stem id, per source
	err := parallelOrdered(ctx, len(srcs), mergeWindow, func(i int) sourceIndex {
		return indexSource(i, srcs[i])
	}, func(i int, x sourceIndex) {
		c.Spans[i] = x.spans
		global = global[:0]
		for _, s := range x.stems {
			sid, ok := c.stemID[s]
			if !ok {
				sid = int32(len(c.postings))
				c.stemID[s] = sid
				c.postings = append(c.postings, nil)
			}
			global = append(global, sid)
		}
		// The passages' stems share one array per source.
		all := x.ids
		for j, l := range all {
			all[j] = global[l]
		}
		prev := int32(0)
		for k := range x.passages {
			p := &x.passages[k]
			ids := all[prev:x.ends[k]:x.ends[k]]
			prev = x.ends[k]
			slices.Sort(ids)
			p.stems = ids
			id := int32(len(c.passages))
			for _, sid := range ids {
				c.postings[sid] = append(c.postings[sid], id)
			}
			c.passages = append(c.passages, *p)
		}
	})
	if err != nil {
		return nil, err
	}
	c.passages = slices.Clip(c.passages)
	return c, nil
}

// indexScratch is reused between the sources a worker indexes.
type indexScratch struct {
	local map[string]int32 // stem → local id
	seen  []int32          // local id → last passage that used it, +1
}

var scratchPool = sync.Pool{New: func() any { return &indexScratch{local: map[string]int32{}} }}

func indexSource(i int, src *source.Source) sourceIndex {
	x := sourceIndex{spans: quote.Extract(src)}
	x.passages = make([]passage, 0, len(src.Sentences)+len(x.spans))
	ranges := make([]source.Range, len(src.Sentences))
	for k, s := range src.Sentences {
		ranges[k] = s.Range
		x.passages = append(x.passages, passage{src: int32(i), parts: ranges[k : k+1 : k+1]})
	}
	for k := range x.spans {
		sp := &x.spans[k]
		x.passages = append(x.passages, passage{src: int32(i), parts: sp.Parts, span: sp})
		// A direct quote split around its attribution ("“…,” she said.
		// “…”") is also one passage, so a claim may run across the split.
		if k > 0 && splitQuote(&x.spans[k-1], sp, src.Text) {
			parts := append(append([]source.Range{}, x.spans[k-1].Parts...), sp.Parts...)
			x.passages = append(x.passages, passage{src: int32(i), parts: parts, span: &x.spans[k-1]})
		}
	}
	sc := scratchPool.Get().(*indexScratch)
	clear(sc.local)
	sc.seen = sc.seen[:0]
	x.ends = make([]int32, len(x.passages))
	for k := range x.passages {
		mark := int32(k + 1)
		for _, r := range x.passages[k].parts {
			for _, w := range words.Tokenize(src.Text[r.Start:r.End]) {
				l, ok := sc.local[w.Stem]
				if !ok {
					l = int32(len(x.stems))
					sc.local[w.Stem] = l
					x.stems = append(x.stems, w.Stem)
					sc.seen = append(sc.seen, 0)
				}
				if sc.seen[l] != mark {
					sc.seen[l] = mark
					x.ids = append(x.ids, l)
				}
			}
		}
		x.ends[k] = int32(len(x.ids))
	}
	scratchPool.Put(sc)
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

// overlap counts the stem ids of sorted (ascending) found in passage p.
func (c *Corpus) overlap(p int32, sorted []int32) int {
	ps := c.passages[p].stems
	n, i, j := 0, 0, 0
	for i < len(ps) && j < len(sorted) {
		switch a, b := ps[i], sorted[j]; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
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
	sorted := slices.Clone(ids)
	slices.Sort(sorted)

	sc := candPool.Get().(*candScratch)
	if len(sc.visited) < (len(c.passages)+63)/64 {
		sc.visited = make([]uint64, (len(c.passages)+63)/64)
	}
	defer func() {
		for _, p := range sc.touched {
			sc.visited[p>>6] = 0
		}
		sc.touched = sc.touched[:0]
		candPool.Put(sc)
	}()
	// byOverlap[v] counts the candidates holding v of the stems.
	byOverlap := make([]int, len(ids)+1)
	type cand struct {
		p       int32
		overlap int
	}
	var cands []cand
	for k, sid := range ids[:probe] {
		for _, p := range c.postings[sid] {
			w, bit := p>>6, uint64(1)<<(p&63)
			if sc.visited[w]&bit != 0 {
				continue
			}
			sc.visited[w] |= bit
			sc.touched = append(sc.touched, p)
			if allow != nil && !allow(int(c.passages[p].src)) {
				continue
			}
			if ov := c.overlap(p, sorted); ov >= need {
				cands = append(cands, cand{p, ov})
				byOverlap[ov]++
			}
		}
		// Every passage holding at least len(ids)-k of the stems holds one
		// of the k+1 rarest, so all of them are among the candidates now.
		// When there are limit of them already, a passage not yet seen
		// holds fewer and cannot be among the best: stop reading lists.
		if countFrom(byOverlap, len(ids)-k) >= limit {
			break
		}
	}
	// Only candidates at or above the overlap of the limit-th best matter.
	floor := need
	for v := len(ids); v > need; v-- {
		if countFrom(byOverlap, v) >= limit {
			floor = v
			break
		}
	}
	if floor > need {
		cands = slices.DeleteFunc(cands, func(cd cand) bool { return cd.overlap < floor })
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

// countFrom returns the number of candidates holding at least v stems.
func countFrom(byOverlap []int, v int) int {
	n := 0
	for ; v < len(byOverlap); v++ {
		n += byOverlap[v]
	}
	return n
}

// candScratch is a passage bitmap reused between claims: the bits set are
// listed in touched and cleared after each use.
type candScratch struct {
	visited []uint64
	touched []int32
}

var candPool = sync.Pool{New: func() any { return new(candScratch) }}

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

// parallelOrdered runs work(0..n-1) on GOMAXPROCS workers and hands each
// result to merge in index order, on one goroutine, as soon as the results
// before it are merged. Workers run at most window indexes ahead of the
// merge, which bounds the results held at once.
func parallelOrdered[T any](ctx context.Context, n, window int, work func(i int) T, merge func(i int, x T)) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	window = max(window, workers)
	type slot struct {
		x    T
		done chan struct{}
	}
	slots := make([]slot, window)
	for k := range slots {
		slots[k].done = make(chan struct{}, 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				s := &slots[i%window]
				s.x = work(i)
				s.done <- struct{}{}
			}
		}()
	}
	// The feeder keeps workers at most window ahead: index i is handed out
	// only after index i-window is merged (its slot is free again).
	free := make(chan struct{}, window)
	for range window {
		free <- struct{}{}
	}
	stop := make(chan struct{})
	go func() {
		defer close(next)
		for i := 0; i < n; i++ {
			select {
			case <-free:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for i := 0; i < n; i++ {
		s := &slots[i%window]
		select {
		case <-s.done:
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			break
		}
		x := s.x
		var zero T
		s.x = zero
		free <- struct{}{}
		merge(i, x)
	}
	close(stop)
	wg.Wait()
	return err
}
