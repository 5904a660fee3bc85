package words

import (
	"testing"
)

// checkCut fails when Cut(s, i) holds but Tokenize(s) is not the tokens of
// s[:i] followed by those of s[i:].
func checkCut(t *testing.T, s string, i int) {
	t.Helper()
	if !Cut(s, i) {
		return
	}
	whole := Tokenize(s)
	parts := Tokenize(s[:i])
	for _, tk := range Tokenize(s[i:]) {
		tk.Start += i
		tk.End += i
		parts = append(parts, tk)
	}
	if len(whole) != len(parts) {
		t.Fatalf("Cut(%q, %d): %d tokens whole, %d cut", s, i, len(whole), len(parts))
	}
	for k := range whole {
		a, b := whole[k], parts[k]
		if a.Start != b.Start || a.End != b.End || a.Norm != b.Norm || a.Stem != b.Stem {
			t.Fatalf("Cut(%q, %d): token %d is %+v whole, %+v cut", s, i, k, a, b)
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		s      string
		i      int
		want   bool
		reason string
	}{
		{"said the bridge", 5, true, "after white space"},
		{"said “the bridge”", 8, true, "after an opening quote mark"},
		{"the bridge” he", 10, true, "before a closing quote mark"},
		{"open in May. Next", 11, true, "before a full stop after a word, followed by a space"},
		{"open in May.", 11, true, "before a final full stop"},
		{"in the U.S. now", 10, false, "the dot may end an abbreviation"},
		{"in May.U.S. now", 6, false, "a dot followed by a letter"},
		{"it's", 2, false, "an apostrophe joins letters"},
		{"3,700 people", 1, false, "a comma between digits"},
		{"costs 24.", 8, false, "a dot after a number"},
		{"bridge, he", 6, true, "a comma after a word"},
		{"bridge\u0301", 6, false, "a combining mark"},
		{"mid-word", 2, false, "inside a word"},
		{"é", 1, false, "inside a character"},
	}
	for _, tc := range tests {
		if got := Cut(tc.s, tc.i); got != tc.want {
			t.Errorf("Cut(%q, %d) = %v, want %v: %s", tc.s, tc.i, got, tc.want, tc.reason)
		}
		checkCut(t, tc.s, tc.i)
	}
}

// FuzzCut checks Cut's promise at every byte of the input.
func FuzzCut(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{
		"said “it's U.S.” he", "may.u.s. x", "\u00ad “e\u0301” ", "a \u0301b", "x. y", "ab.\u200b ",
		"“ab”\u0301", "ab!c", "ab)\u00adc", "e\u00ad\u0301 x", "ab. ½ “", "ab.\u3000x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 1; i < len(s); i++ {
			checkCut(t, s, i)
		}
	})
}
