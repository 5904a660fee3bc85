package source

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences are split by rules, not by Punkt: on the seeds Punkt
// (github.com/neurosnap/sentences) runs at about 4 MB/s, far from the 30
// MB/s the project needs, and it splits "U.S. and U.K. Strengthen …"
// headlines after "U.K.". The rules below agree with Punkt elsewhere on the
// seeds (sentence_test.go compares them).
//
// A sentence ends after '.', '!', '?' or an ellipsis, and any closing
// quotes or brackets, when white space follows and the next word does not
// start with a lower-case letter; except after:
//   - a title ("Mr.", "Gen.", "St.") or a single initial ("Terrence J.
//     O'Shaughnessy"): never;
//   - "No.", "Art.", "p." or a month abbreviation before a number;
//   - dotted initials ("U.S.", "D.C.", "e.g.") or a company suffix ("Inc.",
//     "Ltd."): only when the next word usually starts a sentence ("The",
//     "He", "It", …).
//
// "63.8", "hstoday.us" and "U.S.-U.K." hold no white space after the dot
// and never end a sentence.

var (
	titleAbbrevs     = wordSet("mr mrs ms mx dr prof rev fr gen adm brig col lt sgt capt cmdr cdr maj cpl pte st hon sen rep gov pres supt insp det messrs mme mlle sr jr")
	numberAbbrevs    = wordSet("no nos art arts p pp para paras fig figs vol vols ch sec sect op jan feb mar apr jun jul aug sep sept oct nov dec")
	suffixAbbrevs    = wordSet("inc ltd co corp plc llc bros cf vs viz al approx est")
	sentenceStarters = wordSet("the a an he she it they we i you this that these those there here his her its their our my your but and so yet however meanwhile in on at as if when while after before since during for from with without by to of mr mrs ms dr both all some many most other one two three no not nor what who why how where which later earlier then now today yesterday tomorrow last next also still")
)

// maxAbbrev is the length of the longest word of titleAbbrevs,
// numberAbbrevs and suffixAbbrevs.
var maxAbbrev = func() int {
	n := 0
	for _, set := range []map[string]bool{titleAbbrevs, numberAbbrevs, suffixAbbrevs} {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}()

// splitSentences splits Text into sentences within groups of blocks; a
// group is one block, or blocks joined because a paragraph was broken
// mid-sentence (joins).
func splitSentences(text string, blocks []Block) []Sentence {
	// At most one sentence per block and per final punctuation mark: sized
	// once rather than grown by copying.
	out := make([]Sentence, 0, len(blocks)+strings.Count(text, ".")+strings.Count(text, "?")+strings.Count(text, "!"))
	bi := 0
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && joins(text, blocks[j-1], blocks[j]) {
			j++
		}
		splitRange(text, blocks[i].Start, blocks[j-1].End, func(r Range) {
			for bi+1 < len(blocks) && blocks[bi].End <= r.Start {
				bi++
			}
			out = append(out, Sentence{Range: r, Block: bi})
		})
		i = j
	}
	// The bound counts every dot, as in "3.5" or "Mr.": when it was far
	// off, a copy of the right size is kept, as a corpus holds the
	// sentences of all its sources at once.
	if cap(out)-len(out) > len(out)/8 {
		out = slices.Clone(out)
	}
	return out
}

// joins reports whether block b continues a sentence of block a: a ends
// without final punctuation and b starts with a lower-case letter, neither
// is a heading, a list item or boilerplate, and both are in or out of a
// quote.
func joins(text string, a, b Block) bool {
	if a.Boilerplate || b.Boilerplate || a.Heading || b.Heading || a.ListItem || b.ListItem || a.Quote != b.Quote {
		return false
	}
	if endsSentence(text[a.Start:a.End]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[b.Start:b.End])
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends with final punctuation: . ! ? : … or
// a closing double quote, or a closing single quote or bracket after . ! ?.
func endsSentence(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', '…', '”', '"', '»':
		return true
	case '’', '\'', ')', ']':
		r, _ = utf8.DecodeLastRuneInString(s[:len(s)-n])
		return r == '.' || r == '!' || r == '?'
	}
	return false
}

// finalByte marks the bytes that may start final punctuation: '.', '!',
// '?' and the first byte of "…".
var finalByte = [256]bool{'.': true, '!': true, '?': true, 0xe2: true}

// nextFinal returns the index of the first byte of text[i:end] that
// finalByte marks, or end. It tests eight bytes at a time.
func nextFinal(text string, i, end int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= end; i += 8 {
		x := load64(text[i : i+8])
		// A byte of x equal to c is a zero byte of x^(c*lo), and
		// (y-lo)&^y&hi is non-zero when y has a zero byte.
		a, b, c, d := x^('.'*lo), x^('!'*lo), x^('?'*lo), x^(0xe2*lo)
		if ((a-lo)&^a|(b-lo)&^b|(c-lo)&^c|(d-lo)&^d)&hi != 0 {
			break
		}
	}
	for ; i < end; i++ {
		if finalByte[text[i]] {
			return i
		}
	}
	return end
}

// load64 returns the first eight bytes of s, little-endian: one load once
// the compiler knows s holds them.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// splitRange splits text[start:end] into trimmed sentence ranges and
// passes each to yield, in order (no slice: a block may be 100 MB long).
func splitRange(text string, start, end int, yield func(Range)) {
	emit := func(s, e int) {
		if s, e = trimRange(text, s, e); s < e {
			yield(Range{s, e})
		}
	}
	sent := start
	for i := start; i < end; {
		if i = nextFinal(text, i, end); i == end {
			break
		}
		c := text[i]
		if !finalByte[c] || c == 0xe2 && !strings.HasPrefix(text[i:end], "…") {
			i++
			continue
		}
		// The run of final punctuation, then closing quotes and brackets.
		j, strong, dots := i, false, 0
		for j < end {
			switch {
			case text[j] == '.':
				dots++
				j++
				continue
			case text[j] == '!' || text[j] == '?':
				strong = true
				j++
				continue
			case strings.HasPrefix(text[j:end], "…"):
				dots += 3
				j += len("…")
				continue
			}
			break
		}
		k := skipRunes(text, j, end, "”\"’')]»")
		if k == end {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[k:end]); !unicode.IsSpace(r) {
			i = j
			continue
		}
		m := k
		for m < end {
			r, n := utf8.DecodeRuneInString(text[m:end])
			if !unicode.IsSpace(r) {
				break
			}
			m += n
		}
		if m < end && breaksBefore(text, sent, i, strong, dots, m, end) {
			emit(sent, k)
			sent = m
		}
		i = m
	}
	emit(sent, end)
}

// breaksBefore decides a candidate break: the final punctuation starts at
// text[p], the next sentence would start at text[m].
func breaksBefore(text string, sent, p int, strong bool, dots, m, end int) bool {
	w := skipRunes(text, m, end, "“\"‘'([«")
	next, _ := utf8.DecodeRuneInString(text[w:end])
	if unicode.IsLower(next) {
		return false
	}
	if strong || dots > 1 {
		return true
	}
	// The word before the period, without opening quotes or brackets.
	b := p
	for b > sent {
		r, n := utf8.DecodeLastRuneInString(text[sent:b])
		if unicode.IsSpace(r) || strings.ContainsRune("“\"‘'([«", r) {
			break
		}
		b -= n
	}
	word := text[b:p]
	// The word in lower case, for the abbreviation sets: in buf when it
	// is ASCII; left empty when it is longer than any abbreviation.
	var buf [16]byte
	var lower []byte
	switch {
	case !isASCII(word):
		lower = []byte(strings.ToLower(word))
	case len(word) <= min(maxAbbrev, len(buf)):
		lower = buf[:len(word)]
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
	}
	switch {
	case word == "":
		return true
	case len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z':
		return false // an initial
	case titleAbbrevs[string(lower)]:
		return false
	case numberAbbrevs[string(lower)]:
		return !unicode.IsDigit(next)
	case strings.Contains(word, ".") && isDotted(word), suffixAbbrevs[string(lower)]:
		return sentenceStarters[strings.ToLower(nextWord(text, w, end))]
	}
	return true
}

// isDotted reports whether w is letters separated by dots: "U.S", "e.g".
func isDotted(w string) bool {
	for i, part := range strings.Split(w, ".") {
		if len(part) == 0 && i > 0 {
			continue
		}
		if len(part) > 2 || len(part) == 0 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// nextWord returns the letters starting at text[i].
func nextWord(text string, i, end int) string {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// skipRunes skips runes of set from text[i:end].
func skipRunes(text string, i, end int, set string) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r == utf8.RuneError || !strings.ContainsRune(set, r) {
			break
		}
		i += n
	}
	return i
}
