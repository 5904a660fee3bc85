package fsread

import (
	"io"
	"io/fs"
	"os"
)

// ReadFile reads the file at path whole. It opens path as Open does, so a
// named pipe does not block and a device or socket is refused; a regular
// file is read with the fewest system calls the platform allows (see
// readRegular): a run reads thousands of small sources.
func ReadFile(path string) ([]byte, error) {
	b, _, err := Read(path)
	return b, err
}

// Read is ReadFile that also reports whether path is a regular file: one
// that can be read again, where a pipe's bytes are gone once read.
func Read(path string) (b []byte, regular bool, err error) {
	if b, ok, err := readRegular(path); ok {
		return b, true, err
	}
	f, err := Open(path)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		b, err := io.ReadAll(f)
		return b, false, err
	}
	b, err = readAll(f, info)
	return b, info.Mode().IsRegular(), err
}

// readAll reads f whole, in one allocation when its size is known.
func readAll(f *os.File, info fs.FileInfo) ([]byte, error) {
	if info.Mode().IsRegular() && info.Size() > 0 {
		buf := make([]byte, info.Size()+1) // +1 sees a file that grew
		n, err := io.ReadFull(f, buf)
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			return buf[:n], nil
		}
		if err != nil {
			return nil, err
		}
		rest, err := io.ReadAll(f)
		return append(buf[:n], rest...), err
	}
	return io.ReadAll(f)
}
