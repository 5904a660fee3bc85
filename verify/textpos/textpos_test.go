package textpos

import "testing"

func TestPos(t *testing.T) {
	text := []byte("ab\n£24 x\r\n\nz")
	x := New(text)
	cases := []struct {
		name   string
		off    int
		want   Pos
		reason string
	}{
		{"start", 0, Pos{1, 1, 0}, "offset 0 is line 1 column 1"},
		{"end of first line", 2, Pos{1, 3, 2}, "the newline itself belongs to the line it ends"},
		{"after pound", 5, Pos{2, 2, 5}, "£ is two bytes but one column"},
		{"blank line", 11, Pos{3, 1, 11}, "an empty line still has column 1"},
		{"last", 12, Pos{4, 1, 12}, "the final line has no newline"},
		{"past end", 99, Pos{4, 2, 13}, "offsets past the end clamp to the end"},
		{"negative", -3, Pos{1, 1, 0}, "negative offsets clamp to the start"},
	}
	for _, c := range cases {
		if got := x.Pos(c.off); got != c.want {
			t.Errorf("%s: Pos(%d) = %+v, want %+v (%s)", c.name, c.off, got, c.want, c.reason)
		}
	}
	if got := x.LineText(2); got != "£24 x" {
		t.Errorf("LineText(2) = %q, want %q (CR of CRLF dropped)", got, "£24 x")
	}
	if got := x.LineText(9); got != "" {
		t.Errorf("LineText(9) = %q, want empty", got)
	}
}
