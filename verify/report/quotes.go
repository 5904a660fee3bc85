package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/verity-news/verity/verify/quote"
	"github.com/verity-news/verity/verify/source"
)

// Quote is one quote span as `verity quotes --format json` prints it
// (SPEC §5).
type Quote struct {
	Source  string        `json:"source"`
	Start   int           `json:"start"`  // byte offset into the source file, inclusive
	End     int           `json:"end"`    // byte offset into the source file, exclusive
	Line    int           `json:"line"`   // 1-based line of Start
	Column  int           `json:"column"` // 1-based column of Start, in code points
	Text    string        `json:"text"`
	Speaker string        `json:"speaker"`
	Mention *QuoteMention `json:"mention"`
	Cue     string        `json:"cue"`
	Kind    string        `json:"kind"`
}

// QuoteMention is the words naming a quote's speaker.
type QuoteMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quotes is the document `verity quotes --format json` prints.
type Quotes struct {
	Version int     `json:"version"`
	Quotes  []Quote `json:"quotes"`
}

// NewQuotes lists the spans of each source, sources in order.
func NewQuotes(srcs []*source.Source, spans [][]quote.Span) *Quotes {
	q := &Quotes{Version: 1, Quotes: []Quote{}}
	for i, src := range srcs {
		for _, sp := range spans[i] {
			pos := src.Pos(sp.Start)
			out := Quote{
				Source: sp.Source, Start: sp.Start, End: sp.End, Line: pos.Line, Column: pos.Column,
				Text: sp.Text, Speaker: sp.Speaker, Cue: sp.Cue, Kind: sp.Kind.String(),
			}
			if sp.Mention != nil {
				out.Mention = &QuoteMention{Start: sp.Mention.Start, End: sp.Mention.End, Text: sp.Mention.Text}
			}
			q.Quotes = append(q.Quotes, out)
		}
	}
	return q
}

// Widths of the quotes table's cells, in runes.
const (
	quoteSourceWidth  = 28
	quoteSpeakerWidth = 20
	quoteTextWidth    = 70
)

// WriteQuotes writes quote spans as a table or JSON (the only formats
// `verity quotes` has).
func WriteQuotes(w io.Writer, f Format, q *Quotes) error {
	switch f {
	case JSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(q)
	case Table:
	default:
		return fmt.Errorf("verity quotes writes table or json, not %s", f)
	}
	var buf bytes.Buffer
	t := newTable(&buf)
	t.Header("SOURCE", "LINE", "SPEAKER", "CUE", "KIND", "QUOTE")
	for _, x := range q.Quotes {
		if err := t.Append(
			shortenPath(oneLine(x.Source), quoteSourceWidth),
			strconv.Itoa(x.Line),
			orDash(shorten(oneLine(x.Speaker), quoteSpeakerWidth)),
			orDash(oneLine(x.Cue)),
			x.Kind,
			shorten(oneLine(x.Text), quoteTextWidth),
		); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	out := trimLines(buf.Bytes())
	noun := "quotes"
	if len(q.Quotes) == 1 {
		noun = "quote"
	}
	fmt.Fprintf(out, "\n%d %s\n", len(q.Quotes), noun)
	_, err := w.Write(out.Bytes())
	return err
}
