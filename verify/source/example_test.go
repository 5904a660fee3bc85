package source_test

import (
	"fmt"

	"github.com/verity-news/verity/verify/source"
)

func ExampleParse() {
	raw := []byte(`<html><head><title>T</title></head><body>
<nav>Home | News</nav>
<p>Mr. Wallace said <q>the US is our closest friend</q> on Thursday.</p>
<blockquote><p>It&#8217;s no secret.</p></blockquote>
</body></html>`)
	s, err := source.Parse("speech.html", raw)
	if err != nil {
		panic(err)
	}
	for _, b := range s.Blocks {
		start, end := s.RawRange(b.Range)
		p := s.Pos(start)
		fmt.Printf("%d:%d quote=%v %q <- %q\n", p.Line, p.Column, b.Quote, s.Text[b.Start:b.End], raw[start:end])
	}
	// Output:
	// 3:4 quote=false "Mr. Wallace said “the US is our closest friend” on Thursday." <- "Mr. Wallace said <q>the US is our closest friend</q> on Thursday."
	// 4:16 quote=true "It’s no secret." <- "It&#8217;s no secret."
}
