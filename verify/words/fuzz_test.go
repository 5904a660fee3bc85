package words

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are inputs that have exercised the edges of Fold and Tokenize.
var fuzzSeeds = []string{
	"", " ", "\n\n", "U.S.", "the U.K.’s", "U.S.-U.K.", "a.e.\u0301", "ﬁ", "㍿ ¼",
	"It’s no secret that £24 billion", "3,700.5 personnel", "cyber-attacks",
	"“quoted” «guillemets» 5′ 11″", "defence organised travelled", "\xff\xfe",
	"ᾳ\u0345", "İstanbul", "ǅ", "e\u0301\u0301", "a\u00adb", "日本の防衛",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b[:min(len(b), 2000)]))
		}
	}
}

func FuzzFold(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		folded, off := Fold(s)
		checkOffsets(t, s, folded, off)
		if again, _ := Fold(folded); again != folded {
			t.Fatalf("not idempotent:\nFold(%q)\n = %q\nFold(that) = %q", s, folded, again)
		}
		if !utf8.ValidString(folded) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, folded)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for i, tk := range Tokenize(s) {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %d [%d,%d) overlaps the one before (ending %d) or is out of range", i, tk.Start, tk.End, end)
			}
			if s[tk.Start:tk.End] != tk.Raw {
				t.Fatalf("token %d: Raw %q != s[%d:%d] = %q", i, tk.Raw, tk.Start, tk.End, s[tk.Start:tk.End])
			}
			if tk.Norm == "" || tk.Stem == "" {
				t.Fatalf("token %d %q: empty Norm or Stem", i, tk.Raw)
			}
			end = tk.End
		}
	})
}
