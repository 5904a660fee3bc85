package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/verity-news/verity/verify"
)

var csvHeader = []string{"id", "verdict", "reason", "speaker", "score", "source", "line", "column", "evidence", "message", "note"}

// writeCSV writes RFC 4180 CSV (CRLF line ends, quoted fields where
// needed): a header row, then one row per claim. source, line, column and
// evidence are the claim's first (best) evidence, empty when it has none.
// When sources were left out (Report.Incomplete), a last row has no id,
// verdict "incomplete" and the INCOMPLETE line as its message.
//
// Line breaks inside a cell are written as CRLF and read back as "\n"
// (encoding/csv's reading); a lone "\r" becomes "\n" first.
//
// Spreadsheets run a cell that starts with =, +, -, @ or a tab as a formula
// ("CSV injection", OWASP), and source text is untrusted, so such text
// cells get a leading apostrophe: "=SUM(A1)" is written "'=SUM(A1)", which
// spreadsheets show as text. A program reading the CSV sees the apostrophe.
// The numeric cells (score, line, column) are verity's own and left as
// they are.
func writeCSV(w io.Writer, r *verify.Report) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for i := range r.Results {
		res := &r.Results[i]
		var source, line, column, evidence string
		if len(res.Evidence) > 0 {
			e := &res.Evidence[0]
			source, evidence = e.Source, e.Text
			if e.Line > 0 {
				line = strconv.Itoa(e.Line)
			}
			if e.Column > 0 {
				column = strconv.Itoa(e.Column)
			}
		}
		row := []string{
			csvText(res.ID),
			csvText(res.Verdict.String()),
			csvText(string(res.Reason)),
			csvText(res.Speaker),
			strconv.FormatFloat(res.Score, 'f', -1, 64),
			csvText(source),
			line,
			column,
			csvText(evidence),
			csvText(message(res)),
			csvText(res.Note),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	if l := incompleteLine(r); l != "" {
		// The run left sources out: a last row says so, with "incomplete"
		// where a verdict would be, so that a filter on the verdict column
		// or a reader of the last line sees it.
		row := make([]string, len(csvHeader))
		row[1], row[9] = "incomplete", csvText(l)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvText normalises line breaks to "\n" and guards against formula
// injection (see writeCSV).
func csvText(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	if s != "" && strings.ContainsRune("=+-@\t", rune(s[0])) {
		s = "'" + s
	}
	return s
}
