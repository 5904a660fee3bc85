package figure

import (
	"math"
	"strings"
	"testing"
)

// w is an expected figure. Start is found by locating T in the input after
// the previous figure; V, U, H and N are always checked, Lo and Hi when
// I is set.
type w struct {
	T string
	K Kind
	V float64
	U string
	H Hedge
	N string
	I *[2]float64
}

func iv(lo, hi float64) *[2]float64 { return &[2]float64{lo, hi} }

var parseTests = []struct {
	name, text string
	want       []w
	reason     string
}{
	// Numerals.
	{"integer", "32 aircraft", []w{{T: "32", V: 32, N: "aircraft", I: iv(32, 32)}}, "an integer is exact and counts the noun after it"},
	{"thousands separator", "3,700 personnel", []w{{T: "3,700", V: 3700, N: "personnel", I: iv(3700, 3700)}}, "3,700 is exactly 3700 (SPEC §4)"},
	{"million digits", "1,000,000 people", []w{{T: "1,000,000", V: 1e6, N: "people"}}, "comma groups of three"},
	{"decimal", "1.5 tonnes", []w{{T: "1.5", V: 1.5, N: "tonnes", I: iv(1.45, 1.55)}}, "one decimal stands for ±0.05"},
	{"decimal scale", "1.5 million people", []w{{T: "1.5 million", V: 1.5e6, N: "people", I: iv(1.45e6, 1.55e6)}}, "1.5 million stands for [1.45M, 1.55M]"},
	{"scale word", "24 billion", []w{{T: "24 billion", V: 24e9, I: iv(23.5e9, 24.5e9)}}, "a scale word makes the last digit approximate"},
	{"scale word thousand million", "24,000 million", []w{{T: "24,000 million", V: 24e9, I: iv(23999.5e6, 24000.5e6)}}, "precision of the last written digit times the scale"},
	{"k suffix", "10k runners", []w{{T: "10k", V: 1e4, N: "runners"}}, "k is a thousand"},
	{"m suffix", "1.1m homes", []w{{T: "1.1m", V: 1.1e6, N: "homes"}}, "m is a million, computed exactly"},
	{"bad grouping", "1,23 ok", []w{{T: "1", V: 1}, {T: "23", V: 23, N: "ok"}}, "a comma not followed by exactly three digits separates two numbers"},
	{"version number", "version 1.2.3 released", nil, "dotted digit runs are identifiers"},
	{"leading zero", "code 007 agent", nil, "a numeral with a leading zero is an identifier"},
	{"zero point", "0.5 points", []w{{T: "0.5", V: 0.5, N: "points"}}, "0.5 has no leading-zero identifier problem"},
	{"sentence end", "They sent 32.", []w{{T: "32", V: 32}}, "the full stop is not a decimal point"},

	// Number words.
	{"word", "Nine ships", []w{{T: "Nine", V: 9, N: "ships", I: iv(9, 9)}}, "nine = 9 (SPEC §4), capitalised"},
	{"hyphenated word", "twenty-four ships", []w{{T: "twenty-four", V: 24, N: "ships"}}, "tens-unit with hyphen"},
	{"hundred and", "one hundred and five ships", []w{{T: "one hundred and five", V: 105, N: "ships"}}, "British 'and' after hundred"},
	{"a hundred", "a hundred days", []w{{T: "a hundred days", K: Duration, V: 100, U: "day"}}, "a hundred is 100; days make it a duration"},
	{"a dozen", "a dozen eggs", []w{{T: "a dozen", V: 12, N: "eggs", I: iv(12, 12)}}, "a dozen is exactly 12"},
	{"half a dozen", "half a dozen eggs", []w{{T: "half a dozen", V: 6, N: "eggs"}}, "half of twelve"},
	{"half a million", "half a million", []w{{T: "half a million", V: 5e5, I: iv(4.5e5, 5.5e5)}}, "0.5 million, one decimal of precision"},
	{"one and a half", "one and a half million", []w{{T: "one and a half million", V: 1.5e6, I: iv(1.45e6, 1.55e6)}}, "same as 1.5 million"},
	{"nine million words", "nine million", []w{{T: "nine million", V: 9e6, I: iv(8.5e6, 9.5e6)}}, "a scale word makes the number approximate to the scale"},
	{"a thousand million", "a thousand million", []w{{T: "a thousand million", V: 1e9}}, "British billion"},
	{"word and numeral", "two million", []w{{T: "two million", V: 2e6}}, "words with a scale"},
	{"dozens vague", "dozens of ships", nil, "dozens is not a number"},
	{"a number of", "a number of ships", nil, "'a number of' is vague"},
	{"many years", "the result of many years' joint effort", nil, "'many' is not a number"},
	{"lone half", "half of them", []w{{T: "half", K: Percent, V: 50, U: "%"}}, "half of something is a share: 50%"},
	{"half of a period", "in the first half of 2026", []w{{T: "first", K: Ordinal, V: 1}, {T: "2026", K: Year, V: 2026}}, "after 'first' half is part of a period"},
	{"a quarter lower", "roughly a quarter lower", []w{{T: "roughly a quarter", K: Percent, V: 25, U: "%", H: About, N: "lower", I: iv(22.5, 27.5)}}, "a fraction is a share, hedged like a percentage"},
	{"by a third", "cut by a third and", []w{{T: "a third", K: Percent, V: 100.0 / 3, U: "%"}}, "after 'by': a share"},
	{"nearly a third", "gone up by nearly a third.", []w{{T: "nearly a third", K: Percent, V: 100.0 / 3, U: "%", H: Nearly}}, "before a full stop: a share"},
	{"two-thirds", "two-thirds of voters", []w{{T: "two-thirds", K: Percent, V: 200.0 / 3, U: "%", N: "voters"}}, "a hyphenated fraction"},
	{"three quarters", "three quarters of them", []w{{T: "three quarters", K: Percent, V: 75, U: "%"}}, "a plural denominator after a numerator above one"},
	{"a third runway", "a third runway", []w{{T: "third", K: Ordinal, V: 3, N: "runway"}}, "before a noun, a third is a position"},
	{"a quarter century", "a quarter century", nil, "before a noun, not a share"},

	// "one".
	{"no one", "no one was hurt", nil, "'no one' is a pronoun"},
	{"the one minister", "the one Defence Minister the story names", nil, "'the one' is a determiner; before a capitalised word it is not a count"},
	{"one of the", "one of the ships", nil, "'one of' picks, it does not count"},
	{"one another", "they help one another", nil, "reciprocal pronoun"},
	{"one counts", "one ship was lost", []w{{T: "one", V: 1, N: "ship"}}, "'one' before a noun counts it"},
	{"one step", "to stay one step ahead", []w{{T: "one", V: 1, N: "step"}}, "decided: 'one step' counts one step, so 'two steps ahead' is comparable"},
	{"one off", "a one-off payment", nil, "a compound adjective is not a count"},
	{"hyphen noun", "the 16-bed ward", []w{{T: "16-bed", V: 16, N: "bed"}}, "a number hyphenated to its noun counts it: a 16-bed ward has 16 beds"},
	{"hyphen unit", "the 480-metre asteroid", []w{{T: "480-metre", V: 480, N: "metre"}}, "a hyphenated unit of length measures: 480 metres"},
	{"hyphen strong", "a 20-strong squad", nil, "'strong' makes a compound adjective, not a count"},
	{"hyphen odd", "some 30-odd years", nil, "'odd' makes a compound adjective, not a count"},
	{"one year", "one year", []w{{T: "one year", K: Duration, V: 1, U: "year"}}, "'one' with a unit is a duration"},

	// Money.
	{"pound billion", "£24 billion of UK Defence spending", []w{{T: "£24 billion", K: Money, V: 24e9, U: "GBP", N: "spending", I: iv(23.5e9, 24.5e9)}}, "the seed's figure; noun is the head of the run after 'of'"},
	{"pound bn", "£24bn", []w{{T: "£24bn", K: Money, V: 24e9, U: "GBP", I: iv(23.5e9, 24.5e9)}}, "£24bn = £24 billion"},
	{"pound digits", "£24,000,000,000", []w{{T: "£24,000,000,000", K: Money, V: 24e9, U: "GBP", I: iv(24e9, 24e9)}}, "written in full: exact"},
	{"pound dotted UK", "£24 billion of U.K. defense spending over", []w{{T: "£24 billion", K: Money, V: 24e9, U: "GBP", N: "spending"}}, "dotted abbreviations are skipped in the noun"},
	{"euro", "€24 billion", []w{{T: "€24 billion", K: Money, V: 24e9, U: "EUR"}}, "euro sign"},
	{"dollar tn", "$1.2tn", []w{{T: "$1.2tn", K: Money, V: 1.2e12, U: "USD", I: iv(1.15e12, 1.25e12)}}, "tn is a trillion"},
	{"US dollar", "US$5 million", []w{{T: "US$5 million", K: Money, V: 5e6, U: "USD"}}, "US$ prefix"},
	{"yen", "¥100", []w{{T: "¥100", K: Money, V: 100, U: "JPY"}}, "yen sign"},
	{"iso before", "USD 5 million", []w{{T: "USD 5 million", K: Money, V: 5e6, U: "USD"}}, "ISO code before"},
	{"iso glued", "CHF4.1 billion", []w{{T: "CHF4.1 billion", K: Money, V: 4.1e9, U: "CHF", I: iv(4.05e9, 4.15e9)}}, "a code written against the amount is money in that currency"},
	{"iso glued suffix", "USD5m", []w{{T: "USD5m", K: Money, V: 5e6, U: "USD"}}, "code, amount and scale in one word"},
	{"iso spaced bn", "EUR 3bn", []w{{T: "EUR 3bn", K: Money, V: 3e9, U: "EUR"}}, "code, space, amount with scale"},
	{"iso spaced decimal bn", "CHF 4.1bn", []w{{T: "CHF 4.1bn", K: Money, V: 4.1e9, U: "CHF"}}, "the same amount as CHF4.1 billion"},
	{"iso glued yen", "JPY500", []w{{T: "JPY500", K: Money, V: 500, U: "JPY"}}, "any known code, glued"},
	{"iso glued zloty", "PLN12bn", []w{{T: "PLN12bn", K: Money, V: 12e9, U: "PLN"}}, "a code of a smaller currency"},
	{"not iso PHP", "PHP8 release", nil, "PHP is a language here more often than a peso"},
	{"not iso US", "the US5 team", nil, "US is no currency code: an identifier"},
	{"not iso A320", "an A320 jet", nil, "a product code is no money"},
	{"not iso lower", "chf4 files", nil, "a code is written in capitals"},
	{"not iso unknown", "ABC5 route", nil, "letters not in the list of codes"},
	{"not iso tail", "USD5X engine", nil, "letters after the digits make an identifier, not an amount"},
	{"iso after", "5 million EUR", []w{{T: "5 million EUR", K: Money, V: 5e6, U: "EUR"}}, "ISO code after"},
	{"pounds word", "24 billion pounds", []w{{T: "24 billion pounds", K: Money, V: 24e9, U: "GBP"}}, "currency word after"},
	{"dollars word", "ten dollars", []w{{T: "ten dollars", K: Money, V: 10, U: "USD"}}, "spelled out with a currency word"},
	{"euros word", "3 euros", []w{{T: "3 euros", K: Money, V: 3, U: "EUR"}}, "euros"},
	{"pence", "50p", []w{{T: "50p", K: Money, V: 0.5, U: "GBP"}}, "pence are hundredths of a pound"},
	{"pence word", "50 pence", []w{{T: "50 pence", K: Money, V: 0.5, U: "GBP"}}, "pence word"},
	{"money range", "£20-25bn", []w{{T: "£20-25bn", K: Money, V: 20e9, U: "GBP", H: Range, I: iv(19.5e9, 25.5e9)}}, "the scale of the second end applies to the first"},
	{"money range symbols", "£20bn-£25bn", []w{{T: "£20bn-£25bn", K: Money, V: 20e9, U: "GBP", H: Range}}, "both ends with symbols"},
	{"symbol alone", "costs £ or more", nil, "a currency symbol without an amount"},

	// Percentages.
	{"percent sign", "25% of voters", []w{{T: "25%", K: Percent, V: 25, U: "%", N: "voters", I: iv(24.5, 25.5)}}, "a whole-number percentage is rounded: it stands for ±0.5"},
	{"per cent", "25 per cent", []w{{T: "25 per cent", K: Percent, V: 25, U: "%"}}, "British 'per cent'"},
	{"percent word", "25 percent", []w{{T: "25 percent", K: Percent, V: 25, U: "%"}}, "American 'percent'"},
	{"decimal percent", "24.6%", []w{{T: "24.6%", K: Percent, V: 24.6, U: "%", I: iv(24.55, 24.65)}}, "one decimal"},
	{"percentage points", "3 percentage points", []w{{T: "3 percentage points", K: PercentPoints, V: 3, U: "pp"}}, "points are not per cent"},
	{"basis points", "a cut of 25 basis points", []w{{T: "25 basis points", K: PercentPoints, V: 0.25, U: "pp", I: iv(0.245, 0.255)}}, "a basis point is a hundredth of a percentage point; a whole number of them is rounded like points"},
	{"bps", "a 50 bps hike", []w{{T: "50 bps", K: PercentPoints, V: 0.5, U: "pp", N: "hike"}}, "bps abbreviates basis points"},
	{"bp glued", "a cut of 12.5bp", []w{{T: "12.5bp", K: PercentPoints, V: 0.125, U: "pp", I: iv(0.1245, 0.1255)}}, "a numeral with the bp suffix, one decimal of a basis point"},
	{"quarter of a point", "by a quarter of a percentage point to 4.5%", []w{{T: "a quarter of a percentage point", K: PercentPoints, V: 0.25, U: "pp", I: iv(0.25, 0.25)}, {T: "4.5%", K: Percent, V: 4.5, U: "%"}}, "a share of one percentage point is that many points, not 25%"},
	{"half a point", "by half a percentage point", []w{{T: "half a percentage point", K: PercentPoints, V: 0.5, U: "pp"}}, "half a percentage point is 0.5 points"},
	{"three quarters of a point", "three quarters of a percentage point", []w{{T: "three quarters of a percentage point", K: PercentPoints, V: 0.75, U: "pp"}}, "a numerator above one"},
	{"half a point other", "half a point", []w{}, "a bare point may be a score, not a percentage point: not read"},
	{"words percent", "fifty per cent", []w{{T: "fifty per cent", K: Percent, V: 50, U: "%"}}, "spelled-out percentage"},

	// Hedges.
	{"about", "about 25%", []w{{T: "about 25%", K: Percent, V: 25, U: "%", H: About, I: iv(22, 28)}}, "about widens the rounding interval [24.5, 25.5] by ±10% of 25"},
	{"around", "around 3,000 troops", []w{{T: "around 3,000", V: 3000, H: About, N: "troops", I: iv(2700, 3300)}}, "around = about"},
	{"roughly", "roughly 40", []w{{T: "roughly 40", V: 40, H: About}}, "roughly = about"},
	{"nearly", "nearly 3,700", []w{{T: "nearly 3,700", V: 3700, H: Nearly, I: iv(3330, 3700)}}, "nearly: up to 10% below"},
	{"almost", "almost nine", []w{{T: "almost nine", V: 9, H: Nearly}}, "almost = nearly"},
	{"more than", "more than 3,000 personnel", []w{{T: "more than 3,000", V: 3000, H: MoreThan, N: "personnel"}}, "one-sided"},
	{"over count", "over 3,000 people", []w{{T: "over 3,000", V: 3000, H: MoreThan, N: "people"}}, "'over' before a count is 'more than'"},
	{"at least", "at least 10", []w{{T: "at least 10", V: 10, H: AtLeast, I: iv(10, math.Inf(1))}}, "closed lower bound"},
	{"up to", "up to 10", []w{{T: "up to 10", V: 10, H: UpTo, I: iv(math.Inf(-1), 10)}}, "closed upper bound"},
	{"less than", "less than 5%", []w{{T: "less than 5%", K: Percent, V: 5, U: "%", H: LessThan}}, "upper bound"},
	{"fewer than", "fewer than 20 ships", []w{{T: "fewer than 20", V: 20, H: LessThan, N: "ships"}}, "fewer than"},
	{"under", "under 18", []w{{T: "under 18", V: 18, H: LessThan}}, "under before a number"},
	{"no more than", "no more than 5", []w{{T: "no more than 5", V: 5, H: UpTo}}, "longest hedge phrase wins over 'more than'"},
	{"in excess of", "in excess of £1bn", []w{{T: "in excess of £1bn", K: Money, V: 1e9, U: "GBP", H: MoreThan}}, "multi-word hedge before money"},
	{"over the next four years", "spending over the next four years means", []w{{T: "four years", K: Duration, V: 4, U: "year"}}, "'over' a period is a preposition (SPEC §4)"},
	{"over four years", "£24 billion over four years", []w{{T: "£24 billion", K: Money, V: 24e9, U: "GBP"}, {T: "four years", K: Duration, V: 4, U: "year"}}, "'over four years' is a duration, not more than four"},
	{"over two seasons", "revenue has risen over two seasons", []w{{T: "two", V: 2, N: "seasons"}}, "a season is a period of no fixed length: 'over two seasons' is the period, as 'over four years' is"},
	{"over age", "the theatres are over 40 years old", []w{{T: "over 40 years old", K: Age, V: 40, U: "year", H: MoreThan}}, "'over' before an age is 'more than': an age is no period"},
	{"over two terms", "served over two terms", []w{{T: "two", V: 2, N: "terms"}}, "a term of office is a period too"},
	{"over people", "over two people", []w{{T: "over two", V: 2, H: MoreThan, N: "people"}}, "people are a quantity: 'over' is 'more than'"},
	{"more months", "six more months of data", []w{{T: "six more months", K: Duration, V: 6, U: "month"}}, "the period added is a period: 'six more months' = 'another six months'"},
	{"extra years", "two extra years", []w{{T: "two extra years", K: Duration, V: 2, U: "year"}}, "a quantity adjective before a unit of time"},
	{"more than after", "six more than last year", []w{{T: "six", V: 6}}, "'more' before no unit of time is no part of the figure"},
	{"at least another", "at least another six months", []w{{T: "at least another six months", K: Duration, V: 6, U: "month", H: AtLeast}}, "the hedge bounds the amount added"},
	{"more than four years", "more than four years", []w{{T: "more than four years", K: Duration, V: 4, U: "year", H: MoreThan}}, "'more than' still hedges a duration"},
	{"hedge without figure", "about the ships", nil, "a hedge alone is nothing"},

	// Ranges.
	{"hyphen range", "20-25 people", []w{{T: "20-25", V: 20, H: Range, N: "people", I: iv(20, 25)}}, "hyphenated range"},
	{"to range", "20 to 25", []w{{T: "20 to 25", V: 20, H: Range, I: iv(20, 25)}}, "'to' range"},
	{"between range", "between 3 and 4", []w{{T: "between 3 and 4", V: 3, H: Range, I: iv(3, 4)}}, "'between … and …'"},
	{"words range", "three to four years", []w{{T: "three to four years", K: Duration, V: 3, U: "year", H: Range}}, "the unit applies to both ends"},
	{"percent range", "20-25%", []w{{T: "20-25%", K: Percent, V: 20, U: "%", H: Range}}, "the unit applies to both ends"},
	{"from to", "rose from 20 to 25", []w{{T: "20", V: 20}, {T: "25", V: 25}}, "'from X to Y' is a change, not a range"},
	{"by to", "dropped by 12,000 to 220,000", []w{{T: "12,000", V: 12000}, {T: "220,000", V: 220000}}, "'by X to Y' is a change and where it ends, not a range"},
	{"by money to", "cut by £12m to £220m", []w{{T: "£12m", K: Money, V: 12e6, U: "GBP"}, {T: "£220m", K: Money, V: 220e6, U: "GBP"}}, "a currency sign between 'by' and the amount changes nothing"},
	{"score", "won 3-1", []w{{T: "3", V: 3}, {T: "1", V: 1}}, "a descending pair is not a range"},
	{"year range", "the 2011-12 season", []w{{T: "2011-12", K: Year, V: 2011, H: Range, I: iv(2011, 2012)}}, "a two-digit second year"},
	{"between years", "between 2018 and 2019", []w{{T: "between 2018 and 2019", K: Year, V: 2018, H: Range}}, "a range of years"},

	// Ordinals.
	{"2nd", "the 2nd Battalion", []w{{T: "2nd", K: Ordinal, V: 2, N: "battalion"}}, "numeric ordinal, noun capitalised in the source"},
	{"second word", "second battalion", []w{{T: "second", K: Ordinal, V: 2, N: "battalion"}}, "2nd = second (SPEC §4)"},
	{"21st century", "the 21st century", []w{{T: "21st", K: Ordinal, V: 21, N: "century"}}, "an ordinal, not a date"},
	{"5th generation", "5th generation carrier strike", []w{{T: "5th", K: Ordinal, V: 5, N: "generation"}}, "ordinal before its noun"},
	{"world's first", "the world's first – is", []w{{T: "first", K: Ordinal, V: 1}}, "'first' is an ordinal with no noun here"},
	{"twenty-first", "twenty-first century", []w{{T: "twenty-first", K: Ordinal, V: 21, N: "century"}}, "compound ordinal word"},
	{"hundredth", "the hundredth day", []w{{T: "hundredth", K: Ordinal, V: 100, N: "day"}}, "ordinal scale word"},
	{"second largest", "the second largest budget", []w{{T: "second", K: Ordinal, V: 2, N: "budget"}}, "quantity adjectives are skipped for the noun"},
	{"30 seconds", "30 seconds", []w{{T: "30 seconds", K: Duration, V: 30, U: "second"}}, "after a number, 'second' is a unit"},
	{"0th", "0th", nil, "no zeroth position"},

	// Dates.
	{"day month year", "Published 21 September 2018", []w{{T: "21 September 2018", K: Date, V: 20180921}}, "British order"},
	{"month day year", "September 21, 2018", []w{{T: "September 21, 2018", K: Date, V: 20180921}}, "American order"},
	{"iso", "2018-09-21", []w{{T: "2018-09-21", K: Date, V: 20180921}}, "ISO 8601"},
	{"weekday", "Thursday, April 18, 2024", []w{{T: "Thursday, April 18, 2024", K: Date, V: 20240418}}, "weekday included in the span"},
	{"weekday british", "Thursday 18 April 2024", []w{{T: "Thursday 18 April 2024", K: Date, V: 20240418}}, "weekday before a British date"},
	{"slash", "21/09/2018", []w{{T: "21/09/2018", K: Date, V: 20180921}}, "slash dates are day first"},
	{"slash ambiguous", "04/05/2018", []w{{T: "04/05/2018", K: Date, V: 20180504}}, "ambiguous: 4 May, day first"},
	{"slash american", "9/21/2018", []w{{T: "9/21/2018", K: Date, V: 20180921}}, "21 cannot be a month, so it is the day"},
	{"ordinal day of", "the 21st of September", []w{{T: "21st of September", K: Date, V: 921}}, "no year: yyyy is 0"},
	{"abbrev", "21 Sept 2018", []w{{T: "21 Sept 2018", K: Date, V: 20180921}}, "abbreviated month"},
	{"month year", "May 2021", []w{{T: "May 2021", K: Date, V: 20210500}}, "month precision: day is 0"},
	{"day month", "on 21 May", []w{{T: "21 May", K: Date, V: 521}}, "no year"},
	{"invalid day", "31 February 2018", []w{{T: "31", V: 31}, {T: "February 2018", K: Date, V: 20180200}}, "31 February is not a date"},
	{"leap day", "29 February 2020", []w{{T: "29 February 2020", K: Date, V: 20200229}}, "2020 is a leap year"},
	{"dotted date", "21.09.2018", nil, "dotted dates are not read"},
	{"fraction", "24/7 support", nil, "a two-part slash form is not a date"},
	{"time", "at 10:30 today", []w{{T: "10:30", K: Time, V: 630}}, "a 24-hour time: minutes after midnight"},
	{"time pm", "at 6.42pm on", []w{{T: "6.42pm", K: Time, V: 18*60 + 42}}, "6.42pm = 18:42"},
	{"time spaced", "at 3 p.m. on", []w{{T: "3 p.m.", K: Time, V: 15 * 60}}, "dotted p.m. after a space"},
	{"midnight", "at 12am", []w{{T: "12am", K: Time, V: 0}}, "12am is midnight"},
	{"ratio", "a 3:1 ratio", nil, "one digit after the colon: a ratio, not a time"},
	{"13pm", "at 13pm", nil, "no 13 o'clock on a 12-hour clock"},

	// Months.
	{"in May", "set sail in May on", []w{{T: "May", K: Month, V: 5}}, "after 'in'"},
	{"may verb", "you may go", nil, "lower-case may is the verb"},
	{"May sentence start", "May I ask a question?", nil, "capitalised at sentence start: the verb"},
	{"May surname", "Theresa May said", nil, "after a capitalised word: a surname"},
	{"April name", "April Jones said", nil, "before a capitalised word: a name"},
	{"mid-May", "by mid-May", []w{{T: "May", K: Month, V: 5}}, "after mid-"},
	{"since March", "since March the", []w{{T: "March", K: Month, V: 3}}, "after 'since'"},
	{"word range scale", "Between three and five million people", []w{{T: "Between three and five million", V: 3e6, N: "people", H: Range, I: iv(2.5e6, 5.5e6)}}, "the scale word applies to both ends, words or digits"},
	{"percent range between", "rise by between 5% and 8%.", []w{{T: "between 5% and 8%", K: Percent, V: 5, U: "%", H: Range, I: iv(4.5, 8.5)}}, "the unit after each end of a between-range"},
	{"percent range dash", "rose 5%-8% last year", []w{{T: "5%-8%", K: Percent, V: 5, U: "%", H: Range, I: iv(4.5, 8.5)}}, "the unit after each end of a dash range"},
	{"percent change", "from 5% to 8% of", []w{{T: "5%", K: Percent, V: 5, U: "%"}, {T: "8%", K: Percent, V: 8, U: "%"}}, "a change from one figure to another is no range"},
	{"percent then count", "cut by 5% to 10,000 staff", []w{{T: "5%", K: Percent, V: 5, U: "%"}, {T: "10,000", V: 10000, N: "staff"}}, "the second figure has no percent sign"},
	{"on Tuesday", "voted on Tuesday to approve", []w{{T: "Tuesday", K: Weekday, V: 2}}, "a weekday on its own is a day"},
	{"On Tuesday", "On Tuesday the council voted", []w{{T: "Tuesday", K: Weekday, V: 2}}, "a capitalised preposition before it"},
	{"Sunday possessive", "Sunday's vote", []w{{T: "Sunday", K: Weekday, V: 7}}, "the day of a vote"},
	{"Good Friday", "the Good Friday Agreement", nil, "part of a name: a capitalised word before"},
	{"Sunday Times", "told the Sunday Times", nil, "part of a name: a newspaper"},
	{"weekday before a name", "on Monday Reyes said", []w{{T: "Monday", K: Weekday, V: 1}}, "a person's name after it is no newspaper"},
	{"weekday lower case", "a monday morning feeling", nil, "a weekday is capitalised"},
	{"weekday abbreviation", "Sat on the bench", nil, "abbreviations are read only inside dates"},
	{"weekday in a date", "Thursday, April 18, 2024", []w{{T: "Thursday, April 18, 2024", K: Date, V: 20240418}}, "a date with its weekday is one date"},
	{"march verb", "they march on", nil, "lower-case march"},
	{"September mid sentence", "last September the", []w{{T: "September", K: Month, V: 9}}, "after 'last'"},

	// Years.
	{"in 2019", "in 2019", []w{{T: "2019", K: Year, V: 2019}}, "a year after 'in'"},
	{"year alone", "2018 was a good year", []w{{T: "2018", K: Year, V: 2018}}, "a four-digit numeral not followed by a content word"},
	{"the 2019 election", "the 2019 election", []w{{T: "2019", K: Year, V: 2019}}, "after a determiner: attributive year"},
	{"count not year", "2000 people", []w{{T: "2000", V: 2000, N: "people"}}, "followed by a lower-case content word: a count"},
	{"decade", "the 1990s", []w{{T: "1990s", K: Year, V: 1990, I: iv(1990, 1999)}}, "a decade spans ten years"},

	// Durations and ages.
	{"seven-month", "seven-month maiden operational deployment", []w{{T: "seven-month", K: Duration, V: 7, U: "month", N: "deployment"}}, "hyphenated duration; noun is the head of the run after it"},
	{"seven months", "lasts seven months", []w{{T: "seven months", K: Duration, V: 7, U: "month"}}, "seven-month = seven months"},
	{"four years", "four years", []w{{T: "four years", K: Duration, V: 4, U: "year"}}, "plural unit"},
	{"a decade", "a decade", []w{{T: "a decade", K: Duration, V: 10, U: "year"}}, "a decade is ten years"},
	{"two decades", "two decades", []w{{T: "two decades", K: Duration, V: 20, U: "year"}}, "decades count tens of years"},
	{"fortnight", "a fortnight", []w{{T: "a fortnight", K: Duration, V: 2, U: "week"}}, "a fortnight is two weeks"},
	{"half an hour", "half an hour", []w{{T: "half an hour", K: Duration, V: 0.5, U: "hour"}}, "half before a unit"},
	{"a year not read", "once a year", nil, "'a year' is usually a rate: not read"},
	{"age hyphen", "a 10-year-old boy", []w{{T: "10-year-old", K: Age, V: 10, U: "year", N: "boy"}}, "hyphenated age"},
	{"age words", "he is 10 years old", []w{{T: "10 years old", K: Age, V: 10, U: "year"}}, "age in words"},
	{"aged", "aged 10", []w{{T: "aged 10", K: Age, V: 10, U: "year"}}, "'aged' before a number"},
	{"24-hour", "a 24-hour strike", []w{{T: "24-hour", K: Duration, V: 24, U: "hour", N: "strike"}}, "numeral hyphen unit"},

	// Temperatures.
	{"fahrenheit", "63.8 F", []w{{T: "63.8 F", K: Temperature, V: 63.8, U: "°F"}}, "decided: a temperature figure, unit °F"},
	{"degree sign", "20°C", []w{{T: "20°C", K: Temperature, V: 20, U: "°C"}}, "degree sign"},
	{"glued F", "63.8F", []w{{T: "63.8F", K: Temperature, V: 63.8, U: "°F"}}, "glued unit letter"},
	{"degrees celsius", "30 degrees Celsius", []w{{T: "30 degrees Celsius", K: Temperature, V: 30, U: "°C"}}, "spelled unit"},

	// Identifiers and other hard negatives.
	{"G7", "the G7 meeting", nil, "letters and digits: an identifier"},
	{"CSG21", "Carrier Strike Group (CSG21).", nil, "an identifier in brackets"},
	{"5G", "5G networks", nil, "unknown suffix: identifier"},
	{"COVID-19", "COVID-19 cases", nil, "digits after a word and a hyphen"},
	{"F-35", "F-35 jets", nil, "aircraft designation"},
	{"A400M", "A400M transport", nil, "letters around digits"},
	{"US-UK", "the US-UK alliance", nil, "no digits at all"},
	{"phone plus", "call +44 20 7946 0958 now", nil, "international phone number"},
	{"signed percent", "volumes +31% on the year", []w{{T: "31%", K: Percent, V: 31, U: "%"}}, "a sign before a percentage marks a change, not a phone number"},
	{"phone zero", "call 020 7946 0958 now", nil, "a leading zero starts a phone number"},
	{"phone dashes", "call 555-123-4567 now", nil, "three dashed groups"},
	{"10am", "at 10am", []w{{T: "10am", K: Time, V: 600}}, "a time of day"},
	{"km", "a 5km run", []w{{T: "5km", V: 5, N: "km"}}, "a unit written against the number counts it, as '5 km run' does"},
	{"glued mph", "below the 20mph limit", []w{{T: "20mph", V: 20, U: "mph", N: "mph"}}, "a unit of speed written against the number"},
	{"glued kph", "at 32kph", []w{{T: "32kph", V: 32, U: "km/h", N: "km/h"}}, "kph is km/h"},
	{"glued km/h", "at 11km/h on", []w{{T: "11km/h", V: 11, U: "km/h", N: "km/h"}}, "km/h written against the number: a speed, not a length"},
	{"spaced km/h", "at 11 km/h when", []w{{T: "11 km/h", V: 11, U: "km/h", N: "km/h"}}, "km/h after the number: a speed, part of the figure as 'years' is of 'four years', not a length in km"},
	{"miles per hour", "at 30 miles per hour", []w{{T: "30 miles per hour", V: 30, U: "mph", N: "mph"}}, "miles per hour is mph"},
	{"kilometres an hour", "at 50 kilometres an hour", []w{{T: "50 kilometres an hour", V: 50, U: "km/h", N: "km/h"}}, "kilometres an hour is km/h"},
	{"miles away", "about 35 miles away", []w{{T: "about 35", V: 35, H: About, N: "miles"}}, "miles without 'an hour' stay a length"},
	{"glued unit leading zero", "part 05kg", nil, "a leading zero makes an identifier"},
	{"mid-2019", "by mid-2019", []w{{T: "2019", K: Year, V: 2019}}, "mid- does not make an identifier"},

	// Nouns.
	{"noun list", "Nine ships, 32 aircraft and 3,700 personnel set sail", []w{
		{T: "Nine", V: 9, N: "ships"}, {T: "32", V: 32, N: "aircraft"}, {T: "3,700", V: 3700, N: "personnel"}},
		"each count takes the next word; commas and 'and' end the noun"},
	{"noun of the", "24 of the ships", []w{{T: "24", V: 24, N: "ships"}}, "'of the' before the noun"},
	{"noun adjective", "32 extra aircraft", []w{{T: "32", V: 32, N: "aircraft"}}, "quantity adjectives are skipped"},
	{"noun stop", "32 were lost", []w{{T: "32", V: 32}}, "a function word is no noun"},
	{"noun new line", "32\naircraft", []w{{T: "32", V: 32}}, "a line break ends the noun search"},
	{"noun after a name", "Eleven of the 24 Championship clubs", []w{{T: "Eleven", V: 11}, {T: "24", V: 24, N: "clubs"}},
		"a capitalised word between a count and a lower-case noun names whose they are; the noun is counted"},
	{"noun after two names", "40 Premier League players", []w{{T: "40", V: 40, N: "players"}}, "two capitalised words before the noun"},
	{"noun a name", "3 Downing Street", []w{{T: "3", V: 3, N: "downing"}}, "no lower-case noun after the name: the name"},
}

func TestParse(t *testing.T) {
	for _, tc := range parseTests {
		t.Run(tc.name, func(t *testing.T) {
			got := Parse(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("Parse(%q) = %d figures %v, want %d (%s)", tc.text, len(got), texts(got), len(tc.want), tc.reason)
			}
			from := 0
			for i, w := range tc.want {
				g := got[i]
				start := strings.Index(tc.text[from:], w.T)
				if start < 0 {
					t.Fatalf("bad test: %q not in %q", w.T, tc.text)
				}
				start += from
				from = start + len(w.T)
				if g.Text != w.T || g.Start != start || g.End != start+len(w.T) {
					t.Errorf("figure %d: %q at [%d,%d), want %q at [%d,%d) (%s)", i, g.Text, g.Start, g.End, w.T, start, start+len(w.T), tc.reason)
				}
				if g.Kind != w.K || g.Value != w.V || g.Unit != w.U || g.Hedge != w.H || g.Noun != w.N {
					t.Errorf("figure %q: kind %v value %v unit %q hedge %q noun %q, want %v %v %q %q %q (%s)",
						g.Text, g.Kind, g.Value, g.Unit, g.Hedge, g.Noun, w.K, w.V, w.U, w.H, w.N, tc.reason)
				}
				if w.I != nil && !(near(g.Lo, w.I[0]) && near(g.Hi, w.I[1])) {
					t.Errorf("figure %q: interval [%v, %v], want [%v, %v] (%s)", g.Text, g.Lo, g.Hi, w.I[0], w.I[1], tc.reason)
				}
			}
		})
	}
}

func near(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

func texts(fs []Figure) []string {
	var s []string
	for _, f := range fs {
		s = append(s, f.Text)
	}
	return s
}
