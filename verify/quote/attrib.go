package quote

import (
	"strings"
)

// spaceOnly reports whether s is all white space.
func spaceOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			if s[i] < 0x80 {
				return false
			}
			return strings.TrimSpace(s) == ""
		}
	}
	return true
}

// cueAt reports whether a cue starts at token i (before hi) and returns
// its last token: "said", "according to", "quoted as saying".
func (x *extractor) cueAt(i, hi int) (cue, int, bool) {
	if x.cls(i)&wCue == 0 {
		return cue{}, 0, false
	}
	w := x.word(i)
	switch w {
	case "according", "According":
		if i+1 < hi && x.word(i+1) == "to" && spaceOnly(x.gap(i)) {
			return cue{strong: true, words: 2}, i + 1, true
		}
		return cue{}, 0, false
	case "quoted":
		if i+2 < hi && x.word(i+1) == "as" && strings.HasPrefix(x.word(i+2), "say") {
			return cue{strong: true, words: 3}, i + 2, true
		}
		return cue{}, 0, false
	}
	if x.cls(i)&wCue == 0 {
		return cue{}, 0, false
	}
	if !x.toks[i].cap() || i == x.sentenceFirstTok(i) {
		if c, ok := cueOf(w); ok {
			return c, i, true
		}
	}
	return cue{}, 0, false
}

// sentenceFirstTok is a cheap test used by cueAt: a capitalised cue word
// ("Said", "Told") is a cue only as a sentence's first word.
func (x *extractor) sentenceFirstTok(i int) int {
	if i == 0 {
		return 0
	}
	g := x.gap(i - 1)
	if strings.ContainsAny(g, ".!?\n“\"") {
		return i
	}
	return -1
}

// auxStart returns the first auxiliary before cue token c (adverbs may sit
// between: "has also said") and the end of the subject before them.
func (x *extractor) auxStart(c, lo int) (cueStart, npEnd int) {
	cueStart, npEnd = c, c
	for k := c - 1; k >= lo && spaceOnly(x.gap(k)); k-- {
		cl := x.cls(k)
		if cl&wAux != 0 && !x.toks[k].cap() {
			cueStart, npEnd = k, k
			continue
		}
		if cl&wAdverb != 0 && !x.toks[k].cap() {
			npEnd = k
			continue
		}
		break
	}
	if npEnd < cueStart {
		// Adverbs before the first auxiliary belong to neither.
		return cueStart, npEnd
	}
	return cueStart, npEnd
}

func isPronoun(w string) bool {
	switch w {
	case "he", "He", "she", "She", "they", "They", "it", "It", "we", "We", "I":
		return true
	}
	return false
}

// npBefore returns the start of the noun phrase that ends at token end
// (exclusive), no further back than lo.
func (x *extractor) npBefore(end, lo int) int {
	if end <= lo || !spaceOnly(x.text[x.toks[end-1].end:x.toks[end].start]) {
		return end
	}
	if isPronoun(x.word(end - 1)) {
		return end - 1
	}
	a := end
	for k := end - 1; k >= lo && end-k <= 12; k-- {
		if k < end-1 && !x.joinGap(k) && !spaceOnly(x.gap(k)) {
			break
		}
		w := x.word(k)
		t := x.toks[k]
		c := x.cls(k)
		if t.cap() {
			if c&wFunction != 0 {
				if w == "The" || w == "A" || w == "An" {
					a = k
				}
				break
			}
			a = k
			continue
		}
		if t.flags&fDigit != 0 {
			break
		}
		if w == "the" || w == "a" || w == "an" {
			a = k
			break
		}
		if c&wConnector != 0 || w == "and" || w == "at" || w == "from" {
			continue
		}
		if c&(wSpeakerNoun|wRoleHead) != 0 {
			a = k
			continue
		}
		break
	}
	// Connectors cannot start a phrase.
	for a < end && !x.toks[a].cap() && (x.cls(a)&wConnector != 0 || x.word(a) == "and") {
		a++
	}
	return a
}

// npAfter returns the end of the noun phrase that starts at token start
// (before hi): "Smith", "a spokesperson for the Ministry of Defence", "he".
// With stopAtCue, it ends before a cue or auxiliary ("Smith said").
func (x *extractor) npAfter(start, hi int, stopAtCue bool) int {
	if start >= hi {
		return start
	}
	if isPronoun(x.word(start)) {
		return start + 1
	}
	b := start
	for k := start; k < hi && k-start < 12; k++ {
		if k > start && !x.joinGap(k-1) && !spaceOnly(x.gap(k-1)) {
			break
		}
		w := x.word(k)
		t := x.toks[k]
		c := x.cls(k)
		if stopAtCue && k > start && (x.isCueWord(k) && !t.cap() || c&(wAux|wAdverb) != 0 && !t.cap()) {
			break
		}
		if t.cap() {
			if c&wFunction != 0 && !(k == start && (w == "The" || w == "A" || w == "An")) {
				break
			}
			b = k + 1
			continue
		}
		if k == start && (w == "the" || w == "a" || w == "an" || w == "one") {
			continue
		}
		if t.flags&fDigit != 0 {
			break
		}
		if c&wConnector != 0 || w == "the" || w == "at" || w == "and" {
			continue
		}
		if c&(wSpeakerNoun|wRoleHead) != 0 {
			b = k + 1
			continue
		}
		break
	}
	return b
}

// sentenceStart returns the Text offset where the sentence holding off
// starts, within block bi.
func (x *extractor) sentenceStart(bi, off int) int {
	b := x.blocks[bi].Range
	for i := off - 1; i > b.Start; i-- {
		c := x.text[i]
		if (c == '.' || c == '?' || c == '!') && sentenceEnd(x.text, b.Start, b.End, i) {
			return i + 1
		}
	}
	return b.Start
}

// sentenceStop returns the Text offset of the end of the sentence holding
// off (just past its final punctuation), within block bi.
func (x *extractor) sentenceStop(bi, off int) int {
	b := x.blocks[bi].Range
	for i := off; i < b.End; i++ {
		c := x.text[i]
		if (c == '.' || c == '?' || c == '!') && sentenceEnd(x.text, b.Start, b.End, i) {
			return i + 1
		}
	}
	return b.End
}

// attrBefore finds an attribution that leads into a quote at Text offset
// off of block bi: "X said: “", "X said that “", "X told reporters: “",
// "according to X, “". With needColon, the lead must end in a colon (a
// paragraph introducing a quote block).
func (x *extractor) attrBefore(bi, off int, needColon bool) attribution {
	lo := x.tokAt(x.sentenceStart(bi, off))
	if lo < x.btok[bi] {
		lo = x.btok[bi]
	}
	k := x.tokAt(off) - 1 // last token before off
	if k < lo {
		return attribution{}
	}
	lead := strings.TrimSpace(x.text[x.toks[k].end:off])
	switch lead {
	case "", ":", ",", "—", "–", "-", ", that":
	default:
		return attribution{}
	}
	if needColon && lead != ":" {
		return attribution{}
	}
	that := x.word(k) == "that"
	for c := k; c >= lo && k-c <= 7; c-- {
		cu, last, ok := x.cueAt(c, k+1)
		if !ok || last > k {
			continue
		}
		gapToks := k - last
		if gapToks > 0 && !(gapToks <= 6 && (that || lead == ":" || lead == ",")) {
			break
		}
		a := attribution{ok: true, strongLead: that || lead == ":", end: off}
		if cu.words == 2 { // according to X, “…”
			a.cueS, a.cueE = x.toks[c].start, x.toks[last].end
			a.npA = last + 1
			a.npB = x.npAfter(last+1, k+1, false)
			return a
		}
		cs, npEnd := x.auxStart(c, lo)
		a.cueS, a.cueE = x.toks[cs].start, x.toks[last].end
		a.npA, a.npB = x.npBefore(npEnd, lo), npEnd
		if a.npA == a.npB && gapToks > 0 {
			// Said Smith: “…”
			a.npA = last + 1
			a.npB = x.npAfter(last+1, k+1, false)
		}
		if a.npA < a.npB && !x.speakerLike(a.npA, a.npB) {
			return attribution{}
		}
		return a
	}
	return attribution{}
}

// attrAfter finds an attribution that follows a quote ending at Text offset
// off of block bi, before the sentence ends: "”, he said.", "”, said Smith,
// the minister.", "” Smith told reporters on Tuesday.", "”, according to
// Smith.".
func (x *extractor) attrAfter(bi, off int) attribution {
	b := x.blocks[bi].Range
	hi := x.btok[bi+1]
	j := x.tokAt(off)
	if j >= hi {
		return attribution{}
	}
	for _, r := range x.text[off:x.toks[j].start] {
		switch r {
		case ' ', ',', '.', ';', '—', '–', '-', ':', '!', '?', '\t':
		default:
			return attribution{}
		}
	}
	_ = b
	// Inverted: "said Smith", "according to Smith".
	if cu, last, ok := x.cueAt(j, hi); ok {
		_ = cu
		np := x.npAfter(last+1, hi, false)
		if np > last+1 {
			if end, ok := x.tail(bi, np, hi); ok {
				return attribution{ok: true, npA: last + 1, npB: np, cueS: x.toks[j].start, cueE: x.toks[last].end, end: end}
			}
		}
		return attribution{}
	}
	// Subject first: "he said", "a spokesperson for X said".
	np := x.npAfter(j, hi, true)
	if np == j {
		return attribution{}
	}
	c := np
	for c < hi && c-np < 3 && spaceOnly(x.gap(c-1)) && x.cls(c)&(wAux|wAdverb) != 0 && !x.toks[c].cap() && !x.isCueWord(c) {
		c++
	}
	if c >= hi || !spaceOnly(x.gap(c-1)) {
		return attribution{}
	}
	_, last, ok := x.cueAt(c, hi)
	if !ok || !x.speakerLike(j, np) {
		return attribution{}
	}
	cs, _ := x.auxStart(c, np)
	end, ok := x.tail(bi, last+1, hi)
	if !ok {
		return attribution{}
	}
	return attribution{ok: true, npA: j, npB: np, cueS: x.toks[cs].start, cueE: x.toks[last].end, end: end}
}

// tail reports whether the attribution words that end before token t may
// close the sentence: nothing but a few words of time, place or audience
// ("on Tuesday", "reporters", "the BBC") before the sentence's end, a
// comma, a colon or another quote. It returns where the attribution ends.
func (x *extractor) tail(bi, t, hi int) (int, bool) {
	b := x.blocks[bi].Range
	end := b.End
	if t > 0 {
		end = x.toks[t-1].end
	}
	n := 0
	for k := t; k < hi && n < 7; k++ {
		g := x.gap(k - 1)
		if !spaceOnly(g) && !(x.joinGap(k - 1)) {
			break
		}
		if n == 0 && x.cls(k)&(wTailStart|wAudience) == 0 && !x.toks[k].cap() {
			return 0, false
		}
		n++
		end = x.toks[k].end
	}
	// What follows must end the clause.
	for i := end; i < b.End; {
		r, sz := runeAt(x.text, i)
		if isSpace(r) {
			i += sz
			continue
		}
		switch r {
		case '.', ',', ';', ':', '!', '?', '—', '–', ')':
			return end, true
		}
		if isQuoteRune(r) {
			return end, true
		}
		return 0, false
	}
	return end, true
}
