package verify

import (
	"math"
	"math/bits"
	"slices"
)

// sliceBlock is how many words of 64 passages the bit-sliced count takes at
// a time: a stem's bits over one block take 2 KiB, so those of a claim's
// stems stay in the processor's first-level cache. Tests make it smaller.
var sliceBlock = 256

// countSliced returns the candidates of the stem ids (see candidates) by
// counting, for every passage, how many of the stems it holds: need or more
// make it a candidate. The count runs a word of 64 passages at a time: the
// stems' bits for those passages (a bitmap's word, or a word of a row the
// postings list is decoded into) are added into bit-sliced counters, bit i
// of every passage's count in one uint64 (carry-save addition), so a
// passage costs a few logical operations per 64 stems held, and a word
// whose passages fall short of the threshold is passed over whole.
//
// ids is ordered rarest first, and a passage reaching need holds one of the
// first probe (prefix filtering): a block none of whose passages holds one
// is not counted. Passages are visited in order, so the best are found
// without ranking them all: once limit passages hold v stems or more, a
// later passage with v or fewer ranks below them (ties go to the earlier
// passage), and only counts above v are looked at from then on.
func (c *Corpus) countSliced(ids []int32, need, probe, limit int, allow func(src int) bool, sc *candScratch) []int32 {
	k, block := len(ids), sliceBlock
	nw := (len(c.passages) + 63) / 64
	if cap(sc.rows) < k*block {
		sc.rows = make([]uint64, k*block)
	}
	rows := sc.rows[:k*block]
	clear(rows)
	// A postings list is read as the blocks need it: cur[r] is the next
	// passage of stem ids[r] (math.MaxInt32 past the end), at[r] the
	// index after its encoding.
	cur, at := make([]int32, k), make([]int, k)
	// ids are ordered by how many passages hold them, and a stem held by
	// more than those of a bitmap has one: the bitmaps are bms, those of
	// ids[firstBitmap:].
	firstBitmap := k
	var bms [][]uint64
	for r, sid := range ids {
		if bm := c.bitmap(sid); bm != nil {
			firstBitmap = min(firstBitmap, r)
			bms = append(bms, bm)
			continue
		}
		cur[r], at[r] = c.nextPosting(sid, 0, -1)
	}
	// byOverlap[v] counts the candidates found so far that hold v of the
	// stems; from is the least count still looked at.
	byOverlap := make([]int, k+1)
	from := need
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	np := bits.Len(uint(k)) // bit planes a count takes
	var planes [8]uint64
	for w0 := 0; w0 < nw && from <= k; w0 += block {
		w1 := min(w0+block, nw)
		end := int32(w1) << 6
		// A passage holding from or more of the k stems holds one of any
		// k-from+1 of them: the probe narrows as from rises.
		probe := min(probe, k-from+1)
		// Decode the lists' postings in the block into their rows, the
		// probed ones first: when none of those has one, the block holds
		// no candidate and the others' postings are only passed over.
		hit := firstBitmap < probe
		for r, sid := range ids {
			if r == probe && !hit {
				for ; r < k; r++ {
					if c.bitmapOf[ids[r]] < 0 {
						cur[r], at[r] = c.skipPostings(ids[r], end, cur[r], at[r])
					}
				}
				break
			}
			if c.bitmapOf[sid] >= 0 {
				continue
			}
			p, i := cur[r], at[r]
			hit = hit || p < end
			post := c.postings(sid)
			for p < end {
				rows[r*block+int(p>>6)-w0] |= 1 << (p & 63)
				if i >= len(post) {
					p = math.MaxInt32
					break
				}
				var x uint32
				x, i = nextGap(post, i)
				p += int32(x) + 1
			}
			cur[r], at[r] = p, i
		}
		if !hit {
			continue
		}
		for j := range w1 - w0 {
			// Likewise a word none of whose passages holds a probed stem.
			var any uint64
			for r := j; r < min(probe, firstBitmap)*block; r += block {
				any |= rows[r]
			}
			for r := firstBitmap; r < probe; r++ {
				any |= bms[r-firstBitmap][w0+j]
			}
			if any == 0 {
				continue
			}
			// The bitmaps' words go into their rows only where counted.
			for r := firstBitmap; r < k; r++ {
				rows[r*block+j] = bms[r-firstBitmap][w0+j]
			}
			sumWords(&planes, rows, block, j)
			x := atLeast(&planes, np, from)
			for ; x != 0; x &= x - 1 {
				b := bits.TrailingZeros64(x)
				ov := 0
				for i := range np {
					ov |= int(planes[i]>>b&1) << i
				}
				p := int32((w0+j)<<6 | b)
				if ov < from || allow != nil && !allow(int(c.passages[p].src)) {
					continue
				}
				cands = append(cands, scoredPassage{p, ov})
				byOverlap[ov]++
				// Raise from past the greatest count that limit
				// candidates reach.
				for v, n := k, 0; v >= from; v-- {
					if n += byOverlap[v]; n >= limit {
						from = v + 1
						break
					}
				}
			}
		}
		clear(rows)
	}
	floor := overlapFloor(byOverlap, need, limit)
	cands = slices.DeleteFunc(cands, func(cd scoredPassage) bool { return cd.overlap < floor })
	slices.SortStableFunc(cands, func(a, b scoredPassage) int { return b.overlap - a.overlap })
	out := make([]int32, min(limit, len(cands)))
	for i := range out {
		out[i] = cands[i].p
	}
	return out
}

// nextPosting decodes the passage after prev from stem id sid's postings
// list at byte i: it returns the passage and the index after it, or
// math.MaxInt32 at the end of the list.
func (c *Corpus) nextPosting(sid int32, i int, prev int32) (int32, int) {
	post := c.postings(sid)
	if i >= len(post) {
		return math.MaxInt32, i
	}
	x, i := nextGap(post, i)
	return prev + int32(x) + 1, i
}

// skipPostings returns the first passage at or after end in stem id sid's
// postings list, from passage p at byte i, and the index after it.
func (c *Corpus) skipPostings(sid, end, p int32, i int) (int32, int) {
	for p < end {
		p, i = c.nextPosting(sid, i, p)
	}
	return p, i
}

// sumWords adds up word j of every row of rows (of block words each),
// passage by passage, into planes: bit i of a passage's count is its bit
// of planes[i].
func sumWords(planes *[8]uint64, rows []uint64, block, j int) {
	// Up to 15 rows in four planes held in registers.
	head := rows[:min(len(rows), 15*block)]
	var s0, s1, s2, s3 uint64
	for r := j; r < len(head); r += block {
		x := head[r]
		c0 := s0 & x
		s0 ^= x
		c1 := s1 & c0
		s1 ^= c0
		s3 ^= s2 & c1
		s2 ^= c1
	}
	*planes = [8]uint64{s0, s1, s2, s3}
	// Further rows add into all eight.
	for r := len(head) + j; r < len(rows); r += block {
		x := rows[r]
		for i := range planes {
			planes[i], x = planes[i]^x, planes[i]&x
		}
	}
}

// atLeast returns the word whose bits mark the passages whose count, in
// np planes, is at least v: those where count-v borrows nothing.
func atLeast(planes *[8]uint64, np, v int) uint64 {
	if v>>np != 0 {
		return 0
	}
	var borrow uint64
	for i := range np {
		if v>>i&1 != 0 {
			borrow |= ^planes[i]
		} else {
			borrow &= ^planes[i]
		}
	}
	return ^borrow
}
