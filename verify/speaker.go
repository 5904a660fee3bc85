package verify

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/verity-news/verity/verify/quote"
)

// honorifics are words before a name that say nothing of which person it is.
var honorifics = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
	"prof", "professor", "rev", "reverend", "hon", "rt", "the", "a", "an", "of", "for", "and",
	"jr", "sr")

// titleWords are words of titles and roles that may stand before a name
// ("Home Secretary Priti Patel", "spokesman Glen Caplin", "U.K. Defence
// Secretary Ben Wallace"). A claim's speaker may carry any of them.
var titleWords = setOf(
	// roles
	"secretary", "minister", "president", "vice", "prime", "chancellor", "governor", "senator",
	"sen", "rep", "representative", "congressman", "congresswoman", "mayor", "mp", "mep", "mla",
	"spokesman", "spokeswoman", "spokesperson", "spokesperson's", "chief", "executive", "director",
	"head", "leader", "chair", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "coo",
	"founder", "deputy", "assistant", "general", "admiral", "brigadier", "colonel", "col",
	"major", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "commander", "marshal",
	"ambassador", "attorney", "judge", "justice", "commissioner", "officer", "inspector",
	"superintendent", "constable", "detective", "det", "insp", "supt", "dci", "prosecutor",
	"king", "queen", "prince", "princess", "pope",
	// UK police ranks written short: "PC Sarah Oduya", "Det Sgt", "Ch Supt"
	"pc", "wpc", "pcso", "dc", "ds", "di", "dsi", "dcs", "acc", "dcc", "ch", "cmdr",
	"sheriff", "coroner", "magistrate", "warden", "registrar", "rector", "principal",
	"vicechancellor", "prochancellor",
	"bishop", "archbishop", "cardinal", "father", "rabbi", "imam", "dean", "provost", "chancellor",
	"speaker", "whip", "shadow", "councillor", "councilor", "cllr", "alderman", "doctor",
	"governor", "nurse", "coach", "manager", "owner", "economist", "analyst", "professor", "junior", "senior", "state", "foreign", "home", "defence",
	"defense", "armed", "forces", "health", "education", "justice", "treasury", "finance",
	"interior", "trade", "transport", "energy", "environment", "culture", "security", "national",
	"international", "affairs", "development", "economic", "business", "labour", "labor",
	"communities", "housing", "science", "technology", "digital", "media", "sport", "work",
	"pensions", "navy", "army", "air", "force", "police", "military", "cabinet", "office",
	"staff", "press", "spokesman's", "former", "acting", "interim", "outgoing", "incoming",
	"party", "opposition", "majority", "minority", "house", "senate", "committee",
	// country and nationality prefixes
	"uk", "us", "usa", "britain", "british", "england", "english", "american", "america",
	"united", "kingdom", "states", "scottish", "welsh", "irish", "french", "german", "eu",
	"european", "un",
)

// personTitles are honorifics and ranks that stand before a person's
// surname ("Chief Okafor", "Mr Smith"), never before an organisation's name.
var personTitles = setOf("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
	"prof", "professor", "chief", "sheriff", "governor", "gov", "mayor", "senator", "sen", "judge",
	"captain", "capt", "colonel", "col", "lieutenant", "lt", "sergeant", "sgt", "inspector",
	"detective", "det", "commissioner", "councillor", "cllr", "constable", "superintendent", "commander",
	"pc", "wpc", "pcso", "dc", "ds", "di", "dci", "dsi", "dcs", "insp", "supt", "ch", "cmdr")

// bodyNouns head descriptions of an organisation: "the state forestry
// agency", "the company".
var bodyNouns = setOf("agency", "ministry", "department", "office", "council", "company", "firm",
	"union", "authority", "commission", "committee", "government", "service", "board", "trust",
	"institute", "association", "society", "charity", "regulator", "watchdog", "bank",
	"university", "hospital", "retailer", "airline", "carmaker", "lender", "insurer", "broadcaster",
	"publisher", "manufacturer", "supermarket", "club", "federation", "body")

// titledPerson reports whether a claim's speaker is a person named with a
// title or honorific before the surname: "Chief Okafor", "Mr. Smith".
func titledPerson(speaker string) bool {
	ws := nameWords(speaker)
	return len(ws) >= 2 && personTitles[ws[0]] && !bodyNouns[ws[len(ws)-1]]
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nameWords splits a name into lower-case words without punctuation:
// "U.K. Defence Secretary Ben Wallace" → uk defence secretary ben wallace;
// "O’Shaughnessy" → oshaughnessy.
func nameWords(s string) []string {
	s = norm.NFKC.String(s)
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '.', r == '\'', r == '’', r == '‘', r == '-', r == '‐':
			// Dots, apostrophes and hyphens join: "U.K." is one word,
			// as are O’Shaughnessy and Smith-Jones.
		default:
			flush()
		}
	}
	flush()
	return words
}

// organisationKey is an organisation's name for comparison: without
// articles, country prefixes or punctuation ("the U.K. Home Office" →
// "home office").
func organisationKey(s string) string {
	ws := nameWords(s)
	i := 0
	for i < len(ws) && (ws[i] == "the" || ws[i] == "a" || ws[i] == "an" || countryPrefix[ws[i]]) {
		i++
	}
	ws = ws[i:]
	// The kind after a name ("the GMB union", "Tollgate plc") is not part
	// of what names it.
	if len(ws) > 1 && kindSuffix[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

var kindSuffix = setOf("union", "party", "company", "group", "plc", "ltd", "limited", "inc", "llc", "corp", "corporation")

var countryPrefix = setOf("uk", "us", "usa", "british", "american", "britain", "united",
	"kingdom", "states", "eu", "european", "un", "scottish", "welsh", "irish", "english")

// SameSpeaker reports whether a claim's speaker names the person or
// organisation a quote is attributed to (SPEC §4): the surnames agree and no
// other word of the claim's speaker — a given name, an initial — contradicts
// the span's speaker; titles, roles and honorifics may be added freely. An
// organisation matches by its name without articles or a country prefix.
// Case and punctuation never matter. A name written surname first ("Park
// Ji-hoon", see quote.SurnameFirst) has its first word for surname.
//
// A joint statement's speaker lists its speakers ("Rebecca Evans and
// Spencer Birns", "A, B and C"): a claim naming any of them names it.
func SameSpeaker(claimSpeaker, spanSpeaker string) bool {
	if claimSpeaker == "" || spanSpeaker == "" {
		return false
	}
	if sameSpeaker(claimSpeaker, spanSpeaker) {
		return true
	}
	if !strings.Contains(spanSpeaker, " and ") {
		return false
	}
	for _, part := range jointSpeakers(spanSpeaker) {
		if sameSpeaker(claimSpeaker, part) {
			return true
		}
	}
	return false
}

// jointSpeakers splits "A, B and C" into A, B and C.
func jointSpeakers(s string) []string {
	var out []string
	for _, a := range strings.Split(s, " and ") {
		for _, b := range strings.Split(a, ", ") {
			if b = strings.TrimSpace(b); b != "" {
				out = append(out, b)
			}
		}
	}
	return out
}

func sameSpeaker(claimSpeaker, spanSpeaker string) bool {
	if ck, sk := organisationKey(claimSpeaker), organisationKey(spanSpeaker); ck != "" && ck == sk {
		return true
	}
	cw, sw := nameWords(claimSpeaker), nameWords(spanSpeaker)
	if len(cw) == 0 || len(sw) == 0 {
		return false
	}
	// The full name within the claim's speaker: the other words are
	// titles, whether or not the list below knows them ("Councillor Raj
	// Patel", "Ben Wallace MP").
	if len(sw) > 1 && containsRun(cw, sw) {
		return true
	}
	surname, given := sw[len(sw)-1], sw[:len(sw)-1]
	if quote.SurnameFirst(spanSpeaker) {
		surname, given = sw[0], sw[1:] // "Mr Park" for "Park Ji-hoon"
	}
	last := surnameAt(cw)
	if last < 0 || cw[last] != surname {
		return false
	}
	for _, w := range cw[:last] {
		if honorifics[w] || titleWords[w] || contains(given, w) {
			continue
		}
		// An initial agrees with a given name of that letter: "J. Biden".
		if len(w) == 1 && hasInitial(given, w) {
			continue
		}
		return false
	}
	return true
}

// surnameAt returns the index of the surname in the words of a speaker:
// the last word that is not an honorific or a title after the name
// ("Clinton", "Mr. Clyburn", "Ben Wallace MP"); -1 when there is none.
func surnameAt(ws []string) int {
	for i := len(ws) - 1; i >= 0; i-- {
		if !honorifics[ws[i]] && !(titleWords[ws[i]] && i == len(ws)-1 && len(ws) > 1) {
			return i
		}
	}
	return -1
}

// mentionNames reports whether the words that name a quote's speaker
// where the extractor could not tell who it is (its mention: "PC
// Oduya", "Mr Lancaster") name the claim's speaker, as SPEC §4 matches a
// speaker's name: a mention with a given name matches by SameSpeaker; a
// surname after titles or honorifics matches a claim with that surname
// whose titles it does not contradict ("PC Oduya" for "PC Sarah Oduya",
// not "Inspector Sarah Oduya"), when the source gives no other person
// that surname ("Mr Whitcombe" stays untold where it names both Daniel
// and Anna Whitcombe): given returns the given names the source writes
// before a surname (see givenNames). A pronoun or a description ("the
// minister", "a spokesman") names no one.
func mentionNames(claimSpeaker, mention string, given func(surname string) []string) bool {
	fields := strings.Fields(mention)
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		if !startsUpper(f) {
			return false
		}
	}
	mw, cw := nameWords(mention), nameWords(claimSpeaker)
	if len(mw) == 0 || len(cw) == 0 || mw[0] == "the" || mw[0] == "a" || mw[0] == "an" || mw[0] == "one" || pronouns[mw[0]] {
		return false
	}
	surname, pre := mw[len(mw)-1], mw[:len(mw)-1]
	for _, w := range pre {
		if !honorifics[w] && !titleWords[w] {
			return SameSpeaker(claimSpeaker, mention) // a given name: a full name
		}
	}
	if honorifics[surname] || titleWords[surname] || bodyNouns[surname] {
		return false // "the Minister", "Police"
	}
	last := surnameAt(cw)
	if last < 0 || cw[last] != surname {
		return false
	}
	var names []string // the claim's given names
	titled := false
	for _, w := range cw[:last] {
		switch {
		case titleWords[w]:
			titled = true
		case !honorifics[w]:
			names = append(names, w)
		}
	}
	for _, w := range pre {
		if !contains(cw, w) && !honorifics[w] && titled {
			return false // another title: "PC Oduya" for "Inspector Oduya"
		}
	}
	others := given(fields[len(fields)-1])
	if len(names) == 0 {
		return len(others) <= 1
	}
	for _, g := range others {
		if !contains(names, g) {
			return false
		}
	}
	return true
}

// givenNames returns the distinct capitalised words, lower-cased, that
// text writes just before surname other than titles and honorifics: the
// given names of the people it gives that surname ("Sarah" of "PC Sarah
// Oduya").
func givenNames(text, surname string) []string {
	var out []string
	for i := 0; ; {
		k := strings.Index(text[i:], surname)
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len(surname)
		if i < len(text) && isLetterByte(text[i]) || at < 2 || text[at-1] != ' ' {
			continue
		}
		j := at - 1
		for j > 0 && (isLetterByte(text[j-1]) || text[j-1] >= 0x80) {
			j--
		}
		prev := text[j : at-1]
		ws := nameWords(prev)
		if len(ws) != 1 || !startsUpper(prev) || honorifics[ws[0]] || titleWords[ws[0]] || contains(out, ws[0]) {
			continue
		}
		out = append(out, ws[0])
	}
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// containsRun reports whether run stands in ws as consecutive words.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		k := 0
		for k < len(run) && ws[i+k] == run[k] {
			k++
		}
		if k == len(run) {
			return true
		}
	}
	return false
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func hasInitial(given []string, initial string) bool {
	for _, g := range given {
		if strings.HasPrefix(g, initial) {
			return true
		}
	}
	return false
}

// SameRole reports whether a claim's speaker that is only a title or role
// ("a Defence Minister", "the Home Secretary") names the speaker of a
// quote: every word of the role stands in the words that name the speaker
// at the quote ("…, a Defence Minister has stated", "Home Secretary Priti
// Patel said"). A speaker with a name is matched by SameSpeaker instead.
func SameRole(claimSpeaker, mention string) bool {
	var role []string
	for _, w := range nameWords(claimSpeaker) {
		switch {
		case w == "the" || w == "a" || w == "an":
		case titleWords[w]:
			role = append(role, w)
		default:
			return false // a name, or a word no title holds
		}
	}
	if len(role) == 0 {
		return false
	}
	have := nameWords(mention)
	for _, w := range role {
		if !contains(have, w) {
			return false
		}
	}
	return true
}
