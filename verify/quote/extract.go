package quote

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/verity-news/verity/verify/source"
)

// Extract returns the quote spans of src in order of Start. Spans do not
// overlap. It never panics; a nil source has no spans, and neither has a
// source whose Text is longer than math.MaxInt32 bytes (2 GiB), since
// Extract keeps its word offsets in 32 bits.
func Extract(src *source.Source) []Span {
	if src == nil || src.Text == "" || len(src.Text) > math.MaxInt32 {
		return nil
	}
	x := newExtractor(src)
	x.scanMarks()
	x.buildRegistry()
	x.interview()
	x.quoteBlocks()
	x.markedQuotes()
	x.sortCovered()
	x.continuedQuoteBlocks(false)
	x.reporting = true
	x.reportedSpeech()
	if len(x.pending) > 0 {
		x.reporting = false
		x.continuedQuoteBlocks(true)
	}
	if len(x.text) > maxPooledText {
		// Not pooled: let the collector have what result does not read.
		x.toks, x.btok, x.covered, x.regions, x.rparts, x.reg = nil, nil, nil, nil, nil, registry{}
	}
	spans := x.result()
	x.release()
	return spans
}

// extractor holds one document's state while Extract runs. Its slices and
// maps are scratch, reused from document to document through extractors;
// the spans Extract returns share none of them.
type extractor struct {
	src     *source.Source
	text    string
	blocks  []source.Block
	toks    []token
	long    map[int32]int32 // the ends of tokens of longLen bytes or more, by start
	btok    []int           // btok[i] is the index of block i's first token; btok[len(blocks)] = len(toks)
	regions []region
	rparts  []source.Range // the parts of the regions (region.ps, region.pe)
	marks   []mark         // scratch of scanMarks
	reg     registry
	used    []bool         // the block is part of a quote block span
	covered []source.Range // Text ranges of the quoted words of spans so far, but reported ones
	// reporting is set while reportedSpeech runs. It finds its spans in
	// order, one sentence at a time, and asks isCovered only about words
	// after the start of the last span it found: lastRep, that span's
	// range, stands for them all instead of an entry in covered each.
	reporting, hasRep bool
	lastRep           source.Range
	recs              chunks[spanRec]      // the spans so far, in the order found
	parts             chunks[source.Range] // the parts of recs (spanRec.ps, spanRec.pe)
	tmp               []source.Range       // scratch for a span's parts
	texts             []byte               // the words of the spans whose Text is not a substring of x.text
	pending           [][2]int             // first and last block of markup quotes with no attribution of their own
	order             []int32              // scratch of result
	buf               []byte               // scratch for building names and keys
	strs              map[string]string    // intern's strings
}

// spanRec is a span as Extract finds it, before result makes it a Span.
type spanRec struct {
	// ts, te are the quoted words in x.texts when they differ from the
	// one part's Text (several parts, or white space to collapse); ts ==
	// te when they are that Text as it stands.
	ts, te  int32
	speaker string
	rawS    int   // Raw offset of the first part: the key spans are sorted on
	ps, pe  int32 // x.parts.at(ps) … x.parts.at(pe-1) are the parts
	attr    spanAttr
	kind    Kind
}

// spanAttr is what a span keeps of its attribution.
type spanAttr struct {
	ms, me     int32 // Text range of the mention; ms == me when there is none
	cueS, cueE int32 // Text range of the cue; cueS == cueE when there is none
	end        int32 // Text offset just past the attribution
}

// maxPooledText is the longest Text whose extractor's scratch is kept for
// the next document; longer ones leave their scratch to the collector.
const maxPooledText = 4 << 20

// maxInterned bounds the strings a pooled extractor keeps interned from
// document to document (roles and names recur across a corpus).
const maxInterned = 1 << 13

var extractors = sync.Pool{New: func() any { return new(extractor) }}

func newExtractor(src *source.Source) *extractor {
	x := extractors.Get().(*extractor)
	x.src, x.text = src, src.Text
	// Blocks must lie inside Text, in order, and not overlap; anything
	// else is dropped rather than trusted.
	at := 0
	for _, b := range src.Blocks {
		if b.Start < at || b.End > len(x.text) || b.Start >= b.End {
			continue
		}
		x.blocks = append(x.blocks, b)
		at = b.End
	}
	if len(src.Blocks) == 0 {
		x.blocks = append(x.blocks, source.Block{Range: source.Range{Start: 0, End: len(x.text)}})
	}
	x.used = resize(x.used, len(x.blocks))
	x.btok = resize(x.btok, len(x.blocks)+1)
	// Running text has a word every five or six bytes; a denser text
	// grows the slice.
	if want := len(x.text) / 5; cap(x.toks) < want {
		x.toks = make([]token, 0, want)
	}
	for i, b := range x.blocks {
		x.btok[i] = len(x.toks)
		x.tokenize(b.Start, b.End)
	}
	x.btok[len(x.blocks)] = len(x.toks)
	return x
}

// resize returns s with length n, all zero, reusing its array when it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// release empties x and returns it to the pool, unless its document was
// large. Slices of values holding strings or pointers are cleared, so that
// a pooled extractor does not keep the last document alive.
func (x *extractor) release() {
	if len(x.text) > maxPooledText {
		return
	}
	x.src, x.text = nil, ""
	x.blocks = x.blocks[:0]
	x.toks = x.toks[:0]
	clear(x.long)
	x.btok = x.btok[:0]
	x.regions = x.regions[:0]
	x.rparts = x.rparts[:0]
	x.marks = x.marks[:0]
	x.reg.reset()
	x.used = x.used[:0]
	x.covered = x.covered[:0]
	x.reporting, x.hasRep, x.lastRep = false, false, source.Range{}
	x.recs.reset()
	x.parts.reset()
	x.tmp = x.tmp[:0]
	x.texts = x.texts[:0]
	x.pending = x.pending[:0]
	x.order = x.order[:0]
	x.buf = x.buf[:0]
	if len(x.strs) > maxInterned {
		clear(x.strs)
	}
	extractors.Put(x)
}

// result returns the spans found, sorted by Start (stably: spans starting
// at one Raw offset keep the order they were found in). The spans' parts
// and mentions are allocated together, one array of each for the
// document.
func (x *extractor) result() []Span {
	n := x.recs.n
	if n == 0 {
		return nil
	}
	sorted := true
	nMent := 0
	for i := range n {
		r := x.recs.at(i)
		sorted = sorted && (i == 0 || x.recs.at(i-1).rawS <= r.rawS)
		if r.attr.me > r.attr.ms {
			nMent++
		}
	}
	var order []int32 // the recs in the order of the spans, when not 0, 1, 2, …
	if !sorted {
		order = x.order[:0]
		for i := range n {
			order = append(order, int32(i))
		}
		slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(x.recs.at(int(a)).rawS, x.recs.at(int(b)).rawS) })
		x.order = order
	}
	spans := make([]Span, n)
	parts := make([]source.Range, x.parts.n)
	var ments []Mention
	if nMent > 0 {
		ments = make([]Mention, nMent)
	}
	texts := string(x.texts) // one string for all the spans' collapsed words
	np, nm := 0, 0
	for k := range spans {
		i := k
		if order != nil {
			i = int(order[k])
		}
		r := x.recs.at(i)
		from := np
		for j := r.ps; j < r.pe; j++ {
			parts[np] = *x.parts.at(int(j))
			np++
		}
		ps := parts[from:np:np]
		sp := &spans[k]
		sp.Source = x.src.Name
		sp.Start = r.rawS
		sp.End = x.src.RawEnd(ps[len(ps)-1].End)
		if sp.End < sp.Start {
			sp.End = sp.Start
		}
		sp.Parts = ps
		if r.te > r.ts {
			sp.Text = texts[r.ts:r.te]
		} else {
			sp.Text = x.text[ps[0].Start:ps[0].End]
		}
		sp.Speaker = r.speaker
		sp.Kind = r.kind
		if a := r.attr; a.me > a.ms {
			m := &ments[nm]
			nm++
			s, e := int(a.ms), int(a.me)
			*m = Mention{Start: x.src.RawOffset(s), End: x.src.RawEnd(e), Text: x.text[s:e]}
			sp.Mention = m
		}
		if a := r.attr; a.cueE > a.cueS {
			sp.Cue = x.text[a.cueS:a.cueE]
		}
	}
	return spans
}

// chunks is an append-only sequence kept in arrays of chunkLen values, so
// that growing it copies nothing and leaves no garbage. Its arrays are
// reused after reset.
type chunks[T any] struct {
	c [][]T
	n int
}

const chunkLen = 1 << 10

func (s *chunks[T]) add(v T) {
	k := s.n / chunkLen
	if k == len(s.c) {
		s.c = append(s.c, make([]T, chunkLen))
	}
	s.c[k][s.n%chunkLen] = v
	s.n++
}

func (s *chunks[T]) at(i int) *T { return &s.c[i/chunkLen][i%chunkLen] }

// reset empties s, zeroing the values it held.
func (s *chunks[T]) reset() {
	for k := 0; k*chunkLen < s.n; k++ {
		clear(s.c[k][:min(chunkLen, s.n-k*chunkLen)])
	}
	s.n = 0
}

// tokEnd returns the Text offset just past token i.
func (x *extractor) tokEnd(i int) int {
	t := x.toks[i]
	if n := t.bits >> lenShift; n != longLen {
		return int(t.s) + int(n)
	}
	return int(x.long[t.s])
}

// word returns the text of token i.
func (x *extractor) word(i int) string { return x.text[x.toks[i].s:x.tokEnd(i)] }

// cls returns the word classes of token i, looked up once. It is small
// enough to be inlined: the look-up is in classify.
func (x *extractor) cls(i int) uint32 {
	if b := x.toks[i].bits; b&fClassed != 0 {
		return b & clsMask
	}
	return x.classify(i)
}

// classify looks up the word classes of token i, records them in the
// token and returns them.
func (x *extractor) classify(i int) uint32 {
	t := &x.toks[i]
	if w := x.word(i); t.bits&fWide != 0 || mayHaveClass(w) {
		c := classOf(w)
		if c&wConnector != 0 && w == "DI" {
			c = wRoleHead | wAbbrev // Detective Inspector, not "di" of "Leonardo di Caprio"
		}
		t.bits |= c & clsMask
	}
	if t.bits&clsMask == 0 && t.bits&fLower != 0 {
		t.bits |= professionClass(x.word(i))
	}
	if t.cap() && x.inCountryPair(i) {
		t.bits |= wCountry
	}
	t.bits |= fClassed
	return t.bits & clsMask
}

// maybeCue is a cheap test before cls(i)&wCue: false when token i is
// certainly no cue word.
func (x *extractor) maybeCue(i int) bool {
	t := &x.toks[i]
	if t.bits&(fClassed|fWide) != 0 {
		return t.bits&fClassed == 0 || t.bits&wCue != 0
	}
	return mayBeCue(x.word(i))
}

// gap returns the text between tokens i and i+1.
func (x *extractor) gap(i int) string { return x.text[x.tokEnd(i):x.toks[i+1].start()] }

// tokAt returns the index of the first token that starts at or after off.
func (x *extractor) tokAt(off int) int {
	return sort.Search(len(x.toks), func(i int) bool { return x.toks[i].start() >= off })
}

// tokFrom returns tokAt(off) when k <= tokAt(off), scanning from token k.
func (x *extractor) tokFrom(k, off int) int {
	for k < len(x.toks) && x.toks[k].start() < off {
		k++
	}
	return k
}

// isCovered reports whether Text range [s, e) overlaps the words of a span.
func (x *extractor) isCovered(s, e int) bool {
	if x.hasRep && x.lastRep.End > s && x.lastRep.Start < e {
		return true
	}
	i := sort.Search(len(x.covered), func(i int) bool { return x.covered[i].End > s })
	return i < len(x.covered) && x.covered[i].Start < e
}

func (x *extractor) sortCovered() {
	slices.SortFunc(x.covered, func(a, b source.Range) int { return cmp.Compare(a.Start, b.Start) })
}

// cover records [s, e) as quoted words, keeping x.covered sorted.
func (x *extractor) cover(s, e int) {
	i := sort.Search(len(x.covered), func(i int) bool { return x.covered[i].Start > s })
	x.covered = append(x.covered, source.Range{})
	copy(x.covered[i+1:], x.covered[i:])
	x.covered[i] = source.Range{Start: s, End: e}
}

// attribution is who said a quote: the subject noun phrase and the cue.
type attribution struct {
	ok         bool
	npA, npB   int  // token range of the speaker's noun phrase; npA == npB when there is none
	cueS, cueE int  // Text range of the cue words; cueS == cueE when there is none
	end        int  // Text offset just past the attribution
	strongLead bool // a colon or "that" leads into the quote: "X said: “…”"
	that       bool // "that" leads into the quote: "X said that “…”"
}

// spanAttr returns what a span keeps of attribution a, whose speaker
// resolves to speaker ("" when the text does not name who spoke).
func (x *extractor) spanAttr(a attribution, speaker string) spanAttr {
	sa := spanAttr{end: int32(a.end)}
	if a.npB > a.npA {
		sa.ms, sa.me = x.toks[a.npA].s, int32(x.tokEnd(a.npB-1))
		if speaker == "" {
			// A definite description that takes up an unnamed speaker
			// is named by the phrase that brought the speaker in: "A
			// senior official" for "The official".
			if s, e, ok := x.unnamedDefinite(a.npA, a.npB); ok {
				sa.ms, sa.me = int32(s), int32(e)
			}
		}
		if a.npB-a.npA == 1 {
			// A pronoun that stands for an unnamed speaker is named by
			// the phrase it stands for: "One resident".
			g := byte(0)
			switch lowerShort(x.word(a.npA)) {
			case "he":
				g = 'm'
			case "she":
				g = 'f'
			}
			if s, e, ok := x.unnamedAntecedent(a.npA, g); g != 0 && ok {
				sa.ms, sa.me = int32(s), int32(e)
			}
		}
	}
	if a.cueE > a.cueS {
		sa.cueS, sa.cueE = int32(a.cueS), int32(a.cueE)
	}
	return sa
}

// addSpan adds a span of the given parts with the attribution's
// speaker, mention and cue; speaker and ent come from resolving the
// mention (or from the quote it continues). A span whose words hold no
// letter or digit is left out.
func (x *extractor) addSpan(parts []source.Range, kind Kind, a attribution, speaker string) {
	x.addRec(parts, kind, x.spanAttr(a, speaker), speaker)
}

func (x *extractor) addRec(parts []source.Range, kind Kind, a spanAttr, speaker string) {
	ts, te := int32(0), int32(0)
	if len(parts) == 1 {
		letter, same := scanWords(x.text[parts[0].Start:parts[0].End])
		if !letter {
			return
		}
		if !same {
			ts, te = x.joinWords(parts)
		}
	} else {
		letter := false
		for _, p := range parts {
			if l, _ := scanWords(x.text[p.Start:p.End]); l {
				letter = true
				break
			}
		}
		if !letter {
			return
		}
		ts, te = x.joinWords(parts)
	}
	ps := int32(x.parts.n)
	for _, p := range parts {
		x.parts.add(p)
	}
	x.recs.add(spanRec{
		ts:      ts,
		te:      te,
		speaker: speaker,
		rawS:    x.src.RawOffset(parts[0].Start),
		ps:      ps,
		pe:      int32(x.parts.n),
		attr:    a,
		kind:    kind,
	})
	if x.reporting {
		x.hasRep, x.lastRep = true, source.Range{Start: parts[0].Start, End: parts[len(parts)-1].End}
	} else {
		x.cover(parts[0].Start, parts[len(parts)-1].End)
	}
}

// scanWords reports whether s holds a letter or digit, and whether s is
// its own words joined by single spaces: no white space at either end,
// and none between words but one ' '.
func scanWords(s string) (letter, same bool) {
	same = true
	space := true // white space before s: a leading space is not same
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if asciiSpace[c] {
				if c != ' ' || space {
					same = false
				}
				space = true
			} else {
				letter = letter || asciiWord[c]
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			same = false
			space = true
		} else {
			letter = letter || isWordRune(r)
			space = false
		}
		i += n
	}
	if space && len(s) > 0 {
		same = false
	}
	return letter, same
}

// joinWords appends the words of parts, joined with single spaces, to
// x.texts and returns where they are.
func (x *extractor) joinWords(parts []source.Range) (int32, int32) {
	words := x.texts
	from := len(words)
	for _, p := range parts {
		s := x.text[p.Start:p.End]
		space := len(words) > from
		for i := 0; i < len(s); {
			r, n := runeAt(s, i)
			if r < 0x80 && asciiSpace[r] || r >= 0x80 && unicode.IsSpace(r) {
				space = len(words) > from
				i += n
				continue
			}
			if space {
				words = append(words, ' ')
				space = false
			}
			words = append(words, s[i:i+n]...)
			i += n
		}
	}
	x.texts = words
	return int32(from), int32(len(words))
}

var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
