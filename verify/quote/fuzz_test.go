package quote

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

// FuzzExtract checks that no input panics and every result keeps the
// invariants of checkInvariants, for the input read as plain text,
// Markdown and HTML.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	files, _ := filepath.Glob("../../testdata/quotes/*.txtar")
	for _, p := range files {
		if ar, err := readArchive(p); err == nil {
			for _, fl := range ar.Files {
				if fl.Name != "want" {
					f.Add(fl.Data)
				}
			}
		}
	}
	f.Add([]byte("“‘«‹\"'"))
	f.Add([]byte("X said:\n\n\n“"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"f.txt", "f.md", "f.html"} {
			src, err := source.Parse(name, data)
			if err != nil {
				continue
			}
			checkInvariants(t, src, Extract(src))
		}
	})
}
