package quote

import "testing"

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
