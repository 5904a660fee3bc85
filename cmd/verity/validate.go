package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/claims"
)

func validateCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check that claims files are valid, without checking the claims",
		UsageText: "verity validate CLAIMS.json…",
		Description: `Validates each claims file against the claims schema (see 'verity schema
claims') and reports every problem at once, as FILE:LINE:COLUMN: POINTER: MESSAGE.
"-" reads a claims file from stdin. Exit status 0 when every file is valid, 2
otherwise.

Examples:
   verity validate seeds/claims.json
   verity validate drafts/*.claims.json
   cat claims.json | verity validate -`,
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usagef("verity validate", "no claims file given")
			}
			files, err := loadClaims(e, "verity validate", c.Args().Slice())
			if err != nil {
				return err
			}
			for _, f := range files {
				noun := "claims"
				if len(f.Claims) == 1 {
					noun = "claim"
				}
				fmt.Fprintf(e.stdout, "%s: ok (%d %s)\n", f.Name, len(f.Claims), noun)
			}
			return nil
		},
	}
}

// loadClaims reads and validates every named claims file, printing every
// problem of every file on stderr. Any problem gives exit status 2; a usage
// error names cmd, the command run ("verity check").
func loadClaims(e *env, cmd string, paths []string) ([]*claims.File, error) {
	var files []*claims.File
	bad := false
	caret := isTerminal(e.stderr)
	if n := countDash(paths); n > 1 {
		return nil, usagef(cmd, "- (stdin) named %d times as a claims file; stdin can be read once", n)
	}
	for _, p := range paths {
		stdin := e.stdin
		if p == "-" {
			var err error
			if stdin, err = takeStdin(e, "a claims file"); err != nil {
				return nil, err
			}
		}
		f, err := claims.ReadFile(p, stdin)
		if err != nil {
			bad = true
			var list claims.ErrorList
			if errors.As(err, &list) {
				for _, ce := range list {
					if caret {
						fmt.Fprintln(e.stderr, ce.Caret())
					} else {
						fmt.Fprintln(e.stderr, ce.Error())
					}
				}
			} else {
				fmt.Fprintf(e.stderr, "%s: %v\n", p, err)
			}
			continue
		}
		files = append(files, f)
	}
	if bad {
		return nil, &exitError{code: exitInvalid}
	}
	return files, nil
}

// countDash counts the "-" (stdin) among paths.
func countDash(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
		}
	}
	return n
}
