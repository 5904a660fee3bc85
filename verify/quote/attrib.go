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
	if !x.maybeCue(i) || x.cls(i)&wCue == 0 {
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
	case "pointed", "went":
		// "pointed out (that)", "went on: “…”"
		next := "on"
		if w == "pointed" {
			next = "out"
		}
		if i+1 < hi && x.word(i+1) == next && spaceOnly(x.gap(i)) {
			return cue{}, i + 1, true
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
	if end <= lo || !spaceOnly(x.text[x.tokEnd(end-1):x.toks[end].start()]) {
		return end
	}
	return x.npBack(end, lo)
}

// npBack returns the start of the noun phrase whose last token is end-1,
// whatever follows it.
func (x *extractor) npBack(end, lo int) int {
	if end <= lo {
		return end
	}
	if isPronoun(x.word(end - 1)) {
		return end - 1
	}
	for n := 2; n <= 3; n++ {
		// "The Japan international", "the 54-year-old"
		if a := end - n; a >= lo && spaceOnly(x.gap(a)) && (n == 2 || spaceOnly(x.gap(a+1))) && x.epithet(a, end) {
			return a
		}
	}
	a := end
	for k := end - 1; k >= lo && end-k <= 12; k-- {
		if k < end-1 && !x.joinGap(k) && !spaceOnly(x.gap(k)) && !x.remitComma(k, end) {
			break
		}
		w := x.word(k)
		t := x.toks[k]
		c := x.cls(k)
		if t.cap() {
			if c&wFunction != 0 && !x.nameLike(k) {
				if w == "The" || w == "A" || w == "An" {
					a = k
				}
				break
			}
			a = k
			continue
		}
		if t.bits&fDigit != 0 {
			break
		}
		if w == "the" || w == "a" || w == "an" {
			a = k
			// "Dr Samuel Otieno of the Kenya Medical Research
			// Institute", "a member of the organising committee": the
			// phrase goes on back to the name or the noun that speaks.
			if p := k - 1; p-1 >= lo && (x.word(p) == "of" || x.word(p) == "at" || x.word(p) == "from") &&
				spaceOnly(x.gap(p)) && spaceOnly(x.gap(p-1)) &&
				(x.nameLike(p-1) || x.toks[p-1].lower() && x.cls(p-1)&wSpeakerNoun != 0) {
				continue
			}
			// "One engineer in the Dublin office": the place is the
			// noun's, and the phrase is headed by the noun.
			if p := k - 1; p-1 >= lo && x.word(p) == "in" && spaceOnly(x.gap(p)) && spaceOnly(x.gap(p-1)) &&
				x.toks[p-1].lower() && x.cls(p-1)&(wSpeakerNoun|wRoleHead) != 0 {
				k-- // the loop goes on at the noun
				continue
			}
			break
		}
		if c&wConnector != 0 || w == "and" || w == "at" || w == "from" {
			continue
		}
		// "One farmer near Boston": a place after a noun that speaks is
		// the noun's, and the phrase is headed by the noun.
		if (w == "near" || w == "in" || w == "outside") && a == k+1 && x.toks[a].cap() && k-1 >= lo &&
			spaceOnly(x.gap(k-1)) && x.toks[k-1].lower() && x.cls(k-1)&(wSpeakerNoun|wRoleHead) != 0 {
			continue
		}
		if c&(wSpeakerNoun|wRoleHead) != 0 {
			a = k
			continue
		}
		// A modifier or two of a noun that speaks, after a
		// determiner: "the organising committee".
		if a == k+1 && x.toks[a].lower() && x.cls(a)&wSpeakerNoun != 0 && t.lower() && c&(wFunction|wCue|wAux) == 0 {
			m := k
			for m-1 >= lo && k-m < 1 && x.toks[m-1].lower() && x.cls(m-1)&(wFunction|wCue|wAux) == 0 && spaceOnly(x.gap(m-1)) {
				m--
			}
			if d := m - 1; d >= lo && spaceOnly(x.gap(d)) && (x.word(d) == "the" || x.word(d) == "a" || x.word(d) == "an") {
				k = m // the loop goes on at the determiner
				continue
			}
		}
		break
	}
	// A lower-case title takes its modifiers when they open the clause:
	// "Former prime minister Theresa May", "the firm's finance director".
	if a < end && x.toks[a].lower() && x.cls(a)&wRoleHead != 0 {
		m := a
		for m > lo && a-m < 3 && spaceOnly(x.gap(m-1)) && x.cls(m-1)&(wFunction|wCue|wAux) == 0 &&
			x.toks[m-1].bits&fDigit == 0 {
			m--
		}
		switch {
		case m > lo && isDeterminer(x.word(m-1)) && spaceOnly(x.gap(m-1)):
			a = m - 1
		case m == lo || !spaceOnly(x.gap(m-1)):
			a = m
		}
	}
	// Connectors cannot start a phrase.
	for a < end && !x.toks[a].cap() && (x.cls(a)&wConnector != 0 || x.word(a) == "and") {
		a++
	}
	return a
}

// remitComma reports whether the comma after token k, in the noun phrase
// that ends at token end-1, lists the remit inside an organisation's name:
// "the Department for Culture, Media and Sport", "the Department for
// Environment, Food and Rural Affairs". The list is capitalised words
// after the head noun and "for" or "of", its last item after "and".
func (x *extractor) remitComma(k, end int) bool {
	if x.gap(k) != ", " || !x.toks[k].cap() || !x.toks[k+1].cap() {
		return false
	}
	and := false
	for n := k + 1; n < end; n++ {
		switch {
		case x.word(n) == "and":
			if and || n == k+1 || n == end-1 {
				return false
			}
			and = true
		case !x.toks[n].cap() || x.cls(n)&(wRoleHead|wHonorific) != 0:
			return false
		}
		if n < end-1 && x.gap(n) != " " && x.gap(n) != ", " {
			return false
		}
	}
	if !and {
		return false
	}
	// Back over the list's first items to the preposition after the head.
	for j := k; j > 1 && k-j < 6; j-- {
		if !x.toks[j].cap() || x.gap(j-1) != " " && x.gap(j-1) != ", " {
			return false
		}
		if p := x.word(j - 1); (p == "for" || p == "of") && x.gap(j-1) == " " && x.gap(j-2) == " " {
			return x.toks[j-2].cap() && x.bareCls(j-2)&wOrgHead != 0
		}
	}
	return false
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
		if t.bits&fDigit != 0 {
			break
		}
		if c&wConnector != 0 || w == "the" || w == "at" || w == "and" || w == "from" {
			continue // "a statement from Acme Foods"
		}
		if c&(wSpeakerNoun|wRoleHead) != 0 {
			b = k + 1
			continue
		}
		// A modifier of a lower-case title: "the finance chief", "finance
		// chief Tom Stannard". A cue word after an article is no verb:
		// "the state forestry agency".
		if (c&(wFunction|wAux|wAdverb|wCue) == 0 || c&(wFunction|wAux|wAdverb) == 0 && k > start && x.article(k-1)) &&
			x.modifiesTitle(k, hi) {
			continue
		}
		break
	}
	return b
}

// article reports whether token k is "the", "a" or "an", in any case.
func (x *extractor) article(k int) bool {
	switch lowerShort(x.word(k)) {
	case "the", "a", "an":
		return true
	}
	return false
}

// modifiesTitle reports whether the lower-case word k is followed, within
// two words, by a lower-case title or noun that speaks: "finance" in
// "finance chief", "deputy" in "deputy finance director", "count" in
// "one count official".
func (x *extractor) modifiesTitle(k, hi int) bool {
	for m := k + 1; m < hi && m <= k+2 && spaceOnly(x.gap(m-1)); m++ {
		if !x.toks[m].lower() || x.cls(m)&(wFunction|wAux|wAdverb|wCue) != 0 {
			return false
		}
		if x.cls(m)&(wRoleHead|wSpeakerNoun) != 0 {
			return true
		}
	}
	return false
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

// attrBefore finds an attribution that leads into a quote at Text offset
// off of block bi: "X said: “", "X said that “", "X told reporters: “",
// "according to X, “". With needColon, the lead must end in a colon (a
// paragraph introducing a quote block).
func (x *extractor) attrBefore(bi, off int, needColon bool) attribution {
	k := x.tokAt(off) - 1 // last token before off
	if k < x.btok[bi] {
		return attribution{}
	}
	lead := strings.TrimSpace(x.text[x.tokEnd(k):off])
	switch lead {
	case "", ":", ",", "—", "–", "-", ", that":
	default:
		return attribution{}
	}
	if needColon && lead != ":" {
		return attribution{}
	}
	// The lead fits: the sentence's first token, found only now.
	lo := x.tokAt(x.sentenceStart(bi, off))
	if lo < x.btok[bi] {
		lo = x.btok[bi]
	}
	if k < lo {
		return attribution{}
	}
	that := x.word(k) == "that"
	reach := 7
	if lead == ":" {
		reach = 13 // "said in a statement issued shortly after the report's publication:"
	}
	for c := k; c >= lo && k-c <= reach; c-- {
		cu, last, ok := x.cueAt(c, k+1)
		if !ok || last > k || c > lo && isDeterminer(x.word(c-1)) {
			continue // after a determiner a cue word is a noun: "in a note:"
		}
		gapToks := k - last
		if gapToks > 0 && !(gapToks <= 6 && (that || lead == ":" || lead == ",")) &&
			!(lead == ":" && x.placePhrase(last+1, k+1)) {
			break
		}
		a := attribution{ok: true, strongLead: that || lead == ":", end: off}
		if cu.words == 2 { // according to X, “…”
			a.cueS, a.cueE = x.toks[c].start(), x.tokEnd(last)
			a.npA = last + 1
			a.npB = x.npAfter(last+1, k+1, false)
			return a
		}
		cs, npEnd := x.auxStart(c, lo)
		a.cueS, a.cueE = x.toks[cs].start(), x.tokEnd(last)
		a.npA, a.npB = x.subjectBefore(npEnd, lo)
		a.that = that
		if a.npA == a.npB {
			if pa, pb := x.participleSubject(c, lo); pa < pb {
				// "Jane Roe defended the cut, telling MPs that “…”"
				a.npA, a.npB = pa, pb
			} else if gapToks > 0 && !cu.tell {
				// Said Smith: “…” — but the words after "told" are its
				// audience, never its speaker.
				a.npA = last + 1
				a.npB = x.npAfter(last+1, k+1, false)
			}
		}
		if a.npA < a.npB && !x.speakerLike(a.npA, a.npB) {
			return attribution{}
		}
		return a
	}
	return attribution{}
}

// placePhrase reports whether tokens [a, b) are a phrase of place, time
// or manner after a cue, with no clause punctuation or other cue in it:
// "in a statement issued shortly after the report's publication".
func (x *extractor) placePhrase(a, b int) bool {
	if a >= b || b-a > 12 {
		return false
	}
	switch x.word(a) {
	case "in", "on", "at", "during", "after", "via", "through", "outside", "before":
	default:
		return false
	}
	for k := a; k < b; k++ {
		// A cue word after a determiner is an adjective or a noun: "in
		// a written statement read to the court".
		if k > a && !midGap(x.gap(k-1)) || x.isCueWord(k) && !isDeterminer(x.word(k-1)) {
			return false
		}
	}
	return true
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
	// A full stop after the closing mark ends the sentence: "… seek
	// “urgent talks”. Its officer, Sian Price, said: …" is no
	// attribution of the quote before it.
	for _, r := range x.text[off:x.toks[j].start()] {
		switch r {
		case ' ', ',', ';', '—', '–', '-', ':', '\t':
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
			npA := last + 1
			if n := x.nameAfterDesc(np, hi); n > np {
				npA, np = np, n // "said the club's chairman, Tony Bloom"
			}
			if end, ok := x.tail(bi, np, hi, false); ok {
				return attribution{ok: true, npA: npA, npB: np, cueS: x.toks[j].start(), cueE: x.tokEnd(last), end: end}
			}
		}
		return attribution{}
	}
	// Subject first: "he said", "a spokesperson for X said".
	np := x.npAfter(j, hi, true)
	c := np         // the first token after the subject
	setOff := false // the subject ends in a comma: a comma may stand before c
	if np == j {
		// "“…,” the council's finance chief, Tom Stannard, said."
		p := j + 1
		for p < hi && p-j < 8 && spaceOnly(x.gap(p-1)) {
			p++
		}
		if p >= hi || !commaGap(x.gap(p-1)) || !x.isDescription(j, p) {
			return attribution{}
		}
		n := x.npAfter(p, hi, true)
		if n == p || !x.isName(p, n) || n >= hi || !commaGap(x.gap(n-1)) {
			return attribution{}
		}
		j, np, c, setOff = p, n, n, true
	} else if n := x.nameAfterDesc(np, hi); n > np && n < hi && commaGap(x.gap(n-1)) && x.isDescription(j, np) {
		// "“…,” a spokeswoman for the utility, Nadia Brooks, said.": the
		// name the description is about.
		j, np, c, setOff = np, n, n, true
	} else if e := x.setOff(np, hi); e > np && e < hi && commaGap(x.gap(e-1)) {
		// "“…,” Tom Stannard, the finance chief, said."
		c, setOff = e, true
	}
	c0 := c
	for c < hi && c-c0 < 3 && spaceOnly(x.gap(c-1)) && x.cls(c)&(wAux|wAdverb) != 0 && !x.toks[c].cap() && !x.isCueWord(c) {
		c++
	}
	if c >= hi || !(setOff && c == c0) && !spaceOnly(x.gap(c-1)) {
		return attribution{}
	}
	cu, last, ok := x.cueAt(c, hi)
	if !ok || !x.speakerLike(j, np) {
		return attribution{}
	}
	cs, _ := x.auxStart(c, c0)
	end, ok := x.tail(bi, last+1, hi, cu.tell)
	if !ok {
		return attribution{}
	}
	return attribution{ok: true, npA: j, npB: np, cueS: x.toks[cs].start(), cueE: x.tokEnd(last), end: end}
}

// nameAfterDesc returns the end of a name set off by a comma after a
// description that ends at token b-1 ("the club's chairman, Tony Bloom,"
// or "…, Tony Bloom."), or b when there is none: the name the description
// is about.
func (x *extractor) nameAfterDesc(b, hi int) int {
	if b >= hi || !x.toks[b-1].lower() || x.cls(b-1)&(wRoleHead|wSpeakerNoun) == 0 || !commaGap(x.gap(b-1)) {
		return b
	}
	n := x.npAfter(b, hi, true)
	if n > b && x.isName(b, n) && (n >= hi || punctGap(x.gap(n-1))) {
		return n
	}
	return b
}

// tail reports whether the attribution words that end before token t may
// close the sentence: nothing but a few words of time, place or audience
// ("on Tuesday", "reporters", "the BBC") before the sentence's end, a
// comma, a colon or another quote. After a cue that takes an object (obj:
// "told", "warned") any lower-case word may open them, as the object may
// be any noun: "told candidates and their agents before the declaration".
// A phrase of time built on a participle ("before reading out the result
// at Harrowfield Leisure Centre at 3:40 a.m.") has no subject of its own,
// so it may run on longer. It returns where the attribution ends.
func (x *extractor) tail(bi, t, hi int, obj bool) (int, bool) {
	b := x.blocks[bi].Range
	end := b.End
	if t > 0 {
		end = x.tokEnd(t - 1)
	}
	limit := 10
	if x.timeParticiple(t, hi) {
		limit = 20
	}
	n := 0
	for k := t; k < hi && n < limit; k++ {
		g := x.gap(k - 1)
		if !spaceOnly(g) && !(x.joinGap(k - 1)) {
			break
		}
		if n == 0 && x.cls(k)&(wTailStart|wAudience) == 0 && !x.toks[k].cap() &&
			!(obj && x.toks[k].lower() && x.cls(k)&wAux == 0 && !x.isCueWord(k)) {
			return 0, false
		}
		if n >= 7 && (x.cls(k)&wAux != 0 || x.isCueWord(k)) {
			return 0, false // a long tail is place and time, not a clause
		}
		n++
		end = x.tokEnd(k)
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

// timeParticiple reports whether tokens from t open a phrase of time
// built on a participle: "before reading out", "after visiting", "while
// touring".
func (x *extractor) timeParticiple(t, hi int) bool {
	if t+1 >= hi || !spaceOnly(x.gap(t)) || !x.participle(t+1) {
		return false
	}
	switch x.word(t) {
	case "before", "after", "while", "when":
		return true
	}
	return false
}

// subjectBefore returns the speaker's noun phrase [a, b) before token end
// (the cue or its first auxiliary), no further back than lo; a == b when
// there is none. Besides "Smith said" it takes a name set off by commas
// with an appositive or a relative clause: "Stephen Powis, NHS England's
// medical director, said", "The council's finance chief, Tom Stannard,
// warned" and "Jane Smith, who runs the shop, said" all give the name.
func (x *extractor) subjectBefore(end, lo int) (int, int) {
	a, b, _ := x.subjectSpan(end, lo)
	return a, b
}

// subjectSpan is subjectBefore that also returns where the whole subject
// starts, the appositive or clause included.
func (x *extractor) subjectSpan(end, lo int) (a, b, whole int) {
	if a := x.npBefore(end, lo); a < end {
		// "The Home Office and the Treasury said": a joint statement,
		// when both name speakers of one sort ("He met the minister and
		// the union said" is the union's).
		if n := a - 1; n > lo && x.word(n) == "and" && spaceOnly(x.gap(n-1)) && spaceOnly(x.gap(n)) {
			if a2 := x.npBack(n, lo); a2 < n && x.speakerLike(a2, n) && x.joint(a2, end) {
				a2 = x.jointList(a2, end, lo)
				return a2, end, a2
			}
		}
		if a2 := x.jointList(a, end, lo); a2 < a {
			return a2, end, a2
		}
		return a, end, a
	}
	// "The Air Accidents Investigation Branch (AAIB) said": the name
	// before the acronym in brackets.
	if k := end - 1; k-1 > lo && isAcronym(x.word(k)) && strings.TrimSpace(x.gap(k-1)) == "(" &&
		strings.TrimSpace(x.gap(k)) == ")" {
		if a := x.npBack(k, lo); a < k && x.speakerLike(a, k) {
			return a, k, a
		}
	}
	if a, b, whole, ok := x.appositive(end, lo); ok {
		return a, b, whole
	}
	return end, end, end
}

// participleSubject returns the subject of a sentence whose cue is a
// participle set off by a comma, c its token: "Andrew Cole has defended
// the cut, telling MPs that …", "Leon Jarvis, now a pundit, was less
// convinced, writing that …" give the name that opens the sentence (lo),
// when a verb follows it (after a phrase set off by commas, perhaps). It
// returns c, c when there is none.
func (x *extractor) participleSubject(c, lo int) (int, int) {
	if c <= lo+1 || !strings.HasSuffix(x.word(c), "ing") || !commaGap(x.gap(c-1)) {
		return c, c
	}
	if np, _, ok := x.subjectVerb(lo, c); ok {
		return lo, np
	}
	// "“…,” Ms Smith said, adding: “…”": the subject of the cue just
	// before the participle.
	if p := c - 1; x.isCueWord(p) && x.toks[p].lower() {
		_, npEnd := x.auxStart(p, lo)
		if a, b := x.subjectBefore(npEnd, lo); a < b && x.speakerLike(a, b) {
			return a, b
		}
	}
	return c, c
}

// subjectVerb finds the subject that opens the clause at token lo (before
// hi) and the verb after it, past a phrase set off by commas: "Andrew Cole
// has", "Jonathan Pryce, an analyst at Barrow & Co, was". It returns the
// end of the subject and the verb's token, ok false when there is none.
func (x *extractor) subjectVerb(lo, hi int) (np, k int, ok bool) {
	np = x.npAfter(lo, hi, true)
	if np == lo || np >= hi || !x.speakerLike(lo, np) {
		return 0, 0, false
	}
	k = np
	if commaGap(x.gap(k - 1)) {
		// "…, now a pundit, was": skip to the next comma.
		e := k + 1
		for e < hi && e-k < 10 && midGap(x.gap(e-1)) {
			e++
		}
		if e >= hi || !commaGap(x.gap(e-1)) {
			return 0, 0, false
		}
		k = e
	} else if !spaceOnly(x.gap(k - 1)) {
		return 0, 0, false
	}
	if k >= hi || !x.toks[k].lower() || x.cls(k)&(wFunction|wConnector) != 0 && x.cls(k)&wAux == 0 {
		return 0, 0, false
	}
	return np, k, true
}

// leadSubject finds "X was sceptical:" at the end of block bi, which
// introduces the markup quote block after it: a short last sentence of a
// subject that can speak, a phrase set off by commas perhaps, and a few
// lower-case words of a verb phrase before the colon.
func (x *extractor) leadSubject(bi int) attribution {
	b := x.blocks[bi].Range
	end := x.trimRange(b.Start, b.End).End
	lo, hi := x.btok[bi], x.btok[bi+1]
	if lo >= hi || x.lastRune(bi) != ':' {
		return attribution{}
	}
	if s := x.tokAt(x.sentenceStart(bi, end)); s > lo {
		lo = s
	}
	np, k, ok := x.subjectVerb(lo, hi)
	if !ok || hi-k > 5 {
		return attribution{}
	}
	for j := k; j < hi; j++ {
		if j > k && !spaceOnly(x.gap(j-1)) || !x.toks[j].lower() || x.isCueWord(j) {
			return attribution{}
		}
	}
	return attribution{ok: true, npA: lo, npB: np, end: end, strongLead: true}
}

// jointList returns the start of a list of speakers "A, B and C" whose
// last two, "B and C", are the joint statement [a, end); a when there
// are no more.
func (x *extractor) jointList(a, end, lo int) int {
	for a-1 > lo && commaGap(x.gap(a-1)) {
		a3 := x.npBack(a, lo)
		if a3 >= a || !x.speakerLike(a3, a) || !x.joint(a3, end) {
			break
		}
		a = a3
	}
	return a
}

// commaGap reports whether s is a comma with white space around it.
func commaGap(s string) bool {
	return strings.IndexByte(s, ',') >= 0 && strings.TrimSpace(s) == ","
}

// appositive finds "NAME, APPOSITIVE," or "APPOSITIVE, NAME," ending just
// before token end (no further back than lo) and returns the name's
// tokens and where the whole phrase starts. The appositive is a short noun
// phrase whose head is a title or a noun that speaks ("a local teacher",
// "NHS England's national medical director", "the council's finance
// chief") or, after the name, a relative clause ("who runs the shop",
// "which represents operators"); the name is capitalised words, a title
// allowed before them ("Professor Stephen Powis"), or, before a relative
// clause, any noun phrase that can speak ("the company").
func (x *extractor) appositive(end, lo int) (int, int, int, bool) {
	k := end - 1
	if k-1 <= lo || !commaGap(x.gap(k)) {
		return 0, 0, 0, false
	}
	// The middle phrase [p, end), back to the first comma; a title in
	// quote marks may stand in it ("whose 2019 book “The Walking Cure”
	// became a bestseller").
	p := k
	for p > lo && end-p < 20 && (midGap(x.gap(p-1)) || titleGap(x.gap(p-1)) || x.figureComma(p-1)) {
		p--
	}
	if p <= lo || !commaGap(x.gap(p-1)) {
		return 0, 0, 0, false
	}
	if p == k && x.ageAfter(p, end+1) == end {
		// "Ms Roe, 52, said"
		if a := x.npBack(p, lo); a < p && (x.isName(a, p) || x.titledName(a, p)) {
			return a, p, a, true
		}
	}
	if x.word(p) == "from" && x.placeAfter(p, end+1) == end {
		// "Sarah Whitlock, from Stockport, said"
		if a := x.npBack(p, lo); a < p && (x.isName(a, p) || x.titledName(a, p)) {
			return a, p, a, true
		}
	}
	if x.word(p) == "of" && x.ofBody(p, end) {
		// "Detective Sergeant Amy Whitlock, of Leicestershire Police's
		// economic crime unit, said"
		if a := x.npBack(p, lo); a < p && (x.isName(a, p) || x.titledName(a, p)) {
			return a, p, a, true
		}
	}
	if isRelative(x.word(p)) || x.participle(p) {
		if end-p >= 19 {
			return 0, 0, 0, false
		}
		a := x.npBack(p, lo)
		// "One farmer near Boston, Lincolnshire, who grows wheat": the
		// county after the town is the place's, not a speaker.
		if p-a == 1 && a-3 >= lo && commaGap(x.gap(a-1)) && x.toks[a].cap() && x.toks[a-1].cap() {
			switch x.word(a - 2) {
			case "near", "in", "outside":
				if na := x.npBack(a, lo); na < a-2 && x.toks[a-3].lower() && x.cls(a-3)&(wSpeakerNoun|wRoleHead) != 0 {
					return na, a, na, true
				}
			}
		}
		if a < p && (x.isName(a, p) || x.speakerLike(a, p)) {
			// "Dr Samuel Whitlock, head of research at the Alzheimer's
			// Society, which was not involved, told": the person the
			// description before the clause is about, not the
			// organisation it names.
			if na, nb, ok := x.describedName(a, lo); ok {
				return na, nb, na, true
			}
			// "Carmen Quispe, Peru's deputy foreign minister, who
			// travelled to Leeds, said": the clause is about the
			// person the description before it is set off from.
			if a-1 > lo && commaGap(x.gap(a-1)) && !x.isName(a, p) && x.isDescription(a, p) {
				if na := x.npBack(a, lo); na < a && (x.isName(na, a) || x.titledName(na, a)) {
					return na, a, na, true
				}
			}
			return a, p, a, true
		}
		return 0, 0, 0, false
	}
	// An age set off between the name and the description: "Margaret
	// Hale, 81, a retired headteacher, said".
	name := p
	if x.word(p) == "a" || x.word(p) == "an" {
		if b := p - 1; b-1 > lo && x.ageAfter(b, end) == p {
			name = b
		}
	}
	// NAME, DESCRIPTION RELATIVE-CLAUSE,: "Castellano, a professor of
	// epidemiology at UCL whose book … became a bestseller, said", "the
	// Harbour Playhouse Trust, the charity that runs the theatre, said".
	for q := p + 1; q < end-1; q++ {
		if describedRelative(x.word(q)) && x.isDescription(p, q) {
			if a := x.npBack(name, lo); a < name && (x.isName(a, name) || x.theName(a, name) || x.titledName(a, name) || x.unnamedBefore(a, name, p)) {
				return a, name, a, true
			}
			return 0, 0, 0, false
		}
	}
	// "The captain, a 52-year-old with 14,000 flying hours, told": a
	// role named with "the", and an indefinite phrase about them.
	if x.word(p) == "a" || x.word(p) == "an" {
		if a := p - 2; a >= lo && strings.EqualFold(x.word(a), "the") && spaceOnly(x.gap(a)) && x.toks[p-1].lower() &&
			x.cls(p-1)&(wRoleHead|wSpeakerNoun) != 0 && end-p < 14 && x.looseDescription(p, end) {
			return a, p, a, true
		}
	}
	if end-p <= maxDescription && x.isName(p, end) {
		// APPOSITIVE, NAME, — the appositive starts the clause or with a
		// determiner.
		a := p - 1
		for a > lo && p-a < 8 && spaceOnly(x.gap(a-1)) && !isDeterminer(x.word(a)) && x.word(a) != "whose" {
			a--
		}
		if x.isDescription(a, p) && (a == lo || isDeterminer(x.word(a)) || !spaceOnly(x.gap(a-1))) {
			return p, end, a, true
		}
		// "…, whose national officer, Keith Barlow, called": the
		// appositive opens a relative clause.
		if x.word(a) == "whose" && a+1 < p && x.isDescription(a+1, p) {
			return p, end, a, true
		}
		return 0, 0, 0, false
	}
	// NAME, APPOSITIVE,
	a := x.npBack(name, lo)
	if a < name && (x.isName(a, name) || x.theName(a, name) ||
		x.titledName(a, name) || x.unnamedBefore(a, name, p)) && x.isDescription(p, end) {
		return a, name, a, true
	}
	return 0, 0, 0, false
}

// unnamedBefore reports whether tokens [a, b) are a short indefinite noun
// phrase of an unnamed person, headed by a lower-case noun that speaks
// ("Another victim", "One resident"), before an indefinite description at token p
// ("a former engineer"): the description says who they are, not another
// speaker.
func (x *extractor) unnamedBefore(a, b, p int) bool {
	if b-a > 3 || !x.toks[b-1].lower() || x.cls(b-1)&(wSpeakerNoun|wRoleHead) == 0 {
		return false
	}
	switch x.word(p) {
	case "a", "an":
	default:
		return false
	}
	switch strings.ToLower(x.word(a)) {
	case "a", "an", "another", "one":
	default:
		return false // "The captain, a man who …": a role, not someone unnamed
	}
	for k := a; k < b-1; k++ {
		if x.isCueWord(k) || isPronoun(x.word(k)) || x.toks[k].cap() && k > a {
			return false
		}
	}
	return true
}

// ofBody reports whether tokens [p, end) are "of" and the body a
// person belongs to, set off after their name: "of Leicestershire
// Police's economic crime unit", "of the University of Leeds". The body
// is named (a capitalised word opens it, after "the" perhaps), and the
// phrase holds no clause: no cue, auxiliary, pronoun or digit.
func (x *extractor) ofBody(p, end int) bool {
	if end-p < 2 || end-p > 9 {
		return false
	}
	n := p + 1
	if strings.EqualFold(x.word(n), "the") && n+1 < end {
		n++
	}
	if !x.toks[n].cap() {
		return false
	}
	for k := p + 1; k < end; k++ {
		if x.isCueWord(k) || x.cls(k)&wAux != 0 || x.toks[k].bits&fDigit != 0 || isPronoun(x.word(k)) || isRelative(x.word(k)) {
			return false
		}
	}
	return true
}

// titleGap reports whether s is white space and quote marks around a
// title: ` “` or `” `.
func titleGap(s string) bool {
	q := false
	for _, r := range s {
		switch {
		case isQuoteRune(r):
			q = true
		case !isSpace(r):
			return false
		}
	}
	return q
}

// describedName finds "NAME, DESCRIPTION" ending just before token a, the
// start of the description's last noun phrase: "Dr Samuel Whitlock, head
// of research at" before "the Alzheimer's Society". It returns the name's
// tokens.
func (x *extractor) describedName(a, lo int) (int, int, bool) {
	d := a
	for d > lo && a-d < 8 && spaceOnly(x.gap(d-1)) && !x.isCueWord(d-1) && x.cls(d-1)&wAux == 0 &&
		x.toks[d-1].bits&fDigit == 0 && !isPronoun(x.word(d-1)) {
		d--
	}
	if d <= lo || d == a || !commaGap(x.gap(d-1)) || !x.toks[d].lower() {
		return 0, 0, false
	}
	switch x.word(a - 1) {
	case "at", "of", "for", "from", "with":
	default:
		return 0, 0, false
	}
	na := x.npBack(d, lo)
	if na < d && (x.isName(na, d) || x.titledName(na, d)) {
		return na, d, true
	}
	return 0, 0, false
}

// figureComma reports whether the gap after token k is the comma inside
// a figure: "14,000".
func (x *extractor) figureComma(k int) bool {
	return x.gap(k) == "," && x.toks[k].bits&fDigit != 0 && x.toks[k+1].bits&fDigit != 0
}

// looseDescription reports whether tokens [a, b) can be a phrase about a
// person, figures allowed: no cue, auxiliary, pronoun or relative word.
func (x *extractor) looseDescription(a, b int) bool {
	for k := a; k < b; k++ {
		w := x.word(k)
		if x.isCueWord(k) || x.cls(k)&wAux != 0 || isPronoun(w) || isRelative(w) || w == "that" {
			return false
		}
	}
	return true
}

// midGap reports whether s may stand between two words of a phrase set
// off by commas: white space, or a sign such as "£", but no punctuation
// that ends a phrase.
func midGap(s string) bool {
	return spaceOnly(s) || !strings.ContainsAny(s, ",;:.!?()\"“”‘’—–\n")
}

// participle reports whether token k is a lower-case participle opening a
// phrase about a speaker: "speaking to reporters", "representing crew".
func (x *extractor) participle(k int) bool {
	return x.toks[k].lower() && strings.HasSuffix(x.word(k), "ing") && len(x.word(k)) > 5 && !x.isCueWord(k)
}

// titledName reports whether tokens [a, b) are a name after a title or
// honorific: "Lead author Dr Priya Raman", "Professor Jane Roe".
func (x *extractor) titledName(a, b int) bool {
	for h := b - 2; h >= a && b-h <= 4; h-- {
		if x.cls(h)&(wRoleHead|wHonorific) != 0 {
			return x.isName(h+1, b) && x.nameLike(b-1)
		}
		if !x.nameLike(h) {
			return false
		}
	}
	return false
}

// isRelative reports whether w opens a relative clause about a speaker.
func isRelative(w string) bool {
	return w == "who" || w == "which" || w == "whose"
}

// describedRelative reports whether w opens a relative clause after the
// head of a description: a relative word, or "that" ("the charity that
// runs the theatre"), which after a noun opens no reported clause.
func describedRelative(w string) bool {
	return isRelative(w) || w == "that"
}

// theName reports whether tokens [a, b) are "the" and a name: an
// organisation's ("the Harbour Playhouse Trust").
func (x *extractor) theName(a, b int) bool {
	return a+1 < b && (x.word(a) == "The" || x.word(a) == "the") && x.isName(a+1, b)
}

// setOff returns the end of a description or relative clause set off by
// a comma after token b-1 ("Tom Stannard, the council's finance chief",
// "Jane Smith, who runs the shop"), or b when there is none. The phrase
// ends at punctuation: a comma, or the sentence's end.
func (x *extractor) setOff(b, hi int) int {
	if a := x.ageAfter(b, hi); a > b {
		// "Joan Pritchard, 71, who organised the petition,"
		if e := x.setOffPhrase(a, hi); e > a {
			return e
		}
		return a
	}
	return x.setOffPhrase(b, hi)
}

// ageAfter returns the end of an age set off by commas after the name
// that ends at token b-1 ("Joan Pritchard, 71, said"), or b.
func (x *extractor) ageAfter(b, hi int) int {
	// The age is set off by commas, or ends the sentence: "said Chloe
	// Marsh, 31."
	if b >= hi || b == 0 || !x.toks[b-1].cap() || x.toks[b].bits&fDigit == 0 || !commaGap(x.gap(b-1)) ||
		b+1 < hi && !commaGap(x.gap(b)) && !strings.HasPrefix(x.gap(b), ".") {
		return b
	}
	w := x.word(b)
	if len(w) > 3 {
		return b
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return b
		}
	}
	return b + 1
}

// setOffPhrase is setOff without the age.
func (x *extractor) setOffPhrase(b, hi int) int {
	if e := x.descAfter(b, hi); e > b {
		return e
	}
	if e := x.placeAfter(b, hi); e > b {
		return e
	}
	// A relative clause or a participle phrase: "Jane Smith, who runs
	// the shop,", "Ferreira, speaking through an interpreter,".
	if b >= hi || !commaGap(x.gap(b-1)) || !isRelative(x.word(b)) && !x.participle(b) {
		return b
	}
	p := b + 1
	for p < hi && p-b < 19 && midGap(x.gap(p-1)) { // "who joined in a £4.2m deal"
		p++
	}
	if p < hi && !punctGap(x.gap(p-1)) {
		return b
	}
	return p
}

// maxDescription is the most words a description of a speaker may have:
// "a football finance lecturer at the University of Salford" has nine.
const maxDescription = 10

// descAfter returns the end of a short description set off by a comma
// after token b-1 ("…, the council's finance chief[,.]"), or b.
func (x *extractor) descAfter(b, hi int) int {
	if b >= hi || !commaGap(x.gap(b-1)) {
		return b
	}
	p := b + 1
	for p < hi && p-b < maxDescription && (spaceOnly(x.gap(p-1)) || pluralPossessive(x.gap(p-1))) {
		p++
	}
	if p < hi && !punctGap(x.gap(p-1)) || !x.isDescription(b, p) {
		return b
	}
	return p
}

// punctGap reports whether the gap s between two words ends a phrase: a
// comma, a full stop or other clause punctuation.
func punctGap(s string) bool {
	return strings.ContainsAny(s, ",.;:!?)") || strings.Contains(s, "—") || strings.Contains(s, "–")
}

// isDeterminer reports whether w opens a noun phrase: an article or a
// possessive pronoun.
func isDeterminer(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An", "its", "Its", "his", "His", "her", "Her", "their", "Their", "our", "Our":
		return true
	}
	return false
}

// isName reports whether tokens [a, b) are a name, perhaps after a title:
// a few capitalised words, none a sentence word, the last a name or an
// organisation's head noun.
func (x *extractor) isName(a, b int) bool {
	if b-a < 1 || b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		if !x.toks[k].cap() || x.cls(k)&wFunction != 0 || x.isCueWord(k) {
			return false
		}
	}
	if b-a > 1 && isPostNominal(x.word(b-1)) {
		b-- // "Fiona Marchetti KC"
	}
	return x.nameLike(b-1) || classOf(bare(x.word(b-1)))&wOrgHead != 0
}

// placeAfter returns the end of where a person is from, set off by commas
// after the name that ends at token b-1: "Sarah Whitlock, from Stockport,
// said", or b when there is none.
func (x *extractor) placeAfter(b, hi int) int {
	if b+1 >= hi || !commaGap(x.gap(b-1)) || x.word(b) != "from" || !spaceOnly(x.gap(b)) || !x.toks[b+1].cap() {
		return b
	}
	e := x.capRun(b+1, hi)
	if e-b > 5 || e < hi && !punctGap(x.gap(e-1)) {
		return b
	}
	return e
}

// headOf reports whether token m, before b, is "head" of a body or a
// field, a title: "head of product safety", "the head of the trust".
func (x *extractor) headOf(m, b int) bool {
	return m+1 < b && x.word(m+1) == "of" && (x.word(m) == "head" || x.word(m) == "Head")
}

// pluralPossessive reports whether the gap between two words is the
// apostrophe of a plural possessive and a space: "Supporters’ Trust".
func pluralPossessive(g string) bool {
	return g == "’ " || g == "' "
}

// headIn reports whether one of tokens [a, k) is a title or a noun that
// speaks, the head of a description that ends at b.
func (x *extractor) headIn(a, k, b int) bool {
	for m := a; m < k; m++ {
		if x.cls(m)&(wRoleHead|wSpeakerNoun) != 0 && !(x.toks[m].cap() && x.nameLike(m)) || x.headOf(m, b) {
			return true
		}
	}
	return false
}

// duration reports whether the number at token k, before b, says how long
// a description has held, after its head: "for 12 years" ("a district
// councillor for 12 years"), "since 2019".
func (x *extractor) duration(k, b int) bool {
	if k == 0 || !spaceOnly(x.gap(k-1)) {
		return false
	}
	switch x.word(k - 1) {
	case "since":
		return k+1 == b && len(x.word(k)) == 4 && isDigits(x.word(k))
	case "for":
		if k+1 >= b || !spaceOnly(x.gap(k)) || !isDigits(x.word(k)) {
			return false
		}
		switch x.word(k + 1) {
		case "years", "months", "weeks", "decades", "days":
			return true
		}
	}
	return false
}

// isDescription reports whether tokens [a, b) describe a speaker: one
// description (see oneDescription) or several joined by "and", each of
// which may be as long as one alone ("a co-author of the study and a
// planetary scientist at Northbridge").
func (x *extractor) isDescription(a, b int) bool {
	if x.oneDescription(a, b) {
		return true
	}
	for k := a + 1; k < b-1; k++ {
		if x.word(k) == "and" && spaceOnly(x.gap(k-1)) && x.oneDescription(a, k) && x.isDescription(k+1, b) {
			return true
		}
	}
	return false
}

// oneDescription reports whether tokens [a, b) are a short descriptive
// noun phrase headed by a title or a noun that speaks: "a local teacher",
// "NHS England's national medical director". Cues, pronouns, digits
// (other than a duration after the head: "for 12 years", "since 2019") and
// sentence words other than determiners and "of"/"for"/"at"/"and" make it
// a clause, not a description.
func (x *extractor) oneDescription(a, b int) bool {
	if b-a < 1 || b-a > maxDescription {
		return false
	}
	head := func(m int) bool {
		return x.cls(m)&(wRoleHead|wSpeakerNoun) != 0 && !(x.toks[m].cap() && x.nameLike(m)) || x.headOf(m, b)
	}
	h := b - 1
	if !head(h) {
		// The head before a modifier: "a senior lecturer in
		// epidemiology", "the union representing cabin crew", and past
		// a kind noun before a name in the modifier: "chief executive
		// of the charity Parkinson's UK".
		h = -1
	heads:
		for m := b - 2; m >= a; m-- { // "chair of the trust" has no article
			if !head(m) {
				continue
			}
			switch w := x.word(m + 1); {
			case w == "in", w == "of", w == "at", w == "for", w == "from", w == "with", x.participle(m + 1),
				w == "since" && x.duration(m+2, b):
				h = m
				break heads
			case !x.toks[m+1].cap():
				break heads // a head with no modifier after it
			}
		}
		if h < 0 {
			return false
		}
	}
	for k := a; k < b; k++ {
		w := x.word(k)
		if x.toks[k].bits&fDigit != 0 && k > h && x.duration(k, b) {
			k++ // "a district councillor for 12 years": how long, not a clause
			continue
		}
		if x.isCueWord(k) || x.toks[k].bits&fDigit != 0 || isPronoun(w) {
			return false
		}
		if x.cls(k)&wFunction != 0 && !isDeterminer(w) {
			switch w {
			case "of", "for", "at", "and":
			case "since":
				if k+1 >= b || !x.duration(k+1, b) {
					return false
				}
			case "in", "from", "with":
				if k <= h && !x.headIn(a, k, b) {
					// "a collision investigator with the police": a
					// head before the preposition is the phrase's.
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}
