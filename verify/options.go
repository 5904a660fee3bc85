package verify

import (
	"context"
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
func (c *Corpus) CheckWith(ctx context.Context, file *claims.File, opt CheckOptions) ([]Result, error) {
	n := len(file.Claims)
	results := make([]Result, n)
	errs := make([]error, n)
	var mu sync.Mutex
	done := 0
	err := parallel(ctx, n, func(i int) {
		results[i], errs[i] = c.checkClaim(&file.Claims[i])
		results[i].File = file.Name
		if opt.Progress != nil {
			mu.Lock()
			done++
			opt.Progress(done, n)
			mu.Unlock()
		}
	})
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

// checkClaim checks one claim, returning the error of a released source
// that could not be read again (see Corpus.source).
func (c *Corpus) checkClaim(cl *claims.Claim) (r Result, err error) {
	defer func() {
		if e := recover(); e != nil {
			re, ok := e.(reloadError)
			if !ok {
				panic(e)
			}
			err = re.err
		}
	}()
	return c.checkOne(cl), nil
}
