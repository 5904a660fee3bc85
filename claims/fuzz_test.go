package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/verity-news/verity/verify/textpos"
)

// FuzzLoad checks Load's invariants on any input: no panic; a File or a
// non-empty sorted ErrorList; every position inside the input and equal to
// what textpos gives for its offset; the same result twice. Where the input
// is plain UTF-8 JSON, Load's parser must agree with encoding/json on
// whether it is JSON and on the values.
func FuzzLoad(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "claims", "*", "*.json"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"claims":[{"id":"a","text":"\ud800 \u00e9 \"x\""}],"claims":1}`))
	f.Add([]byte(`[[[[{"a":[1e5,-0.5,true,false,null]}]]]]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Load("f.json", data)
		again, err2 := Load("f.json", data)
		if !reflect.DeepEqual(file, again) || !reflect.DeepEqual(err, err2) {
			t.Fatalf("Load is not deterministic")
		}
		if (file == nil) == (err == nil) {
			t.Fatalf("Load = %v, %v: want exactly one of a File and an error", file, err)
		}
		x := textpos.New(data)
		if file != nil {
			if len(file.Claims) == 0 {
				t.Fatal("a File with no claims")
			}
			for _, c := range file.Claims {
				if x.Pos(c.Pos.Offset) != c.Pos || data[c.Pos.Offset] != '{' ||
					x.Pos(c.TextPos.Offset) != c.TextPos || data[c.TextPos.Offset] != '"' {
					t.Fatalf("claim %q: positions %+v %+v", c.ID, c.Pos, c.TextPos)
				}
			}
		}
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty ErrorList", err)
			}
			if !sort.IsSorted(list) {
				t.Fatalf("ErrorList not sorted: %v", list)
			}
			for _, e := range list {
				if e.Line == 0 {
					if e.Offset != -1 {
						t.Fatalf("%v: no line but offset %d", e, e.Offset)
					}
					continue
				}
				if e.Offset < 0 || e.Offset > len(data) || x.Pos(e.Offset) != (textpos.Pos{Line: e.Line, Column: e.Column, Offset: e.Offset}) {
					t.Fatalf("%v: position %d:%d (offset %d) is not textpos's %+v", e, e.Line, e.Column, e.Offset, x.Pos(e.Offset))
				}
				if !utf8.ValidString(e.Error()) || !utf8.ValidString(e.Caret()) {
					t.Fatalf("%q: not valid UTF-8", e.Error())
				}
			}
		}

		// Differential check of the parser against encoding/json.
		if !utf8.Valid(data) || bytes.HasPrefix(data, bom) || len(bytes.TrimLeft(data, " \t\r\n")) == 0 {
			return
		}
		p, v, _ := parse(data, 0)
		if p.fatal && p.probs[len(p.probs)-1].code == CodeTooDeep {
			return
		}
		if valid := json.Valid(data); p.fatal == valid {
			t.Fatalf("parser fatal=%v (%v), but json.Valid=%v", p.fatal, p.probs, valid)
		}
		if p.fatal {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var want any
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if !p.fatal && !hasDupKeys(p) && !reflect.DeepEqual(v, want) {
			t.Fatalf("parser value %#v, encoding/json %#v", v, want)
		}
	})
}

// hasDupKeys reports whether parsing recorded a duplicate key, where
// encoding/json keeps the last value and Load the first.
func hasDupKeys(p *parser) bool {
	for _, pr := range p.probs {
		if pr.code == CodeDuplicateKey {
			return true
		}
	}
	return false
}
