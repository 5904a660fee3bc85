package source

import (
	"github.com/verity-news/verity/verify/textpos"
)

// Format is the kind of markup a source is written in.
type Format int

const (
	PlainText Format = iota
	Markdown
	HTML
)

func (f Format) String() string {
	switch f {
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return "text"
}

// Range is a half-open byte range [Start, End) of a Source's Text.
type Range struct {
	Start int // first byte, 0-based, into Text
	End   int // one past the last byte, into Text
}

// Block is a paragraph-like unit of Text: a paragraph, heading, list item or
// line of boilerplate. Blocks are in order, do not overlap, and exclude the
// blank lines between them.
type Block struct {
	Range
	// Quote is true when the block lies in a quote boundary of the markup:
	// an HTML <blockquote> or a Markdown "> " block quote.
	Quote bool
	// Boilerplate is true for lines a reader skips: bylines, "Related
	// Articles", "- Advertisement -", weather and date headers, author
	// blurbs. Boilerplate is kept in Text but is not evidence.
	Boilerplate bool
}

// Sentence is one sentence of Text. A sentence may cross a block boundary
// when the source broke a paragraph mid-sentence ("rigorous privacy\n\n
// standards.").
type Sentence struct {
	Range
}

// Source is one document.
type Source struct {
	// Name is the path as given on the command line (for a directory:
	// relative to it, with '/'); for the seeds, the file name.
	Name   string
	Format Format
	// Raw is the file's bytes, unmodified (a BOM, if any, included).
	Raw []byte
	// Text is the plain-text view of the document, blocks separated by
	// blank lines. For plain text it is Raw without a BOM. HTML <q>
	// elements appear in Text wrapped in “ ” so quote extraction sees them
	// as quote marks; the marks map to the tags' offsets in Raw.
	Text string
	// Blocks are Text's paragraphs in order.
	Blocks []Block
	// Sentences are Text's sentences in order.
	Sentences []Sentence

	// offsets[i] is the Raw offset of Text byte i; offsets[len(Text)] is
	// the Raw offset just past the text's last byte. nil means Text is Raw
	// shifted by base bytes (plain text, where base is the BOM's length).
	offsets []int
	base    int
	pos     *textpos.Index
}

// RawOffset maps a byte offset of Text to the byte offset of Raw it came
// from. For an end offset (one past a byte), use RawEnd.
func (s *Source) RawOffset(textOff int) int {
	if textOff < 0 {
		textOff = 0
	}
	if textOff > len(s.Text) {
		textOff = len(s.Text)
	}
	if s.offsets == nil {
		return textOff + s.base
	}
	return s.offsets[textOff]
}

// RawEnd maps the end offset of a half-open Text range to the end offset of
// the Raw range it came from: one past the raw byte of Text byte textEnd-1.
func (s *Source) RawEnd(textEnd int) int {
	if textEnd <= 0 {
		return s.RawOffset(0)
	}
	if s.offsets == nil {
		return s.RawOffset(textEnd)
	}
	return s.RawOffset(textEnd-1) + 1
}

// Pos returns the line and column of a Raw byte offset.
func (s *Source) Pos(rawOff int) textpos.Pos {
	if s.pos == nil {
		s.pos = textpos.New(s.Raw)
	}
	return s.pos.Pos(rawOff)
}
