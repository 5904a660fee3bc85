package quote

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

// benchCorpus is at least 50 MB of plain-text documents built
// deterministically from the seeds' paragraphs and the fixtures' inputs,
// shuffled with a fixed seed, with speakers' names varied.
var benchCorpus = sync.OnceValues(func() ([][]byte, int) {
	var paras []string
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	files, _ := filepath.Glob("../../testdata/quotes/*.txtar")
	var texts []string
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, p := range files {
		if ar, err := readArchive(p); err == nil {
			for _, f := range ar.Files {
				if f.Name == "input.txt" {
					texts = append(texts, string(f.Data))
				}
			}
		}
	}
	for _, t := range texts {
		for _, p := range strings.Split(t, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
	}
	given := []string{"Ben", "Priti", "Mark", "Anna", "Tom", "Lucy", "Omar", "Grace", "Ivan", "Mei"}
	family := []string{"Wallace", "Patel", "Lancaster", "Okafor", "Novak", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Reyes"}
	rng := rand.New(rand.NewPCG(1, 2))
	var docs [][]byte
	total := 0
	for total < 50<<20 {
		// Each document keeps its paragraphs' speakers consistent under
		// new names.
		var pairs []string
		for _, old := range []string{"Ben Wallace", "Priti Patel", "Mark Lancaster", "Boris Johnson", "Joe Biden"} {
			g, f := given[rng.IntN(len(given))], family[rng.IntN(len(family))]
			sur := old[strings.IndexByte(old, ' ')+1:]
			pairs = append(pairs, old, g+" "+f, "Mr "+sur, "Mr "+f, sur+" said", f+" said")
		}
		rep := strings.NewReplacer(pairs...)
		n := 20 + rng.IntN(30)
		var sb strings.Builder
		for i := 0; i < n; i++ {
			sb.WriteString(rep.Replace(paras[rng.IntN(len(paras))]))
			sb.WriteString("\n\n")
		}
		docs = append(docs, []byte(sb.String()))
		total += sb.Len()
	}
	return docs, total
})

// BenchmarkExtract parses and extracts a 50 MB corpus of news paragraphs;
// run with -cpu 1 for the single-core rate.
func BenchmarkExtract(b *testing.B) {
	docs, total := benchCorpus()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for i, d := range docs {
			src, err := source.Parse("doc.txt", d)
			if err != nil {
				b.Fatal(i, err)
			}
			n += len(Extract(src))
		}
		if n == 0 {
			b.Fatal("no spans")
		}
	}
}

// BenchmarkExtractOnly extracts the spans of the corpus parsed beforehand:
// the rate of Extract alone.
func BenchmarkExtractOnly(b *testing.B) {
	docs, total := benchCorpus()
	srcs := make([]*source.Source, len(docs))
	for i, d := range docs {
		src, err := source.Parse("doc.txt", d)
		if err != nil {
			b.Fatal(i, err)
		}
		srcs[i] = src
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, src := range srcs {
			n += len(Extract(src))
		}
		if n == 0 {
			b.Fatal("no spans")
		}
	}
}
