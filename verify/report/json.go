package report

import (
	"encoding/json"
	"io"

	"github.com/verity-news/verity/verify"
)

// writeJSON writes the report as SPEC §5 defines it and
// schemas/report.schema.json describes it: two-space indent, a final
// newline, and no HTML escaping, so "£", "<" and "&" stay readable. Absent
// lists are written as [] rather than null.
func writeJSON(w io.Writer, r *verify.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(normalized(r))
}

// normalized returns a shallow copy of r whose Results and Evidence lists
// are non-nil.
func normalized(r *verify.Report) *verify.Report {
	c := *r
	c.Results = make([]verify.Result, len(r.Results))
	copy(c.Results, r.Results)
	for i := range c.Results {
		if c.Results[i].Evidence == nil {
			c.Results[i].Evidence = []verify.Evidence{}
		}
	}
	return &c
}
