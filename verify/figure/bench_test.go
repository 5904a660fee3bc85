package figure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += len(Parse(text))
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "figures/s")
}
