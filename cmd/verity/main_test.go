package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"verity": func() { os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: each is a
// txtar archive of files and verity commands with their expected output.
// "! exec" accepts any failing exit status; TestCLI tells 1 from 2.
func TestScripts(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("ROOT", root)
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

// runCLI runs the CLI in-process and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"verity"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCLI(t *testing.T) {
	seedsClaims := "../../seeds/claims.json"
	cases := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string // substring expected on stdout ("" = stdout must be empty)
		stderr string // substring expected on stderr ("" = stderr must be empty)
		reason string
	}{
		{"no command", nil, "", 2, "", "verity: missing command", "a bare 'verity' is a usage error, not help on stdout"},
		{"unknown command", []string{"chek"}, "", 2, "", `unknown command "chek"`, "a typo is named"},
		{"version", []string{"version"}, "", 0, "verity ", "", "version prints to stdout"},
		{"schema claims", []string{"schema", "claims"}, "", 0, `"$schema": "https://json-schema.org/draft/2020-12/schema"`, "", "prints the embedded claims schema"},
		{"schema report", []string{"schema", "report"}, "", 0, `"verdict"`, "", "prints the embedded report schema"},
		{"schema unknown", []string{"schema", "nope"}, "", 2, "", `unknown schema "nope"`, "a bad argument is a usage error"},
		{"validate seeds", []string{"validate", seedsClaims}, "", 0, "claims.json: ok (13 claims)", "", "the example claims file is valid"},
		{"validate stdin", []string{"validate", "-"}, `{"claims":[{"id":"a","text":"b"}]}`, 0, "<stdin>: ok (1 claim)", "", "- reads stdin"},
		{"validate bad stdin", []string{"validate", "-"}, `{"claims":[{"id":"a","text":"b","speeker":"x"}]}`, 2, "", `<stdin>:1:33: /claims/0/speeker: unknown field "speeker" (did you mean "speaker"?)`, "errors name file:line:col and pointer"},
		{"validate missing file", []string{"validate", "nope.json"}, "", 2, "", "nope.json: cannot read", "an unreadable claims file exits 2"},
		{"validate no args", []string{"validate"}, "", 2, "", "verity validate: no claims file given", "usage error with a hint"},
		{"check flag after args", []string{"check", seedsClaims, "--format", "json", "--fail-on", "none"}, "", 0, `"version": 1`, "", "flags work after positional arguments"},
		{"check fails on any", []string{"check", seedsClaims, "--format", "json"}, "", 1, `"summary"`, "", "the example has contradicted and missing claims: exit 1"},
		{"check bad format", []string{"check", seedsClaims, "--format", "yaml"}, "", 2, "", "verity check:", "an unknown format is a usage error"},
		{"check bad fail-on", []string{"check", seedsClaims, "--fail-on", "sometimes"}, "", 2, "", `unknown value "sometimes"`, "an unknown threshold is a usage error"},
		{"check unknown flag", []string{"check", seedsClaims, "--frobnicate"}, "", 2, "", "frobnicate", "an unknown flag is named"},
		{"check invalid claims", []string{"check", "-"}, `{"claims":[]}`, 2, "", "<stdin>:1:11: /claims: claims must hold at least one claim", "an invalid claims file checks nothing"},
		{"check missing source", []string{"check", seedsClaims, "--sources", "no/such/dir"}, "", 2, "", "no/such/dir", "a source path that does not exist exits 2 and is named"},
		{"quotes json", []string{"quotes", "--format", "json"}, "", 0, `"speaker": "Priti Patel"`, "", "quotes of the seeds"},
		{"quotes bad format", []string{"quotes", "--format", "csv"}, "", 2, "", `unknown format "csv"`, "quotes writes table or json only"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, c.stdin, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (%s)\nstderr: %s", code, c.code, c.reason, stderr)
			}
			check := func(name, got, want string) {
				if want == "" && got != "" {
					t.Errorf("%s should be empty (%s), got:\n%s", name, c.reason, got)
				}
				if !strings.Contains(got, want) {
					t.Errorf("%s lacks %q (%s), got:\n%s", name, want, c.reason, got)
				}
				if strings.Contains(got, "goroutine ") || strings.Contains(got, "panic:") {
					t.Errorf("%s holds a Go stack trace:\n%s", name, got)
				}
			}
			check("stdout", stdout, c.stdout)
			check("stderr", stderr, c.stderr)
		})
	}
}
