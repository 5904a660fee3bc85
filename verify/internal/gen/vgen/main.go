// Command vgen writes a generated benchmark corpus: DIR/sources/…,
// DIR/claims.json and DIR/expected.json (see package gen).
//
//	go run ./verify/internal/gen/vgen -docs 20000 -claims 1000 -out /tmp/corpus
//
// Run it from the module root so that the news sources of
// testdata/verify/*.txtar join the seeds as filler paragraphs.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/verity-news/verity/verify/internal/gen"
)

func main() {
	docs := flag.Int("docs", 100, "number of documents")
	nclaims := flag.Int("claims", 100, "number of claims")
	seed := flag.Int64("seed", 1, "random seed")
	archives := flag.String("archives", "testdata/verify/*.txtar", "txtar archives whose sources add filler paragraphs")
	out := flag.String("out", "", "output directory (required)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "vgen: -out DIR is required")
		os.Exit(2)
	}
	extra, err := gen.ReadArchives(*archives)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vgen:", err)
		os.Exit(2)
	}
	c := gen.Generate(gen.Options{Docs: *docs, Claims: *nclaims, Seed: *seed, Extra: extra})
	if err := c.Write(*out); err != nil {
		fmt.Fprintln(os.Stderr, "vgen:", err)
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "vgen: %d documents, %d bytes, %d claims in %s\n", len(c.Docs), c.Bytes, *nclaims, *out)
}
