package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/schemas"
)

// schemaURL is the $id of schemas/config.schema.json.
const schemaURL = "https://verity-news.github.io/verity/schemas/config.schema.json"

var compiled = sync.OnceValue(func() *jsonschema.Schema {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	if err := c.AddResource(schemaURL, bytes.NewReader(schemas.Config)); err != nil {
		panic("config: embedded schema: " + err.Error())
	}
	return c.MustCompile(schemaURL)
})

// enums are the values the schema allows for each enumerated field.
var enums = sync.OnceValue(func() map[string][]string {
	var doc struct {
		Properties map[string]struct {
			Enum []string `json:"enum"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(schemas.Config, &doc); err != nil {
		panic("config: embedded schema: " + err.Error())
	}
	m := map[string][]string{}
	for k, p := range doc.Properties {
		m[k] = p.Enum
	}
	return m
})

// fields are the config file's fields, for "did you mean" suggestions.
var fields = []string{"$schema", "fail-on", "format", "ignore", "sources"}

// validate checks the tree against the schema and says what is wrong in
// plain English. It works from the failing keyword and the tree, not from
// jsonschema's messages.
func validate(root *node) []problem {
	err := compiled().Validate(root.value())
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		if err != nil {
			return []problem{{pos: root.pos, code: claims.CodeSchema, msg: err.Error()}}
		}
		return nil
	}
	var probs []problem
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			probs = append(probs, translate(e, root)...)
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return probs
}

func translate(e *jsonschema.ValidationError, root *node) []problem {
	ptr := e.InstanceLocation
	n := lookup(root, ptr)
	if n == nil {
		return []problem{{pos: root.pos, ptr: ptr, code: claims.CodeSchema, msg: e.Message}}
	}
	keyword := e.KeywordLocation[strings.LastIndexByte(e.KeywordLocation, '/')+1:]
	field := ptr[strings.LastIndexByte(ptr, '/')+1:]
	if _, err := strconv.Atoi(field); err == nil && strings.Count(ptr, "/") == 2 {
		field = strings.TrimSuffix(ptr[1:strings.LastIndexByte(ptr, '/')], "s") // "/ignore/0" → "ignore", "/sources/1" → "source"
	}
	one := func(code claims.Code, format string, args ...any) []problem {
		return []problem{{pos: n.pos, ptr: ptr, code: code, msg: fmt.Sprintf(format, args...)}}
	}
	switch keyword {
	case "type":
		switch {
		case ptr == "":
			return one(claims.CodeType, "expected an object of settings, got %s", n.kind)
		case ptr == "/sources" || ptr == "/ignore":
			if n.kind == "string" {
				return one(claims.CodeType, "expected an array of strings, got string (write [%q])", n.str)
			}
			return one(claims.CodeType, "expected an array of strings, got %s", n.kind)
		}
		return one(claims.CodeType, "expected string, got %s", n.kind)
	case "additionalProperties":
		var probs []problem
		for _, m := range n.members {
			if slices(fields, m.key) {
				continue
			}
			msg := fmt.Sprintf("unknown field %q", m.key)
			if best := claims.Closest(m.key, fields); best != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", best)
			}
			probs = append(probs, problem{pos: m.keyPos, ptr: ptr + "/" + escape(m.key), code: claims.CodeUnknownField, msg: msg})
		}
		return probs
	case "enum":
		want := enums()[strings.TrimPrefix(ptr, "/")]
		list := strings.Join(want, ", ")
		if i := strings.LastIndex(list, ", "); i >= 0 {
			list = list[:i] + " or " + list[i+2:]
		}
		return one(claims.CodeSchema, "unknown value %q (want %s)", n.str, list)
	case "minLength":
		return one(claims.CodeEmpty, "%s must not be empty", field)
	case "pattern":
		return one(claims.CodePattern, "claim id %q may hold only letters, digits, '.', '_' and '-'", n.str)
	case "uniqueItems":
		var probs []problem
		first := map[string]*node{}
		for _, it := range n.items {
			if it.kind != "string" {
				continue
			}
			if f, dup := first[it.str]; dup {
				probs = append(probs, problem{pos: it.pos, ptr: ptr, code: claims.CodeDuplicateID,
					msg: fmt.Sprintf("%q is listed twice", it.str), first: &f.pos})
				continue
			}
			first[it.str] = it
		}
		return probs
	}
	return one(claims.CodeSchema, "%s", e.Message)
}

func slices(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lookup follows a JSON pointer through the tree.
func lookup(n *node, ptr string) *node {
	if ptr == "" {
		return n
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch n.kind {
		case "object":
			if n = n.member(tok); n == nil {
				return nil
			}
		case "array":
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.items) {
				return nil
			}
			n = n.items[i]
		default:
			return nil
		}
	}
	return n
}

// errorList positions the problems and sorts them.
func errorList(name string, data []byte, probs []problem) claims.ErrorList {
	lines := bytes.SplitAfter(data, []byte("\n"))
	var list claims.ErrorList
	for _, p := range probs {
		e := &claims.Error{File: name, Offset: -1, Pointer: p.ptr, Code: p.code, Msg: p.msg}
		line, col, off := p.pos.line, p.pos.col, -1
		if p.first != nil {
			e.Msg += fmt.Sprintf(" (first at line %d)", p.first.lineIn(data))
		}
		if p.pos.off >= 0 {
			off = min(p.pos.off, len(data))
			before := data[:off]
			line = p.pos.lineIn(data)
			col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
		} else if line >= 1 && line <= len(lines) {
			off = 0
			for _, l := range lines[:line-1] {
				off += len(l)
			}
			// col is in code points: walk that many runes into the line.
			l := lines[line-1]
			for c := 1; c < col && len(l) > 0; c++ {
				_, size := utf8.DecodeRune(l)
				off += size
				l = l[size:]
			}
		}
		if line >= 1 && line <= len(lines) {
			e.Line, e.Column, e.Offset = line, max(col, 1), off
			e.LineText = strings.TrimRight(string(lines[line-1]), "\r\n")
		}
		list = append(list, e)
	}
	sort.Sort(list)
	return list
}

// lineIn returns the 1-based line of p in data.
func (p at) lineIn(data []byte) int {
	if p.off < 0 {
		return p.line
	}
	return bytes.Count(data[:min(p.off, len(data))], []byte("\n")) + 1
}
