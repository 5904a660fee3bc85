package words

import (
	"unicode"
	"unicode/utf8"
)

// Cut reports whether s may be cut at byte i without changing its tokens:
// when it returns true, Tokenize(s) is Tokenize(s[:i]) followed by
// Tokenize(s[i:]) with offsets moved by i, stems and all. The index uses
// it to take the words of a quote from the tokens of the sentences it lies
// in instead of tokenising the quote again.
//
// Cut is conservative: it accepts only cuts next to characters that Fold
// and Tokenize treat as a break on their own — white space, a double quote
// mark, or (after a word of two or more ASCII letters, before white space)
// closing punctuation — and refuses anything where context reaches across
// the cut: an apostrophe ("it|'s"), a digit separator ("3|,700"), a dot
// that may belong to an abbreviation ("U.S|."), a combining mark.
func Cut(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	if !utf8.RuneStart(s[i]) {
		return false
	}
	l, _ := utf8.DecodeLastRuneInString(s[:i])
	r, rsz := utf8.DecodeRuneInString(s[i:])
	if unicode.Is(unicode.M, r) {
		return false // a mark may combine with what precedes it
	}
	switch {
	case asciiSpace(l) || asciiSpace(r) || doubleQuote(l) || doubleQuote(r):
		return true
	case l >= utf8.RuneSelf || i < 2 || !asciiLetter(l) || !asciiLetter(rune(s[i-2])):
		return false
	}
	// s[i-2:i] are ASCII letters: the word before the cut is not a dotted
	// abbreviation's letter nor a number.
	switch r {
	case ',', ';', ':', '!', '?', ')':
		return true
	case '.':
		// A dot followed by a letter would make the next word look like
		// the continuation of a dotted abbreviation ("may.u.s.").
		return i+rsz == len(s) || asciiSpace(rune(s[i+rsz]))
	}
	return false
}

func asciiSpace(r rune) bool { return r == ' ' || '\t' <= r && r <= '\r' }

func asciiLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// doubleQuote reports whether r is a double quote mark that Fold makes '"'
// on its own, before normalisation.
func doubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»':
		return true
	}
	return false
}
