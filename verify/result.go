package verify

import (
	"fmt"
)

// Verdict is the outcome for one claim (SPEC §4).
type Verdict int

const (
	Supported Verdict = iota
	Contradicted
	Missing
)

var verdictNames = [...]string{"supported", "contradicted", "missing"}

func (v Verdict) String() string {
	if v < 0 || int(v) >= len(verdictNames) {
		return fmt.Sprintf("Verdict(%d)", int(v))
	}
	return verdictNames[v]
}

// MarshalText writes the verdict's name.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText reads a verdict's name.
func (v *Verdict) UnmarshalText(b []byte) error {
	for i, n := range verdictNames {
		if string(b) == n {
			*v = Verdict(i)
			return nil
		}
	}
	return fmt.Errorf("unknown verdict %q (want supported, contradicted or missing)", b)
}

// Reason says why a claim got its verdict (SPEC §4).
type Reason string

const (
	Exact          Reason = "exact"           // supported: the words as written
	Variant        Reason = "variant"         // supported: equal after normalisation
	Paraphrase     Reason = "paraphrase"      // supported: content words and figures in one span
	WrongSpeaker   Reason = "wrong-speaker"   // contradicted: someone else's quote
	FigureMismatch Reason = "figure-mismatch" // contradicted: a different figure
	Negated        Reason = "negated"         // contradicted: a negation added or removed
	AlteredQuote   Reason = "altered-quote"   // contradicted: a verbatim quote with other words
	Unattributed   Reason = "unattributed"    // missing: the words, but not the speaker's
	NoEvidence     Reason = "no-evidence"     // missing: nothing found
)

// Reasons lists every reason in the order of SPEC §4's table.
var Reasons = []Reason{Exact, Variant, Paraphrase, WrongSpeaker, FigureMismatch, Negated, AlteredQuote, Unattributed, NoEvidence}

// Verdict returns the verdict a reason belongs to.
func (r Reason) Verdict() Verdict {
	switch r {
	case Exact, Variant, Paraphrase:
		return Supported
	case WrongSpeaker, FigureMismatch, Negated, AlteredQuote:
		return Contradicted
	}
	return Missing
}

// Evidence is a passage of a source that a verdict rests on.
type Evidence struct {
	Source  string `json:"source"`            // the source's name
	Line    int    `json:"line"`              // 1-based line of Start
	Column  int    `json:"column"`            // 1-based column of Start, in Unicode code points
	Start   int    `json:"start"`             // byte offset into the source file, inclusive
	End     int    `json:"end"`               // byte offset into the source file, exclusive
	Speaker string `json:"speaker,omitempty"` // the speaker, when the evidence is a quote
	Text    string `json:"text"`              // the evidence text as a reader sees it
}

// Change is one word-level difference between a claim and its evidence:
// Claim words where the evidence has Evidence words. One side is empty for
// an insertion or a deletion.
type Change struct {
	Claim    string `json:"claim"`
	Evidence string `json:"evidence"`
}

// Result is the verdict on one claim.
type Result struct {
	ID       string     `json:"id"`
	Text     string     `json:"text"`
	Speaker  string     `json:"speaker,omitempty"`
	Verbatim bool       `json:"verbatim,omitempty"`
	Note     string     `json:"note,omitempty"`
	Verdict  Verdict    `json:"verdict"`
	Reason   Reason     `json:"reason"`
	Score    float64    `json:"score"` // alignment strength in [0,1]; 0 when nothing aligned
	Message  string     `json:"message"`
	Evidence []Evidence `json:"evidence"`
	// Changes lists the word-level differences of an altered-quote or a
	// figure-mismatch, claim words against evidence words.
	Changes []Change `json:"changes,omitempty"`

	// Line and Column locate the claim in its claims file or draft (1-based,
	// columns in code points); File names that file.
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

// Summary counts results by verdict.
type Summary struct {
	Total        int `json:"total"`
	Supported    int `json:"supported"`
	Contradicted int `json:"contradicted"`
	Missing      int `json:"missing"`
}

// Report is the outcome of one check run: what --format json prints.
type Report struct {
	Version int      `json:"version"` // report format version, 1
	Summary Summary  `json:"summary"`
	Results []Result `json:"results"`
	// Incomplete is true when some sources could not be read and were
	// skipped (--skip-unreadable); Skipped names them.
	Incomplete bool     `json:"incomplete,omitempty"`
	Skipped    []string `json:"skipped,omitempty"`
}

// NewReport wraps results, counting them.
func NewReport(results []Result) *Report {
	r := &Report{Version: 1, Results: results}
	if r.Results == nil {
		r.Results = []Result{}
	}
	for _, res := range results {
		r.Summary.Total++
		switch res.Verdict {
		case Supported:
			r.Summary.Supported++
		case Contradicted:
			r.Summary.Contradicted++
		default:
			r.Summary.Missing++
		}
	}
	return r
}
