package verify

import (
	"fmt"
	"sort"
	"strings"

	"github.com/verity-news/verity/verify/source"
)

// fill completes a result from the assessment it rests on: verdict,
// reason, score, evidence and message.
func (c *Corpus) fill(res *Result, ci *claimInfo, a assessment) {
	pa := &c.passages[a.p]
	src := c.source(pa.src)
	res.Verdict, res.Reason = a.reason.Verdict(), a.reason
	res.Score = round2(a.score)
	res.Changes = a.changes
	start, end := c.evidenceRange(pa, a.first, a.last)
	rawStart, rawEnd := src.RawOffset(start), src.RawEnd(end)
	pos := src.Pos(rawStart)
	ev := Evidence{
		Source: src.Name, Line: pos.Line, Column: pos.Column, Start: rawStart, End: rawEnd,
		Speaker: c.speaker(pa), Text: collapseSpace(src.Text[start:end]),
	}
	res.Evidence = []Evidence{ev}
	res.Message = message(res, ci, ev, a)
}

// evidenceRange widens the Text range [first, last) to the sentences it
// touches, kept inside the passage: an editor reads whole sentences.
func (c *Corpus) evidenceRange(pa *passage, first, last int) (int, int) {
	var buf [1]source.Range
	parts := c.parts(pa, &buf)
	lo, hi := parts[0].Start, parts[len(parts)-1].End
	start, end := first, last
	sents := c.source(pa.src).Sentences // in order, not overlapping
	for k := sort.Search(len(sents), func(i int) bool { return sents[i].End > first }); k < len(sents) && sents[k].Start < last; k++ {
		start, end = min(start, sents[k].Start), max(end, sents[k].End)
	}
	start, end = max(start, lo), min(end, hi)
	if start >= end {
		return first, last
	}
	return start, end
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func round2(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}

// where names an evidence location for a message: "002_x.txt:23".
func where(ev Evidence) string {
	return fmt.Sprintf("%s:%d", ev.Source, ev.Line)
}

func message(res *Result, ci *claimInfo, ev Evidence, a assessment) string {
	whose := "the text"
	if ev.Speaker != "" {
		whose = ev.Speaker + "'s words"
	}
	var m string
	switch res.Reason {
	case Exact:
		m = capital(whose) + ", word for word"
	case Variant:
		m = capital(whose) + ", after normalising spelling, case or punctuation"
	case Paraphrase:
		m = "paraphrases " + whose
	case WrongSpeaker:
		m = fmt.Sprintf("these are %s, not %s's", whose, ci.claim.Speaker)
	case FigureMismatch:
		m = fmt.Sprintf("%s in %s", a.why, whose)
	case Negated:
		verb := " says"
		if ev.Speaker != "" {
			verb = " say"
		}
		m = capital(whose) + verb + " the opposite: " + negationNote(a.changes, a.why, ci.negs > 0)
	case AlteredQuote:
		m = capital(whose) + " differ: " + diffText(a.changes)
	case Unattributed:
		m = fmt.Sprintf("the words are in the text, but not as %s's words", ci.claim.Speaker)
	}
	return m + " (" + where(ev) + ")"
}

func negationNote(changes []Change, note string, claimNeg bool) string {
	if len(changes) > 0 {
		return diffText(changes)
	}
	if note != "" {
		return note
	}
	if claimNeg {
		return "the claim adds a negation"
	}
	return "the claim drops its negation, or swaps a word for its opposite"
}

// diffText renders word-level changes: "closest → oldest; + second".
func diffText(changes []Change) string {
	var parts []string
	for _, ch := range changes {
		switch {
		case ch.Evidence == "":
			parts = append(parts, fmt.Sprintf("%q added", ch.Claim))
		case ch.Claim == "":
			parts = append(parts, fmt.Sprintf("%q left out", ch.Evidence))
		default:
			parts = append(parts, ch.Evidence+" → "+ch.Claim)
		}
	}
	return strings.Join(parts, "; ")
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func noEvidenceMessage(ci *claimInfo) string {
	if len(ci.claim.Sources) > 0 {
		return "nothing in " + strings.Join(ci.claim.Sources, ", ") + " supports or contradicts this"
	}
	return "nothing in the sources supports or contradicts this"
}
