// Package report renders a [verify.Report] in each of verity's output
// formats: a terminal table, JSON (SPEC §5, schemas/report.schema.json),
// GitHub-flavoured Markdown, CSV, SARIF 2.1.0, GitHub Actions workflow
// commands, JUnit XML and reviewdog's rdjsonl.
//
// Each format has its own file. [Write] renders to an [io.Writer];
// [WriteFile] replaces a file atomically. Output is deterministic: the same
// report gives the same bytes.
//
// Positions: a Result's Line and Column locate the claim in its claims file
// or draft ([Options.ClaimsFile], or Result.File when set); an Evidence's
// locate the passage in its source. Lines are 1-based; columns are 1-based
// and count Unicode code points. Zero means unknown, and the formats then
// leave the position out.
//
// Text from sources is untrusted. Every format escapes it for its own
// syntax, and the terminal table and Markdown replace control characters,
// so a source can't inject terminal escape sequences, table cells or
// workflow commands.
package report
