package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/verity-news/verity/verify/source"
)

// reportedSpeech finds indirect speech in the sentences of the paragraphs
// that are not quote blocks:
//
//   - "X said (that) CLAUSE." — strong cues (say, tell, write) need no
//     "that"; other cues (continue, warn, insist, …) do, so that "will
//     continue to modernise" and "pledged to enhance" are not speech;
//   - "CLAUSE, X has stated." and "CLAUSE, said X." — an attribution that
//     ends the sentence after a comma;
//   - "According to X, CLAUSE." and "CLAUSE, according to X.";
//   - "X said: words" inside one paragraph gives a direct span of the words.
//
// The clause runs to the end of the sentence, without its final
// punctuation. A clause that overlaps a direct quote, or has fewer than
// three words, makes no span. One span per sentence at most: the first cue
// that fits.
func (x *extractor) reportedSpeech() {
	for bi := range x.blocks {
		b := x.blocks[bi]
		if x.used[bi] || b.Boilerplate {
			continue
		}
		start := b.Start
		lo := x.btok[bi] // the first token at or after start
		// The next '.', '?' and '!' at or after i.
		next := func(c byte, i int) int {
			if k := strings.IndexByte(x.text[i:b.End], c); k >= 0 {
				return i + k
			}
			return b.End
		}
		dot, qm, ex := next('.', b.Start), next('?', b.Start), next('!', b.Start)
		for {
			i := min(dot, qm, ex)
			if i >= b.End {
				break
			}
			switch i {
			case dot:
				dot = next('.', i+1)
			case qm:
				qm = next('?', i+1)
			default:
				ex = next('!', i+1)
			}
			if sentenceEnd(x.text, b.Start, b.End, i) {
				hi := x.tokFrom(lo, i+1)
				x.sentence(bi, start, i+1, lo, hi)
				start, lo = i+1, hi
			}
		}
		if start < b.End {
			x.sentence(bi, start, b.End, lo, x.tokFrom(lo, b.End))
		}
	}
}

// sentence looks for reported speech in the sentence [ss, se) of block bi,
// whose tokens are [lo, hi).
func (x *extractor) sentence(bi, ss, se, lo, hi int) {
	if hi-lo < 4 {
		return
	}
	// According to X, CLAUSE.
	if w := x.word(lo); (w == "According" || w == "according") && lo+1 < hi && x.word(lo+1) == "to" {
		np := x.npAfter(lo+2, hi, false)
		if np > lo+2 && np < hi && strings.Contains(x.gap(np-1), ",") {
			a := attribution{ok: true, npA: lo + 2, npB: np, cueS: x.toks[lo].start(), cueE: x.tokEnd(lo + 1)}
			from := np
			if e := x.setOff(np, hi); e > np && e < hi && commaGap(x.gap(e-1)) {
				from = e // "According to Ravi Mehta, an analyst at Harcourt Securities, the …"
			}
			if x.clause(bi, from, hi, se, a) {
				return
			}
		}
	}
	for c := lo; c < hi; c++ {
		// Most words are no cue: cueAt's first test, inlined.
		if b := x.toks[c].bits; b&fClassed != 0 && b&wCue == 0 || b&(fClassed|fWide) == 0 && !mayBeCue(x.word(c)) {
			continue
		}
		cu, last, ok := x.cueAt(c, hi)
		if !ok || x.isCovered(x.toks[c].start(), x.tokEnd(last)) {
			continue
		}
		if x.forward(bi, c, last, cu, lo, hi, se) || x.final(bi, c, last, cu, lo, hi, ss, se) {
			return
		}
	}
}

// forward tries "X said (that) CLAUSE" with the cue at tokens [c, last].
func (x *extractor) forward(bi, c, last int, cu cue, lo, hi, se int) bool {
	if cu.words == 2 {
		return false
	}
	cs, npEnd := x.auxStart(c, lo)
	npA, npB := x.subjectBefore(npEnd, lo)
	if npA == npB {
		npA, npB = x.participleSubject(c, lo)
	}
	if npA == npB {
		npA, npB = x.coordinateSubject(cs, lo)
	}
	if npA == npB || !x.speakerLike(npA, npB) {
		return false
	}
	// "It is said that …", "he is said to …": passive, no speaker.
	if aux := x.word(cs); cs < c && (aux == "is" || aux == "was" || aux == "were" || aux == "are" || aux == "been") &&
		x.word(c) == "said" {
		return false
	}
	a := attribution{ok: true, npA: npA, npB: npB, cueS: x.toks[cs].start(), cueE: x.tokEnd(last)}
	t := last + 1
	if t >= hi {
		return false
	}
	g := x.gap(last)
	if strings.Contains(g, ":") {
		// X said: words (inline, no marks): the rest of the paragraph.
		if strings.TrimSpace(g) != ":" || x.startsWithQuoteAt(x.toks[t].start()) {
			return false
		}
		b := x.blocks[bi].Range
		p := x.trimRange(x.toks[t].start(), b.End)
		if x.isCovered(p.Start, p.End) || x.words(p.Start, p.End) < 3 {
			return false
		}
		a.end = x.tokEnd(last)
		x.addSpan([]source.Range{p}, Direct, a, x.resolve(npA, npB))
		return true
	}
	if !spaceOnly(g) {
		return false
	}
	if cu.tell && x.word(t) != "that" {
		// The object of "told": "reporters", "the BBC", "him".
		o := t
		if w := x.word(o); w == "the" || w == "a" || w == "an" {
			o++
		}
		if o < hi && x.toks[o].cap() {
			o = x.capRun(o, hi)
			// "told BBC Radio 4's Today programme that": the name of the
			// audience goes on past a number to its "that".
			for k := o; k < hi && k < o+4 && o < hi && x.word(o) != "that"; k++ {
				if !spaceOnly(x.gap(k-1)) || x.isCueWord(k) {
					break
				}
				if x.word(k) == "that" {
					o = k
				}
			}
		} else if o < hi && x.cls(o)&wAudience != 0 {
			o++
		} else if o = x.thatAhead(o, hi); o < 0 {
			return false
		}
		t = o
	}
	if t < hi {
		// "said in a statement that", "told staff in an email that".
		t = x.prepThat(t, hi)
	}
	if t < hi && x.word(t) == "that" && spaceOnly(x.gap(t-1)) {
		t++
	} else if !cu.strong && !x.clauseAhead(t, hi) {
		return false
	}
	if t >= hi {
		return false
	}
	from := x.toks[t].start()
	if g := x.gap(t - 1); !spaceOnly(g) {
		// "told MPs that “difficult choices” were needed", "writing
		// that £19m …": the clause opens with a quote mark or a
		// currency sign.
		q := strings.TrimSpace(g)
		r, n := runeAt(q, 0)
		if n == 0 || n != len(q) || !(isQuoteRune(r) || unicode.Is(unicode.Sc, r)) || x.word(t-1) != "that" {
			return false
		}
		from = x.tokEnd(t-1) + strings.Index(g, q)
	}
	switch x.word(t) {
	case "outside", "inside", "after", "before", "during", "from", "via", "through", "near", "of", "about":
		if x.word(t-1) != "that" {
			return false // "told reporters outside the town hall", "said of the ruling"
		}
	case "to", "so", "nothing", "yes", "no", "it", "this", "in", "on", "at", "with", "by", "goodbye", "hello", "sorry", "thanks":
		if x.word(t) != "it" || t+1 >= hi {
			return false
		}
	}
	return x.clauseFrom(bi, from, t, hi, se, a)
}

// coordinateSubject returns the subject of a cue that is the second verb
// of its sentence, joined by "and" at token cs-1: "Governor Alan
// Whitcombe, who flew over the fire zone, declared a state of emergency
// and said …" gives the name that opens the sentence (lo), when a verb
// follows it. The first verb phrase runs to "and" with no punctuation,
// so "Smith scored, and said …" is not read. It returns cs,
// cs when there is none.
func (x *extractor) coordinateSubject(cs, lo int) (int, int) {
	and := cs - 1
	if and <= lo+1 || x.word(and) != "and" || !spaceOnly(x.gap(and-1)) || !spaceOnly(x.gap(and)) {
		return cs, cs
	}
	np, k, ok := x.subjectVerb(lo, and)
	if !ok || k >= and {
		return cs, cs
	}
	for j := k; j < and; j++ {
		if !midGap(x.gap(j)) {
			return cs, cs
		}
	}
	return lo, np
}

// prepThat returns the "that" after a short phrase of place, time or
// manner that opens with a preposition at token t ("in a statement", "in
// an accompanying editorial", "on a call", "on social media", "outside the
// chamber", "before the vote") and goes on to "that" with no punctuation
// or other cue; t when there is none. A "that" followed by an auxiliary
// opens a relative clause ("outside the hall that was damaged"), not the
// words said.
func (x *extractor) prepThat(t, hi int) int {
	switch x.word(t) {
	case "in", "on", "at", "during", "via", "through", "after", "before", "following", "outside", "inside":
	default:
		return t
	}
	for k := t + 1; k < hi && k-t <= 11; k++ {
		if !spaceOnly(x.gap(k - 1)) {
			return t
		}
		w := x.word(k)
		if w == "that" {
			if k == t+1 || k+1 < hi && x.cls(k+1)&wAux != 0 && x.toks[k+1].lower() {
				return t
			}
			return k
		}
		// A cue word after a determiner is an adjective or a noun: "in
		// a written statement that".
		if x.isCueWord(k) && !isDeterminer(x.word(k-1)) || x.cls(k)&wAux != 0 && !x.toks[k].cap() || isPronoun(w) {
			return t
		}
	}
	return t
}

// clauseAhead reports whether a clause with its own subject and verb
// starts at token t, with no "that" before it ("admitted her team had
// tired", "insisted they were …", "claimed the region received 7 per
// cent less"): a pronoun, or a determiner and up to three words, then an
// auxiliary or a past tense that takes an object (pastVerb). "admitted
// the charges" is no clause.
func (x *extractor) clauseAhead(t, hi int) bool {
	if t >= hi {
		return false
	}
	w := x.word(t)
	switch w {
	case "he", "she", "they", "we", "I", "it":
		return t+1 < hi && spaceOnly(x.gap(t)) && (x.cls(t+1)&wAux != 0 && x.toks[t+1].lower() || x.pastVerb(t+1, hi))
	case "the", "his", "her", "their", "its", "our", "my", "this":
	default:
		return false
	}
	for k := t + 1; k < hi && k-t <= 4; k++ {
		if !spaceOnly(x.gap(k - 1)) {
			return false
		}
		if x.cls(k)&wAux != 0 && x.toks[k].lower() || x.pastVerb(k, hi) {
			return k > t+1
		}
		if x.isCueWord(k) || x.cls(k)&wFunction != 0 {
			return false
		}
	}
	return false
}

// pastVerb reports whether token k is a regular past tense followed by
// its object, a figure or a determiner: "received 7 per cent", "donated
// £5m", "needed the money". A word in "-ed" with anything else after it
// may be an adjective or a participle ("the disputed seat", "the charges
// related to …").
func (x *extractor) pastVerb(k, hi int) bool {
	w := x.word(k)
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || !x.toks[k].lower() || strings.ContainsAny(w, "-'’") ||
		k+1 >= hi || x.isCueWord(k) {
		return false
	}
	g := x.gap(k)
	if x.toks[k+1].bits&fDigit != 0 {
		if spaceOnly(g) {
			return true
		}
		r, n := runeAt(strings.TrimLeft(g, " "), 0)
		return n > 0 && unicode.Is(unicode.Sc, r) && strings.TrimSpace(g) == string(r)
	}
	return spaceOnly(g) && isDeterminer(x.word(k+1))
}

// thatAhead returns the token of the "that" that ends an object of a few
// lower-case words starting at token o ("told the committee that",
// "warned the local paper that"), or -1.
func (x *extractor) thatAhead(o, hi int) int {
	for k := o; k < hi && k < o+4; k++ {
		if k > o && !spaceOnly(x.gap(k-1)) {
			return -1
		}
		if x.word(k) == "that" {
			if k == o {
				return -1
			}
			return k
		}
		if !x.toks[k].lower() || x.isCueWord(k) {
			return -1
		}
	}
	return -1
}

// startsWithQuoteAt reports whether a quote mark is at Text offset off or
// just before it.
func (x *extractor) startsWithQuoteAt(off int) bool {
	r, _ := runeBefore(x.text, off)
	return isQuoteRune(r)
}

// final tries "CLAUSE, X has stated." and "CLAUSE, said X." with the cue at
// tokens [c, last].
func (x *extractor) final(bi, c, last int, cu cue, lo, hi, ss, se int) bool {
	var a attribution
	var npA int
	if cu.words == 2 || c > lo && strings.Contains(x.gap(c-1), ",") && x.npAfter(last+1, hi, false) > last+1 {
		// ", said X." / ", according to X."
		if c == lo || !strings.Contains(x.gap(c-1), ",") {
			return false
		}
		np := x.npAfter(last+1, hi, false)
		if np == last+1 || !x.speakerLike(last+1, np) {
			return false
		}
		// "…, said Tom Stannard, the council's finance chief."
		rest := np
		if e := x.setOff(np, hi); e > np {
			rest = e
		}
		if e, ok := x.tail(bi, np, hi, false); !ok || !x.endsSentence(bi, rest, hi) || x.colonAfter(e) {
			return false
		}
		a = attribution{ok: true, npA: last + 1, npB: np, cueS: x.toks[c].start(), cueE: x.tokEnd(last)}
		npA = c
	} else {
		cs, npEnd := x.auxStart(c, lo)
		// "…, Tom Stannard, the finance chief, said.": the clause ends
		// before the whole subject.
		sA, sB, whole := x.subjectSpan(npEnd, lo)
		if sA == sB || whole == lo || !strings.Contains(x.gap(whole-1), ",") || !x.speakerLike(sA, sB) && !x.orgIt(sA, sB) {
			return false
		}
		if e, ok := x.tail(bi, last+1, hi, cu.tell); !ok || !x.endsSentence(bi, last+1, hi) || x.colonAfter(e) {
			return x.parenthetical(bi, cs, last, sA, sB, whole, hi, ss, se)
		}
		a = attribution{ok: true, npA: sA, npB: sB, cueS: x.toks[cs].start(), cueE: x.tokEnd(last)}
		npA = whole
	}
	// The clause: the sentence up to the comma before the attribution,
	// without a dateline ("CARDIFF — …").
	end := x.tokEnd(npA - 1)
	if i := strings.IndexByte(x.gap(npA-1), ','); i > 0 {
		end += i // "… by 30%, the airline said": the sign is the clause's
	}
	p := x.trimRange(ss, end)
	if d := x.dateline(lo, npA); d > 0 && lo == x.btok[bi] {
		p = x.trimRange(d, end)
	}
	if p.End <= p.Start || x.isCovered(p.Start, p.End) || x.words(p.Start, p.End) < 3 {
		return false
	}
	if r, _ := runeAt(x.text, p.Start); isQuoteRune(r) {
		return false // a marked quote the attribution did not take: not reported speech
	}
	x.addSpan([]source.Range{p}, Reported, a, x.resolve(a.npA, a.npB))
	return true
}

// orgIt reports whether tokens [a, b) are "it" standing for an
// organisation named before in the same paragraph: "…, it said." after
// "Quillpay said …".
func (x *extractor) orgIt(a, b int) bool {
	if b-a != 1 || lowerShort(x.word(a)) != "it" {
		return false
	}
	_, i := x.resolveEnt(a, b)
	if i < 0 || !x.reg.ents[i].org {
		return false
	}
	pos := x.toks[a].start()
	bi := sort.Search(len(x.blocks), func(k int) bool { return x.blocks[k].End > pos })
	for _, m := range x.mentionsIn(x.blocks[bi].Start, pos) {
		if m.ent == i {
			return true
		}
	}
	return false
}

// parenthetical tries "CLAUSE, X said, CLAUSE." — an attribution of a
// short subject and a cue [cs, last] set off by commas inside the
// sentence [ss, se), the subject's tokens [sA, sB) starting at whole: the
// reported words are the sentence around it, in two parts ("The plan, she
// said, would cost £5m" gives "The plan" and "would cost £5m").
func (x *extractor) parenthetical(bi, cs, last, sA, sB, whole, hi, ss, se int) bool {
	if whole != sA || sB-sA > 4 || last+1 >= hi || !commaGap(x.gap(last)) || !x.toks[last+1].lower() {
		return false
	}
	end := x.tokEnd(whole - 1)
	p1 := x.trimRange(ss, end)
	p2 := x.trimRange(x.toks[last+1].start(), se)
	for p2.End > p2.Start {
		r, n := runeBefore(x.text, p2.End)
		if r != '.' && r != '!' && r != '?' && r != ';' && r != ':' && r != ',' {
			break
		}
		p2.End -= n
	}
	if p1.End <= p1.Start || p2.End <= p2.Start || x.isCovered(p1.Start, p2.End) ||
		x.words(p1.Start, p1.End)+x.words(p2.Start, p2.End) < 3 {
		return false
	}
	if r, _ := runeAt(x.text, p1.Start); isQuoteRune(r) {
		return false
	}
	a := attribution{ok: true, npA: sA, npB: sB, cueS: x.toks[cs].start(), cueE: x.tokEnd(last), end: se}
	x.addSpan([]source.Range{p1, p2}, Reported, a, x.resolve(sA, sB))
	return true
}

// dateline returns the Text offset after a dateline that opens the
// sentence of tokens [lo, hi) (callers ask at a paragraph's start): a few
// words in capitals, no country, and a dash ("CARDIFF —", "NEW YORK –");
// 0 when there is none.
func (x *extractor) dateline(lo, hi int) int {
	for k := lo; k < hi-1 && k-lo < 3; k++ {
		w := x.word(k)
		if len(w) < 3 || x.cls(k)&wCountry != 0 {
			return 0 // "US – China talks": no place line
		}
		for i := 0; i < len(w); i++ {
			if 'a' <= w[i] && w[i] <= 'z' || w[i] >= 0x80 {
				return 0
			}
		}
		if g := strings.TrimSpace(x.gap(k)); g == "—" || g == "–" || g == "-" || g == "--" {
			return x.toks[k+1].start()
		} else if g != "" {
			return 0
		}
	}
	return 0
}

// colonAfter reports whether a colon follows Text offset e, past white
// space: "In a statement, the firm said:" introduces the words after it,
// and what stands before the attribution is no reported clause.
func (x *extractor) colonAfter(e int) bool {
	for i := e; i < len(x.text); i++ {
		switch x.text[i] {
		case ' ', '\t':
			continue
		case ':':
			return true
		}
		return false
	}
	return false
}

// endsSentence reports whether only a few tail words are left in the
// sentence after token t: the attribution is at its end.
// A participle phrase after a comma may close it: "…, the airline said on
// Monday, blaming a rise in fuel costs."
func (x *extractor) endsSentence(bi, t, hi int) bool {
	for k := t; k < hi; k++ {
		if k-t >= 7 {
			return false
		}
		if k == 0 {
			continue
		}
		if g := x.gap(k - 1); strings.ContainsAny(g, ",;:") {
			return commaGap(g) && x.participle(k)
		}
	}
	return true
}

// clause adds a reported span for the words from token t to the end of the
// sentence se (its final punctuation left out).
func (x *extractor) clause(bi, t, hi, se int, a attribution) bool {
	return x.clauseFrom(bi, x.toks[t].start(), t, hi, se, a)
}

// clauseFrom is clause for words that start at Text offset from, at or
// before token t.
func (x *extractor) clauseFrom(bi, from, t, hi, se int, a attribution) bool {
	if hi-t < 3 {
		return false
	}
	p := x.trimRange(from, se)
	for p.End > p.Start {
		r, n := runeBefore(x.text, p.End)
		if r != '.' && r != '!' && r != '?' && r != ';' && r != ':' && r != ',' {
			break
		}
		p.End -= n
	}
	if p.End <= p.Start || x.isCovered(p.Start, p.End) || x.words(p.Start, p.End) < 3 {
		return false
	}
	a.end = se
	if q, ok := x.brokenSentence(bi, p.End); ok && !x.isCovered(q.Start, q.End) {
		// "… expected to take around\n\n18 months.": the paragraph
		// breaks mid-sentence; the clause ends in the next one, unless a
		// quote there took the words.
		a.end = q.End
		x.addSpan([]source.Range{p, q}, Reported, a, x.resolve(a.npA, a.npB))
		return true
	}
	x.addSpan([]source.Range{p}, Reported, a, x.resolve(a.npA, a.npB))
	return true
}

// brokenSentence reports whether block bi ends mid-sentence at Text
// offset end — no closing punctuation, and the next paragraph, plain
// text, opens with a lower-case letter or a digit — and returns the rest
// of the sentence there, its final punctuation left out.
func (x *extractor) brokenSentence(bi, end int) (source.Range, bool) {
	b := x.blocks[bi]
	if bi+1 >= len(x.blocks) || !spaceOnly(x.text[end:b.End]) {
		return source.Range{}, false
	}
	n := x.blocks[bi+1]
	if n.Quote || n.Boilerplate || x.used[bi+1] || b.Quote {
		return source.Range{}, false
	}
	r := x.trimRange(n.Start, n.End)
	c, _ := runeAt(x.text, r.Start)
	if r.End <= r.Start || !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
		return source.Range{}, false
	}
	e := r.End
	for i := r.Start; i < r.End; i++ {
		if sentenceEnd(x.text, n.Start, n.End, i) {
			e = i
			break
		}
	}
	q := x.trimRange(r.Start, e)
	for q.End > q.Start {
		r, n := runeBefore(x.text, q.End)
		if r != '.' && r != '!' && r != '?' && r != ';' && r != ':' && r != ',' {
			break
		}
		q.End -= n
	}
	return q, q.End > q.Start
}
