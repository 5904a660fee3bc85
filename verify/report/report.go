package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/verity-news/verity/verify"
)

// Format names an output format. It implements flag.Value and
// encoding.TextUnmarshaler, so it can be a flag or a config value.
type Format string

// The output formats, in the order [Formats] lists them.
const (
	Table    Format = "table"    // aligned columns for a terminal
	JSON     Format = "json"     // SPEC §5, schemas/report.schema.json
	Markdown Format = "markdown" // a GitHub-flavoured Markdown table
	CSV      Format = "csv"      // RFC 4180, one row per claim
	SARIF    Format = "sarif"    // SARIF 2.1.0, for code-scanning tools
	GitHub   Format = "github"   // GitHub Actions workflow commands
	JUnit    Format = "junit"    // JUnit XML, one test case per claim
	RDJSONL  Format = "rdjsonl"  // reviewdog diagnostics, one JSON object a line
)

var formats = []Format{Table, JSON, Markdown, CSV, SARIF, GitHub, JUnit, RDJSONL}

// Formats lists every format.
func Formats() []Format { return append([]Format(nil), formats...) }

func (f Format) String() string { return string(f) }

// Set parses a format's name, for the flag package.
func (f *Format) Set(s string) error {
	for _, g := range formats {
		if s == string(g) {
			*f = g
			return nil
		}
	}
	names := make([]string, len(formats))
	for i, g := range formats {
		names[i] = string(g)
	}
	return fmt.Errorf("unknown format %q (want %s)", s, strings.Join(names, ", "))
}

// UnmarshalText parses a format's name.
func (f *Format) UnmarshalText(b []byte) error { return f.Set(string(b)) }

// Options tune the rendering.
type Options struct {
	// Color colours verdicts in the table with ANSI escapes. The CLI sets
	// it from [ColorDefault].
	Color bool
	// ClaimsFile is the path of the claims file or draft that the results'
	// Line and Column refer to; a Result with File set uses that instead.
	// SARIF, github, rdjsonl and JUnit use it to locate the claims.
	ClaimsFile string
	// ToolVersion is verity's version, for SARIF's driver.version and the
	// JUnit properties. Empty leaves it out.
	ToolVersion string
}

// ColorDefault reports whether output to w should be coloured: w is a
// terminal, NO_COLOR is unset or empty (https://no-color.org) and TERM is
// not "dumb".
func ColorDefault(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// Write renders r to w in format f. The report is rendered in memory first
// and written with one Write call: when rendering fails, nothing reaches w,
// so a half report is never taken for a whole one.
func Write(w io.Writer, f Format, r *verify.Report, opt Options) error {
	var buf bytes.Buffer
	if err := renderTo(&buf, f, r, opt); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func renderTo(w io.Writer, f Format, r *verify.Report, opt Options) error {
	if r == nil {
		return errors.New("report: nil report")
	}
	switch f {
	case Table:
		return writeTable(w, r, opt)
	case JSON:
		return writeJSON(w, r)
	case Markdown:
		return writeMarkdown(w, r)
	case CSV:
		return writeCSV(w, r)
	case SARIF:
		return writeSARIF(w, r, opt)
	case GitHub:
		return writeGitHub(w, r, opt)
	case JUnit:
		return writeJUnit(w, r, opt)
	case RDJSONL:
		return writeRDJSONL(w, r, opt)
	}
	var g Format
	return g.Set(string(f))
}

// WriteFile writes the report to path atomically: it renders into a
// temporary file in the same directory and renames it over path, so a
// reader sees the old file or the new one, never a part. On error the
// temporary file is removed and path is left as it was. The new file keeps
// the mode of the file it replaces, or gets 0644.
func WriteFile(path string, f Format, r *verify.Report, opt Options) (err error) {
	var g Format
	if err := g.Set(string(f)); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if fi.IsDir() {
			return fmt.Errorf("cannot write the report to %s: is a directory", path)
		}
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write the report to %s: %w", path, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := Write(tmp, f, r, opt); err != nil {
		return fmt.Errorf("cannot write the report to %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("cannot write the report to %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write the report to %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write the report to %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops an *os.PathError's operation and path (the temporary
// file's name means nothing to the user), keeping its cause.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
