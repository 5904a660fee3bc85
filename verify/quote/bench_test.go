package quote

import (
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/verity-news/verity/verify/source"
)

// benchParagraphs is the benchmark corpus's source text: the paragraphs
// of the seeds and of every fixture's input.txt as they stood when the file
// was written (seeds first, then the fixtures in name order), separated by
// blank lines. It is committed, not drawn from the fixtures at run time, so
// that adding a fixture does not move BenchmarkExtract's figure.
const benchParagraphs = "testdata/bench_paragraphs.txt"

// benchCorpus is at least 50 MB of plain-text documents built
// deterministically from the paragraphs of benchParagraphs, drawn with a
// fixed seed, with speakers' names varied.
var benchCorpus = sync.OnceValues(func() ([][]byte, int) {
	data, err := os.ReadFile(benchParagraphs)
	if err != nil {
		panic(err)
	}
	var paras []string
	for _, p := range strings.Split(string(data), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
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

// hugeSentence repeated to 100 MB is hugeLine's text: one paragraph, one
// line, 1.34 M reported-speech spans.
const hugeSentence = "The council said the new bridge would cost 24 million pounds and open in May. "

var hugeSource = sync.OnceValues(func() (*source.Source, error) {
	raw := []byte(strings.Repeat(hugeSentence, 100<<20/len(hugeSentence)))
	return source.Parse("huge.txt", raw)
})

// hugeLine returns the parsed 100 MB line, built once.
func hugeLine(tb testing.TB) *source.Source {
	tb.Helper()
	src, err := hugeSource()
	if err != nil {
		tb.Fatal(err)
	}
	return src
}

// peakHeap runs f while polling the heap every few milliseconds and returns
// the largest HeapInuse seen, in bytes.
func peakHeap(f func()) uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	peak := ms.HeapInuse
	done := make(chan struct{})
	polled := make(chan uint64)
	go func() {
		p := uint64(0)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				polled <- p
				return
			case <-tick.C:
				runtime.ReadMemStats(&ms)
				p = max(p, ms.HeapInuse)
			}
		}
	}()
	f()
	runtime.ReadMemStats(&ms)
	close(done)
	return max(peak, ms.HeapInuse, <-polled)
}

// BenchmarkExtractHugeLine extracts the spans of a 100 MB single-line
// source and reports the Go heap in use before Extract (the source itself,
// Raw and Text) and at its peak during Extract. It is skipped unless
// VERITY_HUGE=1:
//
//	VERITY_HUGE=1 go test -run '^$' -bench HugeLine -benchtime 1x -cpu 1 -benchmem ./verify/quote/
func BenchmarkExtractHugeLine(b *testing.B) {
	if os.Getenv("VERITY_HUGE") != "1" {
		b.Skip("set VERITY_HUGE=1 to extract from a 100 MB line")
	}
	src := hugeLine(b)
	b.SetBytes(int64(len(src.Text)))
	b.ReportAllocs()
	var base, peak uint64
	n := 0
	for b.Loop() {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base = max(base, ms.HeapInuse)
		peak = max(peak, peakHeap(func() { n = len(Extract(src)) }))
	}
	if n == 0 {
		b.Fatal("no spans")
	}
	b.ReportMetric(float64(n), "spans")
	b.ReportMetric(float64(base)/(1<<20), "base-heap-MB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
}
