package words

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

// antonyms maps a stem to the stems of its opposites.
var antonyms = map[string][]string{}

func init() {
	for _, p := range antonymPairs {
		a, b := Stem(p[0]), Stem(p[1])
		antonyms[a] = append(antonyms[a], b)
		antonyms[b] = append(antonyms[b], a)
	}
}

// Antonyms returns the stems of the words that say the opposite of the word
// with stem stem, or nil.
func Antonyms(stem string) []string { return antonyms[stem] }
