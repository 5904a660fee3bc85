package main

import (
	"strings"
	"testing"
)

// TestStats checks that --stats prints its figures on stderr, one aligned
// line each, and leaves stdout exactly as without it.
func TestStats(t *testing.T) {
	args := []string{"check", "../../seeds/claims.json", "--format", "json"}
	code, plain, _ := runCLI(t, "", args...)
	codeStats, out, errOut := runCLI(t, "", append(args, "--stats")...)
	if code != codeStats {
		t.Errorf("exit status %d with --stats, %d without", codeStats, code)
	}
	if out != plain {
		t.Errorf("--stats changed stdout:\n%s\nwant:\n%s", out, plain)
	}
	// Counts are one number; stages give their wall time and, where the
	// platform tells, their processor time: "cpu 1.2ms".
	_, cpuOK := cpuTime()
	for _, names := range [][]string{{"sources", "bytes", "quotes", "passages", "claims"},
		{"load", "extract+index", "check", "render", "total"}} {
		width := -1
		for _, name := range names {
			var line string
			for _, l := range strings.Split(errOut, "\n") {
				if f := strings.Fields(strings.TrimPrefix(l, "verity: stats: ")); len(f) > 0 && f[0] == name {
					line = l
					withCPU := names[0] == "load" && cpuOK
					switch {
					case withCPU && (len(f) != 4 || f[2] != "cpu"):
						t.Errorf("line %q: want NAME TIME cpu TIME", l)
					case !withCPU && len(f) != 2:
						t.Errorf("line %q: want NAME VALUE", l)
					}
				}
			}
			if line == "" {
				t.Errorf("no %q line on stderr:\n%s", name, errOut)
				continue
			}
			if width < 0 {
				width = len([]rune(line))
			} else if n := len([]rune(line)); n != width {
				t.Errorf("line %q is %d characters wide, want %d (aligned)", line, n, width)
			}
		}
	}
	if !strings.Contains(errOut, "verity: stats: sources                   3\n") {
		t.Errorf("want the 3 seed sources counted:\n%s", errOut)
	}
	if !strings.Contains(errOut, "verity: stats: claims                   13\n") {
		t.Errorf("want the 13 seed claims counted:\n%s", errOut)
	}
}
