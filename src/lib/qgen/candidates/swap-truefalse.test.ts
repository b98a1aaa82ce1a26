import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { possessiveFor, statementOf, swapTrueFalseCandidates, theFor } from './swap-truefalse';

const CAST =
	'Mayor Jane Holloway, Council member Tom Reyes and union leader Sam Okafor met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later.';

function asked(text: string, n = 1) {
	const analyses = Array.from({ length: n }, (_, i) => analyzeArticle(article(i + 1, text)));
	return swapTrueFalseCandidates(viewStory('s', analyses)).map((c) => c.draft);
}

describe('statementOf', () => {
	it('drops an opening link and keeps a plain sentence', () => {
		expect(statementOf('But Holloway won the vote in the March primary.')?.statement).toBe(
			'Holloway won the vote in the March primary.'
		);
		expect(statementOf('However, Holloway won the vote in the March primary.')?.statement).toBe(
			'Holloway won the vote in the March primary.'
		);
	});
	it('refuses a quote, a question, the writer’s own voice or a pronoun for an earlier thing', () => {
		expect(statementOf('Holloway said the vote was “a disgrace for the town.”')).toBeUndefined();
		expect(statementOf('Why did Holloway win the vote in the March primary?')).toBeUndefined();
		expect(statementOf('We asked Holloway about the vote in the March primary.')).toBeUndefined();
		expect(statementOf('It was the third vote on the bus contract this year.')).toBeUndefined();
		expect(statementOf('Holloway could not be reached for comment on the vote.')).toBeUndefined();
		expect(statementOf('A spokesman for the Harlow mayor had no response.')).toBeUndefined();
	});
});

describe('possessiveFor', () => {
	it('writes the swapped name’s possessive in full when the key’s ended in s', () => {
		expect(possessiveFor('Hunter', '’ endorsement came first.')).toBe('’s endorsement came first.');
		expect(possessiveFor('Collins', '’ endorsement came first.')).toBe('’ endorsement came first.');
		expect(possessiveFor('Hunter', '’s endorsement came first.')).toBe(
			'’s endorsement came first.'
		);
	});
});

describe('theFor', () => {
	const text = 'the mayor flew to the netherlands and then to portugal. the netherlands team won.';
	it('adds the “the” a swapped place is written with, and refuses a bare name after “the”', () => {
		expect(theFor('Netherlands', 'The mayor flew to ', text)).toBe('the ');
		expect(theFor('Portugal', 'The mayor flew to ', text)).toBe('');
		expect(theFor('Portugal', 'The mayor flew to the ', text)).toBeUndefined();
		expect(theFor('Netherlands', 'The mayor flew to the ', text)).toBe('');
		// A modifier after another determiner stays bare: "a Netherlands team", never "a the …".
		expect(theFor('Netherlands', 'She met a ', text)).toBe('');
	});
});

describe('swapTrueFalseCandidates', () => {
	it('never swaps a name that a noun before it describes', () => {
		const qs = asked(
			`${CAST} The insurance executive Maria Lopez gave a total of $5 million to the Harlow bus fund.`
		);
		expect(qs.filter((q) => /insurance executive (?!Maria Lopez)/.test(q.prompt))).toEqual([]);
	});
	it('never swaps a name its state or home town follows, which would stand beside the swap too', () => {
		const text = `${CAST} Tom Reyes of Harlow voted against the bus contract at the meeting.`;
		const voted = asked(text).filter((q) => q.prompt.includes('voted against'));
		expect(voted).toEqual([]);
		// Without the words beside the name, the same sentence is swapped.
		const bare = asked(`${CAST} Tom Reyes voted against the bus contract at the meeting.`);
		expect(bare.filter((q) => q.prompt.includes('voted against'))).toHaveLength(1);
	});
	it('swaps a figure for another of the same unit that the article gives', () => {
		const qs = asked(
			'Workers at the Harlow plant walked out on Monday. About 340 workers joined the strike at the gate. Managers said 290 workers stayed at home on the first day.'
		);
		for (const q of qs) {
			if (q.type !== 'truefalse') throw new Error('not true/false');
			expect(q.prompt).toMatch(/^According to Daily 1, is this true or false\? /);
			const statement = q.prompt.replace(/^.*true or false\? /, '');
			// The true form is the sentence itself; the false one holds the other figure instead.
			if (q.correct[0] === 'true')
				expect(statement).toMatch(/^(About 340 workers joined|Managers said 290 workers)/);
			else expect(statement).toMatch(/^About 290 workers joined|^Managers said 340 workers/);
		}
		expect(qs.length).toBeGreaterThan(0);
	});
	it('never swaps a floor for a smaller figure, which the true count makes true as well', () => {
		// "More than 340 workers joined" is "more than 290 workers joined" too: no false form there.
		const qs = ['the strike', 'the walkout', 'the march', 'the picket', 'the protest'].flatMap(
			(what) =>
				asked(
					`Workers at the Harlow plant walked out on Monday. More than 340 workers joined ${what} at the gate. Managers said 290 workers stayed at home on the first day.`
				)
		);
		expect(qs.filter((q) => q.prompt.includes('More than 290 workers'))).toEqual([]);
		// The figure the hedge leaves open is swapped in freely.
		const open = ['the strike', 'the walkout', 'the march', 'the picket', 'the protest'].flatMap(
			(what) =>
				asked(
					`Workers at the Harlow plant walked out on Monday. More than 290 workers joined ${what} at the gate. Managers said 340 workers stayed at home on the first day.`
				)
		);
		expect(open.some((q) => q.prompt.includes('More than 340 workers'))).toBe(true);
	});
	it('never swaps a country that does the sentence’s act for another country', () => {
		// "relying upon Canada to defend …": Canada acts as a government; Peru in its place is absurd.
		const qs = ['the islands', 'the coast', 'the ports', 'the harbours', 'the waters'].flatMap(
			(what) =>
				asked(
					`The minister flew to Peru on Monday for talks. Officials said Japan had long relied upon Canada to defend ${what} in a crisis. The minister later visited Chile and Brazil.`
				)
		);
		expect(qs.filter((q) => /relied upon (?!Canada)/.test(q.prompt))).toEqual([]);
		expect(qs.filter((q) => q.prompt.includes('relied upon'))).toEqual([]);
	});
	it('swaps one side of a contest only for someone the article sets against another', () => {
		const places = ['Harlow', 'Riverton', 'Eastport', 'Westvale', 'Northam', 'Southby'];
		const statement = (place: string) =>
			`A poll released on Wednesday found Jane Holloway leading Tom Reyes by 15 points among voters in ${place}.`;
		// Nobody else in the article is a side of a contest: "Sam Okafor leading Tom Reyes" is
		// false only by what a reader knows of the race.
		const none = places.flatMap((p) => asked(`${CAST} ${statement(p)}`));
		expect(none.filter((q) => /found (?!Jane Holloway)\S+ \S+ leading/.test(q.prompt))).toEqual([]);
		// A rival the article itself sets against Reyes is a fair swap.
		const rival = places.flatMap((p) =>
			asked(`${CAST} ${statement(p)} In March, Sam Okafor trailed Tom Reyes by two points.`)
		);
		expect(rival.some((q) => q.prompt.includes('found Sam Okafor leading'))).toBe(true);
	});
	it("does not swap a figure that the sentence's other figures add up to", () => {
		const qs = asked(
			'Workers at the Harlow plant walked out on Monday. In total, 340 workers joined the strike, with 290 workers from the day shift and 50 workers from the night shift. Managers said 120 workers stayed at home on the first day.'
		);
		expect(qs.filter((q) => q.prompt.includes('In total'))).toEqual([]);
	});
	it('swaps a person only for another person the article names, never for a place', () => {
		const qs = asked(
			`${CAST} Reyes voted against the bus contract at the Harlow meeting. Okafor thanked the drivers for their patience.`
		);
		const voted = qs.find((q) => q.prompt.includes('voted against'));
		if (voted?.type !== 'truefalse') throw new Error('no swap question on the vote');
		const who = /\? (\S+) voted against/.exec(voted.prompt)?.[1];
		if (voted.correct[0] === 'true') expect(who).toBe('Reyes');
		else expect(['Holloway', 'Okafor', 'Lopez']).toContain(who);
	});
	it('never swaps in the man the sentence means by “he”: he would speak of himself', () => {
		const places = ['Harlow', 'Riverton', 'Eastport', 'Westvale', 'Northam', 'Southby'];
		// "he" is Okafor, the one man the sentence before names: "Sam Okafor said he should
		// withdraw" his own plan is false unread.
		const meant = places.flatMap((p) =>
			asked(
				`Jane Holloway and Sam Okafor met at the ${p} town hall on Monday. Tom Reyes spoke later. Sam Okafor proposed a new bus depot for ${p} on Monday. Tom Reyes said he should withdraw the plan for the depot in ${p} at once.`
			)
		);
		expect(meant.filter((q) => q.prompt.includes('Sam Okafor said he should'))).toEqual([]);
	});
	it('never swaps a person into the name of a show', () => {
		// The names list reads the show's whole name as a person's.
		const qs = asked(
			`${CAST} The budget was attacked on Monday on Sam Okafor Live Radio Hour by the port workers. Maria Lopez voted against the bus contract at the Harlow meeting.`
		);
		expect(qs.filter((q) => q.prompt.includes('attacked'))).toEqual([]);
		expect(qs.some((q) => q.prompt.includes('voted against'))).toBe(true);
	});
	it('is a filler: selection takes it only where other questions leave a place', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					1,
					'Workers at the Harlow plant walked out on Monday. About 340 workers joined the strike at the gate. Managers said 290 workers stayed at home on the first day.'
				)
			)
		]);
		const made = swapTrueFalseCandidates(view);
		expect(made.length).toBeGreaterThan(0);
		for (const c of made) expect(c.fill).toBe(true);
	});
	it('asks nothing of a story of several outlets', () => {
		expect(
			asked(
				'Workers walked out on Monday. About 340 workers joined the strike. 90 workers stayed.',
				2
			)
		).toEqual([]);
	});
});

describe('a place only the dateline names', () => {
	it('is never swapped in: where the wire filed from is no part of the events', () => {
		const prompts = asked(
			'WASHINGTON (AP) — Senator Ann Holloway won the caucuses in Minnesota on Tuesday night.\n\nHolloway also won Oklahoma and her home state of Vermont.\n\nHolloway captured the primary in Colorado, her first win of the night.'
		).map((d) => d.prompt);
		expect(prompts.some((p) => /home state of/.test(p))).toBe(true);
		expect(prompts.join(' ')).not.toMatch(/washington/i);
	});
});

describe('a place inside an organisation’s name', () => {
	it('is not swapped: "Citizens for Libya" is no claim a reader could check', () => {
		const prompts = asked(
			`${CAST}\n\nCitizens for America built a following of more than 45,000 donors last year.\n\nThe ships sailed from France to Libya and Texas in May.`
		).map((d) => d.prompt);
		expect(prompts.some((p) => /ships sailed/.test(p))).toBe(true);
		expect(prompts.some((p) => /Citizens for/.test(p))).toBe(false);
	});
});

describe('a surname with a particle', () => {
	it('is swapped whole, so no false statement names “Mr. de Poe”', () => {
		const text = [
			'Pieter de Wees, a law professor in Harlow, spoke to the council on Monday.',
			'Mayor Jim Holloway and Tom Reyes also spoke at the meeting in the town hall.',
			'Holloway later signed the new bus contract for the town of Harlow.',
			'Reyes voted against the new bus contract at the same meeting.',
			'Jane Poe, a nurse, chaired the meeting. Poe later signed the minutes of the council.',
			'For decades, Mr. de Wees noted, the town has sent observers to elections in other countries.',
			'For years, Mr. de Wees wrote, the council has hidden the costs of its bus contracts.',
			'Last spring, Mr. de Wees argued, the council spent its whole road budget on buses.',
			'In April, Mr. de Wees said, the council closed two schools in the north of the town.',
			'Since 2010, Mr. de Wees added, the town has doubled its spending on new roads.'
		].join(' ');
		const prompts = asked(text).map((q) => q.prompt);
		const swapped = prompts.filter((p) => /Mr\. (?:de )?(?:Holloway|Reyes)\b/.test(p));
		expect(swapped.length).toBeGreaterThan(0);
		expect(swapped.filter((p) => /\bde (?!Wees)/.test(p))).toEqual([]);
		// "Mr." before the name: no woman is swapped in (Jane Poe is no "Mr. Poe").
		expect(prompts.filter((p) => /Mr\. Poe\b/.test(p))).toEqual([]);
		// A swapped-in surname keeps the particle the article always writes it with.
		expect(prompts.filter((p) => /(?<!de )\bWees\b/i.test(p))).toEqual([]);
	});
});
