package verify

import (
	"cmp"
	"context"
	"iter"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/verity-news/verity/verify/quote"
	"github.com/verity-news/verity/verify/source"
	"github.com/verity-news/verity/verify/words"
)

// passage is a unit of evidence: a sentence of a source, or a quote span.
// It is kept small (24 bytes): a corpus holds hundreds of thousands.
type passage struct {
	quote int32 // the quote's index among source src's spans; -1 for a sentence
	// A sentence's Text range [start, end); for a quote, start is -1, or
	// -k-2 for the parts in Corpus.joined[k] (a quote split around its
	// attribution), and the parts are otherwise the span's.
	start, end int32
	src        int32 // index into Corpus.Sources
	stem0      int32 // the passage's nstem stem ids, ascending and unique, are
	nstem      int32 // encoded in Corpus.stems[src] from byte stem0 (see stemIter)
}

// qspan is a quote span as checking needs it: the strings are indexes
// into Corpus.strs, the parts a slice of Corpus.qparts. It takes 20
// bytes where a quote.Span and its Mention take 160.
type qspan struct {
	speaker, cue int32
	mention      int32 // the mention's Text; -1 when the attribution has no subject
	part0, parts int32 // Parts: qparts[part0 : part0+parts]
}

// spanView is a quote.Span made from a qspan, with its Mention.
type spanView struct {
	span    quote.Span
	mention quote.Mention
}

// span returns the passage's quote, or nil for a sentence: its Speaker,
// Cue, Parts and Mention's Text, the fields checking reads.
func (c *Corpus) span(p *passage) *quote.Span {
	if p.quote < 0 {
		return nil
	}
	q := c.qspan(p)
	v := &spanView{span: quote.Span{Speaker: c.strs[q.speaker], Cue: c.strs[q.cue], Parts: c.qparts[q.part0 : q.part0+q.parts]}}
	if q.mention >= 0 {
		v.mention.Text = c.strs[q.mention]
		v.span.Mention = &v.mention
	}
	return &v.span
}

// qspan returns the quote passage p's span.
func (c *Corpus) qspan(p *passage) *qspan {
	return &c.qspans[c.srcSpan[p.src]+p.quote]
}

// speaker returns the passage's speaker: the quote's, or "" for a sentence.
func (c *Corpus) speaker(p *passage) string {
	if p.quote < 0 {
		return ""
	}
	return c.strs[c.qspan(p).speaker]
}

// Corpus is the evidence a run checks claims against: the sources, their
// quote spans, and an inverted index from word stems to passages. Build it
// once with NewCorpus; it is safe for concurrent use.
type Corpus struct {
	Sources []*source.Source
	// Spans holds each source's quote spans, Spans[i] for Sources[i]; nil
	// when the corpus was built with CorpusOptions.Release.
	Spans [][]quote.Span

	qspans  []qspan        // every source's quote spans, in order
	srcSpan []int32        // source i's are qspans[srcSpan[i]:srcSpan[i+1]]
	qparts  []source.Range // the spans' parts
	strs    []string       // the spans' speakers, cues and mentions, each once

	passages []passage
	srcPass  []int32          // source i's passages are srcPass[i]:srcPass[i+1]
	stems    [][]byte         // per source: the stem ids of its passages, one after another (see stemIter)
	joined   [][]source.Range // the parts of joined quote passages (passage.start)
	stemID   map[string]int32
	// The postings: stem id s is held by postN[s] passages. When they are
	// at least a denseShare-th of all, they are bitmap bitmapOf[s] (see
	// bitmap); otherwise bitmapOf[s] is -1 and their ids are encoded,
	// ascending, in post[postOff[s]:postOff[s+1]] (see appendGap).
	post     []byte
	postOff  []int
	postN    []int32
	bitmapOf []int32
	bits     []uint64 // the bitmaps, one after another
	// given caches the given names a source writes before a surname, by
	// source and surname (see Corpus.givenNames).
	given sync.Map
	// reloaded holds sources read again after Release, by index modulo
	// its length (see Corpus.source).
	reloaded []atomic.Pointer[reloadedSource]
	// passageToks holds the toks of passages tokenised lately (see
	// Corpus.appendTokens).
	passageToks []atomic.Pointer[passageToks]
}

// CorpusOptions tune NewCorpusWith. The zero value builds the corpus as
// NewCorpus does.
type CorpusOptions struct {
	// Release drops the text of each source that can be read again from
	// its file (source.Source.Release) once it is indexed, so that the
	// corpus holds its index and quote speakers but not the archive; the
	// few sources a claim's evidence lies in are read again while it is
	// checked. Corpus.Spans is then nil. Reports are unchanged; a
	// file that changes before it is read again fails the check with
	// source.ErrChanged.
	Release bool
}

// reloadedSource is a released source read again.
type reloadedSource struct {
	i   int32
	src *source.Source
}

// reloadedSlots is how many sources read again a corpus keeps: a claim's
// candidates lie in a few dozen.
var reloadedSlots = 1024

// reloadError carries a failure to read a released source again from deep
// in a claim's check to checkClaim, which returns it.
type reloadError struct{ err error }

// source returns source i whole: read again, when Release dropped its
// text, or taken from the sources read again lately. A failure to read it
// panics with a reloadError, which checkClaim recovers.
func (c *Corpus) source(i int32) *source.Source {
	s := c.Sources[i]
	if !s.Released() {
		return s
	}
	slot := &c.reloaded[int(i)%len(c.reloaded)]
	if r := slot.Load(); r != nil && r.i == i {
		return r.src
	}
	r, err := s.Reload()
	if err != nil {
		panic(reloadError{err})
	}
	slot.Store(&reloadedSource{i, r})
	return r
}

// denseShare is the share of the passages a stem must be held by for its
// postings to be a bitmap: one bit a passage is then at most four bytes an
// entry, against the byte or more that a gap takes, and candidates count a
// bitmap's passages 64 at a time where a list's are decoded one by one
// (see countSliced). On the generated 20 000-document corpus, 85 of 60 921
// stems, 7 MB.
const denseShare = 32

// bitmap returns the bitmap of the passages holding stem id sid (bit p%64
// of word p/64 for passage p), or nil when its postings are a list.
func (c *Corpus) bitmap(sid int32) []uint64 {
	k := c.bitmapOf[sid]
	if k < 0 {
		return nil
	}
	w := (len(c.passages) + 63) / 64
	return c.bits[int(k)*w : int(k+1)*w]
}

// parts returns the Text ranges of the passage's words; buf holds a
// sentence's one range.
func (c *Corpus) parts(p *passage, buf *[1]source.Range) []source.Range {
	switch {
	case p.quote < 0:
		buf[0] = source.Range{Start: int(p.start), End: int(p.end)}
		return buf[:]
	case p.start < -1:
		return c.joined[-p.start-2]
	}
	q := c.qspan(p)
	return c.qparts[q.part0 : q.part0+q.parts : q.part0+q.parts]
}

// sourceHasStem reports whether any passage of source src holds stem.
func (c *Corpus) sourceHasStem(src int32, stem string) bool {
	sid, ok := c.stemID[stem]
	if !ok {
		return false
	}
	for range c.holders(sid, c.srcPass[src], c.srcPass[src+1]) {
		return true
	}
	return false
}

// holders yields, in order, the passages in [lo, hi) that hold stem id
// sid, read from its postings: a bitmap only over that range's words, a
// list up to the end of the range.
func (c *Corpus) holders(sid, lo, hi int32) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		if lo >= hi {
			return
		}
		if bm := c.bitmap(sid); bm != nil {
			for w := lo >> 6; w <= (hi-1)>>6; w++ {
				for x := bm[w]; x != 0; x &= x - 1 {
					p := w<<6 | int32(bits.TrailingZeros64(x))
					if p >= hi || p >= lo && !yield(p) {
						return
					}
				}
			}
			return
		}
		post, p := c.postings(sid), int32(-1)
		for i := 0; i < len(post); {
			var x uint32
			x, i = nextGap(post, i)
			p += int32(x) + 1
			if p >= hi || p >= lo && !yield(p) {
				return
			}
		}
	}
}

// The stem ids of a passage and the passage ids of a stem's postings are
// ascending lists of small numbers, kept compact: each is the gap to the
// one before (the first: to -1), less one, as a little-endian base-128
// varint (binary.Uvarint's encoding). On the generated 20 000-document
// corpus that is 1.1 bytes an id instead of 4, most gaps being under 128.

// appendGap appends the encoding of id after prev.
func appendGap(b []byte, prev, id int32) []byte {
	x := uint32(id - prev - 1)
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

// gapLen returns the length of the encoding of id after prev.
func gapLen(prev, id int32) int {
	x := uint32(id - prev - 1)
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}

// nextGap decodes the gap at b[i] and returns it and the index after it.
func nextGap(b []byte, i int) (uint32, int) {
	if x := uint32(b[i]); x < 0x80 {
		return x, i + 1
	}
	return longGap(b, i+1, uint32(b[i]))
}

// longGap decodes the rest of a gap whose first byte, x, has its high bit
// set; b[i] is its second byte.
func longGap(b []byte, i int, x uint32) (uint32, int) {
	x &= 0x7f
	for shift := 7; ; shift += 7 {
		c := b[i]
		i++
		x |= uint32(c&0x7f) << shift
		if c < 0x80 {
			return x, i
		}
	}
}

// stemIDs returns the encoding of the passage's stem ids, from its first
// byte; it holds p.nstem ids.
func (c *Corpus) stemIDs(p *passage) []byte {
	return c.stems[p.src][p.stem0:]
}

// passageStems yields the stem ids of passage p, ascending.
func (c *Corpus) passageStems(p *passage) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		b, i, sid := c.stemIDs(p), 0, int32(-1)
		for range p.nstem {
			var x uint32
			x, i = nextGap(b, i)
			sid += int32(x) + 1
			if !yield(sid) {
				return
			}
		}
	}
}

// postings returns the encoding of the ids of the passages holding stem id
// sid: all of its bytes.
func (c *Corpus) postings(sid int32) []byte {
	return c.post[c.postOff[sid]:c.postOff[sid+1]]
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
	st := Stats{Sources: len(c.Sources), Passages: len(c.passages), Stems: len(c.postN)}
	for i, s := range c.Sources {
		st.Bytes += int64(s.Size())
		st.Quotes += int(c.srcSpan[i+1] - c.srcSpan[i])
	}
	return st
}

// sourceIndex is one source's passages and their stems, before merging.
// Stems are numbered locally, in order of first use; the merge turns the
// local numbers into the corpus's.
type sourceIndex struct {
	spans    []quote.Span
	passages []passage        // stem0 and nstem are set; start < -1 indexes joined
	joined   [][]source.Range // parts of joined quote passages
	stems    []string         // local stem id → stem
	ids      []int32          // local stem ids of every passage, one after another
	err      error            // a released source could not be read again
}

// mergeWindow bounds how many sources may be indexed ahead of the merge, so
// that the per-source scratch of a large corpus is never held all at once.
const mergeWindow = 64

// NewCorpus extracts the quote spans of every source and indexes their
// sentences and quotes. Sources are processed in parallel and merged into
// the index in source order, so the result does not depend on the order
// they finish in.
func NewCorpus(ctx context.Context, srcs []*source.Source) (*Corpus, error) {
	return NewCorpusWith(ctx, srcs, CorpusOptions{})
}

// NewCorpusWith is NewCorpus with options.
func NewCorpusWith(ctx context.Context, srcs []*source.Source, opt CorpusOptions) (*Corpus, error) {
	c := &Corpus{Sources: srcs, stems: make([][]byte, len(srcs)),
		srcPass: make([]int32, len(srcs)+1), stemID: map[string]int32{}}
	if opt.Release {
		c.reloaded = make([]atomic.Pointer[reloadedSource], reloadedSlots)
	} else {
		c.Spans = make([][]quote.Span, len(srcs))
	}
	c.srcSpan = make([]int32, len(srcs)+1)
	c.passageToks = make([]atomic.Pointer[passageToks], passageTokSlots)
	strID := map[string]int32{}
	var global []int32 // local stem id → corpus stem id, per source
	var enc []byte     // a source's encoded stem ids
	var arena []byte   // where they are kept: one allocation for many sources
	srcPassages := make([][]passage, len(srcs))
	var readErr error // the first released source that could not be read again
	err := parallelOrdered(ctx, len(srcs), mergeWindow, func(i int) sourceIndex {
		src, err := srcs[i].Reload()
		if err != nil {
			return sourceIndex{err: err}
		}
		return indexSource(i, src)
	}, func(i int, x sourceIndex) {
		if x.err != nil {
			readErr = cmp.Or(readErr, x.err)
			return
		}
		if !opt.Release {
			c.Spans[i] = x.spans
		}
		c.addSpans(x.spans, strID)
		c.srcSpan[i+1] = int32(len(c.qspans))
		global = global[:0]
		for _, s := range x.stems {
			sid, ok := c.stemID[s]
			if !ok {
				sid = int32(len(c.stemID))
				// A stem may be a slice of a whole folded sentence.
				c.stemID[strings.Clone(s)] = sid
			}
			global = append(global, sid)
		}
		// The passages' stems share one array per source.
		all := x.ids
		for j, l := range all {
			all[j] = global[l]
		}
		enc = enc[:0]
		for k := range x.passages {
			p := &x.passages[k]
			ids := all[p.stem0 : p.stem0+p.nstem]
			slices.Sort(ids)
			p.stem0 = int32(len(enc))
			prev := int32(-1)
			for _, id := range ids {
				enc = appendGap(enc, prev, id)
				prev = id
			}
			if p.start < -1 {
				c.joined = append(c.joined, x.joined[-p.start-2])
				p.start = int32(-len(c.joined) - 1)
			}
		}
		if len(enc) > cap(arena)-len(arena) {
			arena = make([]byte, 0, max(arenaSize, len(enc)))
		}
		arena = append(arena, enc...)
		c.stems[i] = arena[len(arena)-len(enc) : len(arena) : len(arena)]
		c.srcPass[i+1] = c.srcPass[i] + int32(len(x.passages))
		srcPassages[i] = x.passages
		if opt.Release {
			srcs[i].Release()
		}
	})
	if err = cmp.Or(err, readErr); err != nil {
		return nil, err
	}
	// The passages are gathered into one array once their number is known:
	// grown by appending, it would hold up to twice as many.
	if len(srcs) == 1 {
		c.passages = srcPassages[0]
	} else {
		c.passages = make([]passage, 0, c.srcPass[len(srcs)])
		for i, ps := range srcPassages {
			c.passages = append(c.passages, ps...)
			srcPassages[i] = nil
		}
	}
	c.buildPostings()
	return c, nil
}

// addSpans appends a source's spans to the corpus's qspans. Their strings,
// which may be slices of the source's text, are copied into strs once
// each (strID maps them to their index), so that the spans hold none of
// the text.
func (c *Corpus) addSpans(spans []quote.Span, strID map[string]int32) {
	str := func(s string) int32 {
		id, ok := strID[s]
		if !ok {
			id = int32(len(c.strs))
			s = strings.Clone(s)
			strID[s] = id
			c.strs = append(c.strs, s)
		}
		return id
	}
	for i := range spans {
		sp := &spans[i]
		q := qspan{speaker: str(sp.Speaker), cue: str(sp.Cue), mention: -1,
			part0: int32(len(c.qparts)), parts: int32(len(sp.Parts))}
		if sp.Mention != nil {
			q.mention = str(sp.Mention.Text)
		}
		c.qparts = append(c.qparts, sp.Parts...)
		c.qspans = append(c.qspans, q)
	}
}

// arenaSize is the size of the arrays that the sources' encoded stem ids
// share.
const arenaSize = 1 << 20

// buildPostings lists, for every stem, the passages holding it, in one
// array of exactly the size needed: measured first, then filled in passage
// order, so each list is ascending. Appending to each list while merging
// would leave up to half of every list's capacity unused and copy the long
// lists as they grow.
func (c *Corpus) buildPostings() {
	n := len(c.stemID)
	c.postN = make([]int32, n)
	c.postOff = make([]int, n+1) // stem id → its list's start in post; then its end while filling
	last := make([]int32, n)     // stem id → the last passage holding it so far
	for sid := range last {
		last[sid] = -1
	}
	for i := range c.passages {
		for sid := range c.passageStems(&c.passages[i]) {
			c.postN[sid]++
			c.postOff[sid+1] += gapLen(last[sid], int32(i))
			last[sid] = int32(i)
		}
	}
	c.bitmapOf = last // reused: its values are not needed any more
	dense := int32(0)
	for sid := 0; sid < n; sid++ {
		c.bitmapOf[sid] = -1
		if int(c.postN[sid])*denseShare >= len(c.passages) {
			c.bitmapOf[sid] = dense
			dense++
			c.postOff[sid+1] = 0
		}
		c.postOff[sid+1] += c.postOff[sid]
	}
	w := (len(c.passages) + 63) / 64
	c.bits = make([]uint64, int(dense)*w)
	c.post = make([]byte, c.postOff[n])
	end := slices.Clone(c.postOff[:n])
	last = make([]int32, n)
	for sid := range last {
		last[sid] = -1
	}
	for i := range c.passages {
		for sid := range c.passageStems(&c.passages[i]) {
			if bm := c.bitmapOf[sid]; bm >= 0 {
				c.bits[int(bm)*w+i>>6] |= 1 << (i & 63)
				continue
			}
			end[sid] = len(appendGap(c.post[:end[sid]], last[sid], int32(i)))
			last[sid] = int32(i)
		}
	}
}

// indexScratch is reused between the sources a worker indexes.
type indexScratch struct {
	local    map[string]int32 // stem → local id
	seen     []int32          // local id → last sentence that used it, +1
	spanSeen []int32          // local id → last quote (or joined quote) that used it, +1
	window   []sentTok        // tokens of the sentences quotes may still need
	first    []int            // per sentence in the window: its first token in window
	order    []int32          // span indexes by start
	fallback []int32          // spans whose words are tokenised on their own
	toks     []words.Token    // the tokens of one sentence or quote part
}

// sentTok is a word of a sentence: its Text range and local stem id.
type sentTok struct {
	start, end int32
	id         int32
}

var scratchPool = sync.Pool{New: func() any { return &indexScratch{local: map[string]int32{}} }}

// indexSource extracts the quotes of source i and lists the stems of its
// passages. Each sentence is tokenised once; a quote takes the stems of the
// sentence tokens inside its parts when words.Cut shows that tokenising
// the parts on their own would give the same tokens, and is tokenised on
// its own otherwise. Local stem ids are given in the order of first use by
// sentences, then quotes, as if every passage were tokenised in turn.
func indexSource(i int, src *source.Source) sourceIndex {
	x := sourceIndex{spans: quote.Extract(src)}
	text := src.Text
	sents := src.Sentences
	x.passages = make([]passage, 0, len(sents)+len(x.spans))
	for _, s := range sents {
		x.passages = append(x.passages, passage{quote: -1, src: int32(i), start: int32(s.Start), end: int32(s.End)})
	}
	spanPass := make([]int32, len(x.spans)) // span → its passage
	var joinedFirst []int32                 // joined quote → its first half
	for k := range x.spans {
		sp := &x.spans[k]
		spanPass[k] = int32(len(x.passages))
		x.passages = append(x.passages, passage{quote: int32(k), src: int32(i), start: -1})
		// A direct quote split around its attribution ("“…,” she said.
		// “…”") is also one passage, so a claim may run across the split.
		if k > 0 && splitQuote(&x.spans[k-1], sp, text) {
			parts := append(append([]source.Range{}, x.spans[k-1].Parts...), sp.Parts...)
			x.joined = append(x.joined, parts)
			joinedFirst = append(joinedFirst, int32(k-1))
			x.passages = append(x.passages, passage{quote: int32(k - 1), src: int32(i), start: int32(-len(x.joined) - 1)})
		}
	}

	sc := scratchPool.Get().(*indexScratch)
	clear(sc.local)
	sc.seen, sc.spanSeen = sc.seen[:0], sc.spanSeen[:0]
	sc.window, sc.first = sc.window[:0], sc.first[:0]
	sc.fallback = sc.fallback[:0]
	local := func(stem string) int32 {
		l, ok := sc.local[stem]
		if !ok {
			l = int32(len(x.stems))
			sc.local[stem] = l
			x.stems = append(x.stems, stem)
			sc.seen = append(sc.seen, 0)
			sc.spanSeen = append(sc.spanSeen, 0)
		}
		return l
	}
	// Sentences are tokenised in order, as the quotes need them; lo and
	// next bound the ones whose tokens are in the window.
	lo, next := 0, 0
	tokenise := func() {
		s := sents[next]
		mark := int32(next + 1)
		p := &x.passages[next]
		p.stem0 = int32(len(x.ids))
		sc.first = append(sc.first, len(sc.window))
		sc.toks = words.AppendTokens(sc.toks[:0], text[s.Start:s.End])
		for _, w := range sc.toks {
			l := local(w.Stem)
			if sc.seen[l] != mark {
				sc.seen[l] = mark
				x.ids = append(x.ids, l)
			}
			sc.window = append(sc.window, sentTok{int32(s.Start + w.Start), int32(s.Start + w.End), l})
		}
		if head, ok := headRow(src.Blocks, s.Block); ok {
			// A table row is found by the headings of its columns too.
			sc.toks = words.AppendTokens(sc.toks[:0], text[head.Start:head.End])
			for _, w := range sc.toks {
				if l := local(w.Stem); sc.seen[l] != mark {
					sc.seen[l] = mark
					x.ids = append(x.ids, l)
				}
			}
		}
		p.nstem = int32(len(x.ids)) - p.stem0
		if src.Blocks[s.Block].Link {
			// A link to another page is no evidence: no stem finds it.
			x.ids, p.nstem = x.ids[:p.stem0], 0
		}
		next++
	}
	// Quotes in order of their start, so that the window only moves on.
	sc.order = sc.order[:0]
	for k := range x.spans {
		sc.order = append(sc.order, int32(k))
	}
	slices.SortStableFunc(sc.order, func(a, b int32) int {
		return spanStart(&x.spans[a]) - spanStart(&x.spans[b])
	})
	for _, k := range sc.order {
		sp := &x.spans[k]
		mark := k + 1
		// Sentences ending before the quote are not needed again.
		start := spanStart(sp)
		for lo < next && sents[lo].End <= start {
			lo++
		}
		base0 := next - len(sc.first) // sc.first[j-base0] is sentence j's first token
		if lo == next {
			sc.window, sc.first = sc.window[:0], sc.first[:0]
		} else if drop := sc.first[lo-base0]; drop > 1024 && drop > len(sc.window)/2 {
			n := copy(sc.window, sc.window[drop:])
			sc.window = sc.window[:n]
			kept := sc.first[lo-base0:]
			for j := range kept {
				kept[j] -= drop
			}
			sc.first = append(sc.first[:0], kept...)
		}
		// Every sentence the quote reaches is tokenised first, so that the
		// quote's stem ids follow one another in x.ids.
		for end := spanEnd(sp); next < len(sents) && sents[next].Start < end; {
			tokenise()
		}
		stem0 := len(x.ids)
		ok := true
		for _, r := range sp.Parts {
			if !spanPart(text, sents, lo, next, sc.first[lo-(next-len(sc.first)):], sc.window, r, func(l int32) {
				if sc.spanSeen[l] != mark {
					sc.spanSeen[l] = mark
					x.ids = append(x.ids, l)
				}
			}) {
				ok = false
				break
			}
		}
		if !ok {
			for _, l := range x.ids[stem0:] {
				sc.spanSeen[l] = 0
			}
			x.ids = x.ids[:stem0]
			sc.fallback = append(sc.fallback, k)
			continue
		}
		p := &x.passages[spanPass[k]]
		p.stem0, p.nstem = int32(stem0), int32(len(x.ids)-stem0)
	}
	for next < len(sents) {
		tokenise()
	}
	// Quotes that could not take their sentences' tokens, in span order,
	// so that new stems are numbered as before.
	slices.Sort(sc.fallback)
	for _, k := range sc.fallback {
		mark := k + 1
		stem0 := len(x.ids)
		for _, r := range x.spans[k].Parts {
			sc.toks = words.AppendTokens(sc.toks[:0], text[r.Start:r.End])
			for _, w := range sc.toks {
				if l := local(w.Stem); sc.spanSeen[l] != mark {
					sc.spanSeen[l] = mark
					x.ids = append(x.ids, l)
				}
			}
		}
		p := &x.passages[spanPass[k]]
		p.stem0, p.nstem = int32(stem0), int32(len(x.ids)-stem0)
	}
	// A joined quote holds the stems of its two halves.
	mark := int32(len(x.spans))
	for pi := len(sents); pi < len(x.passages); pi++ {
		p := &x.passages[pi]
		if p.start >= -1 {
			continue
		}
		mark++
		k := joinedFirst[-p.start-2]
		p.stem0 = int32(len(x.ids))
		for _, h := range [2]*passage{&x.passages[spanPass[k]], &x.passages[spanPass[k+1]]} {
			for _, l := range x.ids[h.stem0 : h.stem0+h.nstem] {
				if sc.spanSeen[l] != mark {
					sc.spanSeen[l] = mark
					x.ids = append(x.ids, l)
				}
			}
		}
		p.nstem = int32(len(x.ids)) - p.stem0
	}
	clear(sc.toks[:cap(sc.toks)]) // the strings they hold
	scratchPool.Put(sc)
	x.ids = slices.Clip(x.ids)
	return x
}

// tableHead returns the heading row of the table whose row sentence p is
// (see source.Block.Row), and whether p is such a row.
func (c *Corpus) tableHead(p *passage) (source.Range, bool) {
	if p.quote >= 0 {
		return source.Range{}, false
	}
	s := c.source(p.src)
	return headRow(s.Blocks, s.BlockAt(int(p.start)))
}

// headRow returns the heading row of the table whose body row is
// blocks[b], and whether blocks[b] is such a row.
func headRow(blocks []source.Block, b int) (source.Range, bool) {
	if b < 0 || !blocks[b].Row || blocks[b].Head {
		return source.Range{}, false
	}
	for b--; b >= 0 && blocks[b].Row; b-- {
		if blocks[b].Head {
			return blocks[b].Range, true
		}
	}
	return source.Range{}, false
}

// spanStart returns the least Text offset of the quote's parts.
func spanStart(sp *quote.Span) int {
	if len(sp.Parts) == 0 {
		return 0
	}
	start := sp.Parts[0].Start
	for _, r := range sp.Parts[1:] {
		start = min(start, r.Start)
	}
	return start
}

// spanEnd returns the greatest Text offset of the quote's parts.
func spanEnd(sp *quote.Span) int {
	end := 0
	for _, r := range sp.Parts {
		end = max(end, r.End)
	}
	return end
}

// spanPart calls add with the local stem id of every token of text[r]
// taken from the tokens of sentences lo..next-1 (window, from first[j-lo]
// for sentence j), and reports whether those are the tokens of text[r]
// (see words.Cut); when not, the caller tokenises the quote itself.
func spanPart(text string, sents []source.Sentence, lo, next int, first []int, window []sentTok, r source.Range, add func(l int32)) bool {
	pos, b := r.Start, r.End
	for j := lo; j < next && sents[j].Start < b; j++ {
		u, v := sents[j].Start, sents[j].End
		if v <= pos {
			continue
		}
		c1, c2 := max(pos, u), min(b, v)
		if !blank(text[pos:c1]) ||
			c1 > u && !words.Cut(text[u:v], c1-u) ||
			c2 < v && !words.Cut(text[c1:v], c2-c1) ||
			c2 < b && !words.Cut(text[c1:b], c2-c1) {
			return false
		}
		end := len(window)
		if j+1-lo < len(first) {
			end = first[j+1-lo]
		}
		for _, t := range window[first[j-lo]:end] {
			if int(t.start) >= c1 && int(t.end) <= c2 {
				add(t.id)
			}
		}
		pos = c2
	}
	return pos >= b || blank(text[pos:b])
}

// blank reports whether s is only ASCII white space, which holds no token.
func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && (c < '\t' || c > '\r') {
			return false
		}
	}
	return true
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

// appendTokens appends the toks of passage p to out, offsets into its
// source's Text. The toks of the passages tokenised lately are kept (see
// passageToks): claims checked in turn share many candidates.
func (c *Corpus) appendTokens(out []tok, p int32) []tok {
	slot := &c.passageToks[int(p)%len(c.passageToks)]
	if t := slot.Load(); t != nil && t.p == p {
		return append(out, t.toks...)
	}
	pa := &c.passages[p]
	text := c.source(pa.src).Text
	var buf [1]source.Range
	n := len(out)
	for _, r := range c.parts(pa, &buf) {
		out = appendTokens(out, text[r.Start:r.End], r.Start)
	}
	slot.Store(&passageToks{p, slices.Clone(out[n:])})
	return out
}

// passageToks are the toks of passage p. They are never written once
// stored; assess works on a copy.
type passageToks struct {
	p    int32
	toks []tok
}

// passageTokSlots is how many passages' toks a corpus keeps, by passage
// modulo the number.
const passageTokSlots = 1024

// overlap counts the stems of passage p whose bit is set in want (a
// bitmap over stem ids).
func (c *Corpus) overlap(p int32, want []uint64) int {
	n := 0
	for sid := range c.passageStems(&c.passages[p]) {
		n += int(want[sid>>6] >> (sid & 63) & 1)
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
	slices.SortFunc(ids, func(a, b int32) int {
		if la, lb := c.postN[a], c.postN[b]; la != lb {
			return cmp.Compare(la, lb)
		}
		return cmp.Compare(a, b)
	})
	probe := len(ids) - need + 1

	sc := candPool.Get().(*candScratch)
	if len(sc.visited) < (len(c.passages)+63)/64 {
		sc.visited = make([]uint64, (len(c.passages)+63)/64)
	}
	if len(sc.want) < (len(c.postN)+63)/64 {
		sc.want = make([]uint64, (len(c.postN)+63)/64)
	}
	for _, sid := range ids {
		sc.want[sid>>6] |= 1 << (sid & 63)
	}
	defer func() {
		for _, p := range sc.touched {
			sc.visited[p>>6] = 0
		}
		for _, sid := range ids {
			sc.want[sid>>6] = 0
		}
		sc.touched = sc.touched[:0]
		candPool.Put(sc)
	}()
	// Two ways to count a passage's stems. When the other stems' postings
	// are short next to the probed ones, read them all in order and count
	// (no random access to passages); otherwise look each candidate's stems
	// up in the claim's, reading only as many probe lists as needed.
	probed, rest := 0, 0
	for k, sid := range ids {
		if k < probe {
			probed += int(c.postN[sid])
		} else {
			rest += int(c.postN[sid])
		}
	}
	if rest <= scanRatio*probed && len(ids) < 256 {
		return c.countSliced(ids, need, probe, limit, allow, sc)
	}
	// byOverlap[v] counts the candidates holding v of the stems.
	byOverlap := make([]int, len(ids)+1)
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	for k, sid := range ids[:probe] {
		visit := func(p int32) {
			w, bit := p>>6, uint64(1)<<(p&63)
			if sc.visited[w]&bit != 0 {
				return
			}
			sc.visited[w] |= bit
			sc.touched = append(sc.touched, p)
			if allow != nil && !allow(int(c.passages[p].src)) {
				return
			}
			if ov := c.overlap(p, sc.want); ov >= need {
				cands = append(cands, scoredPassage{p, ov})
				byOverlap[ov]++
			}
		}
		if bm := c.bitmap(sid); bm != nil {
			for w, x := range bm {
				for ; x != 0; x &= x - 1 {
					visit(int32(w<<6 | bits.TrailingZeros64(x)))
				}
			}
		} else {
			post, p := c.postings(sid), int32(-1)
			for i := 0; i < len(post); {
				var x uint32
				x, i = nextGap(post, i)
				p += int32(x) + 1
				visit(p)
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
	if floor := overlapFloor(byOverlap, need, limit); floor > need {
		cands = slices.DeleteFunc(cands, func(cd scoredPassage) bool { return cd.overlap < floor })
	}
	slices.SortFunc(cands, func(a, b scoredPassage) int {
		if a.overlap != b.overlap {
			return cmp.Compare(b.overlap, a.overlap)
		}
		return cmp.Compare(a.p, b.p)
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

// overlapFloor returns the least overlap a candidate needs to be among the
// limit best: the overlap of the limit-th best, or need when there are
// fewer.
func overlapFloor(byOverlap []int, need, limit int) int {
	n := 0
	for v := len(byOverlap) - 1; v > need; v-- {
		if n += byOverlap[v]; n >= limit {
			return v
		}
	}
	return need
}

// countFrom returns the number of candidates holding at least v stems.
func countFrom(byOverlap []int, v int) int {
	n := 0
	for ; v < len(byOverlap); v++ {
		n += byOverlap[v]
	}
	return n
}

// candScratch is reused between claims: a bitmap of the passages seen,
// whose bits set are listed in touched, and a bitmap of the claim's stem
// ids; both are cleared after each use.
type candScratch struct {
	visited []uint64
	touched []int32
	want    []uint64
	rows    []uint64 // the counting way: the stems' bits over a block of passages (see countSliced)
	cands   []scoredPassage
}

// scoredPassage is a candidate passage and how many of a claim's stems it
// holds.
type scoredPassage struct {
	p       int32
	overlap int
}

// scanRatio is how many times longer than the probed postings the other
// stems' postings may be for candidates to count by reading them. Looking
// a passage's stems up costs two cache misses (about 400 ns on the
// benchmark machine); reading a postings entry in order and counting it,
// under 10 ns: 48 sits between the costs with room for the probed
// passages to be fewer than the probed entries.
const scanRatio = 48

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
