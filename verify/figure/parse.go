package figure

import (
	"math"
	"strconv"
	"strings"
	"sync"
)

// Parse returns the figures of text in order of position. Figures do not
// overlap; each Text is text[Start:End].
func Parse(text string) []Figure {
	buf := tokenPool.Get().(*[]token)
	p := parser{text: text, t: lex(text, (*buf)[:0])}
	defer func() {
		*buf = p.t[:0]
		tokenPool.Put(buf)
	}()
	var out []Figure
	for i := 0; i < len(p.t); {
		f, next, ok := p.figureAt(i)
		if ok && math.Abs(f.Value) < maxValue && math.Abs(f.To) < maxValue {
			f.Text = text[f.Start:f.End]
			f.Per = p.per(f, next)
			out = append(out, f)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// tokenPool holds the arrays Parse lexes into, reused between calls: the
// verifier parses every passage it aligns a claim with. Tokens hold no
// pointers, and no figure refers to them.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

type parser struct {
	text string
	t    []token
}

var endTok = token{k: tEnd}

// tk returns token i, or an end token when i is out of range, so that
// look-ahead never needs a bounds check.
func (p *parser) tk(i int) *token {
	if i < 0 || i >= len(p.t) {
		return &endTok
	}
	return &p.t[i]
}

func (p *parser) str(i int) string {
	t := p.tk(i)
	if t.k == tEnd {
		return ""
	}
	return p.text[t.s:t.e]
}

// end returns the byte offset where token i ends.
func (p *parser) end(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(p.t) {
		return len(p.text)
	}
	return int(p.t[i].e)
}

func (p *parser) isP(i int, s string) bool { return p.tk(i).k == tPunct && p.str(i) == s }

func (p *parser) isWord(i int, w string) bool {
	return p.tk(i).k == tWord && strings.EqualFold(p.str(i), w)
}

// entryAt returns the dictionary entry of word i, nil if none.
func (p *parser) entryAt(i int) *entry {
	if t := p.tk(i); t.k == tWord {
		return t.ent()
	}
	return nil
}

// spaced reports whether token i follows its predecessor after white space
// on the same line.
func (p *parser) spaced(i int) bool { return p.tk(i).sp == 1 }

// glued reports whether token i directly follows its predecessor.
func (p *parser) glued(i int) bool { t := p.tk(i); return t.k != tEnd && t.sp == 0 }

// amount is a number as written, before it is given a kind.
type amount struct {
	i, next int     // token range [i, next)
	v       float64 // value with scale applied
	half    float64 // half-width of the precision interval
	mant    string  // digits of a numeral without separators ("24", "1.5"); "" for words
	dec     int     // decimals written in a numeral
	exp     int     // power of ten applied by scale words or suffixes
	plain   bool    // an integer numeral without separators, decimals or scale: a year candidate
	nd      int     // digits of a plain numeral
	lead0   bool    // a numeral with a leading zero ("020")
	ord     bool    // an ordinal ("2nd", "second")
	one     bool    // the lone word "one"
	words   bool    // spelled out
	halfA   bool    // ends in "half a"/"half an": needs a time unit after it
}

func (p *parser) figureAt(i int) (Figure, int, bool) {
	t := p.tk(i)
	if t.k == tWord && t.ent() != nil && t.ent().hedge != nil {
		if h, j := p.hedgeAt(i); j > i && p.spaced(j) {
			if p.isWord(j, "another") && p.spaced(j+1) {
				j++ // "at least another six months": the hedge bounds the amount added
			}
			f, next, ok := p.core(j)
			if ok {
				if f.Hedge == Range || !hedgeable(f.Kind) {
					return f, next, true
				}
				if h == MoreThan && j == i+1 && p.isWord(i, "over") && (f.Kind == Duration || periodCount(f)) {
					// "over four years", "over two seasons": a period,
					// not "more than four".
					return f, next, true
				}
				f.Start = int(t.s)
				f.Hedge = h
				f.Lo, f.Hi = hedged(f, h)
				return f, next, true
			}
		}
	}
	return p.core(i)
}

// periodNouns are the nouns that count periods of time of no fixed length,
// so that "over two seasons" is the period, as "over four years" is.
var periodNouns = map[string]bool{"season": true, "term": true, "semester": true, "generation": true}

// periodCount reports whether f counts periods: "two seasons".
func periodCount(f Figure) bool { return f.Kind == Number && periodNouns[nounKey(f.Noun)] }

func hedgeable(k Kind) bool {
	switch k {
	case Number, Money, Percent, PercentPoints, Duration, Age, Temperature:
		return true
	}
	return false
}

// hedged returns the interval of f under hedge h; f.Lo and f.Hi hold the
// precision interval.
func hedged(f Figure, h Hedge) (lo, hi float64) {
	v := f.Value
	switch h {
	case About:
		d := 0.1 * math.Abs(v)
		return f.Lo - d, f.Hi + d
	case Nearly:
		return f.Lo - 0.1*math.Abs(v), f.Hi
	case MoreThan:
		return math.Nextafter(v, math.Inf(1)), math.Inf(1)
	case AtLeast:
		return v, math.Inf(1)
	case LessThan:
		return math.Inf(-1), math.Nextafter(v, math.Inf(-1))
	case UpTo:
		return math.Inf(-1), v
	}
	return f.Lo, f.Hi
}

// hedgeAt matches the longest hedge phrase at token i and returns the hedge
// and the token after it (i if none matches).
func (p *parser) hedgeAt(i int) (Hedge, int) {
	best, bestEnd := None, i
	for _, k := range p.tk(i).ent().hedge {
		ph := hedges[k]
		if len(ph.words) <= bestEnd-i {
			continue
		}
		ok := true
		for k, w := range ph.words {
			if !p.isWord(i+k, w) || (k > 0 && !p.spaced(i+k)) {
				ok = false
				break
			}
		}
		if ok {
			best, bestEnd = ph.h, i+len(ph.words)
		}
	}
	return best, bestEnd
}

func fail(next int) (Figure, int, bool) { return Figure{}, next, false }

// core parses a figure without a hedge at token i.
func (p *parser) core(i int) (Figure, int, bool) {
	t := p.tk(i)
	switch t.k {
	case tWord:
		if t.up {
			if cur, j := p.currencyPrefix(i); j > i {
				return p.money(i, j, cur)
			}
		}
		e := t.ent()
		if e == nil {
			return fail(i + 1)
		}
		if e.flags&fWeekday != 0 || e.month != 0 {
			if f, j, ok := p.date(i); ok {
				return f, j, true
			}
			if e.month != 0 && p.monthAlone(i) {
				return p.simple(i, i+1, Month, float64(e.month)), i + 1, true
			}
			if d := p.weekdayAlone(i); d > 0 {
				return p.simple(i, i+1, Weekday, float64(d)), i + 1, true
			}
			return fail(i + 1)
		}
		switch {
		case e == eBetween:
			return p.between(i)
		case e == eAged && p.spaced(i+1):
			if a, ok := p.amountAt(i + 1); ok && !a.ord && !a.halfA {
				f := p.simple(i, a.next, Age, a.v)
				f.Unit = "year"
				f.Lo, f.Hi = a.v-a.half, a.v+a.half
				return f, a.next, true
			}
		case e.num == nA && p.spaced(i+1):
			// "a decade", "a century", "a fortnight": one unit that is
			// several of the canonical unit.
			if u := p.entryAt(i + 1); u != nil && u.uf > 1 {
				f := p.simple(i, i+2, Duration, u.uf)
				f.Unit = u.unit
				return f, i + 2, true
			}
		}
		if e.num == nA || e.num == nUnit || e.num == nHalf {
			if f, j, ok := p.fraction(i); ok {
				return f, j, true
			}
		}
		if e.num != nNone {
			a, ok := p.wordsAt(i)
			if !ok {
				return fail(i + 1)
			}
			return p.suffix(i, a, "")
		}
		return fail(i + 1)
	case tNum:
		if f, j, ok := p.date(i); ok {
			return f, j, true
		}
		if f, j, ok := p.clock(i); ok {
			return f, j, true
		}
		if skip := p.skipIdentifier(i); skip > i {
			return fail(skip)
		}
		if p.glued(i+1) && (p.isP(i+1, "/") || p.isP(i+1, ":")) && p.tk(i+2).k == tNum && p.glued(i+2) {
			// "24/7", "3:1": fractions and ratios are not figures here.
			return fail(i + 3)
		}
		a, ok := p.numeralAt(i)
		if !ok {
			return fail(i + 1)
		}
		return p.suffix(i, a, "")
	case tAlnum:
		if t.suf == 0 {
			return fail(i + 1)
		}
		return p.alnum(i)
	case tPunct:
		if cur, j := p.currencyPrefix(i); j > i {
			return p.money(i, j, cur)
		}
	}
	return fail(i + 1)
}

// alnum parses a numeral with a letter suffix: "21st", "24bn", "1990s",
// "50p", "63.8F", "25bp", and a unit of measurement written against the
// number ("5km", "20mph"). Other suffixes ("5G", "A4") make an identifier.
func (p *parser) alnum(i int) (Figure, int, bool) {
	t := p.tk(i)
	num, suf := p.text[t.s:t.suf], p.text[t.suf:t.e]
	lsuf := strings.ToLower(suf)
	if u, ok := gluedUnits[lsuf]; ok {
		// "20mph", "5km", "11km/h": a count of the unit, as "20 mph" is.
		a, ok := parseNumeral(num)
		if !ok || a.lead0 {
			return fail(i + 1)
		}
		next := i + 1
		if u == "km" && p.isP(next, "/") && p.glued(next) && p.glued(next+1) && (p.isWord(next+1, "h") || p.isWord(next+1, "hr")) {
			u, next = "km/h", next+2
		}
		f := p.simple(i, next, Number, a.v)
		f.Lo, f.Hi = a.v-a.half, a.v+a.half
		f.Noun = u
		if u == "mph" || u == "km/h" {
			f.Unit = u
		}
		return f, next, true
	}
	switch lsuf {
	case "am", "pm":
		return p.clock(i)
	case "st", "nd", "rd", "th", "k", "m", "mn", "bn", "tn":
		if f, j, ok := p.date(i); ok {
			return f, j, true
		}
		a, ok := p.numeralAt(i)
		if !ok {
			return fail(i + 1)
		}
		return p.suffix(i, a, "")
	case "s":
		// "1990s": a decade.
		if len(num) == 4 && num[3] == '0' && num[0] != '0' && !strings.ContainsAny(num, ",.") {
			v, _ := strconv.ParseFloat(num, 64)
			if v >= 1000 && v <= 2990 {
				f := p.simple(i, i+1, Year, v)
				f.Hi = v + 9
				return f, i + 1, true
			}
		}
	case "bp", "bps":
		// "25bp": basis points, hundredths of a percentage point.
		if a, ok := parseNumeral(num); ok && !a.lead0 {
			half := a.half
			if half == 0 {
				half = 0.5
			}
			f := p.simple(i, i+1, PercentPoints, scaleExact(a.mant, -2))
			f.Unit = "pp"
			f.Lo, f.Hi = (a.v-half)/100, (a.v+half)/100
			f.Noun = p.noun(i+1, false)
			return f, i + 1, true
		}
	case "p":
		if a, ok := parseNumeral(num); ok && !a.lead0 {
			f := p.simple(i, i+1, Money, 0)
			f.Unit = "GBP"
			f.Value = scaleExact(a.mant, -2)
			f.Lo, f.Hi = (a.v-a.half)/100, (a.v+a.half)/100
			f.Noun = p.noun(i+1, false)
			return f, i + 1, true
		}
	case "f", "c":
		if suf == "F" || suf == "C" {
			if a, ok := parseNumeral(num); ok && !a.lead0 {
				f := p.simple(i, i+1, Temperature, a.v)
				f.Unit = "°" + suf
				f.Lo, f.Hi = a.v-a.half, a.v+a.half
				return f, i + 1, true
			}
		}
	}
	return fail(i + 1)
}

// simple builds an exact figure spanning tokens [i, next).
func (p *parser) simple(i, next int, k Kind, v float64) Figure {
	return Figure{Start: int(p.tk(i).s), End: p.end(next - 1), Kind: k, Value: v, Lo: v, Hi: v}
}

// skipIdentifier returns the token after an identifier or phone number
// that starts with the numeral at i, or i if there is none: the digits of
// "COVID-19" and "F-35", "+44 20 7946 0958", "020 7946 0958",
// "555-123-4567".
func (p *parser) skipIdentifier(i int) int {
	if p.glued(i) && p.isP(i-1, "-") && p.glued(i-1) {
		if w := p.tk(i - 2); w.k == tAlnum || (w.k == tWord && !isDatePrefix(p.str(i-2))) {
			return i + 1
		}
	}
	s := p.str(i)
	phone := p.glued(i) && p.isP(i-1, "+") && !(p.isP(i+1, "%") && p.glued(i+1)) || // "+31%" is a change
		len(s) > 1 && s[0] == '0' && s[1] != '.' ||
		p.isP(i+1, "-") && p.glued(i+1) && p.tk(i+2).k == tNum && p.glued(i+2) &&
			p.isP(i+3, "-") && p.glued(i+3) && p.tk(i+4).k == tNum && p.glued(i+4) ||
		len(s) >= 3 && isDigits(s) && p.tk(i+1).k == tNum && p.spaced(i+1) && len(p.str(i+1)) >= 3 && isDigits(p.str(i+1))
	if !phone {
		return i
	}
	j := i + 1
	for {
		switch {
		case p.tk(j).k == tNum && p.tk(j).sp <= 1:
			j++
		case p.glued(j) && (p.isP(j, "-") || p.isP(j, ".") || p.isP(j, ")")) && p.tk(j+1).k == tNum && p.tk(j+1).sp <= 1:
			j += 2
		default:
			return j
		}
	}
}

func isDatePrefix(w string) bool {
	switch strings.ToLower(w) {
	case "mid", "pre", "post", "early", "late":
		return true
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// amountAt reads a numeral or spelled-out number at token i.
func (p *parser) amountAt(i int) (amount, bool) {
	switch p.tk(i).k {
	case tNum, tAlnum:
		return p.numeralAt(i)
	case tWord:
		if e := p.tk(i).ent(); e != nil && e.num != nNone {
			return p.wordsAt(i)
		}
	}
	return amount{}, false
}

// Bounds on numerals, so that every figure prints in full and parses back
// to the same value: digits and decimals written, and the value.
const (
	maxDigits   = 40
	maxDecimals = 15
	maxValue    = 1e21
)

// numeralAt reads a numeral at token i ("3,700", "1.5", "24bn", "21st"),
// with any scale words after it ("24 billion", "24,000 million").
func (p *parser) numeralAt(i int) (amount, bool) {
	t := p.tk(i)
	var num, suf string
	switch t.k {
	case tNum:
		num = p.text[t.s:t.e]
	case tAlnum:
		if t.suf == 0 {
			return amount{}, false
		}
		num, suf = p.text[t.s:t.suf], p.text[t.suf:t.e]
	default:
		return amount{}, false
	}
	a, ok := parseNumeral(num)
	if !ok {
		return amount{}, false
	}
	a.i, a.next = i, i+1
	dec := -1
	if strings.IndexByte(num, '.') >= 0 {
		dec = a.dec
	}
	switch strings.ToLower(suf) {
	case "":
	case "st", "nd", "rd", "th":
		if dec >= 0 {
			return amount{}, false
		}
		a.ord = true
		a.plain = false
	case "k":
		a.exp = 3
	case "m", "mn":
		a.exp = 6
	case "bn":
		a.exp = 9
	case "tn":
		a.exp = 12
	default:
		return amount{}, false
	}
	if !a.ord {
		for p.spaced(a.next) {
			e := p.entryAt(a.next)
			if e == nil || (e.num != nScale && e.num != nHundred) || a.exp >= 12 {
				break
			}
			a.exp += int(math.Round(math.Log10(e.v)))
			a.next++
		}
	}
	a.v = scaleExact(a.mant, a.exp)
	if a.exp > 0 {
		a.plain = false
		a.half = scaleExact("5", a.exp-a.dec-1)
	} else if a.dec > 0 {
		a.half = scaleExact("5", -a.dec-1)
	}
	return a, true
}

// parseNumeral reads the digits of a numeral without its suffix.
func parseNumeral(num string) (amount, bool) {
	var a amount
	var buf [maxDigits + 2]byte
	mb := buf[:0]
	digits, dec := 0, -1
	for k := 0; k < len(num); k++ {
		switch c := num[k]; {
		case c == ',':
		case c == '.':
			dec = 0
			mb = append(mb, c)
		default:
			digits++
			if digits > maxDigits {
				return amount{}, false
			}
			mb = append(mb, c)
			if dec >= 0 {
				dec++
			}
		}
	}
	if dec > maxDecimals {
		return amount{}, false
	}
	a.mant = string(mb)
	a.dec = max(dec, 0)
	a.lead0 = len(num) > 1 && num[0] == '0' && num[1] != '.'
	a.plain = isDigits(num)
	if a.plain {
		a.nd = len(num)
	}
	a.v = scaleExact(a.mant, 0)
	if a.dec > 0 {
		a.half = scaleExact("5", -a.dec-1)
	}
	return a, true
}

// scaleExact returns mant·10^exp rounded once, so that "1.1 million" is
// exactly 1100000.
func scaleExact(mant string, exp int) float64 {
	v, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return 0
	}
	return v
}

// rescale applies exp to a numeral written without a scale, for the first
// end of "£20-25bn".
func (a *amount) rescale(exp int) {
	if a.exp != 0 {
		return
	}
	if a.mant == "" {
		// A number word: "three" in "between three and five million".
		if a.v != math.Trunc(a.v) || a.v < 1 || a.v >= 100 {
			return
		}
		a.mant = strconv.Itoa(int(a.v))
		defer func() { a.mant = "" }()
	}
	a.exp = exp
	a.v = scaleExact(a.mant, exp)
	a.half = scaleExact("5", exp-a.dec-1)
	a.plain = false
}

// rangeAfter reads the upper end of a range after a: "-25", "–25",
// "to 25". It returns ok false if there is none.
func (p *parser) rangeAfter(a amount) (amount, bool) {
	j := a.next
	var b amount
	var ok bool
	switch {
	case a.ord || a.halfA:
		return amount{}, false
	case (p.isP(j, "-") && p.glued(j) && p.glued(j+1)) ||
		((p.isP(j, "–") || p.isP(j, "—")) && p.tk(j+1).sp <= 1):
		if a.words {
			return amount{}, false
		}
		k := j + 1
		if p.tk(k).k == tPunct { // "£20bn-£25bn"
			if _, k2 := p.currencyPrefix(k); k2 > k && p.glued(k2) {
				k = k2
			}
		}
		b, ok = p.numeralAt(k)
		if ok && a.plain && a.nd == 4 && b.plain && b.nd == 2 && !b.lead0 {
			// "2011-12": the second year written with two digits.
			y := a.v - math.Mod(a.v, 100) + b.v
			if y > a.v {
				b.v = y
				return b, true
			}
		}
	case p.isWord(j, "to") && p.spaced(j) && p.spaced(j+1) && !p.changeBefore(a.i):
		b, ok = p.amountAt(j + 1)
	case p.percentAt(j) > 0 && !p.changeBefore(a.i):
		// "5% to 8%", "5%-8%": the unit written after both ends.
		k := j + p.percentAt(j)
		switch {
		case p.isWord(k, "to") && p.spaced(k) && p.spaced(k+1):
			b, ok = p.amountAt(k + 1)
		case (p.isP(k, "-") || p.isP(k, "–") || p.isP(k, "—")) && p.tk(k).sp <= 1 && p.tk(k+1).sp <= 1 && !a.words:
			b, ok = p.numeralAt(k + 1)
		}
		ok = ok && p.percentAt(b.next) > 0
	}
	if !ok || b.ord || b.lead0 || b.halfA {
		return amount{}, false
	}
	return b, true
}

// changeBefore reports whether the amount at token i follows "from" or
// "by" (with a currency sign between): then "to" names where a change ends
// ("rose from 20 to 25", "dropped by 12,000 to 220,000"), not a range.
func (p *parser) changeBefore(i int) bool {
	for _, k := range []int{i - 1, i - 2} {
		if p.isWord(k, "from") || p.isWord(k, "by") {
			return true
		}
		if k == i-1 && p.tk(k).k != tPunct {
			break
		}
	}
	return false
}

// fitRange makes the two ends of a range comparable ("£20-25bn": the scale
// of the second end applies to the first) and reports whether they make a
// range, the second end above the first.
func fitRange(a, b *amount) bool {
	if b.exp > 0 && a.exp == 0 {
		a.rescale(b.exp)
	}
	return b.v > a.v
}

// suffix gives amount a, which starts at token start, its kind from what
// follows: a range end, "%", "per cent", a currency, a time unit, a
// temperature unit. cur is the currency already read before the amount.
func (p *parser) suffix(start int, a amount, cur string) (Figure, int, bool) {
	if a.ord {
		if a.v < 1 {
			return fail(a.next)
		}
		f := p.simple(start, a.next, Ordinal, a.v)
		f.Noun = p.noun(a.next, false)
		return f, a.next, true
	}
	var hi *amount
	if b, ok := p.rangeAfter(a); ok && fitRange(&a, &b) {
		hi = &b
	}
	return p.build(start, a, hi, cur)
}

// between parses "between 3 and 4", "between £20bn and £25bn".
func (p *parser) between(i int) (Figure, int, bool) {
	k := i + 1
	if !p.spaced(k) {
		return fail(i + 1)
	}
	cur, k2 := p.currencyPrefix(k)
	a, ok := p.amountAt(k2)
	if !ok || a.ord || a.halfA {
		return fail(i + 1)
	}
	// "between 5% and 8%": the unit written after both ends.
	pct := 0
	if cur == "" {
		pct = p.percentAt(a.next)
		a.next += pct
	}
	if !p.isWord(a.next, "and") || !p.spaced(a.next) || !p.spaced(a.next+1) {
		return fail(i + 1)
	}
	m := a.next + 1
	cur2, m2 := p.currencyPrefix(m)
	if cur2 != cur {
		return fail(i + 1)
	}
	b, ok := p.amountAt(m2)
	if !ok || b.ord || b.halfA || !fitRange(&a, &b) || pct > 0 && p.percentAt(b.next) == 0 {
		return fail(i + 1)
	}
	return p.build(i, a, &b, cur)
}

// percentAt returns the number of tokens of a percent sign or "per cent"
// or "percent" at token j, as build reads them after an amount; 0 if none.
func (p *parser) percentAt(j int) int {
	switch {
	case p.isP(j, "%") && p.tk(j).sp <= 1:
		return 1
	case p.isWord(j, "per") && p.spaced(j) && p.isWord(j+1, "cent") && p.spaced(j+1):
		return 2
	case p.isWord(j, "percent") && p.spaced(j):
		return 1
	}
	return 0
}

// build finishes a figure whose amount (and range end, if hi is not nil)
// has been read, from token start.
func (p *parser) build(start int, a amount, hi *amount, cur string) (Figure, int, bool) {
	last := a
	if hi != nil {
		last = *hi
	}
	j := last.next
	f := Figure{Start: int(p.tk(start).s), Kind: Number}
	factor := 1.0
	nounMode := 1 // 0 none, 1 the first content word, 2 the last of a run
	e := p.entryAt(j)
	switch {
	case cur != "":
		f.Kind, f.Unit = Money, cur
	case a.halfA:
		if e == nil || e.unit == "" || !p.spaced(j) {
			return fail(a.next)
		}
	}
	if f.Kind == Number {
		switch {
		case p.isP(j, "%") && p.tk(j).sp <= 1:
			f.Kind, f.Unit = Percent, "%"
			j++
		case p.isWord(j, "per") && p.spaced(j) && p.isWord(j+1, "cent") && p.spaced(j+1):
			f.Kind, f.Unit = Percent, "%"
			j += 2
		case p.isWord(j, "percent") && p.spaced(j):
			f.Kind, f.Unit = Percent, "%"
			j++
		case p.isWord(j, "percentage") && p.spaced(j) && p.spaced(j+1) && (p.isWord(j+1, "point") || p.isWord(j+1, "points")):
			f.Kind, f.Unit = PercentPoints, "pp"
			j += 2
		case p.spaced(j) && (p.isWord(j, "basis") && p.spaced(j+1) && (p.isWord(j+1, "points") || p.isWord(j+1, "point")) ||
			p.isWord(j, "bps") || p.isWord(j, "bp")):
			// A basis point is a hundredth of a percentage point.
			f.Kind, f.Unit = PercentPoints, "pp"
			factor = 0.01
			j++
			if p.isWord(j-1, "basis") {
				j++
			}
		case e != nil && e.cur != "" && p.spaced(j):
			f.Kind, f.Unit = Money, e.cur
			if p.isWord(j, "pence") {
				factor = 0.01
			}
			j++
		case p.tk(j).k == tWord && p.spaced(j) && isoCodes[p.str(j)]:
			f.Kind, f.Unit = Money, p.str(j)
			j++
		case e != nil && e.unit != "" && p.spaced(j) || p.addedUnit(j):
			if p.addedUnit(j) {
				// "six more months", "two extra years": the period added
				// is a period still.
				j++
				e = p.entryAt(j)
			}
			f.Kind, f.Unit = Duration, e.unit
			factor = e.uf
			j++
			nounMode = 0
			if p.isWord(j, "old") && p.spaced(j) {
				f.Kind = Age
				j++
			}
		default:
			if u, k := p.temperatureAt(j); k > j {
				f.Kind, f.Unit = Temperature, u
				j = k
				nounMode = 0
			}
		}
	}
	// A spelled-out number may go before a hyphenated unit ("seven-month");
	// the numeral of the hyphen's left was already consumed by the amount.
	if f.Kind == Number && p.isP(last.next, "-") && p.glued(last.next) && p.glued(last.next+1) {
		if e := p.entryAt(last.next + 1); e != nil && e.unit != "" {
			f.Kind, f.Unit, factor = Duration, e.unit, e.uf
			j = last.next + 2
			nounMode = 2
			if p.isP(j, "-") && p.glued(j) && p.isWord(j+1, "old") && p.glued(j+1) {
				f.Kind = Age
				j += 2
				nounMode = 1
			}
		} else if t := p.tk(last.next + 1); t.k == tWord {
			// A number hyphenated to the noun it counts measures or
			// counts it: "the 480-metre asteroid" is 480 metres long,
			// "the 16-bed ward" has 16 beds. "one-off", "20-strong",
			// "30-odd": a compound adjective, not a count.
			w := strings.ToLower(p.str(last.next + 1))
			if a.one || t.up || e != nil || !hyphenNoun(w) {
				return fail(last.next + 2)
			}
			f.Noun = w
			j = last.next + 2
			nounMode = 0
		}
	}
	if f.Kind == Number {
		switch {
		case hi == nil && p.isYear(start, a, j):
			f.Kind = Year
			nounMode = 0
		case hi != nil && a.plain && a.nd == 4 && (hi.plain && hi.nd == 4 || hi.nd == 2) &&
			a.v >= 1000 && hi.v <= 2999 && !a.lead0:
			f.Kind = Year
			nounMode = 0
		case hi == nil && a.one && !p.oneCounts(start, j):
			return fail(a.next)
		case a.lead0:
			return fail(a.next)
		}
	}
	if (f.Kind == Percent || f.Kind == PercentPoints) && a.half == 0 {
		// A whole-number percentage is a rounded one: "4%" stands for
		// [3.5, 4.5] as statcheck reads it. Counts stay exact.
		a.half = 0.5
		if hi != nil && hi.half == 0 {
			hi.half = 0.5
		}
	}
	f.Value = a.v * factor
	f.Lo = (a.v - a.half) * factor
	f.Hi = (a.v + a.half) * factor
	if factor == 0.01 && a.mant != "" {
		f.Value = scaleExact(a.mant, a.exp-2)
	}
	if hi != nil {
		f.Hedge = Range
		f.To = hi.v * factor
		f.Hi = (hi.v + hi.half) * factor
		if factor == 0.01 && hi.mant != "" {
			f.To = scaleExact(hi.mant, hi.exp-2)
		}
	}
	if f.Kind == Number && nounMode == 1 {
		// A unit of speed is part of the figure, as "years" is of "four
		// years": "11 km/h" is no count of kilometres.
		if u, k := p.speedAt(j); k > j {
			f.Unit, f.Noun = u, u
			j = k
			nounMode = 0
		}
	}
	f.End = p.end(j - 1)
	switch nounMode {
	case 1:
		if k := p.nounAt(j, false); k >= 0 {
			f.Noun = strings.ToLower(p.str(k))
			f.Head = p.compoundHead(k, f)
		}
	case 2:
		f.Noun = p.noun(j, true)
	}
	return f, j, true
}

// hyphenNoun reports whether w, hyphenated after a number, is the noun
// the number counts ("16-bed", "480-metre", "10-point"): not one of the
// words that make a compound adjective of a number ("20-strong",
// "30-odd", "50-plus", "three-fold", "40-something").
func hyphenNoun(w string) bool {
	switch w {
	case "off", "odd", "strong", "plus", "fold", "something", "somethings", "ish", "and", "or", "to", "a", "for":
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return len(w) > 1
}

// addedUnit reports whether token j is a word that says an amount is
// added ("more", "extra", "further", "additional") before a unit of time:
// "six more months".
func (p *parser) addedUnit(j int) bool {
	if !p.spaced(j) || !(p.isWord(j, "more") || p.isWord(j, "extra") || p.isWord(j, "further") || p.isWord(j, "additional")) {
		return false
	}
	e := p.entryAt(j + 1)
	return e != nil && e.unit != "" && p.spaced(j+1)
}

// isYear reports whether a plain four-digit numeral is a year: one in
// 1000–2999 that follows a date preposition or a determiner ("in 2019",
// "the 2019 election"), or that is not followed by a lower-case content
// word ("2000 people" is a count).
func (p *parser) isYear(start int, a amount, j int) bool {
	if !a.plain || a.nd != 4 || a.lead0 || a.v < 1000 || a.v > 2999 {
		return false
	}
	if e := p.entryAt(start - 1); e != nil && e.flags&(fDatePrep|fNotBeforeOne) != 0 {
		return true
	}
	t := p.tk(j)
	if t.k == tWord && t.sp == 1 && !t.up {
		if e := t.ent(); e == nil || e.flags&fStop == 0 {
			return false
		}
	}
	return true
}

// gluedUnits are the units of measurement read when written against a
// number ("5km", "20mph"), by their lower-cased spelling, with the noun
// the figure counts: the one a spaced unit gives ("5 km"), or the speed
// of speedAt.
var gluedUnits = map[string]string{
	"mm": "mm", "cm": "cm", "km": "km", "ft": "ft", "kg": "kg", "lb": "lb", "lbs": "lb",
	"mph": "mph", "kph": "km/h", "kmh": "km/h",
}

// speedAt reads a unit of speed after a number at token j: "mph", "km/h",
// "miles per hour", "kilometres an hour". It returns the unit's noun,
// "mph" or "km/h", and the token after it, or j if there is none.
func (p *parser) speedAt(j int) (string, int) {
	if !p.spaced(j) || p.tk(j).k != tWord {
		return "", j
	}
	switch w := strings.ToLower(p.str(j)); w {
	case "mph":
		return "mph", j + 1
	case "kph", "kmh":
		return "km/h", j + 1
	case "km", "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers":
		u := "km/h"
		if w == "mile" || w == "miles" {
			u = "mph"
		}
		if w == "km" && p.isP(j+1, "/") && p.glued(j+1) && p.glued(j+2) && (p.isWord(j+2, "h") || p.isWord(j+2, "hr")) {
			return u, j + 3
		}
		if (p.isWord(j+1, "per") || p.isWord(j+1, "an") || p.isWord(j+1, "a")) && p.spaced(j+1) &&
			p.isWord(j+2, "hour") && p.spaced(j+2) {
			return u, j + 3
		}
	}
	return "", j
}

// oneCounts reports whether the lone word "one" at start counts something.
// "one" is a pronoun or determiner, not a figure, in "no one", "the one
// Defence Minister", "one of the", "one another", and before a
// capitalised word ("One Direction"); it counts in "one ship".
func (p *parser) oneCounts(start, j int) bool {
	if e := p.entryAt(start - 1); e != nil && e.flags&fNotBeforeOne != 0 && p.spaced(start) {
		return false
	}
	t := p.tk(j)
	if t.k != tWord || t.sp != 1 || t.up {
		return false
	}
	if e := t.ent(); e != nil && (e.flags&(fStop|fNotAfterOne) != 0 || e.num != nNone) {
		return false
	}
	return true
}

// temperatureAt reads a temperature unit at token j: "°F", "° C", "F",
// "degrees", "degrees Celsius". It returns the unit and the token after it,
// or j if there is none.
func (p *parser) temperatureAt(j int) (string, int) {
	switch {
	case p.isP(j, "°") && p.tk(j).sp <= 1:
		if s := p.str(j + 1); (s == "F" || s == "C") && p.tk(j+1).sp <= 1 && !p.glued(j+2) {
			return "°" + s, j + 2
		}
		return "°", j + 1
	case p.spaced(j) && (p.str(j) == "F" || p.str(j) == "C") && !p.glued(j+1):
		return "°" + p.str(j), j + 1
	case p.spaced(j) && p.isWord(j, "degrees"):
		switch {
		case p.spaced(j+1) && (p.isWord(j+1, "celsius") || p.isWord(j+1, "centigrade") || p.str(j+1) == "C"):
			return "°C", j + 2
		case p.spaced(j+1) && (p.isWord(j+1, "fahrenheit") || p.str(j+1) == "F"):
			return "°F", j + 2
		}
		return "°", j + 1
	}
	return "", j
}

// currencyPrefix reads a currency written before an amount at token i: "£",
// "US$", "USD ". It returns the ISO code and the token where the amount
// starts, or i if there is none.
func (p *parser) currencyPrefix(i int) (string, int) {
	t := p.tk(i)
	switch t.k {
	case tPunct:
		if c, ok := currencySymbols[p.str(i)]; ok && p.tk(i+1).sp <= 1 && p.tk(i+1).k != tPunct {
			return c, i + 1
		}
	case tWord:
		w := p.str(i)
		if p.isP(i+1, "$") && p.glued(i+1) {
			if c, ok := dollarPrefixes[w]; ok && p.tk(i+2).sp <= 1 {
				return c, i + 2
			}
		}
		if isoCodes[w] && (p.spaced(i+1) || p.glued(i+1) && p.gluedAmount(i+1)) {
			return w, i + 1
		}
	}
	return "", i
}

// gluedAmount reports a numeral at token i written against the currency
// code before it: "4.1" in "CHF4.1 billion", "5m" in "USD5m".
func (p *parser) gluedAmount(i int) bool {
	t := p.tk(i)
	return t.k == tNum || t.k == tAlnum && t.suf > 0
}

// money parses an amount after the currency prefix at [i, j).
func (p *parser) money(i, j int, cur string) (Figure, int, bool) {
	a, ok := p.amountAt(j)
	if !ok || a.ord || a.halfA || a.lead0 {
		return fail(j)
	}
	var hi *amount
	if b, ok := p.rangeAfter(a); ok && fitRange(&a, &b) {
		hi = &b
	}
	return p.build(i, a, hi, cur)
}

// noun returns the counted thing after a figure, starting at token j,
// lower-cased: the first content word ("Nine ships" → "ships", skipping
// quantity adjectives such as "extra"), or, after "of" or a hyphenated
// unit (run), the last word of a run of up to three content words
// ("£24 billion of UK Defence spending" → "spending", "seven-month maiden
// operational deployment" → "deployment"). Function words, numbers and
// punctuation end the search; dotted abbreviations ("U.K.") are skipped.
func (p *parser) noun(j int, run bool) string {
	if k := p.nounAt(j, run); k >= 0 {
		return strings.ToLower(p.str(k))
	}
	return ""
}

// nounAt is noun's token index, -1 when there is no noun.
func (p *parser) nounAt(j int, run bool) int {
	if !p.spaced(j) || p.tk(j).k != tWord {
		return -1
	}
	if p.isWord(j, "of") {
		run = true
		j++
		if e := p.entryAt(j); e != nil && e.flags&fNotBeforeOne != 0 && e.num == nNone {
			j++ // "24 of the ships"
		}
	}
	last, n := -1, 0
	for n < 3 {
		t := p.tk(j)
		if t.k != tWord || t.sp == 2 {
			break
		}
		if t.e-t.s == 1 && t.up && p.isP(j+1, ".") && p.glued(j+1) {
			j += 2 // "U.K."
			continue
		}
		if t.sp == 0 && !p.isP(j-1, ".") {
			break
		}
		if e := t.ent(); e != nil {
			if e.flags&fStop != 0 || e.num != nNone || e.flags&fWeekday != 0 || e.month != 0 {
				break
			}
			if e.flags&fAdj != 0 && last < 0 {
				j++
				continue
			}
		}
		last = j
		n++
		if !run {
			if k := p.modifiedNoun(j); k > j {
				last = k
			}
			break
		}
		j++
	}
	return last
}

// compoundHead returns the plural noun that the count's noun at token k
// modifies, lower-cased: "pairs" of "37,800 lapwing pairs", "nests" of
// "3,120 grey heron nests"; "" when the noun stands alone. A count above
// one counts a plural, so singular words before a plural one modify it;
// a unit of measurement or time is the figure's own ("40 mile queues").
func (p *parser) compoundHead(k int, f Figure) string {
	if f.Value == 1 {
		return ""
	}
	for j := k; j <= k+2; j++ {
		t := p.tk(j)
		if t.k != tWord || t.up || j > k && (t.sp != 1 || t.ent() != nil) {
			return ""
		}
		w := strings.ToLower(p.str(j))
		if j > k && len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return w
		}
		if strings.HasSuffix(w, "s") {
			return ""
		}
		if _, unit := measureUnits[w]; unit {
			return ""
		}
		if _, unit := timeUnits[w]; unit {
			return ""
		}
	}
	return ""
}

// ratePeriods are the periods a rate is written per, by their singular.
var ratePeriods = map[string]string{"year": "year", "annum": "year", "month": "month", "week": "week", "day": "day", "hour": "hour"}

// per returns the period of a rate that follows figure f at token j,
// after the words of its noun: "a year" of "40 million doses a year",
// "per month" of "£5,000 per month"; "" when none does.
func (p *parser) per(f Figure, j int) string {
	switch f.Kind {
	case Number, Money, Percent:
	default:
		return ""
	}
	for n := 0; n < 3; n++ {
		t := p.tk(j)
		if t.k != tWord || t.sp != 1 {
			return ""
		}
		switch strings.ToLower(p.str(j)) {
		case "a", "an", "per", "each", "every":
			if p.tk(j+1).k == tWord && p.tk(j+1).sp == 1 {
				return ratePeriods[strings.ToLower(p.str(j+1))]
			}
			return ""
		}
		if t.up || n == 2 {
			return ""
		}
		if e := t.ent(); e != nil && e.flags&fStop != 0 {
			return ""
		}
		j++
	}
	return ""
}

// modifiedNoun returns the lower-case noun after one or two capitalised
// words that start at token j and name what it belongs to ("24
// Championship clubs" → "clubs", "40 Premier League players" →
// "players"), or j when the words at j are not such a modifier.
func (p *parser) modifiedNoun(j int) int {
	for k := j; k < j+2; k++ {
		t := p.tk(k)
		if t.k != tWord || !t.up || t.e-t.s < 2 || t.ent() != nil {
			return j
		}
		n := p.tk(k + 1)
		if n.k != tWord || n.sp != 1 {
			return j
		}
		if !n.up {
			if e := n.ent(); e != nil {
				return j
			}
			return k + 1
		}
	}
	return j
}
