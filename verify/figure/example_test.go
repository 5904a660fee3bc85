package figure_test

import (
	"fmt"

	"github.com/verity-news/verity/verify/figure"
)

func Example() {
	evidence := figure.Parse("Nine ships, 32 aircraft and 3,700 personnel set sail in May. " +
		"The extra £24 billion of UK Defence spending over the next four years.")
	for _, f := range evidence {
		fmt.Printf("%-12q %-9v %-16s noun=%q\n", f.Text, f.Kind, f, f.Noun)
	}

	claim := figure.Parse("Eleven ships and more than 3,000 personnel; €24bn over four years")
	found, mismatches, missing := figure.Compare(claim, evidence)
	for _, f := range found {
		fmt.Println("found:", f.Text)
	}
	for _, m := range mismatches {
		fmt.Println("mismatch:", m.Why)
	}
	fmt.Println("missing:", len(missing))
	// Output:
	// "Nine"       number    9                noun="ships"
	// "32"         number    32               noun="aircraft"
	// "3,700"      number    3,700            noun="personnel"
	// "May"        month     May              noun=""
	// "£24 billion" money     GBP 24000000000  noun="spending"
	// "four years" duration  4 year           noun=""
	// found: more than 3,000
	// found: four years
	// mismatch: Eleven ≠ Nine
	// mismatch: EUR ≠ GBP
	// missing: 0
}
