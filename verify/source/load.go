package source

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/verity-news/verity/seeds"
	"github.com/verity-news/verity/verify/fsread"
)

// StdinName is the name of the source read from stdin ("-" on the command
// line): it cannot be confused with a file called "-".
const StdinName = "<stdin>"

// LoadOptions tunes Load.
type LoadOptions struct {
	// SkipUnreadable turns a file that exists but cannot be read into a
	// warning (the file is listed in Corpus.Unreadable) instead of an error.
	SkipUnreadable bool
	// Workers is the number of files parsed at once; 0 means GOMAXPROCS.
	Workers int
}

// Corpus is the set of sources Load read.
type Corpus struct {
	// Sources sorted by name; a file named twice is read once.
	Sources []*Source
	// Skipped are the names of files not read because they are not text:
	// binary or UTF-16 (SPEC §1). Each has a warning. They do not make a
	// report incomplete: they were never sources.
	Skipped []string
	// Unreadable are the names of files that could not be read and, with
	// SkipUnreadable, were left out: permission denied, an I/O error, a
	// broken symbolic link or unreadable directory under a directory, a
	// named pipe or device. Each has a warning. A report built without them
	// is incomplete.
	Unreadable []string
}

// ErrNoMatch is matched (errors.Is) by the LoadError of a glob that
// matches no file.
var ErrNoMatch = errors.New("no file matches")

// LoadError is a source path Load could not use: it does not exist, a glob
// matches nothing, or a file cannot be read. The CLI exits 2 on it.
type LoadError struct {
	Path string // the path or pattern as given
	Err  error  // a *fs.PathError, or ErrNoMatch
}

// Error is one line naming the path and what went wrong:
// "nope.txt: no such file or directory" (without the Go operation, "stat"
// or "open", which means nothing to the user).
func (e *LoadError) Error() string {
	if e.Path == "" {
		return `--sources "": an empty path names no source`
	}
	if errors.Is(e.Err, ErrNoMatch) {
		return fmt.Sprintf("no file matches %q", e.Path)
	}
	var pe *fs.PathError
	if errors.As(e.Err, &pe) {
		return e.Path + ": " + pe.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// ErrNotRegular is matched (errors.Is) by the LoadError of a path that is
// a socket or device: /dev/zero would be read for ever. Named pipes are
// read (process substitution, "--sources <(curl …)"), without waiting for
// a writer: a pipe nobody writes to is an empty source.
var ErrNotRegular = fsread.ErrNotRegular

// ErrBrokenLink is matched (errors.Is) by the LoadError of a symbolic link
// whose target does not exist.
var ErrBrokenLink = errors.New("broken symbolic link")

func (e *LoadError) Unwrap() error { return e.Err }

// file is a file to read: the name it is reported under and where it is.
type file struct {
	name string // "-" for stdin
	path string
	key  string // identity for de-duplication
	err  error  // why the file cannot be read, known before reading it
}

// Load reads the sources named by paths: files, directories (walked
// recursively in sorted order; hidden files and directories skipped;
// symlinked directories followed, loops skipped with a warning), globs
// (filepath.Match syntax; "**" is not special), and "-" for one source
// from stdin (named StdinName, read as HTML when it starts with an HTML
// tag, else as plain text). A file under a directory is named by the
// directory as given joined (path.Join) with its relative path, with '/'.
//
// Errors are *LoadError values (joined when there are several): a missing
// path, a glob matching nothing, an unreadable file (with SkipUnreadable,
// unreadable files are listed in Corpus.Unreadable instead, with a
// warning). Binary and UTF-16 files are skipped with a warning and listed
// in Corpus.Skipped. A named pipe, socket or device named on the command
// line is unreadable (reading it could block); under a directory it is
// ignored like a hidden file. A file with no text is read, with a warning.
// Files are parsed in parallel; the result does not depend on the number of
// workers.
func Load(ctx context.Context, paths []string, stdin io.Reader, opt LoadOptions) (*Corpus, []Warning, error) {
	var files []file
	var warns []Warning
	var errs []error
	for _, p := range paths {
		fs, w, err := expand(p)
		files = append(files, fs...)
		warns = append(warns, w...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, warns, errors.Join(errs...)
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].name < files[j].name })
	seen := map[string]bool{}
	uniq := files[:0]
	for _, f := range files {
		if !seen[f.key] {
			seen[f.key] = true
			uniq = append(uniq, f)
		}
	}
	files = uniq

	type result struct {
		src *Source
		err error
	}
	results := make([]result, len(files))
	jobs := make(chan int)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for range min(workers, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if files[i].err != nil {
					results[i].err = files[i].err
					continue
				}
				results[i].src, results[i].err = readSource(files[i], stdin)
			}
		}()
	}
feed:
	for i := range files {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, warns, err
	}

	c := &Corpus{}
	for i, r := range results {
		var be *BinaryError
		switch {
		case r.err == nil:
			c.Sources = append(c.Sources, r.src)
			warns = append(warns, r.src.Warnings...)
		case errors.As(r.err, &be):
			c.Skipped = append(c.Skipped, files[i].name)
			warns = append(warns, Warning{files[i].name, strings.TrimPrefix(be.Error(), files[i].name+": ")})
		case opt.SkipUnreadable:
			c.Unreadable = append(c.Unreadable, files[i].name)
			warns = append(warns, Warning{files[i].name, "unreadable (" + cause(r.err) + "); skipped"})
		default:
			errs = append(errs, &LoadError{Path: files[i].name, Err: r.err})
		}
	}
	if len(errs) > 0 {
		return nil, warns, errors.Join(errs...)
	}
	return c, warns, nil
}

// cause is err without an *fs.PathError's operation and path: the warning
// or error already names the file.
func cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// readSource reads and parses one file.
func readSource(f file, stdin io.Reader) (*Source, error) {
	if f.name == "-" {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		raw, err := io.ReadAll(stdin)
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: StdinName, Err: err}
		}
		return ParseAs(StdinName, raw, sniff(raw))
	}
	raw, regular, err := fsread.Read(f.path)
	if err != nil {
		return nil, err
	}
	s, err := parse(f.name, raw, FormatOf(f.name), true)
	if err == nil && regular {
		s.disk = &disk{path: f.path, size: len(raw), sum: maphash.Bytes(sumSeed, raw)}
	}
	return s, err
}

// sniff guesses the format of unnamed content: HTML when it starts with a
// tag or doctype, plain text otherwise.
func sniff(raw []byte) Format {
	s := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(string(raw[:min(len(raw), 512)]), "\ufeff")))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<div", "<article"} {
		if strings.HasPrefix(s, p) {
			return HTML
		}
	}
	return PlainText
}

// expand turns one command-line path into files.
func expand(p string) ([]file, []Warning, error) {
	if p == "-" {
		return []file{{name: "-", key: "-"}}, nil, nil
	}
	info, err := os.Stat(p)
	if err != nil {
		if isGlob(p) && errors.Is(err, fs.ErrNotExist) {
			return expandGlob(p)
		}
		if li, lerr := os.Lstat(p); lerr == nil && li.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
			return nil, nil, &LoadError{Path: p, Err: brokenLink(p)}
		}
		return nil, nil, &LoadError{Path: p, Err: err}
	}
	if !info.IsDir() {
		f := file{name: p, path: p, key: fileKey(p)}
		if m := info.Mode(); !m.IsRegular() && m&fs.ModeNamedPipe == 0 {
			f.err = fsread.NotRegular(m)
		}
		return []file{f}, nil, nil
	}
	var files []file
	var warns []Warning
	name := strings.TrimSuffix(filepath.ToSlash(p), "/")
	if name == "" {
		name = "/"
	}
	walkDir(p, name, []os.FileInfo{info}, &files, &warns)
	if len(files) == 0 {
		warns = append(warns, Warning{name, "directory holds no source files"})
	}
	return files, warns, nil
}

// brokenLink describes the symbolic link p whose target is missing.
func brokenLink(p string) error {
	if t, err := os.Readlink(p); err == nil {
		return fmt.Errorf("%w (to %s)", ErrBrokenLink, t)
	}
	return ErrBrokenLink
}

func isGlob(p string) bool { return strings.ContainsAny(p, "*?[") }

func expandGlob(pattern string) ([]file, []Warning, error) {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return nil, nil, &LoadError{Path: pattern, Err: err}
	}
	var files []file
	var warns []Warning
	for _, m := range matches {
		if hidden(filepath.Base(m)) && !hidden(filepath.Base(pattern)) {
			continue
		}
		info, err := os.Stat(m)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				err = brokenLink(m)
			}
			files = append(files, file{name: filepath.ToSlash(m), path: m, key: "link:" + m, err: err})
			continue
		}
		if info.IsDir() {
			walkDir(m, filepath.ToSlash(m), []os.FileInfo{info}, &files, &warns)
			continue
		}
		if !info.Mode().IsRegular() {
			continue // pipes, sockets, devices, as under a directory
		}
		files = append(files, file{name: filepath.ToSlash(m), path: m, key: fileKey(m)})
	}
	if len(files) == 0 {
		return nil, warns, &LoadError{Path: pattern, Err: ErrNoMatch}
	}
	return files, warns, nil
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") && name != "." && name != ".." }

// walkDir adds the files under dir (named under name) in sorted order.
// ancestors are the directories being walked, to detect symlink loops.
func walkDir(dir, name string, ancestors []os.FileInfo, files *[]file, warns *[]Warning) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		// Its files are lost: unreadable, like a file that cannot be read.
		*files = append(*files, file{name: name, path: dir, key: "dir:" + fileKey(dir), err: err})
		return
	}
	realDir := "" // fileKey(dir), once needed
	for _, e := range entries {
		if hidden(e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		n := path.Join(name, e.Name())
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				// The file it names is lost: unreadable.
				if errors.Is(err, fs.ErrNotExist) {
					err = brokenLink(p)
				}
				*files = append(*files, file{name: n, path: p, key: "link:" + p, err: err})
				continue
			}
			if info.IsDir() {
				loop := false
				for _, a := range ancestors {
					if os.SameFile(a, info) {
						loop = true
						break
					}
				}
				if loop {
					*warns = append(*warns, Warning{n, "symbolic link loop; skipped"})
					continue
				}
				walkDir(p, n, append(ancestors, info), files, warns)
				continue
			}
			isDir = false
		}
		if isDir {
			info, err := os.Stat(p)
			if err != nil {
				*files = append(*files, file{name: n, path: p, key: "dir:" + p, err: err})
				continue
			}
			walkDir(p, n, append(ancestors, info), files, warns)
			continue
		}
		if !e.Type().IsRegular() && e.Type()&fs.ModeSymlink == 0 {
			continue // sockets, devices, pipes
		}
		key := ""
		if e.Type()&fs.ModeSymlink == 0 {
			// A plain entry's key is its directory's joined with its name:
			// resolving the directory once, not every file's path again,
			// saves a stat per path element per file.
			if realDir == "" {
				realDir = fileKey(dir)
			}
			key = filepath.Join(realDir, e.Name())
		} else {
			key = fileKey(p)
		}
		*files = append(*files, file{name: n, path: p, key: key})
	}
}

// fileKey identifies a file whatever path names it.
func fileKey(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		p = a
	}
	return p
}

// Seeds parses the built-in seed documents (SPEC §1), named by their file
// names, in name order.
func Seeds() ([]*Source, error) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]*Source, 0, len(names))
	for _, n := range names {
		raw, err := seeds.FS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		s, err := Parse(n, raw)
		if err != nil {
			return nil, fmt.Errorf("seed %w", err)
		}
		out = append(out, s)
	}
	return out, nil
}
