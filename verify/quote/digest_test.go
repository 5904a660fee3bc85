package quote

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

var updateDigest = flag.Bool("update-digest", false, "rewrite testdata/extract.digest from Extract's output")

const digestFile = "testdata/extract.digest"

// digestInput is one document whose spans TestExtractDigest pins.
type digestInput struct {
	name string
	src  *source.Source
}

// digestInputs parses the seeds and the input file of every fixture.
func digestInputs(t testing.TB) []digestInput {
	var out []digestInput
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range seeds {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		src, err := source.Parse(name, raw)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, digestInput{"seeds/" + name, src})
	}
	files, _ := filepath.Glob("../../testdata/quotes/*.txtar")
	for _, p := range files {
		ar, err := readArchive(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if !strings.HasPrefix(f.Name, "input.") {
				continue
			}
			src, err := source.Parse(f.Name, f.Data)
			if err != nil {
				continue
			}
			out = append(out, digestInput{"quotes/" + strings.TrimSuffix(filepath.Base(p), ".txtar") + "/" + f.Name, src})
		}
	}
	// Words around the length where a token keeps its end apart.
	var sb strings.Builder
	for _, n := range []int{509, 510, 511, 512, 513, 4000} {
		w := strings.Repeat("a", n)
		fmt.Fprintf(&sb, "Mr %s said %s was long. “The %s word,” said Jane %s. %s\n\n", strings.Repeat("B", n), w, w, strings.Repeat("C", n-1)+"’s", w+"."+w)
	}
	src, err := source.Parse("long.txt", []byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, digestInput{"long-words", src})
	if len(seeds) == 0 || len(files) == 0 {
		t.Fatal("no seeds or fixtures found")
	}
	return out
}

// parseDigest fingerprints what Extract reads of a source: its name,
// format, Raw, Text, blocks and the Text→Raw offset mapping. When it
// changes, source.Parse changed, and the spans may change with it.
func parseDigest(src *source.Source) string {
	h := sha256.New()
	fmt.Fprintf(h, "%q %d %d %d\n", src.Name, src.Format, len(src.Raw), len(src.Text))
	h.Write(src.Raw)
	h.Write([]byte(src.Text))
	b, _ := json.Marshal(src.Blocks)
	h.Write(b)
	var buf [16]byte
	for i := 0; i <= len(src.Text); i++ {
		binary.LittleEndian.PutUint64(buf[:8], uint64(src.RawOffset(i)))
		binary.LittleEndian.PutUint64(buf[8:], uint64(src.RawEnd(i)))
		h.Write(buf[:])
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// spanDigest is the SHA-256 of the JSON encoding of spans: every field of
// every span, offsets and texts included.
func spanDigest(spans []Span) string {
	b, err := json.Marshal(spans)
	if err != nil {
		panic(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])[:32]
}

func readDigests(t *testing.T) map[string][2]string {
	data, err := os.ReadFile(digestFile)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][2]string{}
	for _, l := range strings.Split(string(data), "\n") {
		f := strings.Fields(l)
		if len(f) == 3 && !strings.HasPrefix(l, "#") {
			m[f[0]] = [2]string{f[1], f[2]}
		}
	}
	return m
}

// TestExtractDigest checks that Extract's output on the seeds and on every
// fixture input is byte-for-byte what testdata/extract.digest records: a
// SHA-256 of the JSON of all spans per input. An input whose parse (the
// digest's second column) differs from the recorded one, or that is not
// recorded, fails apart: then source.Parse changed, or the input is new;
// after checking the fixtures still pass, rewrite the file with
//
//	go test ./verify/quote/ -run TestExtractDigest -update-digest
//
// With VERITY_DIGEST_OUT=FILE it also writes the digests to FILE, adding the
// benchmark corpus with VERITY_DIGEST_CORPUS=1 and the 100 MB line of
// BenchmarkExtractHugeLine with VERITY_HUGE=1, so two builds can be compared
// with diff.
func TestExtractDigest(t *testing.T) {
	inputs := digestInputs(t)
	type row struct{ name, parse, spans string }
	var rows []row
	for _, in := range inputs {
		rows = append(rows, row{in.name, parseDigest(in.src), spanDigest(Extract(in.src))})
	}
	if *updateDigest {
		var sb strings.Builder
		sb.WriteString("# name parse-digest span-digest: written by go test ./verify/quote/ -run TestExtractDigest -update-digest\n")
		for _, r := range rows {
			fmt.Fprintf(&sb, "%s %s %s\n", r.name, r.parse, r.spans)
		}
		if err := os.WriteFile(digestFile, []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	} else {
		want := readDigests(t)
		skipped := 0
		for _, r := range rows {
			w, ok := want[r.name]
			switch {
			case !ok || w[0] != r.parse:
				skipped++
			case w[1] != r.spans:
				t.Errorf("%s: span digest %s, want %s", r.name, r.spans, w[1])
			}
		}
		if skipped > 0 {
			// A digest that compares nothing pins nothing: the file must
			// be rewritten when inputs are added or parse differently.
			t.Errorf("%d of %d inputs have no digest for how they parse now (new, or source.Parse changed): check the fixtures pass, then rewrite it with -update-digest", skipped, len(rows))
		}
	}
	out := os.Getenv("VERITY_DIGEST_OUT")
	if out == "" {
		return
	}
	if os.Getenv("VERITY_DIGEST_CORPUS") == "1" {
		docs, _ := benchCorpus()
		for i, d := range docs {
			src, err := source.Parse("doc.txt", d)
			if err != nil {
				t.Fatal(err)
			}
			rows = append(rows, row{fmt.Sprintf("corpus/%05d", i), parseDigest(src), spanDigest(Extract(src))})
		}
	}
	if os.Getenv("VERITY_HUGE") == "1" {
		src := hugeLine(t)
		rows = append(rows, row{"huge-line", "-", spanDigest(Extract(src))})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].name < rows[j].name })
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, r := range rows {
		fmt.Fprintf(w, "%s %s %s\n", r.name, r.parse, r.spans)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
