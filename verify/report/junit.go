package report

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/verity-news/verity/verify"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string           `xml:"name,attr"`
	Tests      int              `xml:"tests,attr"`
	Failures   int              `xml:"failures,attr"`
	Errors     int              `xml:"errors,attr"`
	Skipped    int              `xml:"skipped,attr"`
	Properties *junitProperties `xml:"properties,omitempty"`
	Cases      []junitCase      `xml:"testcase"`
}

type junitProperties struct {
	Property []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Classname string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      string        `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// writeJUnit writes JUnit XML: one <testsuite name="verity"> with one
// <testcase> per claim, classname the claims file (Result.File, else
// Options.ClaimsFile, else "verity") and name the claim's id. A supported
// claim passes, with its evidence in <system-out>. Both contradicted and
// missing claims are a <failure> whose type is the reason, whose message is
// the result's message and whose text is the detail: missing evidence fails
// a fact-check just as a contradiction does (it is what `verity check`'s
// default --fail-on any does). errors and skipped are always 0: a claim
// that was checked has a verdict. Skipped sources and the tool version are
// <properties>.
//
// XML 1.0 can't hold most control characters (U+0000–U+001F but tab, line
// feed and carriage return), U+FFFE, U+FFFF or invalid UTF-8; encoding/xml
// writes each as U+FFFD. Line breaks in attributes are written as
// character references, so they survive parsing.
func writeJUnit(w io.Writer, r *verify.Report, opt Options) error {
	s := junitSuite{Name: "verity", Cases: []junitCase{}}
	var props []junitProperty
	if opt.ToolVersion != "" {
		props = append(props, junitProperty{"verity.version", opt.ToolVersion})
	}
	if r.Incomplete || len(r.Skipped) > 0 {
		props = append(props, junitProperty{"incomplete", "true"})
		for _, src := range r.Skipped {
			props = append(props, junitProperty{"skipped-source", src})
		}
	}
	if props != nil {
		s.Properties = &junitProperties{props}
	}
	for i := range r.Results {
		res := &r.Results[i]
		c := junitCase{Classname: claimFile(res, opt), Name: res.ID}
		if c.Classname == "" {
			c.Classname = "verity"
		}
		if f := claimFile(res, opt); f != "" && res.Line > 0 {
			c.File, c.Line = f, strconv.Itoa(res.Line)
		}
		s.Tests++
		if res.Verdict == verify.Supported {
			c.SystemOut = detail(res)
		} else {
			s.Failures++
			c.Failure = &junitFailure{Message: message(res), Type: string(res.Reason), Text: detail(res)}
		}
		s.Cases = append(s.Cases, c)
	}
	doc := junitSuites{Name: "verity", Tests: s.Tests, Failures: s.Failures, Suites: []junitSuite{s}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
