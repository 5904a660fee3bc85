package verify_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify"
	"github.com/verity-news/verity/verify/source"
)

// expectation is one claim's expected verdict, with why it holds.
type expectation struct {
	Verdict string `json:"verdict"`
	Reason  string `json:"reason"`
	Why     string `json:"why"`
	// Known, when set, says the verifier gets this claim wrong today and
	// how: a known limit, reported by the test but not failed. A known
	// limit that starts passing fails the test until Known is removed.
	Known string `json:"known"`
}

// caseSet is a claims file, its sources and what a careful fact-checker
// would conclude of each claim.
type caseSet struct {
	name     string
	sources  []*source.Source
	claims   *claims.File
	expected map[string]expectation
}

func seedSources(t testing.TB) []*source.Source {
	t.Helper()
	srcs, err := source.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	return srcs
}

// loadArchive reads a txtar of sources/*, claims.json and expected.json.
// An archive without sources is checked against the seeds.
func loadArchive(t testing.TB, path string) caseSet {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cs := caseSet{name: filepath.Base(path)}
	for _, f := range ar.Files {
		switch {
		case strings.HasPrefix(f.Name, "sources/"):
			src, err := source.Parse(strings.TrimPrefix(f.Name, "sources/"), f.Data)
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
			cs.sources = append(cs.sources, src)
		case f.Name == "claims.json":
			cs.claims, err = claims.Load(cs.name+"/claims.json", f.Data)
			if err != nil {
				t.Fatalf("%s: %v", cs.name, err)
			}
		case f.Name == "expected.json":
			if err := json.Unmarshal(f.Data, &cs.expected); err != nil {
				t.Fatalf("%s: expected.json: %v", cs.name, err)
			}
		}
	}
	if cs.sources == nil {
		cs.sources = seedSources(t)
	}
	return cs
}

func loadDevset(t testing.TB) caseSet {
	t.Helper()
	data, err := os.ReadFile("../testdata/devset/seeds.claims.json")
	if err != nil {
		t.Fatal(err)
	}
	cf, err := claims.Load("seeds.claims.json", data)
	if err != nil {
		t.Fatal(err)
	}
	cs := caseSet{name: "devset", sources: seedSources(t), claims: cf}
	data, err = os.ReadFile("../testdata/devset/seeds.expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &cs.expected); err != nil {
		t.Fatal(err)
	}
	return cs
}

func checkSet(t testing.TB, cs caseSet) []verify.Result {
	t.Helper()
	corpus, err := verify.NewCorpus(context.Background(), cs.sources)
	if err != nil {
		t.Fatal(err)
	}
	results, err := corpus.Check(context.Background(), cs.claims)
	if err != nil {
		t.Fatal(err)
	}
	return results
}

// TestVerdicts checks the devset and the project's own claim sets
// (testdata/verify/*.txtar): every verdict and every reason given.
func TestVerdicts(t *testing.T) {
	sets := []caseSet{loadDevset(t)}
	archives, _ := filepath.Glob("../testdata/verify/*.txtar")
	for _, a := range archives {
		sets = append(sets, loadArchive(t, a))
	}
	total, known := 0, 0
	for _, cs := range sets {
		t.Run(cs.name, func(t *testing.T) {
			results := checkSet(t, cs)
			if len(results) != len(cs.claims.Claims) {
				t.Fatalf("%d results for %d claims", len(results), len(cs.claims.Claims))
			}
			for i, r := range results {
				if r.ID != cs.claims.Claims[i].ID {
					t.Errorf("result %d is %s, want %s: results must come in claims order", i, r.ID, cs.claims.Claims[i].ID)
				}
				want, ok := cs.expected[r.ID]
				if !ok {
					t.Errorf("%s: no expectation", r.ID)
					continue
				}
				total++
				wrong := r.Verdict.String() != want.Verdict || (want.Reason != "" && string(r.Reason) != want.Reason)
				switch {
				case want.Known != "" && wrong:
					known++
					t.Logf("known limit %s %q: got %s/%s, want %s/%s: %s", r.ID, r.Text, r.Verdict, r.Reason, want.Verdict, orStar(want.Reason), want.Known)
				case want.Known != "":
					t.Errorf("%s %q: marked known (%s) but now right: remove \"known\"", r.ID, r.Text, want.Known)
				case wrong:
					t.Errorf("%s %q: got %s/%s, want %s/%s (%s)\n\tmessage: %s", r.ID, r.Text, r.Verdict, r.Reason, want.Verdict, orStar(want.Reason), want.Why, r.Message)
				}
			}
		})
	}
	if total < 100 {
		t.Errorf("only %d claims checked; the sets should hold over 100", total)
	}
	t.Logf("%d claims, %d right, %d known limits", total, total-known, known)
}

func orStar(s string) string {
	if s == "" {
		return "*"
	}
	return s
}

// TestEvidenceSlicesBack checks that every supported or contradicted result
// names evidence that is really in its source, at the position given, and
// that every altered quote shows the words that differ.
func TestEvidenceSlicesBack(t *testing.T) {
	sets := []caseSet{loadDevset(t)}
	archives, _ := filepath.Glob("../testdata/verify/*.txtar")
	for _, a := range archives {
		sets = append(sets, loadArchive(t, a))
	}
	for _, cs := range sets {
		byName := map[string]*source.Source{}
		for _, s := range cs.sources {
			byName[s.Name] = s
		}
		for _, r := range checkSet(t, cs) {
			if r.Verdict == verify.Missing && r.Reason == verify.NoEvidence {
				if len(r.Evidence) != 0 {
					t.Errorf("%s/%s: no-evidence result names evidence", cs.name, r.ID)
				}
				continue
			}
			if len(r.Evidence) == 0 {
				t.Errorf("%s/%s: %s/%s names no evidence", cs.name, r.ID, r.Verdict, r.Reason)
				continue
			}
			ev := r.Evidence[0]
			src := byName[ev.Source]
			if src == nil {
				t.Errorf("%s/%s: evidence names unknown source %q", cs.name, r.ID, ev.Source)
				continue
			}
			if ev.Start < 0 || ev.Start >= ev.End || ev.End > len(src.Raw) {
				t.Errorf("%s/%s: evidence range [%d,%d) outside %s (%d bytes)", cs.name, r.ID, ev.Start, ev.End, ev.Source, len(src.Raw))
				continue
			}
			if p := src.Pos(ev.Start); p.Line != ev.Line || p.Column != ev.Column {
				t.Errorf("%s/%s: evidence at %d:%d, but its offset %d is %d:%d", cs.name, r.ID, ev.Line, ev.Column, ev.Start, p.Line, p.Column)
			}
			if src.Format == source.PlainText {
				raw := strings.Join(strings.Fields(string(src.Raw[ev.Start:ev.End])), " ")
				if raw != ev.Text {
					t.Errorf("%s/%s: evidence text %q, but the source holds %q there", cs.name, r.ID, ev.Text, raw)
				}
			} else if first, _ := utf8.DecodeRuneInString(ev.Text); !strings.ContainsRune(html.UnescapeString(string(src.Raw[ev.Start:ev.End])), first) {
				t.Errorf("%s/%s: evidence %q does not start inside raw %q", cs.name, r.ID, ev.Text, src.Raw[ev.Start:ev.End])
			}
			if r.Reason == verify.AlteredQuote && (len(r.Changes) == 0 || !strings.Contains(r.Message, "→") && !strings.Contains(r.Message, "added") && !strings.Contains(r.Message, "left out")) {
				t.Errorf("%s/%s: altered quote without the differing words: %q %v", cs.name, r.ID, r.Message, r.Changes)
			}
		}
	}
}

// TestDeterministic checks that results are the same bytes whatever the
// number of workers.
func TestDeterministic(t *testing.T) {
	cs := loadDevset(t)
	render := func(procs int) []byte {
		old := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(old)
		b, err := json.Marshal(checkSet(t, cs))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	one, two, again := render(1), render(2), render(2)
	if !bytes.Equal(one, two) || !bytes.Equal(two, again) {
		t.Errorf("results differ between GOMAXPROCS=1 and 2, or between runs")
	}
}

// TestReasonsCovered checks that the sets exercise every reason of SPEC §4.
func TestReasonsCovered(t *testing.T) {
	seen := map[string]bool{}
	archives, _ := filepath.Glob("../testdata/verify/*.txtar")
	for _, a := range archives {
		for _, e := range loadArchive(t, a).expected {
			seen[e.Reason] = true
		}
	}
	var missing []string
	for _, r := range verify.Reasons {
		if !seen[string(r)] {
			missing = append(missing, string(r))
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("no claim in testdata/verify expects %v", missing)
	}
}

// TestNearCopies checks that the one passage holding a claim's figure is
// found among many that differ only in that figure: more near-copies than
// the verifier aligns word by word.
func TestNearCopies(t *testing.T) {
	var srcs []*source.Source
	for i := 0; i < 300; i++ {
		name := fmt.Sprintf("s%03d.txt", i)
		src, err := source.Parse(name, []byte(fmt.Sprintf("Source %d says café prices rose.\n", i)))
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	cf, err := claims.Load("c.json", []byte(`{"claims":[{"id":"x","text":"Source 299 says café prices rose."}]}`))
	if err != nil {
		t.Fatal(err)
	}
	results := checkSet(t, caseSet{name: "near", sources: srcs, claims: cf})
	r := results[0]
	if r.Verdict != verify.Supported || len(r.Evidence) == 0 || r.Evidence[0].Source != "s299.txt" {
		t.Errorf("got %s/%s %v, want supported by s299.txt: the figure's words must rank its passage first", r.Verdict, r.Reason, r.Evidence)
	}
}
