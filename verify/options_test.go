package verify

import (
	"context"
	"reflect"
	"testing"

	"github.com/verity-news/verity/claims"
	"github.com/verity-news/verity/verify/source"
)

func TestCheckWithProgress(t *testing.T) {
	srcs, err := source.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCorpus(context.Background(), srcs)
	if err != nil {
		t.Fatal(err)
	}
	f := &claims.File{Name: "c.json", Claims: []claims.Claim{
		{ID: "a", Text: "Nine ships and 32 aircraft set sail in May"},
		{ID: "b", Text: "It's no secret that the US is our closest friend", Speaker: "Ben Wallace", Verbatim: true},
		{ID: "c", Text: "Mark Lancaster opened a new embassy in Lima"},
	}}
	want, err := c.Check(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	var calls [][2]int
	got, err := c.CheckWith(context.Background(), f, CheckOptions{Progress: func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CheckWith's results differ from Check's:\n%+v\n%+v", got, want)
	}
	if !reflect.DeepEqual(calls, [][2]int{{1, 3}, {2, 3}, {3, 3}}) {
		t.Errorf("progress calls %v, want 1/3, 2/3, 3/3 in order (calls are serialised)", calls)
	}
}
