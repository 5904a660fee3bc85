package words

import (
	"strings"
	"sync"

	"github.com/golangci/misspell"
)

// American returns the American spelling of a folded (lower-case) British
// word, or the word itself: "defence" → "defense", "modernisation" →
// "modernization", "travelled" → "traveled", "kilometres" → "kilometers".
//
// It looks the word up in the UK→US list of github.com/golangci/misspell
// (about 1,600 pairs, with the corrections and additions below), then tries
// rules for what the list misses: -ise/-isation/-yse after stems that only
// take -ize, -logue/-gogue, the doubled l of travelled and signalled, and a
// listed word with a prefix or suffix ("epicentre", "colourist"). A rule is
// applied only where no American word is spelt the same way ("premise",
// "treatise", "compelled", "bestselling" are left alone). American is
// idempotent, and never changes an American spelling.
func American(w string) string {
	if len(w) < 4 || !lowerASCII(w) || !respellable()[pairIndex(w)] {
		return w
	}
	if us, ok := spelt.get(w); ok {
		return us
	}
	us, ok := dictionary()[w]
	if !ok {
		us = w
		for _, rule := range rules {
			if r, ok := rule(w); ok {
				us = r
				break
			}
		}
	}
	spelt.put(w, us)
	return us
}

// spelt caches American, most of whose words it leaves alone: news text
// repeats its words, and one lookup in the cache is cheaper than one in
// the dictionary and another for the rules.
var spelt = newCache(1 << 16)

// corrections replace pairs of the misspell list that are wrong as spelling
// variants ("philtre" is a potion, not a filter) and add ones it lacks.
var corrections = map[string]string{
	"pummelled":        "pummeled",
	"pummelling":       "pummeling",
	"snowploughs":      "snowplows",
	"philtre":          "philter",
	"philtres":         "philters",
	"armour":           "armor",
	"armours":          "armors",
	"armourer":         "armorer",
	"armourers":        "armorers",
	"armouring":        "armoring",
	"judgement":        "judgment",
	"judgements":       "judgments",
	"acknowledgement":  "acknowledgment",
	"acknowledgements": "acknowledgments",
	"enrolment":        "enrollment",
	"enrolments":       "enrollments",
	"skilful":          "skillful",
	"skilfully":        "skillfully",
	"wilful":           "willful",
	"wilfully":         "willfully",
	"draught":          "draft",
	"draughts":         "drafts",
	"kerb":             "curb",
	"kerbs":            "curbs",
}

// affixKeyLen is the shortest listed word that affixed finds after a prefix.
const affixKeyLen = 5

// dictionary is the UK→US map; keyEndings holds the last four letters of each
// key of at least affixKeyLen letters, so that affixed can skip most words
// without a lookup for every prefix.
var dictionary = sync.OnceValue(func() map[string]string {
	list := misspell.DictAmerican
	d := make(map[string]string, len(list)/2+len(corrections))
	for i := 0; i+1 < len(list); i += 2 {
		uk, us := list[i], list[i+1]
		if lowerASCII(uk) && lowerASCII(us) && uk != us {
			d[uk] = us
		}
	}
	for uk, us := range corrections {
		d[uk] = us
	}
	return d
})

var keyEndings = sync.OnceValue(func() map[string]bool {
	e := make(map[string]bool)
	for uk := range dictionary() {
		if len(uk) >= affixKeyLen {
			e[uk[len(uk)-4:]] = true
		}
	}
	return e
})

// lowerASCII reports whether w is all lower-case ASCII letters.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// pairIndex numbers the last two letters of a lower-case ASCII word.
func pairIndex(w string) int {
	return int(w[len(w)-2]-'a')*26 + int(w[len(w)-1]-'a')
}

// respellable marks the last two letters of the words that the dictionary
// or a rule may respell: most words end otherwise and need no lookup.
var respellable = sync.OnceValue(func() *[26 * 26]bool {
	var t [26 * 26]bool
	mark := func(w string) {
		if len(w) >= 2 && lowerASCII(w) {
			t[pairIndex(w)] = true
		}
	}
	for uk := range dictionary() {
		mark(uk)
	}
	for _, list := range [][]string{izeSuffixes, yzeSuffixes, logueSuffixes, singleLSuffixes, affixSuffixes} {
		for _, suf := range list {
			if len(suf) == 1 {
				for c := byte('a'); c <= 'z'; c++ {
					mark(string(c) + suf)
				}
				continue
			}
			mark(suf)
		}
	}
	return &t
})

// rules are tried in order on a word the list does not have.
var rules = []func(string) (string, bool){
	ize, yze, logue, singleL, affixed,
}

// izeStems are the endings of stems (the word before -ise, -ising, -isation
// …) that take only -ize in American spelling: normal-ise, organ-ise,
// recogn-ise, priorit-ise. Stems that end otherwise include -ise words that
// stay -ise in American: adv-ise, exerc-ise, superv-ise, expert-ise,
// comprom-ise, prem-ise.
var izeStems = []string{
	"al", "ar", "er", "or", "ur", "an", "en", "in", "on", "gn", "at", "it",
	"et", "ot", "iv", "ic", "im", "ym", "og", "rg", "as", "es", "il", "ol", "el",
	"rd", "rn",
}

// izeExceptions are -ise words whose stem ends as in izeStems.
var izeExceptions = map[string]bool{"treatise": true, "treatises": true}

var izeSuffixes = []string{
	"isations", "isation", "isers", "iser", "ising", "ised", "ises", "ise",
}

// ize: modernisation → modernization, weaponised → weaponized.
func ize(w string) (string, bool) {
	for _, suf := range izeSuffixes {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok {
			continue
		}
		if len(stem) < 4 || izeExceptions[w] {
			return "", false
		}
		for _, end := range izeStems {
			if strings.HasSuffix(stem, end) {
				return stem + "iz" + suf[2:], true
			}
		}
		return "", false
	}
	return "", false
}

var yzeSuffixes = []string{"lysers", "lyser", "lysing", "lysed", "lyses", "lyse"}

// yze: paralysed → paralyzed, catalysing → catalyzing.
func yze(w string) (string, bool) {
	for _, suf := range yzeSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 {
			return stem + "lyz" + suf[3:], true
		}
	}
	return "", false
}

var logueSuffixes = []string{"logues", "logue", "gogues", "gogue"}

// logue: monologue → monolog, demagogues → demagogs. Shorter -ogue words
// (rogue, vogue, brogue) are not variants.
func logue(w string) (string, bool) {
	for _, suf := range logueSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 2 {
			return stem + suf[:3] + suf[5:], true
		}
	}
	return "", false
}

var singleLSuffixes = []string{"ed", "ing", "ers", "er"}

// singleL undoubles the l that British spelling doubles before -ed, -ing and
// -er in words not stressed on the last syllable: travelled, modelled,
// signalled, pencilled. It leaves words where the l is doubled in American
// spelling too: compelled, excelled, rebelled, stalled, installed, dwelling,
// bestselling, telling, smaller.
func singleL(w string) (string, bool) {
	for _, suf := range singleLSuffixes {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || !strings.HasSuffix(stem, "ll") {
			continue
		}
		base := stem[:len(stem)-1] // travel, signal, pencil
		if singleLBase(base) {
			return base + suf, true
		}
		return "", false
	}
	return "", false
}

func singleLBase(base string) bool {
	if len(base) < 3 {
		return false
	}
	pre := base[:len(base)-2]
	last := pre[len(pre)-1]
	switch base[len(base)-2:] {
	case "el":
		if len(pre) < 3 {
			return false // swelled, fuelled, spelled: listed or not variants
		}
		switch last {
		case 'v', 'n', 'd', 'r', 'u', 'm':
			return true
		case 's': // counselled, tasselled; not bestselling, resellers
			return strings.HasSuffix(pre, "ns") || strings.HasSuffix(pre, "ss")
		case 'w': // jewelled, towelled; not indwelling
			return !strings.HasSuffix(pre, "dw")
		case 'c': // cancelled, parcelled; not excelled
			return !strings.HasSuffix(pre, "xc")
		case 'b': // labelled, libelled; not rebelled
			return pre != "reb"
		}
	case "al":
		if len(pre) < 2 {
			return false
		}
		switch last {
		case 'n', 'i', 'd', 'v': // signalled, dialled, pedalled, rivalled
			return true
		case 't': // totalled, metalled; not stalled, installed
			return !strings.HasSuffix(pre, "st")
		case 'u': // equalled; not squalled
			return !strings.HasSuffix(pre, "squ")
		}
	case "il":
		return last == 'c' && len(pre) >= 3 // pencilled, stencilled
	}
	return false
}

// affixSuffixes may follow a listed word: colourist, labourite, honourless.
var affixSuffixes = []string{
	"s", "ly", "ness", "less", "ful", "fully", "ment", "ments", "ist", "ists",
	"ite", "ites",
}

// affixed spells a listed word inside a longer one: with a prefix
// ("epicentre", "reorganise", "watercolours") or a suffix ("colourist").
// The listed word must be long enough not to end an unrelated word.
func affixed(w string) (string, bool) {
	d := dictionary()
	if len(w) >= affixKeyLen+2 && keyEndings()[w[len(w)-4:]] {
		for k := 2; k+affixKeyLen <= len(w); k++ {
			if us, ok := d[w[k:]]; ok {
				return w[:k] + us, true
			}
		}
	}
	for _, suf := range affixSuffixes {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 4 {
			if us, ok := d[stem]; ok {
				if suf == "s" && strings.HasSuffix(us, "y") {
					return us[:len(us)-1] + "ies", true // storeys → stories
				}
				return us + suf, true
			}
		}
	}
	return "", false
}
