//go:build !unix

package source

import "errors"

func syscallMkfifo(string) error { return errors.New("named pipes need a Unix system") }
