package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify/config"
)

var configFlag = &cli.StringFlag{Name: "config", Aliases: []string{"c"},
	Usage: "read defaults from `FILE`; default: the .verity.json or .verity.yaml found by walking up from the first input's directory"}

// loadConfig reads the config named by --config, or else the one found by
// walking up from the directory of the first input ("-" starts from the
// working directory). It returns nil when there is none. An invalid config
// is exit status 2: every problem is printed, nothing is checked.
func loadConfig(e *env, c *cli.Context, inputs []string) (*config.Config, error) {
	path := c.String("config")
	if path == "" {
		dir := "."
		if len(inputs) > 0 && inputs[0] != "-" {
			dir = filepath.Dir(inputs[0])
		}
		found, err := config.Find(dir)
		if err != nil {
			return nil, &exitError{code: exitInvalid, err: err}
		}
		if found == "" {
			return nil, nil
		}
		path = found
	}
	cfg, err := config.Load(path)
	if err != nil {
		var list claims.ErrorList
		if !errors.As(err, &list) {
			return nil, &exitError{code: exitInvalid, err: err}
		}
		caret := isTerminal(e.stderr)
		for _, ce := range list {
			if caret {
				fmt.Fprintln(e.stderr, ce.Caret())
			} else {
				fmt.Fprintln(e.stderr, ce.Error())
			}
		}
		return nil, &exitError{code: exitInvalid}
	}
	return cfg, nil
}

// setting returns a string flag's value: the command line's when given,
// else the config's when it has one, else the flag's default.
func setting(c *cli.Context, cfg *config.Config, flag string) string {
	if c.IsSet(flag) || cfg == nil {
		return c.String(flag)
	}
	v := ""
	switch flag {
	case "format":
		v = cfg.Format
	case "fail-on":
		v = cfg.FailOn
	}
	if v == "" {
		return c.String(flag)
	}
	return v
}

// sourcePaths returns --sources when given, else the config's sources
// (nil: the built-in seeds).
func sourcePaths(c *cli.Context, cfg *config.Config) []string {
	if c.IsSet("sources") || cfg == nil {
		return c.StringSlice("sources")
	}
	return cfg.Sources
}

// ignoreClaims leaves out of files the claims whose ids the config's
// "ignore" lists: they are not checked, reported or counted. An id that
// names no claim is a warning, as the list may have gone stale.
func ignoreClaims(e *env, cfg *config.Config, files []*claims.File) {
	if cfg == nil || len(cfg.Ignore) == 0 {
		return
	}
	used := make(map[string]bool, len(cfg.Ignore))
	for _, id := range cfg.Ignore {
		used[id] = false
	}
	for _, f := range files {
		kept := f.Claims[:0]
		for _, cl := range f.Claims {
			if _, ok := used[cl.ID]; ok {
				used[cl.ID] = true
				continue
			}
			kept = append(kept, cl)
		}
		f.Claims = kept
	}
	for _, id := range cfg.Ignore {
		if !used[id] {
			fmt.Fprintf(e.stderr, "verity: warning: %s: ignore: no claim has id %q\n", cfg.Path, id)
		}
	}
}
