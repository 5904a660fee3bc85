package quote

import (
	"unicode"
	"unicode/utf8"
)

// token is a word of Text: letters and digits, with the apostrophes,
// hyphens and dots inside it ("it’s", "cyber-attacks", "U.K.", "J."). It
// takes 8 bytes, as Extract keeps one per word of the document: the
// start, and in bits the word classes (words.go; valid when
// bits&fClassed), the flags and the length. A token of longLen bytes or
// more has length longLen in bits and its end in extractor.long.
type token struct {
	s    int32 // Text byte offset of the first byte
	bits uint32
}

// Token flags, above the word classes in token.bits, and the length above
// them.
const (
	clsBits = 17
	clsMask = 1<<clsBits - 1
)

const (
	fCap     uint32 = 1 << (clsBits + iota) // starts with an upper-case letter
	fLower                                  // starts with a lower-case letter
	fDigit                                  // starts with a digit
	fDotted                                 // has an inner or final '.', as in "U.K." or "J."
	fClassed                                // the word classes are set
	fWide                                   // has a non-ASCII rune

	lenShift = clsBits + iota       // the length's first bit
	longLen  = 1<<(32-lenShift) - 1 // the length of a long token
)

func (t token) start() int { return int(t.s) }

func (t token) cap() bool { return t.bits&fCap != 0 }

func (t token) lower() bool { return t.bits&fLower != 0 }

// asciiWord[c] is true for ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := '0'; c <= 'z'; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordRune reports whether r is a letter, digit or combining mark.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 0 && asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// runeAt decodes the rune at byte i of s (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < 0x80 {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at byte i of s (utf8.RuneError, 0 at the start).
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	if c := s[i-1]; c < 0x80 {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// tokenize appends the words of x.text[from:to] to x.toks.
func (x *extractor) tokenize(from, to int) {
	text, toks := x.text, x.toks
	i := from
	for i < to {
		c := text[i]
		r, n := rune(c), 1
		if c < 0x80 {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, n = utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += n
			continue
		}
		t := token{s: int32(i)}
		if r >= 0x80 {
			t.bits |= fWide
		}
		switch {
		case 'A' <= r && r <= 'Z' || r >= 0x80 && unicode.IsUpper(r):
			t.bits |= fCap
		case '0' <= r && r <= '9' || unicode.IsDigit(r):
			t.bits |= fDigit
		default:
			t.bits |= fLower
		}
		segLen := 0 // letters since the last inner '.'
		j := i
		for j < to {
			if asciiWord[text[j]] {
				// The run of ASCII letters and digits, scanned in a
				// slice that ends at to: no bounds checks.
				run := text[j:to]
				k := 1
				for k < len(run) && asciiWord[run[k]] {
					k++
				}
				segLen += k
				j += k
				continue
			}
			c := text[j]
			r, n := rune(c), 1
			if c >= 0x80 {
				if r, n = utf8.DecodeRuneInString(text[j:]); isWordRune(r) {
					j += n
					segLen++
					t.bits |= fWide
					continue
				}
			}
			if r != '.' && r != '\'' && r != '’' && r != '-' && r != '‐' && r != '&' {
				break // white space or punctuation that ends every word
			}
			if j+n >= to {
				// A final '.' belongs to a dotted abbreviation: "U.K.", "J.".
				if r == '.' && segLen == 1 && t.bits&fCap != 0 {
					j += n
					t.bits |= fDotted
				}
				break
			}
			next, _ := runeAt(text, j+n)
			if r == '.' {
				if segLen == 1 && (isWordRune(next) && (next < 0x80 && next >= 'A' && next <= 'Z' || t.bits&fDotted != 0)) {
					j += n
					segLen = 0
					t.bits |= fDotted
					continue
				}
				if segLen == 1 && t.bits&fCap != 0 {
					j += n // "J. O’Shaughnessy", "U.K. Defence"
					t.bits |= fDotted
				} else if t.bits&fDigit != 0 && '0' <= next && next <= '9' {
					j += n // 3.7
					continue
				}
				break
			}
			if (r == '\'' || r == '’' || r == '-' || r == '‐' || r == '&') && isWordRune(next) {
				if r >= 0x80 {
					t.bits |= fWide
				}
				j += n
				segLen = 0
				continue
			}
			break
		}
		if n := j - i; n < longLen {
			t.bits |= uint32(n) << lenShift
		} else {
			t.bits |= longLen << lenShift
			if x.long == nil {
				x.long = map[int32]int32{}
			}
			x.long[t.s] = int32(j)
		}
		toks = append(toks, t)
		i = j
	}
	x.toks = toks
}

// isSpace reports whether r is white space (or absent: an edge of the text).
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, utf8.RuneError:
		return true
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

// sentenceEnd reports whether the '.', '?' or '!' at byte i of text (inside
// block [bs, be)) ends a sentence: it is followed (after closing quotes and
// brackets) by white space and then an upper-case letter, a digit or an
// opening mark, and a '.' does not end an abbreviation ("Mr.", "U.K.",
// "J."). The end of the block ends a sentence too.
func sentenceEnd(text string, bs, be, i int) bool {
	c := text[i]
	if c != '.' && c != '?' && c != '!' {
		return false
	}
	j := i + 1
	for j < be {
		r, n := runeAt(text, j)
		if r == ')' || r == ']' || isQuoteRune(r) {
			j += n
			continue
		}
		break
	}
	if j >= be {
		return true
	}
	r, _ := runeAt(text, j)
	if !isSpace(r) {
		return false
	}
	for j < be {
		r, n := runeAt(text, j)
		if !isSpace(r) {
			break
		}
		j += n
	}
	if j >= be {
		return true
	}
	r, _ = runeAt(text, j)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isQuoteRune(r) || r == '(' || r == '[') {
		return false
	}
	if c != '.' {
		return true
	}
	// The word before the '.'.
	k := i
	for k > bs {
		r, n := runeBefore(text, k)
		if !isWordRune(r) && r != '.' {
			break
		}
		k -= n
	}
	w := text[k:i]
	if w == "" {
		return true
	}
	if r, n := runeAt(w, 0); n == len(w) && unicode.IsUpper(r) {
		return false // an initial: "J. O’Shaughnessy"
	}
	for x := 0; x < len(w); x++ {
		if w[x] == '.' {
			return false // "U.K.", "e.g."
		}
	}
	return classOf(w)&wAbbrev == 0
}
