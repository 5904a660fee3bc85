package quote

import (
	"sort"
	"strings"

	"github.com/verity-news/verity/verify/source"
)

// interview finds the answers of a question-and-answer interview: a
// document with at least two paragraphs that open "Q:", or a transcript
// of three or more turns of at least two people ("Jane Roe: …"). From the
// first of them on, a paragraph that opens with a person's name and a
// colon ("Oduya: We are not the villains …", "Ms Oduya: …") is that
// person's words, a direct span with no cue; a "Q:" paragraph is the
// interviewer's question, which makes no span and holds no one's reported
// speech. A single "Q:" paragraph (a reader's question in an explainer),
// or a "Name:" paragraph or two, is no interview.
func (x *extractor) interview() {
	first, n := -1, 0
	turns, firstTurn, speakers := 0, -1, [2]string{}
	for bi := range x.blocks {
		if x.questionLine(bi) {
			if first < 0 {
				first = bi
			}
			n++
			continue
		}
		// A transcript's turns: "Jane Roe: …", "Tom Hale: …".
		if e := x.answerName(bi); e > 0 && !x.blocks[bi].Quote {
			name := x.turnSpeaker(x.btok[bi], e)
			if name == "" {
				continue
			}
			if firstTurn < 0 {
				firstTurn = bi
			}
			turns++
			if speakers[0] == "" || speakers[0] == name {
				speakers[0] = name
			} else {
				speakers[1] = name
			}
		}
	}
	if n < 2 && (turns >= 3 && speakers[1] != "") {
		first, n = firstTurn, turns
	}
	if n < 2 {
		return
	}
	for bi := first; bi < len(x.blocks); bi++ {
		b := x.blocks[bi]
		if b.Quote || b.Boilerplate || x.used[bi] {
			continue
		}
		if x.questionLine(bi) {
			x.used[bi] = true
			continue
		}
		lo, hi := x.btok[bi], x.btok[bi+1]
		e := x.answerName(bi)
		if e < 0 {
			continue
		}
		speaker := x.turnSpeaker(lo, e)
		if speaker == "" {
			continue
		}
		// The words after the colon.
		c := strings.IndexByte(x.text[x.tokEnd(e-1):b.End], ':') + x.tokEnd(e-1) + 1
		p := x.trimRange(c, b.End)
		if e >= hi || p.End <= p.Start {
			continue
		}
		a := attribution{ok: true, npA: lo, npB: e, end: c}
		x.used[bi] = true
		x.addSpan([]source.Range{p}, Direct, a, speaker)
	}
}

// turnSpeaker returns the speaker of the turn label of tokens [a, b)
// ("Wes Streeting:", "Oduya:"), or "" when the label names no one the
// story names elsewhere: a turn is a person's or an organisation's only
// when the story knows them for sure (a title, honorific, cue or pronoun
// confirms a person) or names them outside the turn labels ("Margaret
// Oduya runs Fenwick & Hale."). A one-word label of a list or a byline
// ("Mid-August:", "Share:", "Source:") is no turn.
func (x *extractor) turnSpeaker(a, b int) string {
	name, i := x.resolveEnt(a, b)
	if name == "" || i < 0 {
		return ""
	}
	if e := &x.reg.ents[i]; e.org || !e.weak {
		return name
	}
	for _, m := range x.reg.ments {
		if m.ent == i && !x.inTurnLabel(m.pos) {
			return name
		}
	}
	return ""
}

// inTurnLabel reports whether Text offset pos lies in the "Name:" label
// that opens a paragraph.
func (x *extractor) inTurnLabel(pos int) bool {
	t := x.tokAt(pos)
	bi := sort.SearchInts(x.btok[:len(x.blocks)], t+1) - 1
	if bi < 0 {
		return false
	}
	return t < x.answerName(bi)
}

// questionLine reports whether block bi opens with "Q:" ("Question:",
// "Interviewer:").
func (x *extractor) questionLine(bi int) bool {
	lo, hi := x.btok[bi], x.btok[bi+1]
	if lo >= hi || !x.atBlockStart(bi, x.toks[lo].start()) {
		return false
	}
	switch x.word(lo) {
	case "Q", "Question", "Interviewer", "INTERVIEWER":
	default:
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(x.text[x.tokEnd(lo):x.blocks[bi].End], "*_ "), ":")
}

// answerName returns the end of the name that opens block bi before a
// colon ("Oduya:", "Margaret Oduya:", "Ms Oduya:"), or -1: one to three
// capitalised name words, an honorific allowed first, at the start of the
// paragraph, with words after the colon.
func (x *extractor) answerName(bi int) int {
	lo, hi := x.btok[bi], x.btok[bi+1]
	if lo >= hi || !x.atBlockStart(bi, x.toks[lo].start()) {
		return -1
	}
	for e := lo + 1; e <= hi-1 && e-lo <= 3; e++ {
		k := e - 1
		if !x.nameLike(k) && !(k == lo && x.cls(k)&wHonorific != 0) {
			return -1
		}
		g := x.gap(k)
		if strings.HasPrefix(strings.TrimLeft(g, "*_ "), ":") {
			if k == lo && x.cls(k)&wHonorific != 0 {
				return -1
			}
			return e
		}
		if !x.joinGap(k) {
			return -1
		}
	}
	return -1
}
