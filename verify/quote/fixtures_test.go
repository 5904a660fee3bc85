package quote

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/quotes/*.txtar from Extract's output")

// TestFixtures runs the archives of testdata/quotes: each holds one
// phenomenon, its reason in the comment, an input file (input.txt,
// input.md or input.html) and the spans wanted, one a line:
//
//	kind | speaker | cue | mention | words
//
// mention is "-" when nil; words are the span's Text, or "first … last".
// An empty want section means no span.
func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/quotes/*.txtar")
	if len(files) < 60 {
		t.Errorf("want at least 60 fixtures, found %d", len(files))
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := readArchive(file)
			if err != nil {
				t.Fatal(err)
			}
			var input *archiveFile
			var want []string
			wantAt := -1
			for i, f := range ar.Files {
				switch {
				case strings.HasPrefix(f.Name, "input."):
					input = &ar.Files[i]
				case f.Name == "want":
					wantAt = i
					for _, l := range strings.Split(string(f.Data), "\n") {
						if l = strings.TrimSpace(l); l != "" {
							want = append(want, l)
						}
					}
				}
			}
			if input == nil || wantAt < 0 {
				t.Fatal("need an input.* file and a want section")
			}
			src, err := source.Parse(input.Name, input.Data)
			if err != nil {
				t.Fatal(err)
			}
			if ext := filepath.Ext(input.Name); ext != ".txt" && src.Format == source.PlainText {
				t.Skipf("source.Parse reads %s as plain text: the Markdown/HTML reader has not landed", ext)
			}
			spans := Extract(src)
			checkInvariants(t, src, spans)
			got := make([]string, len(spans))
			for i, s := range spans {
				got[i] = fixtureLine(s)
			}
			if *update {
				ar.Files[wantAt].Data = nil
				if len(got) > 0 {
					ar.Files[wantAt].Data = []byte(strings.Join(got, "\n") + "\n")
				}
				if err := os.WriteFile(file, ar.format(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			reason := strings.TrimSpace(string(ar.Comment))
			if len(got) != len(want) {
				t.Errorf("%s\ngot %d spans, want %d:\n%s", reason, len(got), len(want), strings.Join(got, "\n"))
				return
			}
			for i := range want {
				if !fixtureMatch(want[i], spans[i]) {
					t.Errorf("%s\nspan %d:\n got %s\nwant %s", reason, i, got[i], want[i])
				}
			}
		})
	}
}

func fixtureLine(s Span) string {
	m := "-"
	if s.Mention != nil {
		m = s.Mention.Text
	}
	return fmt.Sprintf("%s | %s | %s | %s | %s", s.Kind, s.Speaker, s.Cue, m, s.Text)
}

func fixtureMatch(want string, s Span) bool {
	f := strings.SplitN(want, " | ", 5)
	if len(f) != 5 {
		return false
	}
	g := strings.SplitN(fixtureLine(s), " | ", 5)
	for i := 0; i < 4; i++ {
		if f[i] != g[i] {
			return false
		}
	}
	if first, last, ok := strings.Cut(f[4], " … "); ok {
		return strings.HasPrefix(s.Text, first) && strings.HasSuffix(s.Text, last)
	}
	return f[4] == s.Text
}

// archive is a txtar archive (golang.org/x/tools/txtar's format: a comment,
// then files each introduced by a "-- name --" line). The module does not
// require x/tools, so the few lines of parsing live here.
type archive struct {
	Comment []byte
	Files   []archiveFile
}

type archiveFile struct {
	Name string
	Data []byte
}

func readArchive(path string) (*archive, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ar := &archive{}
	var cur *archiveFile
	var buf []byte
	flush := func() {
		if cur == nil {
			ar.Comment = buf
		} else {
			cur.Data = buf
			ar.Files = append(ar.Files, *cur)
		}
		buf = nil
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		l := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(l, "-- ") && strings.HasSuffix(l, " --") && len(l) > 6 {
			flush()
			cur = &archiveFile{Name: strings.TrimSpace(l[3 : len(l)-3])}
			continue
		}
		buf = append(buf, line...)
	}
	flush()
	return ar, nil
}

func (ar *archive) format() []byte {
	var b strings.Builder
	b.Write(ar.Comment)
	for _, f := range ar.Files {
		fmt.Fprintf(&b, "-- %s --\n", f.Name)
		b.Write(f.Data)
	}
	return []byte(b.String())
}
