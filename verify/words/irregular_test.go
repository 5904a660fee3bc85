package words

import "testing"

func TestIrregularStems(t *testing.T) {
	tests := []struct {
		a, b   string
		same   bool
		reason string
	}{
		{"won", "wins", true, "past tense and present of win"},
		{"won", "win", true, "past tense and infinitive"},
		{"brought", "bringing", true, "past and gerund"},
		{"spent", "spend", true, "past participle and infinitive"},
		{"told", "tells", true, "past and present"},
		{"chosen", "choose", true, "participle and infinitive"},
		{"shot", "shots", true, "a noun as well: its plural still meets it"},
		{"found", "founded", true, "found is also a verb of its own"},
		{"saw", "see", false, "saw is an infinitive of the list: ambiguous"},
		{"left", "leave", false, "left is also a direction and a side in politics"},
		{"won", "own", false, "unrelated words"},
		{"goes", "went", true, "present and past of go: Snowball alone stems goes as goe"},
		{"goes", "go", true, "present and infinitive"},
		{"does", "did", true, "present and past of do"},
		{"undergoes", "underwent", true, "a compound of go"},
	}
	for _, tt := range tests {
		if got := Stem(tt.a) == Stem(tt.b); got != tt.same {
			t.Errorf("Stem(%q) = %q, Stem(%q) = %q: same %v, want %v (%s)", tt.a, Stem(tt.a), tt.b, Stem(tt.b), got, tt.same, tt.reason)
		}
	}
}

func TestLemma(t *testing.T) {
	for in, want := range map[string]string{"won": "win", "fought": "fight", "ran": "run", "walked": "walked", "saw": "saw"} {
		if got := Lemma(in); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", in, got, want)
		}
	}
}
