package report_test

import (
	"os"

	"github.com/verity-news/verity/verify"
	"github.com/verity-news/verity/verify/report"
)

func ExampleWrite() {
	r := verify.NewReport([]verify.Result{
		{
			ID: "wallace-budget", Text: "£24 billion over four years", Speaker: "Ben Wallace",
			Verdict: verify.Supported, Reason: verify.Paraphrase, Score: 0.92,
			Message: "Ben Wallace's words in 002_17fa8aee8e2a43c8.txt:23",
			Evidence: []verify.Evidence{{
				Source: "002_17fa8aee8e2a43c8.txt", Line: 23, Column: 1, Start: 1870, End: 2099,
				Speaker: "Ben Wallace", Text: "The extra £24 billion of UK Defence spending …",
			}},
		},
		{
			ID: "wallace-friend", Text: "the US is our oldest friend", Speaker: "Ben Wallace", Verbatim: true,
			Verdict: verify.Contradicted, Reason: verify.AlteredQuote, Score: 0.88,
			Message: "altered quote: oldest → closest",
			Evidence: []verify.Evidence{{
				Source: "000_ab5c487819f5ff5e.txt", Line: 14, Column: 42, Start: 980, End: 1029,
				Speaker: "Ben Wallace", Text: "It's no secret that the US is our closest friend",
			}},
		},
	})
	if err := report.Write(os.Stdout, report.Markdown, r, report.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// | ID | Verdict | Reason | Speaker | Claim | Evidence | Message |
	// |---|---|---|---|---|---|---|
	// | wallace-budget | supported | paraphrase | Ben Wallace | £24 billion over four years | 002\_17fa8aee8e2a43c8.txt:23:1 | Ben Wallace's words in 002\_17fa8aee8e2a43c8.txt:23 |
	// | wallace-friend | contradicted | altered-quote | Ben Wallace | the US is our oldest friend | 000\_ab5c487819f5ff5e.txt:14:42 | altered quote: oldest → closest |
	//
	// 2 claims: 1 supported, 1 contradicted, 0 missing
}
