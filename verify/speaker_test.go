package verify

import "testing"

func TestSameSpeaker(t *testing.T) {
	cases := []struct {
		claim, span string
		want        bool
		reason      string
	}{
		{"Ben Wallace", "Ben Wallace", true, "the same full name"},
		{"ben wallace", "Ben Wallace", true, "case never matters"},
		{"Wallace", "Ben Wallace", true, "a surname alone names the person"},
		{"Mr. Clyburn", "Jim Clyburn", true, "an honorific adds nothing that contradicts"},
		{"Mr Clyburn", "Jim Clyburn", true, "with or without the dot"},
		{"spokesman Glen Caplin", "Glen Caplin", true, "a lower-case role before the name"},
		{"Home Secretary Priti Patel", "Priti Patel", true, "a title before the name"},
		{"U.K. Defence Secretary Ben Wallace", "Ben Wallace", true, "country prefix and title"},
		{"Det Insp Lowe", "Karen Lowe", true, "an abbreviated police rank is a title"},
		{"PC Oduya", "Sarah Oduya", true, "a constable's rank written short is a title"},
		{"Ch Supt Marr", "Helen Marr", true, "a chief superintendent's rank written short"},
		{"DS Brooks", "Alan Brooks", true, "a detective sergeant's rank written short"},
		{"PC Oduya", "Sarah Brooks", false, "a rank does not stand for another surname"},
		{"Sheriff Haight", "Dolores Haight", true, "a sheriff's rank before the surname is a title"},
		{"Vice-Chancellor Marsh", "Gillian Marsh", true, "a hyphenated university title"},
		{"Coroner Haight", "Dolores Haight", true, "a coroner's office is a title"},
		{"Sheriff Haight", "Dolores Wright", false, "a title does not stand for another surname"},
		{"Clinton", "Hillary Clinton", true, "surname only"},
		{"Bill Clinton", "Hillary Clinton", false, "a different given name contradicts"},
		{"Boris Johnson", "Ben Wallace", false, "a different surname"},
		{"Priti Patel", "Ben Wallace", false, "a different person"},
		{"Ben", "Ben Wallace", false, "a given name alone is not a surname"},
		{"General Terrence O'Shaughnessy", "Terrence J. O’Shaughnessy", true, "curly and straight apostrophes, a title, the initial omitted"},
		{"T. O'Shaughnessy", "Terrence J. O’Shaughnessy", true, "an initial that agrees with the given name"},
		{"K. O'Shaughnessy", "Terrence J. O’Shaughnessy", false, "an initial that does not agree"},
		{"the U.K. Home Office", "Home Office", true, "an organisation without article or country prefix"},
		{"Home Office", "the Home Office", true, "the article is not part of the name"},
		{"Foreign Office", "Home Office", false, "a different organisation"},
		{"the GMB union", "GMB", true, "the kind after an organisation's name is not part of it"},
		{"Tollgate plc", "Tollgate", true, "a company's legal form is not part of its name"},
		{"the RMT union", "GMB", false, "another union"},
		{"union", "GMB", false, "a kind alone names no organisation"},
		{"Ben Wallace MP", "Ben Wallace", true, "a post-nominal title"},
		{"Councillor Raj Patel", "Raj Patel", true, "a title the lists may not know, before the full name"},
		{"Harbourmaster Raj Patel", "Raj Patel", true, "any words around the full name are titles"},
		{"Raj Patel", "Priti Patel", false, "the same surname with another given name"},
		{"", "Ben Wallace", false, "no claimed speaker names nobody"},
		{"Ben Wallace", "", false, "an unknown speaker is nobody's"},
		{"Rebecca Evans", "Rebecca Evans and Spencer Birns", true, "one speaker of a joint statement"},
		{"Mr Birns", "Rebecca Evans and Spencer Birns", true, "the other, by surname"},
		{"Economy Minister Rebecca Evans", "Rebecca Evans, Spencer Birns and Ann Lee", true, "a list of three"},
		{"Dafydd Morgan", "Rebecca Evans and Spencer Birns", false, "nobody of the joint statement"},
		{"Rebecca Evans and Spencer Birns", "Rebecca Evans and Spencer Birns", true, "the joint statement as a whole"},
		{"Mr Park", "Park Ji-hoon", true, "a Korean name is written surname first: its first word is the surname"},
		{"Foreign Minister Park", "Park Ji-hoon", true, "a title before the surname of a name written surname first"},
		{"Ji-hoon", "Park Ji-hoon", false, "the given name of a name written surname first is no surname"},
		{"Mr Park", "Kim Jong-un", false, "another surname, written first"},
		{"Mr Picard", "Jean-Luc Picard", true, "a hyphenated Western given name capitalises both parts: the surname is last"},
	}
	for _, c := range cases {
		if got := SameSpeaker(c.claim, c.span); got != c.want {
			t.Errorf("SameSpeaker(%q, %q) = %v, want %v (%s)", c.claim, c.span, got, c.want, c.reason)
		}
	}
}

func TestSameRole(t *testing.T) {
	cases := []struct {
		claim, mention string
		want           bool
		reason         string
	}{
		{"a Defence Minister", "a Defence Minister", true, "the role as the source words it"},
		{"the Home Secretary", "Home Secretary Priti Patel", true, "the role in a title before the name"},
		{"the Defence Secretary", "Home Secretary Priti Patel", false, "another role"},
		{"Priti Patel", "Home Secretary Priti Patel", false, "a name is SameSpeaker's to match"},
		{"the minister", "he", false, "a pronoun names no role"},
		{"", "a Defence Minister", false, "no claimed speaker"},
	}
	for _, c := range cases {
		if got := SameRole(c.claim, c.mention); got != c.want {
			t.Errorf("SameRole(%q, %q) = %v, want %v (%s)", c.claim, c.mention, got, c.want, c.reason)
		}
	}
}

func TestMentionNames(t *testing.T) {
	const text = "PC Sarah Oduya, an investigator, gave evidence. Daniel Whitcombe was killed. " +
		"\"It was avoidable,\" PC Oduya said. Anna Whitcombe said: \"…\" Mr Whitcombe had cycled."
	cases := []struct {
		claim, mention string
		want           bool
		reason         string
	}{
		{"PC Sarah Oduya", "PC Oduya", true, "title and surname: the source gives the surname to one person, Sarah"},
		{"PC Oduya", "PC Oduya", true, "the same title and surname"},
		{"Sarah Oduya", "PC Oduya", true, "a title the claim leaves out contradicts nothing"},
		{"Oduya", "PC Oduya", true, "the surname alone"},
		{"Inspector Sarah Oduya", "PC Oduya", false, "another rank contradicts the claim's"},
		{"Maria Oduya", "PC Oduya", false, "the source's only Oduya is Sarah"},
		{"Anna Whitcombe", "Mr Whitcombe", false, "the source names two Whitcombes: the mention does not tell which"},
		{"Daniel Whitcombe", "Mr Whitcombe", false, "nor for the other"},
		{"Sarah Oduya", "PC Sarah Oduya", true, "a full name with a title matches as SameSpeaker does"},
		{"Sarah Oduya", "he", false, "a pronoun names no one"},
		{"Sarah Oduya", "the investigator", false, "a description names no one"},
		{"PC Sarah Oduya", "Police", false, "a body's name alone is no person's surname"},
	}
	for _, c := range cases {
		given := func(surname string) []string { return givenNames(text, surname) }
		if got := mentionNames(c.claim, c.mention, given); got != c.want {
			t.Errorf("mentionNames(%q, %q) = %v, want %v (%s)", c.claim, c.mention, got, c.want, c.reason)
		}
	}
}
