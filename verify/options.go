package verify

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/verity-news/verity/claims"
)

// CheckOptions tune CheckWith. The zero value checks as Check does.
type CheckOptions struct {
	// Progress, when set, is called after each claim is checked with the
	// number checked so far and the number of claims in the file. Calls
	// never overlap and done increases by one each time, up to total; it
	// should return quickly, as a checking worker waits for it.
	Progress func(done, total int)
}

// CheckWith is Check with options. Its results are Check's.
//
// Against a corpus whose sources are released (CorpusOptions.Release),
// the claims' candidates are found first, and the claims are then
// assessed in the order of their first candidate rather than in file
// order: claims whose evidence lies in the same sources are checked close
// together, so that those sources are read again once rather than once a
// claim. The results are in file order either way.
func (c *Corpus) CheckWith(ctx context.Context, file *claims.File, opt CheckOptions) ([]Result, error) {
	n := len(file.Claims)
	results := make([]Result, n)
	errs := make([]error, n)
	var mu sync.Mutex
	done := 0
	check := func(i int, cands []int32, found bool) {
		results[i], errs[i] = c.checkClaim(&file.Claims[i], cands, found)
		results[i].File = file.Name
		if opt.Progress != nil {
			mu.Lock()
			done++
			opt.Progress(done, n)
			mu.Unlock()
		}
	}
	var err error
	if c.reloaded == nil {
		err = parallel(ctx, n, func(i int) { check(i, nil, false) })
	} else {
		// Only the candidates are kept between the two passes: a claim is
		// prepared again to be assessed, as holding every prepared claim
		// of a large file would cost more memory than preparing costs time.
		cands := make([][]int32, n)
		first := make([]int32, n) // a claim's lowest candidate; -1 for none
		if err = parallel(ctx, n, func(i int) {
			cands[i] = c.retrieve(c.prepare(&file.Claims[i]))
			first[i] = -1
			if len(cands[i]) > 0 {
				first[i] = slices.Min(cands[i])
			}
		}); err == nil {
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(first[a], first[b]) })
			err = parallel(ctx, n, func(k int) { check(order[k], cands[order[k]], true) })
		}
	}
	if err != nil {
		return results, err
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

// checkClaim checks one claim, against cands when they were found before,
// returning the error of a released source that could not be read again
// (see Corpus.source).
func (c *Corpus) checkClaim(cl *claims.Claim, cands []int32, found bool) (r Result, err error) {
	defer func() {
		if e := recover(); e != nil {
			re, ok := e.(reloadError)
			if !ok {
				panic(e)
			}
			err = re.err
		}
	}()
	ci := c.prepare(cl)
	if !found {
		cands = c.retrieve(ci)
	}
	return c.decide(ci, cands), nil
}
