// Package verify checks claims against sources (SPEC §4): for each claim it
// finds the best-aligned evidence and gives a verdict — supported,
// contradicted or missing — with a reason, a score and the evidence.
//
// The stages, each in its own package or file:
//
//	source   reads documents into text mapped back to file offsets
//	quote    extracts quote spans: who said which words, where
//	words    normalises text and splits it into comparable tokens
//	figure   finds numbers, money, dates and durations, compared as values
//	corpus.go  indexes sentences and quote spans by word stem
//	align.go   aligns a claim's words inside a passage, word by word
//	check.go   turns alignments into verdicts, with SPEC §4's precedence
//	evidence.go  locates the evidence and words the message
//	report   renders results as a table, JSON, SARIF, …
package verify
