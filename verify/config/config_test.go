package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/verity-news/verity/claims"
)

func TestParseGood(t *testing.T) {
	want := &Config{
		Sources: []string{filepath.Join("news", "sources") + string(filepath.Separator), filepath.Join("news", "press", "*.html")},
		FailOn:  "contradicted",
		Format:  "sarif",
		Ignore:  []string{"q-ben-wallace-its-no-secret", "f-2"},
	}
	cases := []struct {
		name, file, data string
		reason           string
	}{
		{"json", "news/.verity.json", `{
  "$schema": "https://verity-news.github.io/verity/schemas/config.schema.json",
  "sources": ["sources/", "press/*.html"],
  "fail-on": "contradicted",
  "format": "sarif",
  "ignore": ["q-ben-wallace-its-no-secret", "f-2"]
}`, "every field, paths joined to the file's directory"},
		{"yaml", "news/.verity.yaml", `# the newsroom's defaults
sources:
  - sources/
  - press/*.html
fail-on: contradicted
format: sarif
ignore: [q-ben-wallace-its-no-secret, f-2]
`, "the same in YAML, block and flow style"},
		{"yml", "news/.verity.yml", "sources: [sources/, 'press/*.html']\nfail-on: contradicted\nformat: sarif\nignore:\n- q-ben-wallace-its-no-secret\n- f-2\n", ".yml is YAML too"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse(c.file, []byte(c.data))
			if err != nil {
				t.Fatalf("%v (%s)", err, c.reason)
			}
			w := *want
			w.Path = c.file
			if !reflect.DeepEqual(got, &w) {
				t.Errorf("got %+v\nwant %+v (%s)", got, &w, c.reason)
			}
		})
	}
	if c, err := Parse("/abs/.verity.json", []byte(`{"sources": ["/srv/sources"]}`)); err != nil || c.Sources[0] != "/srv/sources" {
		t.Errorf("an absolute source path is kept: %v %v", c, err)
	}
	if c, err := Parse(".verity.json", []byte(`{}`)); err != nil || c.Sources != nil || c.Format != "" {
		t.Errorf("an empty object is a valid config with nothing set: %+v %v", c, err)
	}
}

func TestParseBad(t *testing.T) {
	cases := []struct {
		name, file, data string
		want             []string // every error, in order
		reason           string
	}{
		{"json type and typo", ".verity.json", "{\n  \"sources\": \"sources/\",\n  \"fial-on\": \"any\",\n  \"format\": 3\n}",
			[]string{
				`.verity.json:2:14: /sources: expected an array of strings, got string (write ["sources/"])`,
				`.verity.json:3:3: /fial-on: unknown field "fial-on" (did you mean "fail-on"?)`,
				`.verity.json:4:13: /format: expected string, got number`,
			}, "every problem at once, sorted, at the value or the key"},
		{"yaml enum", ".verity.yaml", "format: table\nfail-on: sometimes\n",
			[]string{`.verity.yaml:2:10: /fail-on: unknown value "sometimes" (want contradicted, missing, any or none)`},
			"an enum names the values it allows"},
		{"yaml columns in code points", ".verity.yaml", "ignore: [\"£24bn\", ok]\n",
			[]string{`.verity.yaml:1:10: /ignore/0: claim id "£24bn" may hold only letters, digits, '.', '_' and '-'`},
			"the £ before the id counts one column"},
		{"yaml duplicate", ".verity.yaml", "ignore:\n  - a\n  - b\n  - a\n",
			[]string{`.verity.yaml:4:5: /ignore: "a" is listed twice (first at line 2)`}, "uniqueItems points at the second one"},
		{"json duplicate key", ".verity.json", `{"format": "json", "format": "csv"}`,
			[]string{`.verity.json:1:20: /format: key "format" given twice`}, "a key given twice is ambiguous"},
		{"json syntax", ".verity.json", "{\n  \"format\": \"json\",\n}",
			[]string{`.verity.json:3:1: not valid JSON: invalid character '}' looking for beginning of object key string`}, "a trailing comma, at the byte that is wrong"},
		{"json truncated", ".verity.json", `{"format": "json"`,
			[]string{`.verity.json:1:18: not valid JSON: unexpected end of file`}, "the end of the file"},
		{"yaml syntax", ".verity.yaml", "format: json\n  sources: [a\n",
			[]string{`.verity.yaml:2:1: not valid YAML: mapping values are not allowed in this context`}, "yaml.v3 gives the line"},
		{"empty", ".verity.json", "  \n", []string{`.verity.json:1:1: empty file: expected an object such as {"sources": ["sources/"]}`}, "nothing to read"},
		{"array root", ".verity.yaml", "- a\n", []string{`.verity.yaml:1:1: expected an object of settings, got array`}, "the top level is a mapping"},
		{"empty source", ".verity.yaml", "sources: ['']\n", []string{`.verity.yaml:1:11: /sources/0: source must not be empty`}, "an empty path names nothing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(c.file, []byte(c.data))
			var list claims.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("got %v, want an ErrorList (%s)", err, c.reason)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%s\nwant\n%s\n(%s)", strings.Join(got, "\n"), strings.Join(c.want, "\n"), c.reason)
			}
		})
	}
}

func TestCaret(t *testing.T) {
	_, err := Parse(".verity.yaml", []byte("format: xml\n"))
	list := err.(claims.ErrorList)
	want := ".verity.yaml:1:9: /format: unknown value \"xml\" (want table, json, markdown, csv, sarif, github, junit or rdjsonl)\nformat: xml\n        ^"
	if got := list[0].Caret(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	mk := func(p, data string) {
		t.Helper()
		p = filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mk("repo/.git/HEAD", "ref: main")
	mk("repo/.verity.yaml", "format: json\n")
	mk("repo/news/drafts/story.md", "x")
	mk("repo/sub/.verity.json", "{}")
	mk("repo/sub/.verity.yaml", "{}")
	mk("outside/.verity.json", "{}")
	mk("outside/repo2/.git/HEAD", "x")
	mk("outside/repo2/drafts/a.md", "x")
	cases := []struct {
		dir, want, err string
		reason         string
	}{
		{"repo/news/drafts", "repo/.verity.yaml", "", "found two levels up"},
		{"repo", "repo/.verity.yaml", "", "in the directory itself"},
		{"outside/repo2/drafts", "", "", "the walk stops at the directory holding .git"},
		{"repo/sub", "", "two config files in one directory", "ambiguous"},
	}
	for _, c := range cases {
		got, err := Find(filepath.Join(root, c.dir))
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: err %v, want %q (%s)", c.dir, err, c.err, c.reason)
			}
			continue
		}
		if want := ""; c.want != "" {
			want = filepath.Join(root, c.want)
			if got != want {
				t.Errorf("%s: got %q, want %q (%s)", c.dir, got, want, c.reason)
			}
		} else if got != "" || err != nil {
			t.Errorf("%s: got %q, %v, want nothing (%s)", c.dir, got, err, c.reason)
		}
	}
	// A relative start gives a relative path.
	t.Chdir(filepath.Join(root, "repo/news"))
	if got, err := Find("drafts"); err != nil || got != filepath.Join("..", ".verity.yaml") {
		t.Errorf("Find(drafts) from repo/news = %q, %v; want ../.verity.yaml", got, err)
	}
}
