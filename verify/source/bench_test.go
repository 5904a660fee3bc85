package source

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"
)

// benchCorpus repeats the seeds to about 5 MB in the given format.
func benchCorpus(b testing.TB, f Format) []byte {
	srcs, err := Seeds()
	if err != nil {
		b.Fatal(err)
	}
	var one bytes.Buffer
	for _, s := range srcs {
		for _, para := range strings.Split(s.Text, "\n\n") {
			switch f {
			case HTML:
				fmt.Fprintf(&one, "<p class=\"x\">%s</p>\n<div><span>%s</span></div>\n", html.EscapeString(para), "<b>bold</b> &amp; more")
			case Markdown:
				fmt.Fprintf(&one, "%s *em* [link](http://x)\n\n> quoted\n\n", para)
			default:
				one.WriteString(para + "\n\n")
			}
		}
	}
	return bytes.Repeat(one.Bytes(), 5<<20/one.Len()+1)
}

func BenchmarkParse(b *testing.B) {
	for _, f := range []struct {
		format Format
		ext    string
	}{{PlainText, ".txt"}, {Markdown, ".md"}, {HTML, ".html"}} {
		b.Run(f.format.String(), func(b *testing.B) {
			raw := benchCorpus(b, f.format)
			b.SetBytes(int64(len(raw)))
			b.ResetTimer()
			for b.Loop() {
				if _, err := Parse("bench"+f.ext, raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSentences(b *testing.B) {
	raw := benchCorpus(b, PlainText)
	s, err := Parse("bench.txt", raw)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("rules", func(b *testing.B) {
		b.SetBytes(int64(len(s.Text)))
		for b.Loop() {
			splitSentences(s.Text, s.Blocks)
		}
	})
	b.Run("punkt", func(b *testing.B) {
		tok, err := punkt()
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(s.Text)))
		for b.Loop() {
			tok.Tokenize(s.Text)
		}
	})
}
