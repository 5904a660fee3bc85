package figure

import (
	"math"
	"strconv"
	"strings"
)

// Kind says what a figure measures. Figures of different kinds never agree.
type Kind int

const (
	Number        Kind = iota // a count or plain quantity: "nine", "3,700", "1.5 million"
	Money                     // an amount of a currency: "£24bn"; Unit is the ISO 4217 code
	Percent                   // "25%", "25 per cent"; Unit is "%"
	PercentPoints             // "3 percentage points"; Unit is "pp"
	Ordinal                   // "2nd", "second", "21st century"
	Date                      // a calendar date with a day or a month and year: "21 September 2018", "May 2021"
	Year                      // a year on its own: "2018", "1990s", "2011-12"
	Month                     // a month name on its own: "in May"
	Duration                  // a length of time: "seven months", "seven-month", "a decade"
	Age                       // an age: "10-year-old", "10 years old", "aged 10"
	Temperature               // "63.8 F", "20°C"; Unit is "°F", "°C" or "°"
	Weekday                   // a day of the week on its own: "on Tuesday"
	Time                      // a time of day: "6.42pm", "18:42", "10pm"
)

var kindNames = [...]string{
	Number:        "number",
	Money:         "money",
	Percent:       "percent",
	PercentPoints: "percent-points",
	Ordinal:       "ordinal",
	Date:          "date",
	Year:          "year",
	Month:         "month",
	Duration:      "duration",
	Age:           "age",
	Temperature:   "temperature",
	Weekday:       "weekday",
	Time:          "time",
}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Hedge is the qualifier written before a figure. It widens the figure's
// interval (About, Nearly) or makes it one-sided (MoreThan … UpTo). Range
// marks a figure written as two values ("20-25", "between 3 and 4").
type Hedge int

const (
	None     Hedge = iota
	About          // about, around, roughly, approximately, some, circa: ±10%
	Nearly         // nearly, almost, just under: down to 10% below, not above
	MoreThan       // more than, over, above, in excess of: open below
	AtLeast        // at least, no fewer than, no less than
	LessThan       // less than, fewer than, under, below
	UpTo           // up to, at most, no more than, as many as
	Range          // "20-25", "20 to 25", "between 20 and 25"
)

var hedgeNames = [...]string{
	None:     "",
	About:    "about",
	Nearly:   "nearly",
	MoreThan: "more than",
	AtLeast:  "at least",
	LessThan: "less than",
	UpTo:     "up to",
	Range:    "range",
}

// String returns the hedge as it is printed before a figure ("more than"),
// "" for None and "range" for Range.
func (h Hedge) String() string {
	if h >= 0 && int(h) < len(hedgeNames) {
		return hedgeNames[h]
	}
	return "Hedge(" + strconv.Itoa(int(h)) + ")"
}

// Figure is one figure found in a text.
//
// Value is canonical per Kind:
//   - Number, Percent, PercentPoints, Temperature: the value as written,
//     scale words applied ("1.5 million" → 1500000);
//   - Money: units of the currency in Unit ("£24 billion" → 24e9, "50p" → 0.5);
//   - Ordinal: the position (2 for "2nd" and "second");
//   - Date: yyyymmdd, with 0 for a part the text does not give
//     ("21 September 2018" → 20180921, "May 2021" → 20210500, "21 May" → 521);
//   - Year: the year (the first year of "1990s" or "2011-12");
//   - Month: 1–12;
//   - Weekday: 1–7, Monday to Sunday (ISO 8601);
//   - Time: minutes after midnight ("6.42pm" and "18:42" → 1122);
//   - Duration, Age: a count of Unit ("seven months" → 7, "a decade" → 10 year).
//
// Lo and Hi bound the values the figure stands for, both included: the
// precision as written (d decimals stand for ±0.5·10^-d, a scale word for
// ±0.5 of the last written digit: "£24 billion" → [23.5e9, 24.5e9], while
// "3,700" and "nine" are exact), widened by the hedge (About: a further
// ±10% of Value; Nearly: 10% below only), or one-sided (MoreThan: Lo just
// above Value, Hi +Inf; UpTo: Lo −Inf, Hi = Value). For a Range, Lo and Hi
// span both ends. For Date, Year and Month, Lo and Hi equal Value except for
// year ranges and decades ("1990s" → [1990, 1999]).
type Figure struct {
	Start, End int     // byte offsets into the parsed text, half-open; hedge included
	Text       string  // text[Start:End]
	Kind       Kind    // what is measured
	Value      float64 // canonical value, see above; for a Range, the lower end
	To         float64 // for a Range, the upper end; 0 otherwise
	Unit       string  // "GBP", "USD", …; "%"; "pp"; "year", "month", "week", "day", "hour", "minute", "second"; "°F", "°C", "°"; "mph", "km/h" for a speed (a Number whose Noun is the unit too); "" otherwise
	Lo, Hi     float64 // the interval the figure stands for, both ends included
	Hedge      Hedge   // the qualifier written before the figure
	Noun       string  // the counted thing that follows the figure, lower-cased; "" if none
	Head       string  // the plural noun that Noun modifies ("37,800 lapwing pairs": Noun "lapwing", Head "pairs"), lower-cased; "" if none
	Per        string  // the period of a rate written after the figure ("40 million doses a year"): "year", "month", "week", "day", "hour"; "" if none
}

// DateParts returns the year, month and day a Date, Year or Month figure
// gives, 0 for a part it does not give. Other kinds return zeros.
func (f Figure) DateParts() (year, month, day int) {
	switch f.Kind {
	case Date:
		v := int(f.Value)
		return v / 10000, v / 100 % 100, v % 100
	case Year:
		return int(f.Value), 0, 0
	case Month:
		return 0, int(f.Value), 0
	}
	return 0, 0, 0
}

var weekdayNames = [...]string{"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// String returns the figure in a canonical form that Parse reads back to a
// single figure of the same Kind, Unit and Value: "GBP 24000000000",
// "3,700", "50%", "2nd", "2018-09-21", "May 2021", "21 May", "7 month",
// "10-year-old", "63.8 °F", "more than 3,000", "20-25", "Tuesday", "18:42".
func (f Figure) String() string {
	var b strings.Builder
	if f.Hedge != None && f.Hedge != Range {
		b.WriteString(f.Hedge.String())
		b.WriteByte(' ')
	}
	rng := func(format func(float64) string) string {
		if f.Hedge == Range {
			return format(f.Value) + "-" + format(f.To)
		}
		return format(f.Value)
	}
	switch f.Kind {
	case Number:
		b.WriteString(rng(grouped))
		if f.Unit != "" {
			b.WriteString(" " + f.Unit) // a speed: "11 km/h"
		}
	case Money:
		b.WriteString(f.Unit)
		b.WriteByte(' ')
		b.WriteString(rng(plain))
	case Percent:
		b.WriteString(rng(plain))
		b.WriteByte('%')
	case PercentPoints:
		b.WriteString(rng(plain))
		b.WriteString(" percentage points")
	case Ordinal:
		b.WriteString(plain(f.Value))
		b.WriteString(ordinalSuffix(f.Value))
	case Date:
		y, m, d := f.DateParts()
		switch {
		case y > 0 && d > 0:
			b.WriteString(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2))
		case y > 0:
			b.WriteString(monthNames[m%13] + " " + strconv.Itoa(y))
		default:
			b.WriteString(strconv.Itoa(d) + " " + monthNames[m%13])
		}
	case Year:
		switch {
		case f.Hedge == Range:
			b.WriteString(plain(f.Value) + "-" + plain(f.To))
		case f.Hi-f.Lo == 9:
			b.WriteString(plain(f.Value) + "s")
		default:
			b.WriteString(plain(f.Value))
		}
	case Month:
		b.WriteString(monthNames[int(f.Value)%13])
	case Weekday:
		b.WriteString(weekdayNames[int(f.Value)%8])
	case Time:
		m := int(f.Value)
		b.WriteString(pad(m/60%24, 2) + ":" + pad(m%60, 2))
	case Duration:
		b.WriteString(rng(plain))
		b.WriteByte(' ')
		b.WriteString(f.Unit)
	case Age:
		b.WriteString(rng(plain))
		b.WriteString("-" + f.Unit + "-old")
	case Temperature:
		b.WriteString(rng(plain))
		b.WriteByte(' ')
		b.WriteString(f.Unit)
	}
	return b.String()
}

func plain(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// grouped prints v with thousands separators, so that a four-digit number
// is not read back as a year.
func grouped(v float64) string {
	s := plain(v)
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(intPart) % 3
	if lead > 0 {
		b.WriteString(intPart[:lead])
	}
	for i := lead; i < len(intPart); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(intPart[i : i+3])
	}
	b.WriteString(frac)
	return b.String()
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func ordinalSuffix(v float64) string {
	n := int64(math.Mod(v, 100))
	if n >= 11 && n <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
