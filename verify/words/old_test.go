package words

// The implementation of Fold and Tokenize before their fast paths and
// caches, kept to test the new one against (TestSameAsOld, FuzzSameAsOld).

import (
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// oldAmerican is American without its cache.
func oldAmerican(w string) string {
	if len(w) < 4 || !lowerASCII(w) || !respellable()[pairIndex(w)] {
		return w
	}
	if us, ok := dictionary()[w]; ok {
		return us
	}
	for _, rule := range rules {
		if r, ok := rule(w); ok {
			return r
		}
	}
	return w
}

// oldFold returns the comparison form of s and a map back to s.
//
// The folded form is s in Unicode NFKC, case-folded, with curly quotes,
// primes and guillemets made straight (' or "), every dash and the minus sign
// made '-', every run of whitespace (including no-break spaces and line
// breaks) made one space and trimmed at both ends, control and format
// characters (soft hyphen, zero-width space, BOM) dropped, invalid UTF-8
// replaced by U+FFFD, dotted abbreviations undotted ("U.S." → "us", "U.K.'s"
// → "uk's") and British spellings made oldAmerican (see oldAmerican).
//
// offsets[i] is the byte offset in s of the character that produced folded
// byte i; offsets[len(folded)] == len(s). Offsets never decrease. A collapsed
// whitespace run maps to its first byte. oldFold is idempotent.
func oldFold(s string) (folded string, offsets []int) {
	f, off := oldFoldChars(s)
	// Dropping an invisible character can bring a letter and a combining
	// mark together ("e\u00ad\u0301"), and NFKC works segment by segment:
	// fold the result again until it is in NFKC (once, in practice).
	for range 3 {
		if norm.NFKC.IsNormalString(f) {
			break
		}
		g, goff := oldFoldChars(f)
		if g == f {
			break
		}
		for i, o := range goff {
			goff[i] = off[o]
		}
		f, off = g, goff
	}
	return oldFoldWords(f, off, len(s))
}

// oldBuilder accumulates folded bytes with their source offsets and collapses
// whitespace runs into one space, dropping leading and trailing runs.
type oldBuilder struct {
	buf   []byte
	off   []int
	space int // source offset of a pending whitespace run; -1 if none
}

func (b *oldBuilder) flushSpace() {
	if b.space >= 0 {
		if len(b.buf) > 0 {
			b.buf = append(b.buf, ' ')
			b.off = append(b.off, b.space)
		}
		b.space = -1
	}
}

func (b *oldBuilder) byte(c byte, at int) {
	b.flushSpace()
	b.buf = append(b.buf, c)
	b.off = append(b.off, at)
}

func (b *oldBuilder) spaceAt(at int) {
	if b.space < 0 {
		b.space = at
	}
}

// rune appends r with all its bytes mapped to at.
func (b *oldBuilder) rune(r rune, at int) {
	b.flushSpace()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	for range len(b.buf) - n {
		b.off = append(b.off, at)
	}
}

// emit appends r, or what r stands for in folded text, at source offset at.
func (b *oldBuilder) emit(r rune, at int) {
	switch m := oldMapRune(r); m {
	case oldDropRune:
	case oldSpaceRune:
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
	oldDropRune  rune = -1
	oldSpaceRune rune = -2
)

// oldMapRune maps quote marks, dashes, whitespace and invisible characters to
// their folded form: a rune, oldDropRune or oldSpaceRune. Other runes map to
// themselves. It runs before NFKC as well as after, because NFKC turns the
// double prime ″ into two primes and the acute accent ´ into a space and a
// combining mark.
func oldMapRune(r rune) rune {
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
			return oldSpaceRune
		case r < ' ' || r == 0x7f:
			return oldDropRune
		}
		return r
	}
	switch {
	case unicode.IsSpace(r):
		return oldSpaceRune
	case unicode.Is(unicode.Pd, r):
		return '-'
	case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
		return oldDropRune
	}
	return r
}

// oldSpecial reports whether r is handled by oldMapRune alone, before NFKC.
func oldSpecial(r rune) bool {
	return oldMapRune(r) != r
}

// oldFoldChars does the character-level folding: NFKC, case, quotes, dashes,
// whitespace and invisible characters.
func oldFoldChars(s string) (string, []int) {
	b := oldBuilder{
		buf:   make([]byte, 0, len(s)),
		off:   make([]int, 0, len(s)+1),
		space: -1,
	}
	var fc *oldSegmentFolder
	for i := 0; i < len(s); {
		c := s[i]
		// An ASCII byte followed by ASCII is its own normalisation segment:
		// only a following non-ASCII combining mark can change it.
		if oldPlain[c] {
			// A run of bytes that fold to themselves, up to the next one
			// that may not; the last stays if a combining mark may follow.
			k := i + 1
			for k < len(s) && oldPlain[s[k]] {
				k++
			}
			if k < len(s) && s[k] >= utf8.RuneSelf {
				k--
			}
			if k > i {
				b.flushSpace()
				b.buf = append(b.buf, s[i:k]...)
				for p := i; p < k; p++ {
					b.off = append(b.off, p)
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
		if oldSpecial(r) {
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
			if r == utf8.RuneError && sz == 1 || oldSpecial(r) {
				n, seg = k, seg[:k]
				break
			}
			k += sz
		}
		if fc == nil {
			fc = oldNewSegmentFolder()
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
	return string(b.buf), b.off
}

// oldPlain marks the ASCII bytes that fold to themselves.
var oldPlain = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = oldMapRune(c) == c && !('A' <= c && c <= 'Z')
	}
	return t
}()

// oldSegmentFolder applies NFKC and full case folding to one normalisation
// segment, repeating until the result is stable, which makes the
// composition closed (the Unicode NFKC_Casefold property).
type oldSegmentFolder struct {
	caser cases.Caser
}

func oldNewSegmentFolder() *oldSegmentFolder {
	return &oldSegmentFolder{caser: cases.Fold()}
}

func (f *oldSegmentFolder) fold(seg string) string {
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

// oldFoldWords undots abbreviations and makes British spellings oldAmerican in
// character-folded text f, whose offsets into the source (of length n) are
// off. It copies only when something changes.
func oldFoldWords(f string, off []int, n int) (string, []int) {
	var out []byte // nil until the first change
	var outOff []int
	done := 0 // f[:done] is already in out
	change := func(from, to int, repl []byte, replOff []int) {
		if out == nil {
			out = make([]byte, 0, len(f))
			outOff = make([]int, 0, len(f)+1)
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
		if oldAbbrevStart(f, j) {
			if end, letters := oldAbbrev(f, j, letterBuf[:0]); end > 0 {
				repl, replOff = repl[:0], replOff[:0]
				for _, k := range letters {
					_, sz := utf8.DecodeRuneInString(f[k:])
					repl = append(repl, f[k:k+sz]...)
					for range sz {
						replOff = append(replOff, off[k])
					}
				}
				if us := oldAmerican(string(repl)); us != string(repl) {
					replOff = oldRespell(string(repl), us, replOff)
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
			if us := oldAmerican(w); us != w {
				change(j, end, []byte(us), oldRespell(w, us, off[j:end]))
			}
		}
		j = end
	}
	if out == nil {
		return f, append(off, n)
	}
	out = append(out, f[done:]...)
	outOff = append(outOff, off[done:]...)
	return string(out), append(outOff, n)
}

// oldRespell returns the offsets of the bytes of a respelt word, given the
// offsets off of the bytes of its old spelling: the common prefix and suffix
// keep their own offsets ("travel|l|ed" → "travel|ed"), the bytes between
// take the offset of the first changed byte.
func oldRespell(old, new string, off []int) []int {
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

// oldAbbrevStart reports whether a dotted abbreviation may start at f[j]: it
// must not continue a word, a number or a dotted word ("e.u.s." inside
// "ab.u.s." is not one).
func oldAbbrevStart(f string, j int) bool {
	if j == 0 {
		return true
	}
	p, sz := utf8.DecodeLastRuneInString(f[:j])
	if oldWordRune(p) {
		return false
	}
	if p == '.' && j-sz > 0 {
		pp, _ := utf8.DecodeLastRuneInString(f[:j-sz])
		return !oldWordRune(pp)
	}
	return true
}

// oldAbbrev matches a dotted abbreviation at f[j]: two or more single letters,
// each followed by a dot, not followed by a letter, digit or mark. It returns
// the end of the match and the offsets of its letters appended to letters,
// or end 0.
func oldAbbrev(f string, j int, letters []int) (end int, _ []int) {
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
		if r, _ := utf8.DecodeRuneInString(f[p:]); oldWordRune(r) {
			return 0, nil
		}
	}
	return p, letters
}

// oldWordRune reports whether r belongs to a word: a letter, digit or mark.
func oldWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.In(r, unicode.L, unicode.N, unicode.M)
}

// oldTokenize splits s into word tokens, in order, without overlaps:
//
//   - a run of letters and digits is a token ("5th", "24bn");
//   - an apostrophe between letters stays inside ("it's", "o'shaughnessy");
//   - a hyphen splits ("cyber-attacks" → cyber, attacks; "US-UK" → us, uk);
//   - a comma or dot between digits stays inside ("3,700", "1.5");
//   - a currency symbol (£ $ € ¥ …) and % are tokens of their own;
//   - a dotted abbreviation is one token ("U.S." → Norm "us", Raw "U.S.");
//   - Han, Hiragana and Katakana characters are one token each, as those
//     scripts do not separate words with spaces;
//   - other punctuation, symbols and emoji are dropped.
//
// Where oldFold expands one input character into several word characters
// ("㍿" → "株式会社"), they make one token whose Raw is that character.
func oldTokenize(s string) []Token {
	f, off := oldFold(s)
	toks := make([]Token, 0, len(f)/6+1)
	var folds []int // the start in f of each token, to merge overlaps
	add := func(j, end int) {
		start, stop := off[j], off[end]
		stop = oldTrimInvisible(s, start, stop)
		if stop <= start {
			_, sz := utf8.DecodeRuneInString(s[start:])
			stop = start + sz
		}
		if n := len(toks); n > 0 && start < toks[n-1].End {
			// Both come from the same input characters: one token.
			prev := &toks[n-1]
			prev.End = max(prev.End, stop)
			prev.Raw = s[prev.Start:prev.End]
			prev.Norm = f[folds[n-1]:end]
			prev.Stem = oldStem(prev.Norm)
			return
		}
		norm := f[j:end]
		toks = append(toks, Token{Start: start, End: stop, Raw: s[start:stop], Norm: norm, Stem: oldStem(norm)})
		folds = append(folds, j)
	}
	for j := 0; j < len(f); {
		r, size := utf8.DecodeRuneInString(f[j:])
		switch {
		case r == '%' || unicode.Is(unicode.Sc, r) || oldIdeograph(r):
			add(j, j+size)
			j += size
		case oldWordRune(r):
			end := oldScanWord(f, j+size)
			add(j, end)
			j = end
		default:
			j += size
		}
	}
	return toks
}

// oldScanWord returns the end of the word token that continues at f[p].
func oldScanWord(f string, p int) int {
	for p < len(f) {
		r, size := utf8.DecodeRuneInString(f[p:])
		switch {
		case oldIdeograph(r):
			return p
		case oldWordRune(r):
			p += size
			continue
		case r == '\'':
			prev, _ := utf8.DecodeLastRuneInString(f[:p])
			next, _ := utf8.DecodeRuneInString(f[p+1:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) && !oldIdeograph(next) {
				p++
				continue
			}
		case r == ',' || r == '.':
			if oldIsDigit(f[p-1]) && p+1 < len(f) && oldIsDigit(f[p+1]) {
				p++
				continue
			}
		}
		return p
	}
	return p
}

func oldIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// oldIdeograph reports whether r is written without spaces between words.
func oldIdeograph(r rune) bool {
	return r >= 0x2e80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// oldTrimInvisible moves stop back over whitespace and characters that oldFold
// drops (soft hyphens, zero-width spaces) at the end of s[start:stop].
func oldTrimInvisible(s string, start, stop int) int {
	for stop > start {
		r, sz := utf8.DecodeLastRuneInString(s[start:stop])
		if m := oldMapRune(r); m != oldDropRune && m != oldSpaceRune {
			break
		}
		stop -= sz
	}
	return stop
}

// oldStem is Stem without its cache.
func oldStem(norm string) string {
	if len(norm) <= 2 || !oldStemmable(norm) {
		return norm
	}
	return english.Stem(norm, false)
}

// oldStemmable reports whether w is an ASCII word with at least one letter.
func oldStemmable(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			letter = true
		case '0' <= c && c <= '9', c == '\'':
		default:
			return false
		}
	}
	return letter
}
