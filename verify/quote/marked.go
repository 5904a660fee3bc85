package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verity-news/verity/verify/source"
)

// words counts the words of Text range [s, e), up to 3: callers want to
// know whether there are none, or fewer than three.
func (x *extractor) words(s, e int) int {
	n := 0
	in := false
	t := x.text[s:e]
	for i := 0; i < len(t); {
		var w bool
		if c := t[i]; c < 0x80 {
			w = asciiWord[c] || c == '\'' || c == '-'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(t[i:])
			w = isWordRune(r) || r == '’'
			i += size
		}
		if w && !in {
			if n++; n == 3 {
				return n
			}
		}
		in = w
	}
	return n
}

// markedQuotes makes spans of the quote-mark regions that have an
// attribution, or that continue an attributed quote of the same or the
// previous paragraph ("“…,” he said. “…”"). Regions inside quote blocks
// are the block speaker's words; regions without a cue are scare quotes or
// titles and make no span.
func (x *extractor) markedQuotes() {
	type done struct {
		reg     *region
		a       attribution
		speaker string
	}
	var prev done
	havePrev := false
	for ri := range x.regions {
		r := &x.regions[ri]
		inBlock := false
		for k := r.first; k <= r.last; k++ {
			inBlock = inBlock || x.used[k]
		}
		if inBlock || x.blocks[r.first].Boilerplate {
			continue
		}
		words := 0
		for _, p := range x.rparts[r.ps:r.pe] {
			words += x.words(p.Start, p.End)
		}
		if words == 0 {
			continue
		}
		// A title or a scare quote: "the song “Yesterday”", "so-called “…”".
		if k := x.tokAt(r.open) - 1; k >= x.btok[r.first] && spaceOnly(x.text[x.tokEnd(k):r.open]) &&
			x.cls(k)&wTitleWord != 0 && !x.isCueWord(k) {
			continue
		}
		if x.appositiveTitle(r) {
			continue
		}
		if q, ok := x.askedBy(r.first, r.open); ok {
			// The interviewer's words, quoted in the question put to
			// the speaker of the sentence.
			if q.ok && r.closed {
				x.addSpan(x.regionParts(r), Direct, q, x.resolve(q.npA, q.npB))
			}
			continue
		}
		a := x.attrBefore(r.first, r.open, false)
		if !a.ok {
			a = x.verbObject(r.first, r.open)
		}
		if !a.ok && x.atBlockStart(r.first, r.open) && r.first > 0 && !x.used[r.first-1] &&
			!x.blocks[r.first-1].Boilerplate && x.lastRune(r.first-1) == ':' {
			// "X said:" before the paragraph, unless the quote has an
			// attribution of its own after it ("“…,” Y told reporters.").
			if own := r.closed && x.attrAfter(r.last, r.close).ok; !own {
				p := x.blocks[r.first-1].Range
				a = x.attrBefore(r.first-1, x.trimRange(p.Start, p.End).End, true)
			}
		}
		if a.that && r.closed && x.clauseGoesOn(r.last, r.close) {
			// "X said that “difficult choices” were needed": a partial
			// quote in reported speech, which reportedSpeech takes whole.
			continue
		}
		if !a.strongLead && r.closed {
			if b := x.attrAfter(r.last, r.close); b.ok {
				a = b
			}
		}
		speaker := ""
		if a.ok {
			speaker = x.resolve(a.npA, a.npB)
		} else if havePrev && words >= 3 && x.continues(prev.reg, prev.a, r) {
			a, speaker = prev.a, prev.speaker
		} else {
			continue
		}
		parts := x.regionParts(r)
		if len(parts) == 0 {
			continue
		}
		x.addSpan(parts, Direct, a, speaker)
		prev, havePrev = done{reg: r, a: a, speaker: speaker}, true
	}
}

// clauseGoesOn reports whether the sentence goes on with a word after the
// closing mark at Text offset off of block bi.
func (x *extractor) clauseGoesOn(bi, off int) bool {
	b := x.blocks[bi].Range
	for i := off; i < b.End; {
		r, n := runeAt(x.text, i)
		if isQuoteRune(r) && i == off || isSpace(r) {
			i += n
			continue
		}
		return isWordRune(r)
	}
	return false
}

// atBlockStart reports whether only white space precedes off in block bi.
func (x *extractor) atBlockStart(bi, off int) bool {
	return spaceOnly(x.text[x.blocks[bi].Start:off])
}

// continues reports whether region r carries on the quote p attributed by
// a: in the same paragraph with only the attribution between them, or at
// the start of the next paragraph when p's paragraph ends with p and its
// attribution.
func (x *extractor) continues(p *region, a attribution, r *region) bool {
	if !p.closed {
		return false
	}
	between := x.text[p.close:r.open]
	if p.last == r.first {
		end := p.close
		if a.end > end && a.end <= r.open {
			end = a.end
		}
		for _, c := range x.text[end:r.open] {
			if !(isSpace(c) || unicode.IsPunct(c)) {
				return x.trailingPhrase(p.last, end, r.open)
			}
		}
		return true
	}
	if r.first != p.last+1 || !x.atBlockStart(r.first, r.open) {
		return false
	}
	_ = between
	end := p.close
	if a.end > end {
		end = a.end
	}
	b := x.blocks[p.last].Range
	if end > b.End {
		return false
	}
	for _, c := range x.text[end:b.End] {
		if !(isSpace(c) || unicode.IsPunct(c)) {
			return false
		}
	}
	return true
}

// appositiveTitle reports whether the closed quote r names what the noun
// before it is, set off by commas: "the consultation paper, “Homes for the
// Next Generation”, would be published". Its words are a title — most of
// them capitalised — not anyone's words.
func (x *extractor) appositiveTitle(r *region) bool {
	k := x.tokAt(r.open) - 1
	if !r.closed || r.first != r.last || k < x.btok[r.first] || x.cls(k)&wTitleWord == 0 ||
		strings.TrimSpace(x.text[x.tokEnd(k):r.open]) != "," {
		return false
	}
	if after := strings.TrimLeft(x.text[r.close:x.blocks[r.last].End], " "); !strings.HasPrefix(after, ",") {
		return false
	}
	lo, hi := x.tokAt(r.open), x.tokAt(r.close)
	if hi-lo < 1 || hi-lo > 10 {
		return false
	}
	caps := 0
	for t := lo; t < hi; t++ {
		if x.toks[t].cap() {
			caps++
		}
	}
	return 2*caps > hi-lo
}

// trailingPhrase reports whether Text range [s, e) of block bi is a
// phrase that closes an attribution's sentence, and nothing else: ", the
// study's lead author.", ", who bought the club in 2009." or ", speaking
// to reporters in the car park.". Such phrases may follow one another,
// set off by commas: ", of the University of Leicester, the principal
// investigator for the radar.". A quote that goes on after it continues
// the attributed one.
func (x *extractor) trailingPhrase(bi, s, e int) bool {
	t := strings.TrimSpace(x.text[s:e])
	if !strings.HasPrefix(t, ",") || !strings.HasSuffix(t, ".") || strings.ContainsAny(t, "\"“”«»;:!?") {
		return false
	}
	a, b := x.tokFrom(x.tokAt(s), s), x.tokAt(e)
	if a >= b || b > x.btok[bi+1] || b-a > 14 {
		return false
	}
	if w := x.word(a); len(w) <= 3 && isDigits(w) && (a+1 == b || commaGap(x.gap(a))) {
		// An age first: ", 31." or ", 31, a nurse from Harlow."
		if a++; a == b {
			return true
		}
	}
	for p := a; p < b; {
		q := p + 1
		for q < b && !commaGap(x.gap(q-1)) {
			if !midGap(x.gap(q - 1)) {
				return false
			}
			q++
		}
		if !x.trailingPart(p, q) {
			return false
		}
		p = q
	}
	return true
}

// trailingPart reports whether tokens [a, b), with no punctuation between
// them, are one phrase of trailingPhrase: a participle phrase, a relative
// clause, a description, or a description and a clause about the person
// (", a nurse from Harlow who attended the launch.").
func (x *extractor) trailingPart(a, b int) bool {
	for k := a; k < b; k++ {
		if x.isCueWord(k) {
			return false
		}
	}
	if x.participle(a) || isRelative(x.word(a)) || x.isDescription(a, b) || x.nounPhrase(a, b) {
		return true
	}
	for q := a + 1; q < b; q++ {
		if isRelative(x.word(q)) && x.isDescription(a, q) {
			return true
		}
	}
	return false
}

// nounPhrase reports whether tokens [a, b) are a noun phrase that opens
// with a determiner, whatever its head noun: "the museum's curator of the
// Americas", "a senior meteorologist". The head, the last word before a
// preposition or the end, is a lower-case word and no past-tense verb
// ("the crowd cheered" is a clause).
func (x *extractor) nounPhrase(a, b int) bool {
	if b-a < 2 || b-a > 8 || !isDeterminer(x.word(a)) || !x.looseDescription(a+1, b) {
		return false
	}
	h := b - 1
	for k := a + 1; k < b; k++ {
		switch x.word(k) {
		case "of", "at", "for", "in", "from", "with":
			h = k - 1
		default:
			continue
		}
		break
	}
	w := x.word(h)
	return h > a && x.toks[h].lower() && x.cls(h)&wFunction == 0 && !strings.HasSuffix(w, "ed")
}

// characterising verbs take an object and then the subject's own words,
// after the preposition given ("" for none): "called them “…”", "thanked
// her rival for “…”", "described the plan as “…”".
var characterising = map[string]string{
	"called": "", "branded": "", "dubbed": "", "thanked": "for", "praised": "for",
	"accused": "of", "described": "as", "dismissed": "as", "condemned": "as",
}

// verbObject finds the attribution of a quote at Text offset off of block
// bi that a characterising verb and its object lead into: "Keith Barlow
// called them “…”", "She thanked her rival for “…”". The verb must have a
// subject that can speak and an object of one to four words: "a film
// called “Up”" names a title, not anyone's words.
func (x *extractor) verbObject(bi, off int) attribution {
	lo := x.tokAt(x.sentenceStart(bi, off))
	if lo < x.btok[bi] {
		lo = x.btok[bi]
	}
	k := x.tokAt(off) - 1
	if k <= lo || !spaceOnly(x.text[x.tokEnd(k):off]) {
		return attribution{}
	}
	prep := ""
	switch w := x.word(k); w {
	case "for", "as", "of":
		prep = w
		k--
	}
	for v := k - 1; v >= lo && k-v <= 4; v-- {
		if !spaceOnly(x.gap(v)) {
			return attribution{}
		}
		w := x.word(v)
		want, ok := characterising[w]
		if !ok {
			if x.isCueWord(v) || x.cls(v)&wAux != 0 && x.toks[v].lower() {
				return attribution{}
			}
			continue
		}
		if want != prep {
			return attribution{}
		}
		npA, npB := x.subjectBefore(v, lo)
		if npA == npB || !x.speakerLike(npA, npB) {
			return attribution{}
		}
		return attribution{ok: true, npA: npA, npB: npB, cueS: x.toks[v].start(), cueE: x.tokEnd(v), end: off}
	}
	return attribution{}
}

// regionParts returns the non-empty parts of region r, in x.tmp.
func (x *extractor) regionParts(r *region) []source.Range {
	parts := x.tmp[:0]
	for _, p := range x.rparts[r.ps:r.pe] {
		if p.End > p.Start {
			parts = append(parts, p)
		}
	}
	x.tmp = parts
	return parts
}

// askedBy reports whether a quote at Text offset off of block bi stands in
// a question put to the sentence's speaker, before the comma that ends
// it: "Asked by the BBC's Mark Ellison whether the company had been “…”,
// Mr Okafor said". The quoted words are the asker's: with "by NAME" the
// attribution names the asker, cue "Asked"; without, it is not ok, and
// the words are no one's the text names.
func (x *extractor) askedBy(bi, off int) (attribution, bool) {
	lo := x.tokAt(x.sentenceStart(bi, off))
	if lo < x.btok[bi] {
		lo = x.btok[bi]
	}
	k := x.tokAt(off)
	if lo >= k || x.word(lo) != "Asked" {
		return attribution{}, false
	}
	for j := lo; j < k-1; j++ {
		if strings.ContainsAny(x.gap(j), ",;:.!?") {
			return attribution{}, false // the question is over
		}
	}
	if g := x.gap(k - 1); strings.ContainsAny(g, ",;:") {
		return attribution{}, false
	}
	a := attribution{cueS: x.toks[lo].start(), cueE: x.tokEnd(lo), end: off}
	if lo+2 < k && x.word(lo+1) == "by" {
		a.npA = lo + 2
		a.npB = x.npAfter(lo+2, k, true)
		a.ok = a.npB > a.npA && x.speakerLike(a.npA, a.npB)
	}
	return a, true
}

// isDigits reports whether w is one or more ASCII digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
