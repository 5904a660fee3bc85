package report

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/verity-news/verity/verify"
)

func TestSARIFSchemaCatchesErrors(t *testing.T) {
	data, err := os.ReadFile("../../testdata/report/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	s := compileSchema(t, sarifSchemaID, data)
	out := render(t, SARIF, fakeReport(), goldenOptions)
	bad := bytes.Replace(out, []byte(`"level": "error"`), []byte(`"level": "fatal"`), 1)
	if err := s.Validate(decode(t, bad)); err == nil {
		t.Error("the vendored SARIF schema accepts level \"fatal\": the validation test proves nothing")
	}
}

func TestSARIFContent(t *testing.T) {
	r := fakeReport()
	var log sarifLog
	if err := json.Unmarshal(render(t, SARIF, r, goldenOptions), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if log.Version != "2.1.0" || run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Version != "1.0.0-test" {
		t.Errorf("version %q, columnKind %q, driver version %q", log.Version, run.ColumnKind, run.Tool.Driver.Version)
	}
	rules := run.Tool.Driver.Rules
	if len(rules) != len(verify.Reasons) {
		t.Fatalf("%d rules, want one per reason (%d)", len(rules), len(verify.Reasons))
	}
	for i, reason := range verify.Reasons {
		if rules[i].ID != string(reason) || rules[i].FullDescription.Text == "" || rules[i].Help.Text == "" {
			t.Errorf("rule %d = %+v, want %s described", i, rules[i], reason)
		}
	}
	want := r.Summary.Contradicted + r.Summary.Missing
	if len(run.Results) != want {
		t.Fatalf("%d results, want %d: supported claims are left out", len(run.Results), want)
	}
	levels := map[string]string{}
	for _, res := range run.Results {
		if res.RuleIndex == nil || rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("%s: ruleIndex %v doesn't point at its rule", res.RuleID, res.RuleIndex)
		}
		levels[res.RuleID] = res.Level
		if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.Region == nil {
			t.Errorf("%s: no located claim", res.RuleID)
		}
		if len(res.PartialFingerprints[fingerprintK]) != 64 {
			t.Errorf("%s: fingerprint %v", res.RuleID, res.PartialFingerprints)
		}
	}
	if levels["figure-mismatch"] != "error" || levels["no-evidence"] != "warning" {
		t.Errorf("levels = %v: contradicted is error, missing warning", levels)
	}
	// The unattributed claim: relative claims file against %SRCROOT%, evidence
	// in a file whose name needs percent-encoding.
	u := run.Results[4]
	loc := u.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "claims.json" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" ||
		loc.Region.StartLine != 10 || loc.Region.StartColumn != 5 {
		t.Errorf("claim location = %+v %+v", loc.ArtifactLocation, loc.Region)
	}
	ev := u.RelatedLocations[0].PhysicalLocation
	if ev.ArtifactLocation.URI != "dir%20with%20space/%C3%BCn%C3%AFcode,file.html" || ev.Region.Snippet == nil ||
		ev.Region.StartLine != 40 || ev.Region.StartColumn != 7 || ev.Region.ByteOffset != nil {
		t.Errorf("evidence location = %+v %+v", ev.ArtifactLocation, ev.Region)
	}
	// A claim in a draft uses the result's own file.
	if got := run.Results[6].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "drafts/csg21.md" {
		t.Errorf("draft claim uri = %q", got)
	}
	if len(run.Invocations) != 1 || len(run.Invocations[0].ToolExecutionNotifications) != 2 {
		t.Errorf("skipped sources: invocations = %+v", run.Invocations)
	}
}

func TestSARIFFingerprintStable(t *testing.T) {
	a := verify.Result{ID: "x", Text: "words", Line: 3}
	b := verify.Result{ID: "x", Text: "words", Line: 30, Message: "other"}
	c := verify.Result{ID: "x", Text: "other words"}
	if fingerprint(&a) != fingerprint(&b) {
		t.Error("the fingerprint changed with the claim's line or message")
	}
	if fingerprint(&a) == fingerprint(&c) {
		t.Error("the fingerprint ignores the claim's text")
	}
	if fingerprint(&verify.Result{ID: "ab", Text: "c"}) == fingerprint(&verify.Result{ID: "a", Text: "bc"}) {
		t.Error("id and text run together in the fingerprint")
	}
}

func TestSARIFAbsolute(t *testing.T) {
	got := sarifArtifactFor("/home/ed/claims dir/c.json")
	if got.URI != "file:///home/ed/claims%20dir/c.json" || got.URIBaseID != "" {
		t.Errorf("absolute path: %+v", got)
	}
	if got := sarifArtifactFor("a:b.json"); got.URI != "./a:b.json" {
		t.Errorf("a relative path with a colon must not read as a scheme: %+v", got)
	}
}

func TestSARIFEvidenceWithoutLine(t *testing.T) {
	r := verify.NewReport([]verify.Result{{
		ID: "a", Text: "t", Verdict: verify.Contradicted, Reason: verify.Negated, Message: "m",
		Evidence: []verify.Evidence{
			{Source: "s.txt", Start: 10, End: 20, Text: "ten bytes."},
			{Source: "s.txt", Text: "nowhere"},
		},
	}})
	var log sarifLog
	if err := json.Unmarshal(render(t, SARIF, r, Options{}), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results[0]
	if len(res.Locations) != 0 {
		t.Errorf("no claims file given, yet a location: %+v", res.Locations)
	}
	if reg := res.RelatedLocations[0].PhysicalLocation.Region; reg == nil || reg.ByteOffset == nil || *reg.ByteOffset != 10 || *reg.ByteLength != 10 {
		t.Errorf("unknown line: want the byte range, got %+v", reg)
	}
	if rl := res.RelatedLocations[1]; rl.PhysicalLocation.Region != nil || rl.Message.Text != "evidence: “nowhere”" {
		t.Errorf("no position at all: want no region and the text in the message, got %+v %q", rl.PhysicalLocation.Region, rl.Message.Text)
	}
}
