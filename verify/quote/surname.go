package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SurnameFirst reports whether a person's full name is written surname
// first, as Korean and older Chinese romanisations are: a given name of two
// syllables joined by a hyphen, the second in lower case ("Park Ji-hoon",
// "Kim Jong-un", "Chiang Kai-shek"). Its surname is then the first word:
// "Park said", "Mr Park". A hyphenated Western name capitalises both parts
// ("Jean-Luc Picard", "Gareth Lloyd-Hughes").
func SurnameFirst(name string) bool {
	ws := strings.Fields(name)
	if len(ws) != 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[0])
	if !unicode.IsUpper(r) || strings.ContainsAny(ws[0], "-‐") {
		return false
	}
	given := ws[1]
	i := strings.IndexAny(given, "-‐")
	if i <= 0 {
		return false
	}
	first, second := given[:i], given[i+1:]
	if _, n := utf8.DecodeRuneInString(given[i:]); n > 1 {
		second = given[i+n:]
	}
	f, _ := utf8.DecodeRuneInString(first)
	s, _ := utf8.DecodeRuneInString(second)
	return unicode.IsUpper(f) && unicode.IsLower(s) && lettersOnly(first) && lettersOnly(second)
}

func lettersOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
