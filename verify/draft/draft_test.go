package draft

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/verity-news/verity/verify/source"
)

// brief renders a claim on one line for comparison:
// "q-ben-wallace-we-will 3:21 verbatim Ben Wallace: We will build".
func brief(src *source.Source) []string {
	var out []string
	for _, c := range Claims(src).Claims {
		s := fmt.Sprintf("%s %d:%d", c.ID, c.Pos.Line, c.Pos.Column)
		if c.Verbatim {
			s += " verbatim"
		}
		if c.Speaker != "" {
			s += " " + c.Speaker
		}
		out = append(out, s+": "+c.Text)
	}
	return out
}

func TestClaims(t *testing.T) {
	cases := []struct {
		name, file, text string
		want             []string
		reason           string
	}{
		{
			name: "quote after its speaker", file: "d.md",
			text: "Mayor Ann Lee said: \"We will build 500 homes by 2030.\"\n",
			want: []string{"q-ann-lee-we-will-build 1:22 verbatim Ann Lee: We will build 500 homes by 2030."},
			reason: "a direct quote is verbatim, with its speaker, at its first word; " +
				"its figures are the quote's, not a narrative sentence's",
		},
		{
			name: "quote before its speaker", file: "d.txt",
			text:   "The council met on Monday.\n\n\"Nobody will be left behind,\" Ann Lee said.\n",
			want:   []string{"f-council-met 1:1: The council met on Monday.", "q-ann-lee-nobody-will 3:2 verbatim Ann Lee: Nobody will be left behind"},
			reason: "the comma that hands back to the attribution is not the speaker's; a weekday is a figure",
		},
		{
			name: "reported speech", file: "d.md",
			text:   "The Home Office said the two nations will work together to modernise NATO.\n",
			want:   []string{"r-home-office-two-nations 1:22 Home Office: the two nations will work together to modernise NATO"},
			reason: "reported speech is not verbatim; 'two' is inside the reported words, so no figure sentence",
		},
		{
			name: "figure sentences", file: "d.md",
			text: "# 500 homes by 2030\n\nThe council will build 500 homes.\nIt met on a wet day.\n\nCosts rose by £2m\nlast year.\n",
			want: []string{
				"f-council-will 3:1: The council will build 500 homes.",
				"f-costs-rose-by 6:1: Costs rose by £2m last year.",
			},
			reason: "a sentence stating a figure is a claim with its line breaks folded; a heading or a sentence without figure is not",
		},
		{
			name: "columns in code points", file: "d.txt",
			text:   "££ «Prices rose 5%,» the minister said.\n",
			want:   []string{"q-prices-rose 1:5 verbatim: Prices rose 5%"},
			reason: "two £ signs and a guillemet are three columns, whatever their bytes; an unnamed speaker is left out",
		},
		{
			name: "same id twice", file: "d.md",
			text: "Sales rose 5% in May.\n\nSales rose 5% in June.\n\nSales rose 5% in July.\n",
			want: []string{
				"f-sales-rose-5 1:1: Sales rose 5% in May.",
				"f-sales-rose-5-2 3:1: Sales rose 5% in June.",
				"f-sales-rose-5-3 5:1: Sales rose 5% in July.",
			},
			reason: "ids are made unique in draft order",
		},
		{
			name: "ignore a paragraph in Markdown", file: "d.md",
			text:   "<!-- verity-ignore -->\nSales rose 5% in May,\nand 6% in June.\n\nSales rose 7% in July.\n",
			want:   []string{"f-sales-rose-7 5:1: Sales rose 7% in July."},
			reason: "the whole next paragraph is skipped, the one after is not",
		},
		{
			name: "ignore the next line in Markdown", file: "d.md",
			text: "Sales rose 5% in May.\n<!-- verity-ignore-next-line -->\nSales rose 6% in June.\n\nSales rose 7% in July.\n",
			want: []string{
				"f-sales-rose-5 1:1: Sales rose 5% in May.",
				"f-sales-rose-7 5:1: Sales rose 7% in July.",
			},
			reason: "only the sentence starting on the next line is skipped",
		},
		{
			name: "ignore in HTML", file: "d.html",
			text: "<body>\n<!-- verity-ignore -->\n<p>Sales rose 5% in May.</p>\n<p>Sales rose 7% in July.</p>\n" +
				"<!-- verity-ignore-next-line -->\n<p>\"We are sorry,\" Ann Lee said.</p>\n</body>\n",
			want:   []string{"f-sales-rose-7 4:4: Sales rose 7% in July."},
			reason: "HTML comments work in HTML; positions are in the file, after the <p>",
		},
		{
			name: "ignore in plain text", file: "d.txt",
			text: "<!-- verity-ignore -->\nSales rose 5% in May.\n\nSales rose 6% in June. <!-- verity-ignore-next-line -->\nSales rose 7% in July.\n\n" +
				"<!-- verity-ignore-next-line -->\nSales rose 8% in August. Sales rose 9% in September.\n",
			want: []string{
				"f-sales-rose-6 4:1: Sales rose 6% in June.",
				"f-sales-rose-7 5:1: Sales rose 7% in July.",
			},
			reason: "in text a directive counts on a line of its own, even in the same paragraph; " +
				"one at the end of a line of text does not, but it is no part of the next claim's words",
		},
		{
			name: "quote in a block quote", file: "d.md",
			text:   "Ann Lee said:\n\n> We will build 500 homes.\n",
			want:   []string{"q-ann-lee-we-will-build 3:3 verbatim Ann Lee: We will build 500 homes."},
			reason: "a Markdown quote block is a direct quote, located after the '> '",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src, err := source.Parse(c.file, []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			got := brief(src)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s\n(%s)", strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"), c.reason)
			}
		})
	}
}

func TestClaimsFile(t *testing.T) {
	src, err := source.Parse("news/story.md", []byte("Intro.\n\n\"We will build 500 homes,\" Ann Lee said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	f := Claims(src)
	if f.Name != "news/story.md" || len(f.Claims) != 1 {
		t.Fatalf("got %+v, want one claim in news/story.md", f)
	}
	c := f.Claims[0]
	if c.Note != "direct quote at news/story.md:3:2" {
		t.Errorf("note %q: it says what the claim is and where", c.Note)
	}
	if c.TextPos != c.Pos || c.Pos.Offset != 9 {
		t.Errorf("Pos %+v, TextPos %+v: both at byte 9, the quote's first word", c.Pos, c.TextPos)
	}
	if got := Claims(nil); got == nil || len(got.Claims) != 0 {
		t.Errorf("Claims(nil) = %+v, want an empty file", got)
	}
}

func TestMakeID(t *testing.T) {
	cases := []struct{ kind, speaker, text, want, reason string }{
		{"q", "Ben Wallace", "It's no secret that the US is our closest friend", "q-ben-wallace-its-no-secret", "apostrophes go; words until they hold 10 letters"},
		{"f", "", "The extra £24 billion of UK spending", "f-extra-24-billion", "articles and symbols go"},
		{"q", "José Núñez", "Información tecnológica", "q-jose-nunez-informacion", "accents fold to ASCII; one long word is enough"},
		{"q", "", "«…»", "q", "no words: the kind letter alone"},
		{"r", "Home Office", "the two-year plan", "r-home-office-two-year-plan", "hyphens split words"},
	}
	valid := regexp.MustCompile(`^[A-Za-z0-9._-]+$`)
	for _, c := range cases {
		got := makeID(c.kind, c.speaker, c.text)
		if got != c.want {
			t.Errorf("makeID(%q, %q, %q) = %q, want %q (%s)", c.kind, c.speaker, c.text, got, c.want, c.reason)
		}
		if !valid.MatchString(got) {
			t.Errorf("%q is not a valid claim id", got)
		}
	}
}
