package words

import (
	_ "embed"
	"encoding/json"
	"strings"

	"github.com/kljensen/snowball/english"
)

// irregularVerbs is the irregular English verb list of RosaeNLG's
// english-verbs-irregular package (version 3.4.0, Apache License 2.0,
// copyright 2019 Ludan Stoecklé), unchanged: each infinitive with its past
// tenses and past participles. A maintained list beats one typed here:
// the Snowball stemmer only strips suffixes, so "won" and "win", "spent"
// and "spend", "told" and "tell" keep different stems.
//
//go:embed irregular_verbs.json
var irregularVerbs []byte

// irregular maps a past tense or participle to its infinitive ("won" →
// "win"), for the forms whose stem differs from the infinitive's, and the
// present "-oes" of a verb of the list ending in "o" ("goes" → "go",
// "does" → "do": Snowball stems "goes" as "goe"). A form
// that is also another word keeps its own stem: an infinitive of the list
// ("saw", "lay"), or a common noun or adjective whose regular forms must
// still meet it ("shot" and "shots", "found" and "founded", "thought" and
// "thoughts"): see notVerbForms.
var irregular = func() map[string]string {
	var list map[string][][]string
	if err := json.Unmarshal(irregularVerbs, &list); err != nil {
		panic("words: irregular_verbs.json: " + err.Error())
	}
	out := map[string]string{}
	for base, forms := range list {
		if strings.ContainsAny(base, "- ") {
			continue
		}
		if strings.HasSuffix(base, "o") && snowball(base+"es") != snowball(base) {
			out[base+"es"] = base
		}
		for _, f := range forms {
			for _, form := range f {
				if _, isBase := list[form]; isBase || form == base || notVerbForms[form] {
					continue
				}
				if snowball(form) != snowball(base) {
					out[form] = base
				}
			}
		}
	}
	return out
}()

// Lemma returns the infinitive of an irregular past tense or participle
// ("won" → "win", "brought" → "bring") or of an irregular verb's "-oes"
// ("goes" → "go"), or norm itself.
func Lemma(norm string) string {
	if base, ok := irregular[norm]; ok {
		return base
	}
	return norm
}

// notVerbForms are irregular verb forms that news text uses as words of
// their own, each with regular inflections: "founded", "grounded",
// "wounded", "shots", "left-wing", "spokes", "thoughts".
var notVerbForms = map[string]bool{
	"found": true, "ground": true, "wound": true, "bound": true, "shot": true, "felt": true,
	"left": true, "spoke": true, "rose": true, "bore": true, "fell": true, "lit": true,
	"bit": true, "thought": true, "stole": true, "dove": true,
}

func snowball(w string) string { return english.Stem(w, false) }
