// Package config reads verity's config file: the defaults of 'verity check'
// for a newsroom's drafts or a project's claims files.
//
// The file is .verity.json or .verity.yaml (.verity.yml): Find looks for it
// in a directory and its parents, stopping at the filesystem root or at a
// directory that holds .git (the repository's root is searched, its parent
// is not). Load reads one and validates it against the embedded schema
// (schemas/config.schema.json, JSON Schema 2020-12):
//
//	{
//	  "sources": ["sources/", "press/*.html"],
//	  "fail-on": "contradicted",
//	  "format": "table",
//	  "ignore": ["q-ben-wallace-its-no-secret"]
//	}
//
// Every problem comes back at once as a claims.ErrorList, in the form claims
// files use — FILE:LINE:COLUMN: POINTER: MESSAGE — with columns in Unicode
// code points, in JSON and YAML alike:
//
//	.verity.yaml:3:10: /fail-on: unknown value "sometimes" (want contradicted, missing, any or none)
package config
