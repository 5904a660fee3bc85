package main

import (
	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/schemas"
)

func schemaCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "schema",
		Usage:     "print a JSON schema: the claims file, the JSON report or the config file",
		UsageText: "verity schema claims|report|config",
		Description: `Prints the JSON Schema (2020-12) of the claims file ("claims"), of the
report that 'verity check --format json' writes ("report") or of the
.verity.json / .verity.yaml config file ("config").

Examples:
   verity schema claims > claims.schema.json
   verity schema report`,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("verity schema", "want one argument: claims, report or config")
			}
			var b []byte
			switch c.Args().First() {
			case "claims":
				b = schemas.Claims
			case "report":
				b = schemas.Report
			case "config":
				b = schemas.Config
			default:
				return usagef("verity schema", "unknown schema %q (want claims, report or config)", c.Args().First())
			}
			_, err := e.stdout.Write(b)
			return err
		},
	}
}
