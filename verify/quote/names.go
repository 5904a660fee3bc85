package quote

import "strings"

// Given names that tell a person's sex, so that "she" after "Kyle Brandt
// … Linda Marsh" is not the man, and "he" is not Megan Toll. The lists
// hold common given names of English-language news and of the countries
// it most often quotes, with and without their accents (Tomás, Tomas);
// names used for both sexes (Alex, Sam, Jordan,
// Chris, Jamie, Robin, Kim, Jean, Andrea, Nicola …) are left out, so they
// say nothing. A name here only fills in a sex that no title ("Mr",
// "Ms") or pronoun has given.
var givenNames = func() map[string]byte {
	m := map[string]byte{}
	add := func(g byte, list string) {
		for _, n := range strings.Fields(list) {
			m[n] = g
		}
	}
	add('m', `aaron abdul adam adrian ahmed aidan alan albert alexander alfie alfred ali alistair andre andré andrew
		angus anthony antonio archie arthur ashley_m barry ben benjamin bernard bill billy bob bobby boris
		bradley brendan brian bruce callum calvin carl carlos charles charlie christopher clive colin conor
		craig damian daniel danny darren david dean declan dennis derek diogo dominic donald douglas duncan dylan
		eamon edward elias elliot emmanuel eric ethan eugene evan fabio felix fernando finn francesco
		francis frank fraser fred frederick gareth gary gavin geoffrey george gerald giovanni giuseppe
		glen gordon graham grant gregory gustavo hamish harold harry harvey hassan hector henry howard hugh
		hugo ian isaac ivan jack jacob jake james jamal jan_m jason javier jeffrey jeremy jerome jim jimmy
		joao joão joe joel john johnny jon jonathan jorge jose josé joseph joshua juan julian justin karl keith kenneth
		kenji kevin kieran kofi kwame kyle lars leon leonard liam lorenzo louis luca lucas luis luke malcolm
		marco marcus mario mark martin matthew max michael miguel mike mohammed muhammad nathan neil nicholas
		nick nigel noah nuno oliver omar oscar owen pablo patrick paul pedro peter philip pierre rafael rahul raj
		ralph ravi raymond ruben rúben reginald richard rishi robert roberto rodrigo roger ronald rory ross roy rupert
		russell ryan samuel scott sean sebastian sergei simon stanley stefan stephen steve steven stuart
		terry theo thomas timothy tiago tobias todd tom tomas tomás tomasz tony trevor tyler victor vincent vladimir walter
		warren wayne wes wesley william wilfred yusuf zachary`)
	add('f', `abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana
		angela angelina anita ann anna anne annie antonia barbara beatrice beatriz bella beth bethany brenda
		bridget caitlin camilla carla carmen carol caroline catherine cecilia charlotte chloe christine
		claire clara clare claudia colette daisy dana_f daphne deborah denise diana diane dolores donna
		dorothy eleanor elena elizabeth ella ellen eloise emily emma erica esther eva eve evelyn faith
		fatima fiona florence frances freya gemma georgia gillian grace hannah harriet hazel heather helen
		helena holly imogen ines inês ingrid irene isabel isabella isla jacqueline jane janet janice jasmine jennifer
		jenny jessica joan joanna josephine joyce judith julia julie karen kate katherine kathleen kathryn
		katie keira laura lauren leah lily linda lisa lorna louise lucy lydia lynn maggie margaret maria
		marie mariana marion marta martha mary maya megan melanie melissa mia michelle miriam molly monica nadia
		nancy naomi natalie natasha nina nora olga olivia paula pauline penelope philippa phoebe polly
		priya priti rachel rebecca rosa rose rosemary ruth sally samantha sandra sarah sharon sheila
		shirley sofia sophie stella stephanie susan suzanne sylvia tamsin teresa theresa tina tracy ursula
		valerie vanessa victoria violet wendy yvonne zara zoe`)
	delete(m, "ashley_m")
	delete(m, "jan_m")
	delete(m, "dana_f")
	return m
}()

// givenGender returns the sex the given name of a full name tells ('m',
// 'f'), or 0: for a one-word name, or a first word not on the lists.
func givenGender(full string) byte {
	first, _, ok := strings.Cut(full, " ")
	if !ok {
		return 0
	}
	return givenNames[strings.ToLower(first)]
}
