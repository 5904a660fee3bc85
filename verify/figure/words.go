package figure

import "math"

// wordsAt reads a spelled-out number at token i: "nine", "twenty-four",
// "one hundred and five", "a thousand", "two million five hundred
// thousand", "one and a half", "half a million", "a dozen", and ordinals
// ("second", "twenty-first", "hundredth").
//
// Words are joined by single spaces, or by a hyphen between a tens word and
// a unit ("twenty-four", "twenty-first"). "and" is taken after "hundred" or
// a scale word when a number follows ("one hundred and five"), and in "and
// a half". "a"/"an" counts as one only before "hundred", a scale word or
// "dozen"; "half" only in "half a million", "half a dozen" or before a
// time unit ("half an hour"). "dozens", "hundreds" and a lone "half" are
// not numbers.
//
// A number whose last word is a scale word of a thousand or more stands for
// ±0.5 of that scale ("nine million" → [8.5e6, 9.5e6]), or ±0.05 of it
// after a half ("one and a half million", "half a million"); other
// spelled-out numbers are exact.
func (p *parser) wordsAt(i int) (amount, bool) {
	var total, cur, lastScale float64
	frac := false   // a half was added
	scaled := false // the last step applied a scale of a thousand or more
	prev := nNone
	andHalf := false // prev is the "half" of "and a half"
	a := amount{i: i, words: true}
	j := i
	n := 0 // words consumed
	for {
		e := p.entryAt(j)
		if e == nil || e.num == nNone {
			break
		}
		next := j + 1
		ok := false
		cls := e.num
		hyphen := n > 0 && p.isP(j-1, "-")
		switch e.num {
		case nA:
			f := p.entryAt(j + 1)
			big := f != nil && p.spaced(j+1) && (f.num == nHundred || f.num == nScale || f.num == nDozen)
			switch {
			case n == 0 && big:
				cur, ok = 1, true
			case prev == nHalf && !andHalf && big:
				ok = true
			case prev == nHalf && !andHalf && f != nil && f.unit != "" && p.spaced(j+1):
				// "half an hour": the caller reads the unit.
				ok = true
			}
		case nHalf:
			if n == 0 && (p.isWord(j+1, "a") || p.isWord(j+1, "an")) && p.spaced(j+1) {
				cur, frac, ok = 0.5, true, true
			}
		case nUnit:
			switch prev {
			case nNone, nHundred, nScale, nAnd:
				ok = !hyphen
			case nTens:
				ok = e.v >= 1 && e.v <= 9
			}
			if ok {
				cur += e.v
			}
		case nTens:
			if (prev == nNone || prev == nHundred || prev == nScale || prev == nAnd) && !hyphen {
				cur += e.v
				ok = true
			}
		case nHundred:
			if (prev == nUnit || prev == nA || prev == nTens) && !hyphen && cur > 0 && cur < 100 && cur == float64(int(cur)) {
				cur *= 100
				ok = true
			}
		case nScale:
			if !hyphen && (prev == nUnit || prev == nTens || prev == nHundred || prev == nA || prev == nScale || prev == nDozen || prev == nHalf) {
				if e.v > 1e12 || total+cur > 1e15 {
					break
				}
				switch {
				case cur == 0:
					total *= e.v
				case e.v > lastScale:
					total = (total + cur) * e.v
				default:
					total += cur * e.v
				}
				cur, lastScale, ok = 0, e.v, true
			}
		case nDozen:
			if !hyphen && (prev == nUnit || prev == nA || prev == nHalf) {
				if cur == 0 {
					cur = 1
				}
				cur *= 12
				ok = true
			}
		case nAnd:
			f := p.entryAt(j + 1)
			switch {
			case (prev == nHundred || prev == nScale) && f != nil && p.spaced(j+1) &&
				(f.num == nUnit || f.num == nTens || f.num == nOrd):
				ok = true
			case (prev == nUnit || prev == nTens) && !frac && p.isWord(j+1, "a") && p.spaced(j+1) &&
				p.isWord(j+2, "half") && p.spaced(j+2):
				cur += 0.5
				frac, andHalf, ok = true, true, true
				next = j + 3
				cls = nHalf
			}
		case nOrd:
			switch prev {
			case nNone, nHundred, nScale, nAnd:
				ok = !hyphen
			case nTens:
				ok = e.v >= 1 && e.v <= 9
			}
			if ok {
				cur += e.v
				a.ord = true
			}
		case nOrdScale:
			if !hyphen && (prev == nNone || prev == nUnit || prev == nTens || prev == nA) {
				cur = max(cur, 1) * e.v
				ok = true
				a.ord = true
			}
		}
		if !ok {
			break
		}
		if cls != nAnd && cls != nHalf && !(cls == nA && n > 0) {
			scaled = cls == nScale && e.v >= 1e3
		}
		prev = cls
		if cls != nHalf {
			andHalf = false
		}
		n++
		a.next = next
		if a.ord {
			break
		}
		// The next word follows after a space, or after a hyphen between a
		// tens word and a unit or ordinal.
		switch {
		case p.isP(next, "-") && p.glued(next) && p.glued(next+1) && prev == nTens:
			j = next + 1
		case p.spaced(next):
			j = next
		default:
			j = -1
		}
		if j < 0 {
			break
		}
	}
	if n == 0 || prev == nAnd {
		return amount{}, false
	}
	if prev == nHalf && !andHalf || prev == nA {
		// "half a"/"half an" before a time unit: the unit is read by the caller.
		if prev == nHalf {
			return amount{}, false
		}
		a.halfA = true
	}
	a.v = total + cur
	if scaled && !a.ord {
		a.half = 0.5 * lastScale
		if frac {
			a.half = 0.05 * lastScale
		}
		a.exp = int(math.Round(math.Log10(lastScale)))
	}
	a.one = n == 1 && prev == nUnit && a.v == 1
	return a, true
}
