package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/verity-news/verity/verify"
	"github.com/verity-news/verity/verify/source"
)

// loadSources reads the sources named on the command line, or the built-in
// seeds when none are. Warnings go to stderr. A path that does not exist, a
// glob that matches nothing or an unreadable file is exit status 2 (unless
// skip is set, when unreadable files are returned as skipped).
func loadSources(ctx context.Context, e *env, paths []string, skip bool) ([]*source.Source, []string, error) {
	if len(paths) == 0 {
		srcs, err := source.Seeds()
		if err != nil {
			return nil, nil, &exitError{code: exitInvalid, err: err}
		}
		return srcs, nil, nil
	}
	c, warnings, err := source.Load(ctx, paths, e.stdin, source.LoadOptions{SkipUnreadable: skip})
	for _, w := range warnings {
		fmt.Fprintf(e.stderr, "verity: warning: %s\n", w)
	}
	if err != nil {
		var le *source.LoadError
		if errors.As(err, &le) {
			return nil, nil, &exitError{code: exitInvalid, err: err}
		}
		return nil, nil, &exitError{code: exitInvalid, err: err}
	}
	if len(c.Sources) == 0 {
		return nil, nil, &exitError{code: exitInvalid, err: errors.New("no readable source among the --sources given")}
	}
	return c.Sources, c.Skipped, nil
}

// loadCorpus reads the sources and indexes them for checking.
func loadCorpus(ctx context.Context, e *env, paths []string, skip bool) (*verify.Corpus, []string, error) {
	srcs, skipped, err := loadSources(ctx, e, paths, skip)
	if err != nil {
		return nil, nil, err
	}
	c, err := verify.NewCorpus(ctx, srcs)
	if err != nil {
		return nil, nil, &exitError{code: exitInvalid, err: err}
	}
	return c, skipped, nil
}
