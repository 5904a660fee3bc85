package source

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRelease releases sources read from files and reads them again: each
// comes back as Load read it, in every format; a file changed since, even
// by a byte of the same length, or removed, is an error naming it. Sources
// not read from a regular file are never released.
func TestRelease(t *testing.T) {
	tree(t, map[string]string{
		"a.txt":  "\ufeffMinister Jo Bloggs said: \"We will build 40 homes.\"\n\nSecond paragraph, caf\xe9.\n",
		"b.md":   "# Title\n\n> \"Quoted,\" she said.\n\n- item one\n- item two\n",
		"d.txt":  "Harbour reopens\n\nBy Jo Smith\n\nThe harbour reopened on Monday. \"It is a good day,\" the mayor said.\nShips queued\nfor hours.\n\nRelated: other news\n",
		"c.html": "<html><body><nav>Home</nav><p>He said &ldquo;yes&rdquo; <q>twice</q>.</p></body></html>",
	})
	load := func() []*Source {
		c, _, err := Load(context.Background(), []string{"a.txt", "b.md", "c.html", "d.txt", "-"}, strings.NewReader("From stdin."), LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return c.Sources
	}
	want, srcs := load(), load()
	opts := cmp.Options{cmp.AllowUnexported(Source{}, piece{}), cmp.FilterPath(func(p cmp.Path) bool {
		f := p.Last().String()
		return f == ".pos" || f == ".disk" || f == ".released"
	}, cmp.Ignore())}
	for i, s := range srcs {
		stdin := s.Name == StdinName
		if s.OnDisk() == stdin || s.Release() == stdin || s.Released() == stdin {
			t.Fatalf("%s: on disk %v, released %v", s.Name, s.OnDisk(), s.Released())
		}
		if s.Size() != len(want[i].Raw) {
			t.Errorf("%s: size %d, want %d", s.Name, s.Size(), len(want[i].Raw))
		}
		if stdin {
			continue
		}
		if s.Raw != nil || s.Text != "" || s.Blocks != nil || s.Sentences != nil || s.Name != want[i].Name || len(s.Warnings) != len(want[i].Warnings) {
			t.Errorf("%s: released but still holds %d bytes, %d blocks", s.Name, len(s.Raw), len(s.Blocks))
		}
		r, err := s.Reload()
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want[i], r, opts); d != "" {
			t.Errorf("%s read again (-want +got):\n%s", s.Name, d)
		}
		if r.Pos(r.RawOffset(len(r.Text)-1)) != want[i].Pos(want[i].RawOffset(len(want[i].Text)-1)) {
			t.Errorf("%s: positions differ once read again", s.Name)
		}
	}
	if Parsed, _ := Parse("p.txt", []byte("x")); Parsed.OnDisk() || Parsed.Release() {
		t.Error("a source parsed from memory was released")
	}

	byName, wantRaw := map[string]*Source{}, map[string][]byte{}
	for i, s := range srcs {
		byName[s.Name], wantRaw[s.Name] = s, want[i].Raw
	}
	changed := strings.Replace(string(wantRaw["a.txt"]), "40", "50", 1) // the same length
	if changed == string(wantRaw["a.txt"]) {
		t.Fatal("a.txt unchanged")
	}
	if err := os.WriteFile("a.txt", []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := byName["a.txt"].Reload(); !errors.Is(err, ErrChanged) || !strings.HasPrefix(err.Error(), "a.txt: changed while verity was reading it") {
		t.Errorf("a.txt changed: %v", err)
	}
	if err := os.Remove("b.md"); err != nil {
		t.Fatal(err)
	}
	if _, err := byName["b.md"].Reload(); !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "b.md: ") {
		t.Errorf("b.md removed: %v", err)
	}
}

// FuzzRelease writes any bytes to a file, loads it as plain text, HTML or
// Markdown, releases it and reads it again: the source must come back as
// Load read it, blocks and sentences included.
func FuzzRelease(f *testing.F) {
	for name, raw := range fixtures(f) {
		f.Add(raw, uint8(FormatOf(name)))
	}
	f.Add([]byte("Title\n\nBy Jo\n\n\"Yes,\" she said. Then no.\n- a\n- b\n"), uint8(PlainText))
	dir := f.TempDir()
	exts := map[Format]string{PlainText: ".txt", HTML: ".html", Markdown: ".md"}
	f.Fuzz(func(t *testing.T, raw []byte, format uint8) {
		ext, ok := exts[Format(format)]
		if !ok {
			ext = ".txt"
		}
		path := dir + "/f" + ext
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		c, _, err := Load(context.Background(), []string{path}, nil, LoadOptions{})
		if err != nil || len(c.Sources) != 1 {
			return // binary
		}
		s := c.Sources[0]
		want := struct {
			raw       []byte
			text      string
			blocks    []Block
			sentences []Sentence
			pieces    []piece
			base      int
		}{s.Raw, s.Text, s.Blocks, s.Sentences, s.pieces, s.base}
		if !s.Release() {
			t.Fatal("a file read by Load was not released")
		}
		got, err := s.Reload()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Blocks, want.blocks) || !reflect.DeepEqual(got.Sentences, want.sentences) ||
			got.Text != want.text || !bytes.Equal(got.Raw, want.raw) || !reflect.DeepEqual(got.pieces, want.pieces) || got.base != want.base {
			t.Fatalf("read again, the source differs:\n got %+v\nwant %+v", got, want)
		}
	})
}
