package quote

import (
	"fmt"

	"github.com/verity-news/verity/verify/source"
)

// Kind says how a speaker's words are given.
type Kind int

const (
	// Direct words are the speaker's own: in quote marks, in a markup quote
	// block, or in a paragraph introduced by "X said:".
	Direct Kind = iota
	// Reported words are indirect speech: "X said (that) …".
	Reported
)

var kindNames = [...]string{"direct", "reported"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if string(b) == n {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown quote kind %q (want direct or reported)", b)
}

// Mention is the words that name a speaker at one quote: the "he" of "he
// said", the "Mr Lancaster" of "Mr Lancaster said".
type Mention struct {
	Start int    // first byte, 0-based, into the source's Raw
	End   int    // one past the last byte, into Raw
	Text  string // the words as the reader sees them (Source.Text)
}

// Span is one quote: a speaker's words in one source.
type Span struct {
	Source string // the source's Name
	Start  int    // first byte of the quoted words, 0-based, into Raw (after the opening mark)
	End    int    // one past the last byte of the quoted words, into Raw (before the closing mark)
	// Parts are the Text ranges of the quoted words in order, one per
	// paragraph of a multi-paragraph quote or quote block; quote marks,
	// including the marks that reopen a paragraph, are left out.
	Parts []source.Range
	// Text is the quoted words: Parts joined with a space, runs of
	// white space collapsed to one space.
	Text string
	// Speaker is the resolved speaker's full name ("Priti Patel", "Home
	// Office"), without title, article or country prefix; "" when the text
	// never names who spoke ("a source said", a quote cued with no subject).
	Speaker string
	// Mention is the noun phrase naming the speaker at this quote, as
	// written ("he", "Mr Lancaster", "a Defence Minister", "the U.K. Home
	// Office"); nil when the attribution has no subject.
	Mention *Mention
	// Cue is the reporting words as written, auxiliaries included: "said",
	// "told", "has stated", "according to", "continued". It is "" for a
	// quote block attributed by a dash line ("— Ben Wallace").
	Cue  string
	Kind Kind
}
