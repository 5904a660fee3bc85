package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/verity-news/verity/verify"
)

// Cell widths of the table, in runes. Cells never wrap: a longer value is
// shortened with "…", so each claim stays on one line and the columns line
// up. The full text is in the machine formats.
const (
	tableIDWidth       = 24
	tableSpeakerWidth  = 20
	tableEvidenceWidth = 36
	tableMessageWidth  = 60
)

// ANSI colours of the verdicts.
var verdictColor = map[verify.Verdict]string{
	verify.Supported:    "\x1b[32m", // green
	verify.Contradicted: "\x1b[31m", // red
	verify.Missing:      "\x1b[33m", // yellow
}

const ansiReset = "\x1b[0m"

// writeTable writes borderless aligned columns (like kubectl or docker ps),
// one claim a line, then the summary line and, when sources were skipped,
// the INCOMPLETE line.
func writeTable(w io.Writer, r *verify.Report, opt Options) error {
	var buf bytes.Buffer
	t := newTable(&buf)
	t.Header("ID", "AT", "VERDICT", "REASON", "SPEAKER", "EVIDENCE", "MESSAGE")
	for i := range r.Results {
		res := &r.Results[i]
		verdict := res.Verdict.String()
		if c, ok := verdictColor[res.Verdict]; ok && opt.Color {
			verdict = c + verdict + ansiReset
		}
		ev := "-"
		if len(res.Evidence) > 0 {
			ev = shortenPath(oneLine(evidenceLoc(&res.Evidence[0])), tableEvidenceWidth)
			if n := len(res.Evidence) - 1; n > 0 {
				ev += " (+" + strconv.Itoa(n) + ")"
			}
		}
		speaker := "-"
		if res.Speaker != "" {
			speaker = shorten(oneLine(res.Speaker), tableSpeakerWidth)
		}
		if err := t.Append(
			orDash(shorten(oneLine(res.ID), tableIDWidth)),
			claimAt(res),
			verdict,
			orDash(oneLine(string(res.Reason))),
			speaker,
			ev,
			shorten(oneLine(message(res)), tableMessageWidth),
		); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	out := trimLines(buf.Bytes())
	fmt.Fprintf(out, "\n%s\n", summaryLine(r))
	if l := incompleteLine(r); l != "" {
		fmt.Fprintln(out, oneLine(l))
	}
	_, err := w.Write(out.Bytes())
	return err
}

// shortenPath shortens "source:line:col" to n runes by cutting the start
// of the source name, so the file's own name and the position stay.
func shortenPath(s string, n int) string {
	k := utf8.RuneCountInString(s)
	if k <= n {
		return s
	}
	if n < 2 {
		return shorten(s, n)
	}
	for i := range s {
		if k <= n-1 {
			return "…" + s[i:]
		}
		k--
	}
	return "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// newTable returns a borderless table of aligned columns (like kubectl or
// docker ps) whose cells never wrap.
func newTable(w io.Writer) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleNone),
			Settings: tw.Settings{
				Lines:      tw.LinesNone,
				Separators: tw.SeparatorsNone,
			},
		})),
		tablewriter.WithConfig(tablewriter.Config{
			Header: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone, AutoFormat: tw.Off},
				Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
				Padding:    tw.CellPadding{Global: tw.Padding{Left: "", Right: "  ", Overwrite: true}},
			},
			Row: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
				Padding:    tw.CellPadding{Global: tw.Padding{Left: "", Right: "  ", Overwrite: true}},
			},
		}),
		tablewriter.WithTrimSpace(tw.Off),
	)
}

// trimLines drops the blanks that pad the last column of every line.
func trimLines(b []byte) *bytes.Buffer {
	var out bytes.Buffer
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if line == "" {
			continue
		}
		out.WriteString(strings.TrimRight(line, " \n"))
		out.WriteString("\n")
	}
	return &out
}

// claimAt is where the claim stands in its claims file or draft,
// "line:column", or "-" when unknown.
func claimAt(res *verify.Result) string {
	if res.Line <= 0 {
		return "-"
	}
	return strconv.Itoa(res.Line) + ":" + strconv.Itoa(res.Column)
}
