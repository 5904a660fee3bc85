package figure

import (
	"os"
	"path/filepath"
	"testing"
)

// seedFigures lists, by hand from reading the seed documents, every figure
// in them. Not figures: "G7", "CSG21" (identifiers), "many years'" (vague),
// "the one Defence Minister" does not occur verbatim ("a Defence Minister"),
// "U.S.-U.K." and "tri-nation" (no number).
var seedFigures = map[string][]struct {
	start       int
	text        string
	kind        Kind
	canon, noun string
}{
	"000_ab5c487819f5ff5e.txt": {
		{500, "one", Number, "1", "step"}, // "to stay one step ahead": decided to count it
		{2049, "2nd", Ordinal, "2nd", "battalion"},
		{2427, "two", Number, "2", "nations"},
		{2643, "21 September 2018", Date, "2018-09-21", ""},
	},
	"001_a468fed3cf8681fa.txt": {
		{0, "63.8 F", Temperature, "63.8 °F", ""},
		{23, "Thursday, April 18, 2024", Date, "2024-04-18", ""},
		{295, "21st", Ordinal, "21st", "century"},
		{582, "two", Number, "2", "nations"},
		{1210, "Nine", Number, "9", "ships"},
		{1222, "32", Number, "32", "aircraft"},
		{1238, "3,700", Number, "3,700", "personnel"},
		{1266, "May", Month, "May", ""},
		{1294, "seven-month", Duration, "7 month", "deployment"},
		{1520, "5th", Ordinal, "5th", "generation"},
		{1911, "£24 billion", Money, "GBP 24000000000", "spending"},
		{1963, "four years", Duration, "4 year", ""}, // "over the next four years"
		{2402, "two", Number, "2", "countries"},
		{4143, "first", Ordinal, "1st", ""}, // "the world's first"
	},
	"002_17fa8aee8e2a43c8.txt": {
		{237, "21st", Ordinal, "21st", "century"},
		{406, "two", Number, "2", "nations"},
		{1027, "Nine", Number, "9", "ships"},
		{1039, "32", Number, "32", "aircraft"},
		{1055, "3,700", Number, "3,700", "personnel"},
		{1083, "May", Month, "May", ""},
		{1109, "seven-month", Duration, "7 month", "deployment"},
		{1332, "5th", Ordinal, "5th", "generation"},
		{1880, "£24 billion", Money, "GBP 24000000000", "spending"},
		{1930, "four years", Duration, "4 year", ""},
		{2705, "two", Number, "2", "global"}, // "the two largest global financial centres": the first-word rule's limit
		{4329, "first", Ordinal, "1st", ""},
	},
}

func TestSeeds(t *testing.T) {
	for name, want := range seedFigures {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "..", "seeds", name))
			if err != nil {
				t.Fatal(err)
			}
			got := Parse(string(b))
			if len(got) != len(want) {
				t.Errorf("%d figures %q, want %d", len(got), texts(got), len(want))
			}
			for i := 0; i < len(got) && i < len(want); i++ {
				g, w := got[i], want[i]
				if g.Start != w.start || g.Text != w.text || g.Kind != w.kind || g.String() != w.canon || g.Noun != w.noun {
					t.Errorf("figure %d: %d %q %v %q %q, want %d %q %v %q %q", i,
						g.Start, g.Text, g.Kind, g.String(), g.Noun, w.start, w.text, w.kind, w.canon, w.noun)
				}
			}
		})
	}
}
