// Package textpos turns byte offsets into the line and column a reader sees.
//
// Lines are 1-based and counted by '\n'. Columns are 1-based and counted in
// Unicode code points from the start of the line (SARIF's
// "unicodeCodePoints"), so "£24" has "2" at column 2 although it is at byte 2
// of a line whose £ takes two bytes.
package textpos

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// Pos is a position in a text.
type Pos struct {
	Line   int // 1-based line number
	Column int // 1-based column, in Unicode code points
	Offset int // 0-based byte offset
}

// Index maps byte offsets of one text to positions. Build it once per text
// with New; Pos costs a binary search plus a scan of one line.
type Index struct {
	text  []byte
	lines []int // byte offset where each line starts
}

// New indexes text. The slice is kept, not copied.
func New(text []byte) *Index {
	lines := make([]int, 1, bytes.Count(text, []byte{'\n'})+1)
	for off := 0; ; {
		i := bytes.IndexByte(text[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		lines = append(lines, off)
	}
	return &Index{text: text, lines: lines}
}

// Pos returns the position of byte offset off, clamped to [0, len(text)].
// An offset inside a multi-byte character counts as that character.
func (x *Index) Pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(x.text) {
		off = len(x.text)
	}
	i := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
	start := x.lines[i]
	return Pos{Line: i + 1, Column: utf8.RuneCount(x.text[start:off]) + 1, Offset: off}
}

// LineText returns line n (1-based) without its line break, or "" when there
// is no such line.
func (x *Index) LineText(n int) string {
	if n < 1 || n > len(x.lines) {
		return ""
	}
	start := x.lines[n-1]
	end := len(x.text)
	if n < len(x.lines) {
		end = x.lines[n] - 1
	}
	if end > start && x.text[end-1] == '\r' {
		end--
	}
	return string(x.text[start:end])
}
