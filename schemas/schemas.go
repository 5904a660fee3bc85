// Package schemas embeds verity's JSON schemas: the claims file (SPEC §3),
// the --format json report (SPEC §5) and the config file.
package schemas

import _ "embed"

// Claims is schemas/claims.schema.json, JSON Schema 2020-12.
//
//go:embed claims.schema.json
var Claims []byte

// Report is schemas/report.schema.json, JSON Schema 2020-12.
//
//go:embed report.schema.json
var Report []byte

// Config is schemas/config.schema.json, JSON Schema 2020-12: the
// .verity.json or .verity.yaml config file.
//
//go:embed config.schema.json
var Config []byte
