//go:build unix

package fsread

import (
	"io/fs"
	"syscall"
)

// readRegular reads path whole when it is a regular file it can open:
// open, fstat, read to the end, close. Open's stat before opening and the
// runtime poller's registration of the file are left out. ok is false
// when path could not be opened or is not a regular file: ReadFile then
// takes Open's way, which gives the errors their usual form and refuses
// devices. A device is opened here only to be closed unread (O_NOCTTY:
// a terminal is not taken as the controlling one).
func readRegular(path string) (b []byte, ok bool, err error) {
	var fd int
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC|syscall.O_NOCTTY, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false, nil
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, false, nil
	}
	// One byte more than the size sees a file that grew; a file that
	// says it is empty (as /proc's do) may still hold bytes.
	buf := make([]byte, st.Size+1)
	n := 0
	for {
		if n == len(buf) {
			buf = append(buf, 0)[:n]
			buf = buf[:cap(buf)]
		}
		m, err := syscall.Read(fd, buf[n:])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, true, &fs.PathError{Op: "read", Path: path, Err: err}
		case m == 0:
			return buf[:n:n], true, nil
		}
		n += m
	}
}
