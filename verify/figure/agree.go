package figure

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Relation is how a claim's figure stands to a figure of the evidence.
type Relation int

const (
	Unrelated Relation = iota // not comparable: other kind, other counted noun, incompatible units
	Agrees                    // the evidence supports the claim's figure
	Conflicts                 // the evidence states a different figure: a figure mismatch
	Undecided                 // comparable and compatible, but the evidence does not settle it
)

var relationNames = [...]string{"unrelated", "agrees", "conflicts", "undecided"}

func (r Relation) String() string {
	if r >= 0 && int(r) < len(relationNames) {
		return relationNames[r]
	}
	return "Relation(" + strconv.Itoa(int(r)) + ")"
}

// Relate compares a claim's figure with a figure of the evidence.
//
// Figures are comparable when their kinds match (Date, Year and Month are
// one family), their units can be converted (durations and ages: year ↔
// month, week ↔ day ↔ hour ↔ minute ↔ second; temperatures and percentages
// need the same unit), and, for Number, Percent, PercentPoints and Ordinal,
// their nouns match when both have one (singular and plural alike: "ship"
// = "ships"). Money is comparable with any money: a different currency is a
// conflict.
//
// Quantities compare by interval (see Figure.Lo and Figure.Hi):
//   - disjoint intervals conflict;
//   - against an unhedged evidence figure, overlapping intervals agree: the
//     figures are equal at the precision written ("£24bn" = "£24,000,000,000");
//   - against hedged evidence the claim must be no more precise than the
//     evidence: it agrees when its interval holds the evidence's value
//     (About, Nearly) or the evidence's whole interval (one-sided hedges,
//     ranges). "3,700" against "more than 3,000" is Undecided, "more than
//     3,000" against "3,700" agrees; against the same one-sided hedge,
//     a claim the evidence does not bear out conflicts ("over £1.2bn"
//     against "over £1.2m"), and two "up to" figures, each the most
//     reached, agree only when equal ("up to 65 mph" against "up to 45
//     mph" conflicts).
//
// Dates compare by the parts each gives (year, month, day): a part given
// by both and different conflicts; the claim agrees when every part it gives
// is given alike by the evidence ("in May" agrees with "21 May 2021", "21
// May 2021" is Undecided against "May 2021", "2019" conflicts with "21
// September 2018").
func Relate(claim, evidence Figure) Relation {
	c, e := claim, evidence
	if c.Kind == Weekday {
		return relateWeekday(c, e)
	}
	if family(c.Kind) != family(e.Kind) {
		if yearOrCount(c, e) || yearOrCount(e, c) {
			return Agrees
		}
		return Unrelated
	}
	if family(c.Kind) == Date {
		return relateDates(c, e)
	}
	switch c.Kind {
	case Ordinal:
		// An ordinal's next word is as often an adjective or a verb as
		// its noun ("the first ballot boxes", "the first arrives"): the
		// same position agrees whatever follows, another one conflicts
		// only over the same noun.
		if c.Noun != "" && e.Noun != "" && nounKey(c.Noun) != nounKey(e.Noun) {
			if c.Value == e.Value {
				return Agrees
			}
			return Unrelated
		}
	case Number:
		if cu, eu, ok := measures(c.Noun, e.Noun); ok {
			return relateMeasures(c, e, cu, eu)
		}
		if c.Noun != "" && e.Noun != "" && !sameNoun(c, e) {
			return Unrelated
		}
	case Percent, PercentPoints:
		if c.Noun != "" && e.Noun != "" && nounKey(c.Noun) != nounKey(e.Noun) {
			return Unrelated
		}
	case Money:
		if c.Unit != e.Unit {
			return Conflicts
		}
	}
	// A rate over another period is another figure: "40 million doses
	// a month" is not "40 million doses a year".
	if c.Per != "" && e.Per != "" && c.Per != e.Per {
		return Conflicts
	}
	clo, chi, cv := c.Lo, c.Hi, c.Value
	if c.Unit != e.Unit {
		f, ok := convert(c.Unit, e.Unit)
		if !ok {
			return Unrelated
		}
		clo, chi, cv = clo*f, chi*f, cv*f
	}
	if chi < e.Lo || e.Hi < clo {
		return Conflicts
	}
	if c.Hedge == Range && e.Hedge == Range {
		// Two ranges are the same figure only when both ends are:
		// "between 3 and 6 million" is not "between 3 and 5 million".
		f := cv / c.Value
		if c.Value == 0 {
			f = 1
			if c.Unit != e.Unit {
				f, _ = convert(c.Unit, e.Unit)
			}
		}
		if sameValue(cv, e.Value) && sameValue(c.To*f, e.To) {
			return Agrees
		}
		return Conflicts
	}
	switch e.Hedge {
	case None:
		// Intervals that only touch do not agree: "£25 billion" stands
		// for [24.5, 25.5] and "£24 billion" for [23.5, 24.5], yet they
		// are different figures. One value must round to the other: lie
		// in its interval, the upper end excluded (24.5 rounds up).
		if c.Hedge == None && !within(cv, e.Lo, e.Hi) && !within(e.Value, clo, chi) {
			return Conflicts
		}
		return Agrees
	case About, Nearly:
		v := e.Value
		if clo <= v && v <= chi {
			return Agrees
		}
	default:
		if c.Hedge == UpTo && e.Hedge == UpTo && c.Unit == e.Unit {
			// "up to 65 mph" against "up to 45 mph": each names the
			// most that is reached, a figure of its own, though one
			// bound holds the other.
			if sameValue(cv, e.Value) {
				return Agrees
			}
			return Conflicts
		}
		if clo <= e.Lo && e.Hi <= chi {
			return Agrees
		}
		if c.Hedge == e.Hedge {
			// The same bound on another value: "over £1.2bn" against
			// "over £1.2m" states another figure.
			return Conflicts
		}
	}
	return Undecided
}

// yearOrCount reports whether y, read as a year, and n, read as a count,
// are the same four digits written alike: whether "2025" is a year or
// a count the parser tells from the words around it, which a table's
// heading ("2025 yield") or a claim's wording ("the 2025 yield") may
// not give alike. Different digits stay unrelated, not in conflict.
func yearOrCount(y, n Figure) bool {
	return y.Kind == Year && n.Kind == Number && n.Hedge == None && y.Hedge == None &&
		len(y.Text) == 4 && y.Text == n.Text
}

// measure is a unit of measurement a count may be followed by.
type measure struct {
	dim  int     // what it measures: 1 length, 2 mass, 3 area, 4 volume, 5 speed
	size float64 // in the dimension's base unit: metre, kilogram, square metre, litre, metre a second
}

// measureUnits are the units whose change under the same number is a
// different figure ("640 feet" for "640 metres"), by their nouns.
var measureUnits = map[string]measure{
	"millimetre": {1, 0.001}, "millimeter": {1, 0.001}, "mm": {1, 0.001},
	"centimetre": {1, 0.01}, "centimeter": {1, 0.01}, "cm": {1, 0.01},
	"metre": {1, 1}, "meter": {1, 1}, "kilometre": {1, 1000}, "kilometer": {1, 1000}, "km": {1, 1000},
	"inch": {1, 0.0254}, "inche": {1, 0.0254}, "foot": {1, 0.3048}, "feet": {1, 0.3048}, "ft": {1, 0.3048},
	"yard": {1, 0.9144}, "mile": {1, 1609.344},
	"gram": {2, 0.001}, "gramme": {2, 0.001}, "kilogram": {2, 1}, "kilogramme": {2, 1}, "kg": {2, 1},
	"tonne": {2, 1000}, "lb": {2, 0.45359237}, "ounce": {2, 0.028349523125}, "stone": {2, 6.35029318},
	"hectare": {3, 10000}, "acre": {3, 4046.8564224},
	"litre": {4, 1}, "liter": {4, 1}, "millilitre": {4, 0.001}, "milliliter": {4, 0.001},
	"gallon": {4, 4.54609}, "pint": {4, 0.56826125},
	"mph": {5, 0.44704}, "km/h": {5, 1 / 3.6}, "knot": {5, 1852.0 / 3600},
}

// Units reports whether two figures count units of measurement of one
// dimension ("35 miles", "56 kilometres"): their nouns say the same thing
// when the values agree.
func Units(a, b Figure) bool {
	au, bu, ok := measures(a.Noun, b.Noun)
	return ok && au.dim == bu.dim
}

// UnitChanged reports whether two counts of the same value count different
// things, one of them a unit of measurement: "4.1 million tonnes" against
// "4.1 million containers" changes what the figure measures. Relate leaves
// them Unrelated, as a sentence may count several things; a caller that
// knows the two stand in the same place reads the change as a different
// figure. Two units of measurement are Relate's to compare.
func UnitChanged(claim, evidence Figure) bool {
	if claim.Kind != Number || evidence.Kind != Number || claim.Noun == "" || evidence.Noun == "" {
		return false
	}
	_, cm := measureUnits[nounKey(claim.Noun)]
	_, em := measureUnits[nounKey(evidence.Noun)]
	if cm == em {
		return false
	}
	claim.Noun, evidence.Noun = "", ""
	return Relate(claim, evidence) == Agrees
}

// measures returns the units of two counts' nouns when both are units of
// measurement ("metres", "feet").
func measures(cn, en string) (c, e measure, ok bool) {
	c, ok1 := measureUnits[nounKey(cn)]
	e, ok2 := measureUnits[nounKey(en)]
	return c, e, ok1 && ok2
}

// conversionSlack is how far apart two measures in different units may be
// and agree: a converted figure is rounded ("640 metres" is "about 2,100
// feet", 2,099.7).
const conversionSlack = 0.02

// relateMeasures compares two measures: in different dimensions they are
// unrelated; in the same unit, or converted to the evidence's unit, they
// compare by interval, a conversion allowed conversionSlack.
func relateMeasures(c, e Figure, cu, eu measure) Relation {
	if cu.dim != eu.dim {
		return Unrelated
	}
	if cu.size == eu.size {
		c.Noun, e.Noun = "", ""
		return Relate(c, e)
	}
	f := cu.size / eu.size
	clo, chi := c.Lo*f, c.Hi*f
	elo, ehi := e.Lo, e.Hi
	slack := conversionSlack * math.Max(math.Abs(c.Value*f), math.Abs(e.Value))
	if chi+slack < elo || ehi < clo-slack {
		return Conflicts
	}
	if e.Hedge == None || e.Hedge == About || e.Hedge == Nearly {
		return Agrees
	}
	if c.Hedge == UpTo && e.Hedge == UpTo {
		// As in one unit (see Relate): each names the most reached, so
		// "up to 40 centimetres" is not "up to 40 millimetres", though
		// one bound holds the other.
		if math.Abs(c.Value*f-e.Value) <= slack {
			return Agrees
		}
		return Conflicts
	}
	if clo-slack <= elo && ehi <= chi+slack {
		return Agrees
	}
	if c.Hedge == e.Hedge {
		// The same bound on another value, as in one unit: "over 40
		// centimetres" against "over 40 millimetres".
		return Conflicts
	}
	return Undecided
}

// sameValue reports whether a and b are equal up to floating-point error.
func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// within reports whether v lies in [lo, hi), or equals lo when the
// interval is a single exact value.
func within(v, lo, hi float64) bool {
	if lo == hi {
		return v == lo
	}
	return lo <= v && v < hi
}

// Agree reports whether the evidence's figure supports the claim's figure:
// Relate(claim, evidence) == Agrees.
func Agree(claim, evidence Figure) bool { return Relate(claim, evidence) == Agrees }

func family(k Kind) Kind {
	switch k {
	case Date, Year, Month:
		return Date
	}
	return k
}

// sameNoun reports whether two counts count the same thing: their nouns
// agree, or one's noun is the other's modifier or head ("37,800 lapwing
// pairs" counts pairs, as "37,800 pairs" does).
func sameNoun(c, e Figure) bool {
	ck, ek := nounKey(c.Noun), nounKey(e.Noun)
	if ck == ek {
		return true
	}
	ch, eh := nounKey(c.Head), nounKey(e.Head)
	return c.Head != "" && (ch == ek || ch == eh) || e.Head != "" && eh == ck
}

// nounKey folds a simple plural: "ships" → "ship".
func nounKey(n string) string {
	if len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") {
		return n[:len(n)-1]
	}
	return n
}

var timeUnits = map[string]struct {
	group int
	size  float64
}{
	"second": {0, 1}, "minute": {0, 60}, "hour": {0, 3600}, "day": {0, 86400}, "week": {0, 604800},
	"month": {1, 1}, "year": {1, 12},
}

// convert returns the factor that turns an amount of unit from into unit
// to. Days and months do not convert: a month is not a whole number of days.
func convert(from, to string) (float64, bool) {
	a, ok1 := timeUnits[from]
	b, ok2 := timeUnits[to]
	if !ok1 || !ok2 || a.group != b.group {
		return 0, false
	}
	return a.size / b.size, true
}

// yearSpan returns the years a Date-family figure covers, 0, 0 if it gives
// no year.
func yearSpan(f Figure) (lo, hi int) {
	switch f.Kind {
	case Year:
		return int(f.Lo), int(f.Hi)
	case Date:
		y, _, _ := f.DateParts()
		return y, y
	}
	return 0, 0
}

func relateDates(c, e Figure) Relation {
	if cw, ew := namedWeekday(c), dayOfWeek(e); cw > 0 && ew > 0 && cw != ew {
		return Conflicts // "Wednesday 14 January 2025" against "Tuesday 14 January 2025"
	}
	_, cm, cd := c.DateParts()
	_, em, ed := e.DateParts()
	cy0, cy1 := yearSpan(c)
	ey0, ey1 := yearSpan(e)
	if cy0 > 0 && ey0 > 0 && (cy1 < ey0 || ey1 < cy0) ||
		cm > 0 && em > 0 && cm != em ||
		cd > 0 && ed > 0 && cm == em && cd != ed {
		return Conflicts
	}
	if (cy0 == 0 || ey0 > 0 && cy0 <= ey0 && ey1 <= cy1) &&
		(cm == 0 || em == cm) && (cd == 0 || ed == cd) {
		return Agrees
	}
	return Undecided
}

// relateWeekday compares a claim's day of the week with a weekday of the
// evidence, or with a date that names its weekday ("Thursday, April 18,
// 2024") or gives year, month and day.
func relateWeekday(c, e Figure) Relation {
	d := dayOfWeek(e)
	switch {
	case e.Kind != Weekday && e.Kind != Date:
		return Unrelated
	case d == 0:
		return Undecided
	case d == int(c.Value):
		return Agrees
	}
	return Conflicts
}

// dayOfWeek returns the day of the week (1 for Monday … 7 for Sunday) of a
// Weekday figure, or of a Date figure that names it or gives year, month
// and day; 0 when unknown.
func dayOfWeek(f Figure) int {
	switch f.Kind {
	case Weekday:
		return int(f.Value)
	case Date:
		if d := namedWeekday(f); d > 0 {
			return d
		}
		if y, m, d := f.DateParts(); y > 0 && m > 0 && d > 0 {
			wd := int(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Weekday())
			if wd == 0 {
				wd = 7
			}
			return wd
		}
	}
	return 0
}

// namedWeekday returns the day of the week a Date figure's text starts
// with ("Thursday, April 18, 2024"), 0 if none.
func namedWeekday(f Figure) int {
	if f.Kind != Date {
		return 0
	}
	first, _, _ := strings.Cut(strings.TrimLeft(f.Text, " "), " ")
	first = strings.TrimRight(first, ",.")
	// Lower-cased in a buffer: Relate runs inside the alignment's loop,
	// which must not allocate.
	var buf [16]byte
	if len(first) > len(buf) {
		return 0
	}
	for i := 0; i < len(first); i++ {
		c := first[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return weekdayNumber[string(buf[:len(first)])]
}

// Mismatch is a claim's figure that the evidence contradicts.
type Mismatch struct {
	Claim, Evidence Figure
	Why             string // "£20 billion ≠ £24 billion", "EUR ≠ GBP", "2019 ≠ 2018"
}

// Compare checks every figure of a claim against the figures of one piece
// of evidence. found holds the claim's figures that some evidence figure
// agrees with; mismatches those that none agrees with and one conflicts
// with (the first such, in evidence order); missing the rest.
func Compare(claim, evidence []Figure) (found []Figure, mismatches []Mismatch, missing []Figure) {
	for _, c := range claim {
		agreed, conflict := false, -1
		for k, e := range evidence {
			switch Relate(c, e) {
			case Agrees:
				agreed = true
			case Conflicts:
				// The first conflict, or one that keeps the number and
				// changes its unit ("60 metres" against "60 feet").
				if conflict < 0 || e.Value == c.Value && evidence[conflict].Value != c.Value {
					conflict = k
				}
			}
			if agreed {
				break
			}
		}
		switch {
		case agreed:
			found = append(found, c)
		case conflict >= 0:
			e := evidence[conflict]
			mismatches = append(mismatches, Mismatch{Claim: c, Evidence: e, Why: why(c, e)})
		default:
			missing = append(missing, c)
		}
	}
	return found, mismatches, missing
}

// why says what differs between two conflicting figures.
func why(c, e Figure) string {
	switch {
	case c.Kind == Money && c.Unit != e.Unit:
		return c.Unit + " ≠ " + e.Unit
	case family(c.Kind) == Date && namedWeekday(c) > 0 && dayOfWeek(e) > 0 && namedWeekday(c) != dayOfWeek(e):
		return weekdayNames[namedWeekday(c)%8] + " ≠ " + weekdayNames[dayOfWeek(e)%8]
	case family(c.Kind) == Date:
		cy, cm, cd := c.DateParts()
		ey, em, ed := e.DateParts()
		cy0, cy1 := yearSpan(c)
		ey0, ey1 := yearSpan(e)
		switch {
		case cy0 > 0 && ey0 > 0 && (cy1 < ey0 || ey1 < cy0):
			return yearText(c, cy) + " ≠ " + yearText(e, ey)
		case cm > 0 && em > 0 && cm != em:
			return monthNames[cm] + " ≠ " + monthNames[em]
		case cd > 0 && ed > 0:
			return strconv.Itoa(cd) + " " + monthNames[cm] + " ≠ " + strconv.Itoa(ed) + " " + monthNames[em]
		}
	}
	if cu, eu, ok := measures(c.Noun, e.Noun); ok && c.Kind == Number && e.Kind == Number && cu != eu {
		return c.WithNoun() + " ≠ " + e.WithNoun()
	}
	if c.Per != "" && e.Per != "" && c.Per != e.Per {
		return text(c) + " a " + c.Per + " ≠ " + text(e) + " a " + e.Per
	}
	if c.Kind == Weekday && e.Kind == Date {
		return text(c) + " ≠ " + text(e) + " (a " + weekdayNames[dayOfWeek(e)%8] + ")"
	}
	return text(c) + " ≠ " + text(e)
}

// WithNoun returns the figure as written followed by the noun it counts
// ("640 metres"), or as written when its text holds the noun already
// ("5km", a speed: "11mph", "30 miles per hour").
func (f Figure) WithNoun() string {
	t := text(f)
	if f.Noun == "" || f.Unit == f.Noun || strings.HasSuffix(strings.ToLower(t), f.Noun) {
		return t
	}
	return t + " " + f.Noun
}

func text(f Figure) string {
	if f.Text != "" {
		return f.Text
	}
	return f.String()
}

func yearText(f Figure, y int) string {
	if f.Kind == Year {
		return text(f)
	}
	return strconv.Itoa(y)
}
