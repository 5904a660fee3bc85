package quote

import "strings"

// Word classes, looked up by the lower-cased word. One word may be in
// several classes ("general" is a role head and a role modifier).
const (
	wAux         = 1 << iota // auxiliaries before a cue: "has stated", "had said"
	wAdverb                  // adverbs between subject and cue: "also said"
	wRoleHead                // the head noun of a title: Minister, Secretary, President
	wHonorific               // Mr, Mrs, Dr, Sir
	wOrgHead                 // the head noun of an organisation's name: Office, Ministry
	wCountry                 // a country prefix dropped from roles and organisations
	wFunction                // a capitalised sentence opener that is no name: In, As, The
	wConnector               // joins the words of a name: of, for, de
	wSpeakerNoun             // a lower-case noun that can speak: spokesperson, official
	wFirstPerson             // I, we, me, us, my
	wTitleWord               // words before a quoted title: so-called, song, book
	wTailStart               // words that may follow a cue before the sentence ends: on, in
	wAudience                // objects of "told": reporters, journalists
	wAbbrev                  // abbreviations whose '.' does not end a sentence: Mr, Gen
	wAnonymous               // subjects that name nobody: source, official, people
	wCue                     // a reporting word (see cues) or the start of one: according, quoted
	wNameToo                 // a sentence word that is also a name after a given name: "Theresa May"
)

var wordClass = map[string]uint32{}

func addWords(class uint32, words string) {
	for _, w := range strings.Fields(words) {
		wordClass[w] |= class
	}
}

func init() {
	addWords(wAux, "has have had is was were will would 's been be did does do may might could should can must")
	addWords(wAdverb, "also later then previously recently again once earlier further repeatedly publicly simply reportedly originally first last separately subsequently yesterday today now finally quickly added too")
	// Role heads include the police ranks written short ("PC Sarah
	// Oduya", "Det Sgt", "Ch Supt"); "DI", which folds to the connector
	// "di", is one only in capitals (see classify).
	addWords(wRoleHead, `minister secretary president chancellor admiral general commander director ambassador senator
		governor mayor spokesperson spokesman spokeswoman chairman chairwoman chair ceo chief leader officer judge
		professor captain colonel major lieutenant sergeant brigadier marshal premier king queen prince princess pope
		commissioner representative rep sen gov lt gen col capt cmdr adm prof superintendent inspector constable
		editor founder manager coach presenter correspondent economist analyst secretary-general president-elect executive
		vice-president chief-executive deputy-director envoy speaker whip attorney-general counsel sheriff bishop
		archbishop rabbi imam cardinal dean rector principal headteacher coroner consul diplomat doctor farmer teacher
		nurse author writer actor actress singer artist student driver pilot engineer scientist researcher historian
		poet composer chef owner worker campaigner activist lawyer barrister solicitor detective councillor mp mep
		congressman congresswoman economist physician surgeon dr lecturer boss striker midfielder goalkeeper winger pundit
		prosecutor det insp supt pm vice-chancellor pro-vice-chancellor provost warden magistrate registrar
		organiser organizer convenor convener negotiator steward investigator pathologist administrator treasurer
		adviser advisor curator trustee
		pc wpc pcso dc ds dci dsi dcs acc dcc sgt ch`)
	// Titles written short, as the full ones are: "Cllr Amadi" is
	// Councillor Amadi.
	addWords(wRoleHead|wAbbrev, "cllr")
	addWords(wHonorific, "mr mrs ms miss mx dr sir dame lord lady prof")
	addWords(wOrgHead, `office ministry department house government council agency commission committee police service
		army navy company group association union court parliament bank university party institute foundation
		organisation organization command centre center headquarters board authority trust network corporation
		coalition force inc ltd plc llc nato un eu unicef who cabinet treasury pentagon kremlin whitehall fbi cia
		bbc cnn reuters embassy secretariat alliance federation administration senate congress assembly regiment
		battalion brigade fund programme program commons lords ofcom nhs ons imf opec hospital school college
		executive inquiry tribunal bureau directorate division unit team club society institution charity
		rovers wanderers rangers athletic albion fc afc hotspur league air airways airlines branch consortium`)
	addWords(wCountry, `uk u.k. us u.s. usa u.s.a. britain british america american chile chilean mexico mexican belize
		france french germany german eu china chinese russia russian india indian canada canadian australia
		australian japan japanese scotland scottish wales welsh england english ireland irish ukraine ukrainian
		spain spanish italy italian israel israeli iran iranian nigeria nigerian brazil brazilian european
		korea korean zealand lanka lankan arabia arabian saudi rica rican leone leonean african
		afghan albanian algerian angolan argentine argentinian armenian austrian azerbaijani bahraini
		bangladeshi belarusian belgian bolivian bosnian bulgarian burmese cambodian cameroonian chadian
		colombian congolese croatian cuban cypriot czech danish dutch ecuadorean ecuadorian egyptian
		emirati eritrean estonian ethiopian filipino finnish georgian ghanaian greek guatemalan haitian
		honduran hungarian icelandic indonesian iraqi ivorian jamaican jordanian kazakh kenyan kosovan
		kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian malawian malaysian maltese
		malian moldovan mongolian montenegrin moroccan mozambican namibian nepalese nicaraguan nigerien
		norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari
		romanian rwandan salvadoran senegalese serbian singaporean slovak slovakian slovenian somali
		sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish turkmen ugandan
		uruguayan uzbek venezuelan vietnamese yemeni zambian zimbabwean`)
	addWords(wFunction, `the a an in as at on by for from to with of and but or so if when while after before
		although because since though however meanwhile yesterday today tomorrow later earlier this that these
		those it its there here both all some many most each every no not what which who whom whose where why how
		i we you he she they his her their our my your speaking according asked read published related latest
		news more also then thursday monday tuesday wednesday friday saturday sunday january february march april
		may june july august september october november december last next first`)
	addWords(wNameToo, "may june april august")
	addWords(wConnector, "of for de la du van von der den al bin da di del le")
	addWords(wSpeakerNoun, `spokesperson spokesman spokeswoman spokespeople official officials source sources reporter journalist statement
		minister ministers secretary president government ministry department police aide aides diplomat
		diplomats analyst analysts expert experts critic critics lawyer lawyers witness witnesses resident residents
		leader leaders campaigner campaigners insider insiders representative representatives adviser advisers
		advisor advisors chief director executive officer commander general admiral chairman chair report
		document letter study survey person man woman colleague colleagues friend friends family company firm
		group union team organisers organizers authorities authority agency council office prosecutor prosecutors
		police spokespersons sources officer officers scientist scientists researchers researcher doctor doctors
		economist economists observer observers activist activists member members staff people ambassador envoy
		mayor governor senator judge court press release memo party business bank charity regulator
		watchdog university hospital club airline carrier author authors retailer grocer chain supermarket
		carmaker lender insurer broadcaster publisher manufacturer start-up association federation consortium committee
		utility maker toymaker trust operator operators
		society institute body neighbour neighbours neighbor neighbors wife husband partner son daughter
		mother father brother sister parent parents cousin uncle aunt grandmother grandfather niece nephew
		widow widower fiancee fiancée boyfriend girlfriend relative relatives landlord tenant patient patients
		passenger passengers customer customers victim victims survivor survivors trader traders banker bankers
		investor investors worker workers employee employees nurse nurses teacher teachers student students
		shopper shoppers driver drivers farmer farmers fan fans supporter supporters voter voters protester
		protesters protestor protestors demonstrator demonstrators engineer engineers manager managers owner
		owners pilot pilots consultant consultants surgeon surgeons paramedic paramedics firefighter firefighters
		soldier soldiers veteran veterans villager villagers commuter commuters eyewitness eyewitnesses
		bystander bystanders onlooker onlookers organiser organizer investigator investigators pathologist`)
	addWords(wFirstPerson, "i we me us my i'm  we're i've we've we'll i'll i'd we'd myself ourselves")
	addWords(wTitleWord, `so-called song book film movie album novel show series single track play poem article
		headline titled entitled called dubbed named nicknamed branded labelled labeled termed hit anthem
		programme program slogan motto phrase word words term banner hashtag episode chapter essay opera musical
		poster campaign paper report strategy document`)
	addWords(wTailStart, `on in at during after before last this yesterday today earlier later when while as
		to from outside inside after ahead following via through late recently of about`)
	addWords(wAudience, `reporters journalists mps lawmakers parliament congress members delegates supporters
		listeners viewers readers students staff colleagues him her them me us you the a an analysts investors
		shareholders investigators detectives police officers councillors jurors employees workers customers
		voters residents court inquest jury tribunal hearing inquiry committee panel magistrates judge peers
		senators audience crowd meeting conference assembly`)
	addWords(wAbbrev, `mr mrs ms dr st gen sen rep gov lt col capt cmdr adm prof jr sr no vs etc inc ltd co det insp supt jan feb
		mar apr jun jul aug sep sept oct nov dec sgt ch maj rev hon fig approx mt ft est dept univ assn bros corp`)
	addWords(wAnonymous, `source sources reporter journalist official officials people person insider insiders aide aides diplomat
		diplomats analyst analysts expert experts critic critics witness witnesses resident residents campaigner
		campaigners observer observers activist activists member members staff spokesperson spokesman spokeswoman
		man woman someone somebody one report document letter study survey memo authors`)
}

// countryPairs are the countries and nationalities of two words, by
// their first word: "South Korean", "New Zealand", "Sri Lankan". Each word
// is of class wCountry beside the other (see inCountryPair), not alone:
// "New" and "Salvador" are no country by themselves.
var countryPairs = map[string][]string{
	"south":     {"korea", "korean", "koreans", "africa", "african", "africans", "sudan", "sudanese"},
	"north":     {"korea", "korean", "koreans", "macedonia", "macedonian"},
	"new":       {"zealand", "zealander", "zealanders"},
	"sri":       {"lanka", "lankan", "lankans"},
	"saudi":     {"arabia", "arabian"},
	"costa":     {"rica", "rican", "ricans"},
	"sierra":    {"leone", "leonean"},
	"el":        {"salvador"},
	"hong":      {"kong"},
	"puerto":    {"rico", "rican", "ricans"},
	"east":      {"timor", "timorese"},
	"united":    {"states", "kingdom"},
	"czech":     {"republic"},
	"dominican": {"republic"},
}

// pairBloom is classBloom for the first words of countryPairs.
var pairBloom = func() (b [1 << 15 / 64]uint64) {
	for w := range countryPairs {
		k := bloomKey(w)
		b[k/64] |= 1 << (k % 64)
	}
	return b
}()

// inCountryPair reports whether the capitalised token i and a capitalised
// neighbour one space away make a country or nationality of countryPairs.
func (x *extractor) inCountryPair(i int) bool {
	pair := func(a int) bool {
		if a < 0 || a+1 >= len(x.toks) || !x.toks[a].cap() || !x.toks[a+1].cap() || x.gap(a) != " " {
			return false
		}
		first := x.word(a)
		if len(first) > len("dominican") {
			return false
		}
		if k := bloomKey(first); pairBloom[k/64]&(1<<(k%64)) == 0 {
			return false
		}
		var buf [len("dominican")]byte
		for k := 0; k < len(first); k++ {
			buf[k] = first[k] | 0x20 // a key's letters, lower-cased; others miss
		}
		for _, w := range countryPairs[string(buf[:len(first)])] {
			if strings.EqualFold(w, x.word(a+1)) {
				return true
			}
		}
		return false
	}
	return pair(i) || pair(i-1)
}

// cue describes a reporting word.
type cue struct {
	strong bool // the clause may follow without "that" ("X said the …")
	tell   bool // takes an object before the clause ("told reporters that …")
	words  int  // words of a multi-word cue ("according to": 2)
}

var cues = map[string]cue{}

func addCues(c cue, words string) {
	for _, w := range strings.Fields(words) {
		cues[w] = c
		wordClass[w] |= wCue
	}
}

func init() {
	addCues(cue{strong: true}, "say says said saying write writes wrote written writing")
	addCues(cue{strong: true, tell: true}, "tell tells told telling")
	addCues(cue{tell: true}, "warn warns warned warning assure assures assured urge urges urged urging inform informs informed remind reminds reminded")
	addCues(cue{}, `state states stated add adds added adding announce announces announced insist insists insisted
		claim claims claimed argue argues argued arguing continue continues continued explain explains explained
		note notes noted stress stresses stressed confirm confirms confirmed deny denies denied admit admits
		admitted acknowledge acknowledges acknowledged declare declares declared reveal reveals revealed suggest
		suggests suggested predict predicts predicted promise promises promised pledge pledges pledged vow vows
		vowed comment comments commented remark remarks remarked reply replies replied respond responds
		responded answer answers answered ask asks asked tweet tweets tweeted assert asserts asserted maintain
		maintains maintained recall recalls recalled observe observes observed emphasise emphasises emphasised
		emphasize emphasizes emphasized concede concedes conceded boast boasts boasted complain complains
		complained testify testifies testified report reports reported indicate indicates indicated
		acknowledging insisting warning stressing explaining noting claiming stating adding announcing
		declaring conceding caution cautions cautioned cautioning`)
	addCues(cue{}, "joke jokes joked quip quips quipped")
	addWords(wCue, "according quoted pointed went")
}

// classBloom is a Bloom filter of the ASCII words of wordClass, keyed by
// length and the case-folded first and last bytes: most words of a text
// are in no class, and mayHaveClass tells so without folding the word or
// hashing it for a map.
var (
	classBloom  [1 << 15 / 64]uint64
	classMaxLen int
	cueBloom    [1 << 15 / 64]uint64 // the same for the words of class wCue
)

func bloomKey(s string) uint {
	n := len(s)
	return uint(n&31)<<10 | uint(s[0]|0x20)&31<<5 | uint(s[n-1]|0x20)&31
}

func init() {
	for w := range wordClass {
		if w == "" {
			continue
		}
		k := bloomKey(w)
		classBloom[k/64] |= 1 << (k % 64)
		if wordClass[w]&wCue != 0 {
			cueBloom[k/64] |= 1 << (k % 64)
		}
		classMaxLen = max(classMaxLen, len(w))
	}
	for w, c := range wordClass {
		if c > clsMask {
			panic("quote: word class of " + w + " does not fit in a token")
		}
	}
	if 2*len(wordClass) > len(classTab) {
		panic("quote: classTab too small for wordClass")
	}
	for w, c := range wordClass {
		h := classHash([]byte(w)) & (len(classTab) - 1)
		for classTab[h].key != "" {
			h = (h + 1) & (len(classTab) - 1)
		}
		classTab[h] = classEntry{w, c}
	}
}

// classTab holds wordClass in an open-addressing hash table, which
// classOf searches faster than the map.
var classTab [1 << 12]classEntry

type classEntry struct {
	key string
	cls uint32
}

// classHash is the FNV-1a hash of b.
func classHash(b []byte) int {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return int(h)
}

// classLookup returns wordClass[string(b)].
func classLookup(b []byte) uint32 { return classProbe(b, classHash(b)) }

// classProbe returns wordClass[string(b)], given h = classHash(b).
func classProbe(b []byte, h int) uint32 {
	for h &= len(classTab) - 1; ; h = (h + 1) & (len(classTab) - 1) {
		e := &classTab[h]
		if e.key == string(b) {
			return e.cls
		}
		if e.key == "" {
			return 0
		}
	}
}

// professionClass returns the classes of a lower-case word that no list
// holds but whose ending makes it a person's profession: "-ologist"
// ("meteorologist", "epidemiologist") and "-ician" ("statistician",
// "paediatrician") name a trade, so the word heads a title or a
// description and speaks; 0 for other words.
func professionClass(w string) uint32 {
	for _, suf := range [...]string{"ologist", "ician"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return wRoleHead | wSpeakerNoun
		}
	}
	return 0
}

// mayHaveClass reports whether the ASCII word s may be in wordClass; false
// means it certainly is not.
func mayHaveClass(s string) bool {
	if s == "" || len(s) > classMaxLen {
		return false
	}
	k := bloomKey(s)
	return classBloom[k/64]&(1<<(k%64)) != 0
}

// mayBeCue reports whether the ASCII word s may be of class wCue; false
// means it certainly is not.
func mayBeCue(s string) bool {
	if s == "" || len(s) > classMaxLen {
		return false
	}
	k := bloomKey(s)
	return cueBloom[k/64]&(1<<(k%64)) != 0
}

// orgKinds maps a noun to the kind of organisation it makes: as the head
// noun of a name ("Manchester City Council", "the Home Office") or as a
// lower-case noun next to a name ("semiconductor firm Infineon", "the
// Aslef union").
var orgKinds = map[string]string{}

// kindQueries gives the kinds that "the NOUN said" accepts: "the group"
// may be a company, "the company" is not any group.
var kindQueries = map[string][]string{
	"company": {"company"}, "firm": {"company"}, "business": {"company"}, "group": {"group", "company"},
	"council": {"council"}, "authority": {"agency", "council"}, "government": {"government"},
	"ministry": {"department"}, "department": {"department"}, "agency": {"agency"},
	"regulator": {"agency"}, "watchdog": {"agency"}, "party": {"party"}, "union": {"union"},
	"bank": {"bank"}, "charity": {"charity"}, "university": {"university"}, "hospital": {"hospital"},
	"club": {"club"}, "airline": {"company"}, "carrier": {"company"},
	"chain": {"company"}, "retailer": {"company"}, "grocer": {"company"}, "start-up": {"company"},
	"association": {"association"}, "federation": {"association"}, "consortium": {"association"}, "committee": {"committee"},
	"society": {"society"}, "institute": {"institute"}, "body": {"association", "agency", "committee"},
	"supermarket": {"company"}, "carmaker": {"company"}, "lender": {"company"}, "insurer": {"company"},
	"broadcaster": {"company"}, "publisher": {"company"}, "manufacturer": {"company"},
	"maker": {"company"}, "utility": {"company"}, "trust": {"trust", "charity"},
}

func init() {
	for kind, words := range map[string]string{
		"company": `company firm business corporation corp inc ltd plc llc carmaker automaker chipmaker
			retailer supermarket airline manufacturer conglomerate insurer lender broadcaster publisher
			operator developer air airways airlines app start-up startup chain grocer maker toymaker
			utility utilities`,
		"group":      "group",
		"council":    "council",
		"government": "government cabinet",
		"department": "office ministry department treasury pentagon whitehall",
		"agency": `agency authority commission service bureau directorate regulator watchdog inspectorate
			administration branch`,
		"party":       "party",
		"union":       "union",
		"bank":        "bank",
		"charity":     "charity foundation",
		"trust":       "trust",
		"university":  "university",
		"hospital":    "hospital",
		"club":        "club rovers wanderers rangers athletic albion fc afc hotspur",
		"association": "association federation consortium",
		"committee":   "committee",
		"society":     "society",
		"institute":   "institute",
	} {
		for _, w := range strings.Fields(words) {
			orgKinds[w] = kind
		}
	}
}

// companyTails are words that end a company's name of two or more
// capitalised words, though alone they name no organisation: "Brightwell
// Energy", "Thames Water", "Harcourt Securities". Only the last word of a
// name counts: "Energy Policy" is no company.
var companyTails = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`energy gas power water motors foods pharmaceuticals holdings securities
		partners telecom telecoms technologies industries logistics petroleum mining
		sa sas sarl gmbh ag nv bv spa srl oyj asa llp`) {
		companyTails[w] = true
	}
}

// isCompanyTail reports whether w, in any case, is in companyTails.
func isCompanyTail(w string) bool {
	if !tailBloom.has(w) {
		return false
	}
	var buf [48]byte
	n := foldKey(w, &buf)
	return n > 0 && companyTails[string(buf[:n])]
}

// kindOf returns the organisation kind a noun makes, in any case, or "".
func kindOf(s string) string {
	if !kindBloom.has(s) {
		return ""
	}
	var buf [48]byte
	n := foldKey(s, &buf)
	if n < 0 {
		return ""
	}
	return orgKinds[string(buf[:n])]
}

// titleHonorificGender gives the gender an honorific or title implies.
var titleGender = map[string]byte{
	"mr": 'm', "sir": 'm', "lord": 'm', "king": 'm', "prince": 'm', "mrs": 'f', "ms": 'f', "miss": 'f',
	"dame": 'f', "lady": 'f', "queen": 'f', "princess": 'f', "spokesman": 'm', "spokeswoman": 'f',
	"chairman": 'm', "chairwoman": 'f', "wpc": 'f',
}

// bloom is a Bloom filter of words of lower-case ASCII letters, hyphens
// allowed inside ("start-up"), keyed by bloomKey. A word that foldKey
// folds to one of them has the same length and first and last letters but
// for case, so the same key: has never says no to it.
type bloom [1 << 15 / 64]uint64

func (b *bloom) add(w string) {
	for i := 0; i < len(w); i++ {
		if (w[i] < 'a' || w[i] > 'z') && !(w[i] == '-' && i > 0 && i < len(w)-1) {
			panic("quote: bloom word " + w + " is not lower-case ASCII letters")
		}
	}
	k := bloomKey(w)
	b[k/64] |= 1 << (k % 64)
}

// has reports whether s may fold to a word of b; false means it does not.
func (b *bloom) has(s string) bool {
	if s == "" {
		return false
	}
	k := bloomKey(s)
	return b[k/64]&(1<<(k%64)) != 0
}

// Bloom filters of the keys of orgKinds, companyTails and titleGender,
// built once the init functions above have filled them.
var kindBloom, tailBloom, genderBloom bloom

func init() {
	for w := range orgKinds {
		kindBloom.add(w)
	}
	for w := range companyTails {
		tailBloom.add(w)
	}
	for w := range titleGender {
		genderBloom.add(w)
	}
}

// foldKey lower-cases an ASCII word into buf, writing a typographic
// apostrophe (’) as ', and returns its length; -1 when the word has other
// non-ASCII letters or is too long. Callers index maps with
// m[string(buf[:n])], which does not allocate.
func foldKey(s string, buf *[48]byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if n == len(buf) {
			return -1
		}
		c := s[i]
		if c >= 0x80 {
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				buf[n] = '\''
				n++
				i += 2
				continue
			}
			return -1
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return n
}

// classOf returns the word classes of a word, in any case. It folds the
// word as foldKey does and hashes it as classHash does, in one pass.
func classOf(s string) uint32 {
	var buf [48]byte
	n := 0
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		if n == len(buf) {
			return classOfSlow(s)
		}
		c := s[i]
		if c >= 0x80 {
			if c != 0xE2 || i+2 >= len(s) || s[i+1] != 0x80 || s[i+2] != 0x99 {
				return classOfSlow(s)
			}
			c = '\''
			i += 2
		} else if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
		h = (h ^ uint32(c)) * 16777619
	}
	return classProbe(buf[:n], int(h))
}

// classOfSlow is classOf for words foldKey cannot fold.
func classOfSlow(s string) uint32 {
	return wordClass[strings.ToLower(strings.ReplaceAll(s, "’", "'"))]
}

// cueOf returns the cue a word is, in any case.
func cueOf(s string) (cue, bool) {
	var buf [48]byte
	n := foldKey(s, &buf)
	if n < 0 {
		return cue{}, false
	}
	c, ok := cues[string(buf[:n])]
	return c, ok
}

// genderOf returns the gender an honorific or title implies, or 0.
func genderOf(s string) byte {
	if !genderBloom.has(s) {
		return 0
	}
	var buf [48]byte
	n := foldKey(s, &buf)
	if n < 0 {
		return 0
	}
	return titleGender[string(buf[:n])]
}
