package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/verity-news/verity/verify"
)

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	verityURI    = "https://github.com/verity-news/verity"
	srcRoot      = "%SRCROOT%"
	fingerprintK = "claimHash/v1"
)

// sarifRules describes each reason as a SARIF rule: one rule per reason,
// in the order of verify.Reasons, so a result's ruleIndex is its reason's
// index there.
var sarifRules = map[verify.Reason]struct{ short, full, help string }{
	verify.Exact: {
		"Claim matches its evidence word for word",
		"Supported: the claim's words match the evidence as written; only whitespace and quote-mark style differ.",
		"Nothing to do.",
	},
	verify.Variant: {
		"Claim matches its evidence after normalisation",
		"Supported: the words match only after normalisation of spelling, punctuation, case or abbreviations (defence = defense, U.K. = UK).",
		"Nothing to do; for a verbatim quote, consider the source's spelling.",
	},
	verify.Paraphrase: {
		"Claim is a faithful paraphrase of its evidence",
		"Supported: the claim is not presented as verbatim, and its content words and every figure are found in one span or sentence of a source.",
		"Nothing to do; if the claim is shown in quotation marks, quote the source's exact words.",
	},
	verify.WrongSpeaker: {
		"Quote belongs to someone else",
		"Contradicted: the words are in the sources, but as another speaker's quote.",
		"Attribute the words to the speaker the evidence names, or drop the quote.",
	},
	verify.FigureMismatch: {
		"Figure differs from the evidence",
		"Contradicted: the aligned evidence states a different figure, date, unit or currency.",
		"Use the figure as the evidence states it, at the precision it is written.",
	},
	verify.Negated: {
		"Claim says the opposite of its evidence",
		"Contradicted: the aligned evidence says the opposite; a negation was added or removed.",
		"Restore the evidence's sense, or drop the claim.",
	},
	verify.AlteredQuote: {
		"Verbatim quote differs from the speaker's words",
		"Contradicted: a claim presented as a word-for-word quote whose words differ from the speaker's; the message shows the word-level difference.",
		"Quote the speaker's exact words, mark cuts with … and insertions with [brackets], or present it as reported speech.",
	},
	verify.Unattributed: {
		"Words are not the named speaker's",
		"Missing: the words are in a source, but not as that speaker's words.",
		"Check who said it: find a source that attributes the words to the speaker, or change the attribution.",
	},
	verify.NoEvidence: {
		"No evidence for the claim",
		"Missing: nothing in the allowed sources supports or contradicts the claim.",
		"Add the source the claim rests on, or remove or rewrite the claim.",
	},
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations,omitempty"`
	Results     []sarifResult     `json:"results"`
	ColumnKind  string            `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string    `json:"level"`
	Message sarifText `json:"message"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations,omitempty"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine,omitempty"`
	StartColumn int        `json:"startColumn,omitempty"`
	ByteOffset  *int       `json:"byteOffset,omitempty"`
	ByteLength  *int       `json:"byteLength,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// sarifLevel maps a verdict to a SARIF level: contradicted is an error,
// missing a warning.
func sarifLevel(v verify.Verdict) string {
	switch v {
	case verify.Contradicted:
		return "error"
	case verify.Missing:
		return "warning"
	}
	return "note"
}

// writeSARIF writes a SARIF 2.1.0 log with one run. The driver has one rule
// per reason. Only contradicted (level error) and missing (level warning)
// claims become results: GitHub code scanning shows every result as an
// alert whatever its kind, so a supported claim (kind "pass") would bury
// the problems. The table, JSON, CSV and JUnit formats keep the full
// record.
//
// A result's location is the claim in its claims file or draft
// (Result.File, else Options.ClaimsFile; none when both are empty or "-"),
// with uriBaseId %SRCROOT% when the path is relative; its evidence are
// related locations with the evidence text as snippet (and byteOffset and
// byteLength from Start and End when the line is unknown). Columns are Unicode code points
// (run.columnKind). partialFingerprints["claimHash/v1"] is the SHA-256 of
// the claim's id and text, so an alert follows its claim when lines move.
// When sources were skipped, the invocation carries a warning notification
// per skipped source.
func writeSARIF(w io.Writer, r *verify.Report, opt Options) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "verity",
			InformationURI: verityURI,
			Version:        opt.ToolVersion,
		}},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}
	for _, reason := range verify.Reasons {
		d := sarifRules[reason]
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   string(reason),
			Name:                 ruleName(reason),
			ShortDescription:     sarifText{d.short},
			FullDescription:      sarifText{d.full},
			Help:                 sarifText{d.help},
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(reason.Verdict())},
			Properties:           map[string]any{"verdict": reason.Verdict().String()},
		})
	}
	if r.Incomplete || len(r.Skipped) > 0 {
		inv := sarifInvocation{ExecutionSuccessful: true}
		for _, s := range r.Skipped {
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
				sarifNotification{Level: "warning", Message: sarifText{"source could not be read: " + s}})
		}
		if len(r.Skipped) == 0 {
			inv.ToolExecutionNotifications = []sarifNotification{{Level: "warning", Message: sarifText{incompleteLine(r)}}}
		}
		run.Invocations = []sarifInvocation{inv}
	}
	for i := range r.Results {
		res := &r.Results[i]
		if res.Verdict == verify.Supported {
			continue
		}
		sr := sarifResult{
			RuleID:  string(res.Reason),
			Level:   sarifLevel(res.Verdict),
			Message: sarifText{message(res) + "\nclaim: " + quoted(res.Text) + speakerSuffix(res.Speaker)},
			PartialFingerprints: map[string]string{
				fingerprintK: fingerprint(res),
			},
			Properties: map[string]any{
				"claimId": res.ID,
				"verdict": res.Verdict.String(),
				"score":   res.Score,
			},
		}
		if k := slices.Index(verify.Reasons, res.Reason); k >= 0 {
			sr.RuleIndex = &k
		}
		if f := claimFile(res, opt); f != "" && f != "-" {
			loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactFor(f)}}
			if res.Line > 0 {
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: res.Line, StartColumn: res.Column}
			}
			sr.Locations = []sarifLocation{loc}
		}
		for j := range res.Evidence {
			e := &res.Evidence[j]
			id := j + 1
			loc := sarifLocation{
				ID:               &id,
				PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactFor(e.Source)},
				Message:          &sarifText{"evidence" + speakerSuffix(e.Speaker)},
			}
			reg := &sarifRegion{Snippet: &sarifText{e.Text}}
			if e.Line > 0 {
				reg.StartLine, reg.StartColumn = e.Line, e.Column
			}
			// A region's text and byte properties must describe the same
			// range, and the text range of a start position alone runs to
			// the end of its line; so the byte range (which is exact) only
			// stands in when the line is unknown.
			if reg.StartLine == 0 && e.Start >= 0 && e.End > e.Start {
				off, n := e.Start, e.End-e.Start
				reg.ByteOffset, reg.ByteLength = &off, &n
			}
			if reg.StartLine > 0 || reg.ByteOffset != nil {
				loc.PhysicalLocation.Region = reg
			} else {
				// A region needs a line or an offset; without either the
				// snippet goes in the message.
				loc.Message.Text += ": " + quoted(e.Text)
			}
			sr.RelatedLocations = append(sr.RelatedLocations, loc)
		}
		run.Results = append(run.Results, sr)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func speakerSuffix(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

// ruleName turns "wrong-speaker" into "WrongSpeaker", SARIF's usual style
// for a rule's friendly name.
func ruleName(r verify.Reason) string {
	var b strings.Builder
	for _, part := range strings.Split(string(r), "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// fingerprint is a stable hash of the claim's id and text.
func fingerprint(res *verify.Result) string {
	h := sha256.New()
	h.Write([]byte(res.ID))
	h.Write([]byte{0})
	h.Write([]byte(res.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// sarifArtifactFor makes a file path a URI reference: an absolute path a
// file: URI, a relative one a relative reference resolved against
// %SRCROOT%. Characters that aren't allowed in a URI are percent-encoded.
func sarifArtifactFor(path string) sarifArtifact {
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive path
		}
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	return sarifArtifact{URI: (&url.URL{Path: p}).String(), URIBaseID: srcRoot}
}
