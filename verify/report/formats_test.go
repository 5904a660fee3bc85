package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/verity-news/verity/verify"
)

// ghUnescape undoes @actions/core's escaping, as the runner does.
func ghUnescape(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

type ghCommand struct {
	name  string
	props map[string]string
	data  string
}

// parseGitHub parses workflow command lines as the runner does.
func parseGitHub(t testing.TB, out string) []ghCommand {
	t.Helper()
	var cmds []ghCommand
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		if !strings.HasPrefix(line, "::") {
			t.Fatalf("line does not start with '::': %q", line)
		}
		head, data, ok := strings.Cut(line[2:], "::")
		if !ok {
			t.Fatalf("no '::' ends the command: %q", line)
		}
		name, props, _ := strings.Cut(head, " ")
		c := ghCommand{name: name, props: map[string]string{}, data: ghUnescape(data)}
		if props != "" {
			for _, p := range strings.Split(props, ",") {
				k, v, _ := strings.Cut(p, "=")
				c.props[k] = ghUnescape(v)
			}
		}
		cmds = append(cmds, c)
	}
	return cmds
}

func TestGitHubRoundTrip(t *testing.T) {
	msg := "100% sure: a, b\nand c\r\n::error::not a command %0A"
	r := verify.NewReport([]verify.Result{
		{ID: "a", Text: "t", Verdict: verify.Supported, Reason: verify.Exact, Message: "fine"},
		{ID: "b", Text: "t", Verdict: verify.Contradicted, Reason: verify.Negated, Message: msg, Line: 2, Column: 3},
		{ID: "c", Text: "t", Verdict: verify.Missing, Reason: verify.NoEvidence, Message: msg, File: "d:r,a%ft.md"},
	})
	out := string(render(t, GitHub, r, Options{ClaimsFile: "claims.json"}))
	if n := strings.Count(out, "\n"); n != 2 {
		t.Fatalf("%d lines, want 2 (supported claims make no annotation):\n%s", n, out)
	}
	cmds := parseGitHub(t, out)
	if cmds[0].name != "error" || cmds[1].name != "warning" {
		t.Errorf("commands %q, %q: want error, warning", cmds[0].name, cmds[1].name)
	}
	if !strings.HasPrefix(cmds[0].data, msg+"\n") {
		t.Errorf("message did not round-trip: %q", cmds[0].data)
	}
	if got := cmds[0].props; got["file"] != "claims.json" || got["line"] != "2" || got["col"] != "3" {
		t.Errorf("properties %v", got)
	}
	if got := cmds[1].props["file"]; got != "d:r,a%ft.md" {
		t.Errorf("file property did not round-trip: %q", got)
	}
	if _, ok := cmds[1].props["line"]; ok {
		t.Error("unknown line written")
	}
}

func TestGitHubGolden(t *testing.T) {
	cmds := parseGitHub(t, string(render(t, GitHub, fakeReport(), goldenOptions)))
	r := fakeReport()
	if want := r.Summary.Contradicted + r.Summary.Missing + 1; len(cmds) != want {
		t.Errorf("%d annotations, want %d", len(cmds), want)
	}
	last := cmds[len(cmds)-1]
	if last.name != "warning" || !strings.HasPrefix(last.data, "INCOMPLETE: 2 sources") {
		t.Errorf("last annotation = %+v, want the INCOMPLETE warning", last)
	}
}

type xSuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Suites   []struct {
		Name       string `xml:"name,attr"`
		Tests      int    `xml:"tests,attr"`
		Failures   int    `xml:"failures,attr"`
		Errors     int    `xml:"errors,attr"`
		Skipped    int    `xml:"skipped,attr"`
		Properties []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"value,attr"`
		} `xml:"properties>property"`
		Cases []struct {
			Classname string `xml:"classname,attr"`
			Name      string `xml:"name,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t testing.TB, out []byte) xSuites {
	t.Helper()
	var s xSuites
	if err := xml.Unmarshal(out, &s); err != nil {
		t.Fatalf("JUnit output does not parse: %v\n%s", err, out)
	}
	return s
}

func TestJUnit(t *testing.T) {
	r := fakeReport()
	out := render(t, JUnit, r, goldenOptions)
	s := parseJUnit(t, out)
	if len(s.Suites) != 1 {
		t.Fatalf("%d suites", len(s.Suites))
	}
	suite := s.Suites[0]
	fails := r.Summary.Contradicted + r.Summary.Missing
	if suite.Name != "verity" || suite.Tests != 10 || suite.Failures != fails || s.Tests != 10 || s.Failures != fails {
		t.Errorf("suite %s: tests %d failures %d (top %d/%d), want 10 and %d", suite.Name, suite.Tests, suite.Failures, s.Tests, s.Failures, fails)
	}
	for i, c := range suite.Cases {
		res := r.Results[i]
		if c.Name != res.ID {
			t.Errorf("case %d name %q, want %q", i, c.Name, res.ID)
		}
		if (c.Failure == nil) != (res.Verdict == verify.Supported) {
			t.Errorf("%s: failure %v for verdict %s", c.Name, c.Failure, res.Verdict)
		}
		if c.Failure != nil && (c.Failure.Type != string(res.Reason) || c.Failure.Message != res.Message) {
			t.Errorf("%s: failure type %q message %q", c.Name, c.Failure.Type, c.Failure.Message)
		}
	}
	if suite.Cases[0].Classname != "claims.json" || suite.Cases[9].Classname != "drafts/csg21.md" {
		t.Errorf("classnames %q, %q", suite.Cases[0].Classname, suite.Cases[9].Classname)
	}
	if got := suite.Cases[5].Failure.Message; got != "the Home Office said the opposite: \"meets rigorous privacy\nstandards\"" {
		t.Errorf("a line break in the message attribute did not survive: %q", got)
	}
	if len(suite.Properties) != 4 {
		t.Errorf("properties %+v, want version, incomplete and two skipped sources", suite.Properties)
	}
	if _, err := exec.LookPath("xmllint"); err == nil {
		path := filepath.Join(t.TempDir(), "junit.xml")
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		if b, err := exec.Command("xmllint", "--noout", path).CombinedOutput(); err != nil {
			t.Errorf("xmllint: %v\n%s", err, b)
		}
	} else {
		t.Log("xmllint not installed: skipped its check")
	}
}

func TestJUnitControlCharacters(t *testing.T) {
	msg := "bell\x07 nul\x00 ok\ttab \uFFFE end \xff"
	r := verify.NewReport([]verify.Result{{ID: "a", Text: "t", Verdict: verify.Missing, Reason: verify.NoEvidence, Message: msg}})
	s := parseJUnit(t, render(t, JUnit, r, Options{}))
	if got, want := s.Suites[0].Cases[0].Failure.Message, xmlSafe(msg); got != want {
		t.Errorf("message = %q, want %q (characters XML can't hold become U+FFFD)", got, want)
	}
}

// xmlSafe is what encoding/xml writes for s: characters XML 1.0 can't hold,
// and invalid UTF-8, as U+FFFD.
func xmlSafe(s string) string {
	var b strings.Builder
	for i, r := range s {
		ok := r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
		if r == utf8.RuneError && isInvalid(s, i) {
			ok = false
		}
		if !ok {
			r = unicode.ReplacementChar
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestCSV(t *testing.T) {
	r := fakeReport()
	out := render(t, CSV, r, goldenOptions)
	if !bytes.Contains(out, []byte("\r\n")) {
		t.Error("CSV lines do not end with CRLF (RFC 4180)")
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(r.Results)+1 {
		t.Fatalf("%d rows, want header + %d + the incomplete row", len(rows), len(r.Results))
	}
	if last := rows[len(rows)-1]; last[0] != "" || last[1] != "incomplete" || last[9] != "INCOMPLETE: 2 sources could not be read: a.txt, b|c.txt" {
		t.Errorf("last row %q does not say the report is incomplete", last)
	}
	if got := strings.Join(rows[0], ","); got != "id,verdict,reason,speaker,score,source,line,column,evidence,message,note" {
		t.Errorf("header %q", got)
	}
	tests := []struct {
		row, col int
		want     string
		reason   string
	}{
		{1, 4, "0.92", "score as written"},
		{3, 8, "We will defence the realm | whatever it takes", "a | is just text"},
		{3, 10, "para 2 of the draft, 50% checked", "commas quoted, not split"},
		{6, 8, "The app meets rigorous privacy\n\nstandards, the Home Office said.", "line breaks kept inside the cell"},
		{8, 5, "dir with space/ünïcode,file.html", "source name with a comma"},
		{9, 10, "'-2+3", "a note starting with - is guarded against formula injection"},
		{9, 5, "", "no evidence, no source"},
		{5, 8, r.Results[4].Evidence[0].Text, "long evidence whole"},
	}
	for _, tt := range tests {
		if got := rows[tt.row][tt.col]; got != tt.want {
			t.Errorf("row %d col %s = %q, want %q (%s)", tt.row, rows[0][tt.col], got, tt.want, tt.reason)
		}
	}
}

func TestCSVInjectionGuard(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"=1+2", "'=1+2"}, {"+1", "'+1"}, {"-1", "'-1"}, {"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"}, {"\rx", "\nx"}, {"a=1", "a=1"}, {"", ""}, {"'quoted", "'quoted"},
	} {
		if got := csvText(tt.in); got != tt.want {
			t.Errorf("csvText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// mdCells splits a Markdown table row at its unescaped pipes.
func mdCells(row string) []string {
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			cur.WriteByte(row[i])
			if i+1 < len(row) {
				i++
				cur.WriteByte(row[i])
			}
		case '|':
			cells = append(cells, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	return append(cells, cur.String())
}

// checkMarkdown checks the table's shape: every row has as many cells as
// the header, and nothing breaks a row.
func checkMarkdown(t testing.TB, out string, results int) {
	t.Helper()
	lines := strings.Split(out, "\n")
	if len(lines) < 2+results {
		t.Fatalf("%d lines for %d results:\n%s", len(lines), results, out)
	}
	want := len(mdCells(lines[0]))
	for i, l := range lines[:2+results] {
		if !strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "|-") || !strings.HasSuffix(l, "|") {
			t.Errorf("line %d is not a table row: %q", i, l)
		}
		if got := len(mdCells(l)); got != want {
			t.Errorf("row %d has %d cells, want %d: %q", i, got-2, want-2, l)
		}
		if strings.ContainsAny(l, "\r") {
			t.Errorf("row %d holds a carriage return: %q", i, l)
		}
	}
	if lines[2+results] != "" {
		t.Errorf("the table is not followed by a blank line: %q", lines[2+results])
	}
}

func TestMarkdown(t *testing.T) {
	r := fakeReport()
	out := string(render(t, Markdown, r, Options{}))
	checkMarkdown(t, out, len(r.Results))
	for _, want := range []string{
		`\<script\>alert(1)\</script\> \& 100% of`,
		`meets rigorous privacy<br>standards`,
		"\n10 claims: 3 supported, 4 contradicted, 3 missing\n",
		`b\|c.txt`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown has no %q", want)
		}
	}
}

func TestRDJSONL(t *testing.T) {
	r := fakeReport()
	r.Results[0].Message = strings.Repeat("\x01", 100_000) // 6 bytes each in JSON
	r.Results[1].Message = strings.Repeat("long message ", 10_000)
	out := render(t, RDJSONL, r, goldenOptions)
	sc := bufio.NewScanner(bytes.NewReader(out)) // reviewdog's reader: 64 KiB lines
	var n int
	for sc.Scan() {
		var d rdDiagnostic
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if n == len(r.Results) {
			if d.Code.Value != "incomplete" || d.Severity != "WARNING" || d.Location != nil || !strings.HasPrefix(d.Message, "INCOMPLETE: 2 sources") {
				t.Errorf("last line %+v does not say the report is incomplete", d)
			}
			n++
			continue
		}
		res := r.Results[n]
		if d.Code.Value != string(res.Reason) || d.Source.Name != "verity" || d.Location.Range.Start.Line != res.Line {
			t.Errorf("line %d: %+v", n+1, d)
		}
		if want := map[verify.Verdict]string{verify.Supported: "INFO", verify.Contradicted: "ERROR", verify.Missing: "WARNING"}[res.Verdict]; d.Severity != want {
			t.Errorf("line %d: severity %s, want %s", n+1, d.Severity, want)
		}
		if n < 2 && !strings.Contains(d.Message, "… [shortened: ") {
			t.Errorf("line %d: a long message was cut without saying so", n+1)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reviewdog could not read the output: %v", err)
	}
	if n != len(r.Results)+1 {
		t.Errorf("%d lines, want %d and the incomplete line", n, len(r.Results))
	}
}
