package draft

import (
	"regexp"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

// FuzzClaims checks that no draft makes Claims panic and that every claim
// it derives would pass as a claims file's: a valid unique id, text that is
// not blank, a position inside the draft.
func FuzzClaims(f *testing.F) {
	for _, s := range []string{
		"Mayor Ann Lee said: \"We will build 500 homes by 2030.\"\n",
		"<!-- verity-ignore -->\nSales rose 5%.\n\n<!-- verity-ignore-next-line -->",
		"<p>“It is £24bn,” she said.</p><!-- verity-ignore -->",
		"> quote\n\nX said: «5 %»\n<!-- verity-ignore-next-line -->\n",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
		f.Add(s, uint8(2))
	}
	valid := regexp.MustCompile(`^[A-Za-z0-9._-]+$`)
	f.Fuzz(func(t *testing.T, text string, format uint8) {
		src, err := source.ParseAs("d", []byte(text), source.Format(format%3))
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, c := range Claims(src).Claims {
			if !valid.MatchString(c.ID) || seen[c.ID] {
				t.Fatalf("id %q is invalid or repeated", c.ID)
			}
			seen[c.ID] = true
			if len(c.Text) == 0 || c.Text != trimQuote(c.Text) && c.Verbatim {
				t.Fatalf("claim %s: text %q", c.ID, c.Text)
			}
			if c.Pos.Line < 1 || c.Pos.Column < 1 || c.Pos.Offset < 0 || c.Pos.Offset > len(src.Raw) {
				t.Fatalf("claim %s at %+v, outside the draft", c.ID, c.Pos)
			}
		}
	})
}
