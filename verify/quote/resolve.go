package quote

import (
	"sort"
	"strings"
)

// resolve returns the speaker named by the noun phrase of tokens [a, b),
// as the registry knows them: a person's full name or an organisation's
// name. It returns "" for phrases that name nobody ("a source") and for
// pronouns with no person before them.
func (x *extractor) resolve(a, b int) string {
	if a >= b {
		return ""
	}
	name, _ := x.resolveEnt(a, b)
	return name
}

func (x *extractor) resolveEnt(a, b int) (string, int) {
	r := &x.reg
	pos := x.toks[a].start()
	if b-a == 1 {
		switch lowerShort(x.word(a)) {
		case "he":
			if n, i, ok := x.spokesPronoun(a, 'm'); ok {
				return n, i
			}
			if _, _, ok := x.unnamedAntecedent(a, 'm'); ok {
				return "", -1
			}
			return r.name(x.pronounRef(pos, 'm'))
		case "she":
			if n, i, ok := x.spokesPronoun(a, 'f'); ok {
				return n, i
			}
			if _, _, ok := x.unnamedAntecedent(a, 'f'); ok {
				return "", -1
			}
			return r.name(x.pronounRef(pos, 'f'))
		case "it", "they":
			return r.name(r.recent(pos, func(e *entity) bool { return e.org }))
		case "i", "we", "you":
			return "", -1
		}
	}
	switch x.word(a) {
	case "Another", "another", "Others", "others":
		if b-a == 1 {
			return "", -1 // "Another said": a determiner, no name
		}
	}
	for b-a > 1 && isPostNominal(x.word(b-1)) && x.nameLike(b-2) {
		b-- // "Martin Osgood KC"
	}
	// "Jane Roe and Tom Stannard said": a joint statement is the words
	// of each, "Jane Roe and Tom Stannard".
	if name, ok := x.jointName(a, b); ok {
		return name, -1
	}
	// An epithet: "The Swede", "the Japan international", "the
	// 54-year-old" — the person the story was last about.
	if x.epithet(a, b) {
		return r.name(x.epithetRef(pos))
	}
	def, indef := false, false
	switch lowerShort(x.word(a)) {
	case "the":
		def = true
		a++
	case "a", "an", "one":
		indef = true
		a++
	}
	if a >= b {
		return "", -1
	}
	// "the San Francisco-based company", "a Dublin-born engineer": the
	// place before the hyphen qualifies the noun and names no one.
	for k := b - 2; k >= a; k-- {
		if isPlaceCompound(x.word(k)) {
			a = k + 1
			break
		}
	}
	if k := x.ownerEnd(a, b); k > a {
		return x.personName(k, b) // "Labour's Grace Okafor", "the BBC's Mark Ellison"
	}
	// "a spokesperson for the Ministry of Defence": the part after the
	// preposition names who speaks.
	for k := a + 1; k < b-1; k++ {
		switch x.word(k) {
		case "for", "at", "from", "of":
			if x.nameLike(k - 1) {
				// "Dr Samuel Otieno of the Kenya Medical Research
				// Institute": the person, not the institute.
				if n, e := x.resolveEnt(a, k); e >= 0 && !r.ents[e].org {
					return n, e
				}
			}
			if !x.toks[k-1].cap() && x.cls(k-1)&wSpeakerNoun != 0 {
				if n, e := x.resolveEnt(k+1, b); n != "" {
					return n, e
				}
				return "", -1
			}
		}
	}
	// "A senior Conservative source", "Downing Street insiders": the
	// party or the place only describes a source who is not named.
	switch x.word(b - 1) {
	case "source", "sources", "insider", "insiders":
		return "", -1
	}
	// "The Home Office statement", "a Home Office spokesperson".
	if !x.toks[b-1].cap() && x.cls(b-1)&wSpeakerNoun != 0 && b-1 > a && x.toks[b-2].cap() {
		if b-2 == a && x.modifierOpens(a, b-1) {
			return "", -1 // "Race organisers said"
		}
		return x.resolveEnt(a, b-1)
	}
	// A title and a name: "Defence Secretary Ben Wallace", "Mr Lancaster".
	for h := a; h < b-1; h++ {
		c := x.cls(h)
		if c&(wRoleHead|wHonorific) == 0 {
			continue
		}
		n := h + 1
		for n < b && x.nameLike(n) {
			n++
		}
		if n != b || n == h+1 {
			continue
		}
		return x.personNameG(h+1, b, genderOf(x.word(h)))
	}
	// An organisation.
	for h := a; h < b; h++ {
		if x.toks[h].cap() && x.bareCls(h)&wOrgHead != 0 {
			s := a
			for s < h && (x.cls(s)&(wCountry|wFunction) != 0 || isNameModifier(x.word(s)) || x.toks[s].lower()) {
				s++ // "the charity Alzheimer's Society"
			}
			s = x.orgOwner(s, h, b)
			name := x.orgName(s, b)
			if i := r.findName(name); i >= 0 {
				if r.ents[i].org && r.ents[i].name != name && r.orgSuffix(name) < 0 {
					// "Rovers" in a story of Bristol Rovers and
					// Avonmouth Rovers.
					return name, -1
				}
				return r.ents[i].name, i
			}
			if i := r.orgSuffix(name); i >= 0 {
				return r.ents[i].name, i
			}
			return name, -1
		}
	}
	// An organisation by its kind: "the company", "the council", "the
	// rail union" — the one organisation of that kind named before.
	if def && x.toks[b-1].lower() && kindQueries[x.word(b-1)] != nil {
		for k := a; k < b-1; k++ {
			if !x.toks[k].lower() && x.cls(k)&wCountry == 0 || bare(x.word(k)) != x.word(k) {
				return "", -1
			}
		}
		if i := r.kindUnique(pos, x.word(b-1)); i >= 0 {
			return r.name(i)
		}
		// "Tesco has cut 500 prices. The supermarket said …": the
		// name that opens the sentence before.
		return x.prevSubjectOrg(a)
	}
	// A role alone: "the minister", "the Defence Secretary", "a Defence Minister".
	if x.bareCls(b-1)&wRoleHead != 0 {
		role := x.roleWords(a, b)
		if role == "" {
			return "", -1
		}
		if indef {
			return r.name(r.roleUnique(role))
		}
		if def {
			i := r.roleRecent(pos, role)
			if i < 0 && b-a == 1 && isSpokes(x.word(a)) {
				// "the spokesperson" after "A spokesperson for
				// Westshire Fire and Rescue Service said …".
				return x.spokesFor(a)
			}
			return r.name(i)
		}
	}
	// A lower-case noun that speaks before a name, with its modifiers:
	// "resident Joan Pritchard", "local resident Joan Pritchard".
	if x.toks[a].lower() {
		h := a
		for h < b && h-a < 3 && x.toks[h].lower() && x.cls(h)&(wFunction|wCue|wAux|wFirstPerson) == 0 {
			h++
		}
		if h > a && h < b && b-h <= 3 && x.cls(h-1)&(wSpeakerNoun|wRoleHead) != 0 {
			n := h
			for n < b && x.nameLike(n) {
				n++
			}
			if n == b {
				return x.personName(h, b)
			}
		}
	}
	// A company by the last word of its name: "Thames Water", "Carbones
	// Andinos SAS".
	if b-a >= 2 && isCompanyTail(bare(x.word(b-1))) {
		ok := true
		for k := a; k < b && ok; k++ {
			ok = x.toks[k].cap() && x.cls(k)&(wRoleHead|wHonorific|wFunction) == 0
		}
		if ok {
			name := x.orgName(a, b)
			if i := r.findName(name); i >= 0 {
				return r.ents[i].name, i
			}
			return name, -1
		}
	}
	// A lower-case kind before a name: "Consumer group Consumer Voice",
	// "semiconductor firm Infineon" — the name.
	for h := b - 2; h > a; h-- {
		if !x.toks[h].lower() || kindOf(x.word(h)) == "" {
			continue
		}
		n := h + 1
		for n < b && x.toks[n].cap() {
			n++
		}
		if n == b {
			return x.resolveEnt(h+1, b)
		}
		break
	}
	// An acronym alone names an organisation: "BALPA said", "a BALPA
	// spokeswoman".
	if b-a == 1 && isAcronym(x.word(a)) && x.cls(a)&(wCountry|wRoleHead|wHonorific) == 0 && !isPostNominal(x.word(a)) {
		name := bare(x.word(a))
		if i := r.findName(name); i >= 0 {
			return r.ents[i].name, i
		}
		return name, -1
	}
	// Names joined by "&" name a firm: "Fenwick & Hale".
	for k := a; k < b-1; k++ {
		if x.gap(k) == " & " {
			name := x.orgName(a, b)
			if i := r.findName(name); i >= 0 {
				return r.ents[i].name, i
			}
			return name, -1
		}
	}
	// A name: "Lancaster", "Mark Lancaster".
	and := 0
	for k := a; k < b; k++ {
		if x.word(k) == "and" && k > a && k < b-1 && and == 0 {
			and++
			continue
		}
		if !x.nameLike(k) {
			if k == b-1 && k > a && and == 0 && x.toks[k].cap() && x.cls(k)&wCountry != 0 {
				// "Alzheimer’s Research UK", "Age UK": a name that
				// ends in a country is an organisation's.
				return x.orgName(a, b), -1
			}
			return "", -1
		}
	}
	if and > 0 {
		// "Marks and Spencer": capitalised words joined by "and" that
		// are not two known speakers name one organisation, unless a
		// list goes on before them ("Department for Environment, Food
		// and Rural Affairs").
		if a > 0 && commaGap(x.gap(a-1)) {
			return "", -1
		}
		return x.orgName(a, b), -1
	}
	return x.personName(a, b)
}

// modifierOpens reports whether the capitalised word at token a, before
// the plural noun that speaks at token n, is an ordinary word capitalised
// because it opens the sentence ("Race organisers", "Hospital officials")
// rather than a name: the registry does not know it, the source has it
// nowhere else, and it is no acronym, country or organisation's head noun.
func (x *extractor) modifierOpens(a, n int) bool {
	w := x.word(n)
	if !strings.HasSuffix(w, "s") || x.sentenceFirstTok(a) != a {
		return false
	}
	name := bare(x.word(a))
	if isAcronym(name) || x.cls(a)&(wCountry|wRoleHead|wHonorific) != 0 || x.bareCls(a)&wOrgHead != 0 {
		return false
	}
	if x.reg.findName(name) >= 0 || x.reg.orgSuffix(name) >= 0 {
		return false
	}
	// A name comes back: "Nimbuscale sponsors the race. Nimbuscale
	// officials said …".
	for k := range x.toks {
		if k != a && x.word(k) == x.word(a) {
			return false
		}
	}
	return true
}

// isPlaceCompound reports whether w is an adjective made of a name and a
// participle after a hyphen: "Francisco-based", "Dublin-born",
// "state-owned", "Labour-led".
func isPlaceCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch strings.ToLower(w[i+1:]) {
	case "based", "born", "owned", "led", "headquartered", "registered", "listed", "run", "backed", "funded":
		return true
	}
	return false
}

// personName returns the registry's person for the name words [a, b), or
// the words themselves when the registry does not know them.
func (x *extractor) personName(a, b int) (string, int) { return x.personNameG(a, b, 0) }

// personNameG is personName after an honorific of gender g ('m', 'f'; 0
// for none): "Mr Lindqvist" is a man of that surname.
func (x *extractor) personNameG(a, b int, g byte) (string, int) {
	r := &x.reg
	full := x.nameWords(a, b)
	if i := r.findName(full); i >= 0 {
		return r.ents[i].name, i
	}
	if i := r.findSurname(bare(x.word(b-1)), g); i >= 0 {
		e := &r.ents[i]
		if b-a == 1 || !strings.Contains(e.name, " ") {
			return e.name, i
		}
	}
	if b-a == 1 {
		// No person of that name: the one organisation whose name it
		// ends ("Heerenveld said" after "the Dutch club SC Heerenveld").
		if i := r.orgSuffix(full); i >= 0 {
			return r.ents[i].name, i
		}
	}
	return full, -1
}

func (r *registry) name(i int) (string, int) {
	if i < 0 {
		return "", -1
	}
	return r.ents[i].name, i
}

// speakerLike reports whether the noun phrase [a, b) can be a speaker:
// he/she/they, a capitalised name, organisation or title, or a noun that
// speaks ("officials", "the spokesperson", "a source").
func (x *extractor) speakerLike(a, b int) bool {
	if a >= b {
		return false
	}
	if b-a == 1 {
		switch lowerShort(x.word(a)) {
		case "he", "she", "they":
			return true
		}
	}
	for k := a; k < b; k++ {
		if x.toks[k].cap() && x.cls(k)&wFunction == 0 {
			return true
		}
	}
	return x.cls(b-1)&(wSpeakerNoun|wRoleHead) != 0 || x.epithet(a, b)
}

// joint reports whether the noun phrase [a, b) joins speakers the
// registry knows, of one sort (people or organisations), with "and" and
// commas: "Jane Roe and Tom Stannard", "the Home Office and the Treasury".
// An organisation whose name holds "and" ("Department of Health and
// Social Care") is one speaker.
func (x *extractor) joint(a, b int) bool {
	_, ok := x.jointName(a, b)
	return ok
}

// jointName returns the speaker of a joint statement [a, b): the parts'
// names joined as "A and B" or "A, B and C". It reports false unless
// every part resolves to a speaker the registry knows, all people or all
// organisations, no two the same.
func (x *extractor) jointName(a, b int) (string, bool) {
	and := false
	for k := a + 1; k < b-1 && !and; k++ {
		and = x.word(k) == "and"
	}
	if !and {
		return "", false
	}
	if i := x.reg.findName(x.orgName(a, b)); i >= 0 {
		return "", false
	}
	var ents [6]int
	n := 0
	ok := true
	part := func(s, e int) {
		if !ok || e <= s || n == len(ents) {
			ok = false
			return
		}
		_, i := x.resolveEnt(s, e)
		if i < 0 || n > 0 && x.reg.ents[i].org != x.reg.ents[ents[0]].org {
			ok = false
			return
		}
		for _, j := range ents[:n] {
			if j == i {
				ok = false
				return
			}
		}
		ents[n] = i
		n++
	}
	s := a
	for k := a; k < b && ok; k++ {
		if k > s && commaGap(x.gap(k-1)) {
			part(s, k)
			s = k
		}
		if x.word(k) == "and" {
			if k > s {
				part(s, k)
			}
			s = k + 1
		}
	}
	part(s, b)
	if !ok || n < 2 {
		return "", false
	}
	buf := x.buf[:0]
	for i, e := range ents[:n] {
		switch {
		case i == n-1:
			buf = append(buf, " and "...)
		case i > 0:
			buf = append(buf, ", "...)
		}
		buf = append(buf, x.reg.ents[e].name...)
	}
	x.buf = buf
	return x.intern(buf), true
}

// lowerShort returns strings.ToLower(w) when that is one of the pronouns
// and articles resolveEnt and speakerLike look for, and "" otherwise.
// Only ASCII letters lower-case to these words.
func lowerShort(w string) string {
	if len(w) > 4 {
		return ""
	}
	var b [4]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return ""
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "he":
		return "he"
	case "she":
		return "she"
	case "it":
		return "it"
	case "they":
		return "they"
	case "i":
		return "i"
	case "we":
		return "we"
	case "you":
		return "you"
	case "the":
		return "the"
	case "a":
		return "a"
	case "an":
		return "an"
	case "one":
		return "one"
	}
	return ""
}

// isSpokes reports whether w is a spokesperson word.
func isSpokes(w string) bool {
	switch w {
	case "spokesperson", "spokesman", "spokeswoman":
		return true
	}
	return false
}

// spokesFor resolves "the spokesperson" at token a, when no person of
// that role is known: the one the latest spokesperson named before speaks
// for ("A spokesperson for Westshire Fire and Rescue Service", "a Home
// Office spokesman"), or "" when that one names nobody.
func (x *extractor) spokesFor(a int) (string, int) {
	for k := a - 1; k >= 0 && a-k <= 400; k-- {
		if !x.toks[k].lower() || !isSpokes(x.word(k)) {
			continue
		}
		bi := sort.Search(len(x.btok)-1, func(i int) bool { return x.btok[i+1] > k })
		if bi >= len(x.btok)-1 {
			return "", -1
		}
		lo, hi := x.btok[bi], x.btok[bi+1]
		s := x.npBack(k+1, lo)
		e := x.npAfter(s, hi, true)
		if e <= k {
			e = k + 1
		}
		for m := s; m < e; m++ {
			if x.toks[m].cap() && x.cls(m)&wFunction == 0 {
				return x.resolveEnt(s, e)
			}
		}
		return "", -1
	}
	return "", -1
}

// pronounRef resolves he (g 'm') or she ('f') at Text offset pos: the
// latest person named before of that gender or none known (registry.
// pronoun), or a person known only from an untitled name when that name
// opens a sentence of the pronoun's paragraph after every other fitting
// mention: "Barlow was unimpressed. “…,” he said."
func (x *extractor) pronounRef(pos int, g byte) int {
	r := &x.reg
	bi := sort.Search(len(x.blocks), func(i int) bool { return x.blocks[i].End > pos })
	if bi < len(x.blocks) {
		bs := x.blocks[bi].Start
		k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].pos >= pos })
		for j := k - 1; j >= 0 && r.ments[j].pos >= bs; j-- {
			e := &r.ents[r.ments[j].ent]
			if e.org || e.gender != 0 && e.gender != g {
				continue
			}
			if !e.weak {
				if x.inReportedClause(bi, r.ments[j].pos) {
					// "The Swede added that Meireles would not be
					// rushed. “…,” he said.": the name in the words
					// reported is not who speaks next; the subject
					// before it is.
					continue
				}
				break
			}
			if p := r.ments[j].pos; spaceOnly(x.text[x.sentenceStart(bi, p):p]) {
				return r.ments[j].ent
			}
		}
	}
	// The last person of that sex named before, not in words reported.
	k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].pos >= pos })
	for j, n := k-1, 0; j >= 0 && n < 400; j, n = j-1, n+1 {
		e := &r.ents[r.ments[j].ent]
		if e.org || e.weak || e.gender != 0 && e.gender != g {
			continue
		}
		p := r.ments[j].pos
		if mb := sort.Search(len(x.blocks), func(i int) bool { return x.blocks[i].End > p }); mb < len(x.blocks) && x.inReportedClause(mb, p) {
			continue
		}
		return r.ments[j].ent
	}
	return -1
}

// inReportedClause reports whether Text offset pos of block bi lies in
// the words a cue reports: after "said that", "added that", "told
// reporters that" earlier in its sentence.
func (x *extractor) inReportedClause(bi, pos int) bool {
	lo := x.tokAt(x.sentenceStart(bi, pos))
	for k := x.tokAt(pos) - 1; k > lo; k-- {
		if x.word(k) != "that" {
			continue
		}
		for c := k - 1; c >= lo && k-c <= 4; c-- {
			if x.isCueWord(c) && x.toks[c].lower() {
				return true
			}
		}
	}
	return false
}

// isAcronym reports whether w, its possessive dropped, is two or more
// capital letters and nothing else: "BALPA", "AAIB’s".
func isAcronym(w string) bool {
	w = bare(w)
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// demonyms are the nouns of nationality that stand for a person in an
// epithet: "The Swede added …".
var demonyms = map[string]bool{
	"swede": true, "dane": true, "finn": true, "norwegian": true, "italian": true, "frenchman": true,
	"frenchwoman": true, "spaniard": true, "german": true, "dutchman": true, "dutchwoman": true,
	"brazilian": true, "argentine": true, "argentinian": true, "portuguese": true, "pole": true,
	"scot": true, "scotsman": true, "welshman": true, "irishman": true, "englishman": true,
	"american": true, "canadian": true, "australian": true, "kiwi": true, "japanese": true,
	"south african": true, "nigerian": true, "ghanaian": true, "senegalese": true, "belgian": true,
	"croat": true, "serb": true, "austrian": true, "swiss": true, "czech": true, "mexican": true,
	"colombian": true, "uruguayan": true, "chilean": true, "egyptian": true, "moroccan": true,
}

// epithet reports whether tokens [a, b), after "the", stand for a person
// by nationality or age: "The Swede", "the Japan international", "the
// 54-year-old".
func (x *extractor) epithet(a, b int) bool {
	if !strings.EqualFold(x.word(a), "the") {
		return false
	}
	switch n := b - a; {
	case n == 2:
		w := x.word(a + 1)
		if x.toks[a+1].cap() && demonyms[strings.ToLower(w)] {
			return true
		}
		return strings.HasSuffix(w, "-year-old") && x.toks[a+1].bits&fDigit != 0
	case n == 3:
		// "the Japan international", "the Brazil midfielder"
		return x.toks[a+1].cap() && x.cls(a+1)&wCountry != 0 || x.word(b-1) == "international" && x.toks[a+1].cap()
	}
	return false
}

// epithetRef returns the person an epithet at Text offset pos stands for:
// the last person named outside quotes before it, or -1.
func (x *extractor) epithetRef(pos int) int {
	r := &x.reg
	return r.recent(pos, func(e *entity) bool { return !e.org && !e.weak })
}

// sinceCompatible returns the block of token t and the Text offset in it
// after the last person named before t whom he (g 'm') or she ('f') could
// stand for (the block start when there is none): where a pronoun at t
// looks for an unnamed speaker. As in pronounRef, a weak person (an
// untitled run of capitalised words) counts only where it opens its
// sentence: "a nurse at Calder Royal Infirmary, who …" names a place,
// not someone "she" could be.
func (x *extractor) sinceCompatible(t int, g byte) (bi, from int, ok bool) {
	r := &x.reg
	pos := x.toks[t].start()
	bi = sort.Search(len(x.blocks), func(i int) bool { return x.blocks[i].End > pos })
	if bi >= len(x.blocks) {
		return 0, 0, false
	}
	from = x.blocks[bi].Start
	k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].pos >= pos })
	for j := k - 1; j >= 0 && r.ments[j].pos >= from; j-- {
		e := &r.ents[r.ments[j].ent]
		if e.org || e.gender != 0 && e.gender != g {
			continue
		}
		if p := r.ments[j].pos; e.weak && !spaceOnly(x.text[x.sentenceStart(bi, p):p]) {
			continue
		}
		from = r.ments[j].pos + 1
		break
	}
	return bi, from, true
}

// unnamedAntecedent finds what he (g 'm') or she ('f') at token t stands
// for when it is a speaker the story does not name: an indefinite noun
// phrase earlier in the paragraph, after any person the pronoun could
// stand for ("One resident, a retired teacher who did not
// want to give his name, said he had stayed behind. “…,” he said."). It
// returns the Text range of the phrase, from its determiner to its noun.
// The phrase opens a sentence and is its subject, speaking or not: "his"
// in "One resident, who did not want to give his name, said" is the
// resident's too.
func (x *extractor) unnamedAntecedent(t int, g byte) (start, end int, ok bool) {
	bi, from, ok := x.sinceCompatible(t, g)
	if !ok {
		return 0, 0, false
	}
	if start, end, ok := x.unnamedIn(bi, from, t, g); ok {
		return start, end, true
	}
	// A paragraph that names no one he or she could be before the
	// pronoun goes on from the previous one: "One farmer near Boston …
	// said he expected to lose money.¶“…,” he said."
	if from != x.blocks[bi].Start || bi == 0 || x.btok[bi] <= x.btok[bi-1] || x.blocks[bi-1].Boilerplate {
		return 0, 0, false
	}
	pb, pfrom, ok := x.sinceCompatible(x.btok[bi]-1, g)
	if !ok || pb != bi-1 {
		return 0, 0, false
	}
	return x.unnamedIn(pb, pfrom, x.btok[bi], g)
}

// unnamedDefinite finds what a definite description of a speaker at
// tokens [a, b) ("the official", "the nurse") stands for when it takes up
// a speaker the story does not name: an indefinite noun phrase with the
// same noun that opens a sentence earlier in its paragraph or the one
// before ("A senior South Korean official, who spoke on condition of
// anonymity, said … The official said …"). It returns the Text range of
// the phrase, from its determiner to its noun. The phrase's words before
// the noun only qualify it ("A spokesman for the council" brings in a
// spokesman, not a council); a spokesperson, who speaks for a body, and
// a body ("the council") are left to resolve.
func (x *extractor) unnamedDefinite(a, b int) (start, end int, ok bool) {
	if b-a != 2 || !strings.EqualFold(x.word(a), "the") || !x.toks[a+1].lower() || x.cls(a+1)&wSpeakerNoun == 0 {
		return 0, 0, false
	}
	noun, pos := x.word(a+1), x.toks[a].start()
	if isSpokes(noun) || kindQueries[noun] != nil {
		return 0, 0, false
	}
	bi := sort.Search(len(x.blocks), func(i int) bool { return x.blocks[i].End > pos })
	for k := bi; k >= 0 && k >= bi-1 && k < len(x.blocks); k-- {
		lo, hi := x.btok[k], min(x.btok[k+1], a)
		for s := lo; s < hi; s++ {
			switch x.word(s) {
			case "A", "An", "One":
			default:
				continue
			}
			if s > lo && !strings.ContainsAny(x.gap(s-1), ".!?") {
				continue
			}
			for n := s + 1; n < hi && n-s <= 5 && spaceOnly(x.gap(n-1)) && x.cls(n)&wFunction == 0; n++ {
				if x.word(n) == noun {
					return x.toks[s].start(), x.tokEnd(n), true
				}
			}
		}
	}
	return 0, 0, false
}

// unnamedIn is unnamedAntecedent within block bi, from Text offset from
// to token t.
func (x *extractor) unnamedIn(bi, from, t int, g byte) (start, end int, ok bool) {
	lo := x.btok[bi]
	for s := lo; s < t-1; s++ {
		if x.toks[s].start() < from {
			continue
		}
		switch x.word(s) {
		case "a", "A", "an", "An", "one", "One", "another", "Another":
		default:
			continue
		}
		if s > lo && !strings.ContainsAny(x.gap(s-1), ".!?") && !x.afterFronted(lo, s) {
			continue // the subject opens its sentence, or follows a phrase of place or time
		}
		n := s + 1
		for n < t && n-s <= 3 && x.toks[n].lower() && spaceOnly(x.gap(n-1)) && x.cls(n)&wSpeakerNoun == 0 {
			n++
		}
		if n >= t || n-s > 3 || !x.toks[n].lower() || x.cls(n)&wSpeakerNoun == 0 {
			continue
		}
		if sg := genderOf(x.word(n)); sg != 0 && sg != g {
			return 0, 0, false
		}
		return x.toks[s].start(), x.tokEnd(n), true
	}
	return 0, 0, false
}

// afterFronted reports whether token s, after a comma, follows a phrase
// of place or time that opens its sentence: "At the Corn Street stop on
// Tuesday morning, one commuter …".
func (x *extractor) afterFronted(lo, s int) bool {
	if !commaGap(x.gap(s - 1)) {
		return false
	}
	start := s - 1
	for start > lo && midGap(x.gap(start-1)) {
		start--
	}
	if start > lo && !strings.ContainsAny(x.gap(start-1), ".!?") {
		return false
	}
	switch strings.ToLower(x.word(start)) {
	case "at", "in", "on", "outside", "inside", "near", "after", "before", "during", "by", "from":
		return s-start <= 10
	}
	return false
}

// spokesPronoun resolves he (g 'm') or she ('f') at token t to an unnamed
// spokesperson of its paragraph, named after any person the pronoun
// could stand for: "A spokeswoman for Little Lanterns said … “…,” she
// said." is Little Lanterns' spokeswoman, not the officer named before.
// It gives what the spokesperson speaks for ("" when nothing), and ok
// false when no such spokesperson stands between.
func (x *extractor) spokesPronoun(t int, g byte) (string, int, bool) {
	bi, from, ok := x.sinceCompatible(t, g)
	if !ok {
		return "", -1, false
	}
	for s := t - 1; s >= x.btok[bi] && x.toks[s].start() >= from; s-- {
		if !x.toks[s].lower() || !isSpokes(x.word(s)) {
			continue
		}
		if sg := genderOf(x.word(s)); sg != 0 && sg != g {
			return "", -1, false
		}
		n, i := x.spokesFor(s + 1)
		return n, i, true
	}
	return "", -1, false
}

// prevSubjectOrg returns the organisation that a kind noun at token a
// ("the supermarket") refers back to when the registry knows none of its
// kind: the capitalised name, no person's, that opens the sentence before
// it in the same paragraph and is followed by a lower-case verb ("Tesco
// has cut …"); "" when there is none.
func (x *extractor) prevSubjectOrg(a int) (string, int) {
	pos := x.toks[a].start()
	bi := sort.Search(len(x.blocks), func(i int) bool { return x.blocks[i].End > pos })
	if bi >= len(x.blocks) {
		return "", -1
	}
	s := x.sentenceStart(bi, pos)
	if s <= x.blocks[bi].Start {
		return "", -1
	}
	lo := x.tokAt(x.sentenceStart(bi, s-1))
	hi := x.btok[bi+1]
	if lo >= hi || !x.toks[lo].cap() || x.cls(lo)&(wFunction|wHonorific|wRoleHead) != 0 {
		return "", -1
	}
	e := x.capRun(lo, hi)
	if e >= hi || e-lo > 4 || !spaceOnly(x.gap(e-1)) || !x.toks[e].lower() ||
		x.cls(e)&wAux == 0 && !strings.HasSuffix(x.word(e), "ed") && !strings.HasSuffix(x.word(e), "s") {
		return "", -1
	}
	r := &x.reg
	name := x.orgName(lo, e)
	if i := r.findName(name); i >= 0 {
		if r.ents[i].org {
			return r.ents[i].name, i
		}
		return "", -1
	}
	if e-lo == 1 && r.findSurname(name, 0) >= 0 {
		return "", -1
	}
	return name, -1
}
