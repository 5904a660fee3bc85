// Package claims reads and validates claims files (SPEC §3): the JSON list
// of figures, statements and quotes that verity checks against its sources.
//
// Load checks a file against the embedded JSON schema
// (schemas/claims.schema.json) and against what the schema cannot say:
// unique ids, text that is not only white space, no key given twice in one
// object, UTF-8 without a byte-order mark. Every problem comes back at once
// in an ErrorList, sorted by position, each Error with its line, column
// (in Unicode code points), JSON pointer, Code and a plain-English message:
//
//	claims.json:7:18: /claims/2/speaker: expected string, got number
//
// Error.Caret adds the source line and a caret under the column. A file that
// is not JSON stops at its first syntax error, as no later position could be
// trusted.
package claims
