// Package source reads the documents that claims are checked against:
// plain text, Markdown and HTML (SPEC §1).
//
// A Source keeps the unmodified bytes of its file (Raw) and a plain-text
// view of what a reader sees (Text): for HTML, the body text without tags,
// scripts or navigation; for Markdown, the text without markup. Every byte of
// Text maps back to a byte of Raw (RawOffset), so positions reported to users
// always refer to the original file.
package source
