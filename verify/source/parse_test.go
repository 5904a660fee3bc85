package source

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// blockTexts returns the Text of each block.
func blockTexts(s *Source) []string {
	var out []string
	for _, b := range s.Blocks {
		out = append(out, s.Text[b.Start:b.End])
	}
	return out
}

func sentenceTexts(s *Source) []string {
	var out []string
	for _, x := range s.Sentences {
		out = append(out, s.Text[x.Start:x.End])
	}
	return out
}

func mustParse(t *testing.T, name, raw string) *Source {
	t.Helper()
	s, err := Parse(name, []byte(raw))
	if err != nil {
		t.Fatalf("Parse(%q): %v", name, err)
	}
	checkInvariants(t, s)
	return s
}

func TestPlainText(t *testing.T) {
	cases := []struct {
		name, raw string
		text      string   // want Text; "" means Raw
		blocks    []string // want block texts
		sentences []string // want sentence texts; nil means one per block
		reason    string
	}{
		{
			name: "bom", raw: "\ufeffOne. Two.", text: "One. Two.",
			blocks: []string{"One. Two."}, sentences: []string{"One.", "Two."},
			reason: "a UTF-8 BOM is dropped from Text",
		},
		{
			name: "crlf", raw: "First line,\r\nsame paragraph.\r\n\r\nSecond.\r\n",
			blocks:    []string{"First line,\r\nsame paragraph.", "Second."},
			sentences: []string{"First line,\r\nsame paragraph.", "Second."},
			reason:    "a line of only \\r is blank; \\r never ends a block's text",
		},
		{
			name: "broken paragraph", raw: "We keep rigorous privacy\n\nstandards. Then more.",
			blocks:    []string{"We keep rigorous privacy", "standards. Then more."},
			sentences: []string{"We keep rigorous privacy\n\nstandards.", "Then more."},
			reason:    "a block without final punctuation followed by one in lower case is one sentence",
		},
		{
			name: "headline", raw: "Ministers Meet in London\n\nthe talks went well.",
			blocks:    []string{"Ministers Meet in London", "the talks went well."},
			sentences: []string{"Ministers Meet in London\n\nthe talks went well."},
			reason:    "a short line followed by lower case was cut mid-sentence, so it is no headline",
		},
		{
			name: "headline kept", raw: "Ministers Meet in London\n\nThe talks went well.",
			blocks: []string{"Ministers Meet in London", "The talks went well."},
			reason: "a headline is its own block and sentence",
		},
		{
			name: "colon ends", raw: "He said:\n\nthe plan works.",
			blocks: []string{"He said:", "the plan works."},
			reason: "a colon is final punctuation: no join",
		},
		{
			name: "boilerplate line in paragraph", raw: "63.8 F\nWashington D.C.\nThursday, April 18, 2024\n\nText.",
			blocks: []string{"63.8 F", "Washington D.C.", "Thursday, April 18, 2024", "Text."},
			reason: "each boilerplate line is a block of its own",
		},
		{
			name: "empty", raw: "", blocks: nil, reason: "an empty file has no blocks",
		},
		{
			name: "blank", raw: " \n\t\n", blocks: nil, reason: "white space only has no blocks",
		},
	}
	for _, c := range cases {
		s := mustParse(t, c.name+".txt", c.raw)
		want := c.text
		if want == "" {
			want = c.raw
		}
		if s.Text != want {
			t.Errorf("%s: Text = %q, want %q (%s)", c.name, s.Text, want, c.reason)
		}
		if d := cmp.Diff(c.blocks, blockTexts(s)); d != "" {
			t.Errorf("%s: blocks (-want +got):\n%s(%s)", c.name, d, c.reason)
		}
		ws := c.sentences
		if ws == nil {
			ws = c.blocks
		}
		if d := cmp.Diff(ws, sentenceTexts(s)); d != "" {
			t.Errorf("%s: sentences (-want +got):\n%s(%s)", c.name, d, c.reason)
		}
	}
}

func TestSeedBoilerplate(t *testing.T) {
	// Written by hand from reading the seeds (cat -A).
	want := map[string][]string{
		"000_ab5c487819f5ff5e.txt": {
			"News story", // content-type label of gov.uk pages
			"The UK and Chile have forged closer cyber links following a visit by Defence Minister Mark Lancaster. Crown copyright.", // photo caption
			"Published 21 September 2018", // dateline
		},
		"001_a468fed3cf8681fa.txt": {
			"63.8 F", "Washington D.C.", "Thursday, April 18, 2024", // weather header
			"Read more at the U.K. Home Office",
			"author avatar",
			"Homeland Security Today", // printed twice
			"The Government Technology & Services Coalition's Homeland Security Today (HSToday) is the premier news and information resource for the homeland security community, dedicated to elevating the discussions and insights that can support a safe and secure nation. A non-profit magazine and media platform, HSToday provides readers with the whole story, placing facts and comments in context to inform debate and drive realistic solutions to some of the nation’s most vexing security challenges.",
			"Homeland Security Today",
			"Homeland Security Todayhttp://www.hstoday.us", // URL glued on
			"The Government Technology & Services Coalition's Homeland Security Today (HSToday) is the premier news and information resource for the homeland security community, dedicated to elevating the discussions and insights that can support a safe and secure nation. A non-profit magazine and media platform, HSToday provides readers with the whole story, placing facts and comments in context to inform debate and drive realistic solutions to some of the nation’s most vexing security challenges.",
			"Related Articles", "- Advertisement -", "Latest Articles",
		},
		"002_17fa8aee8e2a43c8.txt": nil, // a clean press release
	}
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	if len(seeds) != len(want) {
		t.Fatalf("Seeds() = %d sources, want %d", len(seeds), len(want))
	}
	for _, s := range seeds {
		checkInvariants(t, s)
		var got []string
		for _, b := range s.Blocks {
			if b.Boilerplate {
				got = append(got, s.Text[b.Start:b.End])
			}
		}
		if d := cmp.Diff(want[s.Name], got); d != "" {
			t.Errorf("%s: boilerplate blocks (-want +got):\n%s", s.Name, d)
		}
	}
}

func TestBoilerplateRules(t *testing.T) {
	cases := []struct {
		line   string
		want   bool
		reason string
	}{
		{"By Jane Smith", true, "byline"},
		{"By Jane Smith and John Doe | Reuters", true, "byline with an outlet"},
		{"By Friday, ministers had agreed.", false, "a sentence that starts with By"},
		{"By 2030 the fleet will double.", false, "By and a year is no byline"},
		{"Published 21 September 2018", true, "dateline"},
		{"Updated 10:32 am BST, Tue 15 June 2021", true, "dateline with time and zone"},
		{"17 °C", true, "temperature"},
		{"Advertisement", true, "chrome label"},
		{"— ADVERTISEMENT —", true, "chrome label in capitals between dashes"},
		{"Continue reading the main story", true, "link prompt"},
		{"Photo: Reuters", true, "picture credit"},
		{"Ministers met in London. © Reuters", true, "ends in a copyright notice"},
		{"See www.gov.uk", true, "a URL with few words"},
		{"Ministers met in London on Friday to discuss defence.", false, "narrative"},
		{"The minister said the copyright law will change.", false, "the word copyright inside a sentence"},
		{"They discussed copyright.", false, "the word copyright ending a sentence"},
		{"Copyright 2024 Reuters", true, "a copyright line"},
		{"Photo © Getty Images", true, "a picture credit with ©"},
		{"Photo (C) Getty Images", true, "a picture credit with (C)"},
		{"Ministers met (in London) on Friday with Reuters", false, "a bracket that is no (c)"},
		{"Photo (AP). ALL RIGHTS RE\u017FERVED", true, "reCopyright's case folding reads ſ as s; a bracket lets the line reach it"},
		{"ALL RIGHTS RE\u017FERVED", false, "without a bracket, ſ is not taken for s"},
		{"\u212Aeep reading", false, "the Kelvin sign lower-cases to k, but no prefix starts with k"},
		{"Clic\u212A here to subscribe", true, "a non-ASCII rune lower-casing to ASCII inside a link prompt"},
		{"Adverti\u017Fement", false, "ſ lower-cases to itself: no label"},
		{"Advertisement\u00a0\u00a0", true, "white space around a label"},
		{"Share\u00a0this", true, "a label with a non-ASCII space inside"},
		{"“Advertisement”", true, "a label in quotes"},
		{"Advertisement, then more", false, "inner punctuation is no label"},
		{"Frİday, 18 April 2024", true, "İ lower-cases to i: a date line"},
		{"“Friday”, 18 April 2024", false, "a quoted word is no date"},
	}
	for _, c := range cases {
		if got := isChromeLine(c.line); got != c.want {
			t.Errorf("isChromeLine(%q) = %v, want %v (%s)", c.line, got, c.want, c.reason)
		}
	}
}

func TestLatin1(t *testing.T) {
	raw := "Caf\xe9 \x93menu\x94 \xa312"
	s := mustParse(t, "menu.txt", raw)
	if want := "Café “menu” £12"; s.Text != want {
		t.Errorf("Text = %q, want %q (invalid UTF-8 is read as Windows-1252)", s.Text, want)
	}
	if len(s.Warnings) != 1 || !strings.Contains(s.Warnings[0].String(), "Windows-1252") {
		t.Errorf("Warnings = %v, want one naming Windows-1252 (never garble silently)", s.Warnings)
	}
	i := strings.Index(s.Text, "é")
	if off := s.RawOffset(i); raw[off] != 0xe9 || s.RawEnd(i+len("é")) != off+1 {
		t.Errorf("é maps to Raw %d..%d, want the one byte 0xe9", off, s.RawEnd(i+2))
	}
}

func TestNotText(t *testing.T) {
	cases := []struct {
		name, raw string
		msg       string // want error message; "" means no error
		reason    string
	}{
		{"photo.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF", "photo.jpg: binary file (NUL byte at offset 4); skipped", "a NUL byte never appears in text"},
		{"notes.txt", "\xff\xfeH\x00i\x00", "notes.txt: UTF-16 text; convert to UTF-8; skipped", "UTF-16 is refused with advice, not garbled"},
		{"noise.bin", strings.Repeat("\xc3\x28\x80\xfe", 10), "noise.bin: binary file (30 of 40 bytes not UTF-8); skipped", "mostly invalid UTF-8 is binary"},
		{"ctrl.dat", strings.Repeat("ab\x01\x02", 10), "ctrl.dat: binary file (control byte 0x01 at offset 2); skipped", "control bytes are binary"},
		{"notes.log", "plain words\n", "", "any extension holding UTF-8 text is read as text"},
		{"legacy.txt", "na\xefve caf\xe9 text with a few accents", "", "a few invalid bytes are a legacy encoding, not binary"},
	}
	for _, c := range cases {
		_, err := Parse(c.name, []byte(c.raw))
		if c.msg == "" {
			if err != nil {
				t.Errorf("%s: %v, want no error (%s)", c.name, err, c.reason)
			}
			continue
		}
		if err == nil || err.Error() != c.msg || !errors.Is(err, ErrBinary) {
			t.Errorf("%s: error %v, want %q matching ErrBinary (%s)", c.name, err, c.msg, c.reason)
		}
	}
}

func TestPosConcurrent(t *testing.T) {
	s := mustParse(t, "a.txt", "one\ntwo\nthree")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if p := s.Pos(8); p.Line != 3 || p.Column != 1 {
				t.Errorf("Pos(8) = %+v, want 3:1", p)
			}
		}()
	}
	wg.Wait()
	bare := &Source{Raw: []byte("a\nb")}
	if p := bare.Pos(2); p.Line != 2 {
		t.Errorf("Pos on a Source not from Parse = %+v, want line 2", p)
	}
}

// TestNotPlain8 checks the eight-byte test of checkText against a byte at
// a time: every byte value in every position, with any other byte value
// in any later position, the first byte that is not printable ASCII is
// the one notPlain8 finds.
func TestNotPlain8(t *testing.T) {
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			for pos2 := pos + 1; pos2 <= 8; pos2++ {
				for c2 := 0; c2 < 256; c2++ {
					if pos2 == 8 && c2 > 0 {
						break // no second byte
					}
					b := []byte("abcdefgh")
					b[pos] = byte(c)
					if pos2 < 8 {
						b[pos2] = byte(c2)
					}
					want := 8
					for i, x := range b {
						if x < 0x20 || x > 0x7e {
							want = i
							break
						}
					}
					got := 8
					if m := notPlain8(binary.LittleEndian.Uint64(b)); m != 0 {
						got = bits.TrailingZeros64(m) / 8
					}
					if got != want {
						t.Fatalf("notPlain8(%q) finds byte %d, want %d", b, got, want)
					}
				}
			}
		}
	}
}
