package report

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verity-news/verity/verify"
)

// writeMarkdown writes a GitHub-flavoured Markdown table, one claim a row,
// then the summary line. tablewriter's Markdown renderer escapes nothing,
// so the table is written here: every cell goes through mdCell.
func writeMarkdown(w io.Writer, r *verify.Report) error {
	var b strings.Builder
	b.WriteString("| ID | Verdict | Reason | Speaker | Claim | Evidence | Message |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for i := range r.Results {
		res := &r.Results[i]
		var ev []string
		for j := range res.Evidence {
			ev = append(ev, evidenceLoc(&res.Evidence[j]))
		}
		row := []string{
			res.ID,
			res.Verdict.String(),
			string(res.Reason),
			res.Speaker,
			res.Text,
			strings.Join(ev, "\n"),
			message(res),
		}
		b.WriteString("|")
		for _, c := range row {
			b.WriteString(" ")
			b.WriteString(mdCell(c))
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(mdCell(summaryLine(r)))
	b.WriteString("\n")
	if l := incompleteLine(r); l != "" {
		b.WriteString("\n**")
		b.WriteString(mdCell(l))
		b.WriteString("**\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell escapes s for one cell of a GFM table: line breaks become <br>,
// the ASCII punctuation that Markdown or HTML would interpret (| \ ` * _ [
// ] < > ~ &) gets a backslash, so "<script>" and "a|b" show as written, and
// other control characters and invalid UTF-8 become U+FFFD.
func mdCell(s string) string {
	s = strings.TrimSpace(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s))
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\n':
			b.WriteString("<br>")
		case r == utf8.RuneError && isInvalid(s, i), unicode.IsControl(r) && r != '\t', isBidi(r):
			b.WriteRune(unicode.ReplacementChar)
		case r == '\t':
			b.WriteByte(' ')
		case strings.ContainsRune("|\\`*_[]<>~&", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
