package words

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedText is the text of the seed documents, the kind of text verity reads.
func seedText(b *testing.B) string {
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		b.Skip("no seeds")
	}
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	return sb.String()
}

func BenchmarkFold(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}

func BenchmarkTokenize(b *testing.B) {
	s := seedText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(s)
	}
}

// BenchmarkTokenizeSentences tokenises the seeds a line at a time, cut
// after every ". ": the index tokenises sentence by sentence.
func BenchmarkTokenizeSentences(b *testing.B) {
	s := seedText(b)
	var sents []string
	for _, line := range strings.Split(s, "\n") {
		for line != "" {
			i := strings.Index(line, ". ")
			if i < 0 {
				sents = append(sents, line)
				break
			}
			sents = append(sents, line[:i+1])
			line = line[i+2:]
		}
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range sents {
			Tokenize(t)
		}
	}
}
