package figure

import "testing"

// TestNumberWords checks the spelled-out number grammar on its own: the
// whole input must be read as one number.
func TestNumberWords(t *testing.T) {
	tests := []struct {
		in     string
		v      float64
		ord    bool
		reason string
	}{
		{"zero", 0, false, "units start at zero"},
		{"nine", 9, false, "a unit"},
		{"Eleven", 11, false, "capitalised teen"},
		{"twenty", 20, false, "a tens word"},
		{"twenty-four", 24, false, "hyphenated tens-unit"},
		{"twenty four", 24, false, "spaced tens-unit"},
		{"ninety-nine", 99, false, "largest two-word number"},
		{"a hundred", 100, false, "'a' before hundred"},
		{"one hundred", 100, false, "'one' before hundred"},
		{"one hundred and five", 105, false, "British 'and'"},
		{"one hundred five", 105, false, "American, no 'and'"},
		{"three hundred and forty-two", 342, false, "hundreds, and, tens-unit"},
		{"nineteen hundred", 1900, false, "hundreds of a teen"},
		{"a thousand", 1000, false, "'a' before thousand"},
		{"two thousand and ten", 2010, false, "and after a scale"},
		{"two thousand three hundred", 2300, false, "scale then hundreds"},
		{"one hundred thousand", 1e5, false, "hundreds times a scale"},
		{"two million five hundred thousand", 2.5e6, false, "a smaller scale after a larger"},
		{"a thousand million", 1e9, false, "stacked scales"},
		{"nine billion", 9e9, false, "billion"},
		{"three trillion", 3e12, false, "trillion"},
		{"a dozen", 12, false, "a dozen"},
		{"two dozen", 24, false, "dozens multiply"},
		{"half a dozen", 6, false, "half of twelve"},
		{"half a million", 5e5, false, "half before a scale"},
		{"one and a half", 1.5, false, "and a half"},
		{"two and a half million", 2.5e6, false, "and a half before a scale"},
		{"first", 1, true, "ordinal unit"},
		{"second", 2, true, "ordinal unit"},
		{"twelfth", 12, true, "irregular ordinal"},
		{"twentieth", 20, true, "tens ordinal"},
		{"twenty-first", 21, true, "hyphenated ordinal"},
		{"one hundred and first", 101, true, "ordinal after and"},
		{"hundredth", 100, true, "scale ordinal"},
		{"thousandth", 1000, true, "scale ordinal"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			p := parser{text: tc.in, t: lex(tc.in, nil)}
			a, ok := p.wordsAt(0)
			if !ok || a.next != len(p.t) {
				t.Fatalf("wordsAt(%q): ok %v, read %d of %d tokens (%s)", tc.in, ok, a.next, len(p.t), tc.reason)
			}
			if a.v != tc.v || a.ord != tc.ord {
				t.Errorf("wordsAt(%q) = %v ordinal %v, want %v %v (%s)", tc.in, a.v, a.ord, tc.v, tc.ord, tc.reason)
			}
		})
	}
	for _, in := range []string{"and", "a", "half", "hundred", "the", "one two", "twenty thirty"} {
		p := parser{text: in, t: lex(in, nil)}
		if a, ok := p.wordsAt(0); ok && a.next == len(p.t) {
			t.Errorf("wordsAt(%q) read the whole input as %v; it is not one number", in, a.v)
		}
	}
}
