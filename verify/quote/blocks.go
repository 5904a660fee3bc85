package quote

import (
	"sort"
	"strings"
	"unicode"
)

// lastRune returns the last non-space rune of block bi.
func (x *extractor) lastRune(bi int) rune {
	b := x.blocks[bi].Range
	r := x.trimRange(b.Start, b.End)
	if r.End <= r.Start {
		return 0
	}
	c, _ := runeBefore(x.text, r.End)
	return c
}

// startsWithMark reports whether block bi starts with a quote mark.
func (x *extractor) startsWithMark(bi int) bool {
	b := x.blocks[bi].Range
	r := x.trimRange(b.Start, b.End)
	c, _ := runeAt(x.text, r.Start)
	return r.End > r.Start && isQuoteRune(c)
}

// quoteBlocks finds quotes given as whole paragraphs: markup quote blocks
// (Block.Quote) and paragraphs introduced by a line ending "X said:".
func (x *extractor) quoteBlocks() {
	for bi := 0; bi < len(x.blocks); bi++ {
		b := x.blocks[bi]
		if b.Quote {
			j := bi
			for j+1 < len(x.blocks) && x.blocks[j+1].Quote {
				j++
			}
			if !x.markupQuote(bi, j) {
				x.pending = append(x.pending, [2]int{bi, j})
			}
			bi = j
			continue
		}
		if b.Boilerplate || x.lastRune(bi) != ':' || bi+1 >= len(x.blocks) {
			continue
		}
		next := x.blocks[bi+1]
		if next.Quote || next.Boilerplate || x.startsWithMark(bi+1) || x.ownQuote(bi+1) {
			continue
		}
		a := x.attrBefore(bi, x.trimRange(b.Start, b.End).End, true)
		if !a.ok {
			continue
		}
		speaker, ent := x.resolveEnt(a.npA, a.npB)
		if a.npA >= a.npB {
			speaker, ent = "", -1
		}
		end := bi + 1
		for end+1 < len(x.blocks) && x.continuesBlock(end+1, ent) {
			end++
		}
		parts := x.tmp[:0]
		for k := bi + 1; k <= end; k++ {
			parts = append(parts, x.trimRange(x.blocks[k].Start, x.blocks[k].End))
			x.used[k] = true
		}
		x.tmp = parts
		x.addSpan(parts, Direct, a, speaker)
		bi = end
	}
}

// continuesBlock reports whether block bi goes on with the quote block of
// the speaker ent, press-release style. The narrative resumes (and the
// quote ends) at a heading, boilerplate, a markup quote, a paragraph that
// opens a marked quote or introduces another ("X said:"), or one that
// speaks of the speaker or others in the third person: names the speaker,
// says he/she, starts "The UK …" or with a name. Otherwise the paragraph
// continues the quote when it speaks in the first person (I, me, my, we,
// us); "our" alone does not count, as press releases say "our" in their
// own voice.
func (x *extractor) continuesBlock(bi, ent int) bool {
	b := x.blocks[bi]
	if b.Quote || b.Boilerplate || x.startsWithMark(bi) {
		return false
	}
	switch x.lastRune(bi) {
	case '.', '!', '?', '…', '”', '’', '"', '\'', ')':
	default:
		return false // a heading, a list lead or another "X said:"
	}
	lo, hi := x.btok[bi], x.btok[bi+1]
	if lo >= hi {
		return false
	}
	// A paragraph starting with a named subject: "The UK and US …",
	// "Mexico's Defence Minister …".
	if x.word(lo) == "The" && lo+1 < hi && x.toks[lo+1].cap() && x.word(lo+1) != "I" {
		return false
	}
	// An organisation's statement speaks of the organisation by its kind:
	// "The company will cooperate fully …" goes on with the company's
	// words, where no cue says someone else speaks.
	selfKind := false
	if ent >= 0 && x.reg.ents[ent].org && x.word(lo) == "The" && lo+1 < hi && x.toks[lo+1].lower() {
		for _, k := range kindQueries[x.word(lo+1)] {
			selfKind = selfKind || k == x.reg.ents[ent].kind
		}
	}
	// Names of the speaker or he/she.
	for _, m := range x.mentionsIn(b.Start, b.End) {
		if m.ent == ent || !x.reg.ents[m.ent].org && m.pos == x.toks[lo].start() {
			return false
		}
	}
	// A pronoun of the other gender than the speaker's is someone the
	// speaker speaks of: "My client … his brother" from a barrister
	// known as "she".
	g := byte(0)
	if ent >= 0 && !x.reg.ents[ent].org {
		g = x.reg.ents[ent].gender
	}
	first := false
	for k := lo; k < hi; k++ {
		w := x.word(k)
		switch w {
		case "he", "He", "his", "His", "him":
			if g != 'f' {
				return false
			}
		case "she", "She":
			if g != 'm' {
				return false
			}
		}
		if x.isCueWord(k) && !x.toks[k].cap() {
			if np := x.npBefore(k, lo); np < k && x.toks[np].cap() && x.cls(np)&wFirstPerson == 0 {
				return false // "Smith said …": another attribution; "We warned …" is the speaker's
			}
		}
		if !first && x.cls(k)&wFirstPerson != 0 && (!x.toks[k].cap() || w == "I" || strings.HasPrefix(w, "I’") ||
			strings.HasPrefix(w, "I'") || w == "We" || w == "My" || strings.HasPrefix(w, "We’") || strings.HasPrefix(w, "We'")) {
			first = true
		}
	}
	return first || selfKind
}

// mentionsIn returns the registry mentions inside Text range [s, e).
func (x *extractor) mentionsIn(s, e int) []mentionAt {
	m := x.reg.ments
	i := 0
	lo, hi := 0, len(m)
	for lo < hi {
		h := (lo + hi) / 2
		if m[h].pos < s {
			lo = h + 1
		} else {
			hi = h
		}
	}
	i = lo
	j := i
	for j < len(m) && m[j].pos < e {
		j++
	}
	return m[i:j]
}

// markupQuote makes a span of the markup quote blocks bi..bj when an
// attribution goes with them: a dash line closing the quote ("— Ben
// Wallace"), a paragraph before ending "X said:", or a paragraph after
// starting "X said" / "said X". It reports whether it made a span.
func (x *extractor) markupQuote(bi, bj int) bool {
	var a attribution
	last := bj
	if lo, hi := x.btok[bj], x.btok[bj+1]; lo < hi {
		lead := strings.TrimSpace(x.text[x.blocks[bj].Start:x.toks[lo].start()])
		switch lead {
		case "—", "–", "―", "-", "--", "~":
			if np := x.npAfter(lo, hi, false); np > lo {
				a = attribution{ok: true, npA: lo, npB: np, end: x.tokEnd(np - 1)}
				last = bj - 1
			}
		}
	}
	if !a.ok && bi > 0 && !x.blocks[bi-1].Quote && !x.blocks[bi-1].Boilerplate && x.lastRune(bi-1) == ':' {
		p := x.blocks[bi-1].Range
		a = x.attrBefore(bi-1, x.trimRange(p.Start, p.End).End, true)
		if !a.ok {
			// "Jonathan Pryce, an analyst at Barrow & Co, was sceptical:"
			a = x.leadSubject(bi - 1)
		}
	}
	if !a.ok && bj+1 < len(x.blocks) && !x.blocks[bj+1].Quote {
		a = x.attrAfter(bj+1, x.blocks[bj+1].Start)
		// "Sian Price said the talks would resume.": a paragraph of
		// reported speech, not an attribution of the block before it.
		for k := x.tokAt(a.cueE); a.ok && k < len(x.toks) && x.toks[k].start() < a.end; k++ {
			if x.cls(k)&wAux != 0 && x.toks[k].lower() {
				a = attribution{}
			}
		}
	}
	if !a.ok || last < bi {
		return false
	}
	speaker := ""
	if a.npB > a.npA {
		speaker = x.resolve(a.npA, a.npB)
	}
	return x.blockSpan(bi, last, bj, x.spanAttr(a, speaker), speaker)
}

// blockSpan makes a direct span of the words of markup quote blocks
// bi..last; blocks bi..bj are used by it. It reports whether the blocks
// held words.
func (x *extractor) blockSpan(bi, last, bj int, a spanAttr, speaker string) bool {
	parts := x.tmp[:0]
	for k := bi; k <= last; k++ {
		r := x.trimRange(x.blocks[k].Start, x.blocks[k].End)
		// Marks around a quoted paragraph are not words.
		if c, n := runeAt(x.text, r.Start); r.End > r.Start && isQuoteRune(c) {
			if _, dir := markOf(c); dir >= 0 {
				r.Start += n
			}
		}
		if c, n := runeBefore(x.text, r.End); r.End > r.Start && isQuoteRune(c) {
			if _, dir := markOf(c); dir <= 0 {
				r.End -= n
			}
		}
		r = x.trimRange(r.Start, r.End)
		if r.End > r.Start {
			parts = append(parts, r)
		}
	}
	x.tmp = parts
	if len(parts) == 0 {
		return false
	}
	for k := bi; k <= bj; k++ {
		x.used[k] = true
	}
	x.addRec(parts, Direct, a, speaker)
	return true
}

// continuedQuoteBlocks attributes the markup quote blocks that have no
// attribution of their own (x.pending) but directly follow a paragraph
// whose last sentence is a speaker's attributed direct quote: the block
// goes on with that speaker's words, as in “…,” he said.</p>
// <blockquote>…</blockquote>. It runs after the marked quotes; a block
// holding a quote of its own is left alone.
//
// With reported set (after reportedSpeech), the blocks still pending may
// also go on with reported speech that ends the paragraph quoting the
// speaker's words: "X told staff in an email that the decision had been
// “painful but unavoidable”." followed by a quote block of the email.
func (x *extractor) continuedQuoteBlocks(reported bool) {
	for _, pb := range x.pending {
		bi, bj := pb[0], pb[1]
		p := bi - 1
		if p < 0 || x.used[bi] || x.blocks[p].Quote || x.blocks[p].Boilerplate ||
			x.isCovered(x.blocks[bi].Start, x.blocks[bj].End) {
			continue
		}
		if reported && x.recsIn(x.blocks[bi].Start, x.blocks[bj].End) {
			continue
		}
		pr := x.blocks[p].Range
		si, end := -1, 0
		for i := range x.recs.n {
			s := x.recs.at(i)
			e := x.parts.at(int(s.pe) - 1).End
			if e < pr.Start || e > pr.End {
				continue
			}
			if int(s.attr.end) > e {
				e = int(s.attr.end)
			}
			if si < 0 || e > end {
				si, end = i, e
			}
		}
		if si < 0 || x.recs.at(si).speaker == "" || end > pr.End {
			continue
		}
		if k := x.recs.at(si).kind; k != Direct && !(reported && k == Reported && x.quotesIn(x.recs.at(si))) {
			continue
		}
		rest := true
		for _, c := range x.text[end:pr.End] {
			rest = rest && (isSpace(c) || isQuoteRune(c) || unicode.IsPunct(c))
		}
		if rest {
			x.blockSpan(bi, bj, bj, x.recs.at(si).attr, x.recs.at(si).speaker)
		}
	}
}

// recsIn reports whether a span found so far starts inside Text range
// [s, e).
func (x *extractor) recsIn(s, e int) bool {
	for i := range x.recs.n {
		if p := x.parts.at(int(x.recs.at(i).ps)); p.Start >= s && p.Start < e {
			return true
		}
	}
	return false
}

// quotesIn reports whether the words of span r hold a quote mark: a
// partial quote inside reported speech.
func (x *extractor) quotesIn(r *spanRec) bool {
	for j := r.ps; j < r.pe; j++ {
		p := x.parts.at(int(j))
		if strings.ContainsAny(x.text[p.Start:p.End], "\"“”„«»") {
			return true
		}
	}
	return false
}

// ownQuote reports whether block bi holds a marked quote with an
// attribution of its own ("Council leader Carys Dunulford said: “…”"):
// such a paragraph is not the unmarked words of the "X said:" before it.
func (x *extractor) ownQuote(bi int) bool {
	b := x.blocks[bi].Range
	i := sort.Search(len(x.regions), func(i int) bool { return x.regions[i].open >= b.Start })
	for ; i < len(x.regions) && x.regions[i].open < b.End; i++ {
		r := &x.regions[i]
		if a := x.attrBefore(bi, r.open, false); a.ok && a.npA < a.npB {
			return true
		}
		if r.closed && x.attrAfter(r.last, r.close).ok {
			return true
		}
	}
	return false
}
