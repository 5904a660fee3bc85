package source

import (
	"bytes"
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate is decided line by line (for HTML and Markdown: block by
// block) by general rules about what web pages wrap around an article.
// A line is boilerplate when it is:
//
//  1. page chrome: the whole line is a label such as "Advertisement",
//     "Related Articles", "Latest Articles", "Share this", "author avatar",
//     "News story", "Press release" (chromeLabels), dashes and other
//     punctuation around it ignored ("- Advertisement -");
//  2. a link prompt or picture credit: it starts with "Read more at",
//     "Continue reading", "Click here", "Photo:", … (chromePrefixes);
//  3. a byline: "By" and a name or two, optionally a separator and an
//     outlet or date ("By Jane Smith | Reuters");
//  4. only a date, with or without weekday, time and a "Published" or
//     "Updated" label ("Thursday, April 18, 2024", "Published 21
//     September 2018");
//  5. only a temperature ("63.8 F", "17 °C");
//  6. only a place name (one to four capitalised words or initials,
//     "Washington D.C.") next to a date or temperature line: a dateline or
//     weather header;
//  7. ended by a copyright notice: a photo caption ending "Crown
//     copyright.", "© Reuters", "All rights reserved.";
//  8. a link line: a URL glued to a word ("Homeland Security
//     Todayhttp://www.hstoday.us"), or a URL with at most a few words;
//  9. repeated verbatim elsewhere in the document (two words or more): an
//     author blurb or a site name printed twice is a template, not a
//     story.
//
// Lines longer than maxChromeLine are only tested by rules 7–9.
const maxChromeLine = 160

var chromeLabels = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "sponsored": true,
	"sponsored content": true, "related": true, "related articles": true,
	"related stories": true, "related posts": true, "related news": true,
	"related content": true, "related topics": true, "latest": true,
	"latest articles": true, "latest news": true, "latest stories": true,
	"latest posts": true, "more stories": true, "more news": true,
	"most popular": true, "most read": true, "trending": true, "trending now": true,
	"recommended": true, "recommended for you": true, "you may also like": true,
	"read more": true, "read next": true, "share": true, "share this": true,
	"share this article": true, "share this story": true, "share this page": true,
	"tweet": true, "print": true, "email": true, "comments": true,
	"leave a comment": true, "leave a reply": true, "subscribe": true,
	"newsletter": true, "sign up": true, "log in": true, "sign in": true,
	"skip to content": true, "skip to main content": true, "back to top": true,
	"menu": true, "search": true, "home": true, "tags": true, "topics": true,
	"author avatar": true, "avatar": true, "about the author": true,
	"news story": true, "press release": true, "news release": true,
	"speech": true, "guidance": true, "follow us": true, "listen": true,
	"watch": true, "photo": true, "image": true, "video": true,
}

var chromePrefixes = []string{
	"read more at ", "read more about ", "read more:", "read more from ",
	"read the full ", "continue reading", "click here", "follow us on ",
	"sign up for ", "subscribe to ", "share on ", "share via ", "photo:",
	"photo credit", "image:", "image credit", "picture:", "credit:",
	"photograph:", "source:", "related:", "see also:", "filed under",
	"posted in ", "tagged ",
}

// copyrightWord is a word of a copyright holder or year: "Reuters", "2024".
const copyrightWord = `(?:\s*[\p{Lu}\d][\p{L}\d'’&/-]*[.,]?)`

var (
	reByline = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|del|la|le|bin|al))*` +
		`(?:\s*[,|•·–—-]\s*(?:[\p{Lu}\d][\p{L}\d.'’:,-]*|and|of|the|at|in|for|[|•·–—-])(?:\s+(?:[\p{Lu}\d][\p{L}\d.'’:,-]*|and|of|the|at|in|for|[|•·–—-]))*)?$`)
	reTemperature = regexp.MustCompile(`^-?\d{1,3}(?:[.,]\d+)?\s*(?:°\s*)?(?:[FC]|°)$`)
	reCopyright   = regexp.MustCompile(`(?:(?i:\bcrown copyright|\ball rights reserved)|©` + copyrightWord + `{0,6}|(?:\((?i:c)\)|\b(?i:copyright))` + copyrightWord + `{1,6})\.?$`)
	reURL         = regexp.MustCompile(`(?i)(?:https?://|www\.)[^\s<>"]+`)
	reGluedURL    = regexp.MustCompile(`(?i)[\p{L}\p{N}](?:https?://|www\.)`)
)

// isChromeLine applies the rules that need no context (1–5, 7, 8).
func isChromeLine(line string) bool {
	return line != "" && isChromeLineDated(line, isDateLine(line))
}

// isChromeLineDated is isChromeLine given isDateLine(line).
func isChromeLineDated(line string, dated bool) bool {
	if line == "" {
		return false
	}
	if dated {
		return true // rule 4: a date line (80 bytes at most) is never too long for it
	}
	if isCopyrightTail(line) {
		return true
	}
	if mayHaveURL(line) && reURL.MatchString(line) {
		if reGluedURL.MatchString(line) {
			return true
		}
		if len(line) <= maxURLLine && len(strings.Fields(reURL.ReplaceAllString(line, " "))) <= 4 {
			return true
		}
	}
	if len(line) > maxChromeLine {
		return false
	}
	if len(line) <= maxLabel && isChromeLabel(line) {
		return true
	}
	if hasChromePrefix(line) {
		return true
	}
	if len(line) >= 3 && (line[0] == 'b' || line[0] == 'B') && (line[1] == 'y' || line[1] == 'Y') && line[2] == ' ' && reByline.MatchString(line) {
		return true
	}
	return isTemperature(line)
}

// mayHaveURL reports whether line holds "://", "www." or "WWW.": the lines
// rule 8 tries reURL on.
func mayHaveURL(line string) bool {
	for i := 0; i < len(line); {
		k := strings.IndexByte(line[i:], ':')
		if k < 0 {
			break
		}
		i += k + 1
		if strings.HasPrefix(line[i:], "//") {
			return true
		}
	}
	for i := 0; i < len(line); {
		k := strings.IndexByte(line[i:], '.')
		if k < 0 {
			break
		}
		i += k
		if i >= 3 && (line[i-3:i] == "www" || line[i-3:i] == "WWW") {
			return true
		}
		i++
	}
	return false
}

// isChromeLabel applies rule 1: line, without the punctuation, symbols and
// space around it and with its inner white space collapsed, is a chrome
// label.
func isChromeLabel(line string) bool {
	label := strings.TrimFunc(line, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r)
	})
	if !mayBeLabel(label) {
		return false
	}
	if len(label) > maxLabel || !isASCII(label) {
		return chromeLabels[strings.Join(strings.Fields(strings.ToLower(label)), " ")]
	}
	// The same for ASCII, without allocating: fold case, collapse white
	// space.
	var buf [maxLabel]byte
	n := 0
	for w := range strings.FieldsSeq(label) {
		if n > 0 {
			buf[n] = ' '
			n++
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
	}
	return chromeLabels[string(buf[:n])]
}

// mayBeLabel reports whether label could fold to a chrome label: the
// labels are ASCII letters and spaces, so a rune that lower-cases to
// anything else, white space aside, rules it out, and so do more runes
// other than white space than the longest label has bytes.
func mayBeLabel(label string) bool {
	letters := 0
	for i := 0; i < len(label); {
		c := label[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				letters++
			case !asciiSpace[c]:
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(label[i:])
		if !unicode.IsSpace(r) {
			if unicode.ToLower(r) >= utf8.RuneSelf {
				return false
			}
			letters++
		}
		i += n
	}
	return letters <= maxLabelKey
}

// maxLabelKey is the length of the longest chrome label.
var maxLabelKey = func() int {
	n := 0
	for l := range chromeLabels {
		n = max(n, len(l))
	}
	return n
}()

// asciiSpace[c] is true for the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// prefixFirst[c] is true for the first bytes of chromePrefixes.
var prefixFirst = func() (t [utf8.RuneSelf]bool) {
	for _, p := range chromePrefixes {
		t[p[0]] = true
	}
	return t
}()

// hasChromePrefix applies rule 2: line starts with a chrome prefix, case
// ignored.
func hasChromePrefix(line string) bool {
	// The first rune, lower-cased, must start a prefix.
	first := rune(line[0])
	if first >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(line)
		first = unicode.ToLower(r)
	} else if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	if first >= utf8.RuneSelf || !prefixFirst[first] {
		return false
	}
	head := line[:min(len(line), maxPrefix)]
	if !isASCII(head) {
		head = strings.ToLower(head)
	}
	for _, p := range chromePrefixes {
		if len(head) >= len(p) && asciiEqualFold(head[:len(p)], p) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiEqualFold reports whether s equals the lower-case ASCII string p
// with s's ASCII letters folded to lower case.
func asciiEqualFold(s, p string) bool {
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

const (
	maxURLLine = 4096 // longer than links and four words: a paragraph; keeps a huge line from being copied
	maxLabel   = 48   // longer than any chrome label with its decoration
	maxPrefix  = 24   // longer than any chrome prefix
)

func isTemperature(line string) bool {
	return len(line) <= 16 && (line[0] == '-' || line[0] >= '0' && line[0] <= '9') && reTemperature.MatchString(line)
}

// isCopyrightTail applies rule 7 to the end of line only, so that long
// paragraphs cost no regular-expression scan.
func isCopyrightTail(line string) bool {
	tail := line
	if len(tail) > 120 {
		i := len(tail) - 120
		for i < len(tail) && !utf8.RuneStart(tail[i]) {
			i++
		}
		tail = tail[i:]
	}
	if !copyrightEnd(tail) {
		return false
	}
	from := copyrightFrom(tail)
	return from >= 0 && reCopyright.MatchString(tail[from:])
}

// copyrightEnd reports whether s ends as reCopyright needs: with "©",
// "copyright" or "reserved", or with a word holding an upper-case letter
// or a digit ("Reuters", "2024"), before a final "." or ",". A line of
// prose ends with a lower-case word and is rejected here.
func copyrightEnd(s string) bool {
	n := len(s)
	for n > 0 {
		if c := s[n-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			n--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:n])
		if !unicode.IsSpace(r) {
			break
		}
		n -= size
	}
	for n > 0 && (s[n-1] == '.' || s[n-1] == ',') {
		n--
	}
	s = s[:n]
	if strings.HasSuffix(s, "©") {
		return true
	}
	if n := len(s); n >= 8 && strings.EqualFold(s[n-8:], "reserved") || n >= 9 && strings.EqualFold(s[n-9:], "copyright") {
		return true
	}
	for s != "" {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				return true
			case 'a' <= c && c <= 'z' || c == '\'' || c == '&' || c == '/' || c == '-':
				s = s[:len(s)-1]
				continue
			}
			return false
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("'’&/-", r) {
			return false
		}
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
		s = s[:len(s)-n]
	}
	return false
}

// copyrightFrom returns where in s reCopyright may start to match, or -1
// when it cannot match. Every match holds "©", "(c)", "opyright" or
// "eserved" in any case, at most 16 bytes from its start; so without one
// of them there is none, and with one there is none that starts more
// than 16 bytes before the first. Only reCopyright's case folding, which
// reads "ſ" as "s" ("ALL RIGHTS REſERVED"), escapes this: such a line
// is tried whole, and only when it also holds a "(", so that the rule's
// verdicts stay those pinned by the tests.
func copyrightFrom(s string) int {
	paren, longS := false, false
	for i := 0; i < len(s); i++ {
		if !copyrightByte[s[i]] {
			continue
		}
		switch s[i] {
		case '(':
			if i+2 < len(s) && s[i+1]|0x20 == 'c' && s[i+2] == ')' {
				return wordStartBefore(s, i)
			}
			paren = true
		case 0xc5: // "ſ" is C5 BF
			longS = longS || i+1 < len(s) && s[i+1] == 0xbf
		case 0xc2: // "©" is C2 A9
			if i+1 < len(s) && s[i+1] == 0xa9 {
				return wordStartBefore(s, i)
			}
		case 'y', 'Y': // "opyright", by its rarer third letter
			if i >= 2 && len(s)-i >= 6 && strings.EqualFold(s[i-2:i+6], "opyright") {
				return wordStartBefore(s, i-16)
			}
		case 'v', 'V': // "eserved"
			if i >= 4 && len(s)-i >= 3 && strings.EqualFold(s[i-4:i+3], "eserved") {
				return wordStartBefore(s, i-16)
			}
		}
	}
	if paren && longS {
		return 0
	}
	return -1
}

// wordStartBefore returns the last offset of s at or before i (0 when i is
// negative) that follows no ASCII letter, digit or '_' and starts a rune:
// a match of s[k:] starts where one of s starts, \b included.
func wordStartBefore(s string, i int) int {
	for k := min(i, len(s)); k > 0; k-- {
		if c := s[k-1]; utf8.RuneStart(s[k]) && !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return k
		}
	}
	return 0
}

// copyrightByte marks the bytes copyrightFrom looks at.
var copyrightByte = [256]bool{'(': true, 0xc5: true, 0xc2: true, 'y': true, 'Y': true, 'v': true, 'V': true}

var (
	weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun")
	months   = wordSet("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
	dateGlue = wordSet("published updated posted last first on at modified am pm a.m. p.m. gmt bst utc est edt cst cdt pst pdt et pt cet cest ist aest")
	reNumber = regexp.MustCompile(`^\d{1,4}(?:st|nd|rd|th)?$|^\d{1,2}:\d{2}(?:am|pm)?$|^\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isDateLine reports whether line holds only a date (and maybe a weekday,
// a time and a label such as "Published").
func isDateLine(line string) bool {
	if len(line) > 80 {
		return false
	}
	var buf [80]byte
	n, dated := 0, false
	for i := 0; ; {
		for i < len(line) {
			if c := line[i]; c < utf8.RuneSelf {
				if !asciiDateSep[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(line[i:])
			if !isDateSep(r) {
				break
			}
			i += size
		}
		if i == len(line) {
			break
		}
		if n++; n > 10 {
			return false
		}
		// The word, lower-cased: every word of a date line is ASCII then.
		lw := buf[:0]
		for i < len(line) {
			if c := line[i]; c < utf8.RuneSelf {
				if asciiDateSep[c] {
					break
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				lw = append(lw, c)
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(line[i:])
			if isDateSep(r) {
				break
			}
			if r = unicode.ToLower(r); r >= utf8.RuneSelf {
				return false
			}
			lw = append(lw, byte(r))
			i += size
		}
		lw = bytes.TrimSuffix(lw, []byte("."))
		switch {
		case months[string(lw)], weekdays[string(lw)]:
			dated = true
		case len(lw) > 0 && lw[0] >= '0' && lw[0] <= '9' && reNumber.MatchString(string(lw)): // a copy: lw would move buf to the heap
			if bytes.ContainsAny(lw, "-/") || len(lw) == 4 && bytes.IndexByte(lw, ':') < 0 {
				dated = true // an ISO or numeric date, or a year
			}
		case dateGlue[string(lw)], len(lw) == 1 && lw[0] == '-':
		default:
			return false
		}
	}
	return dated
}

// asciiDateSep[c] is isDateSep(rune(c)) for ASCII.
var asciiDateSep = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true, ',': true, '|': true}

// isDateSep separates the words of a date line.
func isDateSep(r rune) bool {
	return unicode.IsSpace(r) || r == ',' || r == '|' || r == '–' || r == '—' || r == '·' || r == '•'
}

// isPlaceLine reports whether line could be only a place name: one to four
// capitalised words or dotted initials, no sentence punctuation.
func isPlaceLine(line string) bool {
	if len(line) > 40 {
		return false
	}
	n := 0
	for w := range strings.FieldsFuncSeq(line, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		if n++; n > 4 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if strings.HasSuffix(w, ".") && !isInitials(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return n > 0
}

// isInitials reports whether w is dotted initials: "D.C.", "U.S.", "J.".
func isInitials(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i, r := range w {
		if i%2 == 1 && r != '.' || i%2 == 0 && !(r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return len(w)%2 == 0
}

// classifyLines applies the rules to lines (trimmed); linked[i] says line i
// sits next to line i-1 (same paragraph, or adjacent blocks), for rule 6.
func classifyLines(lines []string, linked []bool) []bool {
	out := make([]bool, len(lines))
	repeated := markRepeats(lines)
	header := make([]bool, len(lines))
	for i, l := range lines {
		dated := l != "" && isDateLine(l)
		out[i] = isChromeLineDated(l, dated)
		if repeated[i] && strings.IndexFunc(l, unicode.IsSpace) > 0 {
			out[i] = true
		}
		header[i] = len(l) <= 40 && (dated || isTemperature(l))
	}
	for i, l := range lines {
		if out[i] || !isPlaceLine(l) {
			continue
		}
		if i > 0 && linked[i] && header[i-1] || i+1 < len(lines) && linked[i+1] && header[i+1] {
			out[i] = true
		}
	}
	return out
}

// Link lines point to other pages: a link prompt ("Read more: Ashdown
// fined £2m", "Related: …", "See also: …") or a headline listed under a
// label of links ("Related Articles", "Most read", "Read next"). They are
// boilerplate, and unlike other boilerplate (a dateline, a byline, a
// caption) they say nothing of the story: no claim rests on them.

// linkLabels are the chrome labels that head a list of links to other
// stories.
var linkLabels = map[string]bool{
	"related": true, "related articles": true, "related stories": true, "related posts": true,
	"related news": true, "related content": true, "latest": true, "latest articles": true,
	"latest news": true, "latest stories": true, "latest posts": true, "more stories": true,
	"more news": true, "most popular": true, "most read": true, "trending": true,
	"trending now": true, "recommended": true, "recommended for you": true,
	"you may also like": true, "read more": true, "read next": true,
}

// linkPrefixes are the chrome prefixes that open a link to another page.
var linkPrefixes = []string{"read more:", "read more at ", "read more about ", "read more from ", "read next:", "related:", "see also:"}

// maxHeadline bounds the length of a listed headline.
const maxHeadline = 120

// markLinks returns link, where link[i] says line i is a link line: a link
// prompt, or one of the lines after a link label, while they stay linked
// (same paragraph, or adjacent blocks) and read as headlines: short, not
// ended by a full stop, not a heading of the page (heading, nil for plain
// text: a listed headline is a list item or a paragraph, not a title). bp
// are the lines' boilerplate marks.
func markLinks(lines []string, linked, bp, heading []bool) []bool {
	var link []bool
	set := func(i int) {
		if link == nil {
			link = make([]bool, len(lines))
		}
		link[i] = true
	}
	for i := 0; i < len(lines); i++ {
		if !bp[i] {
			continue
		}
		l := lines[i]
		if hasLinkPrefix(l) {
			set(i)
			continue
		}
		if len(l) > maxLabel || !linkLabels[labelKey(l)] {
			continue
		}
		for i+1 < len(lines) && linked[i+1] && len(lines[i+1]) <= maxHeadline && !strings.HasSuffix(lines[i+1], ".") &&
			!(bp[i+1] && !hasLinkPrefix(lines[i+1])) && (heading == nil || !heading[i+1]) {
			i++
			set(i)
		}
	}
	return link
}

// hasLinkPrefix reports whether line opens with a link prompt.
func hasLinkPrefix(line string) bool {
	head := strings.ToLower(line[:min(len(line), maxPrefix)])
	for _, p := range linkPrefixes {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// labelKey is a label line as chromeLabels keys it: trimmed of punctuation
// and symbols, lower-cased, its spaces collapsed.
func labelKey(line string) string {
	label := strings.TrimFunc(line, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r)
	})
	return strings.Join(strings.Fields(strings.ToLower(label)), " ")
}

// markRepeats returns repeated, where repeated[i] says lines[i] occurs more
// than once. The lines are hashed into an open-addressing table of their
// indexes: cheaper than a map for a document's few dozen lines.
func markRepeats(lines []string) []bool {
	repeated := make([]bool, len(lines))
	size := 1 << bits.Len(uint(2*len(lines)))
	table := make([]int32, size) // a line's index + 1; 0 for none
	for i, l := range lines {
		for h := lineHash(l); ; h++ {
			h &= size - 1
			j := int(table[h]) - 1
			if j < 0 {
				table[h] = int32(i + 1)
				break
			}
			if lines[j] == l {
				repeated[i], repeated[j] = true, true
				break
			}
		}
	}
	return repeated
}

// lineHash hashes l's length and its first, middle and last eight bytes.
func lineHash(l string) int {
	const m = 0x9e3779b97f4a7c15
	h := uint64(len(l)) * m
	if len(l) < 8 {
		for i := 0; i < len(l); i++ {
			h = (h ^ uint64(l[i])) * m
		}
	} else {
		for _, i := range [3]int{0, len(l)/2 - 4, len(l) - 8} {
			h = (h ^ load64(l[i:])) * m
		}
	}
	return int(h >> 32)
}

// markBoilerplate sets Boilerplate on blocks of HTML and Markdown text,
// each block being one line for the rules.
func markBoilerplate(text string, blocks []Block) {
	lines := make([]string, len(blocks))
	linked := make([]bool, len(blocks))
	for i, b := range blocks {
		lines[i] = strings.TrimSpace(text[b.Start:b.End])
		linked[i] = i > 0
	}
	bp := classifyLines(lines, linked)
	heading := make([]bool, len(blocks))
	for i, b := range blocks {
		heading[i] = b.Heading
	}
	link := markLinks(lines, linked, bp, heading)
	for i := range blocks {
		blocks[i].Link = link != nil && link[i]
		blocks[i].Boilerplate = blocks[i].Boilerplate || bp[i] || blocks[i].Link // a pull quote's mark stays
	}
}
