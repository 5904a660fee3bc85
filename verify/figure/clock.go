package figure

import "strings"

// clock reads a time of day at token i: "18:42", "6.42pm", "6.42 pm",
// "10pm", "10 p.m.", "11:30am". A 24-hour time needs two digits of
// minutes ("3:1" is a ratio); a 12-hour time needs its am or pm, and an
// hour of 1 to 12. The figure is exact, to the minute.
func (p *parser) clock(i int) (Figure, int, bool) {
	t := p.tk(i)
	var num, suf string
	next := i + 1
	switch t.k {
	case tNum:
		num = p.text[t.s:t.e]
		if p.isP(i+1, ":") && p.glued(i+1) && p.tk(i+2).k == tNum && p.glued(i+2) {
			h, m := p.str(i), p.str(i+2)
			k := i + 3
			if !isDigits(h) || len(h) > 2 || len(m) != 2 || !isDigits(m) || atoi(h) > 23 || atoi(m) > 59 {
				return fail(i + 1)
			}
			if p.glued(k) && p.tk(k).k != tPunct {
				return fail(i + 1) // "10:30:15", "10:30a"
			}
			mins := atoi(h)*60 + atoi(m)
			if half, k2 := p.meridiem(k, false); k2 > k {
				if atoi(h) < 1 || atoi(h) > 12 {
					return fail(i + 1)
				}
				mins = to24(atoi(h), atoi(m), half)
				k = k2
			}
			return p.simple(i, k, Time, float64(mins)), k, true
		}
		half, k := p.meridiem(i+1, true)
		if k == i+1 {
			return fail(i + 1)
		}
		suf, next = half, k
	case tAlnum:
		if t.suf == 0 {
			return fail(i + 1)
		}
		num, suf = p.text[t.s:t.suf], p.text[t.suf:t.e]
		switch {
		case strings.EqualFold(suf, "am"):
			suf = "am"
		case strings.EqualFold(suf, "pm"):
			suf = "pm"
		}
	default:
		return fail(i + 1)
	}
	h, m, ok := hourMinutes(num)
	if !ok || (suf != "am" && suf != "pm") || h < 1 || h > 12 {
		return fail(i + 1)
	}
	return p.simple(i, next, Time, float64(to24(h, m, suf))), next, true
}

// meridiem reads "am", "pm", "a.m." or "p.m." at token j, spaced from the
// time when spaced is set, else glued or spaced. It returns "am" or "pm"
// and the token after it, or j when there is none.
func (p *parser) meridiem(j int, spaced bool) (string, int) {
	if spaced && !p.spaced(j) || p.tk(j).k != tWord {
		return "", j
	}
	half := ""
	switch {
	case p.isWord(j, "am"), p.isWord(j, "a") && p.isP(j+1, "."):
		half = "am"
	case p.isWord(j, "pm"), p.isWord(j, "p") && p.isP(j+1, "."):
		half = "pm"
	default:
		return "", j
	}
	if len(p.str(j)) == 2 {
		if p.glued(j+1) && p.tk(j+1).k == tWord {
			return "", j
		}
		return half, j + 1
	}
	if p.glued(j+1) && p.isWord(j+2, "m") && p.glued(j+2) {
		k := j + 3
		if p.isP(k, ".") && p.glued(k) {
			k++
		}
		return half, k
	}
	return "", j
}

// hourMinutes reads "6" or "6.42" (hour and minutes of a 12-hour time).
func hourMinutes(num string) (h, m int, ok bool) {
	hs, ms, dot := strings.Cut(num, ".")
	if !isDigits(hs) || len(hs) > 2 || dot && (len(ms) != 2 || !isDigits(ms)) {
		return 0, 0, false
	}
	h = atoi(hs)
	if dot {
		m = atoi(ms)
	}
	return h, m, m < 60
}

// to24 turns a 12-hour time into minutes after midnight: 12am is
// midnight, 12pm noon.
func to24(h, m int, half string) int {
	h %= 12
	if half == "pm" {
		h += 12
	}
	return h*60 + m
}
