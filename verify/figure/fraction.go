package figure

import "strings"

// denominators are the words of a fraction's denominator, singular and
// plural.
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// InWords reports whether the figure is a share written as a fraction in
// words ("a quarter", "two-thirds", "half"): the same value as "25%" or
// "0.25", but written otherwise, not only spelled otherwise.
func (f Figure) InWords() bool {
	if f.Kind != Percent && f.Kind != PercentPoints {
		return false
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(f.Text), func(r rune) bool { return r == ' ' || r == '-' }) {
		if _, ok := denominators[w]; ok {
			return true
		}
	}
	return false
}

// fractionFollowers are the words after which "a third" is a share
// ("a third lower") rather than a position ("a third runway").
var fractionFollowers = map[string]bool{
	"of": true, "lower": true, "higher": true, "more": true, "less": true, "fewer": true,
	"smaller": true, "bigger": true, "larger": true, "greater": true, "cheaper": true,
	"dearer": true, "faster": true, "slower": true, "the": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "them": true, "it": true, "those": true, "these": true,
}

// notBeforeHalf are the words after which "half" is a part of a period or
// a phrase, not a share: "the first half of 2026", "a half".
var notBeforeHalf = map[string]bool{
	"the": true, "first": true, "second": true, "last": true, "other": true, "a": true,
	"an": true, "and": true, "one": true, "this": true, "that": true, "each": true,
}

// fraction reads a share written as a fraction in words at token i, as a
// percentage: "a quarter" (25%), "a third", "one in … " is not read, "two
// thirds", "three-quarters", "half" (50%); a share of a percentage point
// as percentage points ("a quarter of a percentage point" = 0.25). It is a share only where a
// share can stand: before "of", a comparative ("a quarter lower"), a
// determiner or pronoun ("half the staff"), or punctuation, or after
// "by" ("cut by a third"); elsewhere "a third" is a position ("a third
// runway") and "half" part of a period ("the first half").
func (p *parser) fraction(i int) (Figure, int, bool) {
	num, d := 0.0, 0.0
	j := i + 1
	var buf [16]byte
	switch e := p.entryAt(i); {
	case e.num == nHalf:
		if notBeforeHalf[string(p.lowerAt(i-1, buf[:0]))] || p.isP(i+1, "-") && p.glued(i+1) {
			return fail(i + 1)
		}
		num, d, j = 1, 2, i
	case e.num == nA || p.isWord(i, "one"):
		num = 1
	case e.num == nUnit && e.v >= 2 && e.v <= 9:
		num = e.v
	default:
		return fail(i + 1)
	}
	if j > i {
		// The denominator: after a space, or a hyphen ("two-thirds").
		switch {
		case p.spaced(j):
		case p.isP(j, "-") && p.glued(j) && p.glued(j+1):
			j++
		default:
			return fail(i + 1)
		}
		dw := p.lowerAt(j, buf[:0])
		dv, ok := denominators[string(dw)]
		if !ok || p.tk(j).k != tWord || dv == 2 || (num == 1) != (dw[len(dw)-1] != 's') {
			return fail(i + 1)
		}
		d = dv
	}
	next := j + 1
	if k := p.ofAPoint(next); k > next {
		// "a quarter of a percentage point", "half a percentage point":
		// a share of one point is that many points.
		f := p.simple(i, k, PercentPoints, num/d)
		f.Unit = "pp"
		f.Noun = p.noun(k, false)
		return f, k, true
	}
	shareAfter := p.tk(next).k == tEnd || p.tk(next).k == tPunct && !p.isP(next, "-") ||
		p.spaced(next) && fractionFollowers[string(p.lowerAt(next, buf[:0]))]
	if !shareAfter && !p.afterBy(i) {
		return fail(i + 1)
	}
	v := 100 * num / d
	f := p.simple(i, next, Percent, v)
	f.Unit = "%"
	f.Noun = p.noun(next, false)
	return f, next, true
}

// ofAPoint returns the token after "of a percentage point" or "a
// percentage point" at token j ("a quarter of a percentage point", "half
// a percentage point"), or j if there is none.
func (p *parser) ofAPoint(j int) int {
	k := j
	if p.isWord(k, "of") && p.spaced(k) {
		k++
	}
	if !p.spaced(k) || !(p.isWord(k, "a") || p.isWord(k, "one")) ||
		!p.spaced(k+1) || !p.isWord(k+1, "percentage") || !p.spaced(k+2) || !p.isWord(k+2, "point") {
		return j
	}
	return k + 3
}

// afterBy reports whether "by" stands before token i, or before the hedge
// before it ("cut by about a third").
func (p *parser) afterBy(i int) bool {
	for k := i - 1; k >= i-4 && k >= 0; k-- {
		if p.isWord(k, "by") {
			return true
		}
		if e := p.entryAt(k); e == nil || e.hedge == nil && k == i-1 {
			return false
		}
	}
	return false
}

// lowerAt appends token j's text lower-cased (ASCII) to buf; a token
// longer than buf's capacity is left out, as no word looked up is that
// long.
func (p *parser) lowerAt(j int, buf []byte) []byte {
	w := p.str(j)
	if len(w) > cap(buf) {
		return buf
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
