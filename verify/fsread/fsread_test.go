//go:build unix

package fsread

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	emptyWithoutWriter(t, func() ([]byte, error) {
		f, err := Open(fifo)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return io.ReadAll(f)
	})

	// A pipe with a writer (process substitution) is read whole.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { w.WriteString("claims"); time.Sleep(50 * time.Millisecond); w.WriteString(" here"); w.Close() }()
	f, err := Open("/dev/fd/" + itoa(int(r.Fd())))
	if err != nil {
		t.Skip(err) // no /dev/fd here
	}
	if b, _ := io.ReadAll(f); string(b) != "claims here" {
		t.Errorf("process substitution read %q", b)
	}
	f.Close()

	if _, err := Open("/dev/null"); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a device: %v, want ErrNotRegular", err)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// emptyWithoutWriter checks that read, reading a named pipe nobody writes
// to, returns nothing and does not block.
func emptyWithoutWriter(t *testing.T, read func() ([]byte, error)) {
	t.Helper()
	done := make(chan []byte)
	go func() {
		b, err := read()
		if err != nil {
			t.Error(err)
		}
		done <- b
	}()
	select {
	case b := <-done:
		if len(b) != 0 {
			t.Errorf("a pipe nobody writes to read %q, want empty", b)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a pipe without a writer blocked")
	}
}
