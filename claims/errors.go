package claims

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Code classifies an Error, so that callers can switch on it rather than on
// the message.
type Code string

// The error codes.
const (
	CodeRead         Code = "read"          // the file cannot be read
	CodeTooLarge     Code = "too-large"     // the file is over MaxSize
	CodeEncoding     Code = "encoding"      // a byte-order mark, invalid UTF-8 or a NUL byte
	CodeEmpty        Code = "empty"         // an empty file, empty claims, an empty or blank string
	CodeSyntax       Code = "syntax"        // not JSON
	CodeTooDeep      Code = "too-deep"      // nesting deeper than MaxDepth
	CodeType         Code = "type"          // a value of the wrong JSON type
	CodeRequired     Code = "required"      // a missing required field
	CodeUnknownField Code = "unknown-field" // a field the schema does not know
	CodePattern      Code = "pattern"       // an id with characters outside [A-Za-z0-9._-]
	CodeDuplicateID  Code = "duplicate-id"  // two claims with one id
	CodeDuplicateKey Code = "duplicate-key" // one key twice in an object
	CodeSchema       Code = "schema"        // any other schema violation
)

// Error is one problem in a claims file.
type Error struct {
	File     string // the file's name as given to Load
	Line     int    // 1-based line; 0 when the problem is with the whole file
	Column   int    // 1-based column in Unicode code points; 0 with Line
	Offset   int    // 0-based byte offset of Line:Column; -1 with Line 0
	Pointer  string // JSON pointer (RFC 6901) of the value at fault; "" for the root and for syntax errors
	Code     Code
	Msg      string // what is wrong, in plain English
	LineText string // the source line (see Caret); long lines are cut around Column and marked with "…"

	lineCol int // Column within LineText, when LineText has been cut
}

// Error returns the problem on one line:
//
//	claims.json:7:18: /claims/2/speaker: expected string, got number
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
	}
	b.WriteString(": ")
	if e.Pointer != "" {
		b.WriteString(e.Pointer)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Caret returns Error() followed by the source line and a caret under the
// column. Tabs before the column are kept in the caret line and wide
// characters count double, so the caret lines up in a terminal.
func (e *Error) Caret() string {
	if e.Line == 0 {
		return e.Error()
	}
	col := e.Column
	if e.lineCol > 0 {
		col = e.lineCol
	}
	var pad strings.Builder
	n := 1
	for _, r := range e.LineText {
		if n >= col {
			break
		}
		n++
		switch {
		case r == '\t':
			pad.WriteByte('\t')
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == '\u200b':
		case isWide(r):
			pad.WriteString("  ")
		default:
			pad.WriteByte(' ')
		}
	}
	return e.Error() + "\n" + e.LineText + "\n" + pad.String() + "^"
}

func isWide(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return false
}

// maxLineText is how many code points of a source line an Error keeps on
// each side of its column.
const maxLineText = 60

// lineAround returns the line of data holding off, cut to maxLineText code
// points either side of off, with the column of off in the result. Bytes
// that are not printable UTF-8 become U+FFFD one for one, so that columns
// still count the same characters.
func lineAround(data []byte, off int) (text string, col int) {
	off = min(max(off, 0), len(data))
	// Look no further than the window needs, so that many errors on one
	// long line stay cheap: a start or end found this way is not the line's,
	// but the walks below stop short of it and mark the cut.
	reach := maxLineText*utf8.UTFMax + 8
	start := max(off-reach, 0)
	if i := bytes.LastIndexByte(data[start:off], '\n'); i >= 0 {
		start += i + 1
	}
	end := min(off+reach, len(data))
	if i := bytes.IndexByte(data[off:end], '\n'); i >= 0 {
		end = off + i
		if end > start && data[end-1] == '\r' {
			end--
		}
	} else if end == len(data) && end > start && data[end-1] == '\r' {
		end--
	}
	left := min(off, end)
	for i := 0; i < maxLineText && left > start; i++ {
		left--
		for left > start && !utf8.RuneStart(data[left]) {
			left--
		}
	}
	right := min(off, end)
	for i := 0; i < maxLineText && right < end; i++ {
		_, size := utf8.DecodeRune(data[right:end])
		right += size
	}
	var b strings.Builder
	col = 1
	if left > start {
		b.WriteString("…")
		col++
	}
	for i := left; i < right; {
		r, size := utf8.DecodeRune(data[i:right])
		if i < off {
			col++
		}
		switch {
		case r == '\t':
			b.WriteByte('\t')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r) // an invalid byte decodes as U+FFFD, size 1
		}
		i += size
	}
	if right < end {
		b.WriteString("…")
	}
	return b.String(), col
}

// ErrorList is a list of Errors; the zero value is an empty list ready to
// use. Load returns one, sorted, as its error.
type ErrorList []*Error

// Add appends e to the list.
func (p *ErrorList) Add(e *Error) { *p = append(*p, e) }

// Len, Swap and Less implement sort.Interface: by file, then position, then
// pointer and message.
func (p ErrorList) Len() int      { return len(p) }
func (p ErrorList) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p ErrorList) Less(i, j int) bool {
	e, f := p[i], p[j]
	if e.File != f.File {
		return e.File < f.File
	}
	if e.Line != f.Line {
		return e.Line < f.Line
	}
	if e.Column != f.Column {
		return e.Column < f.Column
	}
	if e.Pointer != f.Pointer {
		return e.Pointer < f.Pointer
	}
	return e.Msg < f.Msg
}

// Sort sorts the list in place.
func (p ErrorList) Sort() { sort.Sort(p) }

// Error returns the first error and how many more there are.
func (p ErrorList) Error() string {
	switch len(p) {
	case 0:
		return "no errors"
	case 1:
		return p[0].Error()
	case 2:
		return p[0].Error() + " (and 1 more error)"
	}
	return p[0].Error() + " (and " + strconv.Itoa(len(p)-1) + " more errors)"
}

// Err returns p as an error, or nil when p is empty.
func (p ErrorList) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}
