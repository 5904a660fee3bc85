package source

import (
	"errors"
	"strings"
	"testing"
)

func fuzzParse(f *testing.F, ext string, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	for name, raw := range fixtures(f) {
		if FormatOf(name) == FormatOf("x"+ext) {
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		s, err := Parse("fuzz"+ext, raw)
		if err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("error %v is not ErrBinary", err)
			}
			return
		}
		checkInvariants(t, s)
	})
}

func FuzzParseHTML(f *testing.F) {
	fuzzParse(f, ".html",
		`<p>a <q>b</q> c</p>`, `<blockquote><p>x<q>y</blockquote>z`, `&amp;&#x2019;&copy &notit; &`,
		`<script>"</p>"</script><p>x</p>`, `<p hidden><q>a</p>b`, "\xef\xbb\xbf<p>caf\xe9</p>")
}

func FuzzParseMarkdown(f *testing.F) {
	fuzzParse(f, ".md",
		"---\na: b\n---\n# T\n\n> q\n> r\n\n- x\n- y", "`a` *b* [c](d) <http://e> \\*", "a  \nb\\\nc &amp; &#1;",
		"\ufeff---\n---\n", "> - > ```\n> x", "caf\xe9 *\xe9*")
}

func FuzzParseText(f *testing.F) {
	fuzzParse(f, ".txt",
		"Mr. A. B.\n\nc. D.\r\n\r\ne", "63.8 F\nWashington D.C.\n", "rigorous privacy\n\nstandards.", "\ufeff…!? “x.” y", "caf\xe9")
}

// FuzzCopyrightPrefilter checks that the cheap tests run before
// reCopyright, and the part of the line it then reads, agree with
// reCopyright on the whole line; but for a line whose only way to match is
// an "ſ" read as "s" and that holds no "(" (copyrightFrom says why).
func FuzzCopyrightPrefilter(f *testing.F) {
	for _, s := range []string{"© Reuters", "Crown copyright.", "All rights reserved", "(c) 2024 Foo Ltd.",
		"Copyright 2024 BBC News,", "Photo: ©AFP.", "© 2024 The Verge & Co/Ltd.", "all RIGHTS reserved.",
		"Crown COPYRIGHT", "©", "©.", "It rose 3%.", "he said.", "copyright 2ab", "Xcopyright 2024",
		"A long caption of a photograph. Crown copyright.", "The ©Reuters", "(see) ALL RIGHTS RE\u017FERVED"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := reCopyright.MatchString(s)
		from := copyrightFrom(s)
		got := copyrightEnd(s) && from >= 0 && reCopyright.MatchString(s[from:])
		if got != want && !(want && strings.Contains(s, "\u017F") && !strings.Contains(s, "(")) {
			t.Fatalf("%q: reCopyright %v, prefilter and window (from %d) %v", s, want, from, got)
		}
	})
}
