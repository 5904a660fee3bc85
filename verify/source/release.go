package source

import (
	"errors"
	"fmt"
	"hash/maphash"

	"github.com/verity-news/verity/verify/fsread"
)

// ErrChanged is the cause of a Reload error when the file is no longer
// what Load read.
var ErrChanged = errors.New("changed while verity was reading it; run again")

// sumSeed hashes the files Load reads, so that Reload can tell a file that
// changed since. It is random per process: the sums are never stored.
var sumSeed = maphash.MakeSeed()

// disk says where a Source that Load read from a file came from, so that
// its text can be released and read again.
type disk struct {
	path string // as opened
	size int    // len(Raw)
	sum  uint64 // maphash of Raw under sumSeed
}

// Size is the length of Raw as read, also once the source is released.
func (s *Source) Size() int {
	if s.released {
		return s.disk.size
	}
	return len(s.Raw)
}

// OnDisk reports whether Load read the source from a regular file, so that
// Release can drop its text and Reload read it again.
func (s *Source) OnDisk() bool { return s.disk != nil }

// Released reports whether Release dropped the source's text.
func (s *Source) Released() bool { return s.released }

// Release drops the source's bytes, text, blocks and sentences, keeping its
// name, format and warnings, when it was read from a file by Load and can
// be read again with Reload; it reports whether it did. A released
// Source's Raw, Text, Blocks and Sentences are empty: use Reload to work
// on it. Release must not be called while others read the source.
func (s *Source) Release() bool {
	if s.disk == nil || s.released {
		return s.released
	}
	s.released = true
	s.Raw, s.Text, s.Blocks, s.Sentences, s.pieces = nil, "", nil, nil, nil
	s.pos.Store(nil)
	return true
}

// Reload reads a source that Release dropped from its file again and
// returns it whole, as Load first read it; a source that was not released
// is returned as it is. The error is a *LoadError, with ErrChanged as its
// cause when the file's bytes differ from those Load read.
func (s *Source) Reload() (*Source, error) {
	if !s.released {
		return s, nil
	}
	raw, err := fsread.ReadFile(s.disk.path)
	if err != nil {
		return nil, &LoadError{Path: s.Name, Err: err}
	}
	if len(raw) != s.disk.size || maphash.Bytes(sumSeed, raw) != s.disk.sum {
		return nil, &LoadError{Path: s.Name, Err: ErrChanged}
	}
	r, err := parse(s.Name, raw, s.Format, true)
	if err != nil { // the bytes are those parsed before
		return nil, &LoadError{Path: s.Name, Err: fmt.Errorf("read again: %w", err)}
	}
	r.disk = s.disk
	return r, nil
}
