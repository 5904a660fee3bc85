package claims

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The parser reads JSON into the values jsonschema validates (maps, slices,
// strings, json.Number, bools, nil) and, alongside, a tree of nodes that
// records where every value and key begins, so that a JSON pointer from a
// validation error can be turned back into a byte offset. It stops at the
// first syntax error: after one, the rest of the file cannot be read
// reliably. Duplicate keys are not syntax errors; it records them and goes
// on.

// kind is the JSON type of a node.
type kind uint8

const (
	kindNull kind = iota
	kindBoolean
	kindNumber
	kindString
	kindArray
	kindObject
)

// String names the kind as error messages do.
func (k kind) String() string {
	return [...]string{"null", "boolean", "number", "string", "array", "object"}[k]
}

// node is where one JSON value sits in the file. Files are at most MaxSize
// bytes, so offsets fit in an int32; a 50 MB file has millions of nodes.
type node struct {
	off    int32  // byte offset of the value's first byte
	keyOff int32  // byte offset of its key's opening '"' in an object; -1 otherwise
	kind   kind   //
	bool   bool   // the value of a boolean
	key    string // its key in an object
	str    string // the value of a string
	kids   []node // an object's members (duplicates left out) or an array's elements, in file order
}

// member returns the member of object n with key, or nil. Only the fields
// of the schema are looked up this way, so a scan is enough.
func (n *node) member(key string) *node {
	if n.kind != kindObject {
		return nil
	}
	for i := range n.kids {
		if n.kids[i].key == key {
			return &n.kids[i]
		}
	}
	return nil
}

// lookup follows a JSON pointer (RFC 6901) from n. It returns the node the
// pointer names and, when its last token is an object key, the offset of
// that key (-1 otherwise). ok is false when the pointer names nothing.
func (n *node) lookup(ptr string) (v *node, keyOff int, ok bool) {
	v, keyOff = n, -1
	if ptr == "" {
		return v, keyOff, true
	}
	if ptr[0] != '/' {
		return nil, -1, false
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch v.kind {
		case kindObject:
			if v = v.member(tok); v == nil {
				return nil, -1, false
			}
			keyOff = int(v.keyOff)
		case kindArray:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(v.kids) || strconv.Itoa(i) != tok {
				return nil, -1, false
			}
			keyOff = -1
			v = &v.kids[i]
		default:
			return nil, -1, false
		}
	}
	return v, keyOff, true
}

// problem is an error before its offset is turned into a line and column.
type problem struct {
	off  int // byte offset; -1 for a problem with the whole file
	ptr  string
	code Code
	msg  string
	ref  int // when > 0, the offset of an earlier occurrence, appended to msg as "(first at line N)"
}

// pathElem is one step of the path from the root to the value being parsed.
type pathElem struct {
	key   string
	index int // -1 for an object key
}

type parser struct {
	// kids holds the children of the objects and arrays being parsed, and
	// values those of the arrays; each is copied out at its closing bracket
	// into a slice of the right size.
	kids   []node
	values []any

	keys map[string]string // interned object keys: a file repeats a few keys many times

	dupObj   int            // the offset of the object that dupIndex indexes
	dupIndex map[string]int // key offsets of that object, built on its first duplicate

	data  []byte
	i     int
	depth int
	path  []pathElem
	probs []problem // duplicate keys; then at most one fatal problem
	fatal bool
}

// parse reads data from offset start. It returns the root value and node;
// a fatal problem, if any, is the last of p.probs.
func parse(data []byte, start int) (p *parser, v any, root node) {
	p = &parser{data: data, i: start}
	p.skipSpace()
	v, root = p.value()
	if p.fatal {
		return p, nil, root
	}
	p.skipSpace()
	if p.i < len(p.data) {
		p.syntax(p.i, "unexpected %s after the end of the top-level value", p.describe(p.i))
	}
	return p, v, root
}

func (p *parser) fail(off int, code Code, format string, args ...any) {
	p.probs = append(p.probs, problem{off: off, code: code, msg: fmt.Sprintf(format, args...)})
	p.fatal = true
}

func (p *parser) syntax(off int, format string, args ...any) {
	p.fail(off, CodeSyntax, "invalid JSON: "+format, args...)
}

func (p *parser) skipSpace() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// pointer is the JSON pointer of the value being parsed.
func (p *parser) pointer() string {
	var b strings.Builder
	for _, e := range p.path {
		b.WriteByte('/')
		if e.index >= 0 {
			b.WriteString(strconv.Itoa(e.index))
		} else {
			b.WriteString(escapePointer(e.key))
		}
	}
	return b.String()
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// describe names what is at offset off, for "unexpected …" messages.
func (p *parser) describe(off int) string {
	if off >= len(p.data) {
		return "end of file"
	}
	c := p.data[off]
	switch {
	case c == '"':
		return "string"
	case isWordByte(c):
		return strconv.Quote(string(p.data[off:p.wordEnd(off)]))
	case c < 0x20 || c == 0x7f:
		return fmt.Sprintf("control character U+%04X", c)
	case c < utf8.RuneSelf:
		return "'" + string(c) + "'"
	}
	r, _ := utf8.DecodeRune(p.data[off:])
	return fmt.Sprintf("%q (U+%04X)", r, r)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func (p *parser) wordEnd(off int) int {
	end := off
	for end < len(p.data) && end-off < 40 && isWordByte(p.data[end]) {
		end++
	}
	return end
}

// unexpected reports what is at p.i where want was expected, with a hint for
// the mistakes people make when they write JSON by hand.
func (p *parser) unexpected(want string) {
	off := p.i
	if off < len(p.data) {
		switch c := p.data[off]; {
		case c == '/' && off+1 < len(p.data) && (p.data[off+1] == '/' || p.data[off+1] == '*'):
			p.syntax(off, "comments are not allowed in JSON")
			return
		case c == '\'':
			p.syntax(off, "strings and keys need double quotes, not single quotes")
			return
		}
	}
	p.syntax(off, "expected %s, found %s", want, p.describe(off))
}

// eof reports the end of the file inside the object or array opened at
// open.
func (p *parser) eof(open int) {
	what := "object"
	if p.data[open] == '[' {
		what = "array"
	}
	p.syntax(p.i, "unexpected end of file: the %s opened with '%c' at %s is not closed",
		what, p.data[open], lineCol(p.data, open))
}

// value parses the value at p.i, which is not white space.
func (p *parser) value() (any, node) {
	off := p.i
	if off >= len(p.data) {
		p.syntax(off, "unexpected end of file, expected a value")
		return nil, node{}
	}
	switch c := p.data[off]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		s := p.str()
		return s, node{off: int32(off), keyOff: -1, kind: kindString, str: s}
	case c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9':
		n := p.number()
		return n, node{off: int32(off), keyOff: -1, kind: kindNumber}
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		end := p.wordEnd(off)
		switch string(p.data[off:end]) {
		case "true":
			p.i = end
			return true, node{off: int32(off), keyOff: -1, kind: kindBoolean, bool: true}
		case "false":
			p.i = end
			return false, node{off: int32(off), keyOff: -1, kind: kindBoolean}
		case "null":
			p.i = end
			return nil, node{off: int32(off), keyOff: -1, kind: kindNull}
		}
		p.syntax(off, "unexpected word %s; strings need double quotes, and the only bare words are true, false and null", p.describe(off))
		return nil, node{}
	}
	p.unexpected("a value")
	return nil, node{}
}

// firstKey returns the offset of key among the members of the object being
// parsed, which start at p.members[base]. It is called only for a
// duplicate; large objects get an index, so that a file of many duplicates
// stays linear.
func (p *parser) firstKey(open, base int, key string) int {
	ms := p.kids[base:]
	if len(ms) <= 16 {
		for _, m := range ms {
			if m.key == key {
				return int(m.keyOff)
			}
		}
		return -1
	}
	if p.dupIndex == nil || p.dupObj != open {
		p.dupObj, p.dupIndex = open, make(map[string]int, len(ms))
	}
	for _, m := range ms[len(p.dupIndex):] {
		p.dupIndex[m.key] = int(m.keyOff)
	}
	return p.dupIndex[key]
}

// key parses an object key, sharing one string among equal keys.
func (p *parser) key() string {
	raw, escaped := p.scanString()
	if p.fatal {
		return ""
	}
	if escaped {
		return p.decode(raw) // rare: not worth interning
	}
	body := raw[1 : len(raw)-1]
	if k, ok := p.keys[string(body)]; ok {
		return k
	}
	if p.keys == nil {
		p.keys = make(map[string]string)
	}
	s := string(body)
	if len(p.keys) < 1024 {
		p.keys[s] = s
	}
	return s
}

// enter counts one level of nesting and reports when there are too many.
func (p *parser) enter(off int) bool {
	p.depth++
	if p.depth > MaxDepth {
		p.fail(off, CodeTooDeep, "nesting deeper than %d levels", MaxDepth)
		return false
	}
	return true
}

func (p *parser) object() (any, node) {
	open := p.i
	n := node{off: int32(open), keyOff: -1, kind: kindObject}
	if !p.enter(open) {
		return nil, n
	}
	defer func() { p.depth-- }()
	m := make(map[string]any)
	base := len(p.kids)
	p.i++
	p.skipSpace()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return m, n
	}
	comma := -1 // offset of the comma before the current member
	for {
		if p.i >= len(p.data) {
			p.eof(open)
			return nil, n
		}
		keyOff := p.i
		switch c := p.data[keyOff]; {
		case c == '"':
		case c == '}' && comma >= 0:
			p.syntax(comma, "trailing comma before '}'")
			return nil, n
		case isWordByte(c):
			p.syntax(keyOff, "object keys need double quotes, found %s", p.describe(keyOff))
			return nil, n
		default:
			p.unexpected("a string key in double quotes")
			return nil, n
		}
		key := p.key()
		if p.fatal {
			return nil, n
		}
		p.skipSpace()
		if p.i >= len(p.data) {
			p.eof(open)
			return nil, n
		}
		if p.data[p.i] != ':' {
			p.unexpected("':' after the key " + strconv.Quote(key))
			return nil, n
		}
		p.i++
		p.skipSpace()
		p.path = append(p.path, pathElem{key: key, index: -1})
		v, vn := p.value()
		if p.fatal {
			return nil, n
		}
		if _, dup := m[key]; dup {
			first := p.firstKey(open, base, key)
			p.probs = append(p.probs, problem{off: keyOff, ptr: p.pointer(), code: CodeDuplicateKey,
				msg: fmt.Sprintf("duplicate key %q", key), ref: first})
		} else {
			m[key] = v
			vn.key, vn.keyOff = key, int32(keyOff)
			p.kids = append(p.kids, vn)
		}
		p.path = p.path[:len(p.path)-1]
		valEnd := p.i
		p.skipSpace()
		if p.i >= len(p.data) {
			p.eof(open)
			return nil, n
		}
		switch c := p.data[p.i]; {
		case c == ',':
			comma = p.i
			p.i++
			p.skipSpace()
		case c == '}':
			p.i++
			n.kids = append([]node(nil), p.kids[base:]...)
			p.kids = p.kids[:base]
			return m, n
		case c == '"' || c == '{' || c == '[':
			p.syntax(valEnd, "missing ',' between object members")
			return nil, n
		default:
			p.unexpected("',' or '}' after an object member")
			return nil, n
		}
	}
}

func (p *parser) array() (any, node) {
	open := p.i
	n := node{off: int32(open), keyOff: -1, kind: kindArray}
	if !p.enter(open) {
		return nil, n
	}
	defer func() { p.depth-- }()
	base, vbase := len(p.kids), len(p.values)
	p.i++
	p.skipSpace()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return []any{}, n
	}
	comma := -1
	for {
		if p.i >= len(p.data) {
			p.eof(open)
			return nil, n
		}
		if p.data[p.i] == ']' && comma >= 0 {
			p.syntax(comma, "trailing comma before ']'")
			return nil, n
		}
		p.path = append(p.path, pathElem{index: len(p.kids) - base})
		v, vn := p.value()
		if p.fatal {
			return nil, n
		}
		p.path = p.path[:len(p.path)-1]
		p.values = append(p.values, v)
		p.kids = append(p.kids, vn)
		valEnd := p.i
		p.skipSpace()
		if p.i >= len(p.data) {
			p.eof(open)
			return nil, n
		}
		switch c := p.data[p.i]; {
		case c == ',':
			comma = p.i
			p.i++
			p.skipSpace()
		case c == ']':
			p.i++
			n.kids = append([]node(nil), p.kids[base:]...)
			a := append([]any(nil), p.values[vbase:]...)
			p.kids, p.values = p.kids[:base], p.values[:vbase]
			return a, n
		case c == '"' || c == '{' || c == '[' || c == '-' || c >= '0' && c <= '9' || isWordByte(c):
			p.syntax(valEnd, "missing ',' between array elements")
			return nil, n
		default:
			p.unexpected("',' or ']' after an array element")
			return nil, n
		}
	}
}

// str parses the string whose opening quote is at p.i.
func (p *parser) str() string {
	raw, escaped := p.scanString()
	switch {
	case p.fatal:
		return ""
	case escaped:
		return p.decode(raw)
	}
	return string(raw[1 : len(raw)-1])
}

// decode unescapes a string with backslashes, quotes included. scanString
// has checked every escape, so encoding/json only does the decoding.
func (p *parser) decode(raw []byte) string {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		p.syntax(p.i-len(raw), "invalid string: %v", err)
	}
	return s
}

// scanString finds the end of the string whose opening quote is at p.i and
// moves past it. It returns the string with its quotes, and whether it
// holds escapes.
func (p *parser) scanString() (raw []byte, escaped bool) {
	open := p.i
	i := open + 1
	for {
		if i >= len(p.data) {
			p.syntax(open, "unclosed string")
			return nil, false
		}
		c := p.data[i]
		switch {
		case c == '"':
			p.i = i + 1
			return p.data[open:p.i], escaped
		case c == '\\':
			escaped = true
			if i+1 >= len(p.data) {
				p.syntax(open, "unclosed string")
				return nil, false
			}
			switch e := p.data[i+1]; e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				for k := i + 2; k < i+6; k++ {
					if k >= len(p.data) || !isHex(p.data[k]) {
						p.syntax(i, "invalid escape in string: \\u needs four hex digits")
						return nil, false
					}
				}
				i += 6
			default:
				p.syntax(i, "invalid escape %s in string", p.describeEscape(i))
				return nil, false
			}
		case c == '\n' || c == '\r':
			p.syntax(open, "unclosed string (a string ends on the line it starts; write \\n for a line break)")
			return nil, false
		case c == '\t':
			p.syntax(i, "tab character in string; write \\t")
			return nil, false
		case c < 0x20:
			p.syntax(i, "control character U+%04X in string; write \\u%04x", c, c)
			return nil, false
		default:
			i++
		}
	}
}

func (p *parser) describeEscape(i int) string {
	r, _ := utf8.DecodeRune(p.data[i+1:])
	if r < 0x20 || r == utf8.RuneError {
		return fmt.Sprintf("'\\' before %U", r)
	}
	return "\\" + string(r)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// number parses the number at p.i, checking it against JSON's grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *parser) number() json.Number {
	start := p.i
	end := start
	for end < len(p.data) {
		c := p.data[end]
		if c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' {
			end++
			continue
		}
		break
	}
	s := p.data[start:end]
	if !validNumber(s) || end < len(p.data) && isWordByte(p.data[end]) {
		if end < len(p.data) && isWordByte(p.data[end]) {
			end = p.wordEnd(end)
		}
		p.syntax(start, "invalid number %q", p.data[start:end])
		return ""
	}
	p.i = end
	return json.Number(s)
}

func validNumber(s []byte) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}
