package source

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skippedHTML are elements whose content is not body text a reader sees as
// the article: code, styling, page chrome, forms, embedded media.
var skippedHTML = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Title: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Select: true, atom.Textarea: true, atom.Audio: true,
	atom.Video: true, atom.Math: true, atom.Noembed: true, atom.Noframes: true,
	atom.Dialog: true, atom.Menu: true,
}

// skippedRoles are ARIA landmark roles of page chrome.
var skippedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
}

// chromeClassWords are the words of a class or id that mark page chrome
// whose text is dropped: sign-up boxes, cookie notices, share bars,
// advertisements, lists of links to other stories ("newsletter",
// "cookie-banner", "share-bar", "ad-slot", "most-read", "related").
var chromeClassWords = map[string]bool{
	"newsletter": true, "cookie": true, "cookies": true, "consent": true, "share": true,
	"sharing": true, "social": true, "advert": true, "advertisement": true, "ad": true,
	"ads": true, "breadcrumb": true, "breadcrumbs": true, "subscribe": true, "signup": true,
	"related": true, "readmore": true, "recommended": true, "trending": true, "promo": true,
	"sponsored": true, "mostread": true, "popular": true,
}

// chromePairs are two class words that mark chrome together: "most-read",
// "read-more", "sign-up".
var chromePairs = map[[2]string]bool{{"most", "read"}: true, {"read", "more"}: true, {"sign", "up"}: true, {"most", "popular"}: true}

// classWords calls f with each word of a class or id attribute, split at
// spaces, hyphens and underscores, lower-cased, and the word before it in
// the same class name ("" for the first).
func classWords(v string, f func(prev, w string) bool) bool {
	for _, name := range strings.Fields(strings.ToLower(v)) {
		prev := ""
		for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }) {
			if f(prev, w) {
				return true
			}
			prev = w
		}
	}
	return false
}

// chromeClass reports whether a class or id names page chrome.
func chromeClass(v string) bool {
	return classWords(v, func(prev, w string) bool { return chromeClassWords[w] || chromePairs[[2]string{prev, w}] })
}

// pullClass reports whether a class names a pull quote: words of the
// story set large beside it ("pullquote", "pull-quote"), repeated, and
// attributed by no cue.
func pullClass(v string) bool {
	return classWords(v, func(prev, w string) bool { return w == "pullquote" || prev == "pull" && w == "quote" })
}

// blockHTML are elements that start and end a block of Text.
var blockHTML = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Br: true, atom.Caption: true, atom.Center: true, atom.Dd: true,
	atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Legend: true,
	atom.Li: true, atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true,
	atom.Tfoot: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Option: true, atom.Listing: true, atom.Plaintext: true, atom.Xmp: true,
}

// voidHTML are elements without content or end tag.
var voidHTML = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true,
	atom.Embed: true, atom.Hr: true, atom.Img: true, atom.Input: true,
	atom.Link: true, atom.Meta: true, atom.Param: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// maxEndTagSearch bounds how deep an end tag looks for its start tag among
// unclosed elements, so that garbage cannot make parsing quadratic.
const maxEndTagSearch = 512

type htmlElem struct {
	name    string
	a       atom.Atom
	skip    bool // the element (and so its content) is dropped
	pull    bool // a pull quote: its blocks are boilerplate
	q       bool // a <q> whose opening mark was written
	quote   bool // <blockquote>
	heading bool // <h1>–<h6>
}

// parseHTML feeds b the body text of an HTML document. It uses the
// tokenizer, not the tree builder, because only the tokenizer tells where
// each token lies in the file: offsets accumulate z.Raw() lengths.
func parseHTML(b *builder) {
	b.entities = true
	z := html.NewTokenizer(bytes.NewReader(b.raw[b.lastRawAt:]))
	off := b.lastRawAt
	var stack []htmlElem
	var skip, quote, heading, pull int
	flags := func() Block { return Block{Quote: quote > 0, Heading: heading > 0, Boilerplate: pull > 0} }
	push := func(e htmlElem) {
		stack = append(stack, e)
		if e.skip {
			skip++
		}
		if e.pull {
			pull++
		}
		if e.quote {
			quote++
		}
		if e.heading {
			heading++
		}
	}
	// endBlock ends the open block; a <q> still open in it gets its closing
	// mark first, so that marks pair up within a block.
	endBlock := func(next Block, at int) {
		for i := len(stack) - 1; i >= 0 && b.open; i-- {
			if stack[i].q {
				b.closeMark("”", at, at)
				stack[i].q = false
			}
		}
		b.endBlock(next)
	}
	// pop closes the top element; at is the Raw range of the tag closing it.
	pop := func(at, end int) {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if e.skip {
			skip--
		}
		if e.pull {
			pull--
		}
		if e.quote {
			quote--
		}
		if e.heading {
			heading--
		}
		if e.q && skip == 0 {
			b.closeMark("”", at, end)
		}
		if blockHTML[e.a] && skip == 0 {
			endBlock(flags(), at)
		}
	}
	closeTo := func(name string, at, end int) bool {
		lo := max(0, len(stack)-maxEndTagSearch)
		for i := len(stack) - 1; i >= lo; i-- {
			if stack[i].name == name {
				for len(stack) > i {
					pop(at, end)
				}
				return true
			}
		}
		return false
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start, end := off, off+len(raw)
		off = end
		switch tt {
		case html.TextToken:
			if skip == 0 {
				b.content(start, end)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			nameb, hasAttr := z.TagName()
			name := string(nameb)
			a := atom.Lookup(nameb)
			e := htmlElem{name: name, a: a, skip: skippedHTML[a]}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "hidden":
					e.skip = true
				case "aria-hidden":
					e.skip = e.skip || strings.EqualFold(string(v), "true")
				case "role":
					e.skip = e.skip || skippedRoles[strings.ToLower(string(v))]
				case "style":
					st := strings.ToLower(strings.Join(strings.Fields(string(v)), ""))
					e.skip = e.skip || strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
				case "class", "id":
					e.skip = e.skip || chromeClass(string(v))
					e.pull = e.pull || string(k) == "class" && pullClass(string(v))
				}
			}
			if a == atom.Body {
				closeTo("head", start, start)
			}
			switch {
			case a == atom.Td || a == atom.Th:
				// Cells apart as in a Markdown table, "Ships | 9", so that
				// numbers of two cells never read as one.
				if skip == 0 && b.open {
					b.mark(" | ", start, end)
				}
			case blockHTML[a] && skip == 0 && !e.skip:
				e.quote = a == atom.Blockquote
				e.heading = (a == atom.H1 || a == atom.H2 || a == atom.H3 || a == atom.H4 || a == atom.H5 || a == atom.H6)
				q, h, pq := quote, heading, pull
				if e.quote {
					q++
				}
				if e.heading {
					h++
				}
				if e.pull {
					pq++
				}
				endBlock(Block{Quote: q > 0, Heading: h > 0, Boilerplate: pq > 0}, start)
			case a == atom.Q && skip == 0 && !e.skip:
				b.mark("“", start, end)
				e.q = true
			}
			if voidHTML[a] || tt == html.SelfClosingTagToken {
				if e.q {
					b.closeMark("”", start, end)
				}
				continue
			}
			push(e)
		case html.EndTagToken:
			nameb, _ := z.TagName()
			if !closeTo(string(nameb), start, end) {
				a := atom.Lookup(nameb)
				if blockHTML[a] && skip == 0 {
					// "</p>" or "</br>" with nothing open still breaks.
					endBlock(flags(), start)
				}
			}
		}
	}
	for len(stack) > 0 {
		pop(off, off)
	}
}
