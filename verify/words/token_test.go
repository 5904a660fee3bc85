package words

import (
	"reflect"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // the tokens as Raw=Norm, or Norm alone when equal, joined by " | "
		reason   string
	}{
		{"curly apostrophe", "It’s no secret", "It’s=it's | no | secret",
			"the apostrophe stays inside and is straight in Norm"},
		{"currency", "£24 billion", "£ | 24 | billion", "the currency symbol is its own token"},
		{"currencies", "$5, €6 and ¥7", "$ | 5 | € | 6 | and | ¥ | 7", "each currency symbol"},
		{"thousands", "3,700 personnel", "3,700 | personnel", "a comma between digits stays"},
		{"decimals", "1.5 million, 0.25%.", "1.5 | million | 0.25 | %", "a dot between digits stays; % is a token"},
		{"hyphenated", "cyber-attacks", "cyber | attacks", "a hyphen splits"},
		{"compound number", "seven-month", "seven | month", "a hyphen splits"},
		{"rules-based", "rules-based order", "rules | based | order", "a hyphen splits"},
		{"abbreviations hyphenated", "US-UK", "US=us | UK=uk", "hyphen between abbreviations"},
		{"dotted abbreviations", "U.S.-U.K.", "U.S.=us | U.K.=uk", "dots dropped from Norm, kept in Raw"},
		{"title", "U.K. Defence Secretary", "U.K.=uk | Defence=defense | Secretary=secretary",
			"abbreviation and British spelling folded"},
		{"possessive", "Lancaster’s", "Lancaster’s=lancaster's", "possessive is one token"},
		{"world's first", "the world’s first", "the | world’s=world's | first", "possessive inside a phrase"},
		{"irish name", "O’Shaughnessy", "O’Shaughnessy=o'shaughnessy", "apostrophe between letters"},
		{"ordinal", "5th generation", "5th | generation", "letters and digits run together"},
		{"trailing punctuation", "Yes, he said. (Really!)", "Yes=yes | he | said | Really=really", "punctuation dropped"},
		{"quoted", "“adapts,”", "adapts", "quote marks dropped"},
		{"leading apostrophe", "’90s students’", "90s | students", "apostrophes at word edges dropped"},
		{"sentence-final abbreviation", "with the U.S.", "with | the | U.S.=us", "Raw keeps the final dot"},
		{"line break", "privacy\n\nstandards", "privacy | standards", "whitespace never in a token"},
		{"soft hyphen", "cyber\u00adsecurity", "cyber\u00adsecurity=cybersecurity", "soft hyphen dropped from Norm"},
		{"ligature", "ﬁrst", "ﬁrst=first", "NFKC in Norm, not in Raw"},
		{"emoji", "great 👍🏽 news 🇬🇧", "great | news", "emoji dropped"},
		{"cjk", "日本の防衛 budget", "日 | 本 | の | 防 | 衛 | budget", "each ideograph a token"},
		{"hangul", "국방 예산", "국방 | 예산", "Korean separates words with spaces"},
		{"cjk expansion", "㍿", "㍿=株式会社", "one input character, one token"},
		{"fraction", "¼", "¼=1⁄4", "NFKC splits it, but it is one input character"},
		{"empty", "", "", "no tokens"},
		{"punctuation only", " -- ... ", "", "no tokens"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			var parts []string
			for _, tk := range toks {
				if tk.Raw != tt.in[tk.Start:tk.End] {
					t.Fatalf("Raw %q != input[%d:%d] %q", tk.Raw, tk.Start, tk.End, tt.in[tk.Start:tk.End])
				}
				if tk.Raw == tk.Norm {
					parts = append(parts, tk.Norm)
				} else {
					parts = append(parts, tk.Raw+"="+tk.Norm)
				}
			}
			if got := strings.Join(parts, " | "); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s\n(%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

func TestTokenOffsets(t *testing.T) {
	in := "The U.K.’s close security partnership with the U.S. is vital."
	toks := Tokenize(in)
	want := []struct {
		raw        string
		start, end int
	}{
		{"The", 0, 3}, {"U.K.’s", 4, 12}, {"close", 13, 18}, {"security", 19, 27},
		{"partnership", 28, 39}, {"with", 40, 44}, {"the", 45, 48}, {"U.S.", 49, 53},
		{"is", 54, 56}, {"vital", 57, 62},
	}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d: %+v", len(toks), len(want), toks)
	}
	for i, w := range want {
		if tk := toks[i]; tk.Raw != w.raw || tk.Start != w.start || tk.End != w.end {
			t.Errorf("token %d = %q [%d,%d), want %q [%d,%d)", i, tk.Raw, tk.Start, tk.End, w.raw, w.start, w.end)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct {
		a, b   string
		reason string
	}{
		{"visited", "visiting", "inflections of one verb"},
		{"trains", "training", "inflections of one verb"},
		{"defence", "defense", "spelling folded before stemming (Snowball: defenc vs defens)"},
		{"organised", "organized", "spelling folded before stemming (Snowball: organis vs organ)"},
		{"modernisation", "modernization", "spelling rule, then stem"},
		{"Cyber-Attacks", "cyber attack", "case and plural"},
		{"travelled", "traveling", "doubled l"},
	}
	for _, tt := range tests {
		ta, tb := Tokenize(tt.a), Tokenize(tt.b)
		if len(ta) != len(tb) {
			t.Errorf("%q and %q: %d vs %d tokens", tt.a, tt.b, len(ta), len(tb))
			continue
		}
		for i := range ta {
			if ta[i].Stem != tb[i].Stem {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; want equal (%s)", ta[i].Raw, ta[i].Stem, tb[i].Raw, tb[i].Stem, tt.reason)
			}
		}
	}
	if a, b := Stem("increasing"), Stem("decreasing"); a == b {
		t.Errorf("increasing and decreasing share stem %q", a)
	}
	for _, w := range []string{"3.7", "£", "日", "café"} {
		if got := Stem(w); got != w {
			t.Errorf("Stem(%q) = %q, want itself", w, got)
		}
	}
}

// TestAppendTokens checks that tokens appended after others are those
// Tokenize gives, and that the tokens already there are left as they were,
// even where the first new token starts before the last old one ends.
func TestAppendTokens(t *testing.T) {
	first, second := "It costs £24bn", "㍿ said “No.”"
	got := AppendTokens(Tokenize(first), second)
	want := append(Tokenize(first), Tokenize(second)...)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AppendTokens(Tokenize(%q), %q)\n got %+v\nwant %+v", first, second, got, want)
	}
	buf := make([]Token, 0, 64)
	for _, s := range []string{second, first, second} {
		buf = AppendTokens(buf[:0], s)
		if want := Tokenize(s); !reflect.DeepEqual(buf, want) {
			t.Errorf("AppendTokens(buf[:0], %q) = %+v, want %+v", s, buf, want)
		}
	}
}

func TestStemNumeral(t *testing.T) {
	for in, want := range map[string]string{
		"36,908": "36908", "1,000,000": "1000000", "47.0": "47", "47.00": "47", "1,234.0": "1234",
		"2.50": "2.50", "1,234.50": "1234.50", "0.0": "0", "1234": "1234",
		"1,2": "1,2", "12,3456": "12,3456", "1234,567": "1234,567", "3.00pm": "3.00pm", "1,23.5": "1,23.5",
	} {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}
