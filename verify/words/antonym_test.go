package words

import "testing"

func TestAntonyms(t *testing.T) {
	cases := []struct {
		a, b   string
		want   bool
		reason string
	}{
		{"increase", "decrease", true, "the plainest pair"},
		{"increasing", "decreased", true, "any inflection of either word"},
		{"rose", "fell", true, "irregular past tenses are listed as such"},
		{"approved", "rejected", true, "a decision and its reverse"},
		{"increase", "increased", false, "the same word is not its opposite"},
		{"increase", "funding", false, "unrelated words"},
		{"strengthen", "weakened", true, "a verb pair"},
		{"quickly", "slowly", true, "adverbs of opposite adjectives"},
		{"rapidly", "slowly", true, "another adverb of the pair"},
		{"faster", "slower", true, "comparatives of opposite adjectives"},
		{"wider", "narrower", true, "comparatives, -e and -ow"},
		{"earlier", "later", true, "listed comparatives"},
		{"higher", "lower", true, "listed comparatives"},
		{"sharply", "gradually", true, "-al adverbs"},
		{"quickly", "quicker", false, "the same adjective is no opposite"},
		{"hardly", "easily", false, "hardly is not the adverb of hard"},
		{"highly", "lowly", false, "no -ly forms for high and low"},
		{"lately", "earlier", false, "lately is not the adverb of late"},
		{"slowly", "quickened", false, "a verb of the adjective is not listed"},
	}
	for _, c := range cases {
		got := false
		for _, x := range Antonyms(Stem(Fold1(c.a))) {
			if x == Stem(Fold1(c.b)) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s/%s: antonyms %v, want %v (%s); stems %q %q", c.a, c.b, got, c.want, c.reason, Stem(Fold1(c.a)), Stem(Fold1(c.b)))
		}
	}
}

// Fold1 folds one word.
func Fold1(s string) string { f, _ := Fold(s); return f }
