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
	var mu sync.Mutex
	done := 0
	err := parallel(ctx, n, func(i int) {
		results[i] = c.checkOne(&file.Claims[i])
		results[i].File = file.Name
		if opt.Progress != nil {
			mu.Lock()
			done++
			opt.Progress(done, n)
			mu.Unlock()
		}
	})
	return results, err
}
