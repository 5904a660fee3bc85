package words

import (
	"slices"
	"strings"
)

// antonymPairs are words whose swap makes a statement say the opposite
// ("rose" for "fell", "approved" for "rejected"). They are stemmed when the
// package loads, so every inflection of a pair counts.
var antonymPairs = [][2]string{
	{"increase", "decrease"}, {"increase", "reduce"}, {"increase", "cut"}, {"increase", "fall"},
	{"increase", "drop"}, {"rise", "fall"}, {"rose", "fell"}, {"rise", "drop"}, {"rose", "dropped"},
	{"grow", "shrink"}, {"gain", "lose"}, {"gain", "loss"}, {"up", "down"}, {"higher", "lower"},
	{"more", "less"}, {"more", "fewer"}, {"most", "least"}, {"large", "small"},
	{"largest", "smallest"}, {"biggest", "smallest"}, {"big", "small"}, {"strengthen", "weaken"},
	{"strong", "weak"}, {"expand", "contract"}, {"expand", "shrink"}, {"boost", "cut"},
	{"raise", "lower"}, {"raise", "cut"}, {"hire", "fire"}, {"open", "close"}, {"accept", "reject"},
	{"approve", "reject"}, {"support", "oppose"}, {"agree", "disagree"}, {"allow", "ban"},
	{"allow", "forbid"}, {"permit", "forbid"}, {"win", "lose"}, {"won", "lost"}, {"succeed", "fail"},
	{"success", "failure"}, {"safe", "unsafe"}, {"safe", "dangerous"}, {"legal", "illegal"},
	{"true", "false"}, {"best", "worst"}, {"better", "worse"}, {"good", "bad"},
	{"positive", "negative"}, {"major", "minor"}, {"before", "after"}, {"earlier", "later"},
	{"include", "exclude"}, {"enter", "leave"}, {"arrive", "depart"}, {"start", "stop"},
	{"begin", "end"}, {"launch", "cancel"}, {"add", "remove"}, {"join", "leave"}, {"buy", "sell"},
	{"bought", "sold"}, {"import", "export"}, {"surplus", "deficit"}, {"profit", "loss"},
	{"maximum", "minimum"}, {"overestimate", "underestimate"}, {"accelerate", "slow"},
	{"easy", "hard"}, {"cheap", "expensive"}, {"oldest", "newest"}, {"ally", "enemy"},
	{"friend", "enemy"}, {"peace", "war"}, {"victory", "defeat"}, {"guilty", "innocent"},
}

// adjectivePairs are opposite adjectives whose comparatives and -ly
// adverbs are opposite too: "faster" for "slower", "more quickly" for
// "more slowly". Pairs whose derived words drift from the adjective's
// sense ("hardly", "lately", "highly", "closely") are listed in
// antonymPairs alone, or not at all.
var adjectivePairs = [][2]string{
	{"quick", "slow"}, {"fast", "slow"}, {"rapid", "slow"}, {"wide", "narrow"},
	{"strong", "weak"}, {"cheap", "expensive"}, {"safe", "dangerous"}, {"legal", "illegal"},
	{"positive", "negative"}, {"sharp", "gradual"}, {"steep", "gradual"},
}

// antonyms maps a stem to the stems of its opposites.
var antonyms = map[string][]string{}

func init() {
	pairs := slices.Clone(antonymPairs)
	for _, p := range adjectivePairs {
		pairs = append(pairs, p, [2]string{adverb(p[0]), adverb(p[1])})
		if a, b := comparative(p[0]), comparative(p[1]); a != "" && b != "" {
			pairs = append(pairs, [2]string{a, b})
		}
	}
	for _, p := range pairs {
		a, b := Stem(p[0]), Stem(p[1])
		if a == b || slices.Contains(antonyms[a], b) {
			continue
		}
		antonyms[a] = append(antonyms[a], b)
		antonyms[b] = append(antonyms[b], a)
	}
}

// adverb returns the -ly adverb of an adjective: "quick" → "quickly",
// "gradual" → "gradually", "easy" → "easily", "gentle" → "gently".
func adverb(adj string) string {
	switch {
	case strings.HasSuffix(adj, "y"):
		return adj[:len(adj)-1] + "ily"
	case strings.HasSuffix(adj, "le"):
		return adj[:len(adj)-1] + "y"
	}
	return adj + "ly"
}

// comparative returns the -er comparative of a short adjective ("fast" →
// "faster", "wide" → "wider", "narrow" → "narrower"), or "" for one
// compared with "more" ("dangerous", "gradual").
func comparative(adj string) string {
	if len(adj) > 6 && !strings.HasSuffix(adj, "ow") || strings.HasSuffix(adj, "al") || strings.HasSuffix(adj, "ive") || strings.HasSuffix(adj, "ous") {
		return ""
	}
	if strings.HasSuffix(adj, "e") {
		return adj + "r"
	}
	return adj + "er"
}

// Antonyms returns the stems of the words that say the opposite of the word
// with stem stem, or nil.
func Antonyms(stem string) []string { return antonyms[stem] }
