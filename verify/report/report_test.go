package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verity-news/verity/verify"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/report/golden")

const goldenDir = "../../testdata/report/golden"

// fakeReport is a realistic report covering every reason, with the text
// that breaks naive renderers: £, curly quotes, |, line breaks, %, commas,
// <script>, a leading = and a very long evidence text.
func fakeReport() *verify.Report {
	long := strings.Repeat("The Carrier Strike Group sailed with nine ships, 32 aircraft and 3,700 personnel; ", 40)
	r := verify.NewReport([]verify.Result{
		{
			ID: "wallace-budget", Text: "£24 billion over four years", Speaker: "Ben Wallace",
			Verdict: verify.Supported, Reason: verify.Paraphrase, Score: 0.92,
			Message: "Ben Wallace's words in 002_17fa8aee8e2a43c8.txt:23",
			Evidence: []verify.Evidence{{
				Source: "002_17fa8aee8e2a43c8.txt", Line: 23, Column: 1, Start: 1870, End: 2099, Speaker: "Ben Wallace",
				Text: "The extra £24 billion of UK Defence spending over four years will modernise our forces.",
			}},
			Line: 3, Column: 5,
		},
		{
			ID: "wallace-friend", Text: "It’s no secret that the US is our closest friend", Speaker: "Ben Wallace", Verbatim: true,
			Verdict: verify.Supported, Reason: verify.Exact, Score: 1,
			Message: "Ben Wallace's words in 000_ab5c487819f5ff5e.txt:14",
			Evidence: []verify.Evidence{{
				Source: "000_ab5c487819f5ff5e.txt", Line: 14, Column: 42, Start: 980, End: 1029, Speaker: "Ben Wallace",
				Text: "“It’s no secret that the US is our closest friend,”",
			}},
			Line: 4, Column: 5,
		},
		{
			ID: "patel-defence", Text: "We will defense the realm", Speaker: "Home Secretary Priti Patel", Verbatim: true,
			Verdict: verify.Supported, Reason: verify.Variant, Score: 0.97,
			Message: "Priti Patel's words in 001_a468fed3cf8681fa.txt:8 (spelling differs)",
			Evidence: []verify.Evidence{{
				Source: "001_a468fed3cf8681fa.txt", Line: 8, Column: 12, Start: 402, End: 427, Speaker: "Priti Patel",
				Text: "We will defence the realm | whatever it takes",
			}},
			Line: 5, Column: 5, Note: "para 2 of the draft, 50% checked",
		},
		{
			ID: "lancaster-quote", Text: "the Royal Navy is back", Speaker: "Ben Wallace", Verbatim: true,
			Verdict: verify.Contradicted, Reason: verify.WrongSpeaker, Score: 0.95,
			Message: "these are Mark Lancaster's words (002_17fa8aee8e2a43c8.txt:31), not Ben Wallace's",
			Evidence: []verify.Evidence{{
				Source: "002_17fa8aee8e2a43c8.txt", Line: 31, Column: 3, Start: 2510, End: 2533, Speaker: "Mark Lancaster",
				Text: "the Royal Navy is back",
			}},
			Line: 6, Column: 5,
		},
		{
			ID: "csg21-size", Text: "Nine ships, 33 aircraft and 3,700 personnel set sail in May",
			Verdict: verify.Contradicted, Reason: verify.FigureMismatch, Score: 0.81,
			Message: "the evidence says 32 aircraft, not 33",
			Evidence: []verify.Evidence{{
				Source: "002_17fa8aee8e2a43c8.txt", Line: 5, Column: 1, Start: 310, End: 5 * 1024,
				Text: long,
			}},
			Changes: []verify.Change{{Claim: "33", Evidence: "32"}},
			Line:    7, Column: 5, Note: "para 5 of the draft",
		},
		{
			ID: "privacy-standards", Text: "the app does not meet rigorous privacy standards", Speaker: "the Home Office",
			Verdict: verify.Contradicted, Reason: verify.Negated, Score: 0.77,
			Message: "the Home Office said the opposite: \"meets rigorous privacy\nstandards\"",
			Evidence: []verify.Evidence{{
				Source: "001_a468fed3cf8681fa.txt", Line: 19, Column: 1, Start: 1203, End: 1262, Speaker: "Home Office",
				Text: "The app meets rigorous privacy\n\nstandards, the Home Office said.",
			}},
			Line: 8, Column: 5,
		},
		{
			ID: "wallace-closest", Text: "the US is our oldest friend", Speaker: "Ben Wallace", Verbatim: true,
			Verdict: verify.Contradicted, Reason: verify.AlteredQuote, Score: 0.88,
			Message: "altered quote: oldest → closest",
			Evidence: []verify.Evidence{{
				Source: "000_ab5c487819f5ff5e.txt", Line: 14, Column: 42, Start: 980, End: 1029, Speaker: "Ben Wallace",
				Text: "“It’s no secret that the US is our closest friend,”",
			}},
			Changes: []verify.Change{{Claim: "oldest", Evidence: "closest"}},
			Line:    9, Column: 5,
		},
		{
			ID: "script-claim", Text: "<script>alert(1)</script> & 100% of <b>budgets</b>, said Smith", Speaker: "Jane Smith",
			Verdict: verify.Missing, Reason: verify.Unattributed, Score: 0.64,
			Message: "the words are in 001_a468fed3cf8681fa.txt:40, but not as Jane Smith's: ::error::injected",
			Evidence: []verify.Evidence{{
				Source: "dir with space/ünïcode,file.html", Line: 40, Column: 7, Start: 3001, End: 3060,
				Text: "<script>alert(1)</script> & 100% of <b>budgets</b>\n::warning::not a command",
			}},
			Line: 10, Column: 5,
		},
		{
			ID: "formula", Text: "=HYPERLINK(\"http://evil\",\"click\")", Speaker: "",
			Verdict: verify.Missing, Reason: verify.NoEvidence, Score: 0,
			Message: "no source supports or contradicts this",
			Line:    11, Column: 5, Note: "-2+3",
		},
		{
			ID: "draft-claim", Text: "Seven-month deployment", File: "drafts/csg21.md", Line: 42, Column: 17,
			Verdict: verify.Missing, Reason: verify.NoEvidence, Score: 0.12,
			Message: "nothing found",
		},
	})
	r.Incomplete = true
	r.Skipped = []string{"a.txt", "b|c.txt"}
	return r
}

var goldenOptions = Options{ClaimsFile: "claims.json", ToolVersion: "1.0.0-test"}

// goldenName is the golden file of a format.
func goldenName(f Format) string {
	ext := map[Format]string{
		Table: "txt", JSON: "json", Markdown: "md", CSV: "csv",
		SARIF: "sarif", GitHub: "txt", JUnit: "xml", RDJSONL: "jsonl",
	}[f]
	return filepath.Join(goldenDir, "fake."+string(f)+"."+ext)
}

func render(t testing.TB, f Format, r *verify.Report, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, f, r, opt); err != nil {
		t.Fatalf("Write(%s): %v", f, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, f := range Formats() {
		t.Run(string(f), func(t *testing.T) {
			got := render(t, f, fakeReport(), goldenOptions)
			path := goldenName(f)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test -update after checking):\n%s", f, path, got)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	for _, f := range Formats() {
		a := render(t, f, fakeReport(), goldenOptions)
		b := render(t, f, fakeReport(), goldenOptions)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings of one report differ", f)
		}
	}
}

func TestFormatSet(t *testing.T) {
	for _, f := range Formats() {
		var g Format
		if err := g.Set(f.String()); err != nil || g != f {
			t.Errorf("Set(%q) = %q, %v", f, g, err)
		}
		if err := g.UnmarshalText([]byte(f)); err != nil || g != f {
			t.Errorf("UnmarshalText(%q) = %q, %v", f, g, err)
		}
	}
	var g Format
	err := g.Set("yaml")
	if err == nil || !strings.Contains(err.Error(), `"yaml"`) || !strings.Contains(err.Error(), "rdjsonl") {
		t.Errorf("Set(yaml) error = %v, want one naming the value and the formats", err)
	}
	if err := Write(&bytes.Buffer{}, "yaml", fakeReport(), Options{}); err == nil {
		t.Error("Write with an unknown format: no error")
	}
	want := []Format{"table", "json", "markdown", "csv", "sarif", "github", "junit", "rdjsonl"}
	if got := Formats(); strings.Join(fmtStrings(got), ",") != strings.Join(fmtStrings(want), ",") {
		t.Errorf("Formats() = %v, want %v", got, want)
	}
}

func fmtStrings(fs []Format) []string {
	var s []string
	for _, f := range fs {
		s = append(s, string(f))
	}
	return s
}

func TestColorDefault(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm")
	if ColorDefault(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if ColorDefault(f) {
		t.Error("a regular file is not a terminal")
	}
	// A terminal can't be made portably in a test; NO_COLOR and TERM=dumb
	// must win whatever the writer is.
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !ColorDefault(tty) {
			t.Error("/dev/tty: no colour")
		}
		t.Setenv("NO_COLOR", "1")
		if ColorDefault(tty) {
			t.Error("NO_COLOR=1: colour")
		}
		t.Setenv("NO_COLOR", "")
		t.Setenv("TERM", "dumb")
		if ColorDefault(tty) {
			t.Error("TERM=dumb: colour")
		}
	}
}
