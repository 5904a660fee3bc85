//go:build unix

package fsread

import (
	"os"
	"syscall"
)

// openPipe opens a named pipe with O_NONBLOCK, so that open does not wait
// for a writer. The os package then reads it through the runtime poller:
// reads wait for data, and end at EOF once no writer is left.
func openPipe(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
