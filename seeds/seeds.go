// Package seeds holds the built-in seed documents, verity's default corpus
// when no --sources are given, and an example claims file about them.
package seeds

import "embed"

// FS holds the seed documents (*.txt) under their own file names, and
// claims.json, the example claims file.
//
//go:embed *.txt claims.json
var FS embed.FS
