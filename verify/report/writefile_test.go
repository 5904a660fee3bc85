package report

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := WriteFile(path, JSON, fakeReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := render(t, JSON, fakeReport(), Options{}); string(got) != string(want) {
		t.Error("the file differs from Write's output")
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", fi.Mode().Perm())
	}
	// Replacing keeps the old file's mode.
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, CSV, fakeReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced file mode %v, want 0600 kept", fi.Mode().Perm())
	}
	assertOnly(t, dir, "report.json")
}

func TestWriteFileFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	old := []byte("old report\n")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	bad := fakeReport()
	bad.Results[1].Score = math.NaN() // JSON can't hold NaN: rendering fails midway
	err := WriteFile(path, JSON, bad, Options{})
	if err == nil {
		t.Fatal("no error for a report JSON can't hold")
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name %s", err, path)
	}
	if got, _ := os.ReadFile(path); string(got) != string(old) {
		t.Errorf("the old file was clobbered: %q", got)
	}
	assertOnly(t, dir, "report.json")
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path string
		format     Format
		want       string
		reason     string
	}{
		{"no such directory", filepath.Join(dir, "missing", "r.json"), JSON, filepath.Join(dir, "missing", "r.json"), "the error names the path asked for, not the temporary file"},
		{"a directory", dir, JSON, dir, "a directory is not replaced"},
		{"unknown format", filepath.Join(dir, "r.yaml"), "yaml", `unknown format "yaml"`, "checked before anything is created"},
	}
	for _, tt := range tests {
		err := WriteFile(tt.path, tt.format, fakeReport(), Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q (%s)", tt.name, err, tt.want, tt.reason)
		}
		if strings.Contains(err.Error(), ".tmp-") {
			t.Errorf("%s: error %q names the temporary file", tt.name, err)
		}
	}
	assertOnly(t, dir)
}

// assertOnly checks that dir holds exactly the named files: no temporary
// file was left behind.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}
