package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/verity-news/verity/verify"
)

// writeGitHub writes GitHub Actions workflow commands, one line per
// annotation: "::error file=F,line=L,col=C,title=T::MESSAGE" for a
// contradicted claim, "::warning …" for a missing one, nothing for a
// supported one. The message is the result's detail (message, claim and
// evidence); GitHub shows its line breaks. When sources were skipped, a
// last "::warning title=verity::INCOMPLETE: …" says so.
//
// Values are escaped as @actions/core escapes them, so text from sources
// can't end the command early or start a new one: a line break in a
// message is %0A, never a real newline.
func writeGitHub(w io.Writer, r *verify.Report, opt Options) error {
	var b strings.Builder
	for i := range r.Results {
		res := &r.Results[i]
		var cmd string
		switch res.Verdict {
		case verify.Contradicted:
			cmd = "error"
		case verify.Missing:
			cmd = "warning"
		default:
			continue
		}
		var props []string
		if f := claimFile(res, opt); f != "" && f != "-" {
			props = append(props, "file="+ghProperty(f))
			if res.Line > 0 {
				props = append(props, "line="+strconv.Itoa(res.Line))
				if res.Column > 0 {
					props = append(props, "col="+strconv.Itoa(res.Column))
				}
			}
		}
		props = append(props, "title="+ghProperty("verity: "+res.Verdict.String()+" ("+string(res.Reason)+"): "+res.ID))
		b.WriteString("::" + cmd + " " + strings.Join(props, ",") + "::" + ghData(detail(res)) + "\n")
	}
	if l := incompleteLine(r); l != "" {
		b.WriteString("::warning title=verity::" + ghData(l) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ghData escapes a command's message as @actions/core's escapeData does.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a property value as @actions/core's escapeProperty
// does.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
