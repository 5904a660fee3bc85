package figure

import "testing"

var relateTests = []struct {
	name, claim, evidence string
	want                  Relation
	reason                string
}{
	// SPEC §4 equivalences.
	{"bn = billion", "£24bn", "£24 billion", Agrees, "same value, same precision"},
	{"billion = digits", "£24 billion", "£24,000,000,000", Agrees, "the exact value lies in the claim's interval"},
	{"digits = billion", "£24,000,000,000", "£24 billion", Agrees, "equal at the precision the evidence wrote"},
	{"million form", "£24,000 million", "£24bn", Agrees, "24,000 million is 24 billion"},
	{"nine = 9", "nine", "9", Agrees, "words and digits"},
	{"2nd = second", "2nd Battalion", "second battalion", Agrees, "ordinal forms, nouns alike"},
	{"seven-month = seven months", "seven-month", "seven months", Agrees, "duration forms"},
	{"dates alike", "21 September 2018", "September 21, 2018", Agrees, "date orders"},
	{"iso date", "2018-09-21", "21 September 2018", Agrees, "ISO form"},
	{"slash date", "21/09/2018", "2018-09-21", Agrees, "slash form, day first"},
	{"decade = ten years", "a decade", "ten years", Agrees, "a decade is ten years"},
	{"year = months", "two years", "24 months", Agrees, "years convert to months"},
	{"weeks = days", "two weeks", "14 days", Agrees, "weeks convert to days"},
	{"pence = pounds", "50p", "£0.50", Agrees, "pence are hundredths of a pound"},
	{"basis points = quarter point", "25 basis points", "a quarter of a percentage point", Agrees, "25 basis points are 0.25 percentage points"},
	{"points = basis points", "0.25 percentage points", "25bp", Agrees, "the same change in either unit"},
	{"half point = 50 basis points", "half a percentage point", "50 basis points", Agrees, "50 basis points are half a point"},

	{"year = four digits read as a count", "in 2025", "2025 yield", Agrees, "the same four digits; a table heading's \"2025 yield\" reads as a count, the claim's \"in 2025\" as a year"},
	{"count = year", "2025 yield", "in 2025", Agrees, "either way round"},
	{"other year, count", "in 2024", "2025 yield", Unrelated, "different digits read two ways: no conflict either"},

	// SPEC §4 differences.
	{"currency", "€24 billion", "£24 billion", Conflicts, "EUR ≠ GBP"},
	{"rate period", "40 million doses a month", "40 million doses a year", Conflicts, "a rate over another period is another figure"},
	{"rate per", "£5,000 per month", "£5,000 a month", Agrees, "'per month' and 'a month' are the same period"},
	{"rate one side", "40 million doses", "40 million doses a year", Agrees, "a figure that names no period says nothing against one"},
	{"rate percent", "2% a year", "2% a month", Conflicts, "a percentage rate too"},
	{"amount", "£20 billion", "£24 billion", Conflicts, "disjoint intervals"},
	{"ships", "Eleven ships", "Nine ships", Conflicts, "same noun, different count"},
	{"six vs seven months", "six months", "seven-month", Conflicts, "durations differ"},
	{"year", "2019", "2018", Conflicts, "years differ"},
	{"date year", "21 September 2019", "21 September 2018", Conflicts, "the year part differs"},
	{"date day", "22 September 2018", "21 September 2018", Conflicts, "the day differs"},
	{"percent", "30%", "25%", Conflicts, "different percentages"},
	{"same bound, other value", "over £1.2bn", "over £1.2m", Conflicts, "the same hedge on another amount states another figure"},
	{"same bound, weaker claim", "more than 3,000", "more than 3,700", Agrees, "more than 3,700 is more than 3,000"},
	{"same bound, stronger claim", "more than 3,700", "more than 3,000", Conflicts, "the evidence's bound is another figure, below the claim's"},
	{"half vs quarter point", "half a percentage point", "a quarter of a percentage point", Conflicts, "0.5 ≠ 0.25 percentage points"},
	{"basis points vs points", "25 basis points", "0.5 percentage points", Conflicts, "0.25 ≠ 0.5 percentage points"},
	{"ordinal", "3rd Battalion", "2nd Battalion", Conflicts, "different positions"},
	{"months vs years", "six months", "four years", Conflicts, "convertible and different"},
	{"feet vs metres", "640 feet", "640 metres", Conflicts, "the same number in another unit of length is another figure"},
	{"metres vs feet hedged", "about 640 feet", "about 640 metres", Conflicts, "a hedge does not bridge a unit change"},
	{"metres = feet converted", "640 metres", "about 2,100 feet", Agrees, "640 m is 2,099.7 ft"},
	{"km = miles", "5 kilometres", "3.1 miles", Agrees, "a conversion is rounded"},
	{"kg vs km", "5 kg", "5 km", Unrelated, "mass and length do not compare"},
	{"gallons vs litres", "20 gallons", "20 litres", Conflicts, "the same number in another unit of volume"},
	{"gallons = litres", "2 gallons", "about 9 litres", Agrees, "2 imperial gallons are 9.09 litres"},
	{"metre singular", "1 metre", "1 metres", Agrees, "singular and plural"},
	{"hyphenated noun", "18 beds", "16-bed", Conflicts, "'16-bed' counts 16 beds"},
	{"hyphenated noun agrees", "16 beds", "16-bed", Agrees, "the same count, hyphenated to its noun"},
	{"hyphenated unit", "408 metres", "480-metre", Conflicts, "'480-metre' measures 480 metres"},
	{"km/h vs mph", "11 km/h", "11mph", Conflicts, "the same number in another unit of speed is another figure"},
	{"mph = km/h", "30mph", "48 km/h", Agrees, "30 mph is 48.3 km/h"},
	{"mph = miles per hour", "20 miles per hour", "20mph", Agrees, "one unit, two spellings"},
	{"speed vs length", "11 km/h", "11 km", Unrelated, "a speed and a length do not compare"},
	{"over two seasons", "over two seasons", "over the past two seasons", Agrees, "'over' a period of seasons is no 'more than' (SPEC §4: 'over four years')"},

	// Precision and hedges.
	{"about 25 vs 24.6", "about 25%", "24.6%", Agrees, "24.6 lies within about 25 (±10%)"},
	{"more than vs exact", "more than 3,000 personnel", "3,700 personnel", Agrees, "3,700 is more than 3,000"},
	{"exact vs more than", "3,700 personnel", "more than 3,000 personnel", Undecided, "the evidence does not give the exact figure"},
	{"more than vs more than", "more than 3,000", "at least 3,500", Agrees, "the evidence's bound implies the claim's"},
	{"more than vs less", "more than 3,000", "fewer than 2,000", Conflicts, "one-sided intervals that do not meet"},
	{"more than boundary", "more than 3,000", "3,000", Conflicts, "more than is open: exactly 3,000 is not more"},
	{"at least boundary", "at least 3,000", "3,000", Agrees, "at least is closed"},
	{"1.5 million in", "1.5 million", "1,520,000", Agrees, "1,520,000 rounds to 1.5 million"},
	{"1.5 million out", "1.5 million", "1,560,000", Conflicts, "outside [1.45M, 1.55M]"},
	{"round claim", "£24bn", "£23.6bn", Agrees, "23.6 rounds to 24"},
	{"touching intervals", "£25 billion", "£24 billion", Conflicts, "[24.5, 25.5] and [23.5, 24.5] only touch: 25 is not 24"},
	{"touching intervals reversed", "£23 billion", "£24 billion", Conflicts, "[22.5, 23.5] and [23.5, 24.5] only touch"},
	{"half rounds up", "£24.5bn", "£24bn", Conflicts, "24.5 rounds to 25, not 24"},
	{"percent neighbours", "5%", "4%", Conflicts, "one point apart at whole-number precision"},
	{"decimal inside", "4.3%", "4%", Agrees, "4.3 rounds to 4: the evidence is less precise"},
	{"precise claim", "£24,000,000,000", "£24.4bn", Conflicts, "24 is outside [24.35, 24.45]"},
	{"exact vs about", "25%", "about 25%", Agrees, "the claim's interval holds the evidence's value"},
	{"precise vs about", "24.6%", "about 25%", Undecided, "the claim is more precise than hedged evidence"},
	{"about vs about", "about 24%", "about 25%", Agrees, "hedged both; 25 within about 24"},
	{"about far", "about 3,000", "3,700", Conflicts, "3,700 is outside 3,000 ± 10%"},
	{"nearly", "nearly 3,700", "3,650", Agrees, "nearly allows 10% below"},
	{"nearly above", "nearly 3,700", "3,800", Conflicts, "nearly is not above"},
	{"up to", "up to 10", "8", Agrees, "8 is within up to 10"},
	{"up to vs up to", "up to 65 mph", "up to 45 mph", Conflicts, "each names the most reached: 65 mph is not the 45 mph stated, though a bound of 45 is under one of 65"},
	{"up to vs up to lower", "up to 30 mph", "up to 45 mph", Conflicts, "a lower maximum is another figure too"},
	{"up to alike", "up to 45 miles per hour", "up to 45mph", Agrees, "the same maximum, the unit spelt otherwise"},
	{"compound noun", "37,800 lapwing pairs", "37,800 pairs", Agrees, "a singular word before a plural modifies it: both count pairs"},
	{"compound noun, two modifiers", "3,120 grey heron nests", "3,120 nests", Agrees, "two singular words before the plural they modify"},
	{"compound noun, evidence", "300 officers", "300 police officers", Agrees, "either way round"},
	{"compound noun, other count", "37,800 lapwing pairs", "48,500 pairs", Conflicts, "the same head noun, another count"},
	{"compound noun, other thing", "300 police officers", "300 fire engines", Unrelated, "neither noun nor head in common"},
	{"unit before a plural", "40 mile queues", "40 queues", Unrelated, "a unit of measurement is the figure's own, not a modifier"},
	{"up to, other unit", "up to 40 centimetres", "up to 40 millimetres", Conflicts, "the same number in another unit: a maximum ten times higher, though one bound holds the other"},
	{"up to, converted", "up to 4 centimetres", "up to 40 millimetres", Agrees, "the same maximum in another unit"},
	{"same bound, other unit", "more than 40 centimetres", "more than 40 millimetres", Conflicts, "the same hedge on another measure states another figure"},
	{"same bound, converted, weaker claim", "more than 3 centimetres", "more than 40 millimetres", Agrees, "more than 4 cm is more than 3 cm"},
	{"range contains", "20-25", "22", Agrees, "22 is in the range"},
	{"range outside", "20-25", "30", Conflicts, "30 is outside the range"},
	{"point vs range", "22", "20-25", Undecided, "a range does not give one value"},
	{"range vs range", "between 20 and 30", "20-25", Conflicts, "a range is the same figure only when both ends are"},
	{"range ends alike", "between 3 and 5 million", "3-5 million", Agrees, "both ends equal"},
	{"range upper end", "between 3 and 6 million", "between 3 and 5 million", Conflicts, "6 million ≠ 5 million at the upper end"},
	{"word range", "between three and five million", "between 3 and 5 million", Agrees, "number words and numerals, scale on the upper end"},
	{"percent range words", "between five and eight per cent", "between 5% and 8%", Agrees, "the unit written after each end"},
	{"percent range dash", "5%-8%", "between 5 and 8 per cent", Agrees, "dash and words"},
	{"money ranges", "£20-25bn", "between £20bn and £25bn", Agrees, "currency before each end"},
	{"money range", "£20-25bn", "£24 billion", Agrees, "24 billion is in the range"},

	// Dates by parts.
	{"month vs date", "May", "21 May 2021", Agrees, "the claim gives only the month, and it matches"},
	{"date vs month", "21 May 2021", "May 2021", Undecided, "the evidence does not give the day"},
	{"month differs", "May", "21 September 2018", Conflicts, "May ≠ September"},
	{"year vs date", "2018", "21 September 2018", Agrees, "the year matches"},
	{"year vs decade", "the 1990s", "1994", Agrees, "1994 is in the 1990s"},
	{"decade vs year", "1994", "the 1990s", Undecided, "the evidence gives only the decade"},
	{"month year", "May 2021", "May 2022", Conflicts, "different year"},

	// Days of the week.
	{"weekday alike", "on Tuesday", "on Tuesday", Agrees, "same day"},
	{"weekday differs", "on Wednesday", "on Tuesday", Conflicts, "Wednesday ≠ Tuesday"},
	{"weekday vs dated weekday", "on Thursday", "Thursday, April 18, 2024", Agrees, "the date names its weekday"},
	{"weekday vs full date", "on Friday", "21 September 2018", Agrees, "21 September 2018 was a Friday"},
	{"weekday vs other date", "on Monday", "21 September 2018", Conflicts, "21 September 2018 was a Friday"},
	{"weekday vs partial date", "on Monday", "21 September", Undecided, "no year: the weekday is unknown"},
	{"weekday vs month", "on Monday", "in May", Unrelated, "a month has every weekday"},
	{"date vs weekday", "21 September 2018", "on Friday", Unrelated, "a weekday does not give a date"},
	{"dated weekdays differ", "Wednesday 14 January 2025", "Tuesday 14 January 2025", Conflicts, "Wednesday ≠ Tuesday, whatever the calendar says"},
	{"dated weekday vs date", "Tuesday 14 January 2025", "14 January 2025", Agrees, "14 January 2025 was a Tuesday"},
	{"dated weekday wrong", "Monday 14 January 2025", "14 January 2025", Conflicts, "14 January 2025 was a Tuesday"},

	// Not comparable.
	{"number vs ordinal", "2", "2nd", Unrelated, "a count is not a position"},
	{"percent vs points", "3%", "3 percentage points", Unrelated, "different kinds"},
	{"nouns differ", "32 aircraft", "Nine ships", Unrelated, "ships are not aircraft"},
	{"noun vs none", "Eleven ships", "nine", Conflicts, "a figure without a noun is comparable with any"},
	{"plural noun", "one ship", "1 ships", Agrees, "plural folded"},
	{"money vs number", "£24 billion", "24 billion", Unrelated, "money is not a count"},
	{"days vs months", "30 days", "one month", Unrelated, "days and months do not convert"},
	{"duration vs age", "10 years", "10-year-old", Unrelated, "a duration is not an age"},
	{"date vs number", "2018", "2,018", Unrelated, "a year is not a count"},
	{"temperature units", "63.8 F", "17.7°C", Unrelated, "units not converted"},
	{"temperature", "63.8 F", "63.8 F", Agrees, "same reading"},
	{"money nouns ignored", "£24 billion of spending", "£24 billion budget", Agrees, "money pairs regardless of noun"},
}

func first(t *testing.T, s string) Figure {
	t.Helper()
	fs := Parse(s)
	if len(fs) != 1 {
		t.Fatalf("Parse(%q) = %v, want one figure", s, texts(fs))
	}
	return fs[0]
}

func TestRelate(t *testing.T) {
	for _, tc := range relateTests {
		t.Run(tc.name, func(t *testing.T) {
			c, e := first(t, tc.claim), first(t, tc.evidence)
			if got := Relate(c, e); got != tc.want {
				t.Errorf("Relate(%q, %q) = %v, want %v (%s)", tc.claim, tc.evidence, got, tc.want, tc.reason)
			}
			if got := Agree(c, e); got != (tc.want == Agrees) {
				t.Errorf("Agree(%q, %q) = %v (%s)", tc.claim, tc.evidence, got, tc.reason)
			}
		})
	}
}

func TestUnitChanged(t *testing.T) {
	tests := []struct {
		claim, evidence string
		want            bool
		reason          string
	}{
		{"4.1 million tonnes", "4.1 million containers", true, "a unit of measurement for a counted thing, same value"},
		{"4.1 million containers", "4.1 million tonnes", true, "the other way round"},
		{"4.1 million tonnes", "4.2 million containers", false, "another value too: not the same figure with its unit changed"},
		{"4.1 million ships", "4.1 million containers", false, "two counted things: neither is a unit"},
		{"640 feet", "640 metres", false, "two units of measurement: Relate compares them"},
		{"4.1 million tonnes", "4.1 million tonnes", false, "the same unit"},
	}
	for _, tt := range tests {
		if got := UnitChanged(first(t, tt.claim), first(t, tt.evidence)); got != tt.want {
			t.Errorf("UnitChanged(%q, %q) = %v, want %v (%s)", tt.claim, tt.evidence, got, tt.want, tt.reason)
		}
	}
}

func TestCompare(t *testing.T) {
	evidence := Parse("Nine ships, 32 aircraft and 3,700 personnel set sail in May on the Strike Group's seven-month maiden operational deployment around the world. The extra £24 billion of UK Defence spending over the next four years means")
	tests := []struct {
		name, claim    string
		found, missing []string
		mismatch, why  []string
		reason         string
	}{
		{"d18", "Nine ships set sail in May on a seven-month deployment", []string{"Nine", "May", "seven-month"}, nil, nil, nil, "every figure found"},
		{"d19", "Eleven ships set sail in May", []string{"May"}, nil, []string{"Eleven"}, []string{"Eleven ≠ Nine"}, "Eleven ships pairs with Nine ships, not 32 aircraft"},
		{"d20", "32 aircraft set sail with the Strike Group", []string{"32"}, nil, nil, nil, "found"},
		{"d21", "The Strike Group's maiden operational deployment lasts seven months", []string{"seven months"}, nil, nil, nil, "seven months = seven-month"},
		{"d22", "The Strike Group's maiden operational deployment lasts six months", nil, nil, []string{"six months"}, []string{"six months ≠ seven-month"}, "a different duration"},
		{"d02", "£24 billion of extra defence spending over the next four years", []string{"£24 billion", "four years"}, nil, nil, nil, "found"},
		{"d03", "£20 billion of extra defence spending over the next four years", []string{"four years"}, nil, []string{"£20 billion"}, []string{"£20 billion ≠ £24 billion"}, "a different amount"},
		{"d04", "€24 billion of extra defence spending", nil, nil, []string{"€24 billion"}, []string{"EUR ≠ GBP"}, "a different currency"},
		{"missing", "2,000 tanks were sent", nil, []string{"2,000"}, nil, nil, "tanks appear nowhere"},
		{"more than", "more than 3,000 personnel", []string{"more than 3,000"}, nil, nil, nil, "3,700 is more than 3,000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found, mism, missing := Compare(Parse(tc.claim), evidence)
			var ms, why []string
			for _, m := range mism {
				ms = append(ms, m.Claim.Text)
				why = append(why, m.Why)
			}
			if !same(texts(found), tc.found) || !same(texts(missing), tc.missing) || !same(ms, tc.mismatch) || !same(why, tc.why) {
				t.Errorf("Compare(%q): found %q missing %q mismatches %q %q, want %q %q %q %q (%s)",
					tc.claim, texts(found), texts(missing), ms, why, tc.found, tc.missing, tc.mismatch, tc.why, tc.reason)
			}
		})
	}
}

func TestCompareDates(t *testing.T) {
	_, mism, _ := Compare(Parse("Published 21 September 2019"), Parse("Published 21 September 2018"))
	if len(mism) != 1 || mism[0].Why != "2019 ≠ 2018" {
		t.Errorf("mismatches %+v, want one with Why \"2019 ≠ 2018\"", mism)
	}
}

func same(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestRelateAllocs: Relate runs inside the alignment's inner loop, once
// per pair of figures, and must not allocate.
func TestRelateAllocs(t *testing.T) {
	c, e := Parse("Thursday, April 18, 2024")[0], Parse("on 18 April 2024")[0]
	w, d := Parse("on Thursday")[0], Parse("Friday 19 April 2024")[0]
	if n := testing.AllocsPerRun(100, func() { Relate(c, e); Relate(w, d); Relate(d, c) }); n != 0 {
		t.Errorf("Relate allocates %v times per call, want 0", n)
	}
}
