package verify

import (
	"strings"
	"sync"
)

// opKind is one step of an alignment between claim words and evidence words.
type opKind uint8

const (
	opMatch opKind = iota // the same word (or an agreeing figure) on both sides
	opSub                 // a claim word where the evidence has another word
	opDel                 // a claim word the evidence lacks
	opIns                 // an evidence word the claim lacks
	opGap                 // evidence words skipped by a claim's "…" or "[…]"
)

type op struct {
	kind opKind
	c, e int // claim and evidence token indexes (-1 when the step has none)
}

// alignment is where a claim's words sit best inside an evidence passage.
type alignment struct {
	ops        []op
	cost       int // substitutions, deletions and insertions: 0 is word for word
	start, end int // evidence token range [start, end) the claim covers
	matched    int // claim words matched
	words      int // claim words, gaps excluded
}

// ratio is the share of the claim's words found in order.
func (a *alignment) ratio() float64 {
	if a.words == 0 {
		return 0
	}
	return float64(a.matched) / float64(a.words)
}

// align fits the claim tokens c inside the evidence tokens e: all of c is
// aligned, and only the stretch of e that serves it (semi-global, "fitting"
// alignment). A substitution, a deletion and an insertion each cost 1; a
// claim gap token matches any run of evidence words for free. Ties go to
// the earliest evidence position, so the result is deterministic.
func align(c, e []tok) alignment {
	n, m := len(c), len(e)
	w := m + 1
	dp := dpPool.Get().(*[]int32)
	defer dpPool.Put(dp)
	if cap(*dp) < (n+1)*w {
		*dp = make([]int32, (n+1)*w)
	}
	// Row 0 is zero: the claim may start anywhere in the evidence. Every
	// other cell is written before it is read.
	d := (*dp)[:(n+1)*w]
	clear(d[:w])
	for i := 1; i <= n; i++ {
		cost := int32(1)
		if c[i-1].gap {
			cost = 0
		}
		d[i*w] = d[(i-1)*w] + cost
		for j := 1; j <= m; j++ {
			if c[i-1].gap {
				d[i*w+j] = min(d[(i-1)*w+j], d[i*w+j-1])
				continue
			}
			diag := d[(i-1)*w+j-1] + 1
			if sameWord(&c[i-1], &e[j-1]) {
				diag--
			}
			d[i*w+j] = min(diag, d[(i-1)*w+j]+1, d[i*w+j-1]+1)
		}
	}
	// The end: the cheapest column, the earliest among equals, except that
	// an end that pairs the claim's last word with an evidence word beats
	// one that drops it ("five years" against "four years" is a changed
	// figure, not a figure left out), and one that pairs it with the same
	// word beats both ("by March" against "but not by March" ends at
	// "March", not at "not").
	endRank := func(j int) int {
		if n == 0 || j == 0 || c[n-1].gap {
			return 0
		}
		diag := d[(n-1)*w+j-1] + 1
		if sameWord(&c[n-1], &e[j-1]) {
			diag--
			if diag == d[n*w+j] {
				return 2
			}
		}
		if diag == d[n*w+j] {
			return 1
		}
		return 0
	}
	best := 0
	for j := 1; j <= m; j++ {
		if d[n*w+j] < d[n*w+best] || (d[n*w+j] == d[n*w+best] && endRank(j) > endRank(best)) {
			best = j
		}
	}
	a := alignment{cost: int(d[n*w+best]), end: best}
	// Backtrace from (n, best) to row 0.
	i, j := n, best
	rp := opPool.Get().(*[]op)
	defer opPool.Put(rp)
	rev := (*rp)[:0]
	for i > 0 {
		cur := d[i*w+j]
		switch {
		case c[i-1].gap:
			if j > 0 && d[i*w+j-1] == cur {
				rev = append(rev, op{opGap, i - 1, j - 1})
				j--
			} else {
				i--
			}
			continue
		case j > 0 && sameWord(&c[i-1], &e[j-1]) && d[(i-1)*w+j-1] == cur:
			rev = append(rev, op{opMatch, i - 1, j - 1})
			i, j = i-1, j-1
		case j > 0 && d[(i-1)*w+j-1]+1 == cur:
			rev = append(rev, op{opSub, i - 1, j - 1})
			i, j = i-1, j-1
		case d[(i-1)*w+j]+1 == cur:
			rev = append(rev, op{opDel, i - 1, -1})
			i--
		default:
			rev = append(rev, op{opIns, -1, j - 1})
			j--
		}
	}
	a.start = j
	a.ops = make([]op, 0, len(rev))
	for k := len(rev) - 1; k >= 0; k-- {
		a.ops = append(a.ops, rev[k])
	}
	*rp = rev
	// Trim gap steps at either end: a leading or trailing "…" covers no
	// evidence the claim quotes.
	for len(a.ops) > 0 && a.ops[0].kind == opGap {
		a.ops = a.ops[1:]
		a.start++
	}
	for len(a.ops) > 0 && a.ops[len(a.ops)-1].kind == opGap {
		a.ops = a.ops[:len(a.ops)-1]
		a.end--
	}
	for _, t := range c {
		if !t.gap {
			a.words++
		}
	}
	for _, o := range a.ops {
		if o.kind == opMatch {
			a.matched++
		}
	}
	return a
}

// dpPool holds align's cost matrices, reused between alignments: a
// claim is aligned with dozens of passages, and a run checks thousands of
// claims.
var dpPool = sync.Pool{New: func() any { return new([]int32) }}

// opPool holds the steps align traces back, in reverse, before copying
// them in order into the alignment.
var opPool = sync.Pool{New: func() any { return new([]op) }}

// changes groups the alignment's differing steps into word-level changes:
// runs of claim words against the evidence words in their place.
func (a *alignment) changes(c, e []tok) []Change {
	var out []Change
	var cw, ew []string
	flush := func() {
		if len(cw) > 0 || len(ew) > 0 {
			out = append(out, Change{Claim: strings.Join(cw, " "), Evidence: strings.Join(ew, " ")})
			cw, ew = nil, nil
		}
	}
	for _, o := range a.ops {
		switch o.kind {
		case opMatch, opGap:
			flush()
		case opSub:
			cw = append(cw, c[o.c].raw)
			ew = append(ew, e[o.e].raw)
		case opDel:
			cw = append(cw, c[o.c].raw)
		case opIns:
			ew = append(ew, e[o.e].raw)
		}
	}
	flush()
	return out
}
