package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestBadCatalogue runs the catalogue of bad inputs (issue 8): every
// testdata/bad/NAME.txtar archive is one case, run through the whole CLI
// in-process, in a fresh temporary directory that is the working directory
// of the run, so that messages name files as a user types them.
//
// An archive holds:
//
//   - its comment (the text before the first file): what the case is and
//     why the expectation holds;
//   - args: the command line after "verity", one argument per line (an
//     empty line is an empty argument);
//   - exit: the exact exit code;
//   - stderr: the exact stderr, with the temporary directory written $WORK;
//     absent, stderr must be empty;
//   - stdout: the exact stdout, or stdout.contains: a text stdout must hold
//     (the file less its final newline). CSV rows end in CRLF (RFC 4180,
//     checked by TestGolden); here stdout is compared with every CRLF read
//     as LF, so that archives stay plain text. With neither, stdout must be
//     empty, and a case that exits 0 or 1 must say what it prints;
//   - stdin: fed to stdin (absent: stdin is empty);
//   - symlinks: symbolic links to make, one "LINK -> TARGET" a line, LINK
//     relative to the run's directory and TARGET written into the link as
//     is (loops and broken links);
//   - any other file: written under the run's directory. A name ending in
//     "/" makes an empty directory. A name ending in ".quoted" holds bytes
//     that cannot live in a text file (NUL, invalid UTF-8, Latin-1, a BOM,
//     UTF-16, trailing white space an editor would strip): its content is
//     written with the escapes of a Go string literal (caf\xe9, \x00,
//     \ufeff, \t, \n, \\; quote marks need none), its line breaks are
//     ignored (write \n), and it is written decoded, under its name less
//     ".quoted".
//
// What a committed file cannot express (named pipes, sockets, inputs of
// 100 MB, cancellation) is tested in robust_test.go.
func TestBadCatalogue(t *testing.T) {
	archives, err := filepath.Glob("../../testdata/bad/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(archives) < 40 {
		t.Errorf("testdata/bad holds %d cases, want at least 40 (issue 8)", len(archives))
	}
	for _, path := range archives {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			c, err := readCatalogueCase(ar)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			dir := t.TempDir()
			if err := c.write(dir); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			t.Chdir(dir)
			code, stdout, stderr := runCLIWith(t, context.Background(), c.stdin, c.args...)
			why := strings.TrimSpace(string(ar.Comment))
			work := func(s string) string { return strings.ReplaceAll(s, dir, "$WORK") }
			stdout, stderr = strings.ReplaceAll(work(stdout), "\r\n", "\n"), work(stderr)
			if code != c.exit {
				t.Errorf("exit %d, want %d\n%s", code, c.exit, why)
			}
			if stderr != c.stderr {
				t.Errorf("stderr:\n got %q\nwant %q\n%s", stderr, c.stderr, why)
			}
			switch {
			case c.stdout != nil && stdout != *c.stdout:
				t.Errorf("stdout:\n got %q\nwant %q\n%s", stdout, *c.stdout, why)
			case c.contains != nil && !strings.Contains(stdout, *c.contains):
				t.Errorf("stdout lacks %q\n%s\ngot:\n%s", *c.contains, why, stdout)
			case c.stdout == nil && c.contains == nil && stdout != "":
				t.Errorf("stdout should be empty\n%s\ngot:\n%s", why, stdout)
			}
			noStackTrace(t, stdout+stderr)
		})
	}
}

// catalogueCase is one archive of testdata/bad, read.
type catalogueCase struct {
	args     []string
	exit     int
	stdin    string
	stderr   string
	stdout   *string // nil: not given
	contains *string // nil: not given
	files    map[string][]byte
	dirs     []string
	links    [][2]string // link, target
}

// readCatalogueCase reads the case an archive holds and checks that it is
// whole.
func readCatalogueCase(ar *txtar.Archive) (*catalogueCase, error) {
	if len(bytes.TrimSpace(ar.Comment)) == 0 {
		return nil, fmt.Errorf("no comment saying what the case is and why")
	}
	c := &catalogueCase{exit: -1, files: map[string][]byte{}}
	seen := map[string]bool{}
	for _, f := range ar.Files {
		if seen[f.Name] {
			return nil, fmt.Errorf("file %s given twice", f.Name)
		}
		seen[f.Name] = true
		data := string(f.Data)
		switch name := f.Name; {
		case name == "args":
			c.args = strings.Split(strings.TrimSuffix(data, "\n"), "\n")
		case name == "exit":
			n, err := strconv.Atoi(strings.TrimSpace(data))
			if err != nil || !slices.Contains([]int{exitOK, exitFailed, exitInvalid}, n) {
				return nil, fmt.Errorf("exit: %q is not 0, 1 or 2", data)
			}
			c.exit = n
		case name == "stdin":
			c.stdin = data
		case name == "stderr":
			c.stderr = data
		case name == "stdout":
			c.stdout = &data
		case name == "stdout.contains":
			s := strings.TrimSuffix(data, "\n")
			c.contains = &s
		case name == "symlinks":
			for l := range strings.Lines(data) {
				link, target, ok := strings.Cut(strings.TrimSpace(l), " -> ")
				if !ok {
					return nil, fmt.Errorf("symlinks: %q is not LINK -> TARGET", l)
				}
				c.links = append(c.links, [2]string{link, target})
			}
		case strings.HasSuffix(name, "/"):
			c.dirs = append(c.dirs, name)
		case strings.HasSuffix(name, ".quoted"):
			b, err := unquoteBody(strings.ReplaceAll(data, "\n", ""))
			if err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			c.files[strings.TrimSuffix(name, ".quoted")] = b
		default:
			c.files[name] = f.Data
		}
	}
	switch {
	case c.args == nil:
		return nil, fmt.Errorf("no args file")
	case c.exit < 0:
		return nil, fmt.Errorf("no exit file")
	case c.stdout != nil && c.contains != nil:
		return nil, fmt.Errorf("both stdout and stdout.contains")
	case c.exit != exitInvalid && c.stdout == nil && c.contains == nil:
		return nil, fmt.Errorf("exit %d with neither stdout nor stdout.contains: say what the run prints", c.exit)
	}
	return c, nil
}

// write makes the case's files, directories and links under dir.
func (c *catalogueCase) write(dir string) error {
	for _, d := range c.dirs {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	for name, data := range c.files {
		full := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, data, 0o644); err != nil {
			return err
		}
	}
	for _, l := range c.links {
		full := filepath.Join(dir, l[0])
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.Symlink(l[1], full); err != nil {
			return err
		}
	}
	return nil
}

// unquoteBody decodes the escapes of a Go string literal in s, as
// strconv.Unquote does, but lets quote marks stand for themselves: \xe9 is
// the byte 0xe9, é is its UTF-8 encoding.
func unquoteBody(s string) ([]byte, error) {
	var b []byte
	for s != "" {
		r, multibyte, tail, err := strconv.UnquoteChar(s, 0)
		if err != nil {
			return nil, fmt.Errorf("bad escape at %q", s[:min(len(s), 6)])
		}
		if multibyte {
			b = utf8.AppendRune(b, r)
		} else {
			b = append(b, byte(r))
		}
		s = tail
	}
	return b, nil
}
