package figure

// numClass is the role of a word in a spelled-out number.
type numClass uint8

const (
	nNone     numClass = iota
	nUnit              // zero … nineteen
	nTens              // twenty … ninety
	nHundred           // hundred
	nScale             // thousand, million, billion, trillion, bn, tn, mn
	nDozen             // dozen
	nHalf              // half
	nA                 // a, an
	nAnd               // and
	nOrd               // first … nineteenth, twentieth … ninetieth
	nOrdScale          // hundredth, thousandth, millionth
)

// Word flags.
const (
	fStop         uint16 = 1 << iota // function word: never a counted noun
	fDatePrep                        // a preposition that makes a following "May" a month
	fAdj                             // a quantity adjective skipped before the counted noun ("extra ships")
	fWeekday                         // Monday … Sunday
	fNotAfterOne                     // "one" before it is not a count: "one of", "one another"
	fNotBeforeOne                    // "one" after it is a pronoun: "no one", "the one"
)

// entry is what the dictionary knows about one lower-cased word.
type entry struct {
	num   numClass
	v     float64 // number value, scale, or ordinal position
	month int8    // 1–12 for month names and abbreviations
	full  bool    // a full month name (not an abbreviation)
	unit  string  // time unit the word names ("year" for "decade")
	uf    float64 // the word's length in unit ("decade" → 10)
	cur   string  // ISO code for a currency word ("pounds" → "GBP")
	flags uint16
	hedge []int // indexes into hedges of the phrases that start with this word
}

// dict maps a lower-cased word to its index in entries; index 0 is no entry.
var (
	dict    = map[string]uint16{}
	entries = []entry{{}}
)

// word returns the entry of a lower-cased word, nil if none.
func word(w string) *entry {
	if k := dict[w]; k != 0 {
		return &entries[k]
	}
	return nil
}

func add(words string, e entry) {
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			if i > start {
				w := words[start:i]
				if k, ok := dict[w]; ok {
					merge(&entries[k], e)
				} else {
					dict[w] = uint16(len(entries))
					entries = append(entries, e)
				}
			}
			start = i + 1
		}
	}
}

func merge(old *entry, e entry) {
	if e.num != nNone {
		old.num, old.v = e.num, e.v
	}
	if e.month != 0 {
		old.month, old.full = e.month, e.full
	}
	if e.unit != "" {
		old.unit, old.uf = e.unit, e.uf
	}
	if e.cur != "" {
		old.cur = e.cur
	}
	old.flags |= e.flags
}

func init() {
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		add(w, entry{num: nUnit, v: float64(i)})
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(w, entry{num: nTens, v: float64(20 + 10*i)})
	}
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth"} {
		add(w, entry{num: nOrd, v: float64(i + 1)})
	}
	for i, w := range []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"} {
		add(w, entry{num: nOrd, v: float64(20 + 10*i)})
	}
	add("hundredth", entry{num: nOrdScale, v: 100})
	add("thousandth", entry{num: nOrdScale, v: 1e3})
	add("millionth", entry{num: nOrdScale, v: 1e6})
	add("hundred", entry{num: nHundred, v: 100})
	add("thousand", entry{num: nScale, v: 1e3})
	add("million mn", entry{num: nScale, v: 1e6})
	add("billion bn", entry{num: nScale, v: 1e9})
	add("trillion tn", entry{num: nScale, v: 1e12})
	add("dozen", entry{num: nDozen, v: 12})
	add("half", entry{num: nHalf, v: 0.5})
	add("a an", entry{num: nA, v: 1})
	add("and", entry{num: nAnd})

	for i, w := range monthNames[1:] {
		add(lower(w), entry{month: int8(i + 1), full: true})
	}
	for i, w := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if w != "" {
			add(w, entry{month: int8(i + 1)})
		}
	}
	add("sept", entry{month: 9})
	add("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun", entry{flags: fWeekday})

	for _, u := range []struct {
		words, unit string
		f           float64
	}{
		{"second seconds", "second", 1},
		{"minute minutes", "minute", 1},
		{"hour hours", "hour", 1},
		{"day days", "day", 1},
		{"week weeks", "week", 1},
		{"fortnight fortnights", "week", 2},
		{"month months", "month", 1},
		{"year years", "year", 1},
		{"decade decades", "year", 10},
		{"century centuries", "year", 100},
	} {
		add(u.words, entry{unit: u.unit, uf: u.f})
	}

	add("pound pounds sterling", entry{cur: "GBP"})
	add("dollar dollars", entry{cur: "USD"})
	add("euro euros", entry{cur: "EUR"})
	add("yen", entry{cur: "JPY"})
	add("pence", entry{cur: "GBP"})

	add("the a an and or but nor of in on at to for from by with without into onto over under than as per "+
		"is are was were be been being am has have had having will would can could may might must shall should "+
		"do does did done that which who whom whose this these those it its their they them our we us he she his "+
		"her him you your i my me not no so such if then when while where each every all both some any more most "+
		"less fewer about around between since until till after before during across through against among up down "+
		"out off also only just almost nearly there here what how why too very yet still ago later earlier alone "+
		"next last past said says say s t ve ll re d m including within upon via amid towards toward "+
		"whilst although though because whether either neither other another own same",
		entry{flags: fStop})
	add("in by since until till from of last next early late mid during before after through throughout "+
		"this every end beginning start",
		entry{flags: fDatePrep})
	add("extra additional more new other further different separate total whole full largest biggest "+
		"smallest main major key top leading",
		entry{flags: fAdj})
	add("about around roughly approximately approx some circa an estimated close in nearly almost just not "+
		"more over above upwards greater well at no a less fewer under below up as",
		entry{})
	add("of another other or", entry{flags: fNotAfterOne})
	add("aged", entry{})
	add("no the this that any every each which someone anyone everyone",
		entry{flags: fNotBeforeOne})
	for k, h := range hedges {
		e := word(h.words[0])
		e.hedge = append(e.hedge, k)
	}
	eBetween, eAged = word("between"), word("aged")
}

// Entries the parser tests by identity.
var eBetween, eAged *entry

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// hedges lists the hedge phrases, longest first where one is a prefix of
// another. "over" is special-cased by the parser: before a duration it is
// a preposition ("over four years"), not "more than".
var hedges = []struct {
	words []string
	h     Hedge
}{
	{[]string{"in", "the", "region", "of"}, About},
	{[]string{"an", "estimated"}, About},
	{[]string{"close", "to"}, About},
	{[]string{"about"}, About},
	{[]string{"around"}, About},
	{[]string{"roughly"}, About},
	{[]string{"approximately"}, About},
	{[]string{"approx"}, About},
	{[]string{"some"}, About},
	{[]string{"circa"}, About},
	{[]string{"nearly"}, Nearly},
	{[]string{"almost"}, Nearly},
	{[]string{"just", "under"}, Nearly},
	{[]string{"just", "short", "of"}, Nearly},
	{[]string{"not", "quite"}, Nearly},
	{[]string{"more", "than"}, MoreThan},
	{[]string{"just", "over"}, MoreThan},
	{[]string{"well", "over"}, MoreThan},
	{[]string{"over"}, MoreThan},
	{[]string{"above"}, MoreThan},
	{[]string{"in", "excess", "of"}, MoreThan},
	{[]string{"upwards", "of"}, MoreThan},
	{[]string{"greater", "than"}, MoreThan},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"no", "fewer", "than"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"a", "minimum", "of"}, AtLeast},
	{[]string{"less", "than"}, LessThan},
	{[]string{"fewer", "than"}, LessThan},
	{[]string{"under"}, LessThan},
	{[]string{"below"}, LessThan},
	{[]string{"up", "to"}, UpTo},
	{[]string{"at", "most"}, UpTo},
	{[]string{"no", "more", "than"}, UpTo},
	{[]string{"not", "more", "than"}, UpTo},
	{[]string{"as", "many", "as"}, UpTo},
	{[]string{"as", "much", "as"}, UpTo},
	{[]string{"a", "maximum", "of"}, UpTo},
}

// isoCodes are the currency codes recognised before or after an amount,
// spaced ("CHF 4.1bn") or glued ("CHF4.1bn"), in capitals. Codes that are
// also common names or words in capitals ("PHP", "TRY", "ALL") are left out.
var isoCodes = map[string]bool{
	"USD": true, "GBP": true, "EUR": true, "JPY": true, "CHF": true, "CNY": true, "AUD": true,
	"CAD": true, "INR": true, "NZD": true, "HKD": true, "SEK": true, "NOK": true, "DKK": true,
	"RUB": true, "ZAR": true, "BRL": true, "MXN": true, "KRW": true, "SGD": true,
	"PLN": true, "CZK": true, "HUF": true, "ILS": true, "AED": true, "THB": true, "IDR": true,
	"MYR": true, "NGN": true, "KES": true, "EGP": true, "TWD": true, "UAH": true,
}

// dollarPrefixes are the letters written before "$" to name a dollar.
var dollarPrefixes = map[string]string{"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD",
	"NZ": "NZD", "HK": "HKD", "S": "SGD"}

var currencySymbols = map[string]string{"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR"}
