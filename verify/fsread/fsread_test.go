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
	done := make(chan []byte)
	go func() {
		f, err := Open(fifo)
		if err != nil {
			t.Error(err)
			close(done)
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		done <- b
	}()
	select {
	case b := <-done:
		if len(b) != 0 {
			t.Errorf("a pipe nobody writes to read %q, want empty", b)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("opening a pipe without a writer blocked")
	}

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
