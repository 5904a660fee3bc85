package verify

import (
	"context"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify/figure"
	"github.com/verity-news/verity/verify/quote"
	"github.com/verity-news/verity/verify/source"
	"github.com/verity-news/verity/verify/words"
)

// Thresholds of the verifier. They were set on the development set and
// the project's own claims (testdata/verify) and sit between the scores
// of the cases they separate, with room on both sides.
const (
	// paraphraseMin is the share of a claim's content words a passage
	// must hold to support it as a paraphrase: "most of their content
	// words" (SPEC §4). 0.75 lets one word in four differ ("lasts" for
	// "deployment … around the world") but not two in four.
	paraphraseMin = 0.75
	// relatedMin is the share of content words that makes a passage about
	// the same thing, so that a different figure or a negation in it
	// contradicts the claim.
	relatedMin = 0.6
	// alteredMin is the share of a verbatim claim's words that must stand
	// in order in a quote for a differing quote to count as altered rather
	// than as another passage altogether.
	alteredMin = 0.6
	// candidateLimit is how many of the best-overlapping passages are
	// aligned word by word for each claim.
	candidateLimit = 48
	// negationReach is how many words before the first aligned content
	// word a negation may stand and still govern it ("did not ever say").
	negationReach = 3
)

// assessment is what one passage says of one claim.
type assessment struct {
	p       int32
	reason  Reason  // "" when the passage neither supports nor contradicts
	score   float64 // in [0,1]
	first   int     // evidence Text range the verdict rests on
	last    int
	changes []Change
	why     string // a figure mismatch, "£20 billion ≠ £24 billion"; for a negation, which way
}

// claimInfo is a claim prepared for checking.
type claimInfo struct {
	claim   *claims.Claim
	toks    []tok
	content []string // unique content stems, in order
	figs    []figure.Figure
	negs    int // how many negations the claim carries
	allow   func(src int) bool
	// The stem ids of the claim's words, figures and gaps aside, ascending
	// and unique: a passage the claim aligns with word for word holds them
	// all. unheld: a word's stem is in no passage.
	wordIDs []int32
	unheld  bool
}

// Check checks every claim against the corpus and returns the results in
// claims order. Claims are checked in parallel; the results do not depend
// on the number of workers.
func (c *Corpus) Check(ctx context.Context, file *claims.File) ([]Result, error) {
	return c.CheckWith(ctx, file, CheckOptions{})
}

func (c *Corpus) prepare(cl *claims.Claim) *claimInfo {
	ci := &claimInfo{claim: cl, toks: claimTokens(cl.Text)}
	seen := map[string]bool{}
	for i := range ci.toks {
		t := &ci.toks[i]
		switch {
		case t.fig != nil:
			ci.figs = append(ci.figs, *t.fig)
		case t.neg:
			ci.negs++
		case t.content() && !seen[t.stem]:
			seen[t.stem] = true
			ci.content = append(ci.content, t.stem)
		}
		if t.fig == nil && !t.gap {
			if sid, ok := c.stemID[t.stem]; ok {
				ci.wordIDs = append(ci.wordIDs, sid)
			} else {
				ci.unheld = true
			}
		}
	}
	slices.Sort(ci.wordIDs)
	ci.wordIDs = slices.Compact(ci.wordIDs)
	if len(cl.Sources) > 0 {
		ok := make([]bool, len(c.Sources))
		for i, s := range c.Sources {
			for _, pat := range cl.Sources {
				if nameMatches(pat, s.Name) {
					ok[i] = true
				}
			}
		}
		ci.allow = func(src int) bool { return ok[src] }
	}
	return ci
}

// nameMatches reports whether a claim's sources entry names a source: the
// same name, the same base name, or a glob matching either.
func nameMatches(pat, name string) bool {
	if pat == name || pat == path.Base(name) {
		return true
	}
	if m, _ := path.Match(pat, name); m {
		return true
	}
	m, _ := path.Match(pat, path.Base(name))
	return m
}

// shortClaim is the fewest content words a claim is retrieved by; a
// shorter one ("We were never properly informed") is retrieved by all its
// words.
const shortClaim = 3

// retrievalStems are the stems candidates are found by: the content words
// and the words of the figures ("199" in "source 199 says …", so the one
// passage that holds it ranks above its near-copies), or, when the claim
// has fewer than shortClaim content words, every word outside its figures
// (and every word of a claim that is only figures, "£24 billion"). The share
// of them a candidate must hold is counted on the content words alone
// (retrievalShare): the evidence may write a figure otherwise ("5%" for
// "five per cent").
func (ci *claimInfo) retrievalStems() (stems []string, core int) {
	out := append([]string(nil), ci.content...)
	seen := map[string]bool{}
	for _, s := range out {
		seen[s] = true
	}
	add := func(text string, all bool) {
		for _, w := range words.Tokenize(text) {
			if w.Stem != "" && !seen[w.Stem] && (all || !words.Stopword(w.Norm)) {
				seen[w.Stem] = true
				out = append(out, w.Stem)
			}
		}
	}
	if len(out) < shortClaim {
		// Too few content words to find a passage by: every word
		// outside the figures counts.
		for i := range ci.toks {
			if t := &ci.toks[i]; t.fig == nil && !t.gap && t.stem != "" && !seen[t.stem] {
				seen[t.stem] = true
				out = append(out, t.stem)
			}
		}
		if len(out) == 0 {
			add(ci.claim.Text, true) // only figures: "£24 billion"
			return out, len(out)
		}
	}
	core = len(out)
	for _, f := range ci.figs {
		add(f.Text, false)
	}
	return out, core
}

// retrievalShare is the share of n retrieval stems a candidate must hold:
// relatedMin of the core ones (content words, or every word of a short
// claim), the figures' words counting only towards the ranking.
func retrievalShare(n, core int) float64 {
	if core == 0 || n <= core {
		return relatedMin
	}
	return relatedMin * float64(core) / float64(n)
}

// retrieve returns the claim's candidate passages.
func (c *Corpus) retrieve(ci *claimInfo) []int32 {
	stems, core := ci.retrievalStems()
	return c.candidates(stems, retrievalShare(len(stems), core), candidateLimit, ci.allow)
}

// decide assesses the claim's candidates and gives its verdict.
func (c *Corpus) decide(ci *claimInfo, cands []int32) Result {
	cl := ci.claim
	res := Result{
		ID: cl.ID, Text: cl.Text, Speaker: cl.Speaker, Verbatim: cl.Verbatim, Note: cl.Note,
		Line: cl.Pos.Line, Column: cl.Pos.Column, Evidence: []Evidence{},
	}
	// The verdict rests on the best assessment of the first of these that
	// is not empty: supports by the claim's speaker, other speakers'
	// supports, contradictions by the claim's speaker, supports whose
	// speaker is not told. A role's candidates are assessed only when the
	// roles before it leave the verdict open, and in passage order up to
	// the first exact match: no assessment ranks above one, and best
	// breaks ties by passage.
	slices.Sort(cands)
	var roles [candidateLimit]int
	for i, p := range cands {
		roles[i] = c.role(ci, &c.passages[p])
	}
	var supports, contras, attributed, others []assessment
	// A verbatim claim is supported only by a passage it aligns with word
	// for word (see assess), which holds the stems of all its words: where
	// only supports count, a passage without them is not assessed.
	onlySupports := func(role int) bool { return role != roleSame || len(supports) > 0 }
	scan := func(role int, add func(a assessment)) {
		for i, p := range cands {
			if roles[i] != role || cl.Verbatim && onlySupports(role) && !c.holdsWords(ci, p) {
				continue
			}
			if a := c.assess(ci, p); a.reason != "" {
				add(a)
				if a.reason == Exact {
					return
				}
			}
		}
	}
	scan(roleSame, func(a assessment) {
		if a.reason.Verdict() == Supported {
			supports = append(supports, a)
		} else {
			contras = append(contras, a)
		}
	})
	if len(supports) == 0 {
		scan(roleOther, func(a assessment) {
			if a.reason.Verdict() == Supported {
				others = append(others, a)
			}
		})
	}
	if len(supports) == 0 && len(others) == 0 && len(contras) == 0 {
		scan(roleNone, func(a assessment) {
			if a.reason.Verdict() == Supported {
				attributed = append(attributed, a)
			}
		})
	}
	switch {
	case len(supports) > 0:
		c.fill(&res, ci, best(supports))
	case len(others) > 0:
		a := best(others)
		a.reason = WrongSpeaker
		c.fill(&res, ci, a)
	case len(contras) > 0:
		c.fill(&res, ci, best(contras))
	case len(attributed) > 0:
		a := best(attributed)
		a.reason = Unattributed
		c.fill(&res, ci, a)
	default:
		res.Verdict, res.Reason = Missing, NoEvidence
		res.Message = noEvidenceMessage(ci)
	}
	return res
}

// holdsWords reports whether passage p holds the stems of all the claim's
// words (ci.wordIDs).
func (c *Corpus) holdsWords(ci *claimInfo, p int32) bool {
	if ci.unheld {
		return false
	}
	ids := ci.wordIDs
	for sid := range c.passageStems(&c.passages[p]) {
		if len(ids) == 0 || sid > ids[0] {
			break
		}
		if sid == ids[0] {
			ids = ids[1:]
		}
	}
	return len(ids) == 0
}

// Roles a passage plays for a claim.
const (
	roleSame  = iota // the claim's speaker's words, or any passage for a claim without speaker
	roleOther        // another named speaker's quote
	roleNone         // narrative, or a quote whose speaker is unknown
)

func (c *Corpus) role(ci *claimInfo, p *passage) int {
	if ci.claim.Speaker == "" {
		return roleSame
	}
	span := c.span(p)
	switch {
	case span != nil && span.Speaker == "" && span.Mention != nil &&
		mentionNames(ci.claim.Speaker, span.Mention.Text, func(surname string) []string { return c.givenNames(p.src, surname) }):
		return roleSame
	case span == nil || span.Speaker == "":
		return unnamedRole(ci.claim.Speaker, span)
	case SameSpeaker(ci.claim.Speaker, span.Speaker):
		return roleSame
	case span.Mention != nil && SameRole(ci.claim.Speaker, span.Mention.Text):
		return roleSame
	}
	return roleOther
}

// givenNames returns the given names source src writes before surname
// (see givenNames), found once per source and surname: a claim is
// checked against dozens of passages of one source.
func (c *Corpus) givenNames(src int32, surname string) []string {
	type key struct {
		src     int32
		surname string
	}
	k := key{src, surname}
	if v, ok := c.given.Load(k); ok {
		return v.([]string)
	}
	names := givenNames(c.source(src).Text, surname)
	for i, n := range names {
		names[i] = strings.Clone(n) // not a slice of a source's text, which may be released
	}
	v, _ := c.given.LoadOrStore(k, names)
	return v.([]string)
}

// unnamedRole is the role of a quote whose speaker the text describes but
// does not name, for a claim by speaker. SPEC §4 makes a quote that is
// someone else's a wrong-speaker, and one whose speaker the text does not
// tell only unattributed:
//   - a description that fits the claim's speaker ("the minister" for "a
//     Defence Minister", "a BALPA spokeswoman" for "BALPA") makes the
//     quote the speaker's;
//   - a pronoun, a definite description ("the company" for Quillpay, which
//     the story named before), a description holding a title ("the
//     minister" for "Mark Lancaster") or a word of the claim's speaker may
//     stand for the claim's speaker: the speaker is not told;
//   - a definite description of a body ("the state forestry agency",
//     "the company") for a claim by a titled person ("Chief Okafor",
//     "Mr Smith") is the body's statement, not the person's: someone
//     else's words;
//   - an indefinite description ("a member of her campaign team", "one
//     count official", "a BALPA spokeswoman" for "Anders Holm"), or a bare
//     noun from one ("team"), brings in a person the story does not name:
//     the words are someone else's.
func unnamedRole(speaker string, sp *quote.Span) int {
	if sp == nil || sp.Mention == nil {
		return roleNone
	}
	m := sp.Mention.Text
	ws := nameWords(m)
	switch {
	case len(ws) == 0:
		return roleNone
	case SameRole(speaker, m) || spokespersonOf(speaker, ws):
		return roleSame
	case len(ws) == 1 && pronouns[ws[0]] || ws[0] == "i" || ws[0] == "you":
		return roleNone
	case ws[0] == "a" || ws[0] == "an" || ws[0] == "one" || ws[0] == "another" || ws[0] == "some":
		return roleOther
	case ws[0] == "the" && len(ws) >= 2 && bodyNouns[ws[len(ws)-1]] && titledPerson(speaker):
		return roleOther
	case ws[0] == "the" || ws[0] == "this" || ws[0] == "that" || pronouns[ws[0]]:
		return roleNone
	}
	claimed := nameWords(speaker)
	for _, w := range ws {
		if titleWords[w] || contains(claimed, w) {
			return roleNone
		}
	}
	return roleOther
}

// spokespersonOf reports whether the words of a mention are a spokesperson
// of the claim's speaker, an organisation: "a BALPA spokeswoman" for
// "BALPA", "a spokesman for the Home Office" for "the Home Office".
func spokespersonOf(speaker string, mention []string) bool {
	org := map[string]bool{}
	for _, w := range nameWords(speaker) {
		if w != "the" && w != "a" && w != "an" {
			org[w] = true
		}
	}
	if len(org) == 0 {
		return false
	}
	spokes, n := false, 0
	for _, w := range mention {
		switch {
		case w == "spokesman" || w == "spokeswoman" || w == "spokesperson":
			spokes = true
		case org[w]:
			n++
		case w == "the" || w == "a" || w == "an" || w == "for" || w == "of":
		default:
			return false
		}
	}
	return spokes && n == len(org)
}

// rank orders reasons: supports by strength, then contradictions by the
// precedence of SPEC §4.
var rank = map[Reason]int{
	Exact: 0, Variant: 1, Paraphrase: 2,
	WrongSpeaker: 3, FigureMismatch: 4, Negated: 5, AlteredQuote: 6,
	Unattributed: 7, NoEvidence: 8,
}

// best picks the strongest assessment: by reason rank, then score, then
// the earlier passage.
func best(as []assessment) assessment {
	sort.SliceStable(as, func(i, j int) bool {
		a, b := as[i], as[j]
		if rank[a.reason] != rank[b.reason] {
			return rank[a.reason] < rank[b.reason]
		}
		if a.score != b.score {
			return a.score > b.score
		}
		return a.p < b.p
	})
	return as[0]
}

// tokPool holds the arrays that assess tokenises passages into: a claim is
// assessed against dozens of passages, and an assessment keeps nothing of
// their toks.
var tokPool = sync.Pool{New: func() any { return new([]tok) }}

// assess aligns the claim with passage p.
func (c *Corpus) assess(ci *claimInfo, p int32) (a assessment) {
	pa := &c.passages[p]
	src := c.source(pa.src)
	ep := tokPool.Get().(*[]tok)
	e := (*ep)[:0]
	// A table row is read after the headings of its columns ("Crop | 2025
	// yield (tonnes per hectare) | Five-year average" before "Potatoes |
	// 38 | 44"); the evidence cited is the row.
	head, row := c.tableHead(pa)
	if row {
		e = appendTokens(e, src.Text[head.Start:head.End], head.Start)
	}
	e = c.appendTokens(e, p)
	defer func() {
		clear(e) // the strings and figures they hold
		*ep = e[:0]
		tokPool.Put(ep)
		if row && a.reason != "" {
			a.first = max(a.first, int(pa.start))
			a.last = max(a.last, a.first)
		}
	}()
	a = assessment{p: p}
	if len(e) == 0 {
		return a
	}
	al := align(ci.toks, e)
	if al.words > 0 && al.cost == 0 && ci.negs == 0 && negatedBefore(src.Text, e, al.start) {
		// The claim's words, with the evidence's negation just before
		// them left out: "Jobs will be lost" from "No jobs will be lost".
		a.reason, a.score = Negated, 1
		a.first, a.last = e[max(0, al.start-negationReach)].start, e[al.end-1].end
		return a
	}
	if al.words > 0 && al.cost == 0 && sameFigureValues(ci.toks, e, &al) {
		a.reason, a.score = Variant, 1
		var buf [1]source.Range
		if c.exactly(ci, src.Text, c.parts(pa, &buf), e, &al) {
			a.reason = Exact
		}
		a.first, a.last = e[al.start].start, e[al.end-1].end
		return a
	}
	if ci.claim.Verbatim {
		return c.assessVerbatim(ci, e, &al, a)
	}
	return c.assessParaphrase(ci, e, &al, a)
}

// shownLead returns the first evidence word of the claim's statement
// for counting its negations: e[first], the first word the claim needs
// the evidence to show, or an earlier one of the claim's words within
// negationReach words of it in the same clause. A word that need not be
// shown — a reporting verb, the speaker's name — still stands where the
// statement begins, and a negation before it negates the claim: "he had
// never been told that the repairs had been postponed" has "told" as the
// attribution's word, and "never" before it.
func shownLead(text string, ci *claimInfo, e []tok, first int) int {
	for j := first - 1; j >= max(0, first-negationReach); j-- {
		if clauseBreak(text, e, j) {
			break
		}
		if e[j].content() && contains(ci.content, e[j].stem) {
			first = j
		}
	}
	return first
}

// negatedBefore reports whether a negation stands among the negationReach
// evidence words before e[start], in the same clause: a sentence end or a
// clause boundary between them ("Announcements don't lay bricks. What
// builds homes …", "If they don't meet it, we will step in") leaves the
// words after it unnegated.
func negatedBefore(text string, e []tok, start int) bool {
	for i := start - 1; i >= max(0, start-negationReach); i-- {
		if clauseBreak(text, e, i) {
			return negatedAside(text, e, i)
		}
		if e[i].neg {
			return true
		}
	}
	return false
}

// negatedAside reports whether the comma after evidence word e[i] closes
// an aside of at most negationReach words that a negation opens: "did
// not, however, say" negates "say" across "however".
func negatedAside(text string, e []tok, i int) bool {
	if !commaOnly(text, e, i) {
		return false
	}
	for j := i; j > max(0, i-negationReach); j-- {
		if clauseBreak(text, e, j-1) {
			return commaOnly(text, e, j-1) && e[j-1].neg
		}
	}
	return false
}

// commaOnly reports whether a comma is all the punctuation between
// evidence words e[i] and e[i+1].
func commaOnly(text string, e []tok, i int) bool {
	return strings.TrimSpace(text[e[i].end:e[i+1].start]) == ","
}

// asideNo reports whether evidence word e[i] is a "no" that negates
// nothing the claim says: none of the claim's content words follows it
// within negationReach words of its clause ("The plan, which has no
// funding, will build 300 homes"). A "no" before the claim's words ("No
// jobs will be lost") negates them; "not" and "never" negate the
// predicate, whatever it is, and always count.
func asideNo(text string, ci *claimInfo, e []tok, i int) bool {
	if e[i].norm != "no" {
		return false
	}
	for j := i + 1; j <= i+negationReach && j < len(e) && !clauseBreak(text, e, j-1); j++ {
		if e[j].content() && contains(ci.content, e[j].stem) {
			return false
		}
	}
	return true
}

// clauseBreak reports whether punctuation that ends a clause stands
// between evidence words e[i] and e[i+1]: a sentence end, a comma, a
// semicolon, a colon or a dash. A line break alone is not one: plain text
// breaks lines, and even paragraphs, inside a sentence.
func clauseBreak(text string, e []tok, i int) bool {
	if i < 0 || i+1 >= len(e) {
		return false
	}
	lo, hi := e[i].end, e[i+1].start
	if lo < 0 || hi > len(text) || lo >= hi {
		return false
	}
	between := text[lo:hi]
	return strings.ContainsAny(between, ".!?;:,—–") || strings.Contains(between, " - ")
}

// sameFigureValues reports whether every figure the alignment matches has
// the same value on both sides. "more than 3,000" agrees with "3,700" but
// is not the same words normalised: such a match is a paraphrase, not a
// variant.
//
// Nor is a figure hedged with another word ("around" for "about"). A
// number in words for one in digits ("twenty" for "20") stays a variant.
func sameFigureValues(c, e []tok, al *alignment) bool {
	for _, o := range al.ops {
		if o.kind != opMatch || c[o.c].fig == nil {
			continue
		}
		ct, et := &c[o.c], &e[o.e]
		if ct.norm != et.norm || ct.fig.InWords() != et.fig.InWords() {
			return false // "a quarter" for "25%": worded otherwise
		}
		if ct.fig.Hedge != figure.None && !strings.EqualFold(firstWord(ct.raw), firstWord(et.raw)) {
			return false
		}
	}
	return true
}

// firstWord returns s up to its first space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// exactly reports whether every run of claim words between gaps reads in
// the evidence as written (only whitespace and quote-mark style differ).
// The evidence is read as the quote's words (see quoteText): a run may
// cross from one part of a quote to the next.
func (c *Corpus) exactly(ci *claimInfo, text string, parts []source.Range, e []tok, al *alignment) bool {
	text0 := ci.claim.Text
	cFirst, eFirst := -1, -1
	var cLast, eLast int
	check := func() bool {
		if cFirst < 0 {
			return true
		}
		ok := words.Exactly(text0[ci.toks[cFirst].start:ci.toks[cLast].end], quoteText(text, parts, e[eFirst].start, e[eLast].end))
		cFirst = -1
		return ok
	}
	for _, o := range al.ops {
		if o.kind == opGap {
			if !check() {
				return false
			}
			continue
		}
		if cFirst < 0 {
			cFirst, eFirst = o.c, o.e
		}
		cLast, eLast = o.c, o.e
	}
	return check()
}

// quoteText returns the words of text[lo:hi] that stand in the parts of a
// passage, joined by a space: a quote split around its attribution ("“It
// is good for our farmers,” she said, “and …”") or set in paragraphs that
// each reopen the mark reads as the words said, without the attribution
// and the marks between its parts.
func quoteText(text string, parts []source.Range, lo, hi int) string {
	if len(parts) < 2 {
		return text[lo:hi]
	}
	var b strings.Builder
	for _, r := range parts {
		s, e := max(r.Start, lo), min(r.End, hi)
		if s >= e {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[s:e])
	}
	if b.Len() == 0 {
		return text[lo:hi]
	}
	return b.String()
}

func (c *Corpus) assessVerbatim(ci *claimInfo, e []tok, al *alignment, a assessment) assessment {
	if al.ratio() < alteredMin || al.start >= al.end {
		return a
	}
	// Content words count when aligned, or when they stand elsewhere in
	// the aligned stretch: a quote with its words reordered is altered.
	contentWords, contentMatched := 0, 0
	for _, o := range al.ops {
		if o.c >= 0 && ci.toks[o.c].content() {
			if o.kind == opMatch || hasStemIn(e[al.start:al.end], ci.toks[o.c].stem) {
				contentMatched++
			}
		}
	}
	for i := range ci.toks {
		if ci.toks[i].content() {
			contentWords++
		}
	}
	// Two content words in place tie a claim to a quote; in a short quote
	// that is mostly the claim's words in order, one is enough ("We were
	// never properly informed" against "… properly consulted").
	if contentMatched < min(2, contentWords) && !(contentMatched >= 1 && al.ratio() >= 0.75) {
		return a
	}
	a.score = al.ratio()
	a.first, a.last = e[al.start].start, e[al.end-1].end
	a.changes = al.changes(ci.toks, e)
	a.reason = AlteredQuote
	// A verbatim quote's figure stands for the words written: in its
	// place, any other figure is a figure mismatch, not only one the
	// values rule out ("about 8,900" for "about 9,800"), nor only one
	// they disagree with ("less than £5" for "less than £3" agree as
	// bounds, and align as a match).
	for _, o := range al.ops {
		if (o.kind == opSub || o.kind == opMatch && ci.toks[o.c].norm != e[o.e].norm) &&
			ci.toks[o.c].fig != nil && e[o.e].fig != nil {
			a.reason = FigureMismatch
			a.why = mismatchWhy(*ci.toks[o.c].fig, *e[o.e].fig)
			return a
		}
	}
	claimNeg, evNeg := 0, 0
	for _, o := range al.ops {
		if o.c >= 0 && ci.toks[o.c].neg && o.kind != opMatch {
			claimNeg++
		}
		if o.e >= 0 && e[o.e].neg && o.kind != opMatch && !asideNo(c.source(c.passages[a.p].src).Text, ci, e, o.e) {
			evNeg++
		}
	}
	if claimNeg != evNeg {
		a.reason = Negated
	}
	return a
}

func (c *Corpus) assessParaphrase(ci *claimInfo, e []tok, al *alignment, a assessment) assessment {
	var efigs []figure.Figure
	var efigTok []int // token index of each evidence figure
	for i := range e {
		if e[i].fig != nil {
			efigs = append(efigs, *e[i].fig)
			efigTok = append(efigTok, i)
		}
	}
	foundFigs, mismatches, missingFigs := figure.Compare(ci.figs, efigs)
	names := nameNumbers(ci.toks, e, al)
	for _, nn := range names {
		// A name's number ("FTSE 100") is found where the name is,
		// whatever word follows it, which the figure reads as its noun
		// ("FTSE 100 climbed" against "FTSE 100 rose").
		f := *ci.toks[nn[0]].fig
		mismatches = slices.DeleteFunc(mismatches, func(m figure.Mismatch) bool { return m.Claim.Start == f.Start })
		missingFigs = slices.DeleteFunc(missingFigs, func(m figure.Figure) bool { return m.Start == f.Start })
		if !slices.ContainsFunc(foundFigs, func(m figure.Figure) bool { return m.Start == f.Start }) {
			foundFigs = append(foundFigs, f)
		}
	}
	if m, ok := figureInPlace(c.source(c.passages[a.p].src).Text, ci.toks, e, al); ok && (len(ci.figs) < 2 || !inOrder(ci.figs, efigs)) {
		// The figure in the claim figure's own place decides, whatever
		// other figure of the passage agrees with it — unless the
		// passage holds all the claim's figures in the claim's order,
		// which the alignment, pairing the nearest words, may have
		// missed ("cost £55 million in 2024" against "cost £40 million
		// in 2023 and £55 million in 2024").
		mismatches = slices.Insert(mismatches, 0, m)
	}

	// Keys the evidence must show: each content stem of the claim, and
	// each claim figure an evidence figure agrees with. The words that
	// attribute a quote — its speaker's name, the mention, the cue — are
	// shown by the quote itself ("Patel said it keeps citizens safe"); a
	// list item's words by the lead-in line before its list ("the breach
	// affected:"); and a name the evidence refers to by a pronoun by the
	// pronoun.
	attrib := c.attribution(c.span(&c.passages[a.p]))
	shownStems := append(c.leadIn(a.p), c.referredNames(ci, e, al, a.p)...)
	shownStems = append(shownStems, c.labelSubject(ci, a.p)...)
	shownStems = append(shownStems, synonymsInPlace(ci, e, al)...)
	signShown, signOpposed := signedDirection(c.source(c.passages[a.p].src).Text, ci, e, foundFigs, efigs, efigTok)
	shownStems = append(shownStems, signShown...)
	// A unit the evidence's figure gives otherwise is shown by that figure:
	// changed ("220 miles" against "220 kilometres") or converted ("about
	// 56 kilometres" against "about 35 miles").
	unitShown := func(cf, ef figure.Figure) {
		if ef.Noun != "" && cf.Noun != "" && cf.Noun != ef.Noun {
			for _, w := range words.Tokenize(cf.Noun) {
				shownStems = append(shownStems, w.Stem)
			}
		}
		// A rate's period likewise: "a month" against "a year".
		if ef.Per != "" && cf.Per != "" && cf.Per != ef.Per {
			shownStems = append(shownStems, words.Stem(cf.Per))
		}
	}
	for _, m := range mismatches {
		unitShown(m.Claim, m.Evidence)
	}
	for _, f := range foundFigs {
		for _, ef := range efigs {
			if figure.Units(f, ef) && figure.Agree(f, ef) {
				unitShown(f, ef)
			}
			// A noun hyphenated to the evidence's figure is shown by it:
			// "the 40-berth port" has 40 berths.
			if f.Noun != "" && ef.Noun != "" && strings.HasSuffix(strings.ToLower(ef.Text), "-"+ef.Noun) &&
				words.Stem(f.Noun) == words.Stem(ef.Noun) && figure.Agree(f, ef) {
				shownStems = append(shownStems, words.Stem(f.Noun))
			}
		}
	}
	phrShown, phrOpposed := phrasalInPlace(ci, e, al)
	shownStems = append(shownStems, phrShown...)
	opposed := append(antonymsInPlace(ci, e, al), signOpposed...)
	opposed = append(opposed, phrOpposed...)
	shownStems = append(shownStems, opposed...)
	unStems, unClaim, unEv := unNegations(ci, e)
	for _, st := range append(shownStems, unStems...) {
		if attrib == nil {
			attrib = map[string]bool{}
		}
		attrib[st] = true
	}
	key := map[string]int{}
	for _, st := range ci.content {
		if !attrib[st] {
			key[st] = len(key)
		}
	}
	shown := len(ci.content) - len(key)
	var hits []hit
	for i := range e {
		if k, ok := key[e[i].stem]; ok && e[i].stem != "" {
			hits = append(hits, hit{i, k})
		}
	}
	for n, f := range foundFigs {
		for k, ef := range efigs {
			if figure.Agree(f, ef) || slices.ContainsFunc(names, func(nn [2]int) bool {
				return nn[1] == efigTok[k] && ci.toks[nn[0]].fig.Start == f.Start
			}) {
				hits = append(hits, hit{efigTok[k], len(key) + n})
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].tok < hits[j].tok })
	first, last, found := smallestCover(hits)
	if last < 0 && len(ci.content) == 0 && len(mismatches) > 0 {
		// A claim that is only figures ("£25 billion") rests on the
		// figure it contradicts.
		for k, f := range efigs {
			if f.Start == mismatches[0].Evidence.Start && f.Text == mismatches[0].Evidence.Text {
				first, last = efigTok[k], efigTok[k]
				break
			}
		}
	}
	coverage := 1.0
	if len(ci.content) > 0 {
		coverage = float64(found-len(foundFigs)+shown) / float64(len(ci.content))
	} else if len(ci.figs) == 0 {
		return a
	}
	if last < 0 || coverage < relatedMin {
		return a
	}
	a.score = coverage
	a.first, a.last = e[first].start, e[last].end
	// A different figure contradicts the claim only in the same statement:
	// the claim's other words found too ("raised its inflation target to
	// 3%" shares only "Bank of England" and "inflation" with "has cut
	// interest rates … inflation will climb back to nearly 4%"). A passage
	// with a conflicting figure is no support either.
	if len(mismatches) > 0 && coverage < paraphraseMin {
		return a
	}
	if len(mismatches) > 0 {
		m := mismatches[0]
		for k, f := range efigs {
			if f.Start == m.Evidence.Start && f.End == m.Evidence.End && f.Text == m.Evidence.Text {
				i := efigTok[k]
				a.first, a.last = min(a.first, e[i].start), max(a.last, e[i].end)
				break
			}
		}
		a.reason = FigureMismatch
		a.why = mismatchWhy(m.Claim, m.Evidence)
		a.changes = []Change{mismatchChange(m.Claim, m.Evidence)}
		return a
	}
	// A name whose number differs ("G7" for "G20", "F-16" for "F-35") in
	// a passage that otherwise supports the claim is a changed figure.
	if sw := identifierSwaps(ci.toks, e); len(sw) > 0 && len(ci.content) > 0 && len(missingFigs) == 0 {
		cov := float64(found-len(foundFigs)+shown+len(sw)) / float64(len(ci.content))
		if cov >= paraphraseMin {
			ct, et := &ci.toks[sw[0][0]], &e[sw[0][1]]
			a.reason, a.score = FigureMismatch, min(cov, 1)
			a.first, a.last = min(a.first, et.start), max(a.last, et.end)
			a.why = ct.raw + " ≠ " + et.raw
			a.changes = []Change{{Claim: ct.raw, Evidence: et.raw}}
			return a
		}
	}
	// A content word whose opposite stands in its place ("FTSE 100 fell
	// 1.2%" against "the pound fell 0.6% …, while the FTSE 100 rose
	// 1.2%") says the opposite, whether or not the word stands elsewhere.
	if coverage >= paraphraseMin && len(missingFigs) == 0 && len(opposed) > 0 {
		a.reason = Negated
		if len(signOpposed) > 0 {
			a.why = "the claim's \"" + signOpposed[0] + "\" against the sign of its figure"
		}
		return a
	}
	// A content word the evidence lacks whose opposite stands near the
	// aligned words ("decrease" where the evidence says "increase") makes
	// the evidence say the opposite.
	flipped := 0
	if found-len(foundFigs) < len(ci.content) && len(missingFigs) == 0 {
		near := map[string]bool{}
		for i := max(0, first-negationReach); i <= min(len(e)-1, last+negationReach); i++ {
			near[e[i].stem] = true
		}
		for _, st := range ci.content {
			if hasStemIn(e, st) || attrib[st] {
				continue
			}
			for _, opp := range words.Antonyms(st) {
				if near[opp] {
					flipped++
					break
				}
			}
		}
	}
	if len(ci.content) > 0 && flipped > 0 && len(missingFigs) == 0 &&
		float64(found-len(foundFigs)+flipped)/float64(len(ci.content)) >= paraphraseMin {
		a.reason = Negated
		a.score = float64(found-len(foundFigs)+flipped) / float64(len(ci.content))
		return a
	}
	// The same for the small words that carry a direction and count for
	// no content: "closed up 3.4%" against "closed down 3.4%", "more
	// likely" against "less likely".
	if coverage >= paraphraseMin && len(missingFigs) == 0 && polarFlip(ci.toks, e, first, last) {
		a.reason = Negated
		return a
	}
	if coverage < paraphraseMin || len(missingFigs) > 0 {
		return a
	}
	// A content word the passage lacks may be the claim's own wording
	// ("lasts" for "a seven-month deployment", "police" for "officers", "of
	// the campaign" added) — but not a word that another passage of the
	// source pairs with the claim's other words: "signed a treaty" against
	// "signed a letter of intent", in a story that signs its treaty in
	// another sentence, mixes two facts. Nor a word with digits, which no
	// rewording brings.
	src := c.passages[a.p].src
	for i := range ci.toks {
		t := &ci.toks[i]
		if t.content() && !hasStemIn(e, t.stem) && !attrib[t.stem] &&
			(c.pairedElsewhere(ci, a.p, i) || hasDigit(t.norm) || swappedInPlace(al, i, ci, e)) &&
			!c.inHeading(src, t.stem) && !c.givenName(ci.toks, i, e, src) {
			return a
		}
	}
	// Two claim words that the evidence holds in each other's places play
	// each other's roles: "the euro slipped against sterling" is not
	// "sterling slipped against the euro".
	if rolesSwapped(ci.toks, e, al) {
		return a
	}
	// A paraphrase keeps every name: "a letter of intent with Peru" is not
	// "a letter of intent with Chile", however many other words agree.
	// The claim's first word is capitalised anyway; it counts as a name
	// when the source never uses it ("France and the UK will …" against
	// "The UK and US will …"): a subject the source never names.
	for i := range ci.toks {
		t := &ci.toks[i]
		name := t.proper || i == 0 && t.content() && startsUpper(t.raw) && !c.sourceHasStem(src, t.stem)
		if name && !hasStemIn(e, t.stem) && !attrib[t.stem] && !c.givenName(ci.toks, i, e, src) {
			return a
		}
	}
	// A possibility is not a fact: "could fine the company up to 4% if it
	// finds that the rules were broken" neither supports nor contradicts
	// "has fined Quillpay up to 4%".
	if speculative(e, first, last) && !hypothetical(ci.toks) {
		return a
	}
	// Negations are counted, not only noticed: "we will not hesitate to
	// act if firms fail to …" has two, and a claim keeping "fail to" but
	// dropping "not" says the opposite.
	text := c.source(src).Text
	first = shownLead(text, ci, e, first)
	evNegs := 0
	for i := first; i <= last; i++ {
		if e[i].neg && !asideNo(text, ci, e, i) {
			evNegs++
		}
	}
	for i := first - 1; i >= max(0, first-negationReach); i-- {
		if clauseBreak(text, e, i) {
			if negatedAside(text, e, i) {
				evNegs++
			}
			break
		}
		if e[i].neg && !asideNo(text, ci, e, i) {
			evNegs++
		}
	}
	if ellipticalNegation(text, e, last) {
		evNegs++
	}
	evNegs += unEv
	if claimNegs := ci.negs + unClaim; evNegs != claimNegs {
		a.reason = Negated
		a.why = "the claim drops a negation"
		if claimNegs > evNegs {
			a.why = "the claim adds a negation"
		}
		return a
	}
	a.reason = Paraphrase
	return a
}

// figureInPlace returns a claim figure that the alignment pairs with a
// conflicting evidence figure standing in its place, or the same value
// with a unit of measurement changed for a counted thing ("4.1 million
// tonnes" against "4.1 million containers"): between words that
// match on both sides ("will have 13 weeks to …, down from 12 weeks now"
// against "will have 12 weeks to …, down from 13 weeks now"; "cost £55
// million in 2023" against "cost £40 million in 2023 and £55 million in
// 2024"). A claim that ends in its figure needs the two words before it
// matched, and the evidence's figure in its place ending a clause too
// ("the survey cost £15m" against "the survey cost £12m, the legal work
// £15m"; not against "the survey cost £12m in 2023 and £15m in 2024",
// where the claim may speak of either year). Figures compared as a set
// would pass these; a figure paired with no matching word on one side may
// be a clause the paraphrase moved, and is left to the set.
func figureInPlace(text string, c, e []tok, al *alignment) (figure.Mismatch, bool) {
	for k, o := range al.ops {
		if o.kind != opSub || c[o.c].fig == nil || e[o.e].fig == nil || k == 0 || al.ops[k-1].kind != opMatch {
			continue
		}
		// The unit after the figure goes with it: "about 35 kilometres
		// away" against "about 35 miles away".
		next, last := k+1, o.e
		if n := c[o.c].fig.Noun; n != "" && next < len(al.ops) && al.ops[next].kind == opSub && al.ops[next].c >= 0 &&
			al.ops[next].e >= 0 && strings.EqualFold(c[al.ops[next].c].raw, firstWord(n)) {
			last = al.ops[next].e
			next++
		}
		switch {
		case next < len(al.ops):
			if al.ops[next].kind != opMatch {
				continue
			}
		case k < 2 || al.ops[k-2].kind != opMatch || last+1 < len(e) && !clauseBreak(text, e, last):
			continue
		}
		cf, ef := *c[o.c].fig, *e[o.e].fig
		if figure.Relate(cf, ef) == figure.Conflicts || figure.UnitChanged(cf, ef) {
			return figure.Mismatch{Claim: cf, Evidence: ef}, true
		}
	}
	return figure.Mismatch{}, false
}

// nameNumbers pairs the claim's figures that the alignment puts in place
// of the same number after the same name ("FTSE 100", "Boeing 737"): the
// claim and evidence token indexes.
func nameNumbers(c, e []tok, al *alignment) [][2]int {
	var out [][2]int
	for k, o := range al.ops {
		if k == 0 || o.kind != opSub || c[o.c].fig == nil || e[o.e].fig == nil || c[o.c].raw != e[o.e].raw {
			continue
		}
		prev := al.ops[k-1]
		if prev.kind == opMatch && c[prev.c].content() && startsUpper(c[prev.c].raw) {
			out = append(out, [2]int{o.c, o.e})
		}
	}
	return out
}

// inOrder reports whether evidence figures agreeing with every claim
// figure stand in the claim's order.
func inOrder(claim, evidence []figure.Figure) bool {
	k := 0
	for _, c := range claim {
		for k < len(evidence) && !figure.Agree(c, evidence[k]) {
			k++
		}
		if k == len(evidence) {
			return false
		}
		k++
	}
	return true
}

// leadIn returns the stems of the lead-in of a list item, the sentence
// that ends in a colon before its list ("According to a notice, the breach
// affected:"), when passage p is a list item; nil otherwise.
func (c *Corpus) leadIn(p int32) []string {
	pa := &c.passages[p]
	if pa.quote >= 0 {
		return nil
	}
	s := c.source(pa.src)
	b := s.BlockAt(int(pa.start))
	if b < 0 || !s.Blocks[b].ListItem {
		return nil
	}
	for b >= 0 && s.Blocks[b].ListItem {
		b--
	}
	if b < 0 || s.Blocks[b].Heading || s.Blocks[b].Boilerplate {
		return nil
	}
	blk := s.Blocks[b]
	text := strings.TrimRight(s.Text[blk.Start:blk.End], " \t\n")
	if !strings.HasSuffix(text, ":") {
		return nil
	}
	from := blk.Start
	sents := s.Sentences
	if k := sort.Search(len(sents), func(i int) bool { return sents[i].End >= blk.End }); k < len(sents) &&
		sents[k].Start >= blk.Start && sents[k].Start < blk.End {
		from = sents[k].Start // the block's last sentence
	}
	var out []string
	for _, w := range words.Tokenize(s.Text[from:blk.End]) {
		if !words.Stopword(w.Norm) {
			out = append(out, w.Stem)
		}
	}
	return out
}

// labelMax is the most words a list item's label may have: "Launch:",
// "Distance from Earth during the radar passes:".
const labelMax = 7

// labelSubject returns the stems of the claim's names and words that a
// labelled list item ("Launch: 9 October 2021, on an Ariane 5") leaves to
// its story, when passage p is such an item and the claim has a content
// word of its label: a list of "Label: value" items is a fact sheet of
// the story's subject, which the story names in a heading ("Kestrel probe
// finds …", "Norovirus vaccine cuts …") and the items do not repeat.
// Words the headings lack are not shown.
func (c *Corpus) labelSubject(ci *claimInfo, p int32) []string {
	pa := &c.passages[p]
	if pa.quote >= 0 {
		return nil
	}
	s := c.source(pa.src)
	b := s.BlockAt(int(pa.start))
	if b < 0 || !s.Blocks[b].ListItem || s.Blocks[b].Start != int(pa.start) {
		return nil
	}
	text := s.Text[pa.start:pa.end]
	colon := strings.IndexByte(text, ':')
	if colon <= 0 || strings.TrimSpace(text[colon+1:]) == "" {
		return nil
	}
	label := words.Tokenize(text[:colon])
	if len(label) == 0 || len(label) > labelMax || !slices.ContainsFunc(label, func(w words.Token) bool {
		return !words.Stopword(w.Norm) && contains(ci.content, w.Stem)
	}) {
		return nil
	}
	var out []string
	for i := range ci.toks {
		if t := &ci.toks[i]; (isName(ci.toks, i) || t.content() && t.fig == nil) && c.inHeading(pa.src, t.stem) {
			out = append(out, t.stem)
		}
	}
	return out
}

// referredNames returns the stems of the claim's names that passage p
// refers to instead of naming them: a name the evidence lacks that the
// alignment pairs with a pronoun or a definite noun of the evidence
// ("Fenwick & Hale reported" against "it reported", "the Reform press
// office" against "the party's press office"), and that the source names
// just before p, earlier in p's paragraph or in the sentence before it,
// where a reader finds what the pronoun stands for.
func (c *Corpus) referredNames(ci *claimInfo, e []tok, al *alignment, p int32) []string {
	missing := func(i int) bool {
		return i >= 0 && i < len(ci.toks) && isName(ci.toks, i) && !hasStemIn(e, ci.toks[i].stem)
	}
	var out []string
	for _, o := range al.ops {
		if o.kind != opSub || !missing(o.c) {
			continue
		}
		// The name may stand where the evidence has the article of
		// the noun: "the 24 Championship clubs" against "the 24 clubs in
		// the division".
		ref := o.e
		if !refersBack(e, ref) {
			if ref+1 >= len(e) || !refersBack(e, ref+1) {
				continue
			}
			ref++
		}
		// The whole name: the missing names on either side.
		lo, hi := o.c, o.c
		for missing(lo - 1) {
			lo--
		}
		for missing(hi + 1) {
			hi++
		}
		var names []string
		for i := lo; i <= hi; i++ {
			names = append(names, ci.toks[i].stem)
		}
		if c.namedBefore(p, names) || c.namedInLead(p, names, e[ref]) {
			out = append(out, names...)
		}
	}
	return out
}

// kindNoun reports whether w is a noun a story uses for an organisation
// it has named ("the company", "the club", "the council").
func kindNoun(w string) bool {
	switch w {
	case "company", "firm", "group", "business", "club", "council", "union", "bank", "charity",
		"airline", "retailer", "brewer", "carmaker", "lender", "insurer", "trust", "party":
		return true
	}
	return false
}

// namedInLead reports whether the lead of passage p's source — its
// headline and first paragraph, before p — names what the evidence's
// definite noun ref refers to: the stems of names all stand in it and ref
// is a noun for an organisation ("the company"), or the lead writes the
// name with ref next to it ("Kestrel probe finds …", "the Kestrel
// spacecraft" for "the probe", "the spacecraft"). Either way the story
// names its subject and goes on to call it by its kind.
func (c *Corpus) namedInLead(p int32, names []string, ref tok) bool {
	kind := kindNoun(ref.norm)
	if !kind && pronouns[ref.norm] {
		return false
	}
	pa := &c.passages[p]
	s := c.source(pa.src)
	var buf [1]source.Range
	start := c.parts(pa, &buf)[0].Start
	end := 0
	for b, n := 0, 0; b < len(s.Blocks) && n < 2; b++ {
		if !s.Blocks[b].Boilerplate {
			end = s.Blocks[b].End
			n++
		}
	}
	end = min(end, start)
	lead := words.Tokenize(s.Text[:end])
	if kind {
		have := map[string]bool{}
		for _, w := range lead {
			have[w.Stem] = true
		}
		for _, n := range names {
			if !have[n] {
				return false
			}
		}
		return true
	}
	for i := 0; i+len(names) <= len(lead); i++ {
		k := 0
		for k < len(names) && lead[i+k].Stem == names[k] {
			k++
		}
		if k == len(names) && (i+k < len(lead) && lead[i+k].Stem == ref.stem || i > 0 && lead[i-1].Stem == ref.stem) {
			return true
		}
	}
	return false
}

// isName reports whether claim token i is a name: a content word written
// with a capital, the claim's first word included.
func isName(ct []tok, i int) bool {
	t := &ct[i]
	return t.content() && startsUpper(t.raw)
}

// pronouns are the words that refer back to a name; "us" is left out, as
// it is also the folded "U.S.".
var pronouns = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true,
	"he": true, "him": true, "his": true, "she": true, "her": true, "we": true, "our": true}

// refersBack reports whether evidence token j refers back to something
// named before: a pronoun, or a lower-case noun after "the", "this" or
// "that" ("the party's", "the chain").
func refersBack(e []tok, j int) bool {
	t := &e[j]
	if pronouns[t.norm] {
		return true
	}
	if t.stop || t.neg || t.fig != nil || t.gap || startsUpper(t.raw) || j == 0 {
		return false
	}
	switch e[j-1].norm {
	case "the", "this", "that":
		return true
	}
	return false
}

// namedBefore reports whether every stem of names stands in the text of
// p's source just before p: from the start of p's paragraph, or of the
// sentence before p if that starts earlier, to p's start.
func (c *Corpus) namedBefore(p int32, names []string) bool {
	if len(names) == 0 {
		return false
	}
	pa := &c.passages[p]
	s := c.source(pa.src)
	var buf [1]source.Range
	start := c.parts(pa, &buf)[0].Start
	from := start
	if b := s.BlockAt(start); b >= 0 {
		from = s.Blocks[b].Start
	}
	sents := s.Sentences
	if k := sort.Search(len(sents), func(i int) bool { return sents[i].End > start }); k > 0 {
		from = min(from, sents[k-1].Start)
	}
	have := map[string]bool{}
	for _, w := range words.Tokenize(s.Text[from:start]) {
		have[w.Stem] = true
	}
	for _, n := range names {
		if !have[n] {
			return false
		}
	}
	return true
}

// possibility are the modal verbs that make a statement a possibility
// rather than a fact. "would" is not among them: it is also the future of
// reported speech ("officers would now seek an order").
var possibility = map[string]bool{"could": true, "might": true, "may": true, "can": true}

// speculative reports whether a modal of possibility stands among t[first..last]
// or the negationReach words before them.
func speculative(t []tok, first, last int) bool {
	for i := max(0, first-negationReach); i <= last && i < len(t); i++ {
		if possibility[t[i].norm] && t[i].fig == nil {
			return true
		}
	}
	return false
}

// hypothetical reports whether a claim states a possibility or a
// condition itself: a modal of possibility, "would", "if" or "unless"
// ("Reform would demand a recount if …").
func hypothetical(t []tok) bool {
	for i := range t {
		switch n := t[i].norm; {
		case t[i].fig != nil:
		case possibility[n], n == "would", n == "if", n == "unless":
			return true
		}
	}
	return false
}

// unNegations pairs the words negated by the prefix "un-" on one side
// with the plain word on the other: "went undetected" against "were not
// detected", "were detected" against "went undetected". It returns the
// claim stems so shown, and how many such negations the claim and the
// evidence carry, which count with their other negations.
func unNegations(ci *claimInfo, e []tok) (stems []string, claimNegs, evNegs int) {
	for i := range ci.toks {
		t := &ci.toks[i]
		if !t.content() || !unPrefixed(t.norm) || hasStemIn(e, t.stem) {
			continue
		}
		if hasStemIn(e, words.Stem(t.norm[2:])) {
			stems = append(stems, t.stem)
			claimNegs++
		}
	}
	for i := range e {
		if !unPrefixed(e[i].norm) || e[i].fig != nil {
			continue
		}
		base := words.Stem(e[i].norm[2:])
		if contains(ci.content, base) && !hasStemIn(e, base) && !slices.Contains(stems, base) {
			stems = append(stems, base)
			evNegs++
		}
	}
	return stems, claimNegs, evNegs
}

// unPrefixed reports whether a word may be another word negated by "un-":
// "undetected", "unable", "unsafe"; not "unless", whose "less" is a word
// of its own, nor a short word ("unit").
func unPrefixed(norm string) bool {
	return len(norm) >= 6 && strings.HasPrefix(norm, "un") && norm != "unless"
}

// auxiliaries are the verbs that end a clause whose predicate is left out
// ("… but full card numbers were not.").
var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "shall": true,
	"may": true, "might": true, "must": true}

// ellipticalNegation reports whether the evidence words right after
// e[last] negate a predicate they leave out: an auxiliary and "not", or a
// negated auxiliary, ending the clause ("Names were taken, but full card
// numbers and passwords were not."). The predicate left out is the one
// the claim's words were found with.
func ellipticalNegation(text string, e []tok, last int) bool {
	k := last + 1
	switch {
	case k+1 < len(e) && auxiliaries[e[k].norm] && e[k+1].neg && e[k+1].norm != "no":
		k++
	case k < len(e) && e[k].neg && strings.HasSuffix(e[k].norm, "n't"):
	default:
		return false
	}
	rest := strings.TrimLeft(text[e[k].end:], " \t")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case '.', ',', ';', ':', '!', '?', ')', '"', '\n':
		return true
	}
	return strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "’") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// pairedMin is how many of a claim's other content words a passage must
// hold with a word the evidence lacks for the claim to borrow that word
// from it.
const pairedMin = 2

// pairedElsewhere reports whether a passage of p's source, outside p's
// text, holds the stem of claim token i together with at least pairedMin
// other content words of the claim, near it (pairedNear): the claim's
// word stands for a fact stated there. The claim's words next to it do not count: they make one
// term with it ("ballot boxes"), which another passage may well name.
func (c *Corpus) pairedElsewhere(ci *claimInfo, p int32, i int) bool {
	stem := ci.toks[i].stem
	sid, ok := c.stemID[stem]
	if !ok {
		return false
	}
	var others []int32
	var otherStems []string
	for _, st := range ci.content {
		if st == stem || i > 0 && ci.toks[i-1].stem == st || i+1 < len(ci.toks) && ci.toks[i+1].stem == st {
			continue
		}
		if id, ok := c.stemID[st]; ok {
			others = append(others, id)
			otherStems = append(otherStems, st)
		}
	}
	if len(others) < pairedMin {
		return c.sourceHasStem(c.passages[p].src, stem)
	}
	pa := &c.passages[p]
	var buf [1]source.Range
	parts := c.parts(pa, &buf)
	lo, hi := parts[0].Start, parts[len(parts)-1].End
	for q := range c.holders(sid, c.srcPass[pa.src], c.srcPass[pa.src+1]) {
		qa := &c.passages[q]
		qparts := c.parts(qa, &buf)
		if qparts[0].Start < hi && lo < qparts[len(qparts)-1].End {
			continue // p itself, or a sentence or quote around or inside it
		}
		n := 0
		for id := range c.passageStems(qa) {
			if slices.Contains(others, id) {
				n++
			}
		}
		if n >= pairedMin && c.pairedNear(q, stem, otherStems) {
			return true
		}
	}
	return false
}

// pairedReach is how many words from the claim's word another passage
// may hold the claim's other words and still state one fact with it:
// "signed a treaty and memorandum of understanding concerning the status
// of UK forces" holds "UK" nine words from "treaty".
const pairedReach = 12

// pairedNear reports whether passage q holds stem with pairedMin of the
// stems others within pairedReach words of it: "the work will cost about
// £9,000 a flat" pairs "flat" with "cost" but not with the "rented" that
// opens the sentence twenty words before.
func (c *Corpus) pairedNear(q int32, stem string, others []string) bool {
	toks := c.appendTokens(nil, q)
	var near []string
	for i := range toks {
		if toks[i].stem != stem {
			continue
		}
		near = near[:0]
		for j := max(0, i-pairedReach); j <= min(len(toks)-1, i+pairedReach); j++ {
			if st := toks[j].stem; st != "" && slices.Contains(others, st) && !slices.Contains(near, st) {
				near = append(near, st)
			}
		}
		if len(near) >= pairedMin {
			return true
		}
	}
	return false
}

// givenName reports whether claim token i is the given name of a person
// the evidence names by surname: "Mark" in "Mark Lancaster met …" against
// "Mr Lancaster met …", where the source names "Mark Lancaster" in full.
func (c *Corpus) givenName(ct []tok, i int, e []tok, src int32) bool {
	if i+1 >= len(ct) {
		return false
	}
	t, next := &ct[i], &ct[i+1]
	if !startsUpper(t.raw) || !startsUpper(next.raw) || !next.content() || !hasStemIn(e, next.stem) {
		return false
	}
	return strings.Contains(c.source(src).Text, t.raw+" "+next.raw)
}

// inHeading reports whether stem stands in a heading of source src: the
// story's subject ("Rail strike to go ahead"), which every sentence of it
// is about, so a claim may name it where a sentence does not.
func (c *Corpus) inHeading(src int32, stem string) bool {
	s := c.source(src)
	for _, b := range s.Blocks {
		if !b.Heading {
			continue
		}
		for _, w := range words.Tokenize(s.Text[b.Start:b.End]) {
			if w.Stem == stem {
				return true
			}
		}
	}
	return false
}

// attribution returns the stems of the words that attribute a quote: its
// speaker's name, the words naming the speaker at the quote, and the cue.
// It is empty for a sentence.
func (c *Corpus) attribution(sp *quote.Span) map[string]bool {
	if sp == nil {
		return nil
	}
	text := sp.Speaker + " " + sp.Cue
	if sp.Mention != nil {
		text += " " + sp.Mention.Text
	}
	set := map[string]bool{}
	for _, w := range words.Tokenize(text) {
		set[w.Stem] = true
	}
	for _, st := range reportingStems {
		set[st] = true
	}
	return set
}

// reportingStems are the stems of reporting verbs: in a claim checked
// against a quote, "X said …" attributes the words whatever cue the source
// used ("he told the BBC").
var reportingStems = func() []string {
	var out []string
	for _, v := range []string{"say", "said", "tell", "told", "state", "add", "warn", "claim",
		"announce", "insist", "argue", "explain", "note", "stress", "confirm", "declare", "write",
		"wrote", "according"} {
		out = append(out, words.Stem(v))
	}
	return out
}()

// hit is an evidence token that shows one of the claim's keys.
type hit struct {
	tok int // evidence token index
	key int // which key it shows
}

// smallestCover returns the narrowest token range [first, last] holding
// as many distinct keys as hits has, and that number; last is -1 when
// hits is empty. hits must be sorted by token.
func smallestCover(hits []hit) (first, last, keys int) {
	count := map[int]int{}
	for _, h := range hits {
		count[h.key] = 0
	}
	keys = len(count)
	first, last = 0, -1
	have, lo := 0, 0
	for _, h := range hits {
		if count[h.key] == 0 {
			have++
		}
		count[h.key]++
		for have == keys {
			if last < 0 || h.tok-hits[lo].tok < last-first {
				first, last = hits[lo].tok, h.tok
			}
			k := hits[lo].key
			count[k]--
			if count[k] == 0 {
				have--
			}
			lo++
		}
	}
	return first, last, keys
}

// swappedInPlace reports whether claim token i stands, in the alignment,
// where the evidence has another content word the claim lacks, between
// words that match on both sides: "on space co-operation" against "on
// cyber co-operation" swaps a fact, where a reworded sentence would not
// line up word for word around it.
func swappedInPlace(al *alignment, i int, ci *claimInfo, e []tok) bool {
	for k, o := range al.ops {
		if o.kind != opSub || o.c != i {
			continue
		}
		et := &e[o.e]
		if !et.content() || contains(ci.content, et.stem) {
			return false
		}
		return k > 0 && al.ops[k-1].kind == opMatch && k+1 < len(al.ops) && al.ops[k+1].kind == opMatch
	}
	return false
}

// rolesSwapped reports whether two content words of the claim stand on
// opposite sides of a word the alignment matches, a verb or preposition,
// and the evidence has each only on the other side, near it: "The euro
// slipped 0.4% against sterling" against "Sterling slipped 0.4% against
// the euro". A passive ("was approved by the board") turns the roles
// round on purpose and is let be.
func rolesSwapped(c, e []tok, al *alignment) bool {
	// The claim's content words the alignment leaves unmatched: few in a
	// passage that supports the claim.
	var buf [8]int
	loose := buf[:0]
	for _, o := range al.ops {
		if o.c >= 0 && o.kind != opMatch && c[o.c].content() && c[o.c].fig == nil {
			loose = append(loose, o.c)
		}
	}
	if len(loose) < 2 {
		return false
	}
	for _, m := range al.ops {
		if m.kind != opMatch || !c[m.c].content() || c[m.c].fig != nil {
			continue
		}
		for _, x := range loose {
			for _, y := range loose {
				if x >= m.c || y <= m.c || c[y].stem == c[x].stem || c[y].stem == c[m.c].stem || c[x].stem == c[m.c].stem {
					continue
				}
				if onlyAfter(e, c[x].stem, m.e) && onlyBefore(e, c[y].stem, m.e) &&
					!hasNorm(c[m.c:y], "by") && !hasNorm(e[m.e:min(len(e), m.e+roleReach)], "by") {
					return true
				}
			}
		}
	}
	return false
}

// roleReach is how near, in tokens, a word swapped round a matched word
// must stand to it.
const roleReach = 6

// onlyAfter reports whether stem stands in e after index i, near it, and
// nowhere before.
func onlyAfter(e []tok, stem string, i int) bool {
	found := false
	for j := range e {
		if e[j].stem != stem {
			continue
		}
		if j <= i || j > i+roleReach {
			return false
		}
		found = true
	}
	return found
}

// onlyBefore reports whether stem stands in e before index i, near it,
// and nowhere after.
func onlyBefore(e []tok, stem string, i int) bool {
	found := false
	for j := range e {
		if e[j].stem != stem {
			continue
		}
		if j >= i || j < i-roleReach {
			return false
		}
		found = true
	}
	return found
}

// hasNorm reports whether a token of ts is the word w.
func hasNorm(ts []tok, w string) bool {
	for i := range ts {
		if ts[i].norm == w {
			return true
		}
	}
	return false
}

// synonymsInPlace returns the stems of the claim's content words that the
// alignment pairs with a synonym the claim lacks, in the same place: the
// nearest steps on either side, past evidence words the claim lacks, are
// matches ("the pound dropped 0.6%" against "the pound fell 0.6%",
// "England lowered interest rates" against "England has cut interest
// rates"). In its place a synonym states the same fact; elsewhere in the
// passage it may belong to another ("cut energy costs" against "pass on
// lower energy costs"). Claim words the alignment leaves out, a phrase
// the claim moved ("In the year to March rents increased 2.5%" against
// "Rents rose 2.5% in the year to March"), are aligned again on their own.
func synonymsInPlace(ci *claimInfo, e []tok, al *alignment) []string {
	var out []string
	add := func(ops []op, base int) {
		for k, o := range ops {
			if o.kind != opSub {
				continue
			}
			ct, et := &ci.toks[base+o.c], &e[o.e]
			if ct.content() && et.content() && !contains(ci.content, et.stem) && !hasStemIn(e, ct.stem) &&
				words.Synonym(ct.stem, et.stem) && matchedAround(ci.toks[base:], e, ops, k) {
				out = append(out, ct.stem)
			}
		}
	}
	add(al.ops, 0)
	for k := 0; k < len(al.ops); {
		if al.ops[k].kind != opDel {
			k++
			continue
		}
		lo := k
		for k < len(al.ops) && al.ops[k].kind == opDel {
			k++
		}
		if from, to := al.ops[lo].c, al.ops[k-1].c+1; k-lo >= 2 && synonymIn(ci.toks[from:to], e) {
			sub := align(ci.toks[from:to], e)
			add(sub.ops, from)
		}
	}
	return out
}

// antonymsInPlace returns the stems of the claim's content words that the
// alignment pairs with their opposite, in their place (see matchedAround).
// The opposite shows the word's place in the statement, and makes the
// statement the opposite.
func antonymsInPlace(ci *claimInfo, e []tok, al *alignment) []string {
	var out []string
	for k, o := range al.ops {
		if o.kind != opSub {
			continue
		}
		ct, et := &ci.toks[o.c], &e[o.e]
		if ct.content() && et.content() && slices.Contains(words.Antonyms(ct.stem), et.stem) &&
			matchedAround(ci.toks, e, al.ops, k) {
			out = append(out, ct.stem)
		}
	}
	return out
}

// phrasalReach is how many evidence words may stand in the place of a
// claim's verb and its particle.
const phrasalReach = 5

// phrasalInPlace returns the stems of the claim's verbs that state one
// verb's meaning with the particle after them ("went up" for "rose",
// words.Phrasal) and that the evidence states in their place with that
// verb or a synonym (shown: "rents on his flats went up 8%" against "rents
// on his properties had risen by 8%") or with its opposite (opposed). In
// their place is between the evidence words that match the nearest claim
// words before and after the verb and its particle, at most phrasalReach
// words apart.
func phrasalInPlace(ci *claimInfo, e []tok, al *alignment) (shown, opposed []string) {
	c := ci.toks
	inPlace := func(o op) bool {
		return o.kind == opMatch || o.kind == opSub && c[o.c].fig != nil && e[o.e].fig != nil
	}
	for i := 0; i+1 < len(c); i++ {
		ct := &c[i]
		if !ct.content() || hasStemIn(e, ct.stem) {
			continue
		}
		m := words.Phrasal(ct.stem, c[i+1].norm)
		if m == "" {
			continue
		}
		lo, hi := -1, -1 // evidence words matching the claim words around
		for _, o := range al.ops {
			if o.kind == opIns || !inPlace(o) {
				continue
			}
			if o.c < i {
				lo = o.e
			} else if o.c > i+1 && hi < 0 {
				hi = o.e
			}
		}
		if lo < 0 || hi < 0 || hi-lo-1 > phrasalReach {
			continue
		}
		for j := lo + 1; j < hi; j++ {
			if st := e[j].stem; st != "" && (st == m || words.Synonym(m, st)) {
				shown = append(shown, ct.stem)
				break
			} else if st != "" && slices.Contains(words.Antonyms(m), st) {
				opposed = append(opposed, ct.stem)
				break
			}
		}
	}
	return shown, opposed
}

// synonymIn reports whether a content word of c that e lacks has a
// synonym in e.
func synonymIn(c, e []tok) bool {
	for i := range c {
		if !c[i].content() {
			continue
		}
		syn := words.Synonyms(c[i].stem)
		if len(syn) == 0 || hasStemIn(e, c[i].stem) {
			continue
		}
		for _, s := range syn {
			if hasStemIn(e, s) {
				return true
			}
		}
	}
	return false
}

// matchedAround reports whether the nearest steps before and after
// ops[k] that are not evidence words the claim lacks are matches, or a
// figure in a figure's place (which the figure rules judge); the claim's
// first or last word needs one side only.
func matchedAround(c, e []tok, ops []op, k int) bool {
	inPlace := func(o op) bool {
		return o.kind == opMatch || o.kind == opSub && c[o.c].fig != nil && e[o.e].fig != nil
	}
	before, after := k == 0, k == len(ops)-1
	for i := k - 1; i >= 0; i-- {
		if ops[i].kind != opIns {
			before = inPlace(ops[i])
			break
		}
	}
	for i := k + 1; i < len(ops); i++ {
		if ops[i].kind != opIns {
			after = inPlace(ops[i])
			break
		}
	}
	return before && after && len(ops) > 1
}

// polarFlip reports whether a claim stopword with an opposite ("up",
// "more", "before") is missing from the evidence while its opposite stands
// near the aligned words e[first..last].
func polarFlip(c, e []tok, first, last int) bool {
	for i := range c {
		t := &c[i]
		if !t.stop || t.neg || t.stem == "" || hasStemIn(e, t.stem) {
			continue
		}
		for _, opp := range words.Antonyms(t.stem) {
			for j := max(0, first-negationReach); j <= min(len(e)-1, last+negationReach); j++ {
				if e[j].stem == opp {
					return true
				}
			}
		}
	}
	return false
}

// identifierSwaps pairs each claim word that mixes letters and digits
// ("G7") and is missing from the evidence with an evidence word of the
// same letters and other digits ("G20"), or bare digits after a word
// ("16" of "F-16") with other digits after the same word ("35" of
// "F-35"): claim and evidence token indexes.
func identifierSwaps(c, e []tok) [][2]int {
	var out [][2]int
	for i := range c {
		t := &c[i]
		if !t.content() || hasStemIn(e, t.stem) {
			continue
		}
		letters, digits := splitIdentifier(t.norm)
		if digits == "" {
			continue
		}
		for j := range e {
			if e[j].fig != nil || e[j].gap {
				continue
			}
			l, d := splitIdentifier(e[j].norm)
			if l != letters || d == "" || d == digits {
				continue
			}
			// Bare digits are a name's number only after the same word:
			// "F-16" is read "F" "16".
			if letters == "" && (i == 0 || j == 0 || c[i-1].norm != e[j-1].norm || !c[i-1].content()) {
				continue
			}
			out = append(out, [2]int{i, j})
			break
		}
	}
	return out
}

// splitIdentifier returns the letters and the digits of a word, each in
// order ("g20" → "g", "20"), or "", "" when it holds anything else than
// letters, digits and hyphens.
func splitIdentifier(w string) (letters, digits string) {
	var l, d strings.Builder
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			d.WriteRune(r)
		case unicode.IsLetter(r):
			l.WriteRune(r)
		case r == '-':
		default:
			return "", ""
		}
	}
	return l.String(), d.String()
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func hasStemIn(e []tok, stem string) bool {
	for i := range e {
		if e[i].stem == stem {
			return true
		}
	}
	return false
}

func mismatchWhy(claim, evidence figure.Figure) string {
	ch := mismatchChange(claim, evidence)
	return ch.Claim + " ≠ " + ch.Evidence
}

// Verbs of direction a signed figure shows: "+31%" in a table row says
// what "rose 31%" says.
var (
	upStems   = stemSet("rise", "rose", "risen", "grow", "grew", "grown", "increase", "climb", "gain", "jump", "up")
	downStems = stemSet("fall", "fell", "fallen", "drop", "decrease", "decline", "slip", "slide", "down")
)

func stemSet(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[words.Stem(w)] = true
		m[words.Lemma(w)] = true
	}
	return m
}

// signedDirection returns the claim's verbs of direction that a found
// figure written with a sign shows ("rose" for "+31%", "fell" for
// "-8.6%"), and those it opposes ("fell" for "+31%"); text is the
// evidence's source text.
func signedDirection(text string, ci *claimInfo, e []tok, found, efigs []figure.Figure, efigTok []int) (shown, opposed []string) {
	for k, ef := range efigs {
		if !slices.ContainsFunc(found, func(f figure.Figure) bool { return figure.Agree(f, ef) }) {
			continue
		}
		i := e[efigTok[k]].start
		dir, opp := upStems, downStems
		switch {
		case strings.HasSuffix(text[:i], "+"):
		case strings.HasSuffix(text[:i], "-"), strings.HasSuffix(text[:i], "−"):
			dir, opp = downStems, upStems
		default:
			continue
		}
		for _, st := range ci.content {
			switch {
			case dir[st]:
				shown = append(shown, st)
			case opp[st]:
				opposed = append(opposed, st)
			}
		}
	}
	return shown, opposed
}

// mismatchChange is the change a figure mismatch makes: the figures as
// written, with their units when a unit changed ("640 feet" for "640
// metres").
func mismatchChange(claim, evidence figure.Figure) Change {
	if claim.Per != "" && evidence.Per != "" && claim.Per != evidence.Per {
		return Change{Claim: claim.WithNoun() + " a " + claim.Per, Evidence: evidence.WithNoun() + " a " + evidence.Per}
	}
	if claim.Kind == figure.Number && claim.Noun != "" && evidence.Noun != "" && claim.Noun != evidence.Noun {
		return Change{Claim: claim.WithNoun(), Evidence: evidence.WithNoun()}
	}
	return Change{Claim: claim.Text, Evidence: evidence.Text}
}
