package main

import (
	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/schemas"
)

func schemaCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "schema",
		Usage:     "print a JSON schema: the claims file or the JSON report",
		UsageText: "verity schema claims|report",
		Description: `Prints the JSON Schema (2020-12) of the claims file ("claims") or of the
report that 'verity check --format json' writes ("report").

Examples:
   verity schema claims > claims.schema.json
   verity schema report`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("verity schema", "want one argument: claims or report")
			}
			var b []byte
			switch c.Args().First() {
			case "claims":
				b = schemas.Claims
			case "report":
				b = schemas.Report
			default:
				return usagef("verity schema", "unknown schema %q (want claims or report)", c.Args().First())
			}
			_, err := e.stdout.Write(b)
			return err
		},
	}
}
