package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// Token is a word of the input with its comparison forms.
type Token struct {
	Start, End int    // byte offsets into the original input, half-open
	Raw        string // input[Start:End]
	Norm       string // folded comparison form (see Fold): "defense", "us", "it's", "3,700", "£"
	Stem       string // Snowball English stem of Norm; Norm itself for numbers, symbols and non-ASCII words
}

// Tokenize splits s into word tokens, in order, without overlaps:
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
// Where Fold expands one input character into several word characters
// ("㍿" → "株式会社"), they make one token whose Raw is that character.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/6+1), s)
}

// AppendTokens appends the tokens of s (see Tokenize) to dst and returns
// the extended slice, so that a caller tokenising many texts can reuse one
// array.
func AppendTokens(dst []Token, s string) []Token {
	sc := scratchPool.Get().(*foldScratch)
	f, off := fold(s, sc)
	toks, first := dst, len(dst)
	lastJ := 0 // the start in f of the last token, to merge overlaps
	add := func(j, end int) {
		start, stop := off[j], off[end]
		stop = trimInvisible(s, start, stop)
		if stop <= start {
			_, sz := utf8.DecodeRuneInString(s[start:])
			stop = start + sz
		}
		if n := len(toks); n > first && start < toks[n-1].End {
			// Both come from the same input characters: one token.
			prev := &toks[n-1]
			prev.End = max(prev.End, stop)
			prev.Raw = s[prev.Start:prev.End]
			prev.Norm = f[lastJ:end]
			prev.Stem = Stem(prev.Norm)
			return
		}
		norm := f[j:end]
		toks = append(toks, Token{Start: start, End: stop, Raw: s[start:stop], Norm: norm, Stem: Stem(norm)})
		lastJ = j
	}
	for j := 0; j < len(f); {
		if c := f[j]; c < utf8.RuneSelf {
			// ASCII: '$' is the one currency symbol, and no character is
			// an ideograph.
			switch {
			case asciiWord[c]:
				end := scanWord(f, j+1)
				add(j, end)
				j = end
			case c == '%' || c == '$':
				add(j, j+1)
				j++
			default:
				j++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(f[j:])
		switch {
		case r == '%' || unicode.Is(unicode.Sc, r) || ideograph(r):
			add(j, j+size)
			j += size
		case wordRune(r):
			end := scanWord(f, j+size)
			add(j, end)
			j = end
		default:
			j += size
		}
	}
	sc.release()
	return toks
}

// asciiWord marks the ASCII characters that wordRune accepts.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = wordRune(rune(c))
	}
	return t
}()

// scanWord returns the end of the word token that continues at f[p].
func scanWord(f string, p int) int {
	for p < len(f) {
		if c := f[p]; c < utf8.RuneSelf && c != '\'' && c != ',' && c != '.' {
			if !asciiWord[c] {
				return p
			}
			p++
			continue
		}
		r, size := utf8.DecodeRuneInString(f[p:])
		switch {
		case ideograph(r):
			return p
		case wordRune(r):
			p += size
			continue
		case r == '\'':
			prev, _ := utf8.DecodeLastRuneInString(f[:p])
			next, _ := utf8.DecodeRuneInString(f[p+1:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) && !ideograph(next) {
				p++
				continue
			}
		case r == ',' || r == '.':
			if isDigit(f[p-1]) && p+1 < len(f) && isDigit(f[p+1]) {
				p++
				continue
			}
		}
		return p
	}
	return p
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// ideograph reports whether r is written without spaces between words.
func ideograph(r rune) bool {
	return r >= 0x2e80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// trimInvisible moves stop back over whitespace and characters that Fold
// drops (soft hyphens, zero-width spaces) at the end of s[start:stop].
func trimInvisible(s string, start, stop int) int {
	if stop > start {
		if c := s[stop-1]; c > ' ' && c < 0x7f {
			return stop // the usual case: printable ASCII
		}
	}
	for stop > start {
		r, sz := utf8.DecodeLastRuneInString(s[start:stop])
		if m := mapRune(r); m != dropRune && m != spaceRune {
			break
		}
		stop -= sz
	}
	return stop
}

// Stem returns the Snowball English stem of a folded word: "visiting" →
// "visit", "defense" → "defens"; an irregular past tense or participle
// stems as its infinitive ("won" → "win", see Lemma). Numbers, symbols and words with non-ASCII
// letters are their own stem. Stems are cached: news text repeats words.
func Stem(norm string) string {
	if len(norm) > 1 && '0' <= norm[0] && norm[0] <= '9' {
		return numeral(norm)
	}
	if len(norm) <= 2 || !stemmable(norm) {
		return norm
	}
	if st, ok := stems.get(norm); ok {
		return st
	}
	st := english.Stem(Lemma(norm), false)
	stems.put(norm, st)
	return st
}

// numeral returns the stem of a word that starts with a digit: a number
// written with thousands separators or a decimal part of zeros stems as
// the plain number ("36,908" as "36908", "47.0" as "47"), so that either
// way of writing it finds the other; any other word is its own stem.
func numeral(w string) string {
	dot, commas := len(w), 0
	run := 0 // digits since the start or the last comma
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			run++
		case c == ',' && dot == len(w) && run >= 1 && run <= 3 && (commas == 0 || run == 3):
			commas, run = commas+1, 0
		case c == '.' && dot == len(w) && (commas == 0 || run == 3):
			dot = i
		default:
			return w
		}
		if dot < i && w[i] != '0' {
			dot = -1 // a decimal part that is not zeros is kept
		}
	}
	if commas > 0 && dot == len(w) && run != 3 {
		return w // "1,2" is no thousands
	}
	if dot >= 0 && dot < len(w) {
		w = w[:dot]
	}
	if commas > 0 {
		w = strings.ReplaceAll(w, ",", "")
	}
	return w
}

// stems caches Stem, bounded.
var stems = newCache(1 << 16)

// stemmable reports whether w is an ASCII word with at least one letter.
func stemmable(w string) bool {
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
