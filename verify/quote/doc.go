// Package quote finds who said which words, and where, in a source
// (SPEC §2): quote spans with their speaker, the words that name the speaker
// at the quote, the reporting cue and the kind (direct or reported).
//
// Extract works on a source.Source's Text and reports byte offsets into its
// Raw bytes. It runs in five passes over one document:
//
//  1. Word tokens and quote marks. Marks are paired by family (“” and
//     straight ", «», ‘’ and straight ', ‹›); a quote inside a quote is part
//     of the outer quote. An apostrophe (it’s, Lancaster’s, years’, ’90s,
//     rock ’n’ roll) never opens or closes a quote. A paragraph that leaves a
//     quote open continues it when the next paragraph reopens the mark.
//  2. A registry of the people and organisations the document names:
//     "Armed Forces Minister Mark Lancaster" is the person Mark Lancaster with
//     the role "armed forces minister"; "Mr Lancaster" is male; "he" at
//     sentence level teaches a gender; "the U.K. Home Office" is the
//     organisation Home Office. An organisation has a kind, from its head
//     noun ("Manchester City Council" a council, "the Home Office" a
//     department) or a lower-case noun next to its name ("semiconductor
//     firm Infineon" a company, "the Aslef union" a union). A role set off
//     by commas ("Tom Stannard, the council's finance chief,") is the
//     person's role, and makes the person sure rather than weak. Every
//     later naming is a positioned mention.
//  3. Quote blocks: a paragraph ending "X said:" followed by unmarked
//     paragraphs (press-release style), and markup quote blocks
//     (Block.Quote) attributed by the paragraph before or after them.
//  4. Quote marks: a marked quote needs an attribution next to it — "X said:
//     “…”", "“…,” X said", "“…,” said X", "according to X, “…”" — or it
//     continues a quote split around its attribution ("“…,” he said. “…”").
//     Marked words with no cue are scare quotes or titles and are dropped.
//  5. Reported speech: "X said (that) …", "X continued that …", "…, a
//     Defence Minister has stated.", "according to X, …", and a cue that
//     is a sentence's second verb ("X, who …, declared … and said …").
//
// Speakers are resolved against the registry: a title and name gives the
// name; "Mr Lancaster" or "Lancaster" the person of that surname (the first
// word of a name written surname first: "Park" for "Park Ji-hoon", see
// SurnameFirst); "he"/"she" the most recent person named before of a
// compatible gender; "the minister"/"the Defence Secretary" the most recent
// person with that role; "a Defence Minister" the one person of the document
// with that role; "a spokesperson for the Ministry of Defence" and "the Home
// Office statement" the organisation; "the company", "the council", "the
// union" the one organisation of that kind named before (none or several:
// Speaker ""). A subject may be set off by commas with an appositive or a
// relative clause, before the cue or after it: "Jane Smith, who runs the
// shop, said", "“…,” Tom Stannard, the finance chief, said", "…, said Tom
// Stannard, the council's finance chief.", "Her neighbour, Frank Ibsen,
// said" (nouns of kin and household speak like roles). Anonymous subjects
// ("a source", "officials") keep their Mention and have Speaker ""; a
// pronoun or a definite description ("the official") that takes up such a
// speaker has for Mention the phrase that brought the speaker in ("A senior
// official"). Words that only qualify the noun that speaks name no one: a
// hyphened place ("the San Francisco-based company" is the company), a place
// after "in" ("one engineer in the Dublin office"), and a capitalised word
// that opens the sentence and comes nowhere else in the source ("Race
// organisers").
//
// A joint statement ("Jane Roe and Tom Stannard said", "the Home Office
// and the Treasury said", "A, B and C said": people, or organisations, the
// registry knows) is the words of each: Speaker joins the parts' names,
// each resolved as a single speaker would be ("Jane Roe and Tom
// Stannard", "A, B and C"), and the Mention is as written. An
// organisation whose name holds "and" ("Department of Health and Social
// Care", "Marks and Spencer") is one speaker.
package quote
