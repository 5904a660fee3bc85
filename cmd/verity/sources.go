package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/verity-news/verity/verify"
	"github.com/verity-news/verity/verify/source"
)

// loadSources reads the sources named on the command line, or the built-in
// seeds when none are. Warnings go to stderr. A path that does not exist, a
// glob that matches nothing or an unreadable file is exit status 2 (unless
// skip is set, when the unreadable files are returned: the report must say
// it is incomplete). Binary files are skipped with a warning but are not
// returned: they were never sources (SPEC §1).
func loadSources(ctx context.Context, e *env, paths []string, skip bool) ([]*source.Source, []string, error) {
	stdin := e.stdin
	for _, p := range paths {
		if p == "-" {
			var err error
			if stdin, err = takeStdin(e, "a source (--sources -)"); err != nil {
				return nil, nil, err
			}
			break
		}
	}
	if len(paths) == 0 {
		srcs, err := source.Seeds()
		if err != nil {
			return nil, nil, &exitError{code: exitInvalid, err: err}
		}
		return srcs, nil, nil
	}
	c, warnings, err := source.Load(ctx, paths, stdin, source.LoadOptions{SkipUnreadable: skip})
	for _, w := range warnings {
		fmt.Fprintf(e.stderr, "verity: warning: %s\n", w)
	}
	if err != nil {
		return nil, nil, &exitError{code: exitInvalid, err: eachLine{err}}
	}
	if len(c.Sources) == 0 {
		return nil, nil, &exitError{code: exitInvalid, err: errors.New("no readable source among the --sources given")}
	}
	return c.Sources, c.Unreadable, nil
}

// usedStdin stands for stdin once a claims file or source has read it:
// stdin can be read only once, so a second "-" is a usage error rather
// than an empty file.
type usedStdin struct{ by string }

func (u usedStdin) Read([]byte) (int, error) {
	return 0, fmt.Errorf("stdin was already read as %s", u.by)
}

// takeStdin returns stdin for who to read and marks it as read, or returns
// a usage error when something else read it before.
func takeStdin(e *env, who string) (io.Reader, error) {
	if u, ok := e.stdin.(usedStdin); ok {
		return nil, usagef("verity", "- (stdin) named twice: as %s and as %s; stdin can be read once", u.by, who)
	}
	r := e.stdin
	e.stdin = usedStdin{by: who}
	return r, nil
}

// eachLine is an error of several lines (errors.Join: one per bad path)
// printed with "verity: " before each line, not just the first.
type eachLine struct{ err error }

func (l eachLine) Error() string { return strings.ReplaceAll(l.err.Error(), "\n", "\nverity: ") }
func (l eachLine) Unwrap() error { return l.err }

// loadCorpus reads the sources and indexes them for checking.
func loadCorpus(ctx context.Context, e *env, paths []string, skip bool) (*verify.Corpus, []string, error) {
	srcs, skipped, err := loadSources(ctx, e, paths, skip)
	if err != nil {
		return nil, nil, err
	}
	defer boundMemory(srcs, 0)()
	c, err := verify.NewCorpus(ctx, srcs)
	if err != nil {
		return nil, nil, &exitError{code: exitInvalid, err: err}
	}
	return c, skipped, nil
}
