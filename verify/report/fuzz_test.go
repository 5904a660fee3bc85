package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/verity-news/verity/verify"
)

var (
	sarifSchemaOnce sync.Once
	sarifSchemaC    *jsonschema.Schema
)

func sarifValidator(t testing.TB) *jsonschema.Schema {
	sarifSchemaOnce.Do(func() {
		data, err := os.ReadFile("../../testdata/report/sarif-schema-2.1.0.json")
		if err != nil {
			t.Fatal(err)
		}
		sarifSchemaC = compileSchema(t, sarifSchemaID, data)
	})
	return sarifSchemaC
}

// FuzzFormats renders a report built from random strings in every format
// and checks each format's invariants: it parses back, the text survives
// (as the format documents it), and nothing breaks a line or a cell.
func FuzzFormats(f *testing.F) {
	f.Add("wallace-budget", "£24 billion", "Ben Wallace", "Ben Wallace's words in a.txt:23", "a.txt", "The extra £24 billion…", "note", "claims.json", 0, 3, 5)
	f.Add("x|y", "a\nb|c", "", "100%: a, b\r\n::error::x", "dir/ü,x.txt", "<script>&</script>", "=1+2", "", 1, 0, 0)
	f.Add("-", "\x00\x1b[31m", "\u202e", "\xff\xfe", "\\|", "\\", "@x", "C:\\drafts\\a b.md", 2, 1, 1)
	f.Add("", "", "", "", "", "", "", "-", 1, -1, -1)
	f.Fuzz(func(t *testing.T, id, text, speaker, msg, source, evidence, note, file string, verdict, line, col int) {
		v := verify.Verdict(uint(verdict) % 3)
		var reasons []verify.Reason
		for _, r := range verify.Reasons {
			if r.Verdict() == v {
				reasons = append(reasons, r)
			}
		}
		res := verify.Result{
			ID: id, Text: text, Speaker: speaker, Note: note, Message: msg,
			Verdict: v, Reason: reasons[uint(line)%uint(len(reasons))], Score: 0.5,
			File: file, Line: max(line, 0), Column: max(col, 0),
		}
		if source != "" || evidence != "" {
			res.Evidence = []verify.Evidence{{Source: source, Line: max(col, 0), Column: max(line, 0), Start: 1, End: 1 + len(evidence), Speaker: speaker, Text: evidence}}
		}
		other := verify.Result{ID: "other", Text: "t", Verdict: verify.Contradicted, Reason: verify.Negated, Message: "m", Line: 1, Column: 1}
		r := verify.NewReport([]verify.Result{res, other})
		if len(source)%2 == 1 {
			r.Incomplete, r.Skipped = true, []string{source}
		}
		opt := Options{ClaimsFile: "claims.json", ToolVersion: "fuzz"}

		// JSON parses, and valid text comes back as it went in.
		out := render(t, JSON, r, opt)
		var back verify.Report
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("JSON: %v\n%s", err, out)
		}
		for _, p := range [][2]string{{back.Results[0].ID, id}, {back.Results[0].Text, text}, {back.Results[0].Message, msg}} {
			if utf8.ValidString(p[1]) && p[0] != p[1] {
				t.Errorf("JSON: %q came back as %q", p[1], p[0])
			}
		}

		// CSV reads back the same cells.
		rows, err := csv.NewReader(bytes.NewReader(render(t, CSV, r, opt))).ReadAll()
		if err != nil {
			t.Fatalf("CSV: %v", err)
		}
		wantRows := 3
		if r.Incomplete {
			wantRows++
		}
		if len(rows) != wantRows {
			t.Fatalf("CSV: %d rows, want %d", len(rows), wantRows)
		}
		if r.Incomplete && (rows[3][1] != "incomplete" || rows[3][9] != csvText(incompleteLine(r))) {
			t.Errorf("CSV: last row %q does not mark the report incomplete", rows[3])
		}
		for col, want := range map[int]string{0: csvText(id), 3: csvText(speaker), 9: csvText(message(&res)), 10: csvText(note)} {
			if rows[1][col] != want {
				t.Errorf("CSV %s: %q, want %q", csvHeader[col], rows[1][col], want)
			}
		}
		if len(res.Evidence) > 0 && rows[1][8] != csvText(evidence) {
			t.Errorf("CSV evidence: %q, want %q", rows[1][8], csvText(evidence))
		}

		// Markdown: one row per claim, each with as many cells as the header.
		checkMarkdown(t, string(render(t, Markdown, r, opt)), 2)

		// SARIF is valid JSON and valid SARIF.
		if err := sarifValidator(t).Validate(decode(t, render(t, SARIF, r, opt))); err != nil {
			t.Errorf("SARIF: %#v", err)
		}

		// JUnit parses and keeps the message (XML-safe).
		s := parseJUnit(t, render(t, JUnit, r, opt))
		c := s.Suites[0].Cases[0]
		if xmlSafe(id) != c.Name {
			t.Errorf("JUnit name %q, want %q", c.Name, xmlSafe(id))
		}
		if v != verify.Supported && (c.Failure == nil || c.Failure.Message != xmlSafe(message(&res))) {
			t.Errorf("JUnit failure %+v, want message %q", c.Failure, xmlSafe(message(&res)))
		}

		// GitHub: one line per annotation, each a command, data round-trips.
		gh := string(render(t, GitHub, r, opt))
		want := 1 // the contradicted "other"
		if v != verify.Supported {
			want++
		}
		if r.Incomplete {
			want++
		}
		if n := strings.Count(gh, "\n"); n != want {
			t.Fatalf("github: %d lines, want %d:\n%s", n, want, gh)
		}
		cmds := parseGitHub(t, gh)
		if v != verify.Supported && cmds[0].data != detail(&res) {
			t.Errorf("github data %q, want %q", cmds[0].data, detail(&res))
		}

		// rdjsonl: lines parse as JSON and fit reviewdog's 64 KiB lines.
		rd := render(t, RDJSONL, r, opt)
		sc := bufio.NewScanner(bytes.NewReader(rd))
		n := 0
		for sc.Scan() {
			if !json.Valid(sc.Bytes()) {
				t.Errorf("rdjsonl line %d is not JSON: %q", n+1, sc.Bytes())
			}
			n++
		}
		if r.Incomplete && !bytes.Contains(rd, []byte(`"code":{"value":"incomplete"}`)) {
			t.Errorf("rdjsonl does not mark the report incomplete:\n%s", rd)
		}
		wantN := 2 + len(r.Skipped)
		if err := sc.Err(); err != nil || n != wantN {
			t.Errorf("rdjsonl: %d lines, error %v", n, err)
		}

		// Table: one line per claim, no control characters.
		tab := string(render(t, Table, r, Options{}))
		lines := strings.Count(tab, "\n")
		if want := 1 + 2 + 2; lines != want && !(r.Incomplete && lines == want+1) {
			t.Errorf("table: %d lines:\n%s", lines, tab)
		}
		if strings.ContainsAny(tab, "\x1b\r\x00\u202e") {
			t.Errorf("table holds a control character: %q", tab)
		}
	})
}
