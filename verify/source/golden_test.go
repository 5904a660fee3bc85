package source

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/sources")

// render lists a source's blocks and sentences with their positions in the
// original file, for golden files a reviewer can read.
func render(s *Source) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s (%v): %d blocks, %d sentences\n", s.Name, s.Format, len(s.Blocks), len(s.Sentences))
	for _, w := range s.Warnings {
		fmt.Fprintf(&sb, "# warning: %s\n", w)
	}
	si := 0
	for i, b := range s.Blocks {
		var flags []string
		for _, f := range []struct {
			on   bool
			name string
		}{{b.Quote, "quote"}, {b.Boilerplate, "boilerplate"}, {b.Heading, "heading"}} {
			if f.on {
				flags = append(flags, f.name)
			}
		}
		p := s.Pos(s.RawOffset(b.Start))
		fmt.Fprintf(&sb, "\nblock %d %d:%d %s\n", i, p.Line, p.Column, strings.Join(flags, " "))
		for ; si < len(s.Sentences) && s.Sentences[si].Block == i; si++ {
			x := s.Sentences[si]
			p := s.Pos(s.RawOffset(x.Start))
			fmt.Fprintf(&sb, "  %d:%d %q\n", p.Line, p.Column, s.Text[x.Start:x.End])
		}
	}
	return sb.String()
}

func TestGolden(t *testing.T) {
	all := fixtures(t)
	names := make([]string, 0, len(all))
	for n := range all {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		s, err := Parse(name, all[name])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := render(s)
		golden := filepath.Join("../../testdata/sources", name+".golden")
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: blocks and sentences differ from %s (run go test -update and review the diff):\n%s", name, golden, got)
		}
	}
}
