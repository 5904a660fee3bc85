package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progress draws one status line on stderr during a long check — "reading
// sources…", "checking claims 120/1000" — rewritten in place with a
// carriage return. It draws only on a terminal with CI unset, so logs and
// pipes never see it, and only once the run has taken progressDelay, so a
// quick run does not flicker. It never writes to stdout. A nil *progress
// draws nothing.
type progress struct {
	w     io.Writer
	now   func() time.Time
	start time.Time

	mu    sync.Mutex
	msg   string    // the latest status, drawn or not
	last  time.Time // when the line was last drawn
	width int       // code points on the line now; 0 when it is clear
	base  int       // claims checked in earlier files
	total int       // claims in all files
	done  bool      // finish was called: draw nothing more
	timer *time.Timer
}

// Progress timing: nothing is drawn before progressDelay, and the line is
// redrawn at most once per progressEvery.
const (
	progressDelay = 300 * time.Millisecond
	progressEvery = 100 * time.Millisecond
)

// newProgress returns the status line for e's stderr, or nil when stderr is
// not a terminal or CI is set.
func newProgress(e *env) *progress {
	if !isTerminal(e.stderr) || e.getenv("CI") != "" {
		return nil
	}
	p := newProgressTo(e.stderr, time.Now)
	// A stage that starts before progressDelay and lasts is shown when
	// the delay is over.
	p.timer = time.AfterFunc(progressDelay, p.show)
	return p
}

func newProgressTo(w io.Writer, now func() time.Time) *progress {
	return &progress{w: w, now: now, start: now()}
}

// show draws the latest status, if any, now that the delay is over.
func (p *progress) show() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.msg != "" {
		p.draw(p.msg, true)
	}
}

// stage shows what the run is doing now ("reading sources").
func (p *progress) stage(msg string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(msg+"…", true)
}

// claims sets the number of claims in all the files to check.
func (p *progress) claims(total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.total = total
	p.mu.Unlock()
}

// checked returns the callback for verify.CheckOptions.Progress for the
// next file: it counts on from the files checked before.
func (p *progress) checked() func(done, total int) {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	base := p.base
	p.mu.Unlock()
	return func(done, total int) {
		p.mu.Lock()
		defer p.mu.Unlock()
		if done == total {
			p.base = base + total
		}
		all := max(p.total, base+total)
		n := base + done
		p.draw(fmt.Sprintf("checking claims %d/%d", n, all), n == all)
	}
}

// finish erases the line, before the report or an error is written; the
// line is not drawn again.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = true
	if p.timer != nil {
		p.timer.Stop()
	}
	if p.width > 0 {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.width)+"\r")
		p.width = 0
	}
}

// draw writes msg over the line, unless the run is young or the line was
// drawn a moment ago (force skips the second test: a new stage or the last
// count is always shown). The caller holds p.mu.
func (p *progress) draw(msg string, force bool) {
	p.msg = msg
	now := p.now()
	if p.done || now.Sub(p.start) < progressDelay || (!force && now.Sub(p.last) < progressEvery) {
		return
	}
	p.last = now
	n := len([]rune(msg))
	pad := ""
	if n < p.width {
		pad = strings.Repeat(" ", p.width-n)
	}
	fmt.Fprint(p.w, "\r"+msg+pad)
	p.width = n
}
