package claims

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/verity-news/verity/schemas"
)

// TestSchema checks that the embedded schema is the file on disk, that it
// compiles as JSON Schema 2020-12 (the compiler checks it against the
// meta-schema), and that every field has a title and a description.
func TestSchema(t *testing.T) {
	disk, err := os.ReadFile(filepath.Join("..", "schemas", "claims.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(disk, schemas.Claims) {
		t.Fatal("schemas.Claims differs from schemas/claims.schema.json")
	}
	var doc map[string]any
	if err := json.Unmarshal(schemas.Claims, &doc); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" || doc["$id"] != schemaURL {
		t.Errorf("$schema = %v, $id = %v", doc["$schema"], doc["$id"])
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, bytes.NewReader(schemas.Claims)); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Compile(schemaURL); err != nil {
		t.Fatalf("compile: %v", err)
	}
	var walk func(path string, s map[string]any)
	walk = func(path string, s map[string]any) {
		if s["title"] == nil || s["description"] == nil {
			t.Errorf("%s: no title or description", path)
		}
		props, _ := s["properties"].(map[string]any)
		for name, p := range props {
			walk(path+"/properties/"+name, p.(map[string]any))
		}
		if items, ok := s["items"].(map[string]any); ok {
			walk(path+"/items", items)
		}
	}
	walk("#", doc)
}

// TestSchemaAgrees loads the good files with the schema alone: what Load
// accepts, the published schema accepts too.
func TestSchemaAgrees(t *testing.T) {
	s, _ := compiled()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "claims", "good", "*.json"))
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}
