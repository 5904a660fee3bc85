package claims

import "testing"

// BenchmarkLoad loads a valid 8 MB claims file, one claim per line.
func BenchmarkLoad(b *testing.B) {
	data, _ := bigFile(8 << 20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Load("bench.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse and BenchmarkValidate split Load's time between the
// position-recording parser and jsonschema.
func BenchmarkParse(b *testing.B) {
	data, _ := bigFile(8 << 20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if p, _, _ := parse(data, 0); p.fatal {
			b.Fatal(p.probs)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	data, _ := bigFile(8 << 20)
	_, v, root := parse(data, 0)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if probs := validate(v, &root); len(probs) > 0 {
			b.Fatal(probs)
		}
	}
}
