package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/verity-news/verity/claims"
)

// MaxSize is the largest config file Load reads, in bytes.
const MaxSize = 1 << 20

// Names are the file names Find looks for, in the order it tries them.
var Names = []string{".verity.json", ".verity.yaml", ".verity.yml"}

// Config is a valid config file. A field the file leaves out is empty.
type Config struct {
	// Path is the file's path as found or given.
	Path string
	// Sources are the source paths, files, directories or globs, joined to
	// the directory of Path (an absolute path is kept as it is).
	Sources []string
	// FailOn is the default of --fail-on: contradicted, missing, any or
	// none.
	FailOn string
	// Format is the default of --format, one of report.Formats.
	Format string
	// Ignore lists the ids of the claims to leave out of a check.
	Ignore []string
}

// Find returns the path of the config file in dir or the nearest of its
// parents, or "" when there is none. It stops after a directory holding
// .git and at the root. Two config files in one directory are an error:
// which one counts would be a guess.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	rel := dir // keep paths as relative as the caller's
	if filepath.IsAbs(dir) {
		rel = abs
	}
	for {
		var found []string
		for _, n := range Names {
			if fi, err := os.Stat(filepath.Join(abs, n)); err == nil && fi.Mode().IsRegular() {
				found = append(found, filepath.Join(rel, n))
			}
		}
		switch len(found) {
		case 1:
			return found[0], nil
		case 2, 3:
			return "", fmt.Errorf("%s and %s: two config files in one directory; keep one", found[0], found[1])
		}
		if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs, rel = parent, filepath.Join(rel, "..")
		if filepath.IsAbs(dir) {
			rel = abs
		}
	}
}

// Load reads and validates the config file at path. On a problem it returns
// a claims.ErrorList holding every problem, sorted by position.
func Load(path string) (*Config, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		// A named pipe or a device would block or never end.
		return nil, claims.ErrorList{{File: path, Offset: -1, Code: claims.CodeRead, Msg: "cannot read the config file: not a regular file"}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, readError(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, readError(path, err)
	}
	if len(data) > MaxSize {
		return nil, claims.ErrorList{{File: path, Offset: -1, Code: claims.CodeTooLarge,
			Msg: fmt.Sprintf("file is larger than %d KiB, the limit for config files", MaxSize>>10)}}
	}
	return Parse(path, data)
}

func readError(name string, err error) claims.ErrorList {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return claims.ErrorList{{File: name, Offset: -1, Code: claims.CodeRead, Msg: "cannot read the config file: " + err.Error()}}
}

// Parse validates the bytes of a config file named name: YAML when the
// name ends in .yaml or .yml, JSON otherwise. Sources are joined to the
// directory of name.
func Parse(name string, data []byte) (*Config, error) {
	yaml := strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
	root, probs := parse(data, yaml)
	if root != nil && len(probs) == 0 {
		probs = validate(root)
	}
	if len(probs) > 0 {
		return nil, errorList(name, data, probs)
	}
	c := &Config{Path: name}
	dir := filepath.Dir(name)
	for _, m := range root.members {
		switch m.key {
		case "sources":
			for _, s := range m.val.items {
				p := s.str
				if !filepath.IsAbs(p) {
					p = filepath.Join(dir, filepath.FromSlash(p))
					if strings.HasSuffix(s.str, "/") {
						p += string(filepath.Separator) // keep "sources/" looking like a directory
					}
				}
				c.Sources = append(c.Sources, p)
			}
		case "fail-on":
			c.FailOn = m.val.str
		case "format":
			c.Format = m.val.str
		case "ignore":
			for _, s := range m.val.items {
				c.Ignore = append(c.Ignore, s.str)
			}
		}
	}
	return c, nil
}
