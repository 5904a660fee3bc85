package verify

import (
	"reflect"
	"testing"
)

func TestAlign(t *testing.T) {
	cases := []struct {
		name, claim, evidence string
		cost, matched         int
		span                  string // the evidence words the claim covers
		changes               []Change
		reason                string
	}{
		{"word for word", "our closest friend", "the US is our closest friend and partner", 0, 3, "our closest friend", nil,
			"a claim inside a longer passage costs nothing: the passage's other words are outside the fit"},
		{"one word changed", "our oldest friend", "the US is our closest friend and partner", 1, 2, "our closest friend",
			[]Change{{Claim: "oldest", Evidence: "closest"}}, "a substitution is one change, shown claim against evidence"},
		{"word added", "our second closest friend", "the US is our closest friend", 1, 3, "our closest friend",
			[]Change{{Claim: "second", Evidence: ""}}, "a word the evidence lacks is a deletion"},
		{"word left out", "the US our closest friend", "the US is our closest friend", 1, 5, "the US is our closest friend",
			[]Change{{Claim: "", Evidence: "is"}}, "a word the claim leaves out is an insertion"},
		{"ellipsis", "I am delighted ... taking steps", "I am delighted to see partners taking steps to help", 0, 5,
			"I am delighted to see partners taking steps", nil, "'...' skips any words inside the passage"},
		{"bracket", "It's no secret that [the United States] is our friend", "It's no secret that the US is our friend", 0, 7,
			"It's no secret that the US is our friend", nil, "a bracketed insertion matches any words"},
		{"figure as value", "£24bn of spending", "the extra £24 billion of spending", 0, 3, "£24 billion of spending", nil,
			"figures compare by value: £24bn is £24 billion"},
		{"figure changed at the end", "over the next five years", "spending over the next four years means", 1, 3, "over the next four years",
			[]Change{{Claim: "five years", Evidence: "four years"}}, "a changed last figure is a substitution, not a figure dropped"},
		{"last word matched", "We will get there by March", "We will get there, but not by March.", 2, 6, "We will get there, but not by March",
			[]Change{{Claim: "", Evidence: "but not"}}, "among ends of one cost, the one that pairs the last word with itself wins over a substitution"},
		{"normalised words", "the U.K.'s defense budget", "The UK's defence budget", 0, 4, "The UK's defence budget", nil,
			"case, dots and spelling are folded before words compare"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct, et := claimTokens(c.claim), tokens(c.evidence, 0)
			a := align(ct, et)
			if a.cost != c.cost || a.matched != c.matched {
				t.Errorf("cost %d matched %d, want %d and %d (%s)", a.cost, a.matched, c.cost, c.matched, c.reason)
			}
			if a.start < a.end {
				if got := c.evidence[et[a.start].start:et[a.end-1].end]; got != c.span {
					t.Errorf("covers %q, want %q (%s)", got, c.span, c.reason)
				}
			}
			if got := a.changes(ct, et); !reflect.DeepEqual(got, c.changes) {
				t.Errorf("changes %v, want %v (%s)", got, c.changes, c.reason)
			}
		})
	}
}

func TestSmallestCover(t *testing.T) {
	// Keys 0 and 1 stand at tokens 2 and 9, and again at 20 and 21: the
	// narrowest window holding both is [20, 21].
	hits := []hit{{2, 0}, {9, 1}, {20, 0}, {21, 1}}
	first, last, keys := smallestCover(hits)
	if first != 20 || last != 21 || keys != 2 {
		t.Errorf("smallestCover = %d, %d, %d; want 20, 21, 2", first, last, keys)
	}
	if _, last, _ := smallestCover(nil); last != -1 {
		t.Errorf("no hits: last = %d, want -1", last)
	}
}
