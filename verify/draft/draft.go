package draft

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify/figure"
	"github.com/verity-news/verity/verify/quote"
	"github.com/verity-news/verity/verify/source"
)

// Claims returns the claims of a draft, in draft order (see the package
// documentation). The File is named after src; it has no claims when the
// draft quotes no one and states no figure. A nil src has no claims.
func Claims(src *source.Source) *claims.File {
	f := &claims.File{Claims: []claims.Claim{}}
	if src == nil {
		return f
	}
	f.Name = src.Name
	skip := ignored(src)
	spans := quote.Extract(src)
	var quoted []source.Range // the Text ranges of quoted words, in order
	for i := range spans {
		quoted = append(quoted, spans[i].Parts...)
	}
	sort.Slice(quoted, func(i, j int) bool { return quoted[i].Start < quoted[j].Start })
	var found []found
	for i := range spans {
		sp := &spans[i]
		if skip.has(sp.Start) {
			continue
		}
		text := trimQuote(sp.Text)
		if text == "" {
			continue
		}
		c := claims.Claim{Text: text, Speaker: sp.Speaker, Verbatim: sp.Kind == quote.Direct}
		kind := "q"
		what := "direct quote"
		if sp.Kind == quote.Reported {
			kind, what = "r", "reported speech"
		}
		if sp.Speaker == "" {
			what += ", speaker not named"
		}
		found = append(found, newFound(src, kind, what, sp.Start, c))
	}
	for _, s := range src.Sentences {
		if s.Block < 0 || s.Block >= len(src.Blocks) {
			continue
		}
		if b := src.Blocks[s.Block]; b.Heading || b.Boilerplate || b.Quote {
			continue
		}
		r := afterDirective(src.Text, s.Range)
		if r.Start >= r.End || overlaps(quoted, r) {
			continue
		}
		raw := src.RawOffset(r.Start)
		if skip.has(raw) {
			continue
		}
		text := strings.Join(strings.Fields(src.Text[r.Start:r.End]), " ")
		if text == "" || len(figure.Parse(text)) == 0 {
			continue
		}
		found = append(found, newFound(src, "f", "figure", raw, claims.Claim{Text: text}))
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].raw < found[j].raw })
	seen := map[string]int{}
	for _, fd := range found {
		c := fd.claim
		c.ID = fd.id
		if n := seen[fd.id]; n > 0 {
			c.ID = fmt.Sprintf("%s-%d", fd.id, n+1)
		}
		seen[fd.id]++
		f.Claims = append(f.Claims, c)
	}
	return f
}

// found is a claim before its id is made unique.
type found struct {
	raw   int // Raw offset where the claim starts
	id    string
	claim claims.Claim
}

func newFound(src *source.Source, kind, what string, raw int, c claims.Claim) found {
	c.Pos = src.Pos(raw)
	c.TextPos = c.Pos
	c.Note = fmt.Sprintf("%s at %s:%d:%d", what, src.Name, c.Pos.Line, c.Pos.Column)
	return found{raw: raw, id: makeID(kind, c.Speaker, c.Text), claim: c}
}

// trimQuote drops the white space around a quote's words and the comma,
// colon or semicolon that hands the sentence back to the attribution
// ("…relationship," Mr Wallace said). A full stop, question or exclamation
// mark belongs to the quote and stays.
func trimQuote(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ",;: \t\n")
}

// overlaps reports whether r overlaps one of the ranges, which are sorted
// by Start and do not overlap one another.
func overlaps(ranges []source.Range, r source.Range) bool {
	i := sort.Search(len(ranges), func(i int) bool { return ranges[i].End > r.Start })
	return i < len(ranges) && ranges[i].Start < r.End
}

// directive matches the comments that leave text out of a draft.
var directive = regexp.MustCompile(`<!--[ \t]*verity-ignore(-next-line)?[ \t]*-->`)

// afterDirective moves the start of a sentence past any directive comment
// it holds: in plain text the comment is part of the text, and the sentence
// splitter may join it to the sentence that follows it.
func afterDirective(text string, r source.Range) source.Range {
	locs := directive.FindAllStringIndex(text[r.Start:r.End], -1)
	if len(locs) == 0 {
		return r
	}
	r.Start += locs[len(locs)-1][1]
	for r.Start < r.End && unicode.IsSpace(rune(text[r.Start])) {
		r.Start++
	}
	return r
}

// skipped is the Raw byte ranges the draft's directives leave out.
type skipped []source.Range

func (s skipped) has(raw int) bool {
	for _, r := range s {
		if r.Start <= raw && raw < r.End {
			return true
		}
	}
	return false
}

// ignored finds the directives in the draft's Raw bytes and the text each
// leaves out: the next line, or from the comment to the end of the next
// block that holds text. In plain text a directive counts only on a line
// of its own, so that a story about HTML comments is not cut short.
func ignored(src *source.Source) skipped {
	raw := src.Raw
	var out skipped
	for _, loc := range directive.FindAllSubmatchIndex(raw, -1) {
		start, end := loc[0], loc[1]
		lineStart := bytes.LastIndexByte(raw[:start], '\n') + 1
		lineEnd := len(raw)
		if i := bytes.IndexByte(raw[end:], '\n'); i >= 0 {
			lineEnd = end + i
		}
		if src.Format == source.PlainText &&
			(len(bytes.TrimSpace(raw[lineStart:start])) > 0 || len(bytes.TrimSpace(raw[end:lineEnd])) > 0) {
			continue
		}
		if loc[2] >= 0 { // -next-line
			if lineEnd == len(raw) {
				continue
			}
			next := lineEnd + 1
			nextEnd := len(raw)
			if i := bytes.IndexByte(raw[next:], '\n'); i >= 0 {
				nextEnd = next + i
			}
			out = append(out, source.Range{Start: next, End: nextEnd + 1})
			continue
		}
		first := sort.Search(len(src.Blocks), func(i int) bool { return src.RawEnd(src.Blocks[i].End) > end })
		for _, b := range src.Blocks[first:] {
			if strings.TrimSpace(src.Text[b.Start:b.End]) != "" {
				out = append(out, source.Range{Start: end, End: src.RawEnd(b.End)})
				break
			}
		}
	}
	return out
}

// makeID makes a claim's id from its kind letter, speaker and first words.
func makeID(kind, speaker, text string) string {
	parts := []string{kind}
	parts = append(parts, slugWords(speaker, 6, 0)...)
	if w := slugWords(text, 4, 10); len(w) > 0 {
		parts = append(parts, w...)
	}
	return strings.Join(parts, "-")
}

// slugWords returns the first words of s as id pieces: folded to ASCII
// letters and digits, lower case, without "a", "an" and "the". It stops
// after max words, or once the words hold enough letters (when enough > 0).
func slugWords(s string, max, enough int) []string {
	var out []string
	n := 0
	for _, w := range strings.FieldsFunc(norm.NFKD.String(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '/' || r == '—' || r == '–'
	}) {
		var b strings.Builder
		for _, r := range w {
			switch {
			case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
				b.WriteRune(r)
			case r >= 'A' && r <= 'Z':
				b.WriteRune(unicode.ToLower(r))
			}
		}
		word := b.String()
		switch word {
		case "", "a", "an", "the":
			continue
		}
		out = append(out, word)
		n += len(word)
		if len(out) == max || (enough > 0 && n >= enough) {
			break
		}
	}
	return out
}
