//go:build unix

package fsread

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadFile checks that ReadFile reads what os.ReadFile reads, and
// refuses and fails as Open does, with the same errors.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, data := range [][]byte{nil, []byte("x"), []byte("two\nlines\n"), bytes.Repeat([]byte("news "), 300000)} {
		p := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(p)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: read %d bytes, %v", len(data), len(got), err)
		}
	}
	// A file whose size says 0 but holds bytes.
	if want, err := os.ReadFile("/proc/self/cmdline"); err == nil && len(want) > 0 {
		if got, err := ReadFile("/proc/self/cmdline"); err != nil || len(got) == 0 {
			t.Errorf("/proc/self/cmdline: %d bytes, %v; os.ReadFile read %d", len(got), err, len(want))
		}
	}
	// Errors as Open gives them.
	for _, p := range []string{filepath.Join(dir, "missing.txt"), dir} {
		_, err := ReadFile(p)
		_, openErr := Open(p)
		if openErr == nil {
			f, _ := Open(p)
			info, _ := f.Stat()
			_, openErr = readAll(f, info)
			f.Close()
		}
		if err == nil || openErr == nil || err.Error() != openErr.Error() {
			t.Errorf("%s: %v, want %v", p, err, openErr)
		}
	}
	if _, err := ReadFile("/dev/null"); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a device: %v, want ErrNotRegular", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret"), []byte("x"), 0); err == nil && os.Geteuid() != 0 {
		_, err := ReadFile(filepath.Join(dir, "secret"))
		if err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("an unreadable file: %v", err)
		}
	}
	// A pipe nobody writes to reads as empty, without blocking.
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip(err)
	}
	emptyWithoutWriter(t, func() ([]byte, error) { return ReadFile(fifo) })
	// Read tells a regular file, which can be read again, from a pipe.
	if _, regular, err := Read(fifo); regular || err != nil {
		t.Errorf("Read(fifo): regular %v, %v; want a pipe", regular, err)
	}
	if b, regular, err := Read(filepath.Join(dir, "missing.txt")); regular || err == nil || b != nil {
		t.Errorf("Read(missing): regular %v, %q, %v", regular, b, err)
	}
	p := filepath.Join(dir, "again.txt")
	if err := os.WriteFile(p, []byte("again"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, regular, err := Read(p); !regular || err != nil || string(b) != "again" {
		t.Errorf("Read(file): regular %v, %q, %v", regular, b, err)
	}
}
