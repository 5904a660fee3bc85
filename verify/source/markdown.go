package source

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// goldmark's parser keeps no state between documents and is safe for
// concurrent use; build it once.
var mdParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
		// GitHub tables, so that each row is a block of its own rather
		// than one paragraph of every cell.
		parser.WithParagraphTransformers(util.Prioritized(extension.NewTableParagraphTransformer(), 200)),
		parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
	)
})

// parseMarkdown feeds b the text of a CommonMark document: paragraphs,
// headings and list items become blocks, block quotes Quote blocks; inline
// markup is dropped (a link keeps its text); code, HTML blocks, thematic
// breaks and images are not evidence and are skipped, as is YAML front
// matter. goldmark's nodes carry byte segments of the source, so every Text
// byte maps to Raw.
func parseMarkdown(b *builder) {
	b.entities, b.escapes = true, true
	// goldmark reads a copy in which the BOM and the front matter are
	// blanked to spaces: offsets stay those of Raw.
	src := bytes.Clone(b.raw)
	for i := 0; i < b.lastRawAt; i++ {
		src[i] = ' '
	}
	if end := frontMatterEnd(src, b.lastRawAt); end > 0 {
		for i := b.lastRawAt; i < end; i++ {
			if src[i] != '\n' {
				src[i] = ' '
			}
		}
	}
	b.src = src
	root := mdParser().Parse(text.NewReader(src))
	mdBlock(b, root, false)
}

// frontMatterEnd returns the offset just past a YAML front matter block
// ("---" line, …, "---" or "..." line) at offset start, or 0.
func frontMatterEnd(src []byte, start int) int {
	first, rest, ok := cutLine(src[start:])
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return 0
	}
	off := start + len(src[start:]) - len(rest)
	for len(rest) > 0 {
		line, next, _ := cutLine(rest)
		t := string(bytes.TrimRight(line, " \t\r"))
		off += len(rest) - len(next)
		if t == "---" || t == "..." {
			return off
		}
		rest = next
	}
	return 0
}

// cutLine returns p's first line without its '\n', and the rest after it.
func cutLine(p []byte) (line, rest []byte, found bool) {
	if i := bytes.IndexByte(p, '\n'); i >= 0 {
		return p[:i], p[i+1:], true
	}
	return p, nil, false
}

func mdBlock(b *builder, n ast.Node, quote bool) {
	switch n.Kind() {
	case ast.KindParagraph, ast.KindTextBlock, ast.KindHeading:
		flags := Block{Quote: quote, Heading: n.Kind() == ast.KindHeading,
			ListItem: n.Parent() != nil && n.Parent().Kind() == ast.KindListItem}
		b.endBlock(flags)
		mdInline(b, n)
		b.endBlock(Block{Quote: quote})
		return
	case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak:
		return
	case east.KindTable:
		// A row is a block, its cells apart as written: "Revenue |
		// £612.4m | +5.4%", so that numbers of two cells never read as
		// one ("860 | 940", not a phone number "860 940"). Rows are
		// marked, the heading row too, so that a row can be read with
		// the headings of its columns.
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			b.endBlock(Block{Quote: quote, Row: true, Head: row.Kind() == east.KindTableHeader})
			prev := -1 // the Raw end of the last cell's text
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				s := firstSegment(cell)
				if s < 0 {
					continue // an empty cell
				}
				if prev >= 0 && prev <= s {
					b.content(prev, s)
				}
				mdInline(b, cell)
				prev = lastSegment(cell)
			}
			b.endBlock(Block{Quote: quote})
		}
		return
	case ast.KindBlockquote:
		quote = true
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		mdBlock(b, c, quote)
	}
}

// firstSegment returns the Raw offset of the first text under n, or -1.
func firstSegment(n ast.Node) int {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Start
		}
		if s := firstSegment(c); s >= 0 {
			return s
		}
	}
	return -1
}

// lastSegment returns the Raw end of the last text under n, or -1.
func lastSegment(n ast.Node) int {
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Stop
		}
		if s := lastSegment(c); s >= 0 {
			return s
		}
	}
	return -1
}

func mdInline(b *builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			b.content(seg.Start, seg.Stop)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.pendingSpace(seg.Stop, min(seg.Stop+1, len(b.raw)))
			}
		case *ast.CodeSpan:
			// Code span text is literal: no escapes, no entities.
			b.entities, b.escapes = false, false
			mdInline(b, c)
			b.entities, b.escapes = true, true
		case *ast.AutoLink:
			// The label is a sub-slice of the source: its capacity
			// tells where it starts.
			if l := c.Label(b.src); len(l) > 0 {
				start := cap(b.src) - cap(l)
				b.content(start, start+len(l))
			}
		case *ast.RawHTML, *ast.Image, *ast.String:
			// A tag, a picture: not words of the text.
		default:
			mdInline(b, c)
		}
	}
}
