package source

import (
	"bytes"

	"github.com/verity-news/verity/verify/textpos"
)

var bom = []byte("\xef\xbb\xbf")

// Parse builds a Source from a document's bytes. The format comes from the
// name's extension. (Plain-text placeholder: Markdown and HTML are read as
// text until their readers land.)
func Parse(name string, raw []byte) (*Source, error) {
	s := &Source{Name: name, Raw: raw, pos: textpos.New(raw)}
	if bytes.HasPrefix(raw, bom) {
		s.base = len(bom)
	}
	s.Text = string(raw[s.base:])
	s.Blocks = plainBlocks(s.Text)
	for _, b := range s.Blocks {
		s.Sentences = append(s.Sentences, Sentence{b.Range})
	}
	return s, nil
}

// plainBlocks splits text at blank lines.
func plainBlocks(text string) []Block {
	var blocks []Block
	start := -1
	lineStart := 0
	for lineStart <= len(text) {
		end := lineStart
		for end < len(text) && text[end] != '\n' {
			end++
		}
		blank := len(bytes.TrimSpace([]byte(text[lineStart:end]))) == 0
		if blank && start >= 0 {
			blocks = append(blocks, Block{Range: Range{start, trimEnd(text, lineStart)}})
			start = -1
		} else if !blank && start < 0 {
			start = lineStart
		}
		lineStart = end + 1
	}
	if start >= 0 {
		blocks = append(blocks, Block{Range: Range{start, trimEnd(text, len(text))}})
	}
	return blocks
}

func trimEnd(text string, end int) int {
	for end > 0 && (text[end-1] == '\n' || text[end-1] == '\r' || text[end-1] == ' ' || text[end-1] == '\t') {
		end--
	}
	return end
}
