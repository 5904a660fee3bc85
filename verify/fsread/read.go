package fsread

import (
	"io"
	"os"
)

// ReadFile reads the file at path whole. It opens path as Open does, so a
// named pipe does not block and a device or socket is refused; a regular
// file is read with the fewest system calls the platform allows (see
// readRegular): a run reads thousands of small sources.
func ReadFile(path string) ([]byte, error) {
	if b, ok, err := readRegular(path); ok {
		return b, err
	}
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAll(f)
}

// readAll reads f whole, in one allocation when its size is known.
func readAll(f *os.File) ([]byte, error) {
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > 0 {
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
