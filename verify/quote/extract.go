package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/verity-news/verity/verify/source"
)

// Extract returns the quote spans of src in order of Start. Spans do not
// overlap. It never panics; a nil source has no spans.
func Extract(src *source.Source) []Span {
	if src == nil || src.Text == "" {
		return nil
	}
	x := newExtractor(src)
	x.scanMarks()
	x.buildRegistry()
	x.quoteBlocks()
	x.markedQuotes()
	x.sortCovered()
	x.continuedQuoteBlocks()
	x.reportedSpeech()
	sort.SliceStable(x.spans, func(i, j int) bool { return x.spans[i].Start < x.spans[j].Start })
	return x.spans
}

// extractor holds one document's state while Extract runs.
type extractor struct {
	src     *source.Source
	text    string
	blocks  []source.Block
	toks    []token
	btok    []int // btok[i] is the index of block i's first token; btok[len(blocks)] = len(toks)
	regions []region
	reg     registry
	used    []bool         // the block is part of a quote block span
	covered []source.Range // Text ranges of the quoted words of spans so far
	spans   []Span
	attrs   []attribution // attrs[i] is the attribution of spans[i]
	pending [][2]int      // first and last block of markup quotes with no attribution of their own
}

func newExtractor(src *source.Source) *extractor {
	x := &extractor{src: src, text: src.Text}
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
	x.used = make([]bool, len(x.blocks))
	x.btok = make([]int, len(x.blocks)+1)
	x.toks = make([]token, 0, len(x.text)/6)
	for i, b := range x.blocks {
		x.btok[i] = len(x.toks)
		x.toks = tokenize(x.text, b.Start, b.End, x.toks)
	}
	x.btok[len(x.blocks)] = len(x.toks)
	return x
}

// word returns the text of token i.
func (x *extractor) word(i int) string { return x.text[x.toks[i].start:x.toks[i].end] }

// cls returns the word classes of token i, looked up once.
func (x *extractor) cls(i int) uint32 {
	t := &x.toks[i]
	if t.flags&fClassed == 0 {
		if w := x.text[t.start:t.end]; t.flags&fWide != 0 || mayHaveClass(w) {
			t.cls = classOf(w)
		}
		t.flags |= fClassed
	}
	return t.cls
}

// maybeCue is a cheap test before cls(i)&wCue: false when token i is
// certainly no cue word.
func (x *extractor) maybeCue(i int) bool {
	t := &x.toks[i]
	if t.flags&(fClassed|fWide) != 0 {
		return t.flags&fClassed == 0 || t.cls&wCue != 0
	}
	return mayBeCue(x.text[t.start:t.end])
}

// gap returns the text between tokens i and i+1.
func (x *extractor) gap(i int) string { return x.text[x.toks[i].end:x.toks[i+1].start] }

// tokAt returns the index of the first token that starts at or after off.
func (x *extractor) tokAt(off int) int {
	return sort.Search(len(x.toks), func(i int) bool { return x.toks[i].start >= off })
}

// isCovered reports whether Text range [s, e) overlaps the words of a span.
func (x *extractor) isCovered(s, e int) bool {
	i := sort.Search(len(x.covered), func(i int) bool { return x.covered[i].End > s })
	return i < len(x.covered) && x.covered[i].Start < e
}

func (x *extractor) sortCovered() {
	sort.Slice(x.covered, func(i, j int) bool { return x.covered[i].Start < x.covered[j].Start })
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
}

// addSpan appends a span of the given parts with the attribution's
// speaker, mention and cue; speaker and ent come from resolving the
// mention (or from the quote it continues).
func (x *extractor) addSpan(parts []source.Range, kind Kind, a attribution, speaker string) {
	var words strings.Builder
	size := 0
	for _, p := range parts {
		size += p.End - p.Start + 1
	}
	words.Grow(size)
	hasLetter := false
	for _, p := range parts {
		s := x.text[p.Start:p.End]
		space := words.Len() > 0
		for i := 0; i < len(s); {
			r, n := runeAt(s, i)
			if r < 0x80 && asciiSpace[r] || r >= 0x80 && unicode.IsSpace(r) {
				space = words.Len() > 0
				i += n
				continue
			}
			if space {
				words.WriteByte(' ')
				space = false
			}
			hasLetter = hasLetter || isWordRune(r)
			words.WriteString(s[i : i+n])
			i += n
		}
	}
	if !hasLetter {
		return
	}
	sp := Span{
		Source:  x.src.Name,
		Start:   x.src.RawOffset(parts[0].Start),
		End:     x.src.RawEnd(parts[len(parts)-1].End),
		Parts:   parts,
		Text:    words.String(),
		Speaker: speaker,
		Kind:    kind,
	}
	if sp.End < sp.Start {
		sp.End = sp.Start
	}
	if a.npB > a.npA {
		s, e := x.toks[a.npA].start, x.toks[a.npB-1].end
		sp.Mention = &Mention{Start: x.src.RawOffset(s), End: x.src.RawEnd(e), Text: x.text[s:e]}
	}
	if a.cueE > a.cueS {
		sp.Cue = x.text[a.cueS:a.cueE]
	}
	x.spans = append(x.spans, sp)
	x.attrs = append(x.attrs, a)
	x.cover(parts[0].Start, parts[len(parts)-1].End)
}

var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
