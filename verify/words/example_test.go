package words_test

import (
	"fmt"

	"github.com/verity-news/verity/verify/words"
)

func ExampleFold() {
	s := "The U.K.’s  Defence\nprogramme"
	folded, offsets := words.Fold(s)
	fmt.Printf("%q\n", folded)
	fmt.Printf("%q starts at %q\n", folded[4:6], s[offsets[4]:])
	// Output:
	// "the uk's defense program"
	// "uk" starts at "U.K.’s  Defence\nprogramme"
}

func ExampleTokenize() {
	for _, t := range words.Tokenize("It’s £24bn for U.S.-U.K. cyber-defence.") {
		fmt.Printf("%-8q %-10q %q\n", t.Raw, t.Norm, t.Stem)
	}
	// Output:
	// "It’s"   "it's"     "it"
	// "£"      "£"        "£"
	// "24bn"   "24bn"     "24bn"
	// "for"    "for"      "for"
	// "U.S."   "us"       "us"
	// "U.K."   "uk"       "uk"
	// "cyber"  "cyber"    "cyber"
	// "defence" "defense"  "defens"
}

func ExampleExactly() {
	fmt.Println(words.Exactly("“It’s vital,” he said", `"It's  vital," he said`))
	fmt.Println(words.Exactly("defence", "defense"))
	// Output:
	// true
	// false
}

func ExampleNegations() {
	toks := words.Tokenize("The UK is no longer our closest friend; it isn’t.")
	for _, i := range words.Negations(toks) {
		fmt.Println(toks[i].Raw)
	}
	// Output:
	// no
	// isn’t
}
