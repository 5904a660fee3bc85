package words

import (
	"fmt"
	"sync"
	"testing"
)

func TestCache(t *testing.T) {
	c := newCache(100)
	if _, ok := c.get("a"); ok {
		t.Fatal("empty cache has a")
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 300 {
				k := fmt.Sprint(i)
				c.put(k, k+"!")
				if v, ok := c.get(k); ok && v != k+"!" {
					t.Errorf("goroutine %d: get(%q) = %q", g, k, v)
				}
			}
		}()
	}
	wg.Wait()
	n := 0
	for i := range 300 {
		k := fmt.Sprint(i)
		if v, ok := c.get(k); ok {
			n++
			if v != k+"!" {
				t.Errorf("get(%q) = %q", k, v)
			}
		}
	}
	if n != 100 || c.table.Load().n != 100 {
		t.Errorf("%d entries found, n = %d; want 100 (the cache's bound)", n, c.table.Load().n)
	}
}
