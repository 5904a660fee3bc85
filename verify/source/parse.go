package source

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"path"
	"strings"
	"unicode/utf8"
	"unsafe"
)

var bom = []byte("\xef\xbb\xbf")

// ErrBinary is matched (errors.Is) by every *BinaryError.
var ErrBinary = errors.New("not a text file")

// BinaryError reports a file that is not UTF-8 text: binary content, or
// UTF-16 text. Load turns it into a warning and skips the file.
//
// UTF-16 is refused rather than decoded: positions are byte offsets,
// lines and columns of the original file, and SPEC §1 defines a source as
// UTF-8; a clear "convert to UTF-8" beats offsets in a unit nobody expects.
type BinaryError struct {
	Name   string // the source's name
	Reason string // "binary file (NUL byte at offset 12)", "UTF-16 text; convert to UTF-8"
	Offset int    // byte offset of the evidence, -1 when there is none
}

func (e *BinaryError) Error() string { return e.Name + ": " + e.Reason + "; skipped" }

// Is makes errors.Is(err, ErrBinary) true.
func (e *BinaryError) Is(target error) bool { return target == ErrBinary }

// FormatOf returns the format a file name's extension implies: .md and
// .markdown are Markdown, .html and .htm HTML, anything else plain text.
func FormatOf(name string) Format {
	switch strings.ToLower(path.Ext(strings.ReplaceAll(name, `\`, "/"))) {
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm":
		return HTML
	}
	return PlainText
}

// Parse builds a Source from a document's bytes. The format comes from the
// name's extension (FormatOf). Content that is not UTF-8 text is refused
// with a *BinaryError. Bytes that are not valid UTF-8 in an otherwise
// textual file are decoded as Windows-1252 (a superset of Latin-1 for
// printable characters) and reported in Source.Warnings.
func Parse(name string, raw []byte) (*Source, error) {
	return ParseAs(name, raw, FormatOf(name))
}

// ParseAs is Parse with the format given rather than taken from the name.
func ParseAs(name string, raw []byte, f Format) (*Source, error) {
	return parse(name, raw, f, false)
}

// parse is ParseAs. When owned, raw belongs to the Source alone (Load read
// it and keeps no other reference), so the Text of valid UTF-8 plain text
// shares Raw's bytes instead of copying them: the corpus is held once.
func parse(name string, raw []byte, f Format, owned bool) (*Source, error) {
	invalid, err := checkText(name, raw)
	if err != nil {
		return nil, err
	}
	s := &Source{Name: name, Format: f, Raw: raw, shared: owned}
	if bytes.HasPrefix(raw, bom) {
		s.base = len(bom)
	}
	var decoded int
	switch f {
	case HTML:
		b := newBuilder(raw, s.base)
		parseHTML(b)
		decoded = b.finish(s)
	case Markdown:
		b := newBuilder(raw, s.base)
		parseMarkdown(b)
		decoded = b.finish(s)
	default:
		decoded = decodePlain(s, invalid == 0)
		s.Blocks = plainBlocks(s.Text)
	}
	if f != PlainText {
		markBoilerplate(s.Text, s.Blocks)
	}
	s.Sentences = splitSentences(s.Text, s.Blocks)
	if len(bytes.TrimSpace(raw[s.base:])) == 0 {
		s.Warnings = append(s.Warnings, Warning{name, "empty file; nothing to check against"})
	} else if !hasText(s) {
		s.Warnings = append(s.Warnings, Warning{name, "no text outside markup, code and boilerplate; nothing to check against"})
	}
	if decoded > 0 {
		s.Warnings = append(s.Warnings, Warning{name, fmt.Sprintf("%d byte(s) not valid UTF-8, read as Windows-1252 (Latin-1)", decoded)})
	}
	return s, nil
}

// checkText refuses content that is not text: a UTF-16 byte-order mark, a
// NUL byte, more than a few control characters, or mostly invalid UTF-8.
// A text file in a legacy 8-bit encoding has some invalid UTF-8 (its
// accented letters), but well under maxInvalid of its bytes. It returns
// the number of bytes that are not valid UTF-8: 0 when raw is valid.
func checkText(name string, raw []byte) (int, error) {
	if bytes.HasPrefix(raw, []byte{0xff, 0xfe}) || bytes.HasPrefix(raw, []byte{0xfe, 0xff}) {
		return 0, &BinaryError{Name: name, Reason: "UTF-16 text; convert to UTF-8", Offset: 0}
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return 0, &BinaryError{Name: name, Reason: fmt.Sprintf("binary file (NUL byte at offset %d)", i), Offset: i}
	}
	const (
		maxInvalid = 0.30 // fraction of bytes that are not valid UTF-8
		maxControl = 0.01 // fraction of C0 control bytes other than \t\n\v\f\r and ESC
	)
	var invalid, control int
	firstControl := -1
	for i := 0; i < len(raw); {
		if i+8 <= len(raw) {
			m := notPlain8(binary.LittleEndian.Uint64(raw[i:]))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8 // past the printable ASCII before the first other byte
		}
		c := raw[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b || c == 0x7f {
				control++
				if firstControl < 0 {
					firstControl = i
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		}
		i += n
	}
	if n := float64(len(raw)); float64(control) > maxControl*n {
		return 0, &BinaryError{Name: name, Reason: fmt.Sprintf("binary file (control byte 0x%02x at offset %d)", raw[firstControl], firstControl), Offset: firstControl}
	} else if float64(invalid) > maxInvalid*n {
		return 0, &BinaryError{Name: name, Reason: fmt.Sprintf("binary file (%d of %d bytes not UTF-8)", invalid, len(raw)), Offset: -1}
	}
	return invalid, nil
}

// notPlain8 returns 0 when the 8 bytes of x (little-endian) are all
// printable ASCII (0x20 to 0x7e), and otherwise a mask whose lowest set
// bit is the high bit of the first byte that is not: one with its high
// bit set, one below 0x20 (x-0x20 borrows into its high bit) or 0x7f (x+1
// carries into it). A borrow or carry only passes from a byte that is
// flagged itself, so bytes above the first flagged one may be flagged
// wrongly, never the bytes below it.
func notPlain8(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	return (x | (x-0x20*lo)&^x | (x + lo)) & hi
}

// decodePlain sets Text for plain text: Raw without its BOM, with invalid
// UTF-8 bytes decoded as Windows-1252 (then pieces map Text to Raw). It
// returns the number of bytes decoded. valid says Raw is valid UTF-8.
func decodePlain(s *Source, valid bool) int {
	body := s.Raw[s.base:]
	if valid {
		if s.shared && len(body) > 0 {
			// Raw is never written after Load reads it (Source.Raw).
			s.Text = unsafe.String(&body[0], len(body))
		} else {
			s.Text = string(body)
		}
		return 0
	}
	b := newBuilder(s.Raw, s.base)
	b.verbatim(s.base, len(s.Raw))
	s.Text = string(b.text)
	s.pieces = b.pieces
	return b.decoded
}

// hasText reports whether some block of s is text a claim can rest on:
// not boilerplate and not blank.
func hasText(s *Source) bool {
	for _, b := range s.Blocks {
		if !b.Boilerplate && strings.TrimSpace(s.Text[b.Start:b.End]) != "" {
			return true
		}
	}
	return false
}
