package quote

import (
	"strings"
	"unicode"

	"github.com/verity-news/verity/verify/source"
)

// Mark families: an opening mark pairs with a closing mark of its family.
const (
	famNone   = iota
	famDouble // “ ” „ ‟ "
	famGuill  // « »
	famSingle // ‘ ’ ‚ ‛ '
	famAngle  // ‹ ›
)

// markOf returns a quote mark's family and the direction its glyph points:
// +1 opening, -1 closing, 0 either (straight marks).
func markOf(r rune) (fam int, dir int) {
	switch r {
	case '"':
		return famDouble, 0
	case '“', '„', '‟':
		return famDouble, +1
	case '”':
		return famDouble, -1
	case '«':
		return famGuill, +1
	case '»':
		return famGuill, -1
	case '\'':
		return famSingle, 0
	case '‘', '‚', '‛':
		return famSingle, +1
	case '’':
		return famSingle, -1
	case '‹':
		return famAngle, +1
	case '›':
		return famAngle, -1
	}
	return famNone, 0
}

func isQuoteRune(r rune) bool {
	f, _ := markOf(r)
	return f != famNone
}

// region is a stretch of Text between paired quote marks.
type region struct {
	open   int   // Text offset of the opening mark
	close  int   // Text offset just past the closing mark; the paragraph end when unclosed
	ps, pe int32 // x.rparts[ps:pe] are the quoted words, one per paragraph, marks and edge spaces left out
	first  int   // block index of the opening mark
	last   int   // block index of the closing mark (or of the paragraph end)
	fam    int
	closed bool
}

// mark is one quote-mark rune of a block with what its neighbours allow.
type mark struct {
	off, n   int // Text offset and byte length
	fam, dir int
	canOpen  bool
	canClose bool
	strong   bool // a closing mark that follows or precedes punctuation: ,’ .’ ’.
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '―':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '―':
		return true
	}
	return false
}

// marksIn lists the quote marks of text[bs:be] that may open or close a
// quote, leaving out apostrophes: a single mark between letters (it’s),
// before a digit (’90s), in "’n’", or after a letter or digit and
// followed by a letter.
func marksIn(text string, bs, be int, out []mark) []mark {
	// A quote mark starts with one of these bytes ('"', '\'', and the
	// first bytes of the UTF-8 of “”„‟‘’‚‛‹› and «»); next[k] is where
	// the next markBytes[k] is, at or after i.
	const markBytes = "\"'\xE2\xC2"
	var next [len(markBytes)]int
	for k := range next {
		next[k] = -1
	}
	for i := bs; i < be; {
		for k, c := range []byte(markBytes) {
			if next[k] >= i {
				continue
			}
			if j := strings.IndexByte(text[i:be], c); j >= 0 {
				next[k] = i + j
			} else {
				next[k] = be
			}
		}
		if i = min(next[0], next[1], next[2], next[3]); i >= be {
			break
		}
		r, n := runeAt(text, i)
		fam, dir := markOf(r)
		if fam == famNone {
			i += n
			continue
		}
		var prev, next rune = ' ', ' '
		if i > bs {
			prev, _ = runeBefore(text, i)
		}
		if i+n < be {
			next, _ = runeAt(text, i+n)
		}
		if fam == famSingle {
			pl := isWordRune(prev) && prev != utf8RuneError
			nl := isWordRune(next)
			if pl && nl {
				i += n
				continue // it’s
			}
			if isSpace(prev) && unicode.IsDigit(next) {
				i += n
				continue // ’90s
			}
			if (next == 'n' || next == 'N') && i+n+1 < be {
				if r2, n2 := runeAt(text, i+n+1); r2 == '’' || r2 == '\'' {
					i += n + 1 + n2
					continue // rock ’n’ roll
				}
			}
		}
		prevSp, nextSp := isSpace(prev), isSpace(next)
		leftOK := prevSp || isOpenPunct(prev) || isQuoteRune(prev)
		rightOK := nextSp || isClosePunct(next) || isQuoteRune(next)
		m := mark{off: i, n: n, fam: fam, dir: dir}
		m.canOpen = leftOK && !nextSp
		m.canClose = rightOK && !prevSp
		if m.canOpen && m.canClose || !m.canOpen && !m.canClose {
			// Context does not tell: trust the glyph; a straight mark may
			// do either, and the pairing decides.
			m.canOpen = dir >= 0 && !nextSp
			m.canClose = dir <= 0 && !prevSp
		}
		m.strong = isClosePunct(prev) || isClosePunct(next) || i+n >= be || isQuoteRune(next)
		out = append(out, m)
		i += n
	}
	return out
}

const utf8RuneError = '\uFFFD'

// scanMarks pairs the quote marks of every block into regions. A quote left
// open at the end of a paragraph continues into the next paragraph when
// that one starts with an opening mark of the same family; otherwise a
// double or guillemet quote ends with its paragraph and a single one is
// taken for an apostrophe.
func (x *extractor) scanMarks() {
	marks := x.marks
	var cur region
	open := false // cur is a quote not closed yet
	depth := 0
	reopen := -1 // Text offset of the mark that continues cur in the next block
	for bi := 0; bi < len(x.blocks); bi++ {
		b := x.blocks[bi].Range
		marks = marksIn(x.text, b.Start, b.End, marks[:0])
		k := 0
		if open {
			_, n := runeAt(x.text, reopen)
			x.rparts = append(x.rparts, source.Range{Start: reopen + n})
			cur.pe++
			depth = 1
			for k < len(marks) && marks[k].off <= reopen {
				k++
			}
		}
		for ; k < len(marks); k++ {
			m := marks[k]
			if !open {
				if m.canOpen {
					cur = region{open: m.off, first: bi, fam: m.fam, ps: int32(len(x.rparts)), pe: int32(len(x.rparts)) + 1}
					x.rparts = append(x.rparts, source.Range{Start: m.off + m.n})
					open = true
					depth = 1
				}
				continue
			}
			if m.fam != cur.fam {
				continue // a quote inside the quote
			}
			if m.canClose {
				if m.fam == famSingle && !m.strong && strongCloseAhead(marks[k+1:]) {
					continue // years’ inside a single-quoted quote
				}
				if depth > 1 {
					depth--
					continue
				}
				p := &x.rparts[cur.pe-1]
				*p = x.trimRange(p.Start, m.off)
				cur.close = m.off + m.n
				cur.last = bi
				cur.closed = true
				x.regions = append(x.regions, cur)
				open = false
				continue
			}
			if m.canOpen && m.dir > 0 {
				depth++ // the same family nested, or a reopening left unclosed
			}
		}
		if !open {
			continue
		}
		// The quote is open at the end of the paragraph.
		p := &x.rparts[cur.pe-1]
		*p = x.trimRange(p.Start, b.End)
		if bi+1 < len(x.blocks) {
			if reopen = x.reopens(bi+1, cur.fam); reopen >= 0 {
				continue
			}
		}
		cur.close = b.End
		cur.last = bi
		open = false
		if cur.fam == famSingle || cur.fam == famAngle {
			// An unclosed single mark is an apostrophe or a stray: pair
			// the rest of the paragraph without it.
			x.rparts = x.rparts[:cur.ps]
			if cur.first == bi {
				x.marks = marks
				x.rescanFrom(bi, cur.open)
				marks = x.marks
			}
			continue
		}
		x.regions = append(x.regions, cur)
	}
	x.marks = marks
}

// rescanFrom pairs the marks of block bi after the stray opening mark at
// off; quotes it finds are added to x.regions.
func (x *extractor) rescanFrom(bi, off int) {
	b := x.blocks[bi].Range
	// x.marks holds the marks of block bi, which scanMarks is done with.
	marks := marksIn(x.text, off, b.End, x.marks[:0])
	x.marks = marks
	if len(marks) > 0 && marks[0].off == off {
		marks = marks[1:]
	}
	for k := 0; k < len(marks); k++ {
		m := marks[k]
		if !m.canOpen || m.fam == famSingle || m.fam == famAngle {
			continue
		}
		for j := k + 1; j < len(marks); j++ {
			c := marks[j]
			if c.fam == m.fam && c.canClose {
				x.rparts = append(x.rparts, x.trimRange(m.off+m.n, c.off))
				x.regions = append(x.regions, region{
					open: m.off, close: c.off + c.n, first: bi, last: bi, fam: m.fam, closed: true,
					ps: int32(len(x.rparts) - 1), pe: int32(len(x.rparts)),
				})
				k = j
				break
			}
		}
	}
}

// strongCloseAhead reports whether a closing single mark next to
// punctuation follows in the paragraph before another opening one.
func strongCloseAhead(marks []mark) bool {
	for _, m := range marks {
		if m.fam != famSingle {
			continue
		}
		if m.canClose && m.strong {
			return true
		}
		if m.canOpen && !m.canClose {
			return false
		}
	}
	return false
}

// reopens returns the Text offset of the opening mark of family fam that
// starts block bi, or -1.
func (x *extractor) reopens(bi, fam int) int {
	b := x.blocks[bi].Range
	i := b.Start
	for i < b.End {
		r, n := runeAt(x.text, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	r, n := runeAt(x.text, i)
	f, dir := markOf(r)
	if f != fam || dir < 0 {
		return -1
	}
	if next, _ := runeAt(x.text, i+n); isSpace(next) {
		return -1
	}
	return i
}

// trimRange returns [s, e) of Text without white space at either end.
func (x *extractor) trimRange(s, e int) source.Range {
	for s < e {
		r, n := runeAt(x.text, s)
		if !isSpace(r) || r == utf8RuneError && n > 0 && x.text[s] >= 0x80 {
			break
		}
		s += n
	}
	for e > s {
		r, n := runeBefore(x.text, e)
		if !isSpace(r) || r == utf8RuneError && n > 0 && x.text[e-1] >= 0x80 {
			break
		}
		e -= n
	}
	return source.Range{Start: s, End: e}
}
