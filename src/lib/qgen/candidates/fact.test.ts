import { describe, expect, it } from 'vitest';
import { analyzeArticle, looksLikePerson, viewStory } from '../analyze';
import {
	actsAsVerb,
	countIsGiven,
	factCandidates,
	openingOf,
	passingQuoteFits,
	sexOf,
	sexOfPronouns,
	withoutQuotedClause,
	withoutOtherSubject,
	fusedWordBeforeName
} from './fact';
import { article } from '../article.test-helpers';

function whoPrompts(...texts: string[]) {
	const view = viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i, t)))
	);
	return factCandidates(view)
		.map((c) => c.draft)
		.filter((d) => d.type === 'single');
}

const CAST =
	'Mayor Jane Holloway spoke first. Council member Tom Reyes spoke next. Police Chief Maria Lopez spoke last. Union leader Sam Okafor spoke too.';

describe('openingOf', () => {
	it('accepts nothing, the role, or a scene-setting opener before the name', () => {
		expect(openingOf('')).toEqual({ tail: '' });
		expect(openingOf('Mayor', 'Mayor')).toEqual({ tail: '' });
		expect(openingOf('On Tuesday,')).toEqual({ tail: ' on Tuesday' });
		expect(openingOf('In a statement, Mayor', 'Mayor')).toEqual({ tail: ' in a statement' });
		expect(openingOf('Meanwhile,')).toEqual({ tail: '' });
		expect(openingOf('Ms.')).toEqual({ tail: '' });
		expect(openingOf('In fact,')).toEqual({ tail: '' });
		expect(openingOf('On Tuesday, Mr.')).toEqual({ tail: ' on Tuesday' });
	});
	it('accepts a longer opener that says despite or after what, but not one that points back', () => {
		expect(openingOf('Despite a series of costly defeats on Tuesday night,')).toEqual({
			tail: ' despite a series of costly defeats on Tuesday night'
		});
		expect(openingOf('Since then,')).toBeUndefined();
		expect(openingOf('After a long night of talks with the union and the council,')).toEqual({
			tail: ' after a long night of talks with the union and the council'
		});
		expect(openingOf('Because the talks failed on Friday,')).toBeUndefined();
	});
	it('drops a linking word written without a comma, and moves a spell of time to the end', () => {
		expect(openingOf('But Mayor', 'Mayor')).toEqual({ tail: '' });
		expect(openingOf('And')).toEqual({ tail: '' });
		expect(openingOf('Likewise,')).toEqual({ tail: '' });
		expect(openingOf('For months,')).toEqual({ tail: ' for months' });
		expect(openingOf('For the past two years,')).toEqual({ tail: ' for the past two years' });
		// "For Democrats, …" says for whom, not how long: still refused.
		expect(openingOf('For Democrats,')).toBeUndefined();
		// "But the mayor's aide" is not the bare role.
		expect(openingOf('But the former', 'Mayor')).toBeUndefined();
	});
	it('refuses a name that is not the subject', () => {
		expect(openingOf('The call came after')).toBeUndefined();
		expect(openingOf('After he left the hall,')).toBeUndefined();
	});
});

describe('who questions', () => {
	it('moves a scene-setting opener to the end of the question', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nOn Tuesday, Mayor Jane Holloway signed the budget for the coming year into law.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who signed the budget for the coming year into law on Tuesday?'
		);
	});
	it('asks no who question whose act another person of the text also does', () => {
		const alone = whoPrompts(
			`${CAST}\n\nOn Tuesday, Mayor Jane Holloway toured the flooded river district with engineers.`
		).map((d) => d.prompt);
		expect(alone).toContain(
			'According to Daily 0, who toured the flooded river district with engineers on Tuesday?'
		);
		// Reyes did the same: "who toured …?" would have two right answers among the choices.
		const twice = whoPrompts(
			`${CAST}\n\nOn Tuesday, Mayor Jane Holloway toured the flooded river district with engineers. Tom Reyes did tour the district as well, but a week later.`
		).map((d) => d.prompt);
		expect(twice.some((p) => p.includes('who toured'))).toBe(false);
	});
	it('reads past a long appositive between the name and its verb', () => {
		// The aside runs past 90 characters, as a short report's one introduction of someone does.
		const prompts = whoPrompts(
			`${CAST}\n\nSam Okafor, the veteran union organiser who led the long dock strike of 2011 and was a past backer of the first mayor, signed up as a delegate for the eastern district.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who signed up as a delegate for the eastern district?'
		);
	});
	it('reads past a wire dateline before the subject', () => {
		const prompts = whoPrompts(
			`RIVERTON, May 3 (UPI) — Mayor Jane Holloway signed the budget for the coming year into law.\n\n${CAST}`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who signed the budget for the coming year into law?'
		);
	});
	it('does not name the outlet twice when the predicate already says who was told', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes told Daily 0 on Tuesday that the flood wall would cost millions more.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'Who told Daily 0 on Tuesday that the flood wall would cost millions more?'
		);
		expect(prompts.some((p) => p.startsWith('According to Daily 0, who told Daily 0'))).toBe(false);
	});
	it('refuses a predicate that points back to an earlier sentence', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes dismissed that suggestion as a sign of panic in the mayor's office.`
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('suggestion'))).toBe(false);
		// "that approach": which approach the sentence before tells.
		const approach = (what: string) =>
			whoPrompts(`${CAST}\n\nTom Reyes defended ${what} in an interview on the harbour radio.`)
				.map((d) => d.prompt)
				.some((p) => p.includes(what));
		expect(approach('that approach')).toBe(false);
		expect(approach('the harbour plan')).toBe(true);
		const such = whoPrompts(
			`${CAST}\n\nTom Reyes warned that such a failure was the gravest threat to the harbour.`
		).map((d) => d.prompt);
		expect(such.some((p) => p.includes('such a failure'))).toBe(false);
		// "such as" gives examples, pointing nowhere back.
		const examples = whoPrompts(
			`${CAST}\n\nTom Reyes warned that storms such as last winter's were the gravest threat to the harbour.`
		).map((d) => d.prompt);
		expect(examples.some((p) => p.includes('such as'))).toBe(true);
	});
	it('drops a trailing source and refuses a second clause with its own subject', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes was out of the city during the vote, two officials told Daily 0.\n\nMaria Lopez has denied the claims about the police and Reyes has denied them too.`
		).map((d) => d.prompt);
		expect(prompts).toContain('According to Daily 0, who was out of the city during the vote?');
		expect(prompts.some((p) => p.includes('denied'))).toBe(false);
	});
	it('keeps a long trailing clause, so the question is refused, not cut to "who said if …"', () => {
		const prompts = whoPrompts(
			`${CAST}

Tom Reyes said if the plant closes, the town will lose its biggest employer and its mayor says the council cannot stop it.`
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('said if'))).toBe(false);
	});
	it('asks no who question about a judgement ("is such a …")', () => {
		const prompts = whoPrompts(
			`${CAST}

Tom Reyes is such a gifted speaker at every council meeting in the city.`
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('gifted'))).toBe(false);
	});
});

describe('who questions on the verbs news writes most', () => {
	it('asks who said, won or is, not only verbs ending in -ed or -s', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes won the vote for council chair by a wide margin on Tuesday.\n\nMaria Lopez said the police would add night patrols in the old town.\n\nSam Okafor is leading the strike at the Harlow bus depot this week.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who won the vote for council chair by a wide margin on Tuesday?'
		);
		expect(prompts).toContain(
			'According to Daily 0, who said the police would add night patrols in the old town?'
		);
		expect(prompts).toContain(
			'According to Daily 0, who is leading the strike at the Harlow bus depot this week?'
		);
	});
	it('asks past an adverb before the verb, an irregular past and a party tag after the name', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes repeatedly warned that the depot roof would not last another winter.\n\nMaria Lopez came under fire for closing the night desk at the station.\n\nSen. Sam Okafor (D-Ore.) voted against the transit budget in a late session on Monday.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who repeatedly warned that the depot roof would not last another winter?'
		);
		expect(prompts).toContain(
			'According to Daily 0, who came under fire for closing the night desk at the station?'
		);
		expect(prompts).toContain(
			'According to Daily 0, who voted against the transit budget in a late session on Monday?'
		);
	});
	it('refuses a point an earlier sentence told, and a second subject after ", while" or "and both"', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes agreed with that specific point at the meeting on Monday.\n\nJane Holloway has served on the council longer than anyone, while former mayor Sam Okafor has never served.\n\nSam Okafor opened the depot gates early, and both unions joined the march.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => /point|served|gates/.test(p))).toEqual([]);
	});
	it('asks of "the controversy over …", which says itself what it is about', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes stirred the controversy over the depot closing at a meeting on Monday.\n\nMaria Lopez raised the controversy at a meeting on Monday night.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => /controversy/.test(p))).toEqual([
			'According to Daily 0, who stirred the controversy over the depot closing at a meeting on Monday?'
		]);
	});
	it('asks no who question of a contraction read as a name', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nSpecifically I’ve asked the council to delay the new bus routes until the spring.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => /bus routes/.test(p))).toEqual([]);
	});
	it('asks no who question past a hedge or "later", and none after "thought" whose pronoun may be another’s', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes probably wins the vote for council chair in the spring.\n\nMaria Lopez thought he sounded tired at the late meeting with the union.\n\nSam Okafor later defended the strike plan as a last resort for the drivers.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => /council chair|sounded|strike plan/.test(p))).toEqual([]);
	});
	it('refuses a note about reaching someone, a thing told earlier, and a second subject after "while"', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nSam Okafor could not be reached for comment on Friday evening.\n\nJane Holloway declined to comment on the budget talks with the union.\n\nTom Reyes criticised the council for the move at a meeting on Monday night.\n\nMaria Lopez won 40 percent of the vote while Tom Reyes won the rest of it.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => /reached|comment|the move|percent/.test(p))).toEqual([]);
	});
	it('refuses a predicate that runs on into a second clause with its own named subject', () => {
		const prompts = whoPrompts(
			`${CAST} Judge Paul Baker and Dr. Ann Cole listened.\n\nLopez received 40 percent, Reyes had 35 percent and Okafor snagged 12 percent, according to the results.\n\nJane Holloway visited the bus depots in Harlow, Epping and Ware on Friday.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => /percent/.test(p))).toEqual([]);
		expect(prompts.filter((p) => /visited/.test(p))).toHaveLength(1);
	});
});

describe('who questions with a pronoun for the answer', () => {
	const MEN =
		'Council member Tom Reyes spoke first. Union leader Sam Okafor spoke next. Police Chief Paul Baker spoke last. Mayor Jane Holloway spoke too.';
	it('asks when every choice is of the sex the pronoun gives', () => {
		const [who] = whoPrompts(
			`${MEN}\n\nTom Reyes has said for weeks that he would vote against the bus contract.`
		).filter((d) => d.prompt.includes('bus contract'));
		if (who?.type !== 'single') throw new Error('no who question');
		expect(who.prompt).toBe(
			'According to Daily 0, who has said for weeks that he would vote against the bus contract?'
		);
		expect(who.choices.map((c) => c.text)).not.toContain('Jane Holloway');
	});
	it('reads the sex of a pronoun, and refuses one that stands for someone unnamed', () => {
		expect(sexOf('Jane Holloway')).toBe('f');
		expect(sexOf('Tom Reyes')).toBe('m');
		expect(sexOfPronouns('fired his campaign manager on Friday', [])).toBe('m');
		expect(
			sexOfPronouns('praised Maria Lopez for her handling of the talks', ['Maria Lopez'])
		).toBe('');
		expect(sexOfPronouns('called him a liar at the meeting', [])).toBeNull();
		expect(sexOfPronouns('said he would back her in the vote', [])).toBeNull();
	});
});

describe('who questions beside words quoted in passing', () => {
	it('asks who did what a sentence tells with a few quoted words', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes pushed the “fair fares” plan through the council on Monday.\n\nMaria Lopez is promising to “clean up” the river district before the summer.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who pushed the “fair fares” plan through the council on Monday?'
		);
		expect(prompts).toContain(
			'According to Daily 0, who is promising to “clean up” the river district before the summer?'
		);
	});
	it('asks no who question of a long quotation, nor of quoted words said by the subject', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes said the new contract was “a total mess” on Monday.\n\nMaria Lopez warned that “the river district will flood again before the summer is out” this year.`
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('total mess'))).toBe(false);
		expect(prompts.some((p) => p.includes('flood'))).toBe(false);
	});
	it('leaves them to the quote comparisons in a story of several outlets, and in its fill', () => {
		const text = `${CAST}\n\nTom Reyes pushed the “fair fares” plan through the council on Monday.`;
		const asks = (ds: { prompt: string }[]) => ds.some((d) => d.prompt.includes('fair fares'));
		expect(asks(whoPrompts(text, 'The council met on Monday night in the old town hall.'))).toBe(
			false
		);
		const alone = viewStory('s', [analyzeArticle(article(0, text))]);
		expect(asks(factCandidates(alone).map((c) => c.draft))).toBe(true);
		expect(asks(factCandidates(alone, { passingQuotes: false }).map((c) => c.draft))).toBe(false);
	});
	it('asks none among fewer than four names', () => {
		const three =
			'Mayor Jane Holloway spoke first. Council member Tom Reyes spoke next. Police Chief Maria Lopez spoke last.';
		const prompts = whoPrompts(
			`${three}\n\nTom Reyes pushed the “fair fares” plan through the council on Monday.\n\nTom Reyes pushed the new bus plan through the council on Friday.`
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('fair fares'))).toBe(false);
		expect(prompts.some((p) => p.includes('new bus plan'))).toBe(true);
	});
	it('asks none whose key the headline names', () => {
		const text = `${CAST}\n\nTom Reyes pushed the “fair fares” plan through the council on Monday.`;
		const titled = { ...article(0, text), title: 'Reyes wins his fight over bus fares' };
		const view = viewStory('s', [analyzeArticle(titled)]);
		expect(factCandidates(view).some((c) => c.draft.prompt.includes('fair fares'))).toBe(false);
	});
	it('reads which quoted words may stand in a who question', () => {
		expect(passingQuoteFits(' pushed the “fair fares” plan through on Monday.')).toBe(true);
		// Calling or saying: the quoted words are the subject's own, asked as a quote.
		expect(passingQuoteFits(' said the plan was “a disgrace” on Friday.')).toBe(false);
		expect(passingQuoteFits(' called the plan “a disgrace” on Friday.')).toBe(false);
		expect(passingQuoteFits(' also remarked, alluding to “the old days.”')).toBe(false);
		// A show's title in quotation marks is a name, not someone's words.
		expect(passingQuoteFits(' appeared on his radio show, “Morning Drive Live,” on Friday.')).toBe(
			false
		);
		// A verb of saying anywhere: the quoted words are someone's, or a source is credited.
		expect(passingQuoteFits(' is also a “change agent,” Lopez said.')).toBe(false);
		expect(passingQuoteFits(' is telling voters that “the fix is in” this week.')).toBe(false);
		// An unclosed mark: the quotation runs on past the sentence.
		expect(passingQuoteFits(' called the plan “a disgrace and a shame.')).toBe(false);
	});
});

describe('who distractors', () => {
	it('never offers someone the question itself names', () => {
		const [who] = whoPrompts(
			`${CAST}\n\nJane Holloway has nominated Tom Reyes to lead the new budget committee next year.`
		).filter((d) => d.prompt.includes('nominated'));
		if (!who || who.type !== 'single') throw new Error('no who question');
		expect(who.choices.map((c) => c.text)).not.toContain('Tom Reyes');
		expect(who.choices.map((c) => c.text)).toContain('Jane Holloway');
	});
});

describe('looksLikePerson', () => {
	it('keeps names with a first name, a role or a quote, and not plurals or shouted words', () => {
		expect(looksLikePerson('Mike Pompeo')).toBe(true);
		expect(looksLikePerson('Shinzo Abe')).toBe(false);
		expect(looksLikePerson('Shinzo Abe', 'titled')).toBe(true);
		expect(looksLikePerson('U.S. Senators', 'titled')).toBe(false);
		expect(looksLikePerson('Lawrence H. Summers', 'titled')).toBe(true);
		expect(looksLikePerson('TEL AVIV', 'quoted')).toBe(false);
		expect(looksLikePerson('Following Trump', 'titled')).toBe(false);
		expect(looksLikePerson('Rod Rosenstein', 'quoted')).toBe(true);
	});
	it('refuses a structure or an event that a first name opens or a quote vouches for', () => {
		expect(looksLikePerson('George Harlow Bridge')).toBe(false);
		expect(looksLikePerson('Democratic National Convention', 'quoted')).toBe(false);
		expect(looksLikePerson('Susan Rice')).toBe(true);
	});
	it('refuses a law or a fund, even one a name opens', () => {
		expect(looksLikePerson('Affordable Care Act', 'titled')).toBe(false);
		expect(looksLikePerson('Susan Harlow Foundation')).toBe(false);
	});
});

describe('countIsGiven', () => {
	const at = (s: string, figure: string) => [s, s.indexOf(figure)] as const;
	it('spots a count the sentence lists, repeats, or that only counts the sources', () => {
		expect(
			countIsGiven(
				...at('The suit names three people who were charged: Ann Lee, Bo Park and Cy Tan.', 'three')
			)
		).toBe(true);
		expect(countIsGiven(...at('Two people familiar with the talks described them.', 'Two'))).toBe(
			true
		);
		expect(countIsGiven(...at('Three U.S. officials said the talks failed.', 'Three'))).toBe(true);
		expect(countIsGiven(...at('Four men were held; all four were freed later.', 'Four'))).toBe(
			true
		);
	});
	it('leaves a count that must be read', () => {
		expect(
			countIsGiven(...at('Police arrested 12 people after a window was broken, police said.', '12'))
		).toBe(false);
		expect(
			countIsGiven(...at('Four people, including his aide, have pleaded guilty.', 'Four'))
		).toBe(false);
	});
});

describe('actsAsVerb', () => {
	it('takes a present verb after the name, not a plural noun the name qualifies', () => {
		expect(actsAsVerb('Jane Roe', ' leads the polls in Iowa.')).toBe(true);
		expect(actsAsVerb('Jane Roe', ' said the plan was dead.')).toBe(true);
		expect(actsAsVerb('Jane Roe', ' voters turned out in force.')).toBe(false);
		expect(actsAsVerb('Obama', ' operatives, who see her as his heir, back her.')).toBe(false);
	});
});

describe('who questions that would tell the answer', () => {
	it('refuses a possessive that gives the person’s sex, keeps one that points to a named person', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nJane Holloway has a galaxy of famous supporters in her corner this year.\n\nTom Reyes praised Maria Lopez for her handling of the long budget talks.`
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('galaxy'))).toBe(false);
		expect(prompts).toContain(
			'According to Daily 0, who praised Maria Lopez for her handling of the long budget talks?'
		);
	});
});

describe('withoutQuotedClause', () => {
	it('keeps the first act when a second one, joined by ", and", carries the quotation', () => {
		expect(
			withoutQuotedClause(
				'Jane Holloway',
				' compared the tax to a fine, and urged the council not to “take the easy road.”'
			)
		).toBe(' compared the tax to a fine.');
	});
	it('leaves a sentence whose quotation comes first, or whose "and" ends a list', () => {
		const quoteFirst = ' called the tax “a fine,” and urged the council to drop it.';
		expect(withoutQuotedClause('Jane Holloway', quoteFirst)).toBe(quoteFirst);
		const list = ' thanked the police, the firefighters, and volunteers for their “quiet courage.”';
		expect(withoutQuotedClause('Jane Holloway', list)).toBe(list);
		expect(withoutQuotedClause('Jane Holloway', ' signed the budget.')).toBe(' signed the budget.');
	});
});

describe('withoutOtherSubject', () => {
	it('keeps the first clause when a second one with its own subject follows', () => {
		expect(
			withoutOtherSubject(' had proposed a bus lane on the bridge, but the council refused it.')
		).toBe(' had proposed a bus lane on the bridge.');
		expect(withoutOtherSubject(' backs a toll of $5; Tom Reyes wants none at all.')).toBe(
			' backs a toll of $5.'
		);
		expect(withoutOtherSubject(' won in Harlow, while Sen. Tom Reyes (R-Ore.) won nowhere.')).toBe(
			' won in Harlow.'
		);
	});
	it('leaves the same subject’s second act, what someone said, and a view credited in passing', () => {
		const sameSubject = ' won the open primaries, but struggled in the closed ones.';
		expect(withoutOtherSubject(sameSubject)).toBe(sameSubject);
		const said = ' said the plan would pass, but the vote is not until May.';
		expect(withoutOtherSubject(said)).toBe(said);
		const view = ' lacks any charm, said Tom Reyes, but her plan is sound.';
		expect(withoutOtherSubject(view)).toBe(view);
	});
	it('lets a who question ask the first clause of such a sentence', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes had proposed paying for the new buses with parking fees, but the council refused.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who had proposed paying for the new buses with parking fees?'
		);
	});
});

describe('a time between the name and its verb', () => {
	it('reads past it to the verb and keeps it where the writer put it', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes on Tuesday criticised the council over the new bus routes in the old town.\n\nMaria Lopez so far has hired twelve new officers for the night patrols.`
		).map((d) => d.prompt);
		expect(prompts).toContain(
			'According to Daily 0, who on Tuesday criticised the council over the new bus routes in the old town?'
		);
		expect(prompts).toContain(
			'According to Daily 0, who so far has hired twelve new officers for the night patrols?'
		);
	});
});

describe('a note about reaching someone', () => {
	it('asks no who question of an unanswered request, whoever made it', () => {
		const prompts = whoPrompts(
			`${CAST}\n\nTom Reyes did not respond to AP's requests for an interview about the budget.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => /requests/.test(p))).toEqual([]);
	});
});

describe('fusedWordBeforeName', () => {
	it('finds a describing compound before a name, not a hyphenated name', () => {
		expect(fusedWordBeforeName('Botox-maker Allergan')).toBe(true);
		expect(fusedWordBeforeName('Jean-Paul Roe')).toBe(false);
		expect(fusedWordBeforeName('Ann Lee-Poe')).toBe(false);
	});
	it('finds a party or title word fused before a first name, not a full name of three words', () => {
		expect(fusedWordBeforeName('Democrat Patty Judge')).toBe(true);
		expect(fusedWordBeforeName('Interior Jane Roe')).toBe(true);
		expect(fusedWordBeforeName('Jane Roe')).toBe(false);
		expect(fusedWordBeforeName('Mary Jane Roe')).toBe(false);
	});
});

describe('who said: wrong answers who speak in the story', () => {
	it('offers people the story gives words to before people it never does', () => {
		const q = whoPrompts(
			'Nora Vance and Ida Park attended the council meeting on Monday. Ben Cole attended it too.\n\nTom Reyes said the budget was far too small for the city. Jane Holloway told reporters the vote would wait until spring. Sam Okafor said the union would strike in March.\n\nMaria Lopez said the police would add night patrols in the old town.'
		).find((d) => d.prompt.includes('who said the police would add night patrols'));
		if (!q || q.type !== 'single') throw new Error('no who-said question');
		expect(q.choices.map((c) => c.text).sort()).toEqual(
			['Jane Holloway', 'Maria Lopez', 'Sam Okafor', 'Tom Reyes'].sort()
		);
	});
});

describe('a count of people asked as a number', () => {
	const numeric = (text: string) =>
		factCandidates(viewStory('s', [analyzeArticle(article(1, text))]))
			.map((c) => c.draft)
			.filter((d) => d.type === 'numeric')
			.map((d) => d.prompt);
	it('asks a count the main clause tells, never one in an aside about someone named', () => {
		expect(
			numeric(
				'A gunman killed 12 people at a market in Harlow on Friday, the police said. Mayor Jane Holloway spoke on Sunday.'
			)
		).toHaveLength(1);
		expect(
			numeric(
				'The gunman, who killed 12 people at a market in Harlow on Friday, was caught by the police on Sunday. Mayor Jane Holloway spoke on Sunday.'
			)
		).toEqual([]);
	});
	it('lets a typed count miss by a tenth when the outlet hedges it, never when exact', () => {
		const tolerances = (text: string) =>
			factCandidates(viewStory('s', [analyzeArticle(article(1, text))]))
				.map((c) => c.draft)
				.flatMap((d) => (d.type === 'numeric' ? [d.tolerance] : []));
		expect(
			tolerances(
				'Soldiers arrested about 130 people at the border crossing near Harlow on Friday, the police said. Mayor Jane Holloway spoke on Sunday.'
			)
		).toEqual([13]);
		expect(
			tolerances(
				'Soldiers arrested 130 people at the border crossing near Harlow on Friday, the police said. Mayor Jane Holloway spoke on Sunday.'
			)
		).toEqual([0]);
	});
});
