package quote_test

import (
	"fmt"

	"github.com/verity-news/verity/verify/quote"
	"github.com/verity-news/verity/verify/source"
)

func ExampleExtract() {
	raw := []byte("Defence Secretary Ben Wallace visited the fleet.\n\n" +
		"“We have the resources we need,” he said. “And we will use them.”\n\n" +
		"In a statement, the U.K. Home Office said the two nations will work together.\n")
	src, _ := source.Parse("story.txt", raw)
	for _, s := range quote.Extract(src) {
		fmt.Printf("%s %q by %s (%q %s) at %d\n", s.Kind, s.Text, s.Speaker, s.Mention.Text, s.Cue, s.Start)
	}
	// Output:
	// direct "We have the resources we need," by Ben Wallace ("he" said) at 53
	// direct "And we will use them." by Ben Wallace ("he" said) at 99
	// reported "the two nations will work together" by Home Office ("the U.K. Home Office" said) at 167
}
