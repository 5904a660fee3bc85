// Package words turns text into the form the verifier compares: folded text
// with a map back to the original bytes, and word tokens with their folded
// form and stem.
//
// Fold removes the differences that never make a quote "altered" (SPEC §4):
// Unicode compatibility forms (NFKC), case, quote-mark and dash style,
// whitespace and line breaks, dots in abbreviations (U.S. = US) and
// British/American spelling (defence = defense). Exactly tells the narrower
// "as written" equality: only whitespace and quote-mark style may differ.
//
// Tokenize splits text into word tokens, each with byte offsets into the
// unmodified input, its folded form (Norm) and its Snowball English stem.
// Stopword, Negation and Negations classify folded tokens.
//
// British spellings come from the UK→US word list of
// github.com/golangci/misspell (DictAmerican), corrected in a few places and
// extended by suffix rules that were checked against that list; see American.
package words
