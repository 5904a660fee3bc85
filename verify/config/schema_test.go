package config

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/verity-news/verity/schemas"
	"github.com/verity-news/verity/verify/report"
)

// TestSchemaAgrees checks the schema against the code it describes: the
// formats are report.Formats, the fields are the ones Parse reads and
// suggests, and every property is described for 'verity schema config'.
func TestSchemaAgrees(t *testing.T) {
	var doc struct {
		Properties map[string]struct {
			Description string   `json:"description"`
			Enum        []string `json:"enum"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(schemas.Config, &doc); err != nil {
		t.Fatal(err)
	}
	var formats []string
	for _, f := range report.Formats() {
		formats = append(formats, string(f))
	}
	if got := doc.Properties["format"].Enum; !reflect.DeepEqual(got, formats) {
		t.Errorf("format enum %v, want report.Formats %v", got, formats)
	}
	if got := doc.Properties["fail-on"].Enum; !reflect.DeepEqual(got, []string{"contradicted", "missing", "any", "none"}) {
		t.Errorf("fail-on enum %v, want the values --fail-on takes", got)
	}
	if len(doc.Properties) != len(fields) {
		t.Errorf("the schema has %d fields, the suggestions know %d: %v", len(doc.Properties), len(fields), fields)
	}
	for _, f := range fields {
		p, ok := doc.Properties[f]
		if !ok || p.Description == "" {
			t.Errorf("field %q is missing from the schema or undescribed", f)
		}
	}
}
