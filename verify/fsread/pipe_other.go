//go:build !unix

package fsread

import "os"

func openPipe(path string) (*os.File, error) { return os.Open(path) }
