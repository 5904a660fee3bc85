package quote

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verity-news/verity/verify/source"
)

// goldQuote is one line of testdata/quotes/seeds.gold.txt.
type goldQuote struct {
	line                       int
	source, kind, speaker, cue string
	mention                    string // "-" for none
	parts                      int
	first, last                string
}

func readGold(t *testing.T, path string) []goldQuote {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldQuote
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, " | ")
		if len(f) != 7 {
			t.Fatalf("%s:%d: want 7 fields, got %d", path, n+1, len(f))
		}
		parts, err := strconv.Atoi(f[5])
		if err != nil {
			t.Fatalf("%s:%d: parts: %v", path, n+1, err)
		}
		first, last, ok := strings.Cut(f[6], " … ")
		if !ok {
			t.Fatalf("%s:%d: words need \"first … last\"", path, n+1)
		}
		out = append(out, goldQuote{n + 1, f[0], f[1], f[2], f[3], f[4], parts, first, last})
	}
	return out
}

func describe(s Span) string {
	m := "-"
	if s.Mention != nil {
		m = s.Mention.Text
	}
	return fmt.Sprintf("%s | %s | %s | %s | %d | %.60q…", s.Kind, s.Speaker, s.Cue, m, len(s.Parts), s.Text)
}

// TestSeedsGold checks Extract against the hand-written list of every quote
// in the seed documents: none missing, none invented, every speaker,
// mention and cue right, every span slicing back into its source.
func TestSeedsGold(t *testing.T) {
	gold := readGold(t, "../../testdata/quotes/seeds.gold.txt")
	names, _ := filepath.Glob("../../seeds/*.txt")
	if len(names) != 3 {
		t.Fatalf("want the 3 seeds, found %d", len(names))
	}
	for _, path := range names {
		name := filepath.Base(path)
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src, err := source.Parse(name, raw)
		if err != nil {
			t.Fatal(err)
		}
		spans := Extract(src)
		checkInvariants(t, src, spans)
		var want []goldQuote
		for _, g := range gold {
			if g.source == name {
				want = append(want, g)
			}
		}
		matched := make([]bool, len(spans))
		for _, g := range want {
			found := false
			for i, s := range spans {
				if matched[i] || !strings.HasPrefix(s.Text, g.first) || !strings.HasSuffix(s.Text, g.last) {
					continue
				}
				matched[i], found = true, true
				m := "-"
				if s.Mention != nil {
					m = s.Mention.Text
				}
				if s.Kind.String() != g.kind || s.Speaker != g.speaker || s.Cue != g.cue || m != g.mention || len(s.Parts) != g.parts {
					t.Errorf("%s gold line %d:\n got %s\nwant %s | %s | %s | %s | %d", name, g.line, describe(s), g.kind, g.speaker, g.cue, g.mention, g.parts)
				}
				break
			}
			if !found {
				t.Errorf("%s gold line %d: missing quote %q … %q", name, g.line, g.first, g.last)
			}
		}
		for i, s := range spans {
			if !matched[i] {
				t.Errorf("%s: invented quote: %s", name, describe(s))
			}
		}
	}
}

// checkInvariants checks what every result of Extract must satisfy: spans
// in order of Start, not overlapping, inside Raw; Parts inside Text, in
// order, and giving Text; the words slicing back to Raw; the mention inside
// Raw.
func checkInvariants(t testing.TB, src *source.Source, spans []Span) {
	t.Helper()
	prevEnd := -1
	for i, s := range spans {
		if s.Start < 0 || s.Start > s.End || s.End > len(src.Raw) {
			t.Fatalf("span %d: [%d,%d) outside Raw (len %d)", i, s.Start, s.End, len(src.Raw))
		}
		if s.Start < prevEnd {
			t.Fatalf("span %d: starts at %d before the previous span ends at %d", i, s.Start, prevEnd)
		}
		prevEnd = s.End
		if s.Source != src.Name {
			t.Fatalf("span %d: source %q, want %q", i, s.Source, src.Name)
		}
		if len(s.Parts) == 0 {
			t.Fatalf("span %d: no parts", i)
		}
		var words []string
		at := 0
		for _, p := range s.Parts {
			if p.Start < at || p.Start > p.End || p.End > len(src.Text) {
				t.Fatalf("span %d: part [%d,%d) out of order or outside Text (len %d)", i, p.Start, p.End, len(src.Text))
			}
			at = p.End
			words = append(words, strings.Fields(src.Text[p.Start:p.End])...)
		}
		if got := strings.Join(words, " "); got != s.Text {
			t.Fatalf("span %d: Text %q, parts give %q", i, s.Text, got)
		}
		if src.RawOffset(s.Parts[0].Start) != s.Start || src.RawEnd(s.Parts[len(s.Parts)-1].End) != s.End {
			t.Fatalf("span %d: [%d,%d) does not map from its parts", i, s.Start, s.End)
		}
		if src.Format == source.PlainText && utf8.Valid(src.Raw) {
			for _, p := range s.Parts {
				if raw := string(src.Raw[src.RawOffset(p.Start):src.RawEnd(p.End)]); raw != src.Text[p.Start:p.End] {
					t.Fatalf("span %d: part Raw %q, Text %q", i, raw, src.Text[p.Start:p.End])
				}
			}
		}
		if m := s.Mention; m != nil {
			if m.Start < 0 || m.Start > m.End || m.End > len(src.Raw) {
				t.Fatalf("span %d: mention [%d,%d) outside Raw", i, m.Start, m.End)
			}
			if src.Format == source.PlainText && utf8.Valid(src.Raw) && string(src.Raw[m.Start:m.End]) != m.Text {
				t.Fatalf("span %d: mention Raw %q, Text %q", i, src.Raw[m.Start:m.End], m.Text)
			}
		}
	}
}
