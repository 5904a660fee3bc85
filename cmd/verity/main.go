// Command verity checks claims — figures, statements and quotes attributed
// to speakers — against source documents, and reports each claim as
// supported, contradicted or missing, with the reason and the evidence.
//
// Usage:
//
//	verity check CLAIMS.json… [--sources PATH]… [--format table|json|…] [--fail-on LIST]
//	verity quotes [--sources PATH]… [--format table|json]
//	verity validate CLAIMS.json…
//	verity check --draft DRAFT… [--sources PATH]… [--config FILE]
//	verity claims --draft DRAFT
//	verity schema claims|report|config
//	verity version
//
// Without --sources, the built-in seed documents are the corpus. Results go
// to stdout, diagnostics to stderr. Exit status: 0 when no claim is at or
// above the --fail-on threshold, 1 when some claim is, 2 for bad usage, an
// invalid claims file or an unreadable source.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
