package main

import (
	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/verify/report"
)

func quotesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "quotes",
		Usage:     "list the quotes found in the sources: who said which words, where",
		UsageText: "verity quotes [--sources PATH]… [--format table|json]",
		Description: `Extracts every quote span from the sources — direct quotes in quote marks or
quote blocks, and reported speech — with its speaker, the words that name the
speaker, the cue ("said", "told", "according to") and its position.
Without --sources, the built-in seed documents are read.

Examples:
   verity quotes
   verity quotes --sources article.html
   verity quotes --sources archive/ --format json > quotes.json`,
		Flags: []cli.Flag{
			sourcesFlag,
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: table or json"},
			&cli.BoolFlag{Name: "skip-unreadable", Usage: "warn about unreadable sources instead of exiting 2"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("verity quotes", "unexpected argument %q (name sources with --sources)", c.Args().First())
			}
			var format report.Format
			if err := format.Set(c.String("format")); err != nil || (format != report.Table && format != report.JSON) {
				return usagef("verity quotes", "unknown format %q (want table or json)", c.String("format"))
			}
			corpus, _, err := loadCorpus(c.Context, e, c.StringSlice("sources"), c.Bool("skip-unreadable"))
			if err != nil {
				return err
			}
			return report.WriteQuotes(e.stdout, format, report.NewQuotes(corpus.Sources, corpus.Spans))
		},
	}
}
