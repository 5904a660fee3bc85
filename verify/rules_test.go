package verify

import (
	"testing"

	"github.com/verity-news/verity/verify/quote"
)

func TestUnnamedRole(t *testing.T) {
	tests := []struct {
		speaker, mention string
		want             int
		reason           string
	}{
		{"Ruth Benning", "A member of her campaign team", roleOther, "an indefinite description brings in a person the story does not name"},
		{"Steve Reed", "one shop owner", roleOther, "'one' introduces an unnamed person"},
		{"Anders Holm", "a BALPA spokeswoman", roleOther, "BALPA's spokeswoman is not Holm"},
		{"BALPA", "a BALPA spokeswoman", roleSame, "a spokeswoman speaks for her organisation"},
		{"the Home Office", "a spokesman for the Home Office", roleSame, "a spokesman for the organisation"},
		{"Keith Barlow", "he", roleNone, "an unresolved pronoun may be anyone, the claim's speaker too"},
		{"Mark Lancaster", "the minister", roleNone, "a title may stand for the named speaker"},
		{"a Defence Minister", "the Defence Minister", roleSame, "the role the claim names"},
		{"Helen Ashdown", "team", roleOther, "a bare noun without a title: someone the story does not name"},
		{"Quillpay", "The company", roleNone, "a definite description may refer back to the claim's speaker"},
		{"Northgate Police", "Police", roleNone, "a word of the claim's speaker"},
	}
	for _, tt := range tests {
		sp := &quote.Span{Mention: &quote.Mention{Text: tt.mention}}
		if got := unnamedRole(tt.speaker, sp); got != tt.want {
			t.Errorf("unnamedRole(%q, %q) = %d, want %d (%s)", tt.speaker, tt.mention, got, tt.want, tt.reason)
		}
	}
	if got := unnamedRole("Ruth Benning", &quote.Span{}); got != roleNone {
		t.Errorf("a quote with no mention: role %d, want roleNone: the text does not tell who speaks", got)
	}
}

func TestEllipticalNegation(t *testing.T) {
	tests := []struct {
		text   string
		after  string // the last word the claim was found with
		want   bool
		reason string
	}{
		{"Names were taken, but full card numbers and passwords were not.", "passwords", true, "auxiliary and not, then the clause ends"},
		{"Most rooms were damaged but the office wasn't, the council said.", "office", true, "a negated auxiliary ending the clause"},
		{"The office and the hall were not damaged.", "hall", false, "the predicate follows the negation: an ordinary negation"},
		{"The office was damaged, but the hall was not.", "damaged", false, "the negation belongs to a later clause"},
		{"Passwords were no longer stored.", "passwords", false, "'no' is no elided predicate"},
	}
	for _, tt := range tests {
		e := tokens(tt.text, 0)
		last := -1
		for i := range e {
			if e[i].raw == tt.after {
				last = i
				break
			}
		}
		if got := ellipticalNegation(tt.text, e, last); got != tt.want {
			t.Errorf("ellipticalNegation(%q after %q) = %v, want %v (%s)", tt.text, tt.after, got, tt.want, tt.reason)
		}
	}
}

func TestHypothetical(t *testing.T) {
	tests := []struct {
		claim  string
		want   bool
		reason string
	}{
		{"Regulators have fined Bayline up to £2 million", false, "a fact"},
		{"Regulators could fine Bayline", true, "a modal of possibility"},
		{"Reform would demand a recount if the margin fell below 1,000 votes", true, "a condition"},
		{"Regulators will fine Bayline", false, "a plan stated as what will happen"},
		{"The vote was held in May", false, "May the month is a figure, not the modal"},
	}
	for _, tt := range tests {
		if got := hypothetical(claimTokens(tt.claim)); got != tt.want {
			t.Errorf("hypothetical(%q) = %v, want %v (%s)", tt.claim, got, tt.want, tt.reason)
		}
	}
}
