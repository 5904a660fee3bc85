package main

import (
	"fmt"
	"runtime/debug"

	"github.com/urfave/cli/v2"
)

// version returns the module version the binary was built from, or
// "devel" for a build from a checkout.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func versionCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "version",
		Usage:     "print verity's version",
		UsageText: "verity version",
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usagef("verity version", "takes no arguments")
			}
			fmt.Fprintf(e.stdout, "verity %s\n", version())
			return nil
		},
	}
}
