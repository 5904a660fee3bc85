package quote

import (
	"strings"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

// TestClassTable checks that classOf's hash table gives wordClass.
func TestClassTable(t *testing.T) {
	for w, c := range wordClass {
		if got := classOf(w); got != c {
			t.Errorf("classOf(%q) = %#x, want %#x", w, got, c)
		}
		if got := classLookup([]byte(w + "x")); got != wordClass[w+"x"] {
			t.Errorf("classLookup(%q) = %#x, want %#x", w+"x", got, wordClass[w+"x"])
		}
	}
	for _, w := range []string{"", "zzz", "Said", "SAID", "it’s", "Minister’s"} {
		var buf [48]byte
		n := foldKey(w, &buf)
		if got := classLookup(buf[:n]); got != wordClass[string(buf[:n])] {
			t.Errorf("classLookup(%q) = %#x, want %#x", w, got, wordClass[string(buf[:n])])
		}
	}
}

// TestTokenLayout checks that a token's classes, flags and length fit its
// 32 bits, and that long tokens keep their ends.
func TestTokenLayout(t *testing.T) {
	if fWide >= 1<<lenShift || lenShift+9 != 32 || longLen != 511 {
		t.Fatalf("token layout: fWide %#x, lenShift %d, longLen %d", fWide, lenShift, longLen)
	}
	var words []string
	text := ""
	for _, n := range []int{1, 509, 510, 511, 512, 513, 70000} {
		w := strings.Repeat("é", n/2) + strings.Repeat("x", n%2)
		words = append(words, w)
		text += w + " , "
	}
	src, err := source.Parse("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	x := newExtractor(src)
	defer x.release()
	if len(x.toks) != len(words) {
		t.Fatalf("%d tokens, want %d", len(x.toks), len(words))
	}
	for i, w := range words {
		if got := x.word(i); got != w {
			t.Errorf("token %d: %d bytes, want %d", i, len(got), len(w))
		}
	}
}
