package main

import (
	"fmt"
	"io"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/verity-news/verity/verify"
)

var statsFlag = &cli.BoolFlag{
	Name:  "stats",
	Usage: "print to stderr what was read and indexed and the time each stage took",
}

// runStats collects what verity check --stats prints on stderr: the size
// of the corpus, and the wall time and processor time of each stage (the
// processor time of all cores, user and system, where the platform gives
// it). A nil *runStats records nothing, so the command calls it
// unconditionally.
type runStats struct {
	start, last       time.Time
	startCPU, lastCPU time.Duration
	cpuOK             bool
	stages            []stage
	corpus            verify.Stats
	claims            int
}

type stage struct {
	name      string
	took, cpu time.Duration
}

// newRunStats starts the clock when on; it returns nil otherwise.
func newRunStats(on bool) *runStats {
	if !on {
		return nil
	}
	now := time.Now()
	cpu, ok := cpuTime()
	return &runStats{start: now, last: now, startCPU: cpu, lastCPU: cpu, cpuOK: ok}
}

// lap ends the stage called name: the time since the previous lap.
func (s *runStats) lap(name string) {
	if s == nil {
		return
	}
	now := time.Now()
	cpu, _ := cpuTime()
	s.stages = append(s.stages, stage{name, now.Sub(s.last), cpu - s.lastCPU})
	s.last, s.lastCPU = now, cpu
}

// indexed records what the corpus holds.
func (s *runStats) indexed(c *verify.Corpus) {
	if s != nil {
		s.corpus = c.Stats()
	}
}

// checked records the number of claims checked.
func (s *runStats) checked(n int) {
	if s != nil {
		s.claims += n
	}
}

// print writes the figures, one aligned line each, a stage's processor
// time after its wall time:
//
//	verity: stats: sources              3
//	verity: stats: load            1.2ms  cpu      2.1ms
func (s *runStats) print(w io.Writer) {
	if s == nil {
		return
	}
	line := func(name, value string) { fmt.Fprintf(w, "verity: stats: %-14s %12s\n", name, value) }
	line("sources", fmt.Sprint(s.corpus.Sources))
	line("bytes", fmt.Sprint(s.corpus.Bytes))
	line("quotes", fmt.Sprint(s.corpus.Quotes))
	line("passages", fmt.Sprint(s.corpus.Passages))
	line("stems", fmt.Sprint(s.corpus.Stems))
	line("claims", fmt.Sprint(s.claims))
	timed := func(name string, took, cpu time.Duration) {
		if !s.cpuOK {
			line(name, took.Round(time.Microsecond).String())
			return
		}
		fmt.Fprintf(w, "verity: stats: %-14s %12s  cpu %12s\n", name, took.Round(time.Microsecond), cpu.Round(time.Microsecond))
	}
	for _, st := range s.stages {
		timed(st.name, st.took, st.cpu)
	}
	timed("total", s.last.Sub(s.start), s.lastCPU-s.startCPU)
}
