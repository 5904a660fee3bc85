package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The catalogue of bad inputs (issue 8): each is run through the whole CLI
// in-process, with its exact exit code and its exact stderr. Files live in a
// fresh temporary directory, the working directory of the run, so messages
// name them as a user types them.
//
// Unreadable files: the tests run as root, who reads any file whatever its
// mode, so "unreadable" is simulated with what root cannot read either: a
// named pipe (FIFO) named as a source (reading it would block: refused as
// "not a regular file"), and a broken symbolic link under a directory (the
// file it names is lost). A directory where a claims file is expected is
// the unreadable claims file.

// claimsCafe is the claims file most cases check: one claim whose words are
// in latin1.txt once decoded.
const claimsCafe = `{"claims": [{"id": "cafe", "text": "café prices rose"}]}`

const cafeText = "The minister said the budget was huge and café prices rose.\n"

type badCase struct {
	name   string
	files  map[string]string              // written under the run's directory
	setup  func(t *testing.T, dir string) // fifos, links, special files
	args   []string
	stdin  string
	code   int
	stdout []string // substrings of stdout; none: stdout must be empty
	stderr string   // the exact stderr
	reason string
}

func badCases() []badCase {
	withCafe := func(extra map[string]string) map[string]string {
		m := map[string]string{"c.json": claimsCafe, "good.txt": cafeText}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	fifo := func(name string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
				t.Skipf("no named pipes: %v", err)
			}
		}
	}
	socket := func(name string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			ln, err := net.Listen("unix", filepath.Join(dir, name))
			if err != nil {
				t.Skipf("no Unix sockets: %v", err)
			}
			t.Cleanup(func() { ln.Close() })
		}
	}
	link := func(target, name string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
				t.Fatal(err)
			}
		}
	}
	mkdir := func(name string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	supported := []string{"cafe,supported,exact,"}
	usage := "Run 'verity check --help' for usage.\n"
	cases := []badCase{
		// Encodings.
		{name: "latin-1 source", files: map[string]string{"c.json": claimsCafe, "latin1.txt": "The minister said the budget was huge and caf\xe9 prices rose.\n"},
			args: []string{"check", "c.json", "--sources", "latin1.txt", "--format", "csv"}, code: 0,
			stdout: []string{"cafe,supported,exact,,1,latin1.txt,1,1,The minister said the budget was huge and café prices rose.,"},
			stderr: "verity: warning: latin1.txt: 1 byte(s) not valid UTF-8, read as Windows-1252 (Latin-1)\n",
			reason: "Latin-1 bytes are decoded as Windows-1252 with a warning, and the claim about the decoded text is found"},
		{name: "invalid UTF-8 in UTF-8 text", files: map[string]string{"c.json": claimsCafe, "mixed.txt": "The budget was \x80huge\xc3 and café prices rose.\n"},
			args: []string{"check", "c.json", "--sources", "mixed.txt", "--format", "csv"}, code: 0,
			stdout: []string{"cafe,supported,exact,,1,mixed.txt,1,1,The budget was €hugeÃ and café prices rose.,"},
			stderr: "verity: warning: mixed.txt: 2 byte(s) not valid UTF-8, read as Windows-1252 (Latin-1)\n",
			reason: "stray invalid bytes are decoded and counted, valid UTF-8 around them is kept as is"},
		{name: "UTF-8 BOM", files: map[string]string{"c.json": claimsCafe, "bom.txt": "\ufeff" + cafeText},
			args: []string{"check", "c.json", "--sources", "bom.txt", "--format", "csv"}, code: 0,
			stdout: []string{"cafe,supported,exact,,1,bom.txt,1,1,"},
			reason: "a UTF-8 BOM is dropped silently (SPEC §1) and takes no column"},
		{name: "UTF-16LE with BOM among sources", files: withCafe(map[string]string{"utf16.txt": "\xff\xfeh\x00i\x00"}),
			args: []string{"check", "c.json", "--sources", "good.txt", "--sources", "utf16.txt", "--format", "csv"}, code: 0,
			stdout: supported,
			stderr: "verity: warning: utf16.txt: UTF-16 text; convert to UTF-8; skipped\n",
			reason: "UTF-16 is refused with advice, the other sources are checked, and the report is complete (no INCOMPLETE row)"},
		{name: "UTF-16BE alone", files: map[string]string{"c.json": claimsCafe, "utf16.txt": "\xfe\xff\x00h\x00i"},
			args: []string{"check", "c.json", "--sources", "utf16.txt"}, code: 2,
			stderr: "verity: warning: utf16.txt: UTF-16 text; convert to UTF-8; skipped\nverity: no readable source among the --sources given\n",
			reason: "with no source left, nothing can be checked: exit 2"},
		{name: "NUL bytes", files: withCafe(map[string]string{"nul.txt": "text\x00more text"}),
			args: []string{"check", "c.json", "--sources", "nul.txt", "--sources", "good.txt", "--format", "csv"}, code: 0,
			stdout: supported,
			stderr: "verity: warning: nul.txt: binary file (NUL byte at offset 4); skipped\n",
			reason: "a NUL byte marks a binary file, skipped with a warning naming the offset"},
		{name: "binary among a directory", files: map[string]string{"c.json": claimsCafe, "docs/a.txt": cafeText, "docs/logo.png": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			args: []string{"check", "c.json", "--sources", "docs", "--format", "csv"}, code: 0,
			stdout: supported,
			stderr: "verity: warning: docs/logo.png: binary file (NUL byte at offset 8); skipped\n",
			reason: "a binary file is not a source (SPEC §1): skipped with a warning, the rest checked, the report complete"},
		{name: "control bytes", files: withCafe(map[string]string{"ctl.txt": strings.Repeat("\x01\x02 ", 20)}),
			args: []string{"check", "c.json", "--sources", "ctl.txt", "--sources", "good.txt", "--format", "csv"}, code: 0,
			stdout: supported,
			stderr: "verity: warning: ctl.txt: binary file (control byte 0x01 at offset 0); skipped\n",
			reason: "many control bytes without a NUL also mark a binary file"},

		// Empty and textless sources.
		{name: "empty file", files: map[string]string{"c.json": claimsCafe, "empty.txt": ""},
			args: []string{"check", "c.json", "--sources", "empty.txt", "--format", "csv"}, code: 1,
			stdout: []string{"cafe,missing,no-evidence,"},
			stderr: "verity: warning: empty.txt: empty file; nothing to check against\n",
			reason: "an empty source is read, said to be empty, and supports nothing"},
		{name: "blank file", files: map[string]string{"c.json": claimsCafe, "blank.md": "\n\n   \n\t\n"},
			args: []string{"check", "c.json", "--sources", "blank.md", "--format", "csv"}, code: 1,
			stdout: []string{"cafe,missing,no-evidence,"},
			stderr: "verity: warning: blank.md: empty file; nothing to check against\n",
			reason: "white space only is empty too"},
		{name: "markdown all code", files: map[string]string{"c.json": `{"claims":[{"id":"code","text":"café prices rose"}]}`, "code.md": "```\nThe minister said café prices rose.\n" + strings.Repeat("x := 1\n", 50) + "```\n"},
			args: []string{"check", "c.json", "--sources", "code.md", "--format", "csv"}, code: 1,
			stdout: []string{"code,missing,no-evidence,"},
			stderr: "verity: warning: code.md: no text outside markup, code and boilerplate; nothing to check against\n",
			reason: "code is not prose: a Markdown file that is one code block has no text, and says so"},
		{name: "html all script", files: map[string]string{"c.json": claimsCafe, "s.html": "<html><head><script>var s = 'café prices rose';</script><style>p{}</style></head><body><nav>Home</nav></body></html>"},
			args: []string{"check", "c.json", "--sources", "s.html", "--format", "csv"}, code: 1,
			stdout: []string{"cafe,missing,no-evidence,"},
			stderr: "verity: warning: s.html: no text outside markup, code and boilerplate; nothing to check against\n",
			reason: "scripts, styles and navigation are not text"},
		{name: "html scripts and unclosed tags", files: map[string]string{
			"c.json": `{"claims":[{"id":"body","text":"the bridge will cost £24 million"},{"id":"script","text":"café prices rose"}]}`,
			"s.html": "<html><body><script>document.write('café prices rose')</script><p>The council said the bridge will cost <b>£24 million<p>Unclosed <div>tags <i>everywhere"},
			args: []string{"check", "c.json", "--sources", "s.html", "--format", "csv"}, code: 1,
			stdout: []string{"body,supported,", "script,missing,no-evidence,"},
			reason: "text in unclosed tags is read; text in a script never is"},
		{name: "empty directory", setup: mkdir("emptydir"), files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--sources", "emptydir"}, code: 2,
			stderr: "verity: warning: emptydir: directory holds no source files\nverity: no readable source among the --sources given\n",
			reason: "a directory with nothing to read says so, and a run with no source exits 2"},
		{name: "symlink loop", files: withCafe(map[string]string{"d/a.txt": cafeText}), setup: link(".", "d/self"),
			args: []string{"check", "c.json", "--sources", "d", "--format", "csv"}, code: 0,
			stdout: []string{"cafe,supported,exact,,1,d/a.txt,"},
			stderr: "verity: warning: d/self: symbolic link loop; skipped\n",
			reason: "a link to a directory being walked is reported as a loop, the rest read"},

		// Unreadable sources.
		{name: "fifo without writer", files: map[string]string{"c.json": claimsCafe}, setup: fifo("pipe.txt"),
			args: []string{"check", "c.json", "--sources", "pipe.txt", "--format", "csv"}, code: 1,
			stdout: []string{"cafe,missing,no-evidence,"},
			stderr: "verity: warning: pipe.txt: empty file; nothing to check against\n",
			reason: "a named pipe is read without waiting for a writer (process substitution works); with none it is empty, never a hang"},
		{name: "socket", files: map[string]string{"c.json": claimsCafe}, setup: socket("sock"),
			args: []string{"check", "c.json", "--sources", "sock"}, code: 2,
			stderr: "verity: sock: not a regular file (socket)\n",
			reason: "a socket is no document: refused, exit 2"},
		{name: "device", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--sources", "/dev/zero"}, code: 2,
			stderr: "verity: /dev/zero: not a regular file (device)\n",
			reason: "a device would be read for ever: refused"},
		{name: "socket skipped", files: withCafe(nil), setup: socket("sock"),
			args: []string{"check", "c.json", "--sources", "sock", "--sources", "good.txt", "--skip-unreadable"}, code: 0,
			stdout: []string{"cafe  supported", "INCOMPLETE: 1 source could not be read: sock"},
			stderr: "verity: warning: sock: unreadable (not a regular file (socket)); skipped\n",
			reason: "--skip-unreadable warns, checks the rest and marks the report incomplete"},
		{name: "dangling symlink", files: map[string]string{"c.json": claimsCafe}, setup: link("nowhere.txt", "gone.txt"),
			args: []string{"check", "c.json", "--sources", "gone.txt"}, code: 2,
			stderr: "verity: gone.txt: broken symbolic link (to nowhere.txt)\n",
			reason: "a broken link names its target"},
		{name: "dangling symlink in a directory", files: withCafe(map[string]string{"d/a.txt": cafeText}), setup: link("nowhere.txt", "d/gone.txt"),
			args: []string{"check", "c.json", "--sources", "d"}, code: 2,
			stderr: "verity: d/gone.txt: broken symbolic link (to nowhere.txt)\n",
			reason: "a file lost under a directory is an unreadable source: exit 2, not a warning"},
		{name: "missing source", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--sources", "nope.txt"}, code: 2,
			stderr: "verity: nope.txt: no such file or directory\n",
			reason: "one line naming the path, no Go 'stat'"},
		{name: "two missing sources", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--sources", "nope1.txt", "--sources", "no/such/dir"}, code: 2,
			stderr: "verity: nope1.txt: no such file or directory\nverity: no/such/dir: no such file or directory\n",
			reason: "every bad path is reported, one line each"},
		{name: "empty source path", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--sources", ""}, code: 2,
			stderr: "verity: \"\": an empty path names no source\n",
			reason: "an empty --sources value (an unset shell variable) is named"},
		{name: "glob matching nothing", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--sources", "*.html"}, code: 2,
			stderr: "verity: no file matches \"*.html\"\n",
			reason: "a glob that matches nothing is an error, not an empty corpus"},
		{name: "quotes of a socket", setup: socket("sock"),
			args: []string{"quotes", "--sources", "sock"}, code: 2,
			stderr: "verity: sock: not a regular file (socket)\n",
			reason: "verity quotes loads sources the same way"},
		{name: "empty stdin source", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--sources", "-", "--format", "csv"}, code: 1,
			stdout: []string{"cafe,missing,no-evidence,"},
			stderr: "verity: warning: <stdin>: empty file; nothing to check against\n",
			reason: "an empty stdin is an empty source, and says so"},

		// stdin named twice.
		{name: "stdin as claims and source", files: map[string]string{},
			args: []string{"check", "-", "--sources", "-"}, stdin: claimsCafe, code: 2,
			stderr: "verity: - (stdin) named twice: as a claims file and as a source (--sources -); stdin can be read once\nRun 'verity --help' for usage.\n",
			reason: "stdin cannot be both: a usage error, not an empty source"},
		{name: "stdin as two claims files",
			args: []string{"check", "-", "-"}, stdin: claimsCafe, code: 2,
			stderr: "verity: - (stdin) named 2 times as a claims file; stdin can be read once\nRun 'verity --help' for usage.\n",
			reason: "the second read would see an empty file"},

		// Claims files.
		{name: "claims syntax error", files: map[string]string{"c.json": "{\"claims\": [\n  {\"id\": \"a\", \"text\": \"b\",}\n]}"},
			args: []string{"check", "c.json"}, code: 2,
			stderr: "c.json:2:26: invalid JSON: trailing comma before '}'\n",
			reason: "a JSON syntax error is positioned"},
		{name: "claims unknown field", files: map[string]string{"c.json": `{"claims":[{"id":"a","text":"b","speeker":"x"}]}`},
			args: []string{"check", "c.json"}, code: 2,
			stderr: "c.json:1:33: /claims/0/speeker: unknown field \"speeker\" (did you mean \"speaker\"?)\n",
			reason: "a typo must not pass silently"},
		{name: "claims wrong type and duplicate id", files: map[string]string{"c.json": "{\"claims\":[\n{\"id\":\"a\",\"text\":\"b\",\"verbatim\":\"yes\"},\n{\"id\":\"a\",\"text\":\"c\"}]}"},
			args: []string{"check", "c.json"}, code: 2,
			stderr: "c.json:2:33: /claims/0/verbatim: expected boolean, got string\nc.json:3:7: /claims/1/id: duplicate id \"a\" (first at line 2)\n",
			reason: "every error at once, sorted by position"},
		{name: "claims empty file", files: map[string]string{"c.json": ""},
			args: []string{"check", "c.json"}, code: 2,
			stderr: "c.json:1:1: empty file: expected a JSON object {\"claims\": [...]}\n",
			reason: "an empty claims file says what was expected"},
		{name: "claims binary", files: map[string]string{"c.json": "\x89PNG\r\n\x1a\n\x00\x00"},
			args: []string{"check", "c.json"}, code: 2,
			stderr: "c.json:1:1: invalid UTF-8 byte 0x89; save the file as UTF-8\n",
			reason: "a binary claims file is refused at its first bad byte"},
		{name: "claims latin-1", files: map[string]string{"c.json": "{\"claims\":[{\"id\":\"a\",\"text\":\"caf\xe9\"}]}"},
			args: []string{"check", "c.json"}, code: 2,
			stderr: "c.json:1:33: invalid UTF-8 byte 0xe9; save the file as UTF-8\n",
			reason: "claims are not guessed at: the file must be UTF-8"},
		{name: "claims missing", args: []string{"check", "nope.json"}, code: 2,
			stderr: "nope.json: cannot read: no such file or directory\n",
			reason: "a missing claims file is named"},
		{name: "claims is a directory", setup: mkdir("claims.json"), args: []string{"check", "claims.json"}, code: 2,
			stderr: "claims.json: cannot read: is a directory\n",
			reason: "a directory where a claims file is expected is unreadable"},
		{name: "claims is a fifo", setup: fifo("claims.json"), args: []string{"validate", "claims.json"}, code: 2,
			stderr: "claims.json:1:1: empty file: expected a JSON object {\"claims\": [...]}\n",
			reason: "a pipe nobody writes to reads as empty, never blocks"},
		{name: "claims is a device", args: []string{"validate", "/dev/zero"}, code: 2,
			stderr: "/dev/zero: cannot read: not a regular file (device)\n",
			reason: "a device is refused, not read up to the size limit"},
		{name: "no claims file", args: []string{"check", "--sources", "x"}, code: 2,
			stderr: "verity check: no claims file given\n" + usage,
			reason: "usage error with a hint"},

		// Flags.
		{name: "unknown format", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--format", "yaml"}, code: 2,
			stderr: "verity check: unknown format \"yaml\" (want table, json, markdown, csv, sarif, github, junit, rdjsonl)\n" + usage,
			reason: "an unknown format is a usage error listing the formats"},
		{name: "bad fail-on", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--fail-on", "often"}, code: 2,
			stderr: "verity check: --fail-on: unknown value \"often\" (want contradicted, missing, any or none)\n" + usage,
			reason: "an unknown threshold is a usage error"},
		{name: "unknown flag", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--frobnicate"}, code: 2,
			stderr: "verity check: -frobnicate\n" + usage,
			reason: "an unknown flag is named"},
		{name: "flag without value", files: map[string]string{"c.json": claimsCafe},
			args: []string{"check", "c.json", "--format"}, code: 2,
			stderr: "verity check: flag needs an argument: -format\n" + usage,
			reason: "a flag at the end without its value"},
		{name: "format given twice", files: withCafe(nil),
			args: []string{"check", "c.json", "--sources", "good.txt", "--format", "json", "--format", "csv"}, code: 0,
			stdout: []string{"id,verdict,reason,"},
			reason: "the last value of a repeated flag wins, as with most CLIs"},
		{name: "output to a missing directory", files: withCafe(nil),
			args: []string{"check", "c.json", "--sources", "good.txt", "--output", "/nonexistent/dir/x.json", "--format", "json"}, code: 2,
			stderr: "verity: writing report /nonexistent/dir/x.json: no such file or directory\n",
			reason: "the path is named, stdout stays empty, exit 2 even though every claim is supported"},
		{name: "output to a directory", files: withCafe(nil), setup: mkdir("out"),
			args: []string{"check", "c.json", "--sources", "good.txt", "--output", "out"}, code: 2,
			stderr: "verity: writing report out: is a directory\n",
			reason: "a directory cannot be replaced by a report"},
		{name: "quotes with an argument", args: []string{"quotes", "a.txt"}, code: 2,
			stderr: "verity quotes: unexpected argument \"a.txt\" (name sources with --sources)\nRun 'verity quotes --help' for usage.\n",
			reason: "sources are named with --sources"},
	}
	// An incomplete report says so in every format.
	for _, f := range []struct{ format, want string }{
		{"table", "INCOMPLETE: 1 source could not be read: d/gone.txt"},
		{"json", `"incomplete": true,` + "\n" + `  "skipped": [` + "\n" + `    "d/gone.txt"`},
		{"markdown", `**INCOMPLETE: 1 source could not be read: d/gone.txt**`},
		{"csv", ",incomplete,,,,,,,,INCOMPLETE: 1 source could not be read: d/gone.txt,\r\n"},
		{"sarif", `"level": "warning",` + "\n" + `              "message": {` + "\n" + `                "text": "source could not be read: d/gone.txt"`},
		{"github", "::warning title=verity::INCOMPLETE: 1 source could not be read: d/gone.txt\n"},
		{"junit", `<property name="incomplete" value="true"></property>`},
		{"rdjsonl", `{"message":"INCOMPLETE: 1 source could not be read: d/gone.txt","severity":"WARNING","source":{"name":"verity","url":"https://github.com/verity-news/verity"},"code":{"value":"incomplete"}}`},
	} {
		cases = append(cases, badCase{name: "incomplete " + f.format,
			files: withCafe(map[string]string{"d/a.txt": cafeText}), setup: link("nowhere.txt", "d/gone.txt"),
			args: []string{"check", "c.json", "--sources", "d", "--skip-unreadable", "--format", f.format}, code: 0,
			stdout: []string{f.want},
			stderr: "verity: warning: d/gone.txt: unreadable (broken symbolic link (to nowhere.txt)); skipped\n",
			reason: "a report missing a source says so in every format"})
	}
	return cases
}

func TestBadInputs(t *testing.T) {
	for _, c := range badCases() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for p, content := range c.files {
				full := filepath.Join(dir, p)
				if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if c.setup != nil {
				c.setup(t, dir)
			}
			t.Chdir(dir)
			code, stdout, stderr := runCLIWith(t, context.Background(), c.stdin, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (%s)\nstderr: %s", code, c.code, c.reason, stderr)
			}
			if stderr != c.stderr {
				t.Errorf("stderr (%s):\n got %q\nwant %q", c.reason, stderr, c.stderr)
			}
			if len(c.stdout) == 0 && stdout != "" {
				t.Errorf("stdout should be empty (%s), got:\n%s", c.reason, stdout)
			}
			for _, want := range c.stdout {
				if !strings.Contains(stdout, want) {
					t.Errorf("stdout lacks %q (%s), got:\n%s", want, c.reason, stdout)
				}
			}
			noStackTrace(t, stdout+stderr)
		})
	}
	if n := len(badCases()); n < 40 {
		t.Errorf("the catalogue holds %d bad inputs, want at least 40", n)
	}
}

// runCLIWith is runCLI with a context.
func runCLIWith(t *testing.T, ctx context.Context, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, append([]string{"verity"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func noStackTrace(t *testing.T, s string) {
	t.Helper()
	if strings.Contains(s, "goroutine ") || strings.Contains(s, "panic:") || strings.Contains(s, ".go:") {
		t.Errorf("output holds a Go stack trace or source position:\n%s", s)
	}
}

// TestInterrupted cancels runs (Ctrl-C) at several points: each exits
// non-zero, says it was interrupted, and writes no report, not even part
// of one.
func TestInterrupted(t *testing.T) {
	dir := t.TempDir()
	var claims strings.Builder
	claims.WriteString(`{"claims":[`)
	for i := range 2000 {
		if i > 0 {
			claims.WriteString(",")
		}
		fmt.Fprintf(&claims, `{"id":"c%d","text":"the bridge will cost £%d million","speaker":"Ben Wallace"}`, i, i)
	}
	claims.WriteString(`]}`)
	cf := filepath.Join(dir, "c.json")
	if err := os.WriteFile(cf, []byte(claims.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, after := range []time.Duration{0, time.Millisecond, 20 * time.Millisecond, 100 * time.Millisecond} {
		t.Run(after.String(), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			if after == 0 {
				cancel()
			} else {
				time.AfterFunc(after, cancel)
			}
			defer cancel()
			code, stdout, stderr := runCLIWith(t, ctx, "", "check", cf, "--format", "json", "--fail-on", "none")
			if ctx.Err() == nil {
				t.Skipf("the run finished before the cancel (exit %d)", code)
			}
			if code == 0 && stdout != "" {
				// Cancelled after the report was written: a whole report.
				if !json.Valid([]byte(stdout)) {
					t.Errorf("a report written before the cancel must be whole JSON:\n%s", stdout)
				}
				return
			}
			if code != exitInterrupted || stdout != "" || stderr != "verity: interrupted; no report written\n" {
				t.Errorf("exit %d, stdout %d bytes, stderr %q; want exit %d, no stdout, 'interrupted'", code, len(stdout), stderr, exitInterrupted)
			}
		})
	}
}

// TestBigInputs runs generated inputs too big to commit: a claims file of
// 100 000 claims, 10 000 sources named on the command line, and a 100 MB
// source on one line.
func TestBigInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs: skipped under -short")
	}
	t.Run("100000 claims", func(t *testing.T) {
		dir := t.TempDir()
		var b strings.Builder
		b.WriteString(`{"claims":[`)
		for i := range 100_000 {
			if i > 0 {
				b.WriteString(",\n")
			}
			fmt.Fprintf(&b, `{"id":"c%d","text":"café prices rose %d"}`, i, i%7)
		}
		b.WriteString("]}")
		cf := filepath.Join(dir, "c.json")
		src := filepath.Join(dir, "s.txt")
		os.WriteFile(cf, []byte(b.String()), 0o644)
		os.WriteFile(src, []byte(cafeText), 0o644)
		start := time.Now()
		code, stdout, stderr := runCLIWith(t, context.Background(), "", "check", cf, "--sources", src, "--format", "csv", "--fail-on", "none")
		el := time.Since(start)
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d, stderr %q", code, stderr)
		}
		if n := strings.Count(stdout, "\r\n"); n != 100_001 {
			t.Errorf("%d CSV lines, want 100001", n)
		}
		t.Logf("100000 claims checked in %v", el)
		if el > 2*time.Minute {
			t.Errorf("100000 claims took %v: absurdly slow", el)
		}
	})
	t.Run("10000 sources", func(t *testing.T) {
		dir := t.TempDir()
		cf := filepath.Join(dir, "c.json")
		// Each source names its own harbour (a word made of the file's
		// number); the claim is about the last one.
		word := func(i int) string {
			w := []byte("harb")
			for ; i > 0 || len(w) < 8; i /= 10 {
				w = append(w, byte('a'+i%10))
			}
			return string(w)
		}
		os.WriteFile(cf, []byte(`{"claims":[{"id":"x","text":"the harbour at `+word(9999)+` reopened"}]}`), 0o644)
		args := []string{"check", cf, "--format", "csv"}
		for i := range 10_000 {
			p := filepath.Join(dir, fmt.Sprintf("s%05d.txt", i))
			os.WriteFile(p, []byte(fmt.Sprintf("The harbour at %s reopened on Monday.\n", word(i))), 0o644)
			args = append(args, "--sources", p)
		}
		start := time.Now()
		code, stdout, stderr := runCLIWith(t, context.Background(), "", args...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, "x,supported,") || !strings.Contains(stdout, "s09999.txt") {
			t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, stderr, stdout)
		}
		t.Logf("10000 sources in %v", time.Since(start))
	})
	t.Run("100 MB line", func(t *testing.T) {
		testHugeLine(t)
	})
}

// testHugeLine checks a 100 MB source that is one line, end to end, and
// measures the peak heap while it runs.
func testHugeLine(t *testing.T) {
	if os.Getenv("VERITY_HUGE") == "" {
		t.Skip("set VERITY_HUGE=1 to run the 100 MB single-line source through the CLI (a few minutes, several GB: see the commit log)")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "line.txt")
	const size = 100 << 20
	sentence := []byte("The council said the new bridge would cost 24 million pounds and open in May. ")
	f, err := os.Create(src)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < size; n += len(sentence) {
		f.Write(sentence[:min(len(sentence), size-n)])
	}
	f.Close()
	cf := filepath.Join(dir, "c.json")
	os.WriteFile(cf, []byte(`{"claims":[{"id":"bridge","text":"the bridge would cost 24 million pounds"}]}`), 0o644)

	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
			}
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
		}
	}()
	start := time.Now()
	code, stdout, stderr := runCLIWith(t, context.Background(), "", "check", cf, "--sources", src, "--format", "csv")
	close(done)
	if code != 0 || stderr != "" || !strings.Contains(stdout, "bridge,supported,") {
		t.Fatalf("exit %d, stderr %q, stdout:\n%s", code, stderr, stdout)
	}
	ratio := float64(peak.Load()-min(peak.Load(), base.HeapInuse)) / size
	t.Logf("100 MB line: %v, peak heap %d MB (%.1f× the file)", time.Since(start), peak.Load()>>20, ratio)
	if ratio > 10 {
		t.Errorf("peak heap %.1f× the file, want under 10×", ratio)
	}
}

// TestReportsWellFormed checks the CLI-produced reports of a run over
// hostile sources and claims: each format parses.
func TestReportsWellFormed(t *testing.T) {
	dir := t.TempDir()
	hostile := "Ben Wallace said: \"</script><![CDATA[ ]]> ::error::x %0A\r\n| a | b |\" =SUM(A1)\u202e\x1b[31m.\n"
	os.WriteFile(filepath.Join(dir, "h.txt"), []byte(hostile), 0o644)
	os.WriteFile(filepath.Join(dir, "c.json"), []byte(`{"claims":[{"id":"h","text":"</script><![CDATA[ ]]> ::error::x %0A | a | b |","speaker":"Ben Wallace","note":"=1+1\r\n::warning::y"},{"id":"m","text":"nothing like it"}]}`), 0o644)
	t.Chdir(dir)
	for _, f := range []string{"table", "json", "markdown", "csv", "sarif", "github", "junit", "rdjsonl"} {
		code, stdout, stderr := runCLIWith(t, context.Background(), "", "check", "c.json", "--sources", "h.txt", "--format", f, "--fail-on", "none")
		if code != 0 || stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", f, code, stderr)
		}
		checkWellFormed(t, f, stdout, 2)
	}
}

// checkWellFormed checks that out is a well-formed report in format f with
// n claims.
func checkWellFormed(t testing.TB, f, out string, n int) {
	t.Helper()
	switch f {
	case "json", "sarif":
		if !json.Valid([]byte(out)) {
			t.Errorf("%s: not JSON:\n%s", f, out)
		}
	case "rdjsonl":
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != n {
			t.Errorf("rdjsonl: %d lines for %d claims", len(lines), n)
		}
		for _, l := range lines {
			if !json.Valid([]byte(l)) {
				t.Errorf("rdjsonl: line not JSON: %q", l)
			}
		}
	case "junit":
		d := xml.NewDecoder(strings.NewReader(out))
		for {
			if _, err := d.Token(); err != nil {
				if err.Error() != "EOF" {
					t.Errorf("junit: %v\n%s", err, out)
				}
				break
			}
		}
	case "github":
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if l != "" && !strings.HasPrefix(l, "::") {
				t.Errorf("github: a line that is not a command: %q", l)
			}
		}
	case "csv":
		if strings.Count(out, "\r\n") < n+1 {
			t.Errorf("csv: fewer than %d rows", n+1)
		}
	case "markdown", "table":
		if strings.ContainsAny(out, "\x1b\r\u202e") {
			t.Errorf("%s: holds a control character: %q", f, out)
		}
	}
}
