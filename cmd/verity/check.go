package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify"
	"github.com/verity-news/verity/verify/report"
)

// failOn is the --fail-on threshold: the least severe verdict that fails
// the run. Missing is less severe than contradicted.
type failOn int

const (
	failNone failOn = iota
	failContradicted
	failMissing
)

func parseFailOn(s string) (failOn, error) {
	t := failNone
	for _, part := range strings.Split(s, ",") {
		switch strings.TrimSpace(part) {
		case "none":
		case "contradicted":
			t = max(t, failContradicted)
		case "missing", "any":
			t = max(t, failMissing)
		default:
			return 0, fmt.Errorf("--fail-on: unknown value %q (want contradicted, missing, any or none)", part)
		}
	}
	return t, nil
}

func (t failOn) fails(v verify.Verdict) bool {
	switch t {
	case failContradicted:
		return v == verify.Contradicted
	case failMissing:
		return v == verify.Contradicted || v == verify.Missing
	}
	return false
}

var sourcesFlag = &cli.StringSliceFlag{
	Name:    "sources",
	Aliases: []string{"s"},
	Usage:   "a source file, directory, glob or - (stdin); repeatable; default: the built-in seeds",
}

func checkCommand(e *env) *cli.Command {
	formats := make([]string, 0, 8)
	for _, f := range report.Formats() {
		formats = append(formats, string(f))
	}
	return &cli.Command{
		Name:      "check",
		Usage:     "check claims against the sources",
		UsageText: "verity check CLAIMS.json… [--sources PATH]… [--format FORMAT] [--fail-on LIST] [--output FILE]\n   verity check --draft DRAFT… [options]",
		Description: `Checks every claim of the claims files against the sources and reports each
as supported, contradicted or missing, with the reason and the evidence.
Results come in claims-file order. "-" reads a claims file from stdin.

With --draft the arguments are editors' drafts (Markdown, HTML or text):
every quote and every sentence stating a figure is a claim, located at its
line and column in the draft ('verity claims --draft' prints them).

Defaults for --sources, --format and --fail-on, and claim ids to ignore, come
from .verity.json or .verity.yaml, found by walking up from the first
argument's directory to the repository root, or from --config FILE. Flags
given on the command line win.

Exit status: 0 when no claim is at or above the --fail-on threshold, 1 when
some claim is, 2 for bad usage, an invalid claims file or an unreadable source.
--fail-on contradicted fails on contradictions only; missing (or any) fails on
missing and contradicted claims; none never fails.

Examples:
   verity check seeds/claims.json
   verity check claims.json --sources articles/ --sources 'press/*.html'
   verity check claims.json --format json --output report.json
   verity check claims.json --format sarif --fail-on contradicted > verity.sarif
   verity check --draft story.md --sources sources/`,
		Flags: []cli.Flag{
			sourcesFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table",
				Usage: "output format: " + strings.Join(formats, ", ")},
			&cli.StringFlag{Name: "fail-on", Value: "any",
				Usage: "exit 1 when a claim is: contradicted, missing (or worse), any, none"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"},
				Usage: "write the report to `FILE` (atomically) instead of stdout"},
			&cli.BoolFlag{Name: "skip-unreadable",
				Usage: "warn about unreadable sources and mark the report incomplete, instead of exiting 2"},
			&cli.BoolFlag{Name: "draft", Aliases: []string{"d"},
				Usage: "the arguments are drafts (Markdown, HTML or text) to derive claims from, not claims files"},
			configFlag,
			statsFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 && c.Bool("draft") {
				return usagef("verity check", "no draft given")
			}
			if c.NArg() == 0 {
				return usagef("verity check", "no claims file given")
			}
			cfg, err := loadConfig(e, c, c.Args().Slice())
			if err != nil {
				return err
			}
			var format report.Format
			if err := format.Set(setting(c, cfg, "format")); err != nil {
				return usagef("verity check", "%v", err)
			}
			threshold, err := parseFailOn(setting(c, cfg, "fail-on"))
			if err != nil {
				return usagef("verity check", "%v", err)
			}
			if countDash(c.Args().Slice()) > 0 && countDash(sourcePaths(c, cfg)) > 0 {
				// Said before anything is read: reading the draft or
				// claims file first would warn about it in vain.
				what := "a claims file"
				if c.Bool("draft") {
					what = "a draft"
				}
				return usagef("verity check", "- (stdin) named twice: as %s and as a source (--sources -); stdin can be read once", what)
			}
			var files []*claims.File
			var drafts [][]byte
			if c.Bool("draft") {
				files, drafts, err = loadDrafts(e, c.Args().Slice())
			} else {
				files, err = loadClaims(e, "verity check", c.Args().Slice())
			}
			if err != nil {
				return err
			}
			ignoreClaims(e, cfg, files)
			held := liveHeap() // the claims, which stay live while the sources are indexed
			st := newRunStats(c.Bool("stats"))
			prog := newProgress(e)
			defer prog.finish()
			prog.stage("reading sources")
			srcs, skipped, err := loadSources(c.Context, e, sourcePaths(c, cfg), c.Bool("skip-unreadable"))
			if err != nil {
				return err
			}
			var claimsPaths []string
			if !c.Bool("draft") {
				claimsPaths = c.Args().Slice()
			}
			if srcs, err = withoutInputs(e, srcs, claimsPaths, drafts); err != nil {
				return err
			}
			st.lap("load")
			defer boundMemory(srcs, held)()
			prog.stage(fmt.Sprintf("indexing %d sources", len(srcs)))
			corpus, err := verify.NewCorpusWith(c.Context, srcs, verify.CorpusOptions{Release: true})
			if err != nil {
				return &exitError{code: exitInvalid, err: err}
			}
			st.lap("extract+index")
			keep := roomToCheck()
			st.indexed(corpus)
			total := 0
			for _, f := range files {
				total += len(f.Claims)
			}
			prog.claims(total)
			var results []verify.Result
			for _, f := range files {
				progress := prog.checked()
				rs, err := corpus.CheckWith(c.Context, f, verify.CheckOptions{Progress: func(done, total int) {
					if progress != nil {
						progress(done, total)
					}
					if done%256 == 0 {
						keep()
					}
				}})
				if err != nil {
					return &exitError{code: exitInvalid, err: err}
				}
				results = append(results, rs...)
			}
			prog.finish()
			st.checked(len(results))
			st.lap("check")
			rep := verify.NewReport(results)
			if len(skipped) > 0 {
				rep.Incomplete, rep.Skipped = true, skipped
			}
			opt := report.Options{ToolVersion: version()}
			if len(files) == 1 {
				opt.ClaimsFile = files[0].Name
			}
			if out := c.String("output"); out != "" {
				if err := report.WriteFile(out, format, rep, opt); err != nil {
					return &exitError{code: exitInvalid, err: err}
				}
			} else {
				opt.Color = report.ColorDefault(e.stdout)
				if err := report.Write(e.stdout, format, rep, opt); err != nil {
					return &exitError{code: exitInvalid, err: err}
				}
			}
			st.lap("render")
			st.print(e.stderr)
			for _, r := range results {
				if threshold.fails(r.Verdict) {
					return &exitError{code: exitFailed}
				}
			}
			return nil
		},
	}
}
