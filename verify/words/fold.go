package words

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the comparison form of s and a map back to s.
//
// The folded form is s in Unicode NFKC, case-folded, with curly quotes,
// primes and guillemets made straight (' or "), every dash and the minus sign
// made '-', every run of whitespace (including no-break spaces and line
// breaks) made one space and trimmed at both ends, control and format
// characters (soft hyphen, zero-width space, BOM) dropped, invalid UTF-8
// replaced by U+FFFD, dotted abbreviations undotted ("U.S." → "us", "U.K.'s"
// → "uk's") and British spellings made American (see American).
//
// offsets[i] is the byte offset in s of the character that produced folded
// byte i; offsets[len(folded)] == len(s). Offsets never decrease. A collapsed
// whitespace run maps to its first byte. Fold is idempotent.
func Fold(s string) (folded string, offsets []int) {
	return fold(s, nil)
}

// foldScratch holds the buffers of folding that Tokenize reuses: the
// folded bytes and their offsets, before and after foldWords.
type foldScratch struct {
	buf, out    []byte
	off, outOff []int
}

var scratchPool = sync.Pool{New: func() any { return new(foldScratch) }}

// release puts sc back in the pool unless its buffers have grown large
// (a whole book on one line): the pool should not keep those.
func (sc *foldScratch) release() {
	if cap(sc.off) <= 1<<16 && cap(sc.outOff) <= 1<<16 {
		scratchPool.Put(sc)
	}
}

// fold is Fold. With sc, the offsets it returns are sc's, valid until sc
// is used again; without, they are the caller's.
func fold(s string, sc *foldScratch) (folded string, offsets []int) {
	f, off, ascii := foldChars(s, sc)
	// Dropping an invisible character can bring a letter and a combining
	// mark together ("e\u00ad\u0301"), and NFKC works segment by segment:
	// fold the result again until it is in NFKC (once, in practice).
	for range 3 {
		if ascii || norm.NFKC.IsNormalString(f) {
			break
		}
		g, goff, _ := foldChars(f, nil)
		if g == f {
			break
		}
		for i, o := range goff {
			goff[i] = off[o]
		}
		f, off = g, goff
	}
	return foldWords(f, off, len(s), sc)
}

// builder accumulates folded bytes with their source offsets and collapses
// whitespace runs into one space, dropping leading and trailing runs.
type builder struct {
	buf      []byte
	off      []int
	space    int  // source offset of a pending whitespace run; -1 if none
	nonASCII bool // buf holds a non-ASCII character
}

func (b *builder) flushSpace() {
	if b.space >= 0 {
		if len(b.buf) > 0 {
			b.buf = append(b.buf, ' ')
			b.off = append(b.off, b.space)
		}
		b.space = -1
	}
}

func (b *builder) byte(c byte, at int) {
	b.flushSpace()
	b.buf = append(b.buf, c)
	b.off = append(b.off, at)
}

func (b *builder) spaceAt(at int) {
	if b.space < 0 {
		b.space = at
	}
}

// rune appends r with all its bytes mapped to at.
func (b *builder) rune(r rune, at int) {
	b.flushSpace()
	b.nonASCII = b.nonASCII || r >= utf8.RuneSelf
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	for range len(b.buf) - n {
		b.off = append(b.off, at)
	}
}

// emit appends r, or what r stands for in folded text, at source offset at.
func (b *builder) emit(r rune, at int) {
	switch m := mapRune(r); m {
	case dropRune:
	case spaceRune:
		b.spaceAt(at)
	default:
		if m < utf8.RuneSelf {
			b.byte(byte(m), at)
		} else {
			b.rune(m, at)
		}
	}
}

const (
	dropRune  rune = -1
	spaceRune rune = -2
)

// mapRune maps quote marks, dashes, whitespace and invisible characters to
// their folded form: a rune, dropRune or spaceRune. Other runes map to
// themselves. It runs before NFKC as well as after, because NFKC turns the
// double prime ″ into two primes and the acute accent ´ into a space and a
// combining mark.
func mapRune(r rune) rune {
	switch r {
	case '\'', '‘', '’', '‚', '‛', '′', '‵', '‹', '›', 'ʼ', '`', '´', '＇':
		return '\''
	case '"', '“', '”', '„', '‟', '″', '‶', '‴', '«', '»', '〝', '〞', '〟', '＂':
		return '"'
	case '−', '⁃':
		return '-'
	}
	if r < utf8.RuneSelf {
		switch {
		case r == ' ' || '\t' <= r && r <= '\r':
			return spaceRune
		case r < ' ' || r == 0x7f:
			return dropRune
		}
		return r
	}
	switch {
	case unicode.IsSpace(r):
		return spaceRune
	case unicode.Is(unicode.Pd, r):
		return '-'
	case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
		return dropRune
	}
	return r
}

// special reports whether r is handled by mapRune alone, before NFKC.
func special(r rune) bool {
	return mapRune(r) != r
}

// foldChars does the character-level folding: NFKC, case, quotes, dashes,
// whitespace and invisible characters. ascii reports that the result is
// all ASCII, and so in NFKC.
func foldChars(s string, sc *foldScratch) (_ string, _ []int, ascii bool) {
	b := builder{space: -1}
	if sc != nil {
		b.buf, b.off = slices.Grow(sc.buf[:0], len(s)), slices.Grow(sc.off[:0], len(s)+1)
		defer func() { sc.buf, sc.off = b.buf[:0], b.off[:0] }()
	} else {
		b.buf, b.off = make([]byte, 0, len(s)), make([]int, 0, len(s)+1)
	}
	var fc *segmentFolder
	for i := 0; i < len(s); {
		c := s[i]
		// An ASCII byte followed by ASCII is its own normalisation segment:
		// only a following non-ASCII combining mark can change it.
		if plain[c] {
			// A run of bytes that fold to themselves, up to the next one
			// that may not; the last stays if a combining mark may follow.
			k := i + 1
			for k < len(s) && plain[s[k]] {
				k++
			}
			if k < len(s) && s[k] >= utf8.RuneSelf {
				k--
			}
			if k > i {
				b.flushSpace()
				b.buf = append(b.buf, s[i:k]...)
				n := len(b.off)
				b.off = slices.Grow(b.off, k-i)[:n+k-i]
				for p, o := i, b.off[n:]; p < k; p++ {
					o[p-i] = p
				}
				i = k
				continue
			}
		}
		if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			switch {
			case 'A' <= c && c <= 'Z':
				b.byte(c+'a'-'A', i)
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				b.byte(c, i)
			default:
				b.emit(rune(c), i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.rune(utf8.RuneError, i)
			i++
			continue
		}
		if special(r) {
			b.emit(r, i)
			i += size
			continue
		}
		n := norm.NFKC.NextBoundaryInString(s[i:], true)
		if n < size {
			n = size
		}
		seg := s[i : i+n]
		// Invalid UTF-8 inside a segment ends it, so that it gets U+FFFD.
		for k := size; k < n; {
			r, sz := utf8.DecodeRuneInString(seg[k:])
			if r == utf8.RuneError && sz == 1 || special(r) {
				n, seg = k, seg[:k]
				break
			}
			k += sz
		}
		if fc == nil {
			fc = newSegmentFolder()
		}
		t := fc.fold(seg)
		if t == seg {
			for k, r := range seg {
				b.emit(r, i+k)
			}
		} else {
			for _, r := range t {
				b.emit(r, i)
			}
		}
		i += n
	}
	return string(b.buf), b.off, !b.nonASCII
}

// plain marks the ASCII bytes that fold to themselves.
var plain = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = mapRune(c) == c && !('A' <= c && c <= 'Z')
	}
	return t
}()

// segmentFolder applies NFKC and full case folding to one normalisation
// segment, repeating until the result is stable, which makes the
// composition closed (the Unicode NFKC_Casefold property).
type segmentFolder struct {
	caser cases.Caser
}

func newSegmentFolder() *segmentFolder {
	return &segmentFolder{caser: cases.Fold()}
}

func (f *segmentFolder) fold(seg string) string {
	t := seg
	for range 4 {
		u := norm.NFKC.String(f.caser.String(norm.NFKC.String(t)))
		if u == t {
			break
		}
		t = u
	}
	return t
}

// foldWords undots abbreviations and makes British spellings American in
// character-folded text f, whose offsets into the source (of length n) are
// off. It copies only when something changes, into sc's buffers if sc is
// not nil.
func foldWords(f string, off []int, n int, sc *foldScratch) (string, []int) {
	var out []byte // nil until the first change
	var outOff []int
	done := 0 // f[:done] is already in out
	change := func(from, to int, repl []byte, replOff []int) {
		if out == nil {
			if sc != nil {
				out, outOff = slices.Grow(sc.out[:0], len(f)), slices.Grow(sc.outOff[:0], len(f)+1)
			} else {
				out, outOff = make([]byte, 0, len(f)), make([]int, 0, len(f)+1)
			}
		}
		out = append(out, f[done:from]...)
		outOff = append(outOff, off[done:from]...)
		out = append(out, repl...)
		outOff = append(outOff, replOff...)
		done = to
	}
	var repl []byte
	var replOff []int
	var letterBuf [16]int
	for j := 0; j < len(f); {
		// Case folding has left no upper-case ASCII letters.
		r, size := rune(f[j]), 1
		if r < utf8.RuneSelf {
			if r < 'a' || r > 'z' {
				j++
				continue
			}
		} else if r, size = utf8.DecodeRuneInString(f[j:]); !unicode.IsLetter(r) {
			j += size
			continue
		}
		// An abbreviation's first letter is followed by a dot.
		if j+size < len(f) && f[j+size] == '.' && abbrevStart(f, j) {
			if end, letters := abbrev(f, j, letterBuf[:0]); end > 0 {
				repl, replOff = repl[:0], replOff[:0]
				for _, k := range letters {
					_, sz := utf8.DecodeRuneInString(f[k:])
					repl = append(repl, f[k:k+sz]...)
					for range sz {
						replOff = append(replOff, off[k])
					}
				}
				if us := American(string(repl)); us != string(repl) {
					replOff = respell(string(repl), us, replOff)
					repl = append(repl[:0], us...)
				}
				change(j, end, repl, replOff)
				j = end
				continue
			}
		}
		end := j + size
		ascii := r < utf8.RuneSelf
		for end < len(f) {
			if c := f[end]; 'a' <= c && c <= 'z' {
				end++
				continue
			} else if c < utf8.RuneSelf {
				break
			}
			r, sz := utf8.DecodeRuneInString(f[end:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			ascii = ascii && r < utf8.RuneSelf
			end += sz
		}
		if ascii {
			w := f[j:end]
			if us := American(w); us != w {
				change(j, end, []byte(us), respell(w, us, off[j:end]))
			}
		}
		j = end
	}
	if out == nil {
		off = append(off, n)
		if sc != nil {
			sc.off = off[:0]
		}
		return f, off
	}
	out = append(out, f[done:]...)
	outOff = append(outOff, off[done:]...)
	outOff = append(outOff, n)
	if sc != nil {
		sc.out, sc.outOff = out[:0], outOff[:0]
	}
	return string(out), outOff
}

// respell returns the offsets of the bytes of a respelt word, given the
// offsets off of the bytes of its old spelling: the common prefix and suffix
// keep their own offsets ("travel|l|ed" → "travel|ed"), the bytes between
// take the offset of the first changed byte.
func respell(old, new string, off []int) []int {
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	q := 0
	for q < len(old)-p && q < len(new)-p && old[len(old)-1-q] == new[len(new)-1-q] {
		q++
	}
	out := make([]int, len(new))
	for k := range out {
		switch {
		case k < p:
			out[k] = off[k]
		case k >= len(new)-q:
			out[k] = off[len(old)-(len(new)-k)]
		default:
			out[k] = off[min(p, len(old)-1)]
		}
	}
	return out
}

// abbrevStart reports whether a dotted abbreviation may start at f[j]: it
// must not continue a word, a number or a dotted word ("e.u.s." inside
// "ab.u.s." is not one).
func abbrevStart(f string, j int) bool {
	if j == 0 {
		return true
	}
	p, sz := utf8.DecodeLastRuneInString(f[:j])
	if wordRune(p) {
		return false
	}
	if p == '.' && j-sz > 0 {
		pp, _ := utf8.DecodeLastRuneInString(f[:j-sz])
		return !wordRune(pp)
	}
	return true
}

// abbrev matches a dotted abbreviation at f[j]: two or more single letters,
// each followed by a dot, not followed by a letter, digit or mark. It returns
// the end of the match and the offsets of its letters appended to letters,
// or end 0.
func abbrev(f string, j int, letters []int) (end int, _ []int) {
	p := j
	for p < len(f) {
		r, sz := utf8.DecodeRuneInString(f[p:])
		if !unicode.IsLetter(r) || p+sz >= len(f) || f[p+sz] != '.' {
			break
		}
		letters = append(letters, p)
		p += sz + 1
	}
	if len(letters) < 2 {
		return 0, nil
	}
	if p < len(f) {
		if r, _ := utf8.DecodeRuneInString(f[p:]); wordRune(r) {
			return 0, nil
		}
	}
	return p, letters
}

// wordRune reports whether r belongs to a word: a letter, digit or mark.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.In(r, unicode.L, unicode.N, unicode.M)
}

// Exactly reports whether a and b are equal as written: only whitespace runs
// (spaces, tabs, no-break spaces, line breaks; leading and trailing ones
// ignored), quote-mark style (curly or straight, « » or ") and Unicode
// canonical composition (NFC) may differ.
func Exactly(a, b string) bool {
	a, b = norm.NFC.String(a), norm.NFC.String(b)
	i, j := 0, 0
	for {
		ra, na := nextExact(a, &i)
		rb, nb := nextExact(b, &j)
		if !na || !nb {
			return na == nb
		}
		if ra != rb {
			return false
		}
	}
}

// nextExact returns the next rune of s at *i for Exactly, with quote marks
// made straight and a whitespace run returned as one space (none at either
// end). ok is false at the end of s.
func nextExact(s string, i *int) (r rune, ok bool) {
	start := *i
	sawSpace := false
	for *i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[*i:])
		if !unicode.IsSpace(r) {
			break
		}
		sawSpace = true
		*i += sz
	}
	if *i >= len(s) {
		return 0, false
	}
	if sawSpace && start > 0 {
		return ' ', true
	}
	r, sz := utf8.DecodeRuneInString(s[*i:])
	*i += sz
	switch m := mapRune(r); m {
	case '\'', '"':
		return m, true
	}
	return r, true
}
