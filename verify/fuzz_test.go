package verify_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify"
	"github.com/verity-news/verity/verify/report"
	"github.com/verity-news/verity/verify/source"
)

// FuzzCheck runs the whole pipeline on a random source and a random claim:
// no panic; evidence inside its source; the same result twice; and every
// report format well-formed whatever the texts hold.
func FuzzCheck(f *testing.F) {
	f.Add("Home Secretary Priti Patel said: “It keeps our citizens safe.”", "a.txt", "It keeps our citizens safe", "Priti Patel", true)
	f.Add("<p>Mr Habeck told reporters: <q>We want chips.</q></p>", "b.html", "We want chips", "Robert Habeck", true)
	f.Add("> We will not rest.\n\n“Nine ships,” he said.", "c.md", "nine ships", "", false)
	f.Add("Prices rose 5% to £24bn on 21 September 2018.", "d.txt", "Prices fell 4% to £25bn", "", false)
	f.Add("The breach affected:\n\n- 1.4 million in the US\n- about a quarter in the UK\n", "f.md", "1.4 million affected were in the US", "", false)
	f.Add("Cards were taken, but passwords were not. It reported £2m at 6.42pm; it could fine them.", "g.txt", "Bayline reported £2m at 18:42 and fined them", "", false)
	f.Add("Bricks don't build homes. Sterling fell 0.6%, while the FTSE 100, which has no cap, rose 25 basis points.", "h.txt", "After that the FTSE 100 climbed a quarter of a percentage point", "", false)
	f.Add("Tenants get 8 weeks, up from 4 weeks; the fund cost over £3m in 2023 and £5m in 2024.", "i.txt", "In 2024 the fund cost £3m, up from 8 weeks", "", false)
	f.Add("\"%0A::error ::x\",\" said \"<script>", "e.txt", "=cmd|' /C calc'!A0", "a,b\nc", false)
	f.Fuzz(func(t *testing.T, text, name, claimText, speaker string, verbatim bool) {
		if name == "" || strings.ContainsAny(name, "/\\\x00") {
			name = "s.txt"
		}
		src, err := source.Parse(name, []byte(text))
		if err != nil {
			return // binary input is refused, not checked
		}
		if strings.TrimSpace(claimText) == "" || !utf8.ValidString(claimText) || !utf8.ValidString(speaker) {
			return // the claims schema refuses these
		}
		cf := &claims.File{Name: "claims.json", Claims: []claims.Claim{{ID: "c1", Text: claimText, Speaker: speaker, Verbatim: verbatim}}}
		corpus, err := verify.NewCorpus(context.Background(), []*source.Source{src})
		if err != nil {
			t.Fatal(err)
		}
		res, err := corpus.Check(context.Background(), cf)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := corpus.Check(context.Background(), cf)
		a, _ := json.Marshal(res)
		b, _ := json.Marshal(again)
		if !bytes.Equal(a, b) {
			t.Fatalf("two checks differ:\n%s\n%s", a, b)
		}
		for _, ev := range res[0].Evidence {
			if ev.Start < 0 || ev.Start > ev.End || ev.End > len(src.Raw) {
				t.Fatalf("evidence [%d,%d) outside a source of %d bytes", ev.Start, ev.End, len(src.Raw))
			}
		}
		rep := verify.NewReport(res)
		for _, format := range report.Formats() {
			var out bytes.Buffer
			if err := report.Write(&out, format, rep, report.Options{ClaimsFile: "claims.json"}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			wellFormed(t, format, out.Bytes())
		}
	})
}

// wellFormed checks that a rendered report parses as its format says.
func wellFormed(t *testing.T, f report.Format, out []byte) {
	t.Helper()
	switch f {
	case report.JSON, report.SARIF:
		if !json.Valid(out) {
			t.Fatalf("%s: not valid JSON:\n%s", f, out)
		}
	case report.RDJSONL:
		for _, line := range bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) {
			if !json.Valid(line) {
				t.Fatalf("rdjsonl: a line is not JSON: %s", line)
			}
		}
	case report.CSV:
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil || len(rows) < 2 {
			t.Fatalf("csv: %v (%d rows)", err, len(rows))
		}
	case report.JUnit:
		d := xml.NewDecoder(bytes.NewReader(out))
		for {
			_, err := d.Token()
			if err != nil {
				if err.Error() == "EOF" {
					break
				}
				t.Fatalf("junit: %v\n%s", err, out)
			}
		}
	case report.GitHub:
		for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
			if line != "" && !strings.HasPrefix(line, "::") {
				t.Fatalf("github: a line that is no workflow command: %q", line)
			}
		}
	case report.Markdown:
		for _, line := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(line, "|") && !strings.HasSuffix(line, "|") {
				t.Fatalf("markdown: a table row broken across lines: %q", line)
			}
		}
	}
}
