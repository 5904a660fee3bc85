package claims

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/verity-news/verity/verify/textpos"
)

func readGood(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "claims", "good", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestLoadGood(t *testing.T) {
	cases := []struct {
		file   string
		reason string
		want   []Claim
	}{
		{
			file:   "spec-example.json",
			reason: "the example of SPEC §3, with a $schema field, loads with every optional field",
			want: []Claim{
				{ID: "wallace-budget", Text: "£24 billion over four years", Speaker: "Ben Wallace",
					Pos: textpos.Pos{Line: 4, Column: 5, Offset: 100}, TextPos: textpos.Pos{Line: 4, Column: 38, Offset: 133}},
				{ID: "wallace-friend", Text: "It's no secret that the US is our closest friend", Speaker: "Ben Wallace", Verbatim: true,
					Pos: textpos.Pos{Line: 5, Column: 5, Offset: 196}, TextPos: textpos.Pos{Line: 5, Column: 38, Offset: 229}},
				{ID: "csg21-size", Text: "Nine ships, 32 aircraft and 3,700 personnel set sail in May",
					Sources: []string{"002_17fa8aee8e2a43c8.txt"}, Note: "para 5 of the draft",
					Pos: textpos.Pos{Line: 7, Column: 5, Offset: 335}, TextPos: textpos.Pos{Line: 7, Column: 34, Offset: 364}},
			},
		},
		{
			file:   "minimal.json",
			reason: "id and text are all a claim needs; absent fields are zero and Sources is nil",
			want: []Claim{
				{ID: "a", Text: "x", Pos: textpos.Pos{Line: 1, Column: 12, Offset: 11}, TextPos: textpos.Pos{Line: 1, Column: 29, Offset: 28}},
			},
		},
		{
			file: "escapes-crlf-tabs.json",
			reason: "escapes (surrogate pairs, \\/ and \\\\) decode; CRLF and tabs count as one column each; " +
				"an empty sources array stays non-nil; wide and curly characters are one column each",
			want: []Claim{
				{ID: "Le_Drian.2", Text: "«Nous sommes prêts» 🚢 \"défense\" \\ /", Speaker: "Jean-Yves Le Drian",
					Sources: []string{}, Pos: textpos.Pos{Line: 3, Column: 3, Offset: 19}, TextPos: textpos.Pos{Line: 5, Column: 12, Offset: 57}},
				{ID: "zh", Text: "英国国防部 said “nine ships”", Sources: []string{"*.html", "seeds/00?_*.txt"},
					Pos: textpos.Pos{Line: 11, Column: 3, Offset: 234}, TextPos: textpos.Pos{Line: 11, Column: 24, Offset: 255}},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data := readGood(t, c.file)
			f, err := Load(c.file, data)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if f.Name != c.file {
				t.Errorf("Name = %q, want %q", f.Name, c.file)
			}
			if diff := cmp.Diff(c.want, f.Claims); diff != "" {
				t.Errorf("claims (-want +got):\n%s\nreason: %s", diff, c.reason)
			}
			// The positions are those textpos gives, and point at '{' and '"'.
			x := textpos.New(data)
			for _, cl := range f.Claims {
				if x.Pos(cl.Pos.Offset) != cl.Pos || data[cl.Pos.Offset] != '{' {
					t.Errorf("claim %s: Pos %+v is not a '{' as textpos sees it", cl.ID, cl.Pos)
				}
				if x.Pos(cl.TextPos.Offset) != cl.TextPos || data[cl.TextPos.Offset] != '"' {
					t.Errorf("claim %s: TextPos %+v is not a '\"' as textpos sees it", cl.ID, cl.TextPos)
				}
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "claims.json")
	if err := os.WriteFile(good, []byte(`{"claims": [{"id": "a", "text": "b"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		path   string
		stdin  string
		want   string // the error, or "" for success
		code   Code
		reason string
	}{
		{"file", good, "", "", "", "a readable valid file loads"},
		{"stdin", "-", `{"claims": [{"id": "a", "text": "b"}]}`, "", "", "- reads stdin"},
		{"stdin error", "-", `{"claims": 1}`, "<stdin>:1:12: /claims: expected an array of claims, got number", CodeType,
			"stdin is named <stdin> in errors"},
		{"missing", "nope.json", "", "nope.json: cannot read: no such file or directory", CodeRead,
			"an unreadable file is one error naming the file, with no line, and without Go's 'open' prefix"},
		{"directory", dir, "", dir + ": cannot read: is a directory", CodeRead, "a directory cannot be read as a file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := ReadFile(c.path, strings.NewReader(c.stdin))
			if c.want == "" {
				if err != nil || f == nil || len(f.Claims) != 1 {
					t.Fatalf("ReadFile = %v, %v; want one claim (%s)", f, err, c.reason)
				}
				return
			}
			var list ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("ReadFile error = %#v, want an ErrorList of one (%s)", err, c.reason)
			}
			if got := list[0].Error(); got != c.want || list[0].Code != c.code {
				t.Errorf("error = %q [%s], want %q [%s] (%s)", got, list[0].Code, c.want, c.code, c.reason)
			}
		})
	}
	if f, _ := ReadFile("-", strings.NewReader(`{"claims": [{"id": "a", "text": "b"}]}`)); f == nil || f.Name != "<stdin>" {
		t.Errorf("stdin file name = %v, want <stdin>", f)
	}
}

// TestTooLarge checks that both Load and ReadFile refuse a file over
// MaxSize before parsing it, and that ReadFile reads no more than
// MaxSize+1 bytes.
func TestTooLarge(t *testing.T) {
	const want = "big.json: file is larger than 64 MiB, the limit for claims files"
	data := bytes.Repeat([]byte(" "), MaxSize+1)
	_, err := Load("big.json", data)
	if err == nil || err.Error() != want || err.(ErrorList)[0].Code != CodeTooLarge {
		t.Errorf("Load = %v, want %q", err, want)
	}
	r := &countingReader{n: MaxSize * 4}
	_, err = ReadFile("-", r)
	if err == nil || !strings.HasSuffix(err.Error(), ": file is larger than 64 MiB, the limit for claims files") {
		t.Errorf("ReadFile = %v, want too-large", err)
	}
	if r.read > MaxSize+1+64<<10 {
		t.Errorf("ReadFile read %d bytes, want about MaxSize+1", r.read)
	}
}

// countingReader yields n spaces and counts what is read.
type countingReader struct{ n, read int }

func (r *countingReader) Read(p []byte) (int, error) {
	if r.read >= r.n {
		return 0, errors.New("EOF")
	}
	k := min(len(p), r.n-r.read)
	for i := range p[:k] {
		p[i] = ' '
	}
	r.read += k
	return k, nil
}

// TestTooDeep checks that deep nesting is refused at the level that
// exceeds MaxDepth, with no stack growth to speak of.
func TestTooDeep(t *testing.T) {
	cases := []struct {
		name   string
		data   string
		want   string
		reason string
	}{
		{"arrays", strings.Repeat("[", 10000), "deep.json:1:65: nesting deeper than 64 levels",
			"the 65th '[' is the first too deep"},
		{"in a claim", `{"claims": [{"id": "a", "text": "b", "note": ` + strings.Repeat(`{"x":`, 100),
			"deep.json:1:351: nesting deeper than 64 levels", "objects count as levels too, wherever they are"},
	}
	for _, c := range cases {
		_, err := Load("deep.json", []byte(c.data))
		if err == nil || err.Error() != c.want || err.(ErrorList)[0].Code != CodeTooDeep {
			t.Errorf("%s: Load = %v, want %q (%s)", c.name, err, c.want, c.reason)
		}
	}
}

// bigFile writes a valid claims file of at least size bytes, one claim per
// line, and returns it with its number of claims.
func bigFile(size int) ([]byte, int) {
	var b bytes.Buffer
	b.WriteString("{\n  \"claims\": [\n")
	n := 0
	for b.Len() < size {
		if n > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(`    {"id": "c`)
		b.WriteString(strings.Repeat("0", 0))
		b.WriteString(itoa(n))
		b.WriteString(`", "text": "Nine ships, 32 aircraft and 3,700 personnel set sail in May — £24 billion", "speaker": "Ben Wallace", "sources": ["002_17fa8aee8e2a43c8.txt"]}`)
		n++
	}
	b.WriteString("\n  ]\n}\n")
	return b.Bytes(), n
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

// TestLargeFile loads a 50 MB file with one error near its end: the error
// must have the right line, and loading must take seconds at most.
func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB file")
	}
	data, n := bigFile(50 << 20)
	// Make the last claim's speaker a number.
	i := bytes.LastIndex(data, []byte(`"Ben Wallace"`))
	data = append(data[:i:i], append([]byte("12345678901234"), data[i+len(`"Ben Wallace"`):]...)...)
	path := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path, nil)
	line := n + 2 // two lines before the first claim
	want := path + ":" + itoa(line) + ":119: /claims/" + itoa(n-1) + "/speaker: expected string, got number"
	if err == nil || err.Error() != want {
		t.Errorf("ReadFile = %v,\nwant %s", err, want)
	}
	// Speed is measured by BenchmarkLoad, not asserted here.
}

func TestErrorList(t *testing.T) {
	var list ErrorList
	if list.Err() != nil {
		t.Errorf("empty ErrorList.Err() = %v, want nil", list.Err())
	}
	if got := list.Error(); got != "no errors" {
		t.Errorf("empty Error() = %q", got)
	}
	list.Add(&Error{File: "c.json", Line: 3, Column: 1, Msg: "b"})
	list.Add(&Error{File: "c.json", Line: 1, Column: 9, Pointer: "/claims", Msg: "a"})
	if got, want := list.Error(), "c.json:3:1: b (and 1 more error)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	list.Add(&Error{File: "c.json", Msg: "whole file"})
	list.Sort()
	got := []string{list[0].Error(), list[1].Error(), list[2].Error()}
	want := []string{"c.json: whole file", "c.json:1:9: /claims: a", "c.json:3:1: b"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted (-want +got):\n%s", diff)
	}
	if got, want := list.Error(), "c.json: whole file (and 2 more errors)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if list.Err() == nil || list.Len() != 3 {
		t.Errorf("Err() = nil or Len() = %d for a list of 3", list.Len())
	}
}

func TestCaret(t *testing.T) {
	cases := []struct {
		name   string
		data   string
		want   string
		reason string
	}{
		{
			name: "tab and multi-byte",
			data: "{\"claims\": [\n\t{\"id\": \"a\", \"text\": \"£1\", \"speaker\": 3}\n]}",
			want: "c.json:2:39: /claims/0/speaker: expected string, got number\n" +
				"\t{\"id\": \"a\", \"text\": \"£1\", \"speaker\": 3}\n" +
				"\t                                     ^",
			reason: "the tab is kept in the caret line and £ takes one column",
		},
		{
			name: "wide characters",
			data: "{\"claims\": [{\"id\": \"a\", \"text\": \"英国\", \"verbatim\": 1}]}",
			want: "c.json:1:51: /claims/0/verbatim: expected boolean, got number\n" +
				"{\"claims\": [{\"id\": \"a\", \"text\": \"英国\", \"verbatim\": 1}]}\n" +
				"                                                    ^",
			reason: "each CJK character takes two cells in a terminal",
		},
		{
			name: "long line",
			data: `{"claims": [{"id": "a", "text": "` + strings.Repeat("word ", 40) + `", "note": false, "speaker": "` + strings.Repeat("x", 100) + `"}]}`,
			want: `c.json:1:245: /claims/0/note: expected string, got boolean` + "\n" +
				`…ord word word word word word word word word word ", "note": false, "speaker": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…` + "\n" +
				strings.Repeat(" ", 61) + "^",
			reason: "a long line is cut 60 code points either side of the column, marked with …",
		},
		{
			name: "invalid byte",
			data: "{\"claims\": [{\"id\": \"a\x01\x7f\", \"text\": \"\xe9t\xe9\"}]}",
			want: "c.json:1:36: invalid UTF-8 byte 0xe9; save the file as UTF-8\n" +
				"{\"claims\": [{\"id\": \"a\ufffd\ufffd\", \"text\": \"\ufffdt\ufffd\"}]}\n" +
				strings.Repeat(" ", 35) + "^",
			reason: "control characters and invalid bytes show as U+FFFD, one for one, so the caret still lines up",
		},
	}
	for _, c := range cases {
		_, err := Load("c.json", []byte(c.data))
		list, ok := err.(ErrorList)
		if !ok || len(list) == 0 {
			t.Fatalf("%s: no errors", c.name)
		}
		if got := list[0].Caret(); got != c.want {
			t.Errorf("%s: Caret() =\n%s\nwant\n%s\n(%s)", c.name, got, c.want, c.reason)
		}
	}
	e := &Error{File: "nope.json", Offset: -1, Code: CodeRead, Msg: "cannot read: no such file or directory"}
	if got := e.Caret(); got != e.Error() {
		t.Errorf("Caret() without a line = %q, want the Error() line alone", got)
	}
}
