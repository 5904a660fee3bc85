package words

import "testing"

func TestSynonyms(t *testing.T) {
	cases := []struct {
		a, b   string
		want   bool
		reason string
	}{
		{"dropped", "fell", true, "an irregular past tense against a regular one"},
		{"lowered", "cut", true, "a rate lowered is a rate cut"},
		{"backed", "approved", true, "a decision, worded otherwise"},
		{"rose", "increased", true, "any inflection of either word"},
		{"rose", "fell", false, "opposites are not synonyms"},
		{"raised", "cut", false, "opposites are not synonyms"},
		{"increase", "increased", false, "the same word is not its own synonym"},
		{"soared", "rose", false, "a word that adds a degree is left out"},
		{"hit", "struck", true, "a collision reported either way; struck is strike's past tense"},
	}
	for _, c := range cases {
		a, b := Stem(Fold1(c.a)), Stem(Fold1(c.b))
		if got := Synonym(a, b); got != c.want {
			t.Errorf("%s/%s: synonyms %v, want %v (%s); stems %q %q", c.a, c.b, got, c.want, c.reason, a, b)
		}
		if Synonym(a, b) != Synonym(b, a) {
			t.Errorf("%s/%s: not symmetric", c.a, c.b)
		}
	}
	for _, c := range []struct{ a, b, reason string }{
		{"climbed", "fell", "climb is rise's synonym, and fall rise's opposite"},
		{"lowered", "raised", "listed as such"},
		{"dropped", "climbed", "both through their synonyms"},
	} {
		a, b := Stem(Fold1(c.a)), Stem(Fold1(c.b))
		if !containsString(Antonyms(a), b) || !containsString(Antonyms(b), a) {
			t.Errorf("%s/%s: not antonyms (%s)", c.a, c.b, c.reason)
		}
	}
	for _, g := range synonymGroups {
		for _, w := range g {
			for _, opp := range Antonyms(Stem(w)) {
				if Synonym(Stem(w), opp) {
					t.Errorf("%s: %s is both a synonym and an antonym", w, opp)
				}
			}
		}
	}
}

func TestPhrasal(t *testing.T) {
	cases := []struct {
		verb, particle, want string
		reason               string
	}{
		{"went", "up", "rose", "an irregular past tense of go, with up, is a rise"},
		{"goes", "down", "fell", "the -oes present of go, with down, is a fall"},
		{"coming", "down", "fall", "come down states a fall"},
		{"went", "out", "", "no verb of its own is listed for go out"},
		{"rose", "up", "", "only the verbs listed take a particle"},
	}
	for _, c := range cases {
		got := Phrasal(Stem(Fold1(c.verb)), Fold1(c.particle))
		want := ""
		if c.want != "" {
			want = Stem(Fold1(c.want))
		}
		if got != want && !Synonym(got, want) {
			t.Errorf("%s %s: %q, want %q (%s)", c.verb, c.particle, got, want, c.reason)
		}
	}
}
