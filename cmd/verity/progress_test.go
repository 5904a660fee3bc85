package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var out bytes.Buffer
	now := time.Unix(0, 0)
	clock := func() time.Time { return now }
	p := newProgressTo(&out, clock)

	p.stage("reading sources")
	if out.Len() != 0 {
		t.Errorf("drew %q before progressDelay: a quick run must not flicker", out.String())
	}
	now = now.Add(progressDelay)
	p.stage("indexing 3 sources")
	p.claims(5)
	f1 := p.checked()
	f1(1, 2) // too soon after the stage: skipped
	now = now.Add(progressEvery)
	f1(2, 2) // the file's last: drawn
	f2 := p.checked()
	f2(1, 3)                     // too soon: skipped
	now = now.Add(progressEvery) //
	f2(2, 3)                     // drawn
	f2(3, 3)                     // the last claim: always drawn
	p.stage("x")                 // shorter than the line: padded over it
	p.finish()
	p.stage("after the end")

	want := "\rindexing 3 sources…" +
		"\rchecking claims 2/5" +
		"\rchecking claims 4/5" +
		"\rchecking claims 5/5" +
		"\rx…" + strings.Repeat(" ", 17) +
		"\r  \r"
	if got := out.String(); got != want {
		t.Errorf("got  %q\nwant %q\n(redrawn in place, padded over a longer line, counted across files, erased at the end, silent after)", got, want)
	}
}

func TestProgressOff(t *testing.T) {
	var out bytes.Buffer
	e := &env{stderr: &out, getenv: func(string) string { return "" }}
	if p := newProgress(e); p != nil {
		t.Error("a progress line for a stderr that is not a terminal")
	}
	// A nil progress is safe to use and draws nothing.
	var p *progress
	p.stage("x")
	p.claims(3)
	if f := p.checked(); f != nil {
		t.Error("a nil progress returns a callback; CheckWith would call it for nothing")
	}
	p.finish()
	// A piped run never writes progress to stdout or stderr.
	code, stdout, stderr := runCLI(t, "", "check", "../../seeds/claims.json", "--fail-on", "none", "--format", "json")
	if code != 0 || strings.Contains(stdout, "\r") || stderr != "" {
		t.Errorf("exit %d, stderr %q, stdout with \\r: %v", code, stderr, strings.Contains(stdout, "\r"))
	}
}
