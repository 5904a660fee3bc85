package quote

import (
	"sort"
	"strings"
)

// entity is a person or organisation a document names.
type entity struct {
	name    string // full name as written, without title or article: "Mark Lancaster", "Home Office"
	surname string // a person's last name, possessive dropped
	// roles are the lower-case titles, country dropped ("defence
	// minister", "armed forces minister"): the list of registry.roles
	// from node roles-1 on (0: none), last node roleTail-1.
	roles, roleTail int32
	gender          byte // 'm', 'f', or 0 when unknown
	org             bool
	// kind is an organisation's kind, the noun a later "the company
	// said" uses for it: "company", "council", "department", … ("" when
	// unknown). See orgKinds.
	kind string
	// weak marks a person known only from an untitled run of capitalised
	// words ("Jane Smith is…"): good for surname look-ups, but too unsure
	// ("Joint Statement", "Marine Corps") to be a pronoun's or a role's
	// referent until a title, honorific, cue or pronoun confirms it.
	weak    bool
	count   int   // mentions
	first   int   // Text offset of the first mention
	nextSur int32 // the next person of the same surname, +1 (0: none)
}

// roleNode is one role of a person, in a list of the person's roles.
type roleNode struct {
	role string
	next int32 // the next node +1 (0: none)
}

// mentionAt is one naming of an entity, at a Text offset.
type mentionAt struct {
	pos int
	ent int
}

// registry is the people and organisations of one document, with every
// place they are named, in order.
type registry struct {
	ents   []entity
	ments  []mentionAt
	byName map[string]int   // entity index by full name (the first, for a name used twice)
	bySur  map[string]int32 // the first person of a surname; the others follow by entity.nextSur
	roles  []roleNode
}

// hasRole reports whether e has the role.
func (r *registry) hasRole(e *entity, role string) bool {
	for n := e.roles; n != 0; n = r.roles[n-1].next {
		if r.roles[n-1].role == role {
			return true
		}
	}
	return false
}

// addRole gives e one more role.
func (r *registry) addRole(e *entity, role string) {
	r.roles = append(r.roles, roleNode{role: role})
	n := int32(len(r.roles))
	if e.roles == 0 {
		e.roles = n
	} else {
		r.roles[e.roleTail-1].next = n
	}
	e.roleTail = n
}

// reset empties r for the next document, keeping its memory.
func (r *registry) reset() {
	clear(r.ents)
	r.ents = r.ents[:0]
	r.ments = r.ments[:0]
	clear(r.byName)
	clear(r.bySur)
	clear(r.roles)
	r.roles = r.roles[:0]
}

func (r *registry) mention(pos, ent int) {
	if r.ents[ent].count == 0 {
		r.ents[ent].first = pos
	}
	r.ents[ent].count++
	r.ments = append(r.ments, mentionAt{pos, ent})
}

func (r *registry) findName(name string) int {
	if i, ok := r.byName[name]; ok {
		return i
	}
	return -1
}

// findSurname returns the most mentioned person of surname s, preferring
// sure persons to weak ones, or -1. A gender g ('m', 'f'; 0 for any), from
// an honorific, prefers the persons not known to be of the other: "Mr
// Lindqvist" is Ivan Lindqvist, not Marta Lindqvist, however often she is
// named. (Only a preference: a sex learned from a pronoun may be wrong.)
func (r *registry) findSurname(s string, g byte) int {
	best, bestFit := -1, false
	h, ok := r.bySur[s]
	if !ok {
		return -1
	}
	for n := h + 1; n != 0; n = r.ents[n-1].nextSur {
		i := int(n - 1)
		e := &r.ents[i]
		fit := g == 0 || e.gender == 0 || e.gender == g
		switch {
		case best < 0, fit && !bestFit:
		case bestFit && !fit:
			continue
		case r.ents[best].weak && !e.weak:
		case e.weak == r.ents[best].weak && e.count > r.ents[best].count:
		default:
			continue
		}
		best, bestFit = i, fit
	}
	return best
}

// add appends an entity and indexes it.
func (r *registry) add(e entity) int {
	if r.byName == nil {
		r.byName = map[string]int{}
		r.bySur = map[string]int32{}
	}
	i := len(r.ents)
	r.ents = append(r.ents, e)
	if _, ok := r.byName[e.name]; !ok {
		r.byName[e.name] = i
	}
	if !e.org {
		if h, ok := r.bySur[e.surname]; !ok {
			r.bySur[e.surname] = int32(i)
		} else {
			n := h
			for r.ents[n].nextSur != 0 {
				n = r.ents[n].nextSur - 1
			}
			r.ents[n].nextSur = int32(i) + 1
		}
	}
	return i
}

// rename gives person i a fuller name.
func (r *registry) rename(i int, name string) {
	r.ents[i].name = name
	if _, ok := r.byName[name]; !ok {
		r.byName[name] = i
	}
}

// addPerson records a person named full, whose last word is sur, at pos
// and returns its index. A one-word name is a surname and joins the person
// of that surname; a fuller name upgrades a person known by surname only.
// A name written surname first (see SurnameFirst) has its first word for
// surname, whatever sur says.
func (r *registry) addPerson(full, sur string, role string, gender byte, weak bool, pos int) int {
	if SurnameFirst(full) {
		sur, _, _ = strings.Cut(full, " ") // "Park Ji-hoon" is Mr Park
	}
	i := r.findName(full)
	if i < 0 {
		j := r.findSurname(sur, gender)
		switch {
		case j >= 0 && len(full) == len(sur):
			i = j
		case j >= 0 && !strings.Contains(r.ents[j].name, " "):
			i = j
			r.rename(i, full)
		}
	}
	if i < 0 {
		i = r.add(entity{name: full, surname: sur, weak: weak})
	}
	e := &r.ents[i]
	if !weak {
		e.weak = false
	}
	if gender == 0 {
		gender = givenGender(full)
	}
	if gender != 0 && e.gender == 0 {
		e.gender = gender
	}
	if role != "" && !r.hasRole(e, role) {
		r.addRole(e, role)
	}
	r.mention(pos, i)
	return i
}

// addOrg records an organisation of the given kind ("" when unknown)
// named at pos and returns its index.
func (r *registry) addOrg(name, kind string, pos int) int {
	i := r.findName(name)
	if i < 0 {
		i = r.orgSuffix(name)
	}
	if i < 0 {
		// "Rovers" (a headline) then "Avonmouth Rovers": one club, by its
		// fuller name.
		for k := strings.IndexByte(name, ' '); k >= 0 && i < 0; {
			if j := r.findName(name[k+1:]); j >= 0 && r.ents[j].org && r.ents[j].name == name[k+1:] {
				i = j
				r.rename(i, name)
			}
			n := strings.IndexByte(name[k+1:], ' ')
			if n < 0 {
				break
			}
			k += 1 + n
		}
	}
	if i < 0 || !r.ents[i].org {
		weak := i >= 0 && r.ents[i].weak
		i = r.add(entity{name: name, org: true})
		if weak {
			// "operated by Skyline Atlantic", then "Skyline Atlantic's
			// chief executive": the name was a firm's all along.
			r.byName[name] = i
		}
	}
	if kind != "" && r.ents[i].kind == "" {
		r.ents[i].kind = kind
	}
	r.mention(pos, i)
	return i
}

// orgSuffix returns the one organisation whose name ends with the words
// of name ("Rovers" for "Avonmouth Rovers", "the Commons" for the House of
// Commons), or -1 when there is none or more than one.
func (r *registry) orgSuffix(name string) int {
	found := -1
	for i := range r.ents {
		e := &r.ents[i]
		if !e.org || len(e.name) <= len(name)+1 || !strings.HasSuffix(e.name, name) ||
			e.name[len(e.name)-len(name)-1] != ' ' {
			continue
		}
		if found >= 0 && r.ents[found].name != e.name {
			return -1
		}
		if found < 0 {
			found = i
		}
	}
	return found
}

// isNameModifier reports whether the capitalised word w qualifies a name
// without being part of it: "Former Rovers striker", "Ex-Labour MP".
func isNameModifier(w string) bool {
	switch w {
	case "Former", "Ex", "Then", "Late", "Outgoing", "Incoming", "Retired", "Veteran", "Acting", "Interim":
		return true
	}
	return false
}

// learn gives person i a role learned from an appositive ("Tom Stannard,
// the council's finance chief"); the person is then sure, not weak.
func (r *registry) learn(i int, role string) {
	e := &r.ents[i]
	if e.org || role == "" {
		return
	}
	e.weak = false
	if !r.hasRole(e, role) {
		r.addRole(e, role)
	}
}

// kindUnique resolves "the company" at pos: the one organisation named
// before pos whose kind the noun accepts, or -1 when there is none or more
// than one.
func (r *registry) kindUnique(pos int, noun string) int {
	want := kindQueries[noun]
	found := -1
	fits := func(k string) bool {
		for _, w := range want {
			if w == k {
				return true
			}
		}
		return false
	}
	for i := range r.ents {
		e := &r.ents[i]
		if !e.org || e.kind == "" || e.count == 0 || e.first >= pos || !fits(e.kind) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// recent returns the entity of the latest mention before pos that ok
// accepts, or -1.
func (r *registry) recent(pos int, ok func(*entity) bool) int {
	k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].pos >= pos })
	for j, n := k-1, 0; j >= 0 && n < 400; j, n = j-1, n+1 {
		if e := &r.ents[r.ments[j].ent]; ok(e) {
			return r.ments[j].ent
		}
	}
	return -1
}

// roleMatch scores how well a person's roles fit a role phrase: 2 when the
// phrase's words are all in one role with the same head noun ("minister"
// fits "defence minister"), 1 when only the head noun agrees.
func (r *registry) roleMatch(e *entity, role string) int {
	if e.org || e.weak {
		return 0
	}
	// Roles are lower-case words joined by single spaces (roleWords).
	if role == "" {
		return 0
	}
	mods, head := "", role
	if k := strings.LastIndexByte(role, ' '); k >= 0 {
		mods, head = role[:k], role[k+1:]
	}
	best := 0
	for n := e.roles; n != 0; n = r.roles[n-1].next {
		rr := r.roles[n-1].role
		k := strings.LastIndexByte(rr, ' ')
		if rr[k+1:] != head {
			continue
		}
		score := 2
		for w := range strings.SplitSeq(mods, " ") {
			if w == "" {
				continue
			}
			in := false
			for v := range strings.SplitSeq(rr, " ") {
				in = in || v == w
			}
			if !in {
				score = 1
				break
			}
		}
		if score > best {
			best = score
		}
	}
	if best == 0 && role == "minister" {
		// "the minister": a secretary of a government department is a
		// minister ("Education Secretary Helen Okafor"); a union's
		// general secretary or a shadow one is not.
		for n := e.roles; n != 0; n = r.roles[n-1].next {
			if ministerial(r.roles[n-1].role) {
				return 1
			}
		}
	}
	return best
}

// ministerial reports whether a role "X secretary" is a government
// minister's: a department's secretary, not a general, press, permanent,
// private, company or shadow one.
func ministerial(role string) bool {
	mods, ok := strings.CutSuffix(role, " secretary")
	if !ok || mods == "" {
		return false
	}
	for w := range strings.SplitSeq(mods, " ") {
		switch w {
		case "general", "press", "permanent", "private", "company", "shadow", "party", "union", "club", "executive", "deputy", "assistant":
			return false
		}
	}
	return true
}

// roleRecent resolves "the minister" at pos: the latest person named before
// with a fitting role.
// A full match (roleMatch 2) wins over a later partial one; the mentions
// looked at are those recent looks at, walked once.
func (r *registry) roleRecent(pos int, role string) int {
	partial := -1
	k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].pos >= pos })
	for j, n := k-1, 0; j >= 0 && n < 400; j, n = j-1, n+1 {
		i := r.ments[j].ent
		switch r.roleMatch(&r.ents[i], role) {
		case 2:
			return i
		case 1:
			if partial < 0 {
				partial = i
			}
		}
	}
	return partial
}

// roleUnique resolves "a Defence Minister": the one person of the document
// with that role (the most mentioned when several fit equally).
func (r *registry) roleUnique(role string) int {
	for level := 2; level >= 1; level-- {
		best, n := -1, 0
		for i := range r.ents {
			if r.roleMatch(&r.ents[i], role) == level {
				n++
				if best < 0 || r.ents[i].count > r.ents[best].count {
					best = i
				}
			}
		}
		if n > 0 {
			return best
		}
	}
	return -1
}

// nameLike reports whether token i can be part of a person's name:
// capitalised, no title, organisation, country or sentence word.
func (x *extractor) nameLike(i int) bool {
	t := x.toks[i]
	if !t.cap() {
		return false
	}
	c := x.cls(i)
	if c&wNameToo != 0 && i > 0 && x.toks[i-1].cap() && x.joinGap(i-1) &&
		x.cls(i-1)&(wRoleHead|wHonorific|wOrgHead|wCountry|wFunction) == 0 {
		c &^= wFunction // "Theresa May": a surname after a given name
	}
	if c&(wRoleHead|wHonorific|wOrgHead|wCountry|wFunction) != 0 {
		return false
	}
	w := x.word(i)
	for k := 0; k < len(w); k++ {
		if '0' <= w[k] && w[k] <= '9' {
			return false
		}
	}
	// An all-capitals word of two or more letters is an acronym, not a name.
	upper := 0
	for k := 0; k < len(w); k++ {
		if 'A' <= w[k] && w[k] <= 'Z' {
			upper++
		} else if 'a' <= w[k] && w[k] <= 'z' {
			upper = -100
		}
	}
	return upper < 2
}

// bare drops a possessive ending: "Lancaster’s" → "Lancaster".
func bare(w string) string {
	if strings.HasSuffix(w, "’s") {
		return w[:len(w)-len("’s")]
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’") {
		return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’")
	}
	return w
}

// joinGap reports whether tokens i and i+1 belong to one name: only spaces
// between them, or ". " after an honorific ("Mr. Smith").
func (x *extractor) joinGap(i int) bool {
	g := x.gap(i)
	if g == " " {
		return true
	}
	if strings.TrimLeft(g, " ") == "" && len(g) < 3 {
		return true
	}
	if (g == ". " || g == ".") && x.cls(i)&(wHonorific|wAbbrev) != 0 {
		return true
	}
	if g == " & " {
		return x.toks[i].cap() && i+1 < len(x.toks) && x.toks[i+1].cap() // "Fenwick & Hale"
	}
	return x.possGap(i, g)
}

// possGap reports whether the gap g after token i is the apostrophe of a
// plural possessive inside an organisation's name: "Harbour Road Traders'
// Association", "the National Farmers’ Union", "Workers’ Party". Token i
// is a capitalised word ending in "s", and the capitalised words after
// the gap hold an organisation's head noun; "the Teachers' pay" and "the
// Smiths' house" join nothing.
func (x *extractor) possGap(i int, g string) bool {
	if g != "' " && g != "’ " || i+1 >= len(x.toks) || !x.toks[i].cap() || !x.toks[i+1].cap() {
		return false
	}
	if w := x.word(i); len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for k := i + 1; k < len(x.toks) && k <= i+4 && x.toks[k].cap(); k++ {
		if x.bareCls(k)&wOrgHead != 0 {
			return true
		}
		if k+1 < len(x.toks) && x.gap(k) != " " {
			break
		}
	}
	return false
}

// capRun returns the end of the run of capitalised words starting at token
// i (before hi): words joined by spaces, with "of"/"for"/"de" inside.
func (x *extractor) capRun(i, hi int) int {
	j := i + 1
	for j < hi && x.joinGap(j-1) {
		t := x.toks[j]
		if t.cap() {
			if x.cls(j)&wFunction != 0 && !x.nameLike(j) {
				break
			}
			j++
			continue
		}
		if x.cls(j)&wConnector != 0 && j+1 < hi && x.toks[j+1].cap() && x.joinGap(j) &&
			x.cls(j+1)&wFunction == 0 {
			j += 2
			continue
		}
		if j == i+1 && x.word(j) == "and" && x.andOrg(j, hi) {
			j++ // "Competition and Markets Authority"
			continue
		}
		break
	}
	return j
}

// andOrg reports whether the "and" at token j joins one capitalised word
// to capitalised words that end in an organisation's head noun: the name
// of one body ("Competition and Markets Authority", "Food and Drug
// Administration").
func (x *extractor) andOrg(j, hi int) bool {
	if !x.toks[j-1].cap() || x.cls(j-1)&(wFunction|wHonorific|wRoleHead) != 0 {
		return false
	}
	for k := j + 1; k < hi && k <= j+3 && x.joinGap(k-1) && x.toks[k].cap(); k++ {
		if x.cls(k)&wFunction != 0 {
			return false
		}
		if x.bareCls(k)&wOrgHead != 0 {
			return true
		}
	}
	return false
}

// buildRegistry walks the document once, recording every person and
// organisation it names and learning genders from he/she.
func (x *extractor) buildRegistry() {
	r := &x.reg
	ri := 0
	for bi := range x.blocks {
		hi := x.btok[bi+1]
		for i := x.btok[bi]; i < hi; {
			t := x.toks[i]
			for ri < len(x.regions) && x.regions[ri].close <= t.start() {
				ri++
			}
			if ri < len(x.regions) && x.regions[ri].closed && x.regions[ri].open < t.start() {
				// Names inside a quote are the speaker's words: on to
				// the first token at or after the closing mark.
				for end := x.regions[ri].close; i < hi && x.toks[i].start() < end; {
					i++
				}
				continue
			}
			if n := t.bits >> lenShift; n <= 3 {
				switch w := x.text[t.s : t.s+int32(n)]; w {
				case "he", "He", "his", "His", "him":
					if _, _, ok := x.unnamedAntecedent(i, 'm'); ok {
						i++
						continue
					}
					if e := x.pronounRef(t.start(), 'm'); e >= 0 {
						if r.ents[e].gender == 0 {
							r.ents[e].gender = 'm'
						}
						r.mention(t.start(), e)
					}
					i++
					continue
				case "she", "She", "her", "Her":
					if _, _, ok := x.unnamedAntecedent(i, 'f'); ok {
						i++
						continue
					}
					if e := x.pronounRef(t.start(), 'f'); e >= 0 {
						if r.ents[e].gender == 0 {
							r.ents[e].gender = 'f'
						}
						r.mention(t.start(), e)
					}
					i++
					continue
				}
			}
			if w := x.word(i); w == "The" || w == "the" {
				// An epithet names the person the story was last about.
				for n := 2; n <= 3; n++ {
					if i+n <= hi && x.epithet(i, i+n) {
						if e := x.epithetRef(t.start()); e >= 0 {
							r.mention(t.start(), e)
						}
						break
					}
				}
			}
			if !t.cap() || x.cls(i)&wFunction != 0 {
				i++
				continue
			}
			j := x.capRun(i, hi)
			x.nameRun(i, j, x.btok[bi], hi)
			i = j
		}
	}
}

// nameRun records the names in the run of capitalised words [a, b).
func (x *extractor) nameRun(a, b, lo, hi int) {
	r := &x.reg
	end := b // the run with its post-nominals, which a comma or cue may follow
	for b-a > 1 && isPostNominal(x.word(b-1)) && x.nameLike(b-2) {
		b-- // "Martin Osgood KC"
	}
	if k := x.ownerEnd(a, b); k > a {
		// "Labour's Grace Okafor": the owner, then the name.
		x.nameRun(a, k, lo, hi)
		x.nameRun(k, end, lo, hi)
		return
	}
	if k := x.personOf(a, b); k > a {
		// "Sunita Rao of Bellweather Research": the person, then the firm.
		x.nameRun(a, k, lo, hi)
		x.nameRun(k+1, end, lo, hi)
		return
	}
	rest := a // first word not yet part of a name
	for h := a; h < b; h++ {
		c := x.cls(h)
		if c&(wRoleHead|wHonorific) == 0 {
			continue
		}
		n := h + 1
		for n < b && n-h <= 4 && x.nameLike(n) {
			n++
		}
		if n == h+1 || x.bareCls(n-1)&wOrgHead != 0 {
			continue // no name, or an organisation's: "the Premier League's rules"
		}
		g := genderOf(x.word(h))
		role := ""
		if c&wRoleHead != 0 {
			e := h + 1
			if e-1 > rest && c&wHonorific != 0 {
				// "Pathologist Dr Anand Mehta" is a pathologist: the
				// honorific is no part of the role.
				e--
			}
			role = x.roleWords(rest, e)
		}
		i := r.addPerson(x.nameWords(h+1, n), bare(x.word(n-1)), role, g, false, x.toks[h].start())
		if n == b {
			r.learn(i, x.roleAfter(end, hi))
			if rest == a {
				// "The vice-chancellor, Professor Gillian Marsh, said".
				r.learn(i, x.roleBefore(a, b, lo, hi))
			}
		}
		rest = n
		h = n - 1
	}
	if rest >= b {
		return
	}
	// An organisation: the run holds an organisation's head noun.
	for h := rest; h < b; h++ {
		if x.toks[h].cap() && x.bareCls(h)&wOrgHead != 0 {
			s := rest
			for s < h && (x.cls(s)&(wCountry|wFunction) != 0 || isNameModifier(x.word(s))) {
				s++
			}
			s = x.orgOwner(s, h, b)
			// The kind of the last head noun with one: "Air Accidents
			// Investigation Branch" is an agency, not an airline.
			kind := kindOf(bare(x.word(h)))
			for k := b - 1; k > h; k-- {
				if kk := kindOf(bare(x.word(k))); kk != "" {
					kind = kk
					break
				}
			}
			if kind == "union" && x.cls(rest)&wCountry != 0 {
				kind = "" // the European Union, the Soviet Union: no trade union
			}
			i := r.addOrg(x.orgName(s, b), kind, x.toks[s].start())
			x.acronymAfter(i, b, hi)
			return
		}
	}
	// Names joined by "&" name a firm: "Fenwick & Hale".
	for k := rest; k < b-1; k++ {
		if x.gap(k) == " & " {
			r.addOrg(x.orgName(rest, b), "company", x.toks[rest].start())
			return
		}
	}
	// A company by the last word of its name: "Brightwell Energy",
	// "Thames Water".
	if b-rest >= 2 && isCompanyTail(bare(x.word(b-1))) {
		ok := true
		for k := rest; k < b-1 && ok; k++ {
			ok = x.toks[k].cap() && x.cls(k)&(wRoleHead|wHonorific|wFunction) == 0
		}
		if ok {
			r.addOrg(x.orgName(rest, b), "company", x.toks[rest].start())
			return
		}
	}
	if rest == a && x.orgByContext(a, b, hi) {
		return
	}
	if rest == a && x.kindNext(a, b, lo, hi) {
		return
	}
	// A person already known, by full name or surname.
	n := b - rest
	if n > 4 {
		return
	}
	for k := rest; k < b; k++ {
		if !x.nameLike(k) || isNameModifier(x.word(k)) {
			return
		}
	}
	if rest > a || rest > 0 && x.cls(rest-1)&wConnector != 0 {
		return
	}
	full, sur := x.nameWords(rest, b), bare(x.word(b-1))
	// A lower-case title before the name: "Chief executive Jochen
	// Hanebeck", "Labour leader Keir Starmer".
	if h := rest - 1; h >= lo && x.toks[h].lower() && x.cls(h)&wRoleHead != 0 && x.joinGap(h) && n <= 3 {
		if role := x.roleWords(x.npBack(rest, lo), rest); role != "" {
			i := r.addPerson(full, sur, role, genderOf(x.word(h)), false, x.toks[rest].start())
			r.learn(i, x.roleAfter(end, hi))
			return
		}
	}
	// A role set off by commas, after or before the name: "Tom Stannard,
	// the council's finance chief, warned", "The council's finance chief,
	// Tom Stannard, warned". It is looked for once a person is found.
	role := func() string {
		if role := x.roleAfter(end, hi); role != "" {
			return role
		}
		if role := x.courtRole(rest, lo); role != "" {
			return role
		}
		return x.roleBefore(rest, end, lo, hi)
	}
	known := r.findName(full)
	if known < 0 || r.ents[known].org {
		known = -1
		if n == 1 {
			known = r.findSurname(full, 0)
		}
	}
	if known >= 0 {
		r.mention(x.toks[rest].start(), known)
		r.learn(known, role())
		if x.speaks(rest, end, lo, hi) {
			r.ents[known].weak = false // "Sato, who joined …, said:": a speaker is a person
		}
		return
	}
	if n == 1 {
		return
	}
	// A new untitled person: "Jane Smith said", "said Jane Smith", "Jane
	// Smith, who runs the shop, said" and "Jane Smith, the finance chief,
	// warned" are sure; "Jane Smith is …" is weak.
	if n <= 3 {
		role := role()
		// An age set off after the name is a person's: "Linda Marsh, 71,".
		sure := role != "" || x.speaks(rest, end, lo, hi) || rest > 0 && x.isCueWord(rest-1) ||
			rest > 1 && x.word(rest-1) == "to" && strings.EqualFold(x.word(rest-2), "according") ||
			x.ageAfter(end, hi) > end
		r.addPerson(full, sur, role, 0, !sure, x.toks[rest].start())
	}
}

// speaks reports whether the name [rest, end) is the subject of a cue:
// "Jane Smith said", "Jane Smith, who runs the shop, said", or a name set
// off by commas after a description of its person: "Mr Whitcombe's widow,
// Anna Whitcombe, said".
func (x *extractor) speaks(rest, end, lo, hi int) bool {
	if x.cueFollows(end, hi) {
		return true
	}
	if rest > lo && end < hi && commaGap(x.gap(rest-1)) && commaGap(x.gap(end-1)) && x.cueRun(end, end+1, hi) {
		return true
	}
	e := x.setOff(end, hi)
	if e <= end || e >= hi || !commaGap(x.gap(e-1)) {
		return false
	}
	// The cue after the set-off phrase's closing comma: "…, has said".
	return x.cueRun(e, e+1, hi)
}

// kindNext records the capitalised words [a, b) as an organisation when a
// lower-case noun of an organisation's kind stands next to them:
// "semiconductor firm Infineon", "rail union RMT", "the Aslef union",
// "the Labour party". Titles, honorifics, countries and people already
// known are no organisation. It reports whether it recorded one.
func (x *extractor) kindNext(a, b, lo, hi int) bool {
	if b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if x.cls(k)&(wRoleHead|wHonorific|wCountry|wFunction) != 0 || x.isCueWord(k) {
			return false
		}
	}
	kind := ""
	if h := a - 1; h >= lo && x.toks[h].lower() && x.joinGap(h) {
		kind = kindOf(x.word(h))
	}
	if kind == "" && b < hi && x.toks[b].lower() && x.joinGap(b-1) && bare(x.word(b-1)) == x.word(b-1) &&
		!(b+1 < hi && x.toks[b+1].cap() && x.joinGap(b)) { // "Semiconductor firm Infineon" names Infineon
		switch w := x.word(b); w {
		case "union", "party", "group", "company", "firm", "charity", "club", "council":
			kind = kindOf(w)
		}
	}
	if kind == "" {
		return false
	}
	r := &x.reg
	name := x.orgName(a, b)
	if i := r.findName(name); i >= 0 && !r.ents[i].org {
		return false
	}
	if b-a == 1 && r.findSurname(name, 0) >= 0 {
		return false
	}
	r.addOrg(name, kind, x.toks[a].start())
	return true
}

// roleAfter returns the role of a description set off by a comma after
// a name that ends at token b-1: "finance chief" for "Tom Stannard, the
// council's finance chief," or "…, the council's finance chief.".
func (x *extractor) roleAfter(b, hi int) string {
	if e := x.descAfter(b, hi); e > b {
		return x.descRole(b, e)
	}
	return ""
}

// roleBefore returns the role of a description that ends in a comma
// before the name [rest, b), when a comma or the sentence's end follows
// the name, or its firm and then a comma: "The council's finance chief,
// Tom Stannard, warned", "Another analyst, Sunita Rao of Bellweather
// Research, was more upbeat".
func (x *extractor) roleBefore(rest, b, lo, hi int) string {
	if rest-1 <= lo || !commaGap(x.gap(rest-1)) {
		return ""
	}
	if e := x.affiliation(b, hi); b < hi && spaceOnly(x.gap(b-1)) && (e == b || e < hi && !commaGap(x.gap(e-1))) {
		return ""
	}
	p := rest - 1
	for p > lo && rest-p < 8 && spaceOnly(x.gap(p-1)) && !isDeterminer(x.word(p)) {
		p--
	}
	if !(isDeterminer(x.word(p)) || p == lo || !spaceOnly(x.gap(p-1))) || !x.isDescription(p, rest) {
		return ""
	}
	return x.descRole(p, rest)
}

// courtRole returns the role that a court report's opening participle
// gives the name at token rest: "Prosecuting, Daniel Okonjo told the
// court" is the prosecutor, "Defending, Amy Hart said" the defence
// barrister.
func (x *extractor) courtRole(rest, lo int) string {
	p := rest - 1
	if p < lo || !commaGap(x.gap(p)) || p > lo && !strings.ContainsAny(x.gap(p-1), ".!?") {
		return ""
	}
	switch x.word(p) {
	case "Prosecuting":
		return "prosecutor"
	case "Defending":
		return "defence barrister"
	}
	return ""
}

// affiliation returns the end of the firm after the name that ends at
// token b-1, "of", "at" or "from" and a run of capitalised words ("Sunita
// Rao of Bellweather Research"), or b when there is none.
func (x *extractor) affiliation(b, hi int) int {
	if b+1 >= hi || !spaceOnly(x.gap(b-1)) || !spaceOnly(x.gap(b)) {
		return b
	}
	switch x.word(b) {
	case "of", "at", "from":
	default:
		return b
	}
	if !x.toks[b+1].cap() || x.cls(b+1)&(wFunction|wRoleHead|wHonorific) != 0 {
		return b
	}
	return x.capRun(b+1, hi)
}

// descRole returns the role of the description [a, b) whose head is a
// title: its last few words, from after the determiner or possessive
// ("the council's finance chief" → "finance chief"); "" when the head is
// no title or the description joins two with "and".
func (x *extractor) descRole(a, b int) string {
	if x.cls(b-1)&wRoleHead == 0 {
		// The head before a modifier: "an analyst at Harcourt
		// Securities" → "analyst".
		h := -1
		for m := b - 2; m >= a; m-- { // "chair of the trust" has no article
			if x.cls(m)&wRoleHead != 0 && !(x.toks[m].cap() && x.nameLike(m)) || x.headOf(m, b) {
				switch x.word(m + 1) {
				case "in", "of", "at", "for", "from", "with":
					h = m
				}
				break
			}
		}
		if h < 0 {
			return ""
		}
		b = h + 1
	}
	for k := a; k < b; k++ {
		if x.word(k) == "and" {
			return ""
		}
	}
	s := b - 1
	for s > a && b-s < 4 {
		w := x.word(s - 1)
		if isDeterminer(w) || bare(w) != w || x.cls(s-1)&(wFunction|wCountry|wConnector) != 0 ||
			x.toks[s-1].bits&fDigit != 0 {
			break
		}
		s--
	}
	return x.roleWords(s, b)
}

// roleWords returns the lower-case role of title words [a, b), country
// and possessive country words dropped: "U.K. Defence Secretary" →
// "defence secretary".
func (x *extractor) roleWords(a, b int) string {
	buf := x.buf[:0]
	for k := a; k < b; k++ {
		w := x.word(k)
		if bare(w) != w || x.cls(k)&(wCountry|wFunction) != 0 {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		buf = appendLower(buf, w)
	}
	x.buf = buf
	return x.intern(buf)
}

// appendLower appends strings.ToLower(w) to buf.
func appendLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return append(buf, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// intern returns string(b), the same string for the same bytes each time;
// "" for none.
func (x *extractor) intern(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if s, ok := x.strs[string(b)]; ok {
		return s
	}
	if x.strs == nil {
		x.strs = map[string]string{}
	}
	s := string(b)
	x.strs[s] = s
	return s
}

// orgOwner returns where the name of the organisation whose head noun is
// token h starts, given that the capitalised run starts at s: after an
// owner in the possessive before a head noun that takes "of" or "for"
// ("Peru's Ministry of Foreign Affairs", "Britain's Department for
// Transport" name the Ministry of Foreign Affairs and the Department for
// Transport); a possessive before any other head is part of the name
// ("Alzheimer's Society").
func (x *extractor) orgOwner(s, h, b int) int {
	if h > s && h+2 < b && bare(x.word(h-1)) != x.word(h-1) {
		if w := x.word(h + 1); w == "of" || w == "for" {
			return h
		}
	}
	return s
}

// orgName returns the name of the organisation in tokens [a, b): the words
// joined by single spaces, the last without a possessive.
func (x *extractor) orgName(a, b int) string {
	return x.joinToks(a, b, false)
}

// nameWords returns the name of the person in tokens [a, b): the words
// joined by single spaces, each without a possessive.
func (x *extractor) nameWords(a, b int) string {
	return x.joinToks(a, b, true)
}

// joinToks returns the words of tokens [a, b) joined by single spaces, the
// possessive dropped from every word (all) or the last. When the words
// stand so in Text, that is a substring of Text.
func (x *extractor) joinToks(a, b int, all bool) string {
	if a >= b {
		return ""
	}
	last := bare(x.word(b - 1))
	same := true
	for k := a; k < b-1 && same; k++ {
		g := x.gap(k)
		same = (g == " " || g == " & " || x.possGap(k, g)) && (!all || bare(x.word(k)) == x.word(k))
	}
	if same {
		s := x.toks[a].start()
		return x.text[s : x.toks[b-1].start()+len(last)]
	}
	buf := x.buf[:0]
	for k := a; k < b; k++ {
		if k > a {
			switch g := x.gap(k - 1); {
			case g == " & ":
				buf = append(buf, " &"...)
			case !all && g == ", " && x.toks[k-1].cap() && x.toks[k].cap():
				buf = append(buf, ',') // "Department for Culture, Media and Sport"
			}
			buf = append(buf, ' ')
		}
		w := x.word(k)
		if all || k == b-1 {
			w = bare(w)
		}
		buf = append(buf, w...)
		if k < b-1 {
			if g := x.gap(k); x.possGap(k, g) {
				buf = append(buf, g[:len(g)-1]...) // the apostrophe of "Traders' Association"
			}
		}
	}
	x.buf = buf
	return x.intern(buf)
}

// bareCls returns the word classes of token h without its possessive:
// classOf(bare(x.word(h))).
func (x *extractor) bareCls(h int) uint32 {
	w := x.word(h)
	if bw := bare(w); bw != w {
		return classOf(bw)
	}
	return x.cls(h)
}

// isCueWord reports whether token i is a reporting word.
func (x *extractor) isCueWord(i int) bool {
	if !x.maybeCue(i) || x.cls(i)&wCue == 0 {
		return false
	}
	_, ok := cueOf(x.word(i))
	return ok
}

// cueFollows reports whether a cue follows token i-1, after auxiliaries
// and adverbs: "Jane Smith (has also) said".
func (x *extractor) cueFollows(i, hi int) bool {
	return x.cueRun(i, max(i, 1), hi)
}

// cueRun reports whether a cue starts at token i, perhaps after
// auxiliaries and adverbs ("has also said"), the tokens from joined from
// the one before them by joining gaps.
func (x *extractor) cueRun(i, joined, hi int) bool {
	for k := i; k < hi && k < i+4; k++ {
		if k >= joined && !x.joinGap(k-1) {
			return false
		}
		if x.isCueWord(k) {
			return true
		}
		if x.cls(k)&(wAux|wAdverb) == 0 {
			return false
		}
	}
	return false
}

// acronymAfter makes the acronym in brackets after an organisation's name
// that ends at token b-1 another name of organisation i: "the Air
// Accidents Investigation Branch (AAIB)".
func (x *extractor) acronymAfter(i, b, hi int) {
	if b >= hi || strings.TrimSpace(x.gap(b-1)) != "(" || !isAcronym(x.word(b)) {
		return
	}
	if b+1 < len(x.toks) && !strings.HasPrefix(x.gap(b), ")") {
		return
	}
	r := &x.reg
	if _, ok := r.byName[x.word(b)]; !ok {
		r.byName[x.word(b)] = i
	}
}

// orgByContext records the capitalised words [a, b) as a company when
// what follows them says so: a possessive before a company's officer
// ("Skyline Atlantic's chief executive", "Quillpay's managing director"),
// or a description set off by a comma whose head noun is a kind of
// organisation ("Quillpay, the mobile payments start-up valued at …",
// "Fenwick & Hale, Britain's fifth-largest grocer,"). People already
// known are no company. It reports whether it recorded one.
func (x *extractor) orgByContext(a, b, hi int) bool {
	r := &x.reg
	for k := a; k < b; k++ {
		if x.cls(k)&(wRoleHead|wHonorific|wCountry|wFunction) != 0 {
			return false
		}
	}
	kind := ""
	if w := x.word(b - 1); bare(w) != w {
		if x.officerAfter(b, hi) {
			kind = "company"
		}
	} else {
		kind = x.kindAfter(b, hi)
	}
	if kind == "" {
		return false
	}
	name := x.orgName(a, b)
	if i := r.findName(name); i >= 0 && !r.ents[i].org && !r.ents[i].weak {
		return false
	}
	if b-a == 1 {
		if i := r.findSurname(name, 0); i >= 0 && !r.ents[i].weak {
			return false
		}
	}
	r.addOrg(name, kind, x.toks[a].start())
	return true
}

// officerAfter reports whether the lower-case words from token b name a
// company's officer: "chief executive", "managing director", "chief
// financial officer", "chairman".
func (x *extractor) officerAfter(b, hi int) bool {
	for k := b; k < hi && k < b+4; k++ {
		if k > b && !spaceOnly(x.gap(k-1)) || !x.toks[k].lower() {
			return false
		}
		switch x.word(k) {
		case "chief", "managing", "finance", "financial", "operating", "technology":
			continue
		case "executive", "director", "officer":
			return k > b
		case "ceo", "chairman", "chairwoman", "shareholders":
			return true
		}
		return false
	}
	return false
}

// kindAfter returns the kind of organisation a description set off by a
// comma after token b-1 is headed by ("…, the mobile payments start-up
// valued at $2.3bn", "…, Britain's fifth-largest grocer,"), or "". A kind
// noun that modifies a person's noun ("a council leader", "a union
// official") is none.
func (x *extractor) kindAfter(b, hi int) string {
	if b >= hi || !commaGap(x.gap(b-1)) {
		return ""
	}
	k := b
	if w := x.word(k); !isDeterminer(w) && (bare(w) == w || !x.toks[k].cap()) {
		return ""
	}
	for k++; k < hi && k < b+6; k++ {
		if !spaceOnly(x.gap(k - 1)) {
			return ""
		}
		w := x.word(k)
		if k == b+1 && isDeterminer(x.word(b)) && bare(w) != w && x.cls(k)&wFunction == 0 {
			continue // an owner after the determiner: "the UK's fourth-largest supermarket chain"
		}
		if !x.toks[k].lower() || bare(w) != w || x.isCueWord(k) || x.cls(k)&(wFunction|wAux) != 0 {
			return ""
		}
		kind := kindOf(w)
		if kind == "" {
			continue
		}
		// The kind noun heads the description: punctuation, a
		// preposition, a relative or a participle follows it ("…
		// start-up valued at"), not another noun ("a hospital
		// consultant", "a council leader") or a verb ("…, the company
		// said": a clause of its own).
		if k+1 < hi && spaceOnly(x.gap(k)) {
			n := x.word(k + 1)
			if x.isCueWord(k+1) || x.cls(k+1)&(wAux|wAdverb) != 0 || !x.toks[k+1].lower() {
				return ""
			}
			if x.cls(k+1)&(wFunction|wConnector) == 0 && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") {
				continue // "the public service union": the head comes later
			}
		}
		return kind
	}
	return ""
}

// isPostNominal reports whether w is letters that follow a name without
// being part of it: "Martin Osgood KC", "Jane Roe MP".
func isPostNominal(w string) bool {
	switch w {
	case "KC", "QC", "MP", "MEP", "MSP", "MLA", "OBE", "CBE", "MBE", "KBE", "DBE", "FRS", "PhD":
		return true
	}
	return false
}

// personOf returns the index of the "of", "at" or "from" that follows a
// person's name of two or three words at the start of the run [a, b) of
// capitalised words, the rest of the run naming where they work: "Sunita
// Rao of Bellweather Research". It returns a when the words before are no
// such name: a title, an organisation's head noun or a country among them
// ("Bank of England", "Royal Bank of Scotland", "United States of
// America").
func (x *extractor) personOf(a, b int) int {
	for k := a + 2; k <= a+3 && k < b-1; k++ {
		switch x.word(k) {
		case "of", "at", "from":
		default:
			continue
		}
		for n := a; n < k; n++ {
			if !x.nameLike(n) || isNameModifier(x.word(n)) ||
				x.cls(n)&(wRoleHead|wHonorific|wCountry|wFunction|wConnector) != 0 || x.bareCls(n)&wOrgHead != 0 {
				return a
			}
		}
		return k
	}
	return a
}

// ownerEnd returns the end of a capitalised possessive that stands before
// a person's name in the words [a, b) ("Labour's Grace Okafor", "the BBC's
// Mark Ellison"): the first token of the name, which is two or more name
// words; a when there is none. A possessive inside an organisation's name
// ("Alzheimer's Society") stays in it.
func (x *extractor) ownerEnd(a, b int) int {
	for k := a; k < b-2; k++ {
		if w := x.word(k); bare(w) == w || !x.toks[k].cap() {
			continue
		}
		for n := k + 1; n < b; n++ {
			if !x.nameLike(n) || bare(x.word(n)) != x.word(n) && n < b-1 {
				return a
			}
		}
		return k + 1
	}
	return a
}
