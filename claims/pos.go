package claims

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/verity-news/verity/verify/textpos"
)

// cursor turns increasing byte offsets into positions in one pass over the
// text. It gives the same positions as textpos.Index.Pos, whose column costs
// a scan from the start of the line: with every claim of a minified file on
// one line, calling that once per claim would be quadratic.
type cursor struct {
	text []byte
	off  int // offset of the last position returned
	line int // its line
	col  int // its column
}

func newCursor(text []byte) *cursor { return &cursor{text: text, line: 1, col: 1} }

// pos returns the position of off, which should not be less than the offset
// of the previous call: smaller offsets start over from the beginning.
func (c *cursor) pos(off int) textpos.Pos {
	off = min(max(off, 0), len(c.text))
	if off < c.off {
		*c = *newCursor(c.text)
	}
	seg := c.text[c.off:off]
	if nl := bytes.LastIndexByte(seg, '\n'); nl >= 0 {
		c.line += bytes.Count(seg, []byte{'\n'})
		c.col = utf8.RuneCount(seg[nl+1:]) + 1
	} else {
		c.col += utf8.RuneCount(seg)
	}
	c.off = off
	return textpos.Pos{Line: c.line, Column: c.col, Offset: off}
}

// lineCol describes offset off as "line L, column C".
func lineCol(text []byte, off int) string {
	p := textpos.New(text).Pos(off)
	return fmt.Sprintf("line %d, column %d", p.Line, p.Column)
}
