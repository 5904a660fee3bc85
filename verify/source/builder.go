package source

import (
	"html"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// builder accumulates the Text of a marked-up document with its map back
// to Raw, and its blocks. Markup readers feed it raw byte ranges; it
// collapses whitespace, decodes entities and Windows-1252 bytes, and puts
// "\n\n" between blocks.
type builder struct {
	raw     []byte
	src     []byte // Markdown: the copy goldmark parsed
	text    []byte
	pieces  []piece
	blocks  []Block
	decoded int // bytes decoded as Windows-1252

	open      bool // a block has content
	start     int  // Text offset where the open block starts
	flags     Block
	space     bool // a collapsed space is pending
	spaceRaw  int  // Raw range of the pending space's whitespace
	spaceEnd  int
	entities  bool // decode HTML character references
	escapes   bool // drop Markdown backslash escapes
	lastRawAt int  // Raw offset just past the last emitted piece
}

var space = []byte(" ")

func newBuilder(raw []byte, base int) *builder {
	return &builder{raw: raw, text: make([]byte, 0, len(raw)), pieces: make([]piece, 0, len(raw)/16+1), lastRawAt: base}
}

// add appends Text bytes t that came from Raw[raw:raw+rawLen].
func (b *builder) add(t []byte, raw, rawLen int, exact bool) {
	if len(t) == 0 {
		return
	}
	if n := len(b.pieces); exact && n > 0 {
		if p := &b.pieces[n-1]; p.exact && p.raw+p.rawLen == raw && p.text+p.n == len(b.text) {
			p.n += len(t)
			p.rawLen += rawLen
			b.text = append(b.text, t...)
			b.lastRawAt = raw + rawLen
			return
		}
	}
	b.pieces = append(b.pieces, piece{text: len(b.text), n: len(t), raw: raw, rawLen: rawLen, exact: exact})
	b.text = append(b.text, t...)
	b.lastRawAt = raw + rawLen
}

// beforeContent opens a block, or writes a pending space, before content
// that comes from Raw offset at.
func (b *builder) beforeContent(at int) {
	if !b.open {
		if len(b.text) > 0 {
			// The separator stands for the markup between the blocks.
			b.add([]byte("\n\n"), b.lastRawAt, at-b.lastRawAt, false)
		}
		b.open = true
		b.start = len(b.text)
		b.space = false
		return
	}
	if b.space {
		// A lone ' ' is a copy, which keeps the run of pieces unbroken.
		exact := b.spaceEnd-b.spaceRaw == 1 && b.raw[b.spaceRaw] == ' '
		b.add(space, b.spaceRaw, b.spaceEnd-b.spaceRaw, exact)
		b.space = false
	}
}

// pendingSpace asks for a space between content before and after; it is
// dropped at a block's edges.
func (b *builder) pendingSpace(raw, end int) {
	if !b.open {
		return
	}
	if !b.space {
		b.space, b.spaceRaw, b.spaceEnd = true, raw, end
	} else {
		b.spaceEnd = end
	}
}

// mark inserts t (a quote mark) standing for the markup Raw[raw:end].
func (b *builder) mark(t string, raw, end int) {
	b.beforeContent(raw)
	b.add([]byte(t), raw, end-raw, false)
}

// closeMark inserts a closing quote mark for the markup Raw[raw:end]: it
// goes right after the text, and a pending space moves after it.
func (b *builder) closeMark(t string, raw, end int) {
	if !b.open {
		return
	}
	space, sr, se := b.space, b.spaceRaw, b.spaceEnd
	b.space = false
	b.add([]byte(t), raw, end-raw, false)
	if space {
		b.space, b.spaceRaw, b.spaceEnd = true, max(sr, end), max(se, end)
	}
}

// endBlock closes the open block, if any. The next content starts a block
// with flags next.
func (b *builder) endBlock(next Block) {
	if b.open {
		blk := b.flags
		blk.Range = Range{b.start, len(b.text)}
		// A block of only non-breaking spaces and the like holds nothing
		// to read: its bytes stay in Text, outside any block.
		if hasNonSpace(b.text[blk.Start:blk.End]) {
			b.blocks = append(b.blocks, blk)
		}
		b.open = false
	}
	b.space = false
	b.flags = next
}

// content emits Raw[start:end] as inline text: whitespace runs collapse to
// one space, entities and escapes are decoded as configured.
func (b *builder) content(start, end int) {
	raw := b.raw
	for i := start; i < end; {
		c := raw[i]
		switch {
		case isSpace(c):
			j := i + 1
			for j < end && isSpace(raw[j]) {
				j++
			}
			b.pendingSpace(i, j)
			i = j
			continue
		case c == '&' && b.entities:
			if t, n := decodeEntity(raw[i:end]); n > 0 {
				if len(t) == 1 && isSpace(t[0]) {
					b.pendingSpace(i, i+n) // "&#32;" is white space like any other
					i += n
					continue
				}
				b.beforeContent(i)
				b.add([]byte(t), i, n, false)
				i += n
				continue
			}
		case c == '\\' && b.escapes && i+1 < end && isASCIIPunct(raw[i+1]):
			b.beforeContent(i)
			b.add(raw[i+1:i+2], i+1, 1, true)
			i += 2
			continue
		}
		// A run of ordinary bytes: copied when valid UTF-8.
		j := i
		for j < end {
			c := raw[j]
			if isSpace(c) || c == '&' && b.entities || c == '\\' && b.escapes {
				if j == i {
					j++ // a lone '&' or '\\' that is not special
					continue
				}
				break
			}
			if c < utf8.RuneSelf {
				j++
				continue
			}
			r, n := utf8.DecodeRune(raw[j:end])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			j += n
		}
		if j > i {
			b.beforeContent(i)
			b.add(raw[i:j], i, j-i, true)
			i = j
			continue
		}
		b.beforeContent(i)
		b.cp1252(i)
		i++
	}
}

// verbatim emits Raw[start:end] unchanged except for invalid UTF-8 bytes,
// decoded as Windows-1252. It ignores blocks: plain text splits its own.
func (b *builder) verbatim(start, end int) {
	raw := b.raw
	for i := start; i < end; {
		j := i
		for j < end {
			if raw[j] < utf8.RuneSelf {
				j++
				continue
			}
			r, n := utf8.DecodeRune(raw[j:end])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			j += n
		}
		if j > i {
			b.add(raw[i:j], i, j-i, true)
			i = j
			continue
		}
		b.cp1252(i)
		i++
	}
}

// cp1252 emits Raw byte i, not valid UTF-8, decoded as Windows-1252.
func (b *builder) cp1252(i int) {
	r := charmap.Windows1252.DecodeByte(b.raw[i])
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	b.add(buf[:n], i, 1, false)
	b.decoded++
}

// finish closes the last block and stores the result in s. It returns the
// number of bytes decoded as Windows-1252.
func (b *builder) finish(s *Source) int {
	b.endBlock(Block{})
	s.Text = string(b.text)
	s.pieces = b.pieces
	if s.pieces == nil {
		s.pieces = []piece{}
	}
	s.Blocks = b.blocks
	return b.decoded
}

// hasNonSpace reports whether p holds a rune that is not white space.
func hasNonSpace(p []byte) bool {
	for len(p) > 0 {
		r, n := utf8.DecodeRune(p)
		if !unicode.IsSpace(r) {
			return true
		}
		p = p[n:]
	}
	return false
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// decodeEntity decodes the HTML character reference at the start of p
// ("&amp;", "&#8217;", "&#x2019;", legacy "&copy" without ';'). It returns
// the text and the number of bytes used, or n == 0 when p does not start
// with a reference.
func decodeEntity(p []byte) (string, int) {
	if len(p) < 2 || p[0] != '&' {
		return "", 0
	}
	j := 1
	if p[1] == '#' {
		j = 2
		if j < len(p) && (p[j] == 'x' || p[j] == 'X') {
			j++
		}
		k := j
		for j < len(p) && j-k < 32 && isHexOrDigit(p[j]) {
			j++
		}
		if j == k {
			return "", 0
		}
		if j < len(p) && p[j] == ';' {
			j++
		}
		s := string(p[:j])
		if t := html.UnescapeString(s); t != s {
			return t, j
		}
		return "", 0
	}
	for j < len(p) && j < 40 && isAlnum(p[j]) {
		j++
	}
	if j == 1 {
		return "", 0
	}
	if j < len(p) && p[j] == ';' {
		s := string(p[:j+1])
		if t := html.UnescapeString(s); t != s {
			return t, j + 1
		}
	}
	// Legacy references without ';' name one character; take the longest
	// prefix that is one.
	for k := j; k > 1; k-- {
		s := string(p[:k])
		if t := html.UnescapeString(s); t != s && utf8.RuneCountInString(t) == 1 {
			return t, k
		}
	}
	return "", 0
}

func isHexOrDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
