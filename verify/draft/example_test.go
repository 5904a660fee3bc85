package draft_test

import (
	"fmt"

	"github.com/verity-news/verity/verify/draft"
	"github.com/verity-news/verity/verify/source"
)

func ExampleClaims() {
	story := `# Homes for the city

Mayor Ann Lee said: "We will build 500 homes by 2030."

The plan will cost £40m over four years.

<!-- verity-ignore -->
An aide said 12 sites were under review.
`
	src, err := source.Parse("story.md", []byte(story))
	if err != nil {
		panic(err)
	}
	for _, c := range draft.Claims(src).Claims {
		fmt.Printf("%s:%d:%d %s verbatim=%v speaker=%q\n  %s\n", src.Name, c.Pos.Line, c.Pos.Column, c.ID, c.Verbatim, c.Speaker, c.Text)
	}
	// Output:
	// story.md:3:22 q-ann-lee-we-will-build verbatim=true speaker="Ann Lee"
	//   We will build 500 homes by 2030.
	// story.md:5:1 f-plan-will-cost verbatim=false speaker=""
	//   The plan will cost £40m over four years.
}
