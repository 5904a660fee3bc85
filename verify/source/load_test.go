package source

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tree writes files (path → content) under a new temporary directory and
// changes into it, so that paths in the test read as a user types them.
func tree(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for p, content := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

func names(c *Corpus) []string {
	var out []string
	for _, s := range c.Sources {
		out = append(out, s.Name)
	}
	return out
}

func TestLoad(t *testing.T) {
	tree(t, map[string]string{
		"docs/b.txt":          "B.",
		"docs/a.md":           "# A",
		"docs/sub/c.html":     "<p>C.</p>",
		"docs/.hidden.txt":    "secret",
		"docs/.git/config":    "x",
		"docs/photo.jpg":      "\xff\xd8\x00\x01",
		"docs/latin.txt":      "caf\xe9",
		"notes.txt":           "N.",
		"extra/z.markdown":    "Z.",
		"extra/y.txt":         "Y.",
		"extra/deep/x.htm":    "<p>X.</p>",
		"extra/deep/w.random": "plain",
	})
	if err := os.Symlink("..", "docs/sub/loop"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../extra/deep", "docs/linked"); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		paths   []string
		want    []string
		skipped []string
		warns   []string
		reason  string
	}{
		{
			name: "directory", paths: []string{"docs"},
			want:    []string{"docs/a.md", "docs/b.txt", "docs/latin.txt", "docs/linked/w.random", "docs/linked/x.htm", "docs/sub/c.html"},
			skipped: []string{"docs/photo.jpg"},
			warns: []string{
				"docs/sub/loop: symbolic link loop; skipped",
				"docs/latin.txt: 1 byte(s) not valid UTF-8, read as Windows-1252 (Latin-1)",
				"docs/photo.jpg: binary file (NUL byte at offset 2); skipped",
			},
			reason: "walked in sorted order; hidden files skipped; symlinked dirs followed; loops and binaries warned",
		},
		{
			name: "trailing slash", paths: []string{"extra/"},
			want:   []string{"extra/deep/w.random", "extra/deep/x.htm", "extra/y.txt", "extra/z.markdown"},
			reason: "the directory as given, without its trailing slash, prefixes names",
		},
		{
			name: "glob", paths: []string{"extra/*.txt", "*.txt"},
			want:   []string{"extra/y.txt", "notes.txt"},
			reason: "globs expand with filepath.Glob",
		},
		{
			name: "duplicates", paths: []string{"notes.txt", "./notes.txt", "notes.txt", "extra/deep", "docs/linked"},
			want:   []string{"./notes.txt", "docs/linked/w.random", "docs/linked/x.htm"},
			reason: "the same file named twice is read once, under the first name in sorted order",
		},
		{
			name: "explicit hidden", paths: []string{"docs/.hidden.txt"},
			want:   []string{"docs/.hidden.txt"},
			reason: "a hidden file named explicitly is read",
		},
	}
	for _, c := range cases {
		corpus, warns, err := Load(context.Background(), c.paths, nil, LoadOptions{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if d := cmp.Diff(c.want, names(corpus)); d != "" {
			t.Errorf("%s: sources (-want +got):\n%s(%s)", c.name, d, c.reason)
		}
		if d := cmp.Diff(c.skipped, corpus.Skipped); d != "" {
			t.Errorf("%s: skipped (-want +got):\n%s(%s)", c.name, d, c.reason)
		}
		var ws []string
		for _, w := range warns {
			ws = append(ws, w.String())
		}
		if d := cmp.Diff(c.warns, ws); d != "" {
			t.Errorf("%s: warnings (-want +got):\n%s(%s)", c.name, d, c.reason)
		}
		for _, s := range corpus.Sources {
			if want := FormatOf(s.Name); s.Format != want {
				t.Errorf("%s: %s read as %v, want %v", c.name, s.Name, s.Format, want)
			}
		}
	}
	// The result must not depend on the number of workers.
	one, _, _ := Load(context.Background(), []string{"docs", "extra"}, nil, LoadOptions{Workers: 1})
	many, _, _ := Load(context.Background(), []string{"docs", "extra"}, nil, LoadOptions{Workers: 8})
	if d := cmp.Diff(names(one), names(many)); d != "" {
		t.Errorf("1 worker and 8 workers differ:\n%s", d)
	}
}

func TestLoadErrors(t *testing.T) {
	tree(t, map[string]string{"a.txt": "A.", "locked.txt": "L."})
	if err := os.Chmod("locked.txt", 0); err != nil {
		t.Fatal(err)
	}
	unreadable := os.Getuid() != 0 // root reads anything
	cases := []struct {
		name   string
		paths  []string
		msg    string
		is     error
		reason string
	}{
		{"missing", []string{"a.txt", "nope.txt"}, "nope.txt: no such file or directory", fs.ErrNotExist, "a missing path is an error naming it, without Go's \"stat\""},
		{"no match", []string{"*.md"}, `no file matches "*.md"`, ErrNoMatch, "a glob matching nothing is an error"},
		{"both", []string{"nope.txt", "*.md"}, "nope.txt: no such file or directory\nno file matches \"*.md\"", fs.ErrNotExist, "every bad path is reported"},
	}
	if unreadable {
		cases = append(cases, struct {
			name   string
			paths  []string
			msg    string
			is     error
			reason string
		}{"unreadable", []string{"locked.txt"}, "locked.txt: permission denied", fs.ErrPermission, "an unreadable file is an error naming it"})
	}
	for _, c := range cases {
		_, _, err := Load(context.Background(), c.paths, nil, LoadOptions{})
		var le *LoadError
		if err == nil || err.Error() != c.msg || !errors.As(err, &le) || !errors.Is(err, c.is) {
			t.Errorf("%s: error %v, want %q, a *LoadError matching %v (%s)", c.name, err, c.msg, c.is, c.reason)
		}
	}
	if unreadable {
		corpus, warns, err := Load(context.Background(), []string{"locked.txt", "a.txt"}, nil, LoadOptions{SkipUnreadable: true})
		if err != nil || len(corpus.Sources) != 1 || len(corpus.Unreadable) != 1 || len(corpus.Skipped) != 0 || len(warns) != 1 {
			t.Errorf("SkipUnreadable: %v, %v, %v; want a.txt read, locked.txt skipped with a warning", corpus, warns, err)
		}
	}
}

// TestLoadUnreadable covers the unreadable files a test running as root
// can make: a socket named on the command line, a broken symbolic link
// under a directory, a named pipe nobody writes to (read as empty, without
// blocking), and the difference
// between those (Unreadable: the report is incomplete) and a binary file
// (Skipped: never a source).
func TestLoadUnreadable(t *testing.T) {
	tree(t, map[string]string{"dir/a.txt": "A.", "dir/bin.dat": "\x00\x01", "empty/.keep": ""})
	if err := syscallMkfifo("fifo"); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	ln, err := net.Listen("unix", "sock")
	if err != nil {
		t.Skipf("no Unix sockets here: %v", err)
	}
	defer ln.Close()
	for _, l := range [][2]string{{"nowhere.txt", "dir/gone.txt"}, {"nowhere.txt", "dangling.txt"}} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Fatal(err)
		}
	}
	errCases := []struct {
		name   string
		paths  []string
		msg    string
		is     error
		reason string
	}{
		{"socket", []string{"sock"}, "sock: not a regular file (socket)", ErrNotRegular, "a socket or device named as a source is refused, not read"},
		{"dangling named", []string{"dangling.txt"}, "dangling.txt: broken symbolic link (to nowhere.txt)", ErrBrokenLink, "a broken link named on the command line says so"},
		{"dangling in dir", []string{"dir"}, "dir/gone.txt: broken symbolic link (to nowhere.txt)", ErrBrokenLink, "a broken link under a directory loses a file: an error, not a warning"},
	}
	for _, c := range errCases {
		_, _, err := Load(context.Background(), c.paths, nil, LoadOptions{})
		var le *LoadError
		if err == nil || err.Error() != c.msg || !errors.As(err, &le) || !errors.Is(err, c.is) {
			t.Errorf("%s: error %v, want %q, a *LoadError matching %v (%s)", c.name, err, c.msg, c.is, c.reason)
		}
	}

	corpus, warns, err := Load(context.Background(), []string{"dir", "fifo", "sock"}, nil, LoadOptions{SkipUnreadable: true})
	if err != nil {
		t.Fatal(err)
	}
	var ws []string
	for _, w := range warns {
		ws = append(ws, w.String())
	}
	want := []string{
		"dir/bin.dat: binary file (NUL byte at offset 0); skipped",
		"dir/gone.txt: unreadable (broken symbolic link (to nowhere.txt)); skipped",
		"fifo: empty file; nothing to check against",
		"sock: unreadable (not a regular file (socket)); skipped",
	}
	if d := cmp.Diff(want, ws); d != "" {
		t.Errorf("SkipUnreadable warnings (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"dir/bin.dat"}, corpus.Skipped); d != "" {
		t.Errorf("Skipped holds the binary file only (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"dir/gone.txt", "sock"}, corpus.Unreadable); d != "" {
		t.Errorf("Unreadable holds the lost files (-want +got):\n%s", d)
	}

	// An empty directory is no error here, but says so.
	corpus, warns, err = Load(context.Background(), []string{"empty"}, nil, LoadOptions{})
	if err != nil || len(corpus.Sources) != 0 || len(warns) != 1 || warns[0].String() != "empty: directory holds no source files" {
		t.Errorf("empty directory: %v, %v, %v; want no sources and one warning", corpus, warns, err)
	}
}

func TestLoadStdin(t *testing.T) {
	cases := []struct {
		name, in string
		format   Format
		text     string
		reason   string
	}{
		{"text", "Hello there.", PlainText, "Hello there.", "stdin is plain text by default"},
		{"html", "<!DOCTYPE html><p>Hi &amp; bye</p>", HTML, "Hi & bye", "stdin starting with an HTML tag is HTML"},
	}
	for _, c := range cases {
		corpus, _, err := Load(context.Background(), []string{"-", "-"}, strings.NewReader(c.in), LoadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(corpus.Sources) != 1 {
			t.Fatalf("%s: %d sources, want 1 (stdin named twice is read once)", c.name, len(corpus.Sources))
		}
		s := corpus.Sources[0]
		if s.Name != StdinName || s.Format != c.format || s.Text != c.text {
			t.Errorf("%s: %q %v %q, want %q %v %q (%s)", c.name, s.Name, s.Format, s.Text, StdinName, c.format, c.text, c.reason)
		}
	}
}

func TestLoadCanceled(t *testing.T) {
	tree(t, map[string]string{"a.txt": "A."})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Load(ctx, []string{"a.txt"}, nil, LoadOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a canceled context: %v, want context.Canceled", err)
	}
}
