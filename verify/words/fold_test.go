package words

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// anchor says that folded text at the first occurrence of Folded comes from
// the input at the first occurrence of Input.
type anchor struct{ Folded, Input string }

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
		at             []anchor
		reason         string
	}{
		// Unicode form.
		{"ligature", "ﬁnal ﬂight", "final flight", []anchor{{"flight", "ﬂight"}, {"nal", "nal"}},
			"NFKC expands ligatures; both letters map to the ligature"},
		{"full-width digits", "１２３ ｐｅｒｓｏｎｎｅｌ", "123 personnel", []anchor{{"2", "２"}, {"personnel", "ｐ"}},
			"NFKC makes full-width forms ASCII"},
		{"composed accent", "cafe\u0301 café", "café café", []anchor{{"é", "e\u0301"}},
			"NFKC composes e + combining acute"},
		{"sharp s", "Straße", "strasse", []anchor{{"ss", "ß"}},
			"full case folding expands ß"},
		{"superscript", "km²", "km2", []anchor{{"2", "²"}}, "NFKC flattens superscripts"},
		// Case.
		{"case", "Ben WALLACE", "ben wallace", nil, "case never matters"},
		{"greek case", "ΟΔΥΣΣΕΥΣ", "οδυσσευσ", nil, "case folding is full, not ASCII only"},
		// Quotes.
		{"curly double", "“Yes,” he said", `"yes," he said`, []anchor{{`"yes`, "“"}, {"he", "he"}}, "curly quotes are straight"},
		{"curly apostrophe", "It’s the world’s", "it's the world's", []anchor{{"'s the", "’s the"}}, "apostrophe style"},
		{"guillemets", "«Bonjour»", `"bonjour"`, nil, "guillemets are double quotes"},
		{"low and reversed quotes", "„a‟ ‚b‛", `"a" 'b'`, nil, "German and reversed quote marks"},
		{"primes", "5′ 11″", `5' 11"`, []anchor{{`"`, "″"}}, "″ becomes one \", not the two ′ that NFKC makes"},
		{"full-width quotes", "＂x＂ ＇y＇", `"x" 'y'`, nil, "full-width quote marks"},
		{"backtick apostrophe", "it`s it´s", "it's it's", nil, "typewriter substitutes for the apostrophe"},
		// Dashes.
		{"dashes", "a‐b‑c‒d–e—f―g−h", "a-b-c-d-e-f-g-h", []anchor{{"-h", "−"}, {"-e", "–"}},
			"every dash and the minus sign"},
		{"em dash spaced", "war — and peace", "war - and peace", nil, "dash with spaces keeps the spaces"},
		// Whitespace.
		{"paragraph break", "rigorous privacy\n\nstandards.", "rigorous privacy standards.", []anchor{{" standards", "\n\n"}},
			"a break mid-sentence is one space, mapped to its first byte"},
		{"nbsp and tabs", "£24\u00a0billion\t over", "£24 billion over", nil, "NBSP and tab runs are one space"},
		{"unicode spaces", "a\u2009b\u3000c\u2028d", "a b c d", nil, "thin space, ideographic space, line separator"},
		{"trimmed", "  \n defence \n", "defense", []anchor{{"defense", "defence"}}, "leading and trailing whitespace dropped"},
		{"invisible", "cyber\u00adsecurity\u200b now\ufeff", "cybersecurity now", []anchor{{"security", "security"}},
			"soft hyphen, zero-width space and BOM dropped"},
		{"control", "a\x00b\x07c", "abc", nil, "control characters dropped"},
		{"invalid utf8", "a\xffb", "a\ufffdb", []anchor{{"b", "b"}}, "invalid bytes become U+FFFD"},
		// Abbreviations.
		{"U.S.", "the U.S. is", "the us is", []anchor{{"us", "U.S."}, {" is", " is"}}, "dotted abbreviation undotted"},
		{"U.K.'s", "The U.K.’s close", "the uk's close", []anchor{{"uk", "U.K."}, {"k's", "K.’s"}},
			"possessive after an abbreviation"},
		{"D.C.", "Washington D.C.", "washington dc", []anchor{{"dc", "D.C."}, {"c", "C."}}, "each letter maps to itself"},
		{"U.S.-U.K.", "U.S.-U.K. ties", "us-uk ties", []anchor{{"-uk", "-U.K."}, {"uk", "U.K."}}, "hyphen between abbreviations"},
		{"sentence-final abbreviation", "friends with the U.S.", "friends with the us", []anchor{{"us", "U.S."}},
			"the final dot is both abbreviation and full stop: the word stays"},
		{"abbreviation then comma", "the U.S., Chile", "the us, chile", nil, "punctuation after the last dot"},
		{"three letters", "U.S.A. today", "usa today", nil, "any number of letters, two or more"},
		{"initial", "George W. Bush", "george w. bush", nil, "a single initial is not an abbreviation"},
		{"not inside a word", "fig.a.b. x.y.z.", "fig.a.b. xyz", nil, "letters after a word and a dot do not start one"},
		{"letter after last dot", "u.s.a", "u.s.a", nil, "the last letter needs its dot"},
		{"numbers", "1.5 v.2.", "1.5 v.2.", nil, "digits never undotted"},
		// Spelling.
		{"defence", "defence", "defense", []anchor{{"defense", "defence"}}, "listed"},
		{"Defence capitalised", "UK Defence Secretary", "uk defense secretary", []anchor{{"defense", "Defence"}}, "case folded before spelling"},
		{"modernise", "modernise", "modernize", nil, "listed"},
		{"organised", "organised crime", "organized crime", []anchor{{"crime", "crime"}}, "listed"},
		{"programme", "space programme", "space program", nil, "listed"},
		{"centre", "National Cyber Security Centre", "national cyber security center", nil, "listed"},
		{"labour", "Labour", "labor", nil, "listed"},
		{"travelled", "travelled", "traveled", []anchor{{"d", "d"}, {"ed", "ed"}, {"travel", "travel"}},
			"a respelt word keeps the offsets of its unchanged prefix and suffix"},
		{"programme offsets", "programme", "program", []anchor{{"m", "m"}}, "the dropped tail maps nowhere"},
		{"possessive British", "defence's", "defense's", nil, "the apostrophe ends the word"},
		{"hyphenated British", "defence-related", "defense-related", nil, "the hyphen ends the word"},
		{"rule-based", "weaponisation modernisation", "weaponization modernization", nil, "-isation rule"},
		{"American kept", "defense modernize color", "defense modernize color", nil, "American spellings stay"},
		{"whilst kept", "whilst", "whilst", nil, "a word choice, not a spelling"},
		// Fixed bugs.
		{"soft hyphen before combining mark", "e\u00ad\u0301", "\u00e9", nil,
			"the mark meets the letter once the soft hyphen is dropped: compose them (idempotence)"},
		{"zero-width space before combining mark", "K\u200b\u0301", "\u1e31", nil, "as above, after case folding"},
		{"doubled l alone", "lled", "lled", nil, "too short for the doubled-l rule (panicked)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, off := Fold(tt.in)
			if got != tt.want {
				t.Fatalf("Fold(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
			checkOffsets(t, tt.in, got, off)
			if again, _ := Fold(got); again != got {
				t.Errorf("Fold not idempotent: Fold(%q) = %q", got, again)
			}
			for _, a := range tt.at {
				fi, ii := strings.Index(got, a.Folded), strings.Index(tt.in, a.Input)
				if fi < 0 || ii < 0 {
					t.Fatalf("bad anchor %q/%q", a.Folded, a.Input)
				}
				if off[fi] != ii {
					t.Errorf("folded %q at %d maps to input %d (%q), want %d (%q) (%s)",
						a.Folded, fi, off[fi], tt.in[off[fi]:], ii, a.Input, tt.reason)
				}
			}
		})
	}
}

func checkOffsets(t *testing.T, in, folded string, off []int) {
	t.Helper()
	if len(off) != len(folded)+1 {
		t.Fatalf("len(offsets) = %d, want %d", len(off), len(folded)+1)
	}
	if off[len(folded)] != len(in) {
		t.Fatalf("last offset = %d, want len(s) = %d", off[len(folded)], len(in))
	}
	for i := range off {
		if off[i] < 0 || off[i] > len(in) || i > 0 && off[i] < off[i-1] {
			t.Fatalf("offsets[%d] = %d out of order or range: %v", i, off[i], off)
		}
	}
}

func TestExactly(t *testing.T) {
	tests := []struct {
		name   string
		a, b   string
		want   bool
		reason string
	}{
		{"same", "It is vital", "It is vital", true, "identical"},
		{"whitespace", "It is\n\nvital ", " It  is vital", true, "whitespace runs and ends"},
		{"nbsp", "£24\u00a0billion", "£24 billion", true, "NBSP is whitespace"},
		{"curly quotes", "“It’s vital”", `"It's vital"`, true, "quote-mark style"},
		{"guillemets", "«vital»", `"vital"`, true, "guillemets are quote marks"},
		{"nfc", "cafe\u0301", "café", true, "canonically equal"},
		{"space inserted", "cyber attacks", "cyberattacks", false, "a space between letters is a difference"},
		{"case", "Defence", "defence", false, "case is a variant"},
		{"spelling", "defence", "defense", false, "spelling is a variant"},
		{"abbreviation", "U.S.", "US", false, "dots are a variant"},
		{"dash", "a—b", "a-b", false, "dash style is a variant"},
		{"word", "increasing", "decreasing", false, "different words"},
		{"prefix", "It is", "It is vital", false, "missing words"},
		{"empty", "", "  ", true, "both blank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Exactly(tt.a, tt.b); got != tt.want {
				t.Errorf("Exactly(%q, %q) = %v, want %v (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
			if got := Exactly(tt.b, tt.a); got != tt.want {
				t.Errorf("Exactly not symmetric for %q, %q", tt.a, tt.b)
			}
		})
	}
}

// TestFoldRandom checks the fuzz invariants on random strings of characters
// that interact under NFKC and case folding, which the fuzzer reaches slowly.
func TestFoldRandom(t *testing.T) {
	pool := []rune("aeiouAEIOU .-'\"’“”«»—–U.S.K.D.C.\u0301\u0308\u0345\u0327\u0300ᾳΣσςİıßẞǅǄǆﬁﬀ㍿¼²１Ａ" +
		"\u00ad\u200b\u00a0\n\t\u1100\u1161\u11a8가각\u0b47\u0b3e\u0f73\u0344\u0958\u2126\u212b\u212a" +
		"ΐ\u03d0\u1fd3ﬆ\u2033\u00b4\u02bcdefencelledisation")
	r := rand.New(rand.NewPCG(1, 2))
	n := 50000
	if testing.Short() {
		n = 5000
	}
	for range n {
		var sb strings.Builder
		for k := r.IntN(8) + 1; k > 0; k-- {
			sb.WriteRune(pool[r.IntN(len(pool))])
		}
		s := sb.String()
		f, off := Fold(s)
		checkOffsets(t, s, f, off)
		if g, _ := Fold(f); g != f {
			t.Fatalf("not idempotent: %+q → %+q → %+q", s, f, g)
		}
		end := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < end || tk.End <= tk.Start || s[tk.Start:tk.End] != tk.Raw {
				t.Fatalf("Tokenize(%+q): bad token %+v after %d", s, tk, end)
			}
			end = tk.End
		}
	}
}
