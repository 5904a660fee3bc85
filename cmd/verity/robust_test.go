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

// Bad inputs that a committed file cannot express. The catalogue of bad
// inputs (issue 8) is testdata/bad, run by TestBadCatalogue; what is here
// needs a special file made at run time: a named pipe (FIFO) or a Unix
// socket. Each case runs through the whole CLI in-process, in a fresh
// temporary directory that is the working directory of the run, with its
// exact exit code and its exact stderr.
//
// The tests run as root, who reads any file whatever its mode, so
// "unreadable" cannot be a file mode: the catalogue uses broken symbolic
// links, devices and directories; here, sockets.

// claimsCafe is the claims file most cases check: one claim whose words are
// in cafeText.
const claimsCafe = `{"claims": [{"id": "cafe", "text": "café prices rose"}]}`

const cafeText = "The minister said the budget was huge and café prices rose.\n"

type specialCase struct {
	name   string
	files  map[string]string              // written under the run's directory
	setup  func(t *testing.T, dir string) // the fifo or socket
	args   []string
	code   int
	stdout []string // substrings of stdout; none: stdout must be empty
	stderr string   // the exact stderr
	reason string
}

func specialCases() []specialCase {
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
	return []specialCase{
		{name: "fifo without writer", files: map[string]string{"c.json": claimsCafe}, setup: fifo("pipe.txt"),
			args: []string{"check", "c.json", "--sources", "pipe.txt", "--format", "csv"}, code: 1,
			stdout: []string{"cafe,missing,no-evidence,"},
			stderr: "verity: warning: pipe.txt: empty file; nothing to check against\n",
			reason: "a named pipe is read without waiting for a writer (process substitution works); with none it is empty, never a hang"},
		{name: "socket", files: map[string]string{"c.json": claimsCafe}, setup: socket("sock"),
			args: []string{"check", "c.json", "--sources", "sock"}, code: 2,
			stderr: "verity: sock: not a regular file (socket)\n",
			reason: "a socket is no document: refused, exit 2"},
		{name: "socket skipped", files: map[string]string{"c.json": claimsCafe, "good.txt": cafeText}, setup: socket("sock"),
			args: []string{"check", "c.json", "--sources", "sock", "--sources", "good.txt", "--skip-unreadable"}, code: 0,
			stdout: []string{"cafe  1:13  supported", "INCOMPLETE: 1 source could not be read: sock"},
			stderr: "verity: warning: sock: unreadable (not a regular file (socket)); skipped\n",
			reason: "--skip-unreadable warns, checks the rest and marks the report incomplete"},
		{name: "quotes of a socket", setup: socket("sock"),
			args: []string{"quotes", "--sources", "sock"}, code: 2,
			stderr: "verity: sock: not a regular file (socket)\n",
			reason: "verity quotes loads sources the same way"},
		{name: "claims is a fifo", setup: fifo("claims.json"), args: []string{"validate", "claims.json"}, code: 2,
			stderr: "claims.json:1:1: empty file: expected a JSON object {\"claims\": [...]}\n",
			reason: "a pipe nobody writes to reads as empty, never blocks"},
	}
}

// TestSpecialFiles runs the bad inputs that are special files.
func TestSpecialFiles(t *testing.T) {
	for _, c := range specialCases() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for p, content := range c.files {
				if err := os.WriteFile(filepath.Join(dir, p), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if c.setup != nil {
				c.setup(t, dir)
			}
			t.Chdir(dir)
			code, stdout, stderr := runCLIWith(t, context.Background(), "", c.args...)
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
