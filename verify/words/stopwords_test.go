package words

import (
	"slices"
	"testing"
)

func TestNegation(t *testing.T) {
	tests := []struct {
		norm   string
		want   bool
		reason string
	}{
		{"not", true, "plain negation"},
		{"no", true, "determiner negation"},
		{"never", true, "adverb"},
		{"nor", true, "conjunction"},
		{"neither", true, "conjunction"},
		{"none", true, "pronoun"},
		{"nobody", true, "pronoun"},
		{"nothing", true, "pronoun"},
		{"nowhere", true, "adverb"},
		{"cannot", true, "fused can not"},
		{"isn't", true, "n't contraction"},
		{"don't", true, "n't contraction"},
		{"won't", true, "irregular n't contraction"},
		{"can't", true, "irregular n't contraction"},
		{"didn't", true, "n't contraction"},
		{"dont", true, "apostrophe-less contraction that is no other word"},
		{"note", false, "starts with no"},
		{"nobel", false, "starts with no"},
		{"knot", false, "contains not"},
		{"north", false, "starts with no"},
		{"another", false, "contains not"},
		{"nothingness", false, "a noun, not a negation"},
		{"cant", false, "a word of its own (jargon)"},
		{"wont", false, "a word of its own (habit)"},
		{"n't", false, "a bare suffix is no word"},
	}
	for _, tt := range tests {
		if got := Negation(tt.norm); got != tt.want {
			t.Errorf("Negation(%q) = %v, want %v (%s)", tt.norm, got, tt.want, tt.reason)
		}
	}
}

func TestNegationCurlyApostrophe(t *testing.T) {
	toks := Tokenize("It isn’t and it doesn't")
	if got := Negations(toks); !slices.Equal(got, []int{1, 4}) {
		t.Errorf("Negations = %v, want [1 4]: the curly apostrophe is folded", got)
	}
}

func TestNegations(t *testing.T) {
	tests := []struct {
		in     string
		want   []int
		reason string
	}{
		{"The UK is not our closest friend", []int{3}, "one negation word"},
		{"It is a close partnership", nil, "no negation"},
		{"We will never cooperate", []int{2}, "never"},
		{"It is no longer a priority", []int{2}, "no longer counted once, at no"},
		{"It is not any more a priority", []int{2}, "not any more counted once, at not"},
		{"This is far from over", []int{2}, "far from"},
		{"The talks failed to reach a deal", []int{2}, "failed to"},
		{"They fail to see it", []int{1}, "fail to"},
		{"They failed the test", nil, "fail without to is no negation phrase"},
		{"far away from home", nil, "far and from apart"},
		{"Nothing was agreed; nobody came", []int{0, 3}, "pronouns"},
		{"Nobel laureates met in the north", nil, "lookalikes"},
	}
	for _, tt := range tests {
		if got := Negations(Tokenize(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("Negations(%q) = %v, want %v (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}

func TestStopword(t *testing.T) {
	for _, w := range []string{"the", "a", "of", "in", "we", "it's", "is", "have", "and", "would", "our", "which"} {
		if !Stopword(w) {
			t.Errorf("Stopword(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"not", "no", "nor", "never", "don't", "defense", "budget", "us", "uk", "nine"} {
		if Stopword(w) {
			t.Errorf("Stopword(%q) = true, want false: negations and content words carry meaning", w)
		}
	}
}
