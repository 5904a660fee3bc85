package source

import (
	"slices"
	"testing"
)

// TestLinks checks which blocks are links to other pages, in each format:
// prompts, and the headlines listed under a label of links while they read
// as headlines.
func TestLinks(t *testing.T) {
	cases := []struct {
		name, raw string
		links     []string // the texts of the Link blocks, in order
		reason    string
	}{
		{"read more.txt", "Ashdown paid £58m.\n\nRead more: Ashdown fined £2m over breach\n\nThe fee is a record.\n",
			[]string{"Read more: Ashdown fined £2m over breach"}, "a link prompt"},
		{"related.txt", "Intro.\n\nRelated Articles\n- Teachers' union threatens strike\n- Okafor: tuition fees to rise to £9,800\n\nHeadteachers have grown used to it.\n",
			[]string{"- Teachers' union threatens strike", "- Okafor: tuition fees to rise to £9,800"}, "headlines under a label, to the paragraph's end"},
		{"most read.txt", "Intro.\n\nMOST READ\n1. Alvarez: we will finish in the top six\n2. Farouk confirms £30m stadium plan\n\n(Reporting by Daniel Marsh)\n",
			[]string{"1. Alvarez: we will finish in the top six", "2. Farouk confirms £30m stadium plan"}, "a numbered list of headlines"},
		{"label then story.txt", "Related Articles\nThe council said on Monday that the bridge would reopen.\n",
			nil, "a line ended by a full stop is the story, not a headline"},
		{"related word.txt", "Related issues were raised: rents, repairs and rates.\n",
			nil, "\"Related\" opening a sentence is no label"},
		{"most read.html", `<p>Story.</p><div><h2>Most read</h2><ol><li><a href="/1">Redmarsh sack manager</a></li><li><a href="/2">Quiz: can you name every captain?</a></li></ol></div>`,
			[]string{"Redmarsh sack manager", "Quiz: can you name every captain?"}, "list items under a heading label"},
		{"label then title.html", `<h2>Latest Articles</h2><h1>Big News Today</h1><p>Text</p>`,
			nil, "a heading after the label is the page's title, not a listed headline"},
		{"read more.md", "Story.\n\n**Read more:** [Starmer: aid will return to 0.7%](/x) · [Sign up](/n)\n\nMore story.\n",
			[]string{"Read more: Starmer: aid will return to 0.7% · Sign up"}, "a Markdown prompt line"},
	}
	for _, c := range cases {
		s := mustParse(t, c.name, c.raw)
		var links []string
		for _, b := range s.Blocks {
			if b.Link {
				links = append(links, s.Text[b.Start:b.End])
				if !b.Boilerplate {
					t.Errorf("%s: link block %q is not boilerplate", c.name, s.Text[b.Start:b.End])
				}
			}
		}
		if !slices.Equal(links, c.links) {
			t.Errorf("%s: links %q, want %q (%s)", c.name, links, c.links, c.reason)
		}
	}
}
