package report

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verity-news/verity/verify"
)

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestTableColor(t *testing.T) {
	plain := string(render(t, Table, fakeReport(), Options{}))
	if strings.Contains(plain, "\x1b") {
		t.Errorf("Color off: output has escape sequences:\n%q", plain)
	}
	colored := string(render(t, Table, fakeReport(), Options{Color: true}))
	for _, want := range []string{"\x1b[32msupported\x1b[0m", "\x1b[31mcontradicted\x1b[0m", "\x1b[33mmissing\x1b[0m"} {
		if !strings.Contains(colored, want) {
			t.Errorf("Color on: no %q in\n%s", want, colored)
		}
	}
	if got := ansi.ReplaceAllString(colored, ""); got != plain {
		t.Errorf("colour changed the layout:\n%s\nwant\n%s", got, plain)
	}
}

func TestTableCells(t *testing.T) {
	r := fakeReport()
	r.Results[0].Message = "line one\nline two\x1b[2J\u202Eevil"
	r.Results[0].ID = strings.Repeat("x", 100)
	out := string(render(t, Table, r, Options{}))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	// Header, one line per claim, a blank line, the summary, INCOMPLETE.
	if want := 1 + len(r.Results) + 3; len(lines) != want {
		t.Fatalf("got %d lines, want %d (cells must not wrap):\n%s", len(lines), want, out)
	}
	if strings.Contains(out, "\x1b") || strings.Contains(out, "\u202E") {
		t.Errorf("a control character or a bidi override got through:\n%q", out)
	}
	if !strings.Contains(lines[1], "line one line two") {
		t.Errorf("line break in a message not folded: %q", lines[1])
	}
	if !strings.Contains(lines[1], strings.Repeat("x", tableIDWidth-1)+"…") {
		t.Errorf("long id not shortened to %d runes: %q", tableIDWidth, lines[1])
	}
	for i, l := range lines[:len(r.Results)+1] {
		if n := utf8.RuneCountInString(l); n > 200 {
			t.Errorf("line %d is %d runes wide", i, n)
		}
	}
	if got, want := lines[len(lines)-2], "10 claims: 3 supported, 4 contradicted, 3 missing"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
	if got, want := lines[len(lines)-1], "INCOMPLETE: 2 sources could not be read: a.txt, b|c.txt"; got != want {
		t.Errorf("incomplete line = %q, want %q", got, want)
	}
}

func TestTableEmpty(t *testing.T) {
	out := string(render(t, Table, verify.NewReport(nil), Options{}))
	if !strings.HasSuffix(out, "\n0 claims: 0 supported, 0 contradicted, 0 missing\n") || strings.Contains(out, "INCOMPLETE") {
		t.Errorf("empty report:\n%s", out)
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		want     string
		reason   string
	}{
		{"fits", "abc", 3, "abc", "no cut, no ellipsis"},
		{"word", "the quick brown fox", 12, "the quick…", "cut at the last space when it is near the end"},
		{"long word", "abcdefghijklmnop", 6, "abcde…", "no space to cut at: cut inside the word"},
		{"runes", "££££££", 4, "£££…", "counts runes, not bytes"},
	}
	for _, tt := range tests {
		if got := shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("%s: shorten(%q, %d) = %q, want %q (%s)", tt.name, tt.in, tt.n, got, tt.want, tt.reason)
		}
	}
	if got, want := shortenPath("dir/sub/file.txt:12:3", 12), "…le.txt:12:3"; got != want {
		t.Errorf("shortenPath = %q, want %q (keeps the end: file name and position)", got, want)
	}
}
