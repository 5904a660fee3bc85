package verify

import (
	"testing"

	"github.com/verity-news/verity/verify/figure"
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
		{"Chief Okafor", "the state forestry agency", roleOther, "a body's description is not a titled person's"},
		{"Mr Smith", "The company", roleOther, "a company's statement is not Mr Smith's words"},
		{"Renata Okafor", "the state forestry agency", roleNone, "an untitled name may be a body's: not told"},
		{"Chief Okafor", "the fire chief", roleNone, "a description holding a title may stand for the person"},
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

// wordAt returns the index of the first token of e written w, or -1.
func wordAt(e []tok, w string) int {
	for i := range e {
		if e[i].raw == w {
			return i
		}
	}
	return -1
}

func TestNegatedBefore(t *testing.T) {
	tests := []struct {
		text   string
		first  string // the evidence word the claim's words start at
		want   bool
		reason string
	}{
		{"No jobs will be lost.", "jobs", true, "the negation just before the claim's words"},
		{"Announcements don't lay bricks. What builds homes is skilled workers.", "What", false, "a sentence end between them"},
		{"Bricks are not enough; skilled workers build homes.", "skilled", false, "a semicolon ends the negation's clause"},
		{"If they don't meet it, we will step in.", "we", false, "a comma ends the negation's clause"},
		{"They did not ever say it.", "say", true, "two words between, one clause"},
		{"He did not, however, say it.", "say", true, "an aside between the negation and the words"},
		{"He did not, as far as we know, ever say it.", "say", false, "an aside longer than the negation's reach"},
		{"He did not stop, and we say it.", "say", false, "a comma closes the negation's clause, which goes on after it"},
	}
	for _, tt := range tests {
		e := tokens(tt.text, 0)
		if got := negatedBefore(tt.text, e, wordAt(e, tt.first)); got != tt.want {
			t.Errorf("negatedBefore(%q at %q) = %v, want %v (%s)", tt.text, tt.first, got, tt.want, tt.reason)
		}
	}
}

func TestAsideNo(t *testing.T) {
	tests := []struct {
		claim, text string
		want        bool
		reason      string
	}{
		{"The scheme will train 5,000 workers", "The scheme, which has no funding, will train 5,000 workers.", true, "'no' governs funding, which the claim lacks, and its clause ends"},
		{"surveyors will be hired", "No surveyors will be hired.", false, "'no' governs the claim's own word"},
		{"The agency will hire plumbers", "The agency will hire no plumbers.", false, "'no' before the claim's object"},
		{"The agency will hire plumbers", "The agency will not hire plumbers.", false, "'not' always counts: it negates the predicate"},
	}
	for _, tt := range tests {
		ci := testClaim(tt.claim)
		e := tokens(tt.text, 0)
		got := false
		for i := range e {
			if e[i].neg && asideNo(tt.text, ci, e, i) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("asideNo(%q in %q) = %v, want %v (%s)", tt.claim, tt.text, got, tt.want, tt.reason)
		}
	}
}

func TestFigureInPlace(t *testing.T) {
	tests := []struct {
		claim, text string
		want        bool
		reason      string
	}{
		{"Tenants will get 4 weeks of notice, up from 8 weeks today", "Tenants will get 8 weeks of notice, up from 4 weeks today.", true, "the two figures swapped between their places"},
		{"The fund cost £55 million in 2023", "The fund cost £40 million in 2023 and £55 million in 2024.", true, "£40 million stands in the claim figure's place"},
		{"The fund cost £55 million in 2024", "The fund cost £40 million in 2023 and £55 million in 2024.", false, "the passage holds both claim figures in the claim's order"},
		{"Tenants will get 8 weeks of notice", "Tenants will get 8 weeks of notice, up from 4 weeks today.", false, "the figure in place agrees"},
		{"The survey team cost £15 million", "The survey team cost £12 million, the legal team £15 million.", true, "a claim that ends in its figure, against a figure that ends its clause"},
		{"The fund cost £55 million", "The fund cost £40 million in 2023 and £55 million in 2024.", false, "the figure in place does not end its clause: the claim may speak of the other year"},
		{"Up from 4 weeks today, tenants will get 8 weeks of notice", "Tenants will get 8 weeks of notice, up from 4 weeks today.", false, "a moved clause: no figure between matching words on both sides"},
	}
	for _, tt := range tests {
		c, e := claimTokens(tt.claim), tokens(tt.text, 0)
		al := align(c, e)
		var cf, ef []figure.Figure
		for i := range c {
			if c[i].fig != nil {
				cf = append(cf, *c[i].fig)
			}
		}
		for i := range e {
			if e[i].fig != nil {
				ef = append(ef, *e[i].fig)
			}
		}
		_, ok := figureInPlace(tt.text, c, e, &al)
		if got := ok && (len(cf) < 2 || !inOrder(cf, ef)); got != tt.want {
			t.Errorf("figure in place for %q against %q: %v, want %v (%s)", tt.claim, tt.text, got, tt.want, tt.reason)
		}
	}
}

func TestSynonymsInPlace(t *testing.T) {
	tests := []struct {
		claim, text string
		want        int
		reason      string
	}{
		{"the pound dropped 0.6% against the dollar", "The pound fell 0.6% against the dollar.", 1, "a synonym between matching words"},
		{"The Bank lowered interest rates", "The Bank has cut interest rates.", 1, "an auxiliary the claim lacks does not move the place"},
		{"In the year to March rents increased 2.5%", "Rents rose 2.5% in the year to March.", 1, "the moved phrase is aligned on its own"},
		{"Rents climbed 3.5% in the year", "Rents rose 2.5% in the year.", 1, "a figure in a figure's place keeps the place: the figure rules judge it"},
		{"The council backed the plan", "The council rejected the plan and approved the budget.", 0, "rejected stands in the claim word's place; the synonym belongs to another fact"},
		{"the pound soared 0.6%", "The pound rose 0.6%.", 0, "not on the list: a word that adds a degree"},
	}
	for _, tt := range tests {
		ci := testClaim(tt.claim)
		e := tokens(tt.text, 0)
		al := align(ci.toks, e)
		if got := synonymsInPlace(ci, e, &al); len(got) != tt.want {
			t.Errorf("synonymsInPlace(%q, %q) = %q, want %d (%s)", tt.claim, tt.text, got, tt.want, tt.reason)
		}
	}
}

func TestInPlace(t *testing.T) {
	tests := []struct {
		claim, text      string
		names, opposites int
		reason           string
	}{
		{"The FTSE 250 climbed 0.8%", "Sterling slipped, while the FTSE 250 rose 0.8%.", 1, 0, "the number after the same name, whatever verb the figure reads as its noun"},
		{"The FTSE 250 fell 0.8%", "Sterling fell, while the FTSE 250 rose 0.8%.", 1, 1, "rose in fell's place, though fell stands elsewhere"},
		{"the carrier had 9 aircraft", "the carrier had 9 ships and 32 aircraft.", 0, 0, "a number after a small word is no name's number"},
		{"Sterling rose 0.4%", "Sterling slipped 0.4%.", 0, 1, "slipped, a synonym of fell, is rose's opposite too"},
		{"Sterling rose 0.4%", "Sterling held 0.4% above the euro, while the FTSE fell.", 0, 0, "the opposite stands elsewhere, not in rose's place"},
	}
	for _, tt := range tests {
		ci := testClaim(tt.claim)
		e := tokens(tt.text, 0)
		al := align(ci.toks, e)
		if got := len(nameNumbers(ci.toks, e, &al)); got != tt.names {
			t.Errorf("nameNumbers(%q, %q) = %d, want %d (%s)", tt.claim, tt.text, got, tt.names, tt.reason)
		}
		if got := len(antonymsInPlace(ci, e, &al)); got != tt.opposites {
			t.Errorf("antonymsInPlace(%q, %q) = %d, want %d (%s)", tt.claim, tt.text, got, tt.opposites, tt.reason)
		}
	}
}

// testClaim is the claimInfo of text with its toks and content stems, as
// the rules read them.
func testClaim(text string) *claimInfo {
	ci := &claimInfo{toks: claimTokens(text)}
	for i := range ci.toks {
		if ci.toks[i].content() {
			ci.content = append(ci.content, ci.toks[i].stem)
		}
	}
	return ci
}
