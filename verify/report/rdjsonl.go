package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/verity-news/verity/verify"
)

// maxRDLine bounds one rdjsonl line, newline included: reviewdog reads
// lines with a bufio.Scanner, whose default limit is 64 KiB.
const maxRDLine = 64*1024 - 1

type rdDiagnostic struct {
	Message  string      `json:"message"`
	Location *rdLocation `json:"location,omitempty"`
	Severity string      `json:"severity"`
	Source   rdSource    `json:"source"`
	Code     rdCode      `json:"code"`
}

type rdLocation struct {
	Path  string   `json:"path"`
	Range *rdRange `json:"range,omitempty"`
}

type rdRange struct {
	Start rdPosition `json:"start"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column,omitempty"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdCode struct {
	Value string `json:"value"`
}

var rdSeverity = map[verify.Verdict]string{
	verify.Supported:    "INFO",
	verify.Contradicted: "ERROR",
	verify.Missing:      "WARNING",
}

// writeRDJSONL writes reviewdog's rdjsonl: one Diagnostic per claim, one
// JSON object a line, severity ERROR (contradicted), WARNING (missing) or
// INFO (supported; reviewdog's -level or -fail-level can drop those), code
// the reason, message the result's detail. The location is the claim in its
// claims file (none when unknown). When sources were left out, a last
// WARNING with code "incomplete" and no location says which.
//
// Columns are Unicode code points as everywhere in verity; reviewdog counts
// UTF-8 bytes, so on a line with non-ASCII text before the claim the column
// is smaller than reviewdog's.
//
// Each line stays under 64 KiB: a longer message is cut, ending with
// "… [shortened: N of M bytes]".
func writeRDJSONL(w io.Writer, r *verify.Report, opt Options) error {
	var out bytes.Buffer
	for i := range r.Results {
		res := &r.Results[i]
		sev, ok := rdSeverity[res.Verdict]
		if !ok {
			sev = "WARNING"
		}
		d := rdDiagnostic{
			Message:  detail(res),
			Severity: sev,
			Source:   rdSource{Name: "verity", URL: verityURI},
			Code:     rdCode{Value: string(res.Reason)},
		}
		if f := claimFile(res, opt); f != "" && f != "-" {
			d.Location = &rdLocation{Path: f}
			if res.Line > 0 {
				d.Location.Range = &rdRange{Start: rdPosition{Line: res.Line, Column: res.Column}}
			}
		}
		line, err := rdLine(d)
		if err != nil {
			return err
		}
		out.Write(line)
	}
	if l := incompleteLine(r); l != "" {
		line, err := rdLine(rdDiagnostic{
			Message:  l,
			Severity: "WARNING",
			Source:   rdSource{Name: "verity", URL: verityURI},
			Code:     rdCode{Value: "incomplete"},
		})
		if err != nil {
			return err
		}
		out.Write(line)
	}
	_, err := w.Write(out.Bytes())
	return err
}

// rdLine marshals d as one line, shortening its message, and then its
// path, until the line fits in maxRDLine.
func rdLine(d rdDiagnostic) ([]byte, error) {
	full := d.Message
	for budget := len(full); ; budget /= 2 {
		b, err := marshalLine(d)
		if err != nil {
			return nil, err
		}
		if len(b) <= maxRDLine {
			return b, nil
		}
		if budget == 0 {
			if d.Location == nil || d.Location.Path == "" {
				return nil, fmt.Errorf("rdjsonl: diagnostic too long")
			}
			d.Location.Path = cutBytes(d.Location.Path, len(d.Location.Path)/2)
			continue
		}
		cut := cutBytes(full, budget)
		d.Message = cut + fmt.Sprintf("… [shortened: %d of %d bytes]", len(cut), len(full))
	}
}

func marshalLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// cutBytes cuts s to at most n bytes without splitting a UTF-8 sequence.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
