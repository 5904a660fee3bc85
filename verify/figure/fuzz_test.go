package figure

import (
	"os"
	"path/filepath"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, tc := range parseTests {
		f.Add(tc.text)
	}
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, g := range Parse(text) {
			if g.Start < end || g.End <= g.Start || g.End > len(text) {
				t.Fatalf("figure %q at [%d,%d) overlaps or is out of order (previous ended at %d)", g.Text, g.Start, g.End, end)
			}
			if text[g.Start:g.End] != g.Text {
				t.Fatalf("figure text %q != text[%d:%d] %q", g.Text, g.Start, g.End, text[g.Start:g.End])
			}
			end = g.End
			s := g.String()
			back := Parse(s)
			if len(back) != 1 || back[0].Kind != g.Kind || back[0].Unit != g.Unit || back[0].Value != g.Value {
				t.Fatalf("%q (%v %v %q) prints as %q, which parses as %+v", g.Text, g.Kind, g.Value, g.Unit, s, back)
			}
			if g.Lo > g.Hi {
				t.Fatalf("%q: interval [%v, %v] is empty", g.Text, g.Lo, g.Hi)
			}
		}
	})
}
