// Package gen generates deterministic news corpora with claims of known
// verdicts, for benchmarks and scale tests of the verifier.
//
// A document is built from real paragraphs (the seeds and any extra
// sources given) with people, places and figures varied by a seeded
// math/rand, plus planted paragraphs: quotes by named speakers and a
// narrative sentence, each holding a made-up project name so that it is
// unique in the corpus. Claims are drawn from the planted paragraphs with
// the verdict a careful fact-checker would give:
//
//   - a speaker's quote word for word            → supported/exact
//   - the same quote given to another speaker    → contradicted/wrong-speaker
//   - the quote with one figure changed          → contradicted/figure-mismatch
//   - the narrative sentence, no speaker          → supported/exact
//   - that sentence with its figure changed       → contradicted/figure-mismatch
//   - a sentence found nowhere                    → missing/no-evidence
//
// The same Options give the same bytes on every machine.
package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/verity-news/verity/seeds"
	"github.com/verity-news/verity/verify/source"
)

// Options says what to generate.
type Options struct {
	Docs   int   // number of documents
	Claims int   // number of claims
	Seed   int64 // math/rand seed; the same seed gives the same corpus
	// Size is the target size of a document in bytes; 0 means 2500.
	Size int
	// Extra are more sources whose paragraphs fill documents, besides the
	// seeds (the news-style sources of testdata/verify, say).
	Extra []*source.Source
}

// Doc is one generated document.
type Doc struct {
	Name string // relative path with '/': "003/003141.txt"
	Data []byte
}

// Expectation is a claim's planted verdict; the JSON form is that of
// testdata/verify's expected.json.
type Expectation struct {
	Verdict string `json:"verdict"`
	Reason  string `json:"reason"`
	Why     string `json:"why"`
}

// Corpus is a generated corpus and its claims.
type Corpus struct {
	Docs []Doc
	// Claims is a claims file (JSON, SPEC §3).
	Claims []byte
	// Expected maps each claim id to its planted verdict.
	Expected map[string]Expectation
	// Bytes is the total size of Docs.
	Bytes int64
}

// planted is what a document holds that claims can be drawn from.
type planted struct {
	quotes    []plantedQuote
	statement string // a narrative sentence
	stmtFig   string // its figure, as written
	changed   string // statement with that figure changed
}

type plantedQuote struct {
	speaker string // full name
	text    string // the words quoted, as written in the document
	fig     string // one figure in text, as written, that a claim may change
	changed string // text with that figure changed
}

// Generate builds a corpus. It panics on a seeds read error, which cannot
// happen with the embedded seeds.
func Generate(opt Options) *Corpus {
	if opt.Size <= 0 {
		opt.Size = 2500
	}
	filler := fillerParagraphs(opt.Extra)
	r := rand.New(rand.NewSource(opt.Seed))
	c := &Corpus{Docs: make([]Doc, opt.Docs), Expected: map[string]Expectation{}}
	plants := make([]planted, opt.Docs)
	for i := range opt.Docs {
		var data []byte
		data, plants[i] = document(r, i, filler, opt.Size)
		c.Docs[i] = Doc{Name: DocName(i), Data: data}
		c.Bytes += int64(len(data))
	}
	c.Claims = claimsFile(r, opt, plants, c.Expected)
	return c
}

// DocName is the name of document i: documents are spread over
// directories of 1000.
func DocName(i int) string { return fmt.Sprintf("%03d/%06d.txt", i/1000, i) }

// Write writes the corpus under dir: dir/sources/…, dir/claims.json and
// dir/expected.json.
func (c *Corpus) Write(dir string) error {
	for _, d := range c.Docs {
		p := filepath.Join(dir, "sources", filepath.FromSlash(d.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, d.Data, 0o644); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "claims.json"), c.Claims, 0o644); err != nil {
		return err
	}
	exp, err := json.MarshalIndent(c.Expected, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "expected.json"), append(exp, '\n'), 0o644)
}

// fillerParagraphs returns the paragraphs documents are filled from: the
// non-boilerplate, non-heading blocks of the seeds and the extra sources
// that are long enough to be a paragraph, in a fixed order.
func fillerParagraphs(extra []*source.Source) []string {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	var srcs []*source.Source
	for _, n := range names {
		raw, err := seeds.FS.ReadFile(n)
		if err != nil {
			panic(err)
		}
		s, err := source.Parse(n, raw)
		if err != nil {
			panic(err)
		}
		srcs = append(srcs, s)
	}
	srcs = append(srcs, extra...)
	var out []string
	for _, s := range srcs {
		for _, b := range s.Blocks {
			t := strings.TrimSpace(s.Text[b.Start:b.End])
			// A paragraph of a multi-paragraph quote would swallow the
			// paragraphs placed after it: keep only balanced ones.
			if b.Boilerplate || b.Heading || len(t) < 80 || !balanced(t) {
				continue
			}
			out = append(out, strings.Join(strings.Fields(t), " "))
		}
	}
	return out
}

// balanced reports whether every quote mark of t is closed in t.
func balanced(t string) bool {
	return strings.Count(t, "“") == strings.Count(t, "”") && strings.Count(t, `"`)%2 == 0 &&
		strings.Count(t, "«") == strings.Count(t, "»")
}

// Names and places the filler paragraphs mention, replaced in every
// document by generated ones.
var (
	knownFirst = []string{"Ben", "Priti", "Mark", "Joe", "Boris", "Jochen", "Robert", "Bev",
		"John", "Tom", "Wes", "Stephen", "Sarah", "Wilfred", "Steven", "Terrence", "Vidal"}
	knownLast = []string{"Wallace", "Patel", "Lancaster", "Biden", "Johnson", "Hanebeck",
		"Habeck", "Craig", "Leech", "Stannard", "Streeting", "Powis", "Jones", "Elrington",
		"Saldivar", "Ortega", "O’Shaughnessy", "Soberon", "Sanz"}
	knownPlaces = []string{"Chile", "Mexico", "Belize", "Dresden", "Manchester", "Cornwall",
		"Peru", "Washington", "Europe"}

	firstNames = []string{"Alice", "Amara", "Bilal", "Carys", "Dev", "Elena", "Femi", "Grace",
		"Hamza", "Ines", "Jonas", "Keira", "Luca", "Maya", "Niall", "Olga", "Pavel", "Rosa",
		"Sanjay", "Tessa", "Umar", "Vera", "Wyn", "Yusuf", "Zoe", "Agnes", "Bruno", "Cora"}
	places = []string{"Leeds", "Bristol", "Cardiff", "Lyon", "Porto", "Gdansk", "Turin",
		"Ghent", "Malmo", "Bergen", "Aarhus", "Cork", "Dundee", "Seville", "Utrecht", "Graz",
		"Brno", "Riga", "Tartu", "Split", "Kerala", "Quebec", "Adelaide", "Nairobi"}
	roles = []string{"Health Secretary", "Transport Minister", "Council leader",
		"Health Minister", "Mayor", "Finance Minister", "Housing Secretary", "Schools Minister"}
	months = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	things = []string{"bypass", "hospital wing", "tram line", "flood barrier", "library",
		"data centre", "bridge", "sports hall", "ferry terminal", "solar farm"}

	onsets = []string{"Ash", "Bram", "Cal", "Dun", "Ell", "Fen", "Gar", "Hol", "Ing", "Kel",
		"Lor", "Mar", "Nor", "Orm", "Pem", "Quen", "Ros", "Sel", "Tarn", "Ul", "Ver", "Wes",
		"Yar", "Thorn"}
	middles = []string{"a", "e", "i", "o", "en", "er", "in", "ow", "an", "ul", "ar", "es"}
	codas   = []string{"by", "wick", "ford", "ham", "ley", "ton", "stead", "mouth", "holm",
		"dale", "combe", "field", "well", "worth", "caster", "bury"}
)

// coined makes up a capitalised word, Kelowford or Tarnesby.
func coined(r *rand.Rand) string {
	return onsets[r.Intn(len(onsets))] + middles[r.Intn(len(middles))] + codas[r.Intn(len(codas))]
}

var (
	digitsRE = regexp.MustCompile(`\d+`)
	wordRE   = regexp.MustCompile(`[\p{L}’']+`)
)

// vary renames the people and places of a filler paragraph and changes
// its figures, consistently within a document (names holds the renames).
func vary(r *rand.Rand, para string, names map[string]string) string {
	para = wordRE.ReplaceAllStringFunc(para, func(w string) string {
		if v, ok := names[w]; ok {
			return v
		}
		var v string
		switch {
		case contains(knownFirst, w):
			v = firstNames[r.Intn(len(firstNames))]
		case contains(knownLast, w):
			v = coined(r)
		case contains(knownPlaces, w):
			v = places[r.Intn(len(places))]
		default:
			return w
		}
		names[w] = v
		return v
	})
	return digitsRE.ReplaceAllStringFunc(para, func(d string) string {
		if len(d) == 4 && (d[:2] == "19" || d[:2] == "20") {
			return strconv.Itoa(1990 + r.Intn(40))
		}
		b := []byte(d)
		for i := range b {
			b[i] = byte('0' + r.Intn(10))
		}
		if len(b) > 1 && b[0] == '0' {
			b[0] = '1' + byte(r.Intn(9))
		}
		return string(b)
	})
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// quoteTemplates are the planted quotes: %[1]s a project name, %[2]s a
// thing, %[3]s the figure a claim may change, %[4]s another figure.
var quoteTemplates = []struct {
	text string
	fig  func(r *rand.Rand) string
	more func(r *rand.Rand) string
}{
	{"We will spend £%[3]s million on the %[1]s %[2]s over the next %[4]s years, and the work starts this spring",
		func(r *rand.Rand) string { return strconv.Itoa(12 + r.Intn(880)) },
		func(r *rand.Rand) string { return strconv.Itoa(2 + r.Intn(8)) }},
	{"The %[1]s %[2]s will create %[3]s jobs and bring visitors back to the high street for %[4]s months of the year",
		func(r *rand.Rand) string { return strconv.Itoa(120 + r.Intn(4800)) },
		func(r *rand.Rand) string { return strconv.Itoa(3 + r.Intn(9)) }},
	{"Nobody expected %[3]s per cent of households near the %[1]s %[2]s to sign up within %[4]s weeks",
		func(r *rand.Rand) string { return strconv.Itoa(11 + r.Intn(80)) },
		func(r *rand.Rand) string { return strconv.Itoa(2 + r.Intn(20)) }},
	{"Our %[1]s %[2]s has already cut journey times by %[3]s minutes, and it cost %[4]s million pounds less than planned",
		func(r *rand.Rand) string { return strconv.Itoa(6 + r.Intn(50)) },
		func(r *rand.Rand) string { return strconv.Itoa(2 + r.Intn(30)) }},
}

// document builds document i.
func document(r *rand.Rand, i int, filler []string, size int) ([]byte, planted) {
	var pl planted
	names := map[string]string{}
	var paras []string
	place := places[r.Intn(len(places))]
	paras = append(paras, fmt.Sprintf("%s report %d: plans for %s move ahead", place, i, place))
	for k := range 3 {
		first, last := firstNames[r.Intn(len(firstNames))], coined(r)
		speaker := first + " " + last
		t := quoteTemplates[(i+k)%len(quoteTemplates)]
		fig, more := t.fig(r), t.more(r)
		project := coined(r) + " " + coined(r)
		thing := things[r.Intn(len(things))]
		q := fmt.Sprintf(t.text, project, thing, fig, more)
		changed := fmt.Sprintf(t.text, project, thing, otherFigure(r, fig), more)
		pl.quotes = append(pl.quotes, plantedQuote{speaker: speaker, text: q, fig: fig, changed: changed})
		role := roles[r.Intn(len(roles))]
		var p string
		switch (i + k) % 3 {
		case 0:
			p = fmt.Sprintf("%s %s said: “%s.”", role, speaker, q)
		case 1:
			p = fmt.Sprintf("“%s,” %s told reporters in %s.", q, speaker, place)
		default:
			p = fmt.Sprintf("“%s,” said %s %s.", q, role, speaker)
		}
		paras = append(paras, p)
	}
	votes := strconv.Itoa(20 + r.Intn(70))
	pl.stmtFig = votes
	stmt := "The " + coined(r) + " board approved the " + coined(r) + " plan on " +
		months[r.Intn(len(months))] + " " + strconv.Itoa(1+r.Intn(28)) + " with %s votes in favour."
	pl.statement = fmt.Sprintf(stmt, votes)
	pl.changed = fmt.Sprintf(stmt, otherFigure(r, votes))
	paras = append(paras, pl.statement)
	n := 0
	for _, p := range paras {
		n += len(p) + 2
	}
	// Fill with varied real paragraphs, placed between the planted ones.
	var fill []string
	for n < size {
		p := vary(r, filler[r.Intn(len(filler))], names)
		fill = append(fill, p)
		n += len(p) + 2
	}
	var b bytes.Buffer
	b.WriteString(paras[0])
	b.WriteString("\n\n")
	rest := paras[1:]
	for len(rest) > 0 || len(fill) > 0 {
		if len(fill) > 0 {
			b.WriteString(fill[0])
			b.WriteString("\n\n")
			fill = fill[1:]
		}
		if len(rest) > 0 {
			b.WriteString(rest[0])
			b.WriteString("\n\n")
			rest = rest[1:]
		}
	}
	return b.Bytes(), pl
}

type claimJSON struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Speaker  string `json:"speaker,omitempty"`
	Verbatim bool   `json:"verbatim,omitempty"`
}

// otherFigure returns a figure a little above fig.
func otherFigure(r *rand.Rand, fig string) string {
	n, _ := strconv.Atoi(fig)
	return strconv.Itoa(n + 1 + r.Intn(9))
}

// claimsFile draws the claims from the planted paragraphs, spread evenly
// over the documents.
func claimsFile(r *rand.Rand, opt Options, plants []planted, exp map[string]Expectation) []byte {
	var cs []claimJSON
	for j := range opt.Claims {
		id := fmt.Sprintf("c%06d", j)
		d := 0
		if len(plants) > 0 {
			d = int(int64(j) * int64(len(plants)) / int64(max(opt.Claims, 1)))
		}
		kind := j % 6
		if len(plants) == 0 {
			kind = 5
		}
		var cl claimJSON
		var e Expectation
		switch kind {
		case 0, 1, 2:
			pl := plants[d]
			q := pl.quotes[(j/6)%len(pl.quotes)]
			switch kind {
			case 0:
				cl = claimJSON{id, q.text, q.speaker, true}
				e = Expectation{"supported", "exact", "planted quote, word for word"}
			case 1:
				other := pl.quotes[((j/6)+1)%len(pl.quotes)].speaker
				cl = claimJSON{id, q.text, other, true}
				e = Expectation{"contradicted", "wrong-speaker", "the quote is " + q.speaker + "'s"}
			case 2:
				cl = claimJSON{id, q.changed, q.speaker, false}
				e = Expectation{"contradicted", "figure-mismatch", q.speaker + " said " + q.fig}
			}
		case 3:
			cl = claimJSON{ID: id, Text: plants[d].statement}
			e = Expectation{"supported", "exact", "planted narrative sentence"}
		case 4:
			pl := plants[d]
			cl = claimJSON{ID: id, Text: pl.changed}
			e = Expectation{"contradicted", "figure-mismatch", "the sentence says " + pl.stmtFig}
		default:
			cl = claimJSON{ID: id, Text: fmt.Sprintf("The Zyx%s aquarium reopened after the flamingo enclosure flooded in %s",
				strings.ToLower(coined(r)), months[r.Intn(len(months))])}
			e = Expectation{"missing", "no-evidence", "no document mentions an aquarium"}
		}
		cs = append(cs, cl)
		exp[id] = e
	}
	out, err := json.MarshalIndent(struct {
		Claims []claimJSON `json:"claims"`
	}{cs}, "", " ")
	if err != nil {
		panic(err)
	}
	return append(out, '\n')
}

// ReadArchives parses the sources/* files of the txtar archives matching
// glob (testdata/verify/*.txtar), to use as Options.Extra.
func ReadArchives(glob string) ([]*source.Source, error) {
	paths, err := filepath.Glob(glob)
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []*source.Source
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			return nil, err
		}
		for _, f := range ar.Files {
			if name, ok := strings.CutPrefix(f.Name, "sources/"); ok {
				s, err := source.Parse(name, f.Data)
				if err != nil {
					return nil, fmt.Errorf("%s: %s: %w", p, f.Name, err)
				}
				out = append(out, s)
			}
		}
	}
	return out, nil
}
