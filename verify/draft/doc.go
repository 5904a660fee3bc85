// Package draft derives the claims of an editor's draft: the story as it is
// about to be published (Markdown, HTML or plain text), rather than a
// claims file written by hand.
//
// Claims finds two kinds of claim, in draft order:
//
//   - every quote, with its speaker, as quote.Extract finds it: a direct
//     quote (in quote marks or a quote block) becomes a verbatim claim, reported
//     speech ("the Home Office said the two nations will …") a non-verbatim
//     one. A quote whose speaker the draft never names is checked without a
//     speaker;
//   - every narrative sentence that states a figure (figure.Parse finds one):
//     a statement with no speaker, checked against any source text.
//     Sentences that hold a quote, headings and boilerplate lines (bylines,
//     datelines) are left out.
//
// Each claim's Pos is where it starts in the draft — the first quoted word of
// a quote, the first character of a sentence — so every report format points
// at the draft's line and column, and the File is named after the draft.
//
// # Ids
//
// An id is made from the claim's content, so that it stays the same when
// lines are added above it and can be listed in a config file's "ignore":
// a kind letter (q for a direct quote, r for reported speech, f for a
// figure sentence), the speaker, then the claim's first words, lower-cased,
// folded to ASCII, "a", "an" and "the" left out:
//
//	q-ben-wallace-its-no-secret      "It's no secret that the US is …" (Ben Wallace)
//	r-home-office-two-nations       the Home Office said the two nations will …
//	f-uk-will-spend                  The UK will spend an extra £26 billion …
//
// A second claim with the same id gets "-2", a third "-3", in draft order.
//
// # Leaving text out
//
// An HTML comment tells Claims to skip part of a draft; it works in Markdown
// and HTML, and in plain text when it stands on a line of its own:
//
//	<!-- verity-ignore -->            the next paragraph
//	<!-- verity-ignore-next-line -->  the next line
//
// A claim is skipped when it starts in the skipped text.
package draft
