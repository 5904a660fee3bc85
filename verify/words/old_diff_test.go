package words

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// sameAsOld fails t when Fold, Tokenize, American or Stem give anything
// other than the implementation in old_test.go on s.
func sameAsOld(t *testing.T, s string) {
	t.Helper()
	f, off := Fold(s)
	of, ooff := oldFold(s)
	if f != of || !slices.Equal(off, ooff) {
		t.Fatalf("Fold(%q) = %q %v, was %q %v", s, f, off, of, ooff)
	}
	toks, old := Tokenize(s), oldTokenize(s)
	if !slices.Equal(toks, old) {
		t.Fatalf("Tokenize(%q) =\n%+v, was\n%+v", s, toks, old)
	}
	for _, tk := range toks {
		if us, was := American(tk.Norm), oldAmerican(tk.Norm); us != was {
			t.Fatalf("American(%q) = %q, was %q", tk.Norm, us, was)
		}
		if st, was := Stem(tk.Norm), oldStem(tk.Norm); st != was {
			t.Fatalf("Stem(%q) = %q, was %q", tk.Norm, st, was)
		}
	}
}

// TestSameAsOld compares the fast paths with the old implementation on
// the seeds, line by line and whole, and the fuzz seeds.
func TestSameAsOld(t *testing.T) {
	inputs := slices.Clone(fuzzSeeds)
	paths, _ := filepath.Glob("../../seeds/*.txt")
	more, _ := filepath.Glob("../../testdata/verify/*.txtar")
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(b))
		inputs = append(inputs, strings.Split(string(b), "\n")...)
	}
	// The inputs the fuzz tests found.
	files, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if q, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(q, ")")); err == nil {
					inputs = append(inputs, s)
				}
			}
		}
	}
	for _, s := range inputs {
		sameAsOld(t, s)
	}
	// Every word again, now that the caches hold them.
	for _, s := range inputs {
		sameAsOld(t, s)
	}
}

func FuzzSameAsOld(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		sameAsOld(t, s)
		sameAsOld(t, s)
	})
}
