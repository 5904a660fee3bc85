package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// plainBlocks splits plain text into blocks. Paragraphs end at blank
// lines; within a paragraph, each boilerplate line becomes a block of its
// own and runs of other lines stay together. A paragraph of one short line
// without final punctuation, not followed by a paragraph starting in lower
// case, is a heading.
func plainBlocks(text string) []Block {
	type line struct{ start, end, para int }
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	para := 0
	for off := 0; off <= len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		s, e := trimRange(text, off, end)
		if s < e {
			lines = append(lines, line{s, e, para})
		} else if len(lines) > 0 && lines[len(lines)-1].para == para {
			para++
		}
		off = end + 1
	}
	strs := make([]string, len(lines))
	linked := make([]bool, len(lines))
	for i, l := range lines {
		strs[i] = text[l.start:l.end]
		linked[i] = i > 0 && lines[i-1].para == l.para
	}
	bp := classifyLines(strs, linked)
	link := markLinks(strs, linked, bp, nil)
	blocks := make([]Block, 0, len(lines))
	for i := 0; i < len(lines); {
		if bp[i] || link != nil && link[i] {
			blocks = append(blocks, Block{Range: Range{lines[i].start, lines[i].end}, Boilerplate: true, Link: link != nil && link[i]})
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j].para == lines[i].para && !bp[j] {
			j++
		}
		blk := Block{Range: Range{lines[i].start, lines[j-1].end}}
		whole := (i == 0 || lines[i-1].para != lines[i].para) && (j == len(lines) || lines[j].para != lines[i].para)
		blk.Heading = whole && j == i+1 && isHeadline(strs[i])
		blocks = append(blocks, blk)
		i = j
	}
	// A line followed by a paragraph that starts in lower case was cut
	// mid-sentence: it is no headline.
	for i := range blocks {
		if blocks[i].Heading && i+1 < len(blocks) {
			r, _ := utf8.DecodeRuneInString(text[blocks[i+1].Start:])
			blocks[i].Heading = !unicode.IsLower(r)
		}
	}
	return blocks
}

// trimRange trims white space from both ends of text[start:end].
func trimRange(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// functionWords end a line that was cut mid-sentence, never a headline.
var functionWords = wordSet("a an the of to in on at by for from with and or but as that which who whose than into our their his her its my your this these those is are was were be been has have had will would can could")

// isHeadline reports whether a one-line paragraph reads as a title: at most
// 15 words, starting with a capital or digit, and ending without final
// punctuation or a function word.
func isHeadline(line string) bool {
	if line == "" || endsSentence(line) || strings.ContainsAny(line[len(line)-1:], ",;") {
		return false
	}
	// Count at most 16 words: a line may be megabytes long.
	n, last := 0, ""
	for w := range strings.FieldsSeq(line) {
		if n++; n > 15 {
			return false
		}
		last = w
	}
	if n == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	return !functionWords[strings.ToLower(last)]
}
