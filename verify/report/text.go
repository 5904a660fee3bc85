package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verity-news/verity/verify"
)

// summaryLine counts the verdicts: "3 claims: 2 supported, 1 contradicted,
// 0 missing".
func summaryLine(r *verify.Report) string {
	s := r.Summary
	noun := "claims"
	if s.Total == 1 {
		noun = "claim"
	}
	return fmt.Sprintf("%d %s: %d supported, %d contradicted, %d missing",
		s.Total, noun, s.Supported, s.Contradicted, s.Missing)
}

// incompleteLine says which sources were skipped, or is empty when the
// report is complete: "INCOMPLETE: 2 sources could not be read: a.txt, b.txt".
func incompleteLine(r *verify.Report) string {
	if !r.Incomplete && len(r.Skipped) == 0 {
		return ""
	}
	switch len(r.Skipped) {
	case 0:
		return "INCOMPLETE: some sources could not be read"
	case 1:
		return "INCOMPLETE: 1 source could not be read: " + r.Skipped[0]
	}
	return fmt.Sprintf("INCOMPLETE: %d sources could not be read: %s",
		len(r.Skipped), strings.Join(r.Skipped, ", "))
}

// claimFile is the file a result's Line and Column refer to.
func claimFile(res *verify.Result, opt Options) string {
	if res.File != "" {
		return res.File
	}
	return opt.ClaimsFile
}

// evidenceLoc writes "source:line:column", leaving out unknown (zero) parts.
func evidenceLoc(e *verify.Evidence) string {
	s := e.Source
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
		if e.Column > 0 {
			s += ":" + strconv.Itoa(e.Column)
		}
	}
	return s
}

// message is the result's message, or its verdict and reason when the
// verifier gave none.
func message(res *verify.Result) string {
	if res.Message != "" {
		return res.Message
	}
	return fmt.Sprintf("%s (%s)", res.Verdict, res.Reason)
}

// detailEvidenceWidth bounds each evidence text in detail, in runes; the
// JSON, CSV and SARIF formats carry it whole.
const detailEvidenceWidth = 400

// quoted puts s in curly quotes unless it already starts with a quote mark.
func quoted(s string) string {
	if strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "«") || strings.HasPrefix(s, "‘") {
		return s
	}
	return "“" + s + "”"
}

// detail describes a result over several lines, for the formats that show
// one message per claim (github, JUnit, rdjsonl): the message, the claim,
// and each piece of evidence.
func detail(res *verify.Result) string {
	var b strings.Builder
	b.WriteString(message(res))
	b.WriteString("\nclaim: ")
	b.WriteString(quoted(res.Text))
	if res.Speaker != "" {
		b.WriteString(" (")
		b.WriteString(res.Speaker)
		b.WriteString(")")
	}
	for i := range res.Evidence {
		e := &res.Evidence[i]
		b.WriteString("\nevidence: ")
		b.WriteString(evidenceLoc(e))
		if e.Speaker != "" {
			b.WriteString(" (")
			b.WriteString(e.Speaker)
			b.WriteString(")")
		}
		b.WriteString(": ")
		b.WriteString(quoted(shorten(e.Text, detailEvidenceWidth)))
	}
	return b.String()
}

// oneLine makes s safe and compact for one terminal or table cell:
// whitespace runs (line breaks included) become one space; control
// characters, invalid UTF-8 and bidirectional overrides (which could
// reorder or hide what the reader sees) become U+FFFD.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for i, r := range s {
		switch {
		case r == utf8.RuneError && isInvalid(s, i):
			r = unicode.ReplacementChar
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || isBidi(r):
			r = unicode.ReplacementChar
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isInvalid(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n <= 1
}

// isBidi reports the explicit directional formatting characters.
func isBidi(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// shorten cuts s to at most n runes, ending with "…" when it cut,
// preferably at a space in the last quarter so a word isn't split.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	cut, k := 0, 0
	for i := range s {
		if k == n-1 {
			cut = i
			break
		}
		k++
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > 0 && utf8.RuneCountInString(head[sp:]) <= n/4 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ") + "…"
}
