package words

import "strings"

// Stopword reports whether a folded word is an English function word —
// article, preposition, pronoun, auxiliary or modal verb, conjunction,
// determiner, or a contraction of those ("it's", "we'll") — that carries no
// content of its own. Negations are not stopwords: "not", "no", "never",
// "don't" change what a sentence says (see Negation). Nor is "us", which is
// also the folded "U.S.".
func Stopword(norm string) bool {
	return stopwords[norm]
}

// The list follows the Snowball English stopword list, less its negations,
// plus modal verbs and common contractions.
var stopwords = toSet(`
a about above after again against all am an and any are as at
be because been before being below between both but by
can could did do does doing down during each few for from further
had has have having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is it it's its itself
let's may me might more most must my myself
of off on once only or other ought our ours ourselves out over own
same shall she she'd she'll she's should so some such
than that that's the their theirs them themselves then there there's these
they they'd they'll they're they've this those through to too
under until up upon very was we we'd we'll we're we've were what what's
when when's where where's which while who who's whom why why's will with
would you you'd you'll you're you've your yours yourself yourselves
`)

// Negation reports whether a folded word is a negation: not, no, never, nor,
// neither, none, nobody, nothing, nowhere, cannot, without, or a contraction
// in n't ("isn't", "won't", "can't"; Fold has made the apostrophe straight),
// including the apostrophe-less forms that are not other words ("dont",
// "isnt"; not "cant", "wont").
func Negation(norm string) bool {
	if negations[norm] {
		return true
	}
	return len(norm) > 3 && strings.HasSuffix(norm, "n't")
}

var negations = toSet(`
not no never nor neither none nobody nothing nowhere cannot without
aint arent couldnt didnt doesnt dont hadnt hasnt havent isnt mightnt
mustnt neednt shant shouldnt wasnt werent wouldnt
`)

// negationPhrases are negations of more than one word, each word folded.
var negationPhrases = [][]string{
	{"no", "longer"},
	{"not", "any", "more"},
	{"not", "anymore"},
	{"far", "from"},
	{"fail", "to"},
	{"fails", "to"},
	{"failed", "to"},
	{"failing", "to"},
}

// Negations returns the indexes, in order, of the tokens that carry a
// negation: a negation word (see Negation), or the first token of a negation
// phrase ("no longer", "not any more", "far from", "fail to", "failed to").
func Negations(toks []Token) []int {
	var idx []int
	for i, t := range toks {
		if Negation(t.Norm) || startsPhrase(toks[i:]) {
			idx = append(idx, i)
		}
	}
	return idx
}

func startsPhrase(toks []Token) bool {
next:
	for _, p := range negationPhrases {
		if len(toks) < len(p) {
			continue
		}
		for k, w := range p {
			if toks[k].Norm != w {
				continue next
			}
		}
		return true
	}
	return false
}

func toSet(list string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}
