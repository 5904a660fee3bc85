package source

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type blockWant struct {
	Text        string
	Quote       bool
	Boilerplate bool
	Heading     bool
}

func blocksOf(s *Source) []blockWant {
	var out []blockWant
	for _, b := range s.Blocks {
		out = append(out, blockWant{s.Text[b.Start:b.End], b.Quote, b.Boilerplate, b.Heading})
	}
	return out
}

func TestHTML(t *testing.T) {
	cases := []struct {
		name, raw string
		want      []blockWant
		reason    string
	}{
		{"dropped elements", `<head><title>T</title><style>p{}</style></head><body><nav>Home</nav><script>x="<p>"</script><p>Body.</p><footer>Foot</footer></body>`,
			[]blockWant{{Text: "Body."}}, "head, title, style, nav, script and footer are not body text"},
		{"hidden", `<p>Seen.</p><div hidden>Not seen.</div><span aria-hidden="true">Icon</span><p style="display: none">Gone</p><div role="navigation">Menu</div>`,
			[]blockWant{{Text: "Seen."}}, "hidden, aria-hidden, display:none and navigation roles are invisible"},
		{"chrome classes", `<p>Story.</p><section class="newsletter"><h2>Get the Daily</h2><p>Stories to your inbox at 7am.</p></section><div id="cookie-banner">We use cookies.</div><ul class="share-bar"><li>Share</li></ul><div class="c-most-read"><p>Other story</p></div><p class="shared-story">Kept.</p>`,
			[]blockWant{{Text: "Story."}, {Text: "Kept."}}, "a class or id word of chrome (newsletter, cookie, share, most-read) drops the element; \"shared\" is no such word"},
		{"pull quote", `<p>“Walking helps,” she said.</p><p class="pullquote">“Every step counts.”</p><p>After.</p>`,
			[]blockWant{{Text: "“Walking helps,” she said."}, {Text: "“Every step counts.”", Boilerplate: true}, {Text: "After."}}, "a pull quote is kept as boilerplate: no one's quote"},
		{"entities", `<p>Fish &amp; chips &pound;5 &#8220;hot&#8221; &hellip; &copy 2024 &bogus; AT&T</p>`,
			[]blockWant{{Text: "Fish & chips £5 “hot” … © 2024 &bogus; AT&T"}}, "entities decode, legacy ones without ';' too; unknown ones stay"},
		{"whitespace", "<p>\n  one \t two\n\n three  </p>",
			[]blockWant{{Text: "one two three"}}, "white space collapses and is trimmed at block edges"},
		{"inline", `<p>a<b>b</b><i> c</i> <a href="x">d</a>e</p>`,
			[]blockWant{{Text: "ab c de"}}, "inline tags join their text without adding spaces"},
		{"q", `<p>He said <q>no more</q> and left.</p>`,
			[]blockWant{{Text: "He said “no more” and left."}}, "<q> is wrapped in curly quotes"},
		{"q unclosed", `<p>He said <q>no more<p>Next.`,
			[]blockWant{{Text: "He said “no more”"}, {Text: "Next."}}, "an unclosed <q> closes where its block ends"},
		{"blockquote", `<p>She said:</p><blockquote><p>One.</p><p>Two.</p></blockquote><p>After.</p>`,
			[]blockWant{{Text: "She said:"}, {Text: "One.", Quote: true}, {Text: "Two.", Quote: true}, {Text: "After."}}, "blockquote content is Quote blocks"},
		{"br", `<p>Line one.<br>Line two.<br/>Line three.</p>`,
			[]blockWant{{Text: "Line one."}, {Text: "Line two."}, {Text: "Line three."}}, "<br> separates blocks"},
		{"headings", `<h2>Latest Articles</h2><h1>Big News Today</h1><p>Text.</p>`,
			[]blockWant{{Text: "Latest Articles", Heading: true, Boilerplate: true}, {Text: "Big News Today", Heading: true}, {Text: "Text."}}, "headings are blocks; chrome headings are boilerplate"},
		{"garbage", `<p<<>>&#x;&#99999999999;</q></blockquote><div><div>deep</`,
			[]blockWant{{Text: ">&#x;\ufffd"}, {Text: "deep</"}}, "garbage does not panic; the tokenizer reads \"<p<<>\" as a tag and a trailing \"</\" as text"},
		{"no body tag", `Just text & more`, []blockWant{{Text: "Just text & more"}}, "a fragment without <body> is all body"},
		{"table", `<table><tr><td>Ships</td><td>9</td></tr><tr><td>Jets</td><td>32</td></tr></table>`,
			[]blockWant{{Text: "Ships | 9"}, {Text: "Jets | 32"}}, "rows are blocks, cells apart as in a Markdown table"},
	}
	for _, c := range cases {
		s := mustParse(t, c.name+".html", c.raw)
		if d := cmp.Diff(c.want, blocksOf(s)); d != "" {
			t.Errorf("%s: blocks (-want +got):\n%s(%s)", c.name, d, c.reason)
		}
	}
}

func TestMarkdown(t *testing.T) {
	cases := []struct {
		name, raw string
		want      []blockWant
		reason    string
	}{
		{"table", "Intro.\n\n| Measure | Q3 2025 | Change |\n|---|---|---|\n| Revenue | £612.4m | +5.4% |\n| Alcohol-free volumes | 182,000 | +31% |\n\nAfter.",
			[]blockWant{{Text: "Intro."}, {Text: "Measure | Q3 2025 | Change"}, {Text: "Revenue | £612.4m | +5.4%"}, {Text: "Alcohol-free volumes | 182,000 | +31%"}, {Text: "After."}},
			"a table row is a block, its cells apart as written; the delimiter row is no text"},
		{"pipes without a table", "a | b\n\nNext.",
			[]blockWant{{Text: "a | b"}, {Text: "Next."}}, "a line with a pipe but no delimiter row is a paragraph"},
		{"front matter", "---\ntitle: x\n---\n\n# Title Here\n\nBody.",
			[]blockWant{{Text: "Title Here", Heading: true}, {Text: "Body."}}, "YAML front matter is skipped"},
		{"not front matter", "Intro.\n\n---\n\nAfter.",
			[]blockWant{{Text: "Intro."}, {Text: "After."}}, "a thematic break later in the file is not front matter"},
		{"emphasis and links", "Some *em*, **strong**, `code` and [a link](http://x \"t\").",
			[]blockWant{{Text: "Some em, strong, code and a link."}}, "inline markup is stripped; link text kept"},
		{"blockquote", "She said:\n\n> One line\n> continues.\n>\n> Two.\n\nAfter.",
			[]blockWant{{Text: "She said:"}, {Text: "One line continues.", Quote: true}, {Text: "Two.", Quote: true}, {Text: "After."}}, "> quotes are Quote blocks; soft breaks are spaces"},
		{"code skipped", "Before.\n\n```\ncode.\n```\n\n    indented.\n\n<div>html</div>\n\nAfter.",
			[]blockWant{{Text: "Before."}, {Text: "After."}}, "code and HTML blocks are not evidence"},
		{"lists", "- one item\n- two *items*\n\n1. First.\n2. Second.",
			[]blockWant{{Text: "one item"}, {Text: "two items"}, {Text: "First."}, {Text: "Second."}}, "each list item is a block"},
		{"hard break", "line one  \nline two\\\nthree",
			[]blockWant{{Text: "line one line two three"}}, "hard breaks are spaces"},
		{"escapes and entities", `\*not em\* &amp; &copy; \\`,
			[]blockWant{{Text: `*not em* & © \`}}, "backslash escapes and entities decode"},
		{"setext", "Title\n=====\n\nText.",
			[]blockWant{{Text: "Title", Heading: true}, {Text: "Text."}}, "setext headings are headings"},
	}
	for _, c := range cases {
		s := mustParse(t, c.name+".md", c.raw)
		if d := cmp.Diff(c.want, blocksOf(s)); d != "" {
			t.Errorf("%s: blocks (-want +got):\n%s(%s)", c.name, d, c.reason)
		}
	}
}
