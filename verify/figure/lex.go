package figure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tEnd   tkind = iota // past the last token
	tWord               // a run of letters
	tNum                // digits, with ",ddd" groups and one ".d…" decimal part: "3,700", "1.5"
	tAlnum              // letters and digits mixed: "21st", "24bn", "1990s" (suf > 0); "G7", "CSG21", "1.2.3" (suf == 0)
	tPunct              // any other single rune
)

// token is one lexical unit of the text. Offsets are bytes.
type token struct {
	s, e int32  // half-open byte range
	suf  int32  // tAlnum: where the letter suffix after the leading numeral starts; 0 if not a numeral with a suffix
	k    tkind  // what the token is
	sp   uint8  // white space before: 0 none, 1 some on one line, 2 a line break
	up   bool   // tWord: starts with an upper-case letter
	wi   uint16 // tWord: index in entries of its lower-cased form, 0 if none
}

// ent returns the dictionary entry of a word token, nil if none. Tokens
// hold an index rather than a pointer so that the GC need not scan them.
func (t *token) ent() *entry {
	if t.wi == 0 {
		return nil
	}
	return &entries[t.wi]
}

// lex splits text into tokens in one pass. Words are looked up in the
// dictionary as they are found, so the parser never lower-cases text.
func lex(text string, toks []token) []token {
	var buf [24]byte
	sp := uint8(0)
	i := 0
	for i < len(text) {
		c := text[i]
		start := i
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			if sp == 0 {
				sp = 1
			}
			i++
			continue
		case c == '\n':
			sp = 2
			i++
			continue
		case c >= '0' && c <= '9':
			i = scanNumeral(text, i)
			k, suf := tNum, int32(0)
			if i < len(text) && (isLetterAt(text, i) || isDigit(text[i])) {
				// Letters right after a numeral: a suffix ("21st", "24bn")
				// if only letters follow, else an identifier ("5G5").
				numEnd := i
				onlyLetters := text[i-1] != '.' && text[i-1] != ','
				for i < len(text) {
					if isDigit(text[i]) {
						onlyLetters = false
						i++
					} else if n := letterLen(text, i); n > 0 {
						i += n
					} else {
						break
					}
				}
				k = tAlnum
				if onlyLetters && !isVersion(text[start:numEnd]) {
					suf = int32(numEnd)
				}
			} else if isVersion(text[start:i]) {
				k = tAlnum
			}
			toks = append(toks, token{s: int32(start), e: int32(i), k: k, sp: sp, suf: suf})
		default:
			n := letterLen(text, i)
			if n == 0 {
				r, size := utf8.DecodeRuneInString(text[i:])
				if unicode.IsSpace(r) {
					if r == '\u2028' || r == '\u2029' || r == '\u0085' {
						sp = 2
					} else if sp == 0 {
						sp = 1
					}
					i += size
					continue
				}
				i += size
				toks = append(toks, token{s: int32(start), e: int32(i), k: tPunct, sp: sp})
				break
			}
			up := unicode.IsUpper(firstRune(text[i:]))
			for n > 0 {
				i += n
				n = letterLen(text, i)
			}
			k := tWord
			if i < len(text) && isDigit(text[i]) && !isoCodes[text[start:i]] {
				// "CSG21", "G7", "A400M": an identifier, digits and all. A
				// currency code ends at the digits ("CHF4.1bn", "USD5m"):
				// the amount is a token of its own, glued to the code.
				k = tAlnum
				for i < len(text) {
					if isDigit(text[i]) {
						i++
					} else if n := letterLen(text, i); n > 0 {
						i += n
					} else {
						break
					}
				}
			}
			t := token{s: int32(start), e: int32(i), k: k, sp: sp, up: up}
			if k == tWord {
				t.wi = lookup(text[start:i], buf[:0])
			}
			toks = append(toks, t)
		}
		sp = 0
	}
	return toks
}

// scanNumeral returns the end of the numeral starting at i: digits, then
// groups of exactly three digits after commas, then an optional decimal
// part, then (for versions and dotted dates) further dotted digit groups.
func scanNumeral(text string, i int) int {
	for i < len(text) && isDigit(text[i]) {
		i++
	}
	for i+3 < len(text)+0 && text[i] == ',' && isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) &&
		(i+4 >= len(text) || !isDigit(text[i+4])) {
		i += 4
	}
	for i+1 < len(text) && text[i] == '.' && isDigit(text[i+1]) {
		i++
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	return i
}

// isVersion reports a numeral with more than one dot: "1.2.3", "21.09.2018".
func isVersion(s string) bool { return strings.Count(s, ".") > 1 }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// letterLen returns the byte length of the letter at text[i], 0 if none.
func letterLen(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	c := text[i]
	if c < utf8.RuneSelf {
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != utf8.RuneError && unicode.IsLetter(r) {
		return n
	}
	return 0
}

func isLetterAt(text string, i int) bool { return letterLen(text, i) > 0 }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lookup finds the index of the dictionary entry of word,
// case-insensitively, without allocating for ASCII words.
func lookup(word string, buf []byte) uint16 {
	if len(word) > cap(buf) {
		return 0 // no dictionary word is this long
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return dict[strings.ToLower(word)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return dict[string(buf)]
}
