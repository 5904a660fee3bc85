package claims

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/verity-news/verity/verify/fsread"
	"github.com/verity-news/verity/verify/textpos"
)

// Limits on a claims file. A file over MaxSize is refused before it is
// parsed; nesting deeper than MaxDepth (a claims file needs four levels) is
// refused before it can exhaust the stack.
const (
	MaxSize  = 64 << 20 // bytes
	MaxDepth = 64       // nested objects and arrays
)

// Claim is one claim to check.
type Claim struct {
	ID       string
	Text     string
	Speaker  string      // "" when absent
	Verbatim bool        // the text is presented as a word-for-word quote
	Sources  []string    // source names or globs allowed as evidence; nil when absent
	Note     string      // carried to the report untouched; "" when absent
	Pos      textpos.Pos // where the claim's object begins (its '{')
	TextPos  textpos.Pos // where its "text" value begins (the opening '"')
}

// File is a loaded, valid claims file.
type File struct {
	Name   string  // the name given to Load; "<stdin>" for "-"
	Claims []Claim // in file order; at least one
}

// Load parses and validates the bytes of a claims file named name. On any
// problem it returns nil and an ErrorList holding every problem, sorted by
// position (syntax and encoding errors stop the reading, so only the first
// of those is reported).
func Load(name string, data []byte) (*File, error) {
	if name == "-" {
		name = "<stdin>"
	}
	probs, claims := check(data)
	if len(probs) > 0 {
		return nil, errorList(name, data, probs)
	}
	return &File{Name: name, Claims: claims}, nil
}

// ReadFile reads the claims file at path ("-" reads stdin) and loads it. It
// reads at most MaxSize+1 bytes.
func ReadFile(path string, stdin io.Reader) (*File, error) {
	name := path
	var r io.Reader
	if path == "-" {
		name = "<stdin>"
		r = stdin
		if r == nil {
			r = strings.NewReader("")
		}
	} else {
		f, err := fsread.Open(path) // never blocks on a named pipe; refuses devices
		if err != nil {
			return nil, readError(name, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, readError(name, err)
	}
	if len(data) > MaxSize {
		return nil, ErrorList{tooLarge(name)}
	}
	return Load(name, data)
}

func readError(name string, err error) ErrorList {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return ErrorList{{File: name, Offset: -1, Code: CodeRead, Msg: "cannot read: " + err.Error()}}
}

func tooLarge(name string) *Error {
	return &Error{File: name, Offset: -1, Code: CodeTooLarge,
		Msg: fmt.Sprintf("file is larger than %d MiB, the limit for claims files", MaxSize>>20)}
}

var bom = []byte("\xef\xbb\xbf")

// check finds every problem in data; when there is none it returns the
// claims.
func check(data []byte) ([]problem, []Claim) {
	if len(data) > MaxSize {
		return []problem{{off: -1, code: CodeTooLarge,
			msg: fmt.Sprintf("file is larger than %d MiB, the limit for claims files", MaxSize>>20)}}, nil
	}
	if len(data) == 0 {
		return []problem{{code: CodeEmpty, msg: `empty file: expected a JSON object {"claims": [...]}`}}, nil
	}
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return []problem{{code: CodeEncoding, msg: "file starts with a UTF-16 byte-order mark; save it as UTF-8"}}, nil
	}
	if p, bad := encoding(data); bad {
		return []problem{p}, nil
	}
	var probs []problem
	start := 0
	if bytes.HasPrefix(data, bom) {
		probs = append(probs, problem{code: CodeEncoding,
			msg: "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"})
		start = len(bom)
	}
	if len(bytes.TrimLeft(data[start:], " \t\r\n")) == 0 {
		msg := `file holds only white space: expected a JSON object {"claims": [...]}`
		if start == len(data) {
			msg = `empty file: expected a JSON object {"claims": [...]}`
		}
		return append(probs, problem{code: CodeEmpty, msg: msg}), nil
	}
	p, v, root := parse(data, start)
	probs = append(probs, p.probs...)
	if p.fatal {
		return probs, nil
	}
	probs = append(probs, validate(v, &root)...)
	probs = append(probs, extraChecks(&root)...)
	if len(probs) > 0 {
		return probs, nil
	}
	return nil, build(data, &root)
}

// encoding finds the first NUL byte or invalid UTF-8 sequence.
func encoding(data []byte) (problem, bool) {
	nul := bytes.IndexByte(data, 0)
	bad := -1
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				bad = i
				break
			}
			i += size
		}
	}
	switch {
	case bad >= 0 && (nul < 0 || bad < nul):
		return problem{off: bad, code: CodeEncoding,
			msg: fmt.Sprintf("invalid UTF-8 byte 0x%02x; save the file as UTF-8", data[bad])}, true
	case nul >= 0:
		return problem{off: nul, code: CodeEncoding,
			msg: "NUL byte; a claims file is UTF-8 text (is this file UTF-16 or binary?)"}, true
	}
	return problem{}, false
}

// extraChecks finds what the schema cannot say: duplicate ids and text that
// is only white space.
func extraChecks(root *node) []problem {
	arr := root.member("claims")
	if arr == nil || arr.kind != kindArray {
		return nil
	}
	var probs []problem
	seen := make(map[string]int)
	for k := range arr.kids {
		c := &arr.kids[k]
		if id := c.member("id"); id != nil && id.kind == kindString {
			if first, dup := seen[id.str]; dup {
				probs = append(probs, problem{off: int(id.off), ptr: fmt.Sprintf("/claims/%d/id", k),
					code: CodeDuplicateID, msg: fmt.Sprintf("duplicate id %q", id.str), ref: first})
			} else {
				seen[id.str] = int(id.off)
			}
		}
		if t := c.member("text"); t != nil && t.kind == kindString && t.str != "" && strings.TrimSpace(t.str) == "" {
			probs = append(probs, problem{off: int(t.off), ptr: fmt.Sprintf("/claims/%d/text", k),
				code: CodeEmpty, msg: "text must not be empty (it holds only white space)"})
		}
	}
	return probs
}

// build makes the claims of a valid file.
func build(data []byte, root *node) []Claim {
	arr := root.member("claims")
	claims := make([]Claim, len(arr.kids))
	cur := newCursor(data)
	for k := range arr.kids {
		c := &arr.kids[k]
		cl := &claims[k]
		cl.Pos = cur.pos(int(c.off))
		for _, m := range c.kids {
			switch m.key {
			case "id":
				cl.ID = m.str
			case "text":
				cl.Text = m.str
				cl.TextPos = cur.pos(int(m.off))
			case "speaker":
				cl.Speaker = m.str
			case "verbatim":
				cl.Verbatim = m.bool
			case "note":
				cl.Note = m.str
			case "sources":
				cl.Sources = make([]string, len(m.kids))
				for i, s := range m.kids {
					cl.Sources[i] = s.str
				}
			}
		}
	}
	return claims
}

// errorList turns problems into a sorted ErrorList without duplicates.
func errorList(name string, data []byte, probs []problem) ErrorList {
	// Positions come from one pass over the offsets in order.
	offs := make([]int, 0, 2*len(probs))
	for _, p := range probs {
		offs = append(offs, p.off)
		if p.ref > 0 {
			offs = append(offs, p.ref)
		}
	}
	sort.Ints(offs)
	pos := make(map[int]textpos.Pos, len(offs))
	cur := newCursor(data)
	for _, off := range offs {
		if off >= 0 {
			pos[off] = cur.pos(off)
		}
	}
	list := make(ErrorList, 0, len(probs))
	for _, p := range probs {
		e := &Error{File: name, Offset: -1, Pointer: p.ptr, Code: p.code, Msg: p.msg}
		if p.ref > 0 {
			e.Msg += fmt.Sprintf(" (first at line %d)", pos[p.ref].Line)
		}
		if p.off >= 0 {
			ps := pos[p.off]
			e.Line, e.Column, e.Offset = ps.Line, ps.Column, ps.Offset
			e.LineText, e.lineCol = lineAround(data, p.off)
		}
		list = append(list, e)
	}
	list.Sort()
	out := list[:0]
	for i, e := range list {
		if i > 0 && *e == *list[i-1] {
			continue
		}
		out = append(out, e)
	}
	return out
}
