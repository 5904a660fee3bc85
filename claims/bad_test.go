package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// badFiles are the files in testdata/claims/bad, each with the full
// messages Load must give for it, in order, and their codes.
var badFiles = []struct {
	file   string
	reason string
	want   []string
	codes  []Code
}{
	{
		file:   "bad-escape.json",
		reason: "\\s is not one of JSON's escapes; the error points at the backslash",
		want: []string{
			"bad-escape.json:3:28: invalid JSON: invalid escape \\s in string",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "bare-word.json",
		reason: "True is not a JSON literal; only lower-case true, false and null are",
		want: []string{
			"bare-word.json:3:51: invalid JSON: unexpected word \"True\"; strings need double quotes, and the only bare words are true, false and null",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "block-comment.json",
		reason: "JSON has no /* */ comments either",
		want: []string{
			"block-comment.json:3:38: invalid JSON: comments are not allowed in JSON",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "bom.json",
		reason: "claims files must be UTF-8 without a BOM; the rest of the file is still checked and is fine",
		want: []string{
			"bom.json:1:1: file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
		},
		codes: []Code{"encoding"},
	},
	{
		file:   "claims-not-array.json",
		reason: "claims must be an array even for one claim",
		want: []string{
			"claims-not-array.json:2:13: /claims: expected an array of claims, got object",
		},
		codes: []Code{"type"},
	},
	{
		file:   "comment.json",
		reason: "JSON has no // comments; the error is at the first slash",
		want: []string{
			"comment.json:2:3: invalid JSON: comments are not allowed in JSON",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "crlf.json",
		reason: "CRLF line ends count as one line break and £ is one column",
		want: []string{
			"crlf.json:3:45: /claims/0/speaker: expected string, got boolean",
		},
		codes: []Code{"type"},
	},
	{
		file:   "duplicate-ids.json",
		reason: "each repeat of an id is reported at the repeat, naming the first occurrence",
		want: []string{
			"duplicate-ids.json:5:12: /claims/2/id: duplicate id \"x\" (first at line 3)",
			"duplicate-ids.json:6:12: /claims/3/id: duplicate id \"x\" (first at line 3)",
		},
		codes: []Code{"duplicate-id", "duplicate-id"},
	},
	{
		file:   "duplicate-key.json",
		reason: "JSON allows a key twice but we must not silently take the last one",
		want: []string{
			"duplicate-key.json:6:7: /claims/0/text: duplicate key \"text\" (first at line 5)",
		},
		codes: []Code{"duplicate-key"},
	},
	{
		file:   "empty-claims.json",
		reason: "minItems 1: a file with no claims checks nothing",
		want: []string{
			"empty-claims.json:1:12: /claims: claims must hold at least one claim",
		},
		codes: []Code{"empty"},
	},
	{
		file:   "empty.json",
		reason: "a zero-byte file gets its own message, not a JSON syntax error",
		want: []string{
			"empty.json:1:1: empty file: expected a JSON object {\"claims\": [...]}",
		},
		codes: []Code{"empty"},
	},
	{
		file:   "id-empty.json",
		reason: "minLength covers the empty id; the pattern error would say the same and is left out",
		want: []string{
			"id-empty.json:3:12: /claims/0/id: id must not be empty",
		},
		codes: []Code{"empty"},
	},
	{
		file:   "id-slash.json",
		reason: "ids are letters, digits, '.', '_' and '-' only",
		want: []string{
			"id-slash.json:3:12: /claims/0/id: id \"csg21/size\" may hold only letters, digits, '.', '_' and '-'",
		},
		codes: []Code{"pattern"},
	},
	{
		file:   "id-space.json",
		reason: "ids are letters, digits, '.', '_' and '-' only",
		want: []string{
			"id-space.json:3:12: /claims/0/id: id \"a b\" may hold only letters, digits, '.', '_' and '-'",
		},
		codes: []Code{"pattern"},
	},
	{
		file:   "id-unicode.json",
		reason: "only ASCII letters are allowed in ids",
		want: []string{
			"id-unicode.json:3:12: /claims/0/id: id \"café-1\" may hold only letters, digits, '.', '_' and '-'",
		},
		codes: []Code{"pattern"},
	},
	{
		file:   "invalid-utf8.json",
		reason: "a stray 0xff byte is reported at its own column and stops the reading",
		want: []string{
			"invalid-utf8.json:3:31: invalid UTF-8 byte 0xff; save the file as UTF-8",
		},
		codes: []Code{"encoding"},
	},
	{
		file:   "latin1.json",
		reason: "a Latin-1 é (0xe9) is not UTF-8",
		want: []string{
			"latin1.json:3:27: invalid UTF-8 byte 0xe9; save the file as UTF-8",
		},
		codes: []Code{"encoding"},
	},
	{
		file:   "leading-zero.json",
		reason: "JSON numbers have no leading zeros",
		want: []string{
			"leading-zero.json:3:47: invalid JSON: invalid number \"007\"",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "missing-claims.json",
		reason: "a required field missing from an object is reported at the object's '{'",
		want: []string{
			"missing-claims.json:1:1: missing required field \"claims\"",
		},
		codes: []Code{"required"},
	},
	{
		file:   "missing-comma.json",
		reason: "the caret goes where the comma belongs, right after the previous value",
		want: []string{
			"missing-comma.json:4:16: invalid JSON: missing ',' between object members",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "missing-id.json",
		reason: "id is required; reported at the claim's '{'",
		want: []string{
			"missing-id.json:3:5: /claims/0: missing required field \"id\"",
		},
		codes: []Code{"required"},
	},
	{
		file:   "missing-text.json",
		reason: "text is required; only the first claim lacks it",
		want: []string{
			"missing-text.json:3:5: /claims/0: missing required field \"text\"",
		},
		codes: []Code{"required"},
	},
	{
		file:   "nul-byte.json",
		reason: "a NUL byte is valid UTF-8 but never belongs in a claims file",
		want: []string{
			"nul-byte.json:3:30: NUL byte; a claims file is UTF-8 text (is this file UTF-16 or binary?)",
		},
		codes: []Code{"encoding"},
	},
	{
		file:   "several-errors.json",
		reason: "every schema and extra-check error comes back at once, sorted by position",
		want: []string{
			"several-errors.json:3:50: /claims/0/speaker: expected string, got number",
			"several-errors.json:4:5: /claims/1: missing required field \"text\"",
			"several-errors.json:4:12: /claims/1/id: duplicate id \"a\" (first at line 3)",
			"several-errors.json:4:17: /claims/1/txt: unknown field \"txt\" (did you mean \"text\"?)",
			"several-errors.json:5:12: /claims/2/id: id \"b c\" may hold only letters, digits, '.', '_' and '-'",
			"several-errors.json:5:27: /claims/2/text: text must not be empty",
			"several-errors.json:5:43: /claims/2/verbatim: expected boolean, got string",
			"several-errors.json:7:3: /notes: unknown field \"notes\"",
		},
		codes: []Code{"type", "required", "duplicate-id", "unknown-field", "pattern", "empty", "type", "unknown-field"},
	},
	{
		file:   "single-quotes.json",
		reason: "JSON strings and keys need double quotes",
		want: []string{
			"single-quotes.json:3:6: invalid JSON: strings and keys need double quotes, not single quotes",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "source-empty.json",
		reason: "a source name must hold a character",
		want: []string{
			"source-empty.json:3:60: /claims/0/sources/1: a source name must not be empty",
		},
		codes: []Code{"empty"},
	},
	{
		file:   "speaker-empty.json",
		reason: "an empty speaker is a mistake: leave the field out instead",
		want: []string{
			"speaker-empty.json:3:50: /claims/0/speaker: speaker must not be empty (leave the field out when there is no speaker)",
		},
		codes: []Code{"empty"},
	},
	{
		file:   "tab-in-string.json",
		reason: "a raw tab inside a string is a control character JSON forbids",
		want: []string{
			"tab-in-string.json:3:30: invalid JSON: tab character in string; write \\t",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "text-empty.json",
		reason: "text must hold the words to check",
		want: []string{
			"text-empty.json:3:25: /claims/0/text: text must not be empty",
		},
		codes: []Code{"empty"},
	},
	{
		file:   "text-whitespace.json",
		reason: "text of only white space (here escaped) passes minLength but is empty after trimming",
		want: []string{
			"text-whitespace.json:3:25: /claims/0/text: text must not be empty (it holds only white space)",
		},
		codes: []Code{"empty"},
	},
	{
		file:   "top-level-array.json",
		reason: "the top level must be the object that holds claims",
		want: []string{
			"top-level-array.json:1:1: expected an object with \"claims\", got array",
		},
		codes: []Code{"type"},
	},
	{
		file:   "top-level-string.json",
		reason: "the top level must be the object that holds claims",
		want: []string{
			"top-level-string.json:1:1: expected an object with \"claims\", got string",
		},
		codes: []Code{"type"},
	},
	{
		file:   "trailing-comma.json",
		reason: "a trailing comma is reported at the comma, not at the ']' after it",
		want: []string{
			"trailing-comma.json:3:38: invalid JSON: trailing comma before ']'",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "two-objects.json",
		reason: "a file holds one JSON value",
		want: []string{
			"two-objects.json:2:1: invalid JSON: unexpected '{' after the end of the top-level value",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "type-claim-not-object.json",
		reason: "each claim must be an object",
		want: []string{
			"type-claim-not-object.json:3:5: /claims/0: expected a claim object, got string",
		},
		codes: []Code{"type"},
	},
	{
		file:   "type-id-number.json",
		reason: "ids are strings, even numeric ones",
		want: []string{
			"type-id-number.json:3:12: /claims/0/id: expected string, got number",
		},
		codes: []Code{"type"},
	},
	{
		file:   "type-note-bool.json",
		reason: "note is free text",
		want: []string{
			"type-note-bool.json:3:47: /claims/0/note: expected string, got boolean",
		},
		codes: []Code{"type"},
	},
	{
		file:   "type-sources-item-number.json",
		reason: "each source is a string; the pointer names the item",
		want: []string{
			"type-sources-item-number.json:3:60: /claims/0/sources/1: expected string, got number",
		},
		codes: []Code{"type"},
	},
	{
		file:   "type-sources-not-array.json",
		reason: "sources must be an array even for one source",
		want: []string{
			"type-sources-not-array.json:3:50: /claims/0/sources: expected array, got string",
		},
		codes: []Code{"type"},
	},
	{
		file:   "type-speaker-null.json",
		reason: "null is not a way to leave a field out",
		want: []string{
			"type-speaker-null.json:3:50: /claims/0/speaker: expected string, got null",
		},
		codes: []Code{"type"},
	},
	{
		file:   "type-speaker-number.json",
		reason: "speaker must be a string; the column is the number's",
		want: []string{
			"type-speaker-number.json:3:67: /claims/0/speaker: expected string, got number",
		},
		codes: []Code{"type"},
	},
	{
		file:   "type-verbatim-string.json",
		reason: "verbatim is a JSON boolean, not the string \"true\"",
		want: []string{
			"type-verbatim-string.json:3:55: /claims/0/verbatim: expected boolean, got string",
		},
		codes: []Code{"type"},
	},
	{
		file:   "unclosed-object.json",
		reason: "the end of the file comes before the top-level '}'; the message names where it opened",
		want: []string{
			"unclosed-object.json:5:1: invalid JSON: unexpected end of file: the object opened with '{' at line 1, column 1 is not closed",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "unclosed-string.json",
		reason: "a string that runs into a line break is reported at its opening quote",
		want: []string{
			"unclosed-string.json:3:25: invalid JSON: unclosed string (a string ends on the line it starts; write \\n for a line break)",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "unknown-field-no-suggestion.json",
		reason: "colour is far from every field: no suggestion; Note differs from note only in case",
		want: []string{
			"unknown-field-no-suggestion.json:3:39: /claims/0/colour: unknown field \"colour\"",
			"unknown-field-no-suggestion.json:3:56: /claims/0/Note: unknown field \"Note\" (did you mean \"note\"?)",
		},
		codes: []Code{"unknown-field", "unknown-field"},
	},
	{
		file:   "unknown-field-schema-in-claim.json",
		reason: "$schema is allowed only at the top level",
		want: []string{
			"unknown-field-schema-in-claim.json:3:6: /claims/0/$schema: unknown field \"$schema\" (\"$schema\" belongs at the top level)",
		},
		codes: []Code{"unknown-field"},
	},
	{
		file:   "unknown-field-top.json",
		reason: "only $schema and claims are allowed at the top level",
		want: []string{
			"unknown-field-top.json:3:3: /version: unknown field \"version\"",
		},
		codes: []Code{"unknown-field"},
	},
	{
		file:   "unknown-field-typo.json",
		reason: "the error points at the unknown key and suggests the nearest field",
		want: []string{
			"unknown-field-typo.json:6:7: /claims/0/speeker: unknown field \"speeker\" (did you mean \"speaker\"?)",
		},
		codes: []Code{"unknown-field"},
	},
	{
		file:   "unquoted-key.json",
		reason: "object keys need double quotes",
		want: []string{
			"unquoted-key.json:2:3: invalid JSON: object keys need double quotes, found \"claims\"",
		},
		codes: []Code{"syntax"},
	},
	{
		file:   "utf16.json",
		reason: "a UTF-16 file is named as such rather than reported as invalid UTF-8",
		want: []string{
			"utf16.json:1:1: file starts with a UTF-16 byte-order mark; save it as UTF-8",
		},
		codes: []Code{"encoding"},
	},
	{
		file:   "whitespace-only.json",
		reason: "a file of only white space is as empty as an empty file",
		want: []string{
			"whitespace-only.json:1:1: file holds only white space: expected a JSON object {\"claims\": [...]}",
		},
		codes: []Code{"empty"},
	},
}

func TestLoadBad(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range badFiles {
		seen[c.file] = true
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "claims", "bad", c.file))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Load(c.file, data)
			if f != nil {
				t.Errorf("Load returned a File for a bad file")
			}
			list, ok := err.(ErrorList)
			if !ok {
				t.Fatalf("Load error is %T (%v), want ErrorList", err, err)
			}
			var got []string
			var codes []Code
			for _, e := range list {
				got = append(got, e.Error())
				codes = append(codes, e.Code)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("messages (-want +got):\n%s\nreason: %s", diff, c.reason)
			}
			if diff := cmp.Diff(c.codes, codes); diff != "" {
				t.Errorf("codes (-want +got):\n%s", diff)
			}
		})
	}
	// Every committed bad file must have its expectation.
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "claims", "bad", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if !seen[filepath.Base(p)] {
			t.Errorf("%s has no case in badFiles", p)
		}
	}
	if len(paths) < 30 {
		t.Errorf("%d bad files, want at least 30", len(paths))
	}
}
