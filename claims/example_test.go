package claims_test

import (
	"errors"
	"fmt"

	"github.com/verity-news/verity/claims"
)

func ExampleLoad() {
	f, err := claims.Load("claims.json", []byte(`{
  "claims": [
    {"id": "wallace-budget", "text": "£24 billion over four years", "speaker": "Ben Wallace"}
  ]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range f.Claims {
		fmt.Printf("%s:%d:%d: %s: %q (%s)\n", f.Name, c.Pos.Line, c.Pos.Column, c.ID, c.Text, c.Speaker)
	}

	_, err = claims.Load("claims.json", []byte(`{
  "claims": [
    {"id": "a", "text": "Nine ships", "speeker": "Ben Wallace"},
    {"id": "a", "text": "32 aircraft", "verbatim": "yes"}
  ]
}`))
	var list claims.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Printf("[%s] %s\n", e.Code, e)
		}
		fmt.Println(list[0].Caret())
	}
	// Output:
	// claims.json:3:5: wallace-budget: "£24 billion over four years" (Ben Wallace)
	// [unknown-field] claims.json:3:39: /claims/0/speeker: unknown field "speeker" (did you mean "speaker"?)
	// [duplicate-id] claims.json:4:12: /claims/1/id: duplicate id "a" (first at line 3)
	// [type] claims.json:4:52: /claims/1/verbatim: expected boolean, got string
	// claims.json:3:39: /claims/0/speeker: unknown field "speeker" (did you mean "speaker"?)
	//     {"id": "a", "text": "Nine ships", "speeker": "Ben Wallace"},
	//                                       ^
}
