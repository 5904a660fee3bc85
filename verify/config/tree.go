package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/verity-news/verity/claims"
)

// The file, JSON or YAML, is read into a tree of nodes that records where
// every value and key begins, so that a JSON pointer from a validation
// error can be turned back into a line and column; the values handed to
// the schema validator are built from the tree.

// node is one value of the file.
type node struct {
	kind    string // "object", "array", "string", "number", "boolean" or "null", as messages name them
	pos     at     // where the value begins
	str     string // a string's value
	num     json.Number
	bool    bool
	members []member // an object's members in file order
	items   []*node  // an array's elements
}

type member struct {
	key    string
	keyPos at // where the key begins
	val    *node
}

// at is a position: a byte offset (JSON) or a line and column (YAML, whose
// parser gives no offsets). errorList turns either into both.
type at struct {
	off       int // byte offset; -1 when line and col are set instead
	line, col int // 1-based; col in code points
}

// problem is one thing wrong with the file, before it is positioned.
type problem struct {
	pos   at
	ptr   string
	code  claims.Code
	msg   string
	first *at // where a duplicate was first given; nil otherwise
}

// value returns the node as the schema validator wants it.
func (n *node) value() any {
	switch n.kind {
	case "object":
		m := make(map[string]any, len(n.members))
		for _, mb := range n.members {
			m[mb.key] = mb.val.value()
		}
		return m
	case "array":
		a := make([]any, len(n.items))
		for i, it := range n.items {
			a[i] = it.value()
		}
		return a
	case "string":
		return n.str
	case "number":
		return n.num
	case "boolean":
		return n.bool
	}
	return nil
}

// member returns the value of an object's member key, or nil.
func (n *node) member(key string) *node {
	for _, m := range n.members {
		if m.key == key {
			return m.val
		}
	}
	return nil
}

// parse reads data into a tree. It stops at the first syntax error.
func parse(data []byte, isYAML bool) (*node, []problem) {
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, []problem{{pos: at{off: 0}, code: claims.CodeEncoding, msg: "not UTF-8 text; save the file as UTF-8"}}
	}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return nil, []problem{{pos: at{off: 0}, code: claims.CodeEncoding, msg: "file starts with a byte-order mark; save it as UTF-8 without BOM"}}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []problem{{pos: at{off: 0}, code: claims.CodeEmpty, msg: `empty file: expected an object such as {"sources": ["sources/"]}`}}
	}
	if isYAML {
		return parseYAML(data)
	}
	return parseJSON(data)
}

// parseJSON reads JSON with encoding/json's tokenizer, which gives the
// offset after each token; the value starts at the first byte after the
// previous token that is not white space, ',' or ':'.
func parseJSON(data []byte) (*node, []problem) {
	// The tokenizer's syntax errors are not where the fault is; the
	// decoder's are, so it speaks first.
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		off := len(data)
		msg := "unexpected end of file"
		var se *json.SyntaxError
		if errors.As(err, &se) && !strings.Contains(se.Error(), "unexpected end") {
			off, msg = min(max(int(se.Offset)-1, 0), len(data)), se.Error() // Offset is after the faulty byte
		}
		return nil, []problem{{pos: at{off: off}, code: claims.CodeSyntax, msg: "not valid JSON: " + msg}}
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var probs []problem
	start := func() int {
		off := int(d.InputOffset())
		for off < len(data) && bytes.IndexByte([]byte(" \t\r\n,:"), data[off]) >= 0 {
			off++
		}
		return off
	}
	var read func(ptr string, depth int) (*node, error)
	read = func(ptr string, depth int) (*node, error) {
		off := start()
		tok, err := d.Token()
		if err != nil {
			return nil, err
		}
		n := &node{pos: at{off: off}}
		switch t := tok.(type) {
		case json.Delim:
			if depth > 32 {
				return nil, fmt.Errorf("nested too deep")
			}
			if t == '{' {
				n.kind = "object"
				seen := map[string]bool{}
				for d.More() {
					koff := start()
					kt, err := d.Token()
					if err != nil {
						return nil, err
					}
					key, _ := kt.(string)
					v, err := read(ptr+"/"+escape(key), depth+1)
					if err != nil {
						return nil, err
					}
					if seen[key] {
						probs = append(probs, problem{pos: at{off: koff}, ptr: ptr + "/" + escape(key),
							code: claims.CodeDuplicateKey, msg: fmt.Sprintf("key %q given twice", key)})
						continue
					}
					seen[key] = true
					n.members = append(n.members, member{key: key, keyPos: at{off: koff}, val: v})
				}
			} else {
				n.kind = "array"
				for i := 0; d.More(); i++ {
					v, err := read(ptr+"/"+strconv.Itoa(i), depth+1)
					if err != nil {
						return nil, err
					}
					n.items = append(n.items, v)
				}
			}
			if _, err := d.Token(); err != nil { // the closing delimiter
				return nil, err
			}
		case string:
			n.kind, n.str = "string", t
		case json.Number:
			n.kind, n.num = "number", t
		case bool:
			n.kind, n.bool = "boolean", t
		default:
			n.kind = "null"
		}
		return n, nil
	}
	root, err := read("", 0)
	if err == nil {
		if _, err2 := d.Token(); err2 != io.EOF {
			err = errors.New("invalid character after the top-level value")
		}
	}
	if err != nil { // json.Unmarshal accepted it: only the depth limit is left
		return nil, []problem{{pos: at{off: min(int(d.InputOffset()), len(data))}, code: claims.CodeTooDeep, msg: err.Error()}}
	}
	return root, probs
}

// parseYAML reads YAML with yaml.v3, whose nodes carry lines and columns
// (columns in characters, as verity counts them).
func parseYAML(data []byte) (*node, []problem) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, []problem{yamlError(err)}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, []problem{{pos: at{off: 0}, code: claims.CodeEmpty, msg: `empty file: expected a mapping such as "sources: [sources/]"`}}
	}
	var probs []problem
	var conv func(y *yaml.Node, ptr string, depth int) *node
	conv = func(y *yaml.Node, ptr string, depth int) *node {
		for y.Kind == yaml.AliasNode && y.Alias != nil && depth < 32 {
			y, depth = y.Alias, depth+1
		}
		n := &node{pos: at{off: -1, line: y.Line, col: y.Column}}
		if depth > 32 {
			n.kind = "null"
			return n
		}
		switch y.Kind {
		case yaml.MappingNode:
			n.kind = "object"
			seen := map[string]bool{}
			for i := 0; i+1 < len(y.Content); i += 2 {
				k, v := y.Content[i], y.Content[i+1]
				kp := at{off: -1, line: k.Line, col: k.Column}
				if seen[k.Value] {
					probs = append(probs, problem{pos: kp, ptr: ptr + "/" + escape(k.Value),
						code: claims.CodeDuplicateKey, msg: fmt.Sprintf("key %q given twice", k.Value)})
					continue
				}
				seen[k.Value] = true
				n.members = append(n.members, member{key: k.Value, keyPos: kp, val: conv(v, ptr+"/"+escape(k.Value), depth+1)})
			}
		case yaml.SequenceNode:
			n.kind = "array"
			for i, c := range y.Content {
				n.items = append(n.items, conv(c, ptr+"/"+strconv.Itoa(i), depth+1))
			}
		case yaml.ScalarNode:
			switch y.ShortTag() {
			case "!!str", "!!binary", "!!timestamp":
				n.kind, n.str = "string", y.Value
			case "!!int", "!!float":
				n.kind = "number"
				var f float64
				if err := y.Decode(&f); err == nil {
					n.num = json.Number(strconv.FormatFloat(f, 'g', -1, 64))
				} else {
					n.num = "0"
				}
			case "!!bool":
				n.kind = "boolean"
				_ = y.Decode(&n.bool)
			case "!!null":
				n.kind = "null"
			default:
				n.kind, n.str = "string", y.Value
			}
		default:
			n.kind = "null"
		}
		return n
	}
	return conv(doc.Content[0], "", 0), probs
}

// yamlError positions a yaml.v3 error. Its messages carry the line only
// ("yaml: line 3: did not find expected key").
func yamlError(err error) problem {
	msg := err.Error()
	line := 0
	var rest string
	if _, e := fmt.Sscanf(msg, "yaml: line %d:", &line); e == nil {
		if i := bytes.IndexByte([]byte(msg), ':'); i >= 0 {
			if j := bytes.IndexByte([]byte(msg[i+1:]), ':'); j >= 0 {
				rest = msg[i+1+j+1:]
			}
		}
	}
	if line == 0 {
		var te *yaml.TypeError
		if errors.As(err, &te) && len(te.Errors) > 0 {
			msg = te.Errors[0]
		}
		return problem{pos: at{off: 0}, code: claims.CodeSyntax, msg: "not valid YAML: " + trimYAML(msg)}
	}
	return problem{pos: at{off: -1, line: line, col: 1}, code: claims.CodeSyntax, msg: "not valid YAML:" + rest}
}

func trimYAML(msg string) string {
	if len(msg) > 6 && msg[:6] == "yaml: " {
		return msg[6:]
	}
	return msg
}

// escape escapes a key as a JSON pointer token (RFC 6901).
func escape(key string) string {
	var b []byte
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case '~':
			b = append(b, "~0"...)
		case '/':
			b = append(b, "~1"...)
		default:
			b = append(b, key[i])
		}
	}
	return string(b)
}
