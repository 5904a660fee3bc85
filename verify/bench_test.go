package verify_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify"
	"github.com/verity-news/verity/verify/internal/gen"
	"github.com/verity-news/verity/verify/source"
)

var (
	genDir    = flag.String("gen", "", "TestGenerate: write a generated corpus to `DIR` (see -gen.docs, -gen.claims)")
	genDocs   = flag.Int("gen.docs", 20000, "TestGenerate: number of documents")
	genClaims = flag.Int("gen.claims", 1000, "TestGenerate: number of claims")
)

// generated is a generated corpus written to disk, with its claims.
type generated struct {
	dir      string // holds sources/
	bytes    int64  // total size of the sources
	claims   *claims.File
	expected map[string]gen.Expectation
}

// generate writes a corpus of docs documents and nclaims claims under a
// temporary directory. The sources are written to disk so that loading is
// measured as the CLI does it.
func generate(tb testing.TB, docs, nclaims int) generated {
	tb.Helper()
	extra, err := gen.ReadArchives("../testdata/verify/*.txtar")
	if err != nil {
		tb.Fatal(err)
	}
	c := gen.Generate(gen.Options{Docs: docs, Claims: nclaims, Seed: 1, Extra: extra})
	dir := tb.TempDir()
	if err := c.Write(dir); err != nil {
		tb.Fatal(err)
	}
	cf, err := claims.Load("claims.json", c.Claims)
	if err != nil {
		tb.Fatal(err)
	}
	return generated{dir: dir, bytes: c.Bytes, claims: cf, expected: c.Expected}
}

// run loads, indexes with opt and checks the generated corpus.
func (g generated) run(tb testing.TB, workers int, opt verify.CorpusOptions) (*verify.Corpus, []verify.Result) {
	tb.Helper()
	ctx := context.Background()
	lc, _, err := source.Load(ctx, []string{filepath.Join(g.dir, "sources")}, nil, source.LoadOptions{Workers: workers})
	if err != nil {
		tb.Fatal(err)
	}
	corpus, err := verify.NewCorpusWith(ctx, lc.Sources, opt)
	if err != nil {
		tb.Fatal(err)
	}
	results, err := corpus.Check(ctx, g.claims)
	if err != nil {
		tb.Fatal(err)
	}
	return corpus, results
}

// agreement returns the share of results with their planted verdict and
// reason, and a few of the disagreements.
func (g generated) agreement(results []verify.Result) (float64, []string) {
	ok := 0
	var bad []string
	for _, r := range results {
		want := g.expected[r.ID]
		if r.Verdict.String() == want.Verdict && string(r.Reason) == want.Reason {
			ok++
		} else if len(bad) < 10 {
			bad = append(bad, fmt.Sprintf("%s %q (%s): got %s/%s, want %s/%s (%s): %s",
				r.ID, r.Text, r.Speaker, r.Verdict, r.Reason, want.Verdict, want.Reason, want.Why, r.Message))
		}
	}
	return float64(ok) / float64(max(len(results), 1)), bad
}

// TestGenerate writes a generated corpus when -gen DIR is given:
//
//	go test ./verify -run '^TestGenerate$' -gen /tmp/corpus -gen.docs 20000 -gen.claims 1000
//
// (go run ./verify/internal/gen/vgen does the same from the module root).
func TestGenerate(t *testing.T) {
	if *genDir == "" {
		t.Skip("no -gen DIR")
	}
	extra, err := gen.ReadArchives("../testdata/verify/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	c := gen.Generate(gen.Options{Docs: *genDocs, Claims: *genClaims, Seed: 1, Extra: extra})
	if err := c.Write(*genDir); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d documents, %d bytes, %d claims in %s", len(c.Docs), c.Bytes, *genClaims, *genDir)
}

// TestGeneratedParallel checks, on a generated corpus of a few hundred
// documents, that the planted verdicts come out and that the JSON report is
// the same bytes with one worker and with many, and with the sources'
// text released once indexed (as verity check builds its corpus) and kept.
func TestGeneratedParallel(t *testing.T) {
	g := generate(t, 300, 300)
	render := func(procs int, opt verify.CorpusOptions) []byte {
		old := runtime.GOMAXPROCS(procs)
		defer runtime.GOMAXPROCS(old)
		_, results := g.run(t, procs, opt)
		b, err := json.Marshal(verify.NewReport(results))
		if err != nil {
			t.Fatal(err)
		}
		if share, bad := g.agreement(results); share < 0.99 {
			t.Errorf("GOMAXPROCS=%d: only %.1f%% of planted verdicts:\n%s", procs, 100*share, strings.Join(bad, "\n"))
		}
		return b
	}
	seq := render(1, verify.CorpusOptions{})
	if par := render(max(4, runtime.NumCPU()), verify.CorpusOptions{}); !bytes.Equal(seq, par) {
		t.Errorf("the report differs between 1 worker and many:\n%s", firstDiff(seq, par))
	}
	if lean := render(max(4, runtime.NumCPU()), verify.CorpusOptions{Release: true}); !bytes.Equal(seq, lean) {
		t.Errorf("the report differs when the sources are released:\n%s", firstDiff(seq, lean))
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-200)
	return fmt.Sprintf("at byte %d:\n1: %s\nN: %s", i, a[lo:min(len(a), i+200)], b[lo:min(len(b), i+200)])
}

// BenchmarkCheck measures the whole run on generated corpora: load the
// sources from disk, extract quotes, index, check every claim. It reports
// the corpus throughput (MB/s), claims per second, allocations and the peak
// resident memory (peak-MB, VmHWM; Linux only). The planted verdicts must
// come out for at least 99% of the claims. The large cases take minutes:
//
//	go test ./verify -run '^$' -bench 'Check/docs=20000' -benchtime 1x
func BenchmarkCheck(b *testing.B) {
	for _, size := range []struct{ docs, claims int }{
		{100, 100}, {10000, 1000}, {20000, 1000}, {20000, 10000},
	} {
		b.Run(fmt.Sprintf("docs=%d/claims=%d", size.docs, size.claims), func(b *testing.B) {
			g := generate(b, size.docs, size.claims)
			b.SetBytes(g.bytes)
			b.ReportAllocs()
			resetPeak()
			b.ResetTimer()
			var results []verify.Result
			var phases [2]time.Duration
			for b.Loop() {
				t0 := time.Now()
				ctx := context.Background()
				lc, _, err := source.Load(ctx, []string{filepath.Join(g.dir, "sources")}, nil, source.LoadOptions{})
				if err != nil {
					b.Fatal(err)
				}
				corpus, err := verify.NewCorpusWith(ctx, lc.Sources, verify.CorpusOptions{Release: true})
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				results, err = corpus.Check(ctx, g.claims)
				if err != nil {
					b.Fatal(err)
				}
				phases[0] += t1.Sub(t0)
				phases[1] += time.Since(t1)
			}
			b.StopTimer()
			n := float64(b.N)
			b.ReportMetric(float64(size.claims)*n/phases[1].Seconds(), "claims/s")
			b.ReportMetric(phases[0].Seconds()/n, "index-s")
			b.ReportMetric(phases[1].Seconds()/n, "check-s")
			if peak := peakMB(); peak > 0 {
				b.ReportMetric(peak, "peak-MB")
			}
			if share, bad := g.agreement(results); share < 0.99 {
				b.Errorf("only %.1f%% of planted verdicts:\n%s", 100*share, strings.Join(bad, "\n"))
			}
		})
	}
}

// resetPeak frees what earlier steps left and resets the process's peak
// resident set size (Linux: writing 5 to /proc/self/clear_refs).
func resetPeak() {
	runtime.GC()
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakMB returns the process's peak resident set size in MB, or 0 when
// /proc/self/status is not there.
func peakMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			if err == nil {
				return float64(kb) / 1024
			}
		}
	}
	return 0
}

var heapProfile = flag.String("bench.heap", "", "BenchmarkNewCorpus: write a heap profile of the built corpus to `FILE`")

var benchRelease = flag.Bool("bench.release", false, "BenchmarkNewCorpus, BenchmarkCheckOnly: build the corpus with CorpusOptions.Release, as verity check does")

var benchDir = flag.String("bench.corpus", "", "BenchmarkNewCorpus, BenchmarkCheckOnly: a corpus written by vgen (`DIR` with sources/ and claims.json)")

// loadBenchCorpus loads the sources and claims of -bench.corpus.
func loadBenchCorpus(b *testing.B) ([]*source.Source, *claims.File) {
	b.Helper()
	if *benchDir == "" {
		b.Skip("no -bench.corpus DIR (go run ./verify/internal/gen/vgen -out DIR writes one)")
	}
	ctx := context.Background()
	lc, _, err := source.Load(ctx, []string{filepath.Join(*benchDir, "sources")}, nil, source.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(*benchDir, "claims.json"))
	if err != nil {
		b.Fatal(err)
	}
	cf, err := claims.Load("claims.json", data)
	if err != nil {
		b.Fatal(err)
	}
	return lc.Sources, cf
}

// liveMB returns the heap in use after a collection, in MB.
func liveMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

// BenchmarkNewCorpus measures extraction and indexing alone, over sources
// loaded once from -bench.corpus, and the heap the corpus keeps live
// (live-MB, sources included):
//
//	go test ./verify -run '^$' -bench NewCorpus -benchtime 2x -bench.corpus /tmp/corpus
func BenchmarkNewCorpus(b *testing.B) {
	srcs, _ := loadBenchCorpus(b)
	b.ReportAllocs()
	var c *verify.Corpus
	for b.Loop() {
		c = nil
		var err error
		c, err = verify.NewCorpusWith(context.Background(), srcs, verify.CorpusOptions{Release: *benchRelease})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(liveMB(), "live-MB")
	if *heapProfile != "" {
		f, err := os.Create(*heapProfile)
		if err != nil {
			b.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	runtime.KeepAlive(c)
}

// BenchmarkCheckOnly measures checking the claims of -bench.corpus against
// its corpus, built once.
func BenchmarkCheckOnly(b *testing.B) {
	srcs, cf := loadBenchCorpus(b)
	c, err := verify.NewCorpusWith(context.Background(), srcs, verify.CorpusOptions{Release: *benchRelease})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Check(context.Background(), cf); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(cf.Claims))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}
