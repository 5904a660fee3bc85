// Package fsread opens the files verity reads (claims files and sources)
// so that no path can hang a run: a named pipe is opened without waiting
// for a writer, and devices and sockets are refused.
//
// Pipes are read, not refused, so that process substitution works
// ("verity check <(gen-claims) --sources <(curl …)"): such a path is a
// pipe whose writer is already there. A named pipe nobody writes to reads
// as empty instead of blocking for ever.
package fsread

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotRegular is matched (errors.Is) by the error for a device or socket.
var ErrNotRegular = errors.New("not a regular file")

// Open opens path for reading. A regular file or directory is opened as
// os.Open does; a named pipe without blocking on its writer; anything else
// (a device, a socket) is refused with an error matching ErrNotRegular:
// /dev/zero would be read for ever.
func Open(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	m := info.Mode()
	switch {
	case m.IsRegular(), m.IsDir():
		return os.Open(path)
	case m&fs.ModeNamedPipe != 0:
		return openPipe(path)
	}
	return nil, &fs.PathError{Op: "open", Path: path, Err: NotRegular(m)}
}

// NotRegular describes a file that is neither a regular file, a directory
// nor a pipe: "not a regular file (device)".
func NotRegular(m fs.FileMode) error {
	kind := "special file"
	switch {
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeDevice != 0:
		kind = "device"
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, kind)
}
