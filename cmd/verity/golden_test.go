package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/verity-news/verity/schemas"
	"github.com/verity-news/verity/verify/report"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/seeds.* from the CLI's output")

// TestGolden runs 'verity check seeds/claims.json --format F --fail-on
// none' from the repository root for every format and compares the output
// with testdata/golden/seeds.F; -update rewrites them. The JSON must
// validate against schemas/report.schema.json and the SARIF against the
// vendored OASIS SARIF 2.1.0 schema.
func TestGolden(t *testing.T) {
	t.Chdir("../..") // so that results name the claims file seeds/claims.json
	validators := map[report.Format]*jsonschema.Schema{
		report.JSON: compileSchema(t, "https://verity-news.github.io/verity/schemas/report.schema.json", schemas.Report),
	}
	sarif, err := os.ReadFile("testdata/report/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	validators[report.SARIF] = compileSchema(t, "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", sarif)

	for _, f := range report.Formats() {
		t.Run(string(f), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "check", "seeds/claims.json", "--format", string(f), "--fail-on", "none")
			if code != 0 || stderr != "" {
				t.Fatalf("exit %d, stderr %q; want 0 and nothing on stderr", code, stderr)
			}
			path := filepath.Join("testdata", "golden", "seeds."+string(f))
			if *update {
				if err := os.WriteFile(path, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/verity -run TestGolden -update)", err)
			}
			if stdout != string(want) {
				t.Errorf("the output differs from %s (go test ./cmd/verity -run TestGolden -update rewrites it; review the diff):\n%s",
					path, firstDiff(string(want), stdout))
			}
			if s := validators[f]; s != nil {
				if err := s.Validate(decodeJSON(t, want)); err != nil {
					t.Errorf("%s does not validate against its schema: %#v", path, err)
				}
			}
		})
	}
}

// firstDiff shows the first line where got differs from want.
func firstDiff(want, got string) string {
	wl, gl := bytes.Split([]byte(want), []byte("\n")), bytes.Split([]byte(got), []byte("\n"))
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return ""
}

func compileSchema(t *testing.T, id string, data []byte) *jsonschema.Schema {
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

// decodeJSON reads JSON as jsonschema validates it: into any, numbers kept.
func decodeJSON(t *testing.T, data []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%v", err)
	}
	return v
}
