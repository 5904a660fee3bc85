// Package figure finds the figures in English news text and decides whether
// two of them agree.
//
// Parse reads numbers ("3,700", "1.5", "nine", "twenty-four", "a dozen",
// "half a million"), scale words and abbreviations ("£24 billion", "£24bn",
// "$1.2tn"), money in symbols, ISO codes and words ("US$", "EUR 3bn",
// "CHF4.1bn", "pounds"), percentages and percentage points (basis points
// and "a quarter of a percentage point" among them), ordinals ("2nd",
// "second", "21st century"), dates ("21 September 2018", "September 21, 2018",
// "2018-09-21", "Thursday, April 18, 2024", "21/09/2018" read day first),
// months ("in May"), years ("in 2019", "1990s", "2011-12"), durations and
// ages ("seven-month", "four years", "a decade", "10-year-old"),
// temperatures ("63.8 F"), times of day ("18:42", "6.42pm"), fractions in
// words as percentages ("a quarter" = 25%, "two thirds", "half"), ranges
// ("20-25", "between 3 and 4") and hedges ("about", "more than", "up to"). Each Figure records its byte span, a
// canonical Value in a canonical Unit, the interval [Lo, Hi] the figure
// stands for, and the counted noun that follows it ("Nine ships" → "ships").
//
// What is not a figure: digits inside identifiers that mix letters and
// digits ("G7", "CSG21", "5G", "COVID-19", "F-35", "A400M"), phone numbers,
// slash fractions and ratios ("24/7", "3:1"), "a third" as a position ("a
// third runway"), "one" as a pronoun ("no one", "the
// one Defence Minister", "one of the"), "may" the verb, vague quantities
// ("many years", "dozens", "a number of"). "over" before a duration is a
// preposition: "over the next four years" is four years, not more than
// four. Negative numbers are not read.
//
// Relate, Agree and Compare decide whether a claim's figures are borne out
// by the figures of some evidence, following the verdict rules of verity's
// SPEC §4: figures agree when they are equal at the precision written,
// hedges widen them or make them one-sided, and a different currency, unit,
// year or count is a mismatch.
//
// The package depends only on the standard library. Parse makes one pass
// over the text and allocates little beyond its result.
package figure
