package words

import (
	"testing"

	"github.com/golangci/misspell"
)

func TestAmerican(t *testing.T) {
	tests := []struct {
		uk, us string
		reason string
	}{
		{"defence", "defense", "listed"},
		{"defences", "defenses", "listed"},
		{"offence", "offense", "listed"},
		{"licence", "license", "listed"},
		{"modernise", "modernize", "listed"},
		{"organised", "organized", "listed"},
		{"programme", "program", "listed"},
		{"centre", "center", "listed"},
		{"labour", "labor", "listed"},
		{"travelled", "traveled", "listed"},
		{"catalogue", "catalog", "listed"},
		{"judgement", "judgment", "added to the list"},
		{"armour", "armor", "added to the list"},
		{"pummelled", "pummeled", "the list has pummel: corrected"},
		{"philtre", "philter", "the list has filter, another word: corrected"},
		// Rules, for words the list lacks.
		{"weaponised", "weaponized", "-ise after -on"},
		{"incentivise", "incentivize", "-ise after -iv"},
		{"modernisation", "modernization", "-isation after -rn"},
		{"militarisations", "militarizations", "-isations after -ar"},
		{"reprioritising", "reprioritizing", "-ising after -it"},
		{"hydrolysed", "hydrolyzed", "-lyse"},
		{"travelogue", "travelog", "-logue"},
		{"pedagogues", "pedagogs", "-gogue"},
		{"refuelling", "refueling", "doubled l after -el"},
		{"remodellers", "remodelers", "doubled l after -el"},
		{"initialled", "initialed", "doubled l after -al"},
		{"stencilled", "stenciled", "doubled l after -cil"},
		{"epicentres", "epicenters", "a prefix before a listed word"},
		{"watercolours", "watercolors", "a prefix before a listed word"},
		{"colourist", "colorist", "a suffix after a listed word"},
		{"storeys", "stories", "a plural after a listed word in -y"},
		// Not British spellings.
		{"whilst", "whilst", "a word choice, not a spelling"},
		{"premise", "premise", "-ise that stays -ise"},
		{"compromised", "compromised", "-ise that stays -ise"},
		{"advertising", "advertising", "-ise that stays -ise"},
		{"exercise", "exercise", "-ise that stays -ise"},
		{"supervised", "supervised", "-ise that stays -ise"},
		{"expertise", "expertise", "-ise that stays -ise"},
		{"treatise", "treatise", "-ise that stays -ise"},
		{"crises", "crises", "plural of crisis"},
		{"rise", "rise", "too short for a rule"},
		{"rogue", "rogue", "not a -logue word"},
		{"compelled", "compelled", "l doubled in American too"},
		{"excelled", "excelled", "l doubled in American too"},
		{"rebelled", "rebelled", "l doubled in American too"},
		{"installed", "installed", "l doubled in American too"},
		{"bestselling", "bestselling", "sell, not a doubled l"},
		{"storytelling", "storytelling", "tell, not a doubled l"},
		{"indwelling", "indwelling", "dwell, not a doubled l"},
		{"chancellor", "chancellor", "chancellor in American too"},
		{"notre", "notre", "no rule for -re"},
		{"glamour", "glamour", "American glamour"},
		{"four", "four", "no rule for -our"},
		{"Defence", "Defence", "not folded: American expects folded input"},
	}
	for _, tt := range tests {
		if got := American(tt.uk); got != tt.us {
			t.Errorf("American(%q) = %q, want %q (%s)", tt.uk, got, tt.us, tt.reason)
		}
	}
}

// TestAmericanList checks American against the whole misspell list: every
// American spelling stays, every result is stable, and the rules, tried alone
// on the listed British words, agree with the list where they apply.
func TestAmericanList(t *testing.T) {
	list := misspell.DictAmerican
	if len(list) < 2000 || len(list)%2 != 0 {
		t.Fatalf("misspell.DictAmerican has %d entries: not a list of pairs", len(list))
	}
	// Where the rules are right and the list is not, or the list respells
	// more than the rule does (anaesthetise → anesthetize).
	ruleBetter := map[string]bool{
		"pummelled": true, "pummelling": true, "snowploughs": true, "philtres": true,
		"anaesthetise": true, "anaesthetised": true, "anaesthetises": true, "anaesthetising": true,
	}
	fired, agree := 0, 0
	for i := 0; i < len(list); i += 2 {
		uk, us := list[i], list[i+1]
		if got := American(us); got != us {
			t.Errorf("American(%q) = %q: an American spelling changed", us, got)
		}
		if got := American(uk); American(got) != got {
			t.Errorf("American not idempotent: %q → %q → %q", uk, got, American(got))
		}
		for _, rule := range rules {
			if got, ok := rule(uk); ok {
				fired++
				if got == us {
					agree++
				} else if !ruleBetter[uk] {
					t.Errorf("rule: %q → %q, list says %q", uk, got, us)
				}
				break
			}
		}
	}
	t.Logf("%d pairs; the rules apply to %d listed words and agree on %d", len(list)/2, fired, agree)
	if fired < len(list)/4 {
		t.Errorf("rules apply to only %d listed words", fired)
	}
}
