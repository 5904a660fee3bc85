package source

import (
	"bytes"
	"sort"
	"sync/atomic"

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
	// blurbs. Boilerplate is kept in Text; it holds no quotes and is never
	// joined to a neighbouring block, but a claim may still rest on it (a
	// dateline gives the publication date). The rules are listed in
	// boilerplate.go.
	Boilerplate bool
	// Link is true for boilerplate that points to another page: a "Read
	// more: …" prompt, or a headline listed under "Related Articles" or
	// "Most read". It is no evidence for any claim.
	Link bool
	// Heading is true for a title: an HTML <h1>–<h6>, a Markdown heading, or
	// in plain text a short single line without final punctuation. A
	// heading is never joined to the next block for sentence splitting.
	Heading bool
	// ListItem is true for an item of a Markdown list: a sentence of its
	// own, never joined to its neighbours, read with the lead-in line
	// before the list ("the breach affected:").
	ListItem bool
	// Row is true for a row of a Markdown table, its cells apart as
	// written ("Potatoes | 38 | 44"); Head too for the table's heading
	// row, whose cells name the columns the rows after it fill. Both are
	// left out of a JSON encoding when false: blocks outside a table
	// encode as they did before tables were marked.
	Row  bool `json:",omitempty"`
	Head bool `json:",omitempty"`
}

// Sentence is one sentence of Text. A sentence may cross a block boundary
// when the source broke a paragraph mid-sentence ("rigorous privacy\n\n
// standards.").
type Sentence struct {
	Range
	// Block is the index in Source.Blocks of the block the sentence starts
	// in.
	Block int
}

// Warning is a problem that did not stop a source from being read: a file
// skipped as binary, bytes decoded as Windows-1252. The CLI prints it on
// stderr.
type Warning struct {
	Source string // the source's name
	Msg    string // what happened, one line
}

func (w Warning) String() string { return w.Source + ": " + w.Msg }

// Source is one document.
type Source struct {
	// Name is the path as given on the command line (for a directory:
	// relative to it, with '/'); for the seeds, the file name.
	Name   string
	Format Format
	// Raw is the file's bytes, unmodified (a BOM, if any, included). It
	// must not be written to: for a file Load read, Text may share its
	// bytes.
	Raw []byte
	// Text is the plain-text view of the document, blocks separated by
	// blank lines. For plain text it is Raw without a BOM. HTML <q>
	// elements appear in Text wrapped in “ ” so quote extraction sees them
	// as quote marks; the marks map to the tags' offsets in Raw.
	Text string
	// Blocks are Text's paragraphs in order.
	Blocks []Block
	// Sentences are Text's sentences in order. They cover the text of
	// every block, boilerplate included: check the flag of the block a
	// sentence starts in (Sentence.Block).
	Sentences []Sentence
	// Warnings are the problems met while reading the source, such as
	// invalid UTF-8 decoded as Windows-1252.
	Warnings []Warning

	// pieces map Text back to Raw, in Text order and in Raw order. nil
	// means Text is Raw shifted by base bytes (UTF-8 plain text, where base
	// is the BOM's length).
	pieces []piece
	base   int
	pos    atomic.Pointer[textpos.Index] // Raw's lines, indexed on first use
	shared bool                          // Text may share Raw's bytes (Load read Raw; nobody else holds it)

	disk     *disk // the regular file Load read, which Reload reads again; nil otherwise
	released bool  // Release dropped Raw, Text, Blocks and Sentences
}

// A piece says where Text[text:text+n] came from: Raw[raw:raw+rawLen].
// When exact, the bytes are a copy and Text byte text+i is Raw byte raw+i.
// Otherwise every byte of the piece came from the whole raw range: an
// entity, a Windows-1252 byte, collapsed whitespace, an inserted mark.
type piece struct {
	text, n     int
	raw, rawLen int
	exact       bool
}

// find returns the index of the piece holding Text byte i (0 <= i < len(Text)).
func (s *Source) find(i int) int {
	return sort.Search(len(s.pieces), func(k int) bool { return s.pieces[k].text > i }) - 1
}

// RawOffset maps a byte offset of Text to the byte offset of Raw it came
// from; offsets are clamped to [0, len(Text)], and len(Text) maps to the
// end of the Raw bytes the text came from. For an end offset (one past a
// byte), use RawEnd.
func (s *Source) RawOffset(textOff int) int {
	if textOff < 0 {
		textOff = 0
	}
	if textOff >= len(s.Text) {
		return s.rawEndOfText()
	}
	if s.pieces == nil {
		return textOff + s.base
	}
	p := s.pieces[s.find(textOff)]
	if p.exact {
		return p.raw + textOff - p.text
	}
	return p.raw
}

// RawEnd maps the end offset of a half-open Text range to the end offset of
// the Raw range it came from: one past the raw bytes of Text byte
// textEnd-1 (past the whole entity when that byte came from one).
func (s *Source) RawEnd(textEnd int) int {
	if textEnd <= 0 {
		return s.RawOffset(0)
	}
	if textEnd > len(s.Text) {
		textEnd = len(s.Text)
	}
	if s.pieces == nil {
		return textEnd + s.base
	}
	p := s.pieces[s.find(textEnd-1)]
	if p.exact {
		return p.raw + textEnd - p.text
	}
	return p.raw + p.rawLen
}

func (s *Source) rawEndOfText() int {
	if s.pieces == nil {
		return len(s.Text) + s.base
	}
	if len(s.pieces) == 0 {
		return s.base
	}
	p := s.pieces[len(s.pieces)-1]
	return p.raw + p.rawLen
}

// RawRange maps a Range of Text to the half-open byte range of Raw it came
// from.
func (s *Source) RawRange(r Range) (start, end int) {
	start = s.RawOffset(r.Start)
	if r.End <= r.Start {
		return start, start
	}
	return start, s.RawEnd(r.End)
}

// Pos returns the line and column of a Raw byte offset. A UTF-8 BOM takes
// no column: editors do not show it, so the first letter of a file with a
// BOM is at column 1, as without. It is safe for concurrent use. The
// first call indexes Raw's lines: most sources of a large corpus are never
// cited, and their line tables are never built.
func (s *Source) Pos(rawOff int) textpos.Pos {
	x := s.pos.Load()
	if x == nil {
		x = textpos.New(s.Raw)
		if !s.pos.CompareAndSwap(nil, x) {
			x = s.pos.Load()
		}
	}
	p := x.Pos(rawOff)
	if p.Line == 1 && p.Column > 1 && rawOff >= len(bom) && bytes.HasPrefix(s.Raw, bom) {
		p.Column--
	}
	return p
}

// BlockAt returns the index of the block holding Text offset off, or -1
// when off falls between blocks.
func (s *Source) BlockAt(off int) int {
	i := sort.Search(len(s.Blocks), func(k int) bool { return s.Blocks[k].End > off })
	if i < len(s.Blocks) && s.Blocks[i].Start <= off {
		return i
	}
	return -1
}
