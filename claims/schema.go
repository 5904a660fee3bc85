package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/verity-news/verity/schemas"
)

// schemaURL is the $id of schemas/claims.schema.json.
const schemaURL = "https://verity-news.github.io/verity/schemas/claims.schema.json"

// compiled is the claims schema, compiled on first use, and the schema
// document itself, where validation errors' keyword locations are looked up.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, map[string]any) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	if err := c.AddResource(schemaURL, bytes.NewReader(schemas.Claims)); err != nil {
		panic("claims: embedded schema: " + err.Error())
	}
	s, err := c.Compile(schemaURL)
	if err != nil {
		panic("claims: embedded schema: " + err.Error())
	}
	var doc map[string]any
	if err := json.Unmarshal(schemas.Claims, &doc); err != nil {
		panic("claims: embedded schema: " + err.Error())
	}
	return s, doc
})

// validate checks v, whose positions root records, against the schema.
func validate(v any, root *node) []problem {
	s, doc := compiled()
	err := s.Validate(v)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []problem{{off: int(root.off), code: CodeSchema, msg: err.Error()}}
	}
	var probs []problem
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			probs = append(probs, translate(e, doc, root)...)
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	return probs
}

// translate turns one leaf validation error into problems in plain English.
// It works from the failing keyword, the schema and the instance, not from
// jsonschema's message.
func translate(e *jsonschema.ValidationError, doc map[string]any, root *node) []problem {
	ptr := e.InstanceLocation
	n, _, ok := root.lookup(ptr)
	if !ok {
		return []problem{{off: int(root.off), ptr: ptr, code: CodeSchema, msg: e.Message}}
	}
	_, frag, _ := strings.Cut(e.AbsoluteKeywordLocation, "#")
	parentLoc, keyword := "", frag
	if i := strings.LastIndexByte(frag, '/'); i >= 0 {
		parentLoc, keyword = frag[:i], frag[i+1:]
	}
	sch, _ := resolve(doc, parentLoc).(map[string]any)
	field := fieldName(ptr)
	one := func(code Code, format string, args ...any) []problem {
		return []problem{{off: int(n.off), ptr: ptr, code: code, msg: fmt.Sprintf(format, args...)}}
	}
	switch keyword {
	case "type":
		want := fmt.Sprint(sch["type"])
		switch {
		case ptr == "":
			return one(CodeType, "expected an object with \"claims\", got %s", n.kind)
		case ptr == "/claims":
			return one(CodeType, "expected an array of claims, got %s", n.kind)
		case claimPointer.MatchString(ptr):
			return one(CodeType, "expected a claim object, got %s", n.kind)
		}
		return one(CodeType, "expected %s, got %s", want, n.kind)
	case "required":
		var probs []problem
		req, _ := sch["required"].([]any)
		for _, r := range req {
			name, _ := r.(string)
			if n.member(name) == nil {
				probs = append(probs, problem{off: int(n.off), ptr: ptr, code: CodeRequired,
					msg: fmt.Sprintf("missing required field %q", name)})
			}
		}
		return probs
	case "additionalProperties":
		props, _ := sch["properties"].(map[string]any)
		known := make([]string, 0, len(props))
		for k := range props {
			known = append(known, k)
		}
		sort.Strings(known)
		var probs []problem
		for _, m := range n.kids {
			if _, ok := props[m.key]; ok {
				continue
			}
			probs = append(probs, problem{off: int(m.keyOff), ptr: ptr + "/" + escapePointer(m.key),
				code: CodeUnknownField, msg: unknownField(m.key, ptr, known)})
		}
		return probs
	case "minItems":
		if ptr == "/claims" {
			return one(CodeEmpty, "claims must hold at least one claim")
		}
	case "minLength":
		switch field {
		case "speaker":
			return one(CodeEmpty, "speaker must not be empty (leave the field out when there is no speaker)")
		case "source":
			return one(CodeEmpty, "a source name must not be empty")
		}
		return one(CodeEmpty, "%s must not be empty", field)
	case "pattern":
		s := n.str
		if s == "" {
			return nil // minLength reports it
		}
		return one(CodePattern, "%s %q may hold only letters, digits, '.', '_' and '-'", field, s)
	}
	return one(CodeSchema, "%s", e.Message)
}

// claimPointer matches the pointer of one claim.
var claimPointer = regexp.MustCompile(`^/claims/[0-9]+$`)

// fieldName is the field a pointer ends in, as messages name it.
func fieldName(ptr string) string {
	i := strings.LastIndexByte(ptr, '/')
	last := ptr[i+1:]
	if last != "" && strings.Trim(last, "0123456789") == "" && strings.HasSuffix(ptr[:max(i, 0)], "/sources") {
		return "source"
	}
	return strings.ReplaceAll(strings.ReplaceAll(last, "~1", "/"), "~0", "~")
}

// resolve follows a JSON pointer fragment through a decoded document.
func resolve(doc any, frag string) any {
	if frag == "" {
		return doc
	}
	for _, tok := range strings.Split(strings.TrimPrefix(frag, "/"), "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, ok := doc.(map[string]any)
		if !ok {
			return nil
		}
		doc = m[tok]
	}
	return doc
}

// unknownField says that key is not a field at ptr, suggesting the known
// field it was probably meant to be.
func unknownField(key, ptr string, known []string) string {
	msg := fmt.Sprintf("unknown field %q", key)
	if best := Closest(key, known); best != "" {
		return msg + fmt.Sprintf(" (did you mean %q?)", best)
	}
	switch {
	case ptr == "" && (key == "id" || key == "text" || key == "speaker"):
		return msg + ` (claims go in the "claims" array)`
	case ptr != "" && key == "$schema":
		return msg + ` ("$schema" belongs at the top level)`
	}
	return msg
}

// Closest returns the known name nearest to key by edit distance, ignoring
// case, or "" when none is near enough to be a likely typo.
func Closest(key string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		d := editDistance(strings.ToLower(key), k)
		limit := 2
		if len([]rune(k)) <= 4 {
			limit = 1
		}
		if d <= limit && d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in code points.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 64 // far from every field name; no need to compute it
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
