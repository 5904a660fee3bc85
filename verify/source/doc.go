// Package source reads the documents that claims are checked against:
// plain text, Markdown and HTML (SPEC §1).
//
// A Source keeps the unmodified bytes of its file (Raw) and a plain-text
// view of what a reader sees (Text). Every byte of Text maps back to the
// bytes of Raw it came from (RawOffset, RawEnd, RawRange), so positions
// reported to users always refer to the original file; Pos turns a Raw
// offset into a line and column.
//
// What Text holds, by format (Parse chooses by extension, FormatOf):
//
//   - Plain text (.txt and any other extension holding text): Raw without
//     its UTF-8 BOM, byte for byte. Blocks are paragraphs between blank
//     lines; a boilerplate line inside a paragraph is a block of its own.
//   - Markdown (.md, .markdown), read with goldmark: paragraphs, headings
//     and list items, separated by "\n\n", inline markup removed (a link
//     keeps its text, a code span its code); fenced and indented code,
//     HTML blocks, images and YAML front matter are dropped; line breaks
//     become spaces. "> " block quotes give Quote blocks.
//   - HTML (.html, .htm), read with the x/net/html tokenizer: the body's
//     text, blocks separated by "\n\n", white space collapsed, entities
//     decoded; scripts, styles, head, nav, header, footer, aside, forms,
//     buttons, svg, iframes and hidden elements are dropped. <blockquote>
//     gives Quote blocks; <q> appears wrapped in “ ” whose bytes map to
//     the tags.
//
// Bytes that are not valid UTF-8 in a text file are decoded as
// Windows-1252 and reported in Source.Warnings; binary and UTF-16 files
// are refused with a *BinaryError.
//
// Blocks carry flags: Quote, Heading, and Boilerplate (bylines, datelines,
// "Related Articles", …; the rules are listed in boilerplate.go).
// Sentences are split by rules tuned for news text (sentence.go) and stay
// within a block, except where a paragraph was broken mid-sentence.
//
// Load expands command-line paths (files, directories, globs, "-" for
// stdin) and parses them in parallel; Seeds parses the built-in seeds.
package source
