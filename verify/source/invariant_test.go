package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fixtures returns every document the tests read: the seeds and
// testdata/sources, by name.
func fixtures(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, pat := range []string{"../../seeds/*.txt", "../../testdata/sources/*"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, ".golden") {
				continue
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[filepath.Base(f)] = raw
		}
	}
	return out
}

// checkInvariants verifies what every Source promises: Text maps back to
// Raw byte for byte where it was copied, offsets are monotonic and in
// range, blocks and sentences are ordered, disjoint and within Text.
func checkInvariants(t testing.TB, s *Source) {
	t.Helper()
	if !utf8.ValidString(s.Text) {
		t.Fatalf("%s: Text is not valid UTF-8", s.Name)
	}
	prevOff, prevEnd := 0, 0
	for i := 0; i <= len(s.Text); i++ {
		off := s.RawOffset(i)
		end := s.RawEnd(i)
		if off < prevOff || end < prevEnd || off < 0 || end > len(s.Raw) || off > len(s.Raw) {
			t.Fatalf("%s: Text byte %d maps to [%d,%d) after [%d,%d) (len(Raw)=%d)", s.Name, i, off, end, prevOff, prevEnd, len(s.Raw))
		}
		prevOff, prevEnd = off, end
		if i == len(s.Text) {
			break
		}
		if end2 := s.RawEnd(i + 1); end2 < off {
			t.Fatalf("%s: Text byte %d: RawEnd(%d)=%d < RawOffset=%d", s.Name, i, i+1, end2, off)
		}
		c := s.Text[i]
		if s.pieces != nil {
			p := s.pieces[s.find(i)]
			if !p.exact {
				continue // an entity, a decoded byte, a collapsed space or a mark
			}
		}
		if off >= len(s.Raw) || s.Raw[off] != c {
			t.Fatalf("%s: Text byte %d is %q but Raw[%d] is %q", s.Name, i, c, off, s.Raw[off])
		}
	}
	check := func(kind string, i int, r Range, prevEnd int) {
		if r.Start < prevEnd || r.Start >= r.End || r.End > len(s.Text) {
			t.Fatalf("%s: %s %d %v out of order or range (previous end %d, len(Text) %d)", s.Name, kind, i, r, prevEnd, len(s.Text))
		}
		if a, b := s.RawRange(r); a > b || b > len(s.Raw) {
			t.Fatalf("%s: %s %d %v maps to Raw [%d,%d)", s.Name, kind, i, r, a, b)
		}
	}
	end := 0
	for i, b := range s.Blocks {
		check("block", i, b.Range, end)
		end = b.End
	}
	end = 0
	for i, x := range s.Sentences {
		check("sentence", i, x.Range, end)
		end = x.End
		if x.Block < 0 || x.Block >= len(s.Blocks) || s.BlockAt(x.Start) != x.Block {
			t.Fatalf("%s: sentence %d %v names block %d, starts in %d", s.Name, i, x.Range, x.Block, s.BlockAt(x.Start))
		}
	}
	for i, b := range s.Blocks {
		if s.BlockAt(b.Start) != i {
			t.Fatalf("%s: block %d not found at its start", s.Name, i)
		}
	}
}

func TestInvariantsOnFixtures(t *testing.T) {
	for name, raw := range fixtures(t) {
		for _, f := range []Format{PlainText, Markdown, HTML} {
			s, err := ParseAs(name, raw, f)
			if err != nil {
				t.Fatalf("%s as %v: %v", name, f, err)
			}
			checkInvariants(t, s)
		}
	}
}

func TestPieceMapping(t *testing.T) {
	cases := []struct {
		name, file, raw string
		text            string // a Text substring
		want            string // the Raw bytes it maps to (RawOffset..RawEnd)
		reason          string
	}{
		{"entity", "a.html", "<p>Fish &amp; chips</p>", "&", "&amp;", "a decoded entity maps to the whole reference"},
		{"numeric entity", "a.html", "<p>It&#8217;s</p>", "’", "&#8217;", "numeric references too"},
		{"q open", "a.html", `<p>He said <q cite="x">yes</q>.</p>`, "“", `<q cite="x">`, "the inserted opening mark maps to the <q> tag"},
		{"q close", "a.html", `<p>He said <q>yes</q>.</p>`, "”", `</q>`, "the closing mark maps to the </q> tag"},
		{"collapsed space", "a.html", "<p>a \n\t b</p>", "a b", "a \n\t b", "a collapsed run of white space maps to all of it"},
		{"latin-1", "a.txt", "caf\xe9 au lait", "é", "\xe9", "a Windows-1252 byte decodes to two UTF-8 bytes mapping to it"},
		{"md escape", "a.md", `a \*b\* c`, "*b*", `\*b\*`, "a backslash escape maps from its backslash's character"},
		{"md link", "a.md", `see [the report](http://x.org) now`, "the report", "the report", "a link's text is copied from its label"},
		{"bom", "a.txt", "\ufeffHello.", "Hello", "Hello", "Text drops the BOM; offsets still point into Raw"},
	}
	for _, c := range cases {
		s, err := Parse(c.file, []byte(c.raw))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		i := strings.Index(s.Text, c.text)
		if i < 0 {
			t.Errorf("%s: %q not in Text %q (%s)", c.name, c.text, s.Text, c.reason)
			continue
		}
		a, b := s.RawRange(Range{i, i + len(c.text)})
		got := c.raw[a:b]
		if c.name == "md escape" {
			a = s.RawOffset(i) - 1 // the escape's backslash precedes its character
			got = c.raw[a:b]
		}
		if got != c.want {
			t.Errorf("%s: %q maps to Raw %q, want %q (%s)", c.name, c.text, got, c.want, c.reason)
		}
		checkInvariants(t, s)
	}
}
