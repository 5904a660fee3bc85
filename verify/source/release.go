package source

import (
	"errors"
	"fmt"
	"hash/maphash"
	"math"

	"github.com/verity-news/verity/verify/fsread"
)

// ErrChanged is the cause of a Reload error when the file is no longer
// what Load read.
var ErrChanged = errors.New("changed while verity was reading it; run again")

// sumSeed hashes the files Load reads, so that Reload can tell a file that
// changed since. It is random per process: the sums are never stored.
var sumSeed = maphash.MakeSeed()

// disk says where a Source that Load read from a file came from, so that
// its text can be released and read again.
type disk struct {
	path string // as opened
	size int    // len(Raw)
	sum  uint64 // maphash of Raw under sumSeed
	// For plain text whose Text is Raw (valid UTF-8), Release keeps the
	// blocks and sentences, packed, so that Reload need not find them
	// again: 20 bytes a sentence and block, where reading the file again
	// is a few system calls.
	blocks []packedBlock
	sents  []int32 // each sentence's start and end
}

// packedBlock is a Block in 12 bytes.
type packedBlock struct {
	start, end int32
	flags      uint8
}

const (
	blockQuote = 1 << iota
	blockBoilerplate
	blockLink
	blockHeading
	blockListItem
	blockRow
	blockHead
)

func packBlocks(bs []Block) []packedBlock {
	out := make([]packedBlock, len(bs))
	for i, b := range bs {
		var f uint8
		for _, x := range [...]struct {
			on   bool
			flag uint8
		}{{b.Quote, blockQuote}, {b.Boilerplate, blockBoilerplate}, {b.Link, blockLink}, {b.Heading, blockHeading},
			{b.ListItem, blockListItem}, {b.Row, blockRow}, {b.Head, blockHead}} {
			if x.on {
				f |= x.flag
			}
		}
		out[i] = packedBlock{int32(b.Start), int32(b.End), f}
	}
	return out
}

func unpackBlocks(ps []packedBlock) []Block {
	out := make([]Block, len(ps))
	for i, p := range ps {
		out[i] = Block{Range: Range{int(p.start), int(p.end)}, Quote: p.flags&blockQuote != 0,
			Boilerplate: p.flags&blockBoilerplate != 0, Link: p.flags&blockLink != 0, Heading: p.flags&blockHeading != 0,
			ListItem: p.flags&blockListItem != 0, Row: p.flags&blockRow != 0, Head: p.flags&blockHead != 0}
	}
	return out
}

// packSentences keeps the sentences' ranges: the block a sentence starts
// in is found again from the blocks (see splitSentences).
func packSentences(ss []Sentence) []int32 {
	out := make([]int32, 0, 2*len(ss))
	for _, st := range ss {
		out = append(out, int32(st.Start), int32(st.End))
	}
	return out
}

func unpackSentences(rs []int32, blocks []Block) []Sentence {
	out := make([]Sentence, len(rs)/2)
	bi := 0
	for i := range out {
		r := Range{int(rs[2*i]), int(rs[2*i+1])}
		for bi+1 < len(blocks) && blocks[bi].End <= r.Start {
			bi++
		}
		out[i] = Sentence{Range: r, Block: bi}
	}
	return out
}

// Size is the length of Raw as read, also once the source is released.
func (s *Source) Size() int {
	if s.released {
		return s.disk.size
	}
	return len(s.Raw)
}

// OnDisk reports whether Load read the source from a regular file, so that
// Release can drop its text and Reload read it again.
func (s *Source) OnDisk() bool { return s.disk != nil }

// Released reports whether Release dropped the source's text.
func (s *Source) Released() bool { return s.released }

// Release drops the source's bytes, text, blocks and sentences, keeping its
// name, format and warnings, when it was read from a file by Load and can
// be read again with Reload; it reports whether it did. A released
// Source's Raw, Text, Blocks and Sentences are empty: use Reload to work
// on it. Release must not be called while others read the source.
func (s *Source) Release() bool {
	if s.disk == nil || s.released {
		return s.released
	}
	s.released = true
	if s.Format == PlainText && s.pieces == nil && len(s.Text) < math.MaxInt32 {
		d := *s.disk
		d.blocks, d.sents = packBlocks(s.Blocks), packSentences(s.Sentences)
		s.disk = &d
	}
	s.Raw, s.Text, s.Blocks, s.Sentences, s.pieces = nil, "", nil, nil, nil
	s.pos.Store(nil)
	return true
}

// Reload reads a source that Release dropped from its file again and
// returns it whole, as Load first read it; a source that was not released
// is returned as it is. The error is a *LoadError, with ErrChanged as its
// cause when the file's bytes differ from those Load read.
func (s *Source) Reload() (*Source, error) {
	if !s.released {
		return s, nil
	}
	raw, err := fsread.ReadFile(s.disk.path)
	if err != nil {
		return nil, &LoadError{Path: s.Name, Err: err}
	}
	if len(raw) != s.disk.size || maphash.Bytes(sumSeed, raw) != s.disk.sum {
		return nil, &LoadError{Path: s.Name, Err: ErrChanged}
	}
	if s.disk.blocks != nil {
		r := &Source{Name: s.Name, Format: s.Format, Raw: raw, Warnings: s.Warnings, base: s.base, shared: true, disk: s.disk}
		decodePlain(r, true)
		r.Blocks = unpackBlocks(s.disk.blocks)
		r.Sentences = unpackSentences(s.disk.sents, r.Blocks)
		return r, nil
	}
	r, err := parse(s.Name, raw, s.Format, true)
	if err != nil { // the bytes are those parsed before
		return nil, &LoadError{Path: s.Name, Err: fmt.Errorf("read again: %w", err)}
	}
	r.disk = s.disk
	return r, nil
}
