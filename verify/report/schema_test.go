package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/verity-news/verity/schemas"
	"github.com/verity-news/verity/verify"
)

const (
	reportSchemaID = "https://verity-news.github.io/verity/schemas/report.schema.json"
	sarifSchemaID  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

func compileSchema(t testing.TB, id string, data []byte) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	if err := c.AddResource(id, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("compiling %s: %v", id, err)
	}
	return s
}

// decode reads JSON as jsonschema validates it: into any, numbers kept.
func decode(t testing.TB, data []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%v in\n%s", err, data)
	}
	return v
}

func TestJSONMatchesSchema(t *testing.T) {
	s := compileSchema(t, reportSchemaID, schemas.Report)
	reports := map[string]*verify.Report{
		"fake":  fakeReport(),
		"empty": verify.NewReport(nil),
		"nil results and evidence": {Version: 1, Results: []verify.Result{
			{ID: "a", Text: "t", Verdict: verify.Missing, Reason: verify.NoEvidence, Message: "m"},
		}},
	}
	for name, r := range reports {
		out := render(t, JSON, r, Options{})
		if err := s.Validate(decode(t, out)); err != nil {
			t.Errorf("%s: the JSON does not validate against the report schema: %#v\n%s", name, err, out)
		}
	}
}

func TestJSONShape(t *testing.T) {
	out := string(render(t, JSON, fakeReport(), Options{}))
	for _, want := range []string{
		"{\n  \"version\": 1,\n  \"summary\": {\n    \"total\": 10,",
		`"text": "£24 billion over four years"`,
		`<script>alert(1)</script> & 100% of <b>budgets</b>`,
		`"verdict": "contradicted"`,
		`"reason": "altered-quote"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON has no %q", want)
		}
	}
	if !strings.HasSuffix(out, "}\n") {
		t.Error("JSON does not end with a newline")
	}
	var back verify.Report
	if err := json.Unmarshal([]byte(out), &back); err != nil {
		t.Fatal(err)
	}
	if back.Results[6].Reason != verify.AlteredQuote || back.Results[6].Changes[0].Evidence != "closest" {
		t.Errorf("round trip lost data: %+v", back.Results[6])
	}
}

func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t, reportSchemaID, schemas.Report)
	good := string(render(t, JSON, fakeReport(), Options{}))
	tests := []struct {
		name, old, new string
		reason         string
	}{
		{"wrong verdict", `"verdict": "supported"`, `"verdict": "true"`, "verdict is an enum"},
		{"unknown reason", `"reason": "exact"`, `"reason": "verbatim"`, "reason is an enum"},
		{"unknown field", `"score": 0.92,`, `"score": 0.92, "confidence": 1,`, "results allow no other fields"},
		{"unknown top-level field", `"version": 1,`, `"version": 1, "extra": true,`, "the report allows no other fields"},
		{"reason of another verdict", `"verdict": "supported",
      "reason": "paraphrase"`, `"verdict": "supported",
      "reason": "negated"`, "a supported result has a supported reason"},
		{"evidence without source", `"source": "002_17fa8aee8e2a43c8.txt",
          "line": 23`, `"line": 23`, "evidence needs its source"},
		{"score above 1", `"score": 0.92`, `"score": 1.5`, "a score is in [0,1]"},
		{"version 2", `"version": 1`, `"version": 2`, "this schema describes version 1"},
	}
	for _, tt := range tests {
		bad := strings.Replace(good, tt.old, tt.new, 1)
		if bad == good {
			t.Fatalf("%s: %q not found in the JSON", tt.name, tt.old)
		}
		if err := s.Validate(decode(t, []byte(bad))); err == nil {
			t.Errorf("%s: the schema accepts it, want a rejection (%s)", tt.name, tt.reason)
		}
	}
}

// TestSchemaDescribesEverything checks that every property in the schema has a
// description, so `verity schema report` documents each field.
func TestSchemaDescribesEverything(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(schemas.Report, &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		if props, ok := m["properties"].(map[string]any); ok {
			for name, p := range props {
				pm := p.(map[string]any)
				_, hasDesc := pm["description"]
				_, isRef := pm["$ref"]
				if !hasDesc && !isRef && !strings.Contains(path, "allOf") {
					t.Errorf("%s/properties/%s has no description", path, name)
				}
				walk(path+"/properties/"+name, p)
			}
		}
		if defs, ok := m["$defs"].(map[string]any); ok {
			for name, d := range defs {
				if _, ok := d.(map[string]any)["description"]; !ok {
					t.Errorf("%s/$defs/%s has no description", path, name)
				}
				walk(path+"/$defs/"+name, d)
			}
		}
	}
	walk("", doc)
}

func TestSARIFValid(t *testing.T) {
	data, err := os.ReadFile("../../testdata/report/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	s := compileSchema(t, sarifSchemaID, data)
	for name, opt := range map[string]Options{
		"golden":        goldenOptions,
		"absolute path": {ClaimsFile: "/home/ed/claims dir/claims.json"},
		"no file":       {},
	} {
		out := render(t, SARIF, fakeReport(), opt)
		if err := s.Validate(decode(t, out)); err != nil {
			t.Errorf("%s: SARIF does not validate: %#v", name, err)
		}
	}
}
