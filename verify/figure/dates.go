package figure

import "strings"

// date reads a calendar date at token i, with an optional weekday before
// it:
//
//	21 September 2018, 21st of September, 21 Sept 2018
//	September 21, 2018, September 21st, Thursday, April 18, 2024
//	May 2021
//	2018-09-21 (ISO), 21/09/2018 (day first)
//
// A slash date is read day/month/year, the British order, unless the first
// number cannot be a month and the second can (9/21/2018 is 21 September).
// Dotted dates (21.09.2018) and two-part slash forms (9/11) are not read.
func (p *parser) date(i int) (Figure, int, bool) {
	j := i
	if t := p.tk(j); t.k == tWord && t.ent() != nil && t.ent().flags&fWeekday != 0 {
		if !t.up {
			return fail(i + 1)
		}
		j++
		if p.isP(j, ",") && p.glued(j) {
			j++
		}
		if !p.spaced(j) {
			return fail(i + 1)
		}
	}
	if y, m, d, next, ok := p.numericDate(j); ok {
		return p.mkDate(i, next, y, m, d)
	}
	if d, ok := p.dayAt(j); ok {
		k := j + 1
		if p.isWord(k, "of") && p.spaced(k) {
			k++
		}
		if m, k2, ok := p.monthAt(k); ok && p.spaced(k) {
			y, k3 := p.yearAfter(k2, false)
			if validDay(y, m, d) {
				return p.mkDate(i, k3, y, m, d)
			}
		}
	}
	if m, k, ok := p.monthAt(j); ok && p.spaced(k) {
		if d, ok := p.dayAt(k); ok && validDay(0, m, d) && !p.unitFollows(k+1) {
			y, k2 := p.yearAfter(k+1, true)
			if validDay(y, m, d) {
				return p.mkDate(i, k2, y, m, d)
			}
		}
		if y, ok := p.yearTok(k); ok {
			return p.mkDate(i, k+1, y, m, 0)
		}
	}
	return fail(i + 1)
}

// unitFollows reports whether token j makes the number before it a
// quantity rather than a day ("May 5 per cent" is not a date).
func (p *parser) unitFollows(j int) bool {
	if p.isP(j, "%") {
		return true
	}
	e := p.entryAt(j)
	return e != nil && p.spaced(j) && (e.unit != "" || e.num == nScale || e.cur != "" || p.isWord(j, "per") || p.isWord(j, "percent"))
}

func (p *parser) mkDate(i, next, y, m, d int) (Figure, int, bool) {
	v := float64(y*10000 + m*100 + d)
	return p.simple(i, next, Date, v), next, true
}

// numericDate reads 2018-09-21 or 21/09/2018 at token j.
func (p *parser) numericDate(j int) (y, m, d, next int, ok bool) {
	if p.tk(j).k != tNum {
		return
	}
	a, b, c := p.str(j), p.str(j+2), p.str(j+4)
	glued := p.glued(j+1) && p.glued(j+2) && p.glued(j+3) && p.glued(j+4) &&
		p.tk(j+2).k == tNum && p.tk(j+4).k == tNum && !(p.glued(j+5) && p.tk(j+5).k != tEnd &&
		(p.isP(j+5, "-") || p.isP(j+5, "/") || p.tk(j+5).k != tPunct))
	if !glued || !isDigits(a) || !isDigits(b) || !isDigits(c) {
		return
	}
	switch {
	case p.isP(j+1, "-") && p.isP(j+3, "-") && len(a) == 4 && len(b) == 2 && len(c) == 2:
		y, m, d = atoi(a), atoi(b), atoi(c)
	case p.isP(j+1, "/") && p.isP(j+3, "/") && len(a) <= 2 && len(b) <= 2 && len(c) == 4:
		d, m, y = atoi(a), atoi(b), atoi(c)
		if d <= 12 && m > 12 {
			d, m = m, d
		}
	default:
		return
	}
	if y < 1000 || y > 2999 || d < 1 || !validDay(y, m, d) {
		return 0, 0, 0, 0, false
	}
	return y, m, d, j + 5, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dayAt reads a day of the month at token j: "21", "09", "21st".
func (p *parser) dayAt(j int) (int, bool) {
	t := p.tk(j)
	var s string
	switch t.k {
	case tNum:
		s = p.str(j)
	case tAlnum:
		if t.suf == 0 {
			return 0, false
		}
		switch lower(p.text[t.suf:t.e]) {
		case "st", "nd", "rd", "th":
			s = p.text[t.s:t.suf]
		default:
			return 0, false
		}
	default:
		return 0, false
	}
	if len(s) > 2 || !isDigits(s) {
		return 0, false
	}
	d := atoi(s)
	return d, d >= 1 && d <= 31
}

// monthAt reads a month name at token j as part of a date. Full names are
// taken in any case except "may" and "march", which must be capitalised;
// abbreviations ("Sept", "Jan.") must be capitalised.
func (p *parser) monthAt(j int) (int, int, bool) {
	t := p.tk(j)
	if t.k != tWord || t.ent() == nil || t.ent().month == 0 {
		return 0, j, false
	}
	e := t.ent()
	if !t.up && (!e.full || e.month == 3 || e.month == 5) {
		return 0, j, false
	}
	next := j + 1
	if !e.full && p.isP(next, ".") && p.glued(next) {
		next++
	}
	return int(e.month), next, true
}

// yearAfter reads an optional year after a date at token k, after a comma
// when comma is set ("September 21, 2018").
func (p *parser) yearAfter(k int, comma bool) (int, int) {
	j := k
	if comma && p.isP(j, ",") && p.glued(j) {
		j++
	}
	if y, ok := p.yearTok(j); ok && p.spaced(j) {
		return y, j + 1
	}
	return 0, k
}

// yearTok reads a four-digit year, 1000–2999, at token j.
func (p *parser) yearTok(j int) (int, bool) {
	if p.tk(j).k != tNum {
		return 0, false
	}
	s := p.str(j)
	if len(s) != 4 || !isDigits(s) || s[0] < '1' || s[0] > '2' {
		return 0, false
	}
	return atoi(s), true
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 0 || d > 31 {
		return false
	}
	switch m {
	case 4, 6, 9, 11:
		return d <= 30
	case 2:
		if y != 0 && (y%4 != 0 || y%100 == 0 && y%400 != 0) {
			return d <= 28
		}
		return d <= 29
	}
	return true
}

// monthAlone reports whether the month name at token i, outside a full
// date, is a month. It must be capitalised. It is one after a date
// preposition ("in May", "since March", "mid-May"); otherwise not at the
// start of a sentence (where "May" may be the verb) unless nothing follows,
// not after a capitalised word ("Theresa May") and not before one ("April
// Jones"). Lower-case "may" and "march" are never months.
func (p *parser) monthAlone(i int) bool {
	t := p.tk(i)
	if !t.up || !t.ent().full {
		return false
	}
	if e := p.entryAt(i - 1); e != nil && e.flags&fDatePrep != 0 && p.spaced(i) {
		return true
	}
	if p.isP(i-1, "-") && p.glued(i) && isDatePrefix(p.str(i-2)) {
		return true
	}
	next := p.tk(i + 1)
	if p.sentenceStart(i) {
		return next.k == tEnd || p.isP(i+1, ".") && p.tk(i+2).k == tEnd
	}
	if pr := p.tk(i - 1); pr.k == tWord && pr.up && p.spaced(i) {
		return false
	}
	if next.k == tWord && next.up && next.sp == 1 {
		return false
	}
	return true
}

// weekdayAlone returns the day (1 for Monday … 7 for Sunday) when token i
// is a day of the week written out in full and capitalised, standing for a
// day ("on Tuesday", "Tuesday's vote"), 0 otherwise. A weekday inside a
// name is not a day: after a capitalised word ("Good Friday", "Super
// Tuesday") other than a preposition ("On Tuesday", "By Friday"), or
// before a word of a name ("Sunday Times", "Monday Night Football").
func (p *parser) weekdayAlone(i int) int {
	t := p.tk(i)
	if t.k != tWord || !t.up {
		return 0
	}
	d := weekdayNumber[strings.ToLower(p.str(i))]
	if d == 0 {
		return 0
	}
	prep := p.isWord(i-1, "on")
	if e := p.entryAt(i - 1); e != nil && e.flags&fDatePrep != 0 {
		prep = true
	}
	if !prep && !p.sentenceStart(i) {
		if pr := p.tk(i - 1); pr.k == tWord && pr.up && p.spaced(i) {
			return 0
		}
	}
	if next := p.tk(i + 1); next.k == tWord && next.up && next.sp == 1 && weekdayNameWords[strings.ToLower(p.str(i+1))] {
		return 0
	}
	return d
}

// weekdayNameWords follow a weekday in the names of newspapers, shows and
// leagues: "Sunday Times", "Monday Night Football", "Sunday League".
var weekdayNameWords = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "post": true, "herald": true,
	"people": true, "mail": true, "sport": true, "independent": true, "tribune": true, "star": true,
	"night": true, "league": true, "school": true, "club": true, "service": true,
	"roast": true, "agreement": true,
}

var weekdayNumber = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// sentenceStart reports whether token i begins a sentence or a line,
// looking past opening quotes and brackets.
func (p *parser) sentenceStart(i int) bool {
	j := i - 1
	for j >= 0 && p.t[j].k == tPunct && p.t[j+1].sp == 0 && isOpener(p.str(j)) {
		j--
	}
	if j < 0 || p.tk(j+1).sp == 2 {
		return true
	}
	switch p.str(j) {
	case ".", "!", "?", ":", "…":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", "«":
		return true
	}
	return false
}
