package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
)

// Exit codes (SPEC §5).
const (
	exitOK      = 0 // nothing at or above the --fail-on threshold
	exitFailed  = 1 // some claim at or above the threshold
	exitInvalid = 2 // bad usage, an invalid claims file, an unreadable source

	exitInterrupted = 130 // Ctrl-C: 128 + SIGINT, as a shell reports it
)

// exitError carries an exit code out of a command. A nil err means the
// command has already said what it had to say.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError reports bad usage of cmd (exit 2) with a one-line hint.
type usageError struct {
	cmd string // the command's full name, "verity check"
	msg string
}

func (e *usageError) Error() string { return e.msg }

func usagef(cmd string, format string, args ...any) error {
	return &usageError{cmd: cmd, msg: fmt.Sprintf(format, args...)}
}

// env is what a run of the CLI reads and writes besides its arguments.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// isTerminal reports whether w is an interactive terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// run is the whole CLI: it parses args (args[0] is the program name), runs
// the command and returns the exit code. It never panics: a bug is reported
// as an internal error with exit code 2.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "verity: internal error: %v\n", r)
			if os.Getenv("VERITY_DEBUG") != "" {
				stderr.Write(debug.Stack())
			} else {
				fmt.Fprintln(stderr, "verity: this is a bug; please report it with the command that caused it (VERITY_DEBUG=1 shows the stack)")
			}
			code = exitInvalid
		}
	}()
	app := newApp(e)
	if len(args) < 2 {
		fmt.Fprintln(stderr, "verity: missing command")
		fmt.Fprintln(stderr, "Run 'verity --help' for usage.")
		return exitInvalid
	}
	args = append([]string{args[0]}, reorderArgs(app, args[1:])...)
	err := app.RunContext(ctx, args)
	return exitCode(e, err)
}

// exitCode reports err on stderr and returns the exit code it stands for.
func exitCode(e *env, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, context.Canceled) {
		// Results are rendered only once every claim is checked: a
		// cancelled run has written nothing.
		fmt.Fprintln(e.stderr, "verity: interrupted; no report written")
		return exitInterrupted
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(e.stderr, "%s: %s\n", ue.cmd, ue.msg)
		fmt.Fprintf(e.stderr, "Run '%s --help' for usage.\n", ue.cmd)
		return exitInvalid
	}
	var xe *exitError
	if errors.As(err, &xe) {
		if xe.err != nil {
			fmt.Fprintf(e.stderr, "verity: %v\n", xe.err)
		}
		return xe.code
	}
	fmt.Fprintf(e.stderr, "verity: %v\n", err)
	return exitInvalid
}

func newApp(e *env) *cli.App {
	app := &cli.App{
		Name:      "verity",
		Usage:     "check claims and quotes against their sources",
		UsageText: "verity COMMAND [options] [arguments]",
		Description: `verity checks figures, statements and quotes — each optionally attributed to a
speaker — against source documents (text, Markdown, HTML) and reports each claim
as supported, contradicted or missing, with the reason and the evidence.

Examples:
   verity check seeds/claims.json
   verity check claims.json --sources articles/ --format json
   verity check --draft story.md --sources sources/
   verity quotes --sources press-release.html
   verity validate claims.json`,
		Version:              version(),
		Reader:               e.stdin,
		Writer:               e.stdout,
		ErrWriter:            e.stderr,
		HideHelpCommand:      true,
		Suggest:              true,
		EnableBashCompletion: false,
		// --sources takes paths, which may hold commas.
		DisableSliceFlagSeparator: true,
		ExitErrHandler:            func(*cli.Context, error) {},
		OnUsageError: func(c *cli.Context, err error, _ bool) error {
			return usagef("verity", "%s", flagError(err))
		},
		CommandNotFound: func(c *cli.Context, name string) {
			// Reported by the Action below, which sees the same name.
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("verity", "unknown command %q (commands: check, claims, quotes, validate, schema, version)", c.Args().First())
			}
			return usagef("verity", "missing command")
		},
		Commands: []*cli.Command{
			checkCommand(e),
			claimsCommand(e),
			quotesCommand(e),
			validateCommand(e),
			schemaCommand(e),
			versionCommand(e),
		},
	}
	for _, c := range app.Commands {
		name := "verity " + c.Name
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return usagef(name, "%s", flagError(err))
		}
	}
	return app
}

// flagError rewrites the flag package's messages ("flag provided but not
// defined: -frobnicate") in the words and spelling of verity's help:
// "unknown flag --frobnicate".
func flagError(err error) string {
	msg := err.Error()
	dashes := func(name string) string {
		name = strings.TrimLeft(name, "-")
		if len(name) == 1 {
			return "-" + name
		}
		return "--" + name
	}
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "unknown flag " + dashes(name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return dashes(name) + " needs a value"
	}
	// invalid boolean value "maybe" for -stats: parse error
	if rest, ok := strings.CutPrefix(msg, "invalid boolean value "); ok {
		if value, name, ok := strings.Cut(rest, " for "); ok {
			name, _, _ = strings.Cut(name, ":")
			return fmt.Sprintf("%s: invalid value %s (want true or false)", dashes(name), value)
		}
	}
	return msg
}

// reorderArgs moves a command's flags ahead of its positional arguments so
// that "verity check claims.json --format json" works: urfave/cli stops
// reading flags at the first positional argument. A "--" ends the flags.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return args
	}
	cmd := app.Command(args[0])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, pos []string
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if takesValue[name] {
			if i+1 == len(rest) {
				// The value is missing: leave the flag last, so that
				// the flag parser says so (not "--" taken as its value).
				return append([]string{args[0]}, flags...)
			}
			flags = append(flags, rest[i+1])
			i++
		}
	}
	out := append([]string{args[0]}, flags...)
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out
}
