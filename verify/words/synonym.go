package words

import "sort"

// synonymGroups are words that state the same fact when one stands in
// the other's place ("the pound dropped" for "the pound fell", "lowered
// interest rates" for "cut interest rates", "backed the plan" for
// "approved the plan"). The groups are kept to plain equivalents: a word
// that adds a degree ("soared", "slashed") or reads otherwise in many
// sentences ("pass", "ease") is left out. They are stemmed when the
// package loads, so every inflection counts; "rose" and "fell", which the
// stemmer keeps apart from "rise" and "fall" (a flower, a hillside), are
// listed as such.
var synonymGroups = [][]string{
	{"rise", "rose", "climb", "increase", "grow", "gain"},
	{"fall", "fell", "drop", "decline", "decrease", "slip", "dip"},
	{"cut", "lower", "reduce"},
	{"raise", "lift", "increase", "boost"},
	{"approve", "back", "endorse"},
	{"buy", "purchase", "acquire"},
	{"start", "begin"},
	{"end", "finish"},
	{"help", "assist"},
	{"need", "require"},
	{"quit", "resign"},
	{"sack", "dismiss"},
	{"hire", "recruit"},
	{"ban", "prohibit"},
	{"build", "construct"},
	{"repair", "fix"},
	{"hit", "strike"}, // "was hit by a lorry", "was struck by a lorry"
	{"get", "receive", "obtain"},
	{"big", "large"},
	{"firm", "company"},
	{"shop", "store"},
}

// phrasalVerbs are a verb and its particle that state what one verb
// states: "rents went up" says "rents rose", "prices came down" says
// "prices fell". Keyed by the verb's stem and the particle.
var phrasalVerbs = map[[2]string]string{
	{"go", "up"}:     "rise",
	{"go", "down"}:   "fall",
	{"come", "down"}: "fall",
}

// Phrasal returns the stem of the one verb that a verb (its stem) and the
// folded particle after it state together ("go" and "up" give the stem of
// "rise"), or "".
func Phrasal(stem, particle string) string {
	if v, ok := phrasalVerbs[[2]string{stem, particle}]; ok {
		return Stem(v)
	}
	return ""
}

// synonyms maps a stem to the stems of the words of the same meaning.
var synonyms = map[string][]string{}

func init() {
	for _, g := range synonymGroups {
		for _, a := range g {
			sa := Stem(a)
			for _, b := range g {
				if sb := Stem(b); sb != sa && !containsString(synonyms[sa], sb) {
					synonyms[sa] = append(synonyms[sa], sb)
				}
			}
		}
	}
	// A word's synonyms lend it their opposites: "climbed" is the
	// opposite of "fell", as "rose" is. One step, from the listed pairs.
	listed := map[string][]string{}
	for st, opp := range antonyms {
		listed[st] = append([]string(nil), opp...)
	}
	for st, syns := range synonyms {
		for _, syn := range syns {
			for _, opp := range listed[syn] {
				if opp != st && !containsString(synonyms[st], opp) && !containsString(antonyms[st], opp) {
					antonyms[st] = append(antonyms[st], opp)
					antonyms[opp] = append(antonyms[opp], st)
				}
			}
		}
	}
	for st := range antonyms {
		sort.Strings(antonyms[st])
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Synonyms returns the stems of the words that state the same as the word
// with stem stem in its place, or nil.
func Synonyms(stem string) []string { return synonyms[stem] }

// Synonym reports whether the words with stems a and b are synonyms.
func Synonym(a, b string) bool { return containsString(synonyms[a], b) }
