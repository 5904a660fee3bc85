package verify

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/verity-news/verity/verify/figure"
	"github.com/verity-news/verity/verify/words"
)

// tok is a word as the verifier compares it: a word token, a whole figure
// ("£24 billion" is one tok that compares by value), or a claim's gap.
type tok struct {
	start, end int    // byte offsets into the text tokenised
	raw        string // the text as written
	norm       string // comparison form (words.Token.Norm); a figure's canonical form
	stem       string // stem for paraphrase matching; "" for figures and gaps
	fig        *figure.Figure
	gap        bool // a claim's "…" or "[…]": matches any run of evidence words
	neg        bool // carries a negation
	stop       bool // a stopword
	proper     bool // a claim word written with a capital, not at the claim's start: a name
}

// content reports whether t counts as a content word of a paraphrase.
func (t *tok) content() bool { return !t.gap && !t.stop && !t.neg && t.fig == nil }

// sameWord is the word comparison of alignment: figures compare as values,
// words by their normalised form.
func sameWord(c, e *tok) bool {
	if c.gap || e.gap {
		return false
	}
	if c.fig != nil && e.fig != nil {
		return figure.Agree(*c.fig, *e.fig)
	}
	if c.fig != nil || e.fig != nil {
		return false
	}
	return c.norm == e.norm
}

// wordPool holds the word tokens tokens works on, which it drops when done.
var wordPool = sync.Pool{New: func() any { return new([]words.Token) }}

// tokens tokenises text into toks, each figure of figs (from figure.Parse
// on the same text) collapsed into one tok. base is added to every offset.
func tokens(text string, base int) []tok {
	return appendTokens(nil, text, base)
}

// appendTokens appends the toks of text (see tokens) to out.
func appendTokens(out []tok, text string, base int) []tok {
	wp := wordPool.Get().(*[]words.Token)
	defer func() {
		clear((*wp)[:cap(*wp)]) // the strings they hold
		wordPool.Put(wp)
	}()
	ws := words.AppendTokens((*wp)[:0], text)
	*wp = ws
	figs := figure.Parse(text)
	negs := words.Negations(ws) // ascending
	out = slices.Grow(out, len(ws))
	fi := 0
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		for fi < len(figs) && figs[fi].End <= w.Start {
			fi++
		}
		if fi < len(figs) && figs[fi].Start < w.End {
			f := &figs[fi]
			t := tok{start: base + f.Start, end: base + f.End, raw: f.Text, norm: f.String(), fig: f}
			// Skip the words the figure covers.
			for i+1 < len(ws) && ws[i+1].Start < f.End {
				i++
			}
			fi++
			out = append(out, t)
			continue
		}
		for len(negs) > 0 && negs[0] < i {
			negs = negs[1:]
		}
		out = append(out, tok{
			start: base + w.Start, end: base + w.End, raw: w.Raw, norm: w.Norm, stem: w.Stem,
			neg: len(negs) > 0 && negs[0] == i, stop: words.Stopword(w.Norm),
		})
	}
	return out
}

// claimTokens tokenises a claim's text, turning an ellipsis ("...", "…",
// ". . .") and a [bracketed] editorial insertion into gap toks.
func claimTokens(text string) []tok {
	var out []tok
	seg := 0
	flush := func(end int) {
		if end > seg {
			out = append(out, tokens(text[seg:end], seg)...)
		}
	}
	for i := 0; i < len(text); {
		n := gapAt(text, i)
		if n == 0 {
			i++
			continue
		}
		flush(i)
		if len(out) == 0 || !out[len(out)-1].gap {
			out = append(out, tok{start: i, end: i + n, raw: text[i : i+n], gap: true})
		}
		i += n
		seg = i
	}
	flush(len(text))
	for i := range out {
		t := &out[i]
		if i > 0 && t.content() && startsUpper(t.raw) {
			t.proper = true
		}
	}
	return out
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// gapAt returns the length of a gap marker at text[i:], or 0.
func gapAt(text string, i int) int {
	s := text[i:]
	switch {
	case strings.HasPrefix(s, "..."):
		return len(s) - len(strings.TrimLeft(s, "."))
	case strings.HasPrefix(s, "…"):
		return len("…")
	case strings.HasPrefix(s, ". . ."):
		return len(". . .")
	case strings.HasPrefix(s, "["):
		if j := strings.IndexByte(s, ']'); j > 0 && !strings.ContainsAny(s[:j], "\n") {
			return j + 1
		}
	}
	return 0
}
