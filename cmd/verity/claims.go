package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify/draft"
	"github.com/verity-news/verity/verify/fsread"
	"github.com/verity-news/verity/verify/source"
)

// claimsSchemaURL is the $id of schemas/claims.schema.json, written at the
// top of a derived claims file so editors validate it as it is edited.
const claimsSchemaURL = "https://verity-news.github.io/verity/schemas/claims.schema.json"

func claimsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "claims",
		Usage:     "print the claims verity finds in a draft, as a claims file",
		UsageText: "verity claims --draft DRAFT",
		Description: `Derives the claims of an editor's draft (Markdown, HTML or text) as
'verity check --draft' does, and prints them as a claims file (see 'verity
schema claims') to review, edit and check with 'verity check'. Every quote
becomes a claim with its speaker (direct quotes verbatim), every narrative
sentence stating a figure a claim without speaker; each note says where in the
draft the claim comes from. "<!-- verity-ignore -->" before a paragraph and
"<!-- verity-ignore-next-line -->" before a line leave them out. "-" reads
the draft from stdin.

Examples:
   verity claims --draft story.md
   verity claims --draft story.md > story.claims.json && verity check story.claims.json`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "draft", Usage: "the argument is a draft (required: the only input 'claims' takes)"},
		},
		Action: func(c *cli.Context) error {
			if !c.Bool("draft") {
				return usagef("verity claims", "name the draft with --draft: verity claims --draft DRAFT")
			}
			if c.NArg() != 1 {
				return usagef("verity claims", "want one draft, got %d", c.NArg())
			}
			f, _, err := loadDraft(e, c.Args().First())
			if err != nil {
				return err
			}
			if len(f.Claims) == 0 {
				return &exitError{code: exitInvalid, err: fmt.Errorf("%s: no quote and no figure found: no claims to print", f.Name)}
			}
			b, err := marshalClaims(f)
			if err != nil {
				return &exitError{code: exitInvalid, err: err}
			}
			_, err = e.stdout.Write(b)
			return err
		},
	}
}

// loadDraft reads a draft ("-" reads stdin, as plain text) and derives its
// claims. A draft that cannot be read, or is not text, is exit status 2.
func loadDraft(e *env, path string) (*claims.File, *source.Source, error) {
	var (
		raw  []byte
		err  error
		name = path
	)
	if path == "-" {
		name = source.StdinName
		var stdin io.Reader
		if stdin, err = takeStdin(e, "a draft"); err != nil {
			return nil, nil, err
		}
		raw, err = io.ReadAll(stdin)
	} else {
		var f *os.File
		if f, err = fsread.Open(path); err == nil {
			raw, err = io.ReadAll(f)
			f.Close()
		}
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, nil, &exitError{code: exitInvalid, err: fmt.Errorf("%s: cannot read draft: %v", name, err)}
	}
	src, err := source.Parse(name, raw)
	if err != nil {
		return nil, nil, &exitError{code: exitInvalid, err: fmt.Errorf("draft %v", err)}
	}
	for _, w := range src.Warnings {
		fmt.Fprintf(e.stderr, "verity: warning: %s\n", w)
	}
	return draft.Claims(src), src, nil
}

// loadDrafts reads every draft named, and returns their claims and their
// bytes (see withoutInputs).
func loadDrafts(e *env, paths []string) ([]*claims.File, [][]byte, error) {
	var files []*claims.File
	var raws [][]byte
	for _, p := range paths {
		f, src, err := loadDraft(e, p)
		if err != nil {
			return nil, nil, err
		}
		if len(f.Claims) == 0 {
			fmt.Fprintf(e.stderr, "verity: warning: %s: no quote and no figure found; nothing to check\n", f.Name)
		}
		files = append(files, f)
		raws = append(raws, src.Raw)
	}
	return files, raws, nil
}

// withoutInputs leaves out the sources that are one of the run's inputs:
// the same file as a claims file, or byte for byte one of the drafts. A
// claims file or draft in a --sources directory is not evidence for its
// own claims.
func withoutInputs(e *env, srcs []*source.Source, claimsPaths []string, drafts [][]byte) ([]*source.Source, error) {
	var inputs []os.FileInfo
	for _, p := range claimsPaths {
		if fi, err := os.Stat(p); err == nil && p != "-" {
			inputs = append(inputs, fi)
		}
	}
	if len(drafts) == 0 && len(inputs) == 0 {
		return srcs, nil
	}
	out := srcs[:0:0]
	for _, s := range srcs {
		what := ""
		for _, d := range drafts {
			if bytes.Equal(s.Raw, d) {
				what = "the draft"
			}
		}
		if fi, err := os.Stat(s.Name); err == nil {
			for _, in := range inputs {
				if os.SameFile(fi, in) {
					what = "the claims file"
				}
			}
		}
		if what != "" {
			fmt.Fprintf(e.stderr, "verity: warning: %s: is %s; not used as a source\n", s.Name, what)
			continue
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, &exitError{code: exitInvalid, err: errors.New("no source left once the claims files and drafts are left out")}
	}
	return out, nil
}

// claimJSON is a claim as a claims file holds it.
type claimJSON struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Speaker  string   `json:"speaker,omitempty"`
	Verbatim bool     `json:"verbatim,omitempty"`
	Sources  []string `json:"sources,omitempty"`
	Note     string   `json:"note,omitempty"`
}

// marshalClaims writes f as a claims file: indented, "$schema" first, one
// claim per object, characters as they are (no \u escapes for < > &).
func marshalClaims(f *claims.File) ([]byte, error) {
	doc := struct {
		Schema string      `json:"$schema"`
		Claims []claimJSON `json:"claims"`
	}{Schema: claimsSchemaURL, Claims: make([]claimJSON, len(f.Claims))}
	for i, c := range f.Claims {
		doc.Claims[i] = claimJSON{ID: c.ID, Text: c.Text, Speaker: c.Speaker, Verbatim: c.Verbatim, Sources: c.Sources, Note: c.Note}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
