import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article, CARAVAN, storyOf } from '../article.test-helpers';
import { clozeCandidates } from './cloze';
import {
	DATELINE,
	datelineEnd,
	cutAtAbbreviation,
	detailCandidates,
	endsInAbbreviation,
	earlierEvent,
	inNameOfAThing,
	inScaleOf,
	nearDates,
	partOfLongerName,
	partsAddUp,
	placeActs,
	plainName,
	titledPerson,
	toldByOneOutlet
} from './detail';

function details(text: string) {
	const view = viewStory('s', [analyzeArticle(article(1, text))]);
	return detailCandidates(view).map((c) => c.draft);
}

describe('inNameOfAThing', () => {
	it('finds a name inside a show, a law or a body named after a person', () => {
		expect(inNameOfAThing('She spoke on The ', ' Morning Show on Monday.')).toBe(true);
		expect(inNameOfAThing('She spoke on ', ' Morning Show on Monday.')).toBe(true);
		expect(inNameOfAThing('He backed ', '-Poe Act in May.')).toBe(true);
		expect(inNameOfAThing('She worked for the ', ' administration.')).toBe(true);
		expect(inNameOfAThing('She spoke on ', ' on Monday.', 'Jane Roe Live Radio Hour')).toBe(true);
		expect(inNameOfAThing('She met ', ' on Monday.', 'Jane Roe')).toBe(false);
		expect(inNameOfAThing('She met ', ' on Monday.')).toBe(false);
		// A verb after the name ("Roe reported …", "Roe shows …") is no head of a name.
		expect(inNameOfAThing('On Monday ', ' reported the vote.')).toBe(false);
		expect(inNameOfAThing('On Monday ', ' showed the plan.')).toBe(false);
	});
});

describe('earlierEvent', () => {
	it('finds a day months before the article, not one of the same weeks', () => {
		expect(earlierEvent('2016-10-28', '2018-01-02')).toBe(true);
		expect(earlierEvent('2017-12-27', '2018-01-02')).toBe(false);
		expect(earlierEvent('2018-01-05', '2018-01-02')).toBe(false);
		expect(earlierEvent(undefined, '2018-01-02')).toBe(false);
	});
	it('keeps a day years before the article out of the gaps (the article is dated 2023-10-09)', () => {
		const prompts = details(
			'The council voted on Oct. 3 to close the old harbour road for good. The road had been opened on March 3, 2019, after a long fight with the port.'
		)
			.filter((d) => d.prompt.includes('When?'))
			.map((d) => d.prompt);
		expect(prompts).toHaveLength(1);
		expect(prompts[0]).toContain('voted on ____ to close');
	});
});

describe('detailCandidates', () => {
	it('offers only earlier days for "more than two months later, on ____" (date-window.ts)', () => {
		const whens = details(
			'The council first met the port on July 20 to talk about the old harbour road. More than two months later, on Sept. 28, the council voted to close the road for good. A port fair followed on Oct. 4, and the mayor spoke there.'
		).filter((d) => d.prompt.includes('later, on ____'));
		expect(whens).toHaveLength(1);
		const q = whens[0] as { choices: { id: string; text: string }[]; correct: string[] };
		const wrong = q.choices.filter((c) => !q.correct.includes(c.id)).map((c) => c.text);
		expect(wrong.length).toBeGreaterThan(0);
		// Any day after Sept. 28 is "more than two months" after July 20 as well.
		expect(wrong).not.toContain('Oct. 4');
		for (const w of wrong.filter((t) => t.startsWith('Sept.')))
			expect(Number(w.replace(/\D/g, ''))).toBeLessThan(28);
	});
	it('never gaps one day of a range of days ("July 11-12")', () => {
		const prompts = details(
			'The council voted on Oct. 3 to close the old harbour road for good. The closure will follow a port fair in the old town on Oct. 11-12, which the mayor is also expected to attend.'
		)
			.filter((d) => d.prompt.includes('When?'))
			.map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('voted on ____'))).toBe(true);
		expect(prompts.some((p) => p.includes('____-12'))).toBe(false);
	});
	it('asks a sum of money as "how much"', () => {
		const qs = details(
			'Workers at the Harlow plant walked out on Monday. The company reported earning $132 million from the plant last year. Managers met the union on Wednesday. About 90 workers stayed at home. Talks broke down after 15 hours.'
		).filter((d) => d.prompt.includes('reported earning'));
		expect(qs.map((q) => q.prompt)).toEqual([
			'Daily 1 writes: “The company reported earning $____ from the plant last year.” How much? Choose what belongs in the gap.'
		]);
		const q = qs[0]!;
		if (q.type !== 'single') throw new Error('not a choice question');
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe('132 million');
	});
	it('shows the sentence before a gap sentence whose subject points back to it', () => {
		const q = details(
			'Workers at the Harlow plant walked out on Monday. The union asked the mayor for higher pay at the port. That would cost the town $14 million a year, officials said. Managers met the union on Wednesday. About 90 workers stayed at home.'
		).find((d) => d.prompt.includes('cost the town'));
		expect(q?.prompt).toBe(
			'Daily 1 writes: “The union asked the mayor for higher pay at the port. That would cost the town $____ a year, officials said.” How much? Choose what belongs in the gap.'
		);
		expect(q?.evidence).toHaveLength(2);
	});
	it('asks a sum with a noun after it as "how much" too, and a share as "what share"', () => {
		const drafts = details(
			'Workers at the Harlow plant walked out on Monday. The mayor spent $43,350 on a gold-plated watch for the harbour master. Managers met the union on Wednesday. About 35 percent of the workers stayed at home on Friday.'
		);
		const watch = drafts.find((d) => d.prompt.includes('$____ on a gold-plated watch'));
		expect(watch?.prompt).toContain('How much?');
		const share = drafts.find((d) => d.prompt.includes('____ percent of the workers'));
		expect(share?.prompt).toContain('What share?');
	});
	it('asks a gap in percentage points as a margin, not a share', () => {
		const margin = details(
			'Workers at the Harlow plant walked out on Monday. The mayor won the race by 12 percentage points over her rival in the spring. Managers met the union on Wednesday.'
		).find((d) => d.prompt.includes('by ____ percentage points'));
		expect(margin?.prompt).toContain('By how many points?');
		expect(margin?.prompt).not.toContain('What share?');
	});
	it('gaps a figure of the reporting words beside a quote, never a figure or a name inside it', () => {
		const qs = details(
			'Workers at the Harlow plant walked out on Monday. Union leader Sam Okafor told 340 workers at the gate that “the 12 of us who run the line will not go back.” Managers met the union on Wednesday. About 90 workers stayed at home. Talks broke down after 15 hours.'
		).filter((d) => d.prompt.includes('told'));
		expect(qs.map((q) => q.prompt)).toEqual([
			'Daily 1 writes: “Union leader Sam Okafor told ____ workers at the gate that “the 12 of us who run the line will not go back.”” How many? Choose what belongs in the gap.'
		]);
		const q = qs[0]!;
		if (q.type !== 'single') throw new Error('not a choice question');
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe('340');
	});
	it('gaps a bare surname one person of the story has, among other people’s surnames', () => {
		const cast =
			'Council member Tom Reyes, Mayor Jane Holloway and union leader Sam Okafor met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later.';
		const qs = details(
			`${cast} The union had asked Reyes to delay the vote on the bus contract until March.`
		).filter((d) => d.prompt.includes('asked'));
		const q = qs[0];
		if (q?.type !== 'single') throw new Error('no surname question');
		expect(q.prompt).toContain('The union had asked ____ to delay the vote');
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe('Reyes');
		// Surnames, as the key is written, and never the key's own.
		const wrong = q.choices.filter((c) => c.id !== q.correct[0]).map((c) => c.text);
		expect(wrong.length).toBeGreaterThanOrEqual(2);
		for (const w of wrong) expect(['Holloway', 'Okafor', 'Lopez']).toContain(w);
	});
	it('leaves a surname alone where it names a side, a comparison, or a pronoun tells the sex', () => {
		const cast =
			'Council member Tom Reyes, Mayor Jane Holloway and union leader Sam Okafor met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later.';
		const prompts = details(
			`${cast} Volunteers for the Reyes campaign knocked on doors across the town all weekend. The bus contract has taken longer than Holloway had planned at the start. The union said Okafor would speak for the drivers when she met the council.`
		).map((d) => d.prompt);
		expect(
			prompts.filter((p) => /campaign knocked|longer than|speak for the drivers/.test(p))
		).toEqual([]);
	});
	it('gaps a name after a title that tells the sex only among choices of that sex', () => {
		const women =
			'Mayor Jane Holloway, union leader Karen Okafor and harbour master Linda Reyes met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later. ';
		const gapped = (text: string) =>
			details(text).filter((d) => d.prompt.includes('school gardens'));
		const [q] = gapped(`${women}First lady Susan Marlowe has focused on school gardens.`);
		if (q?.type !== 'single') throw new Error('no choice question');
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe('Susan Marlowe');
		for (const c of q.choices)
			expect([
				'Susan Marlowe',
				'Jane Holloway',
				'Karen Okafor',
				'Linda Reyes',
				'Maria Lopez'
			]).toContain(c.text);
		// A man among the people: "First lady" would rule him out on sight, and no gap is asked.
		const mixed =
			'Mayor Jane Holloway, union leader Tom Okafor and harbour master Linda Reyes met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later. ';
		for (const d of gapped(`${mixed}First lady Susan Marlowe has focused on school gardens.`))
			if (d.type === 'single') expect(d.choices.map((c) => c.text)).not.toContain('Tom Okafor');
	});
	it('gaps a full name a pronoun follows only when every choice is of that sex by first name', () => {
		const men =
			'Council member Tom Reyes, union leader Sam Okafor and harbour master David Lee met at the Harlow town hall on Monday. Bus driver Peter Nolan joined them later. ';
		const gapped = (text: string) =>
			details(text).filter((d) => d.prompt.includes('speak for the drivers'));
		const [q] = gapped(
			`${men}The drivers chose Sam Okafor to speak for the drivers when he met the council on Friday morning.`
		);
		if (q?.type !== 'single') throw new Error('no choice question');
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe('Sam Okafor');
		for (const c of q.choices)
			expect(['Sam Okafor', 'Tom Reyes', 'David Lee', 'Peter Nolan']).toContain(c.text);
		// A woman among the people: "she" would rule the men out, and the gap is not asked.
		const mixed =
			'Council member Tom Reyes, Mayor Jane Holloway and union leader Sam Okafor met at the Harlow town hall on Monday. ';
		expect(
			gapped(
				`${mixed}The drivers chose Jane Holloway to speak for the drivers when she met the council on Friday.`
			)
		).toEqual([]);
	});
	it('tells a plain first name and surname from a name with a word fused into it', () => {
		expect(plainName('George W. Bush')).toBe(true);
		expect(plainName('Ruth Okafor')).toBe(true);
		expect(plainName('Okafor')).toBe(false);
		expect(plainName('Paul Paul')).toBe(false);
		expect(plainName('Author Roger Stone')).toBe(false);
		expect(plainName('Tom ReyesFlagShareLike')).toBe(false);
	});
	it('never gaps a name the sentence prints again beside the gap', () => {
		const cast =
			'Council member Tom Reyes, Mayor Jane Holloway and union leader Sam Okafor met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later.';
		const prompts = details(
			`${cast} Reyes, who chairs the transport board, and Okafor are locked in a tight race, with polls showing Reyes's lead gone.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => p.includes('locked in a tight race'))).toEqual([]);
	});
	it('never gaps a name that a pronoun before it, with nobody named first, stands for', () => {
		const cast =
			'Council member Tom Reyes, Mayor Jane Holloway and union leader Sam Okafor met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later.';
		const prompts = details(
			`${cast} Just days before the vote in his home ward, a new poll holds a warning Reyes should heed.`
		).map((d) => d.prompt);
		expect(prompts.filter((p) => p.includes('should heed'))).toEqual([]);
	});
	it('never gaps a surname two people of the story share', () => {
		const prompts = details(
			'Council member Tom Reyes, his sister Ana Reyes and Mayor Jane Holloway met at the Harlow town hall on Monday. Union leader Sam Okafor joined them later. The union had asked Reyes to delay the vote on the bus contract until March.'
		).map((d) => d.prompt);
		expect(prompts.filter((p) => p.includes('had asked ____'))).toEqual([]);
	});
	it('never asks the date that only says which occasion (a piece of its name)', () => {
		const text =
			'Mayor Jane Holloway lost ground at the Oct. 28 TV debate, aides said. The council met on Nov. 3 to set the budget. Union leader Sam Okafor backed the plan on Nov. 5 after talks. Turnout was 41 percent in 2019.';
		const whens = details(text).filter((d) => d.prompt.includes('When?'));
		expect(whens.some((d) => d.prompt.includes('met on ____'))).toBe(true);
		expect(whens.filter((d) => d.prompt.includes('the ____ TV debate'))).toEqual([]);
	});
	it('never gaps a total whose parts the sentence prints beside the gap', () => {
		const text =
			'In total, 33 seats on the council are up for election, with 23 held by Labour and 10 by others.';
		const at = text.indexOf('33');
		expect(partsAddUp(33, text, at, 2)).toBe(true);
		expect(partsAddUp(34, text, at, 2)).toBe(false);
		expect(partsAddUp(23, text, text.indexOf('23'), 2)).toBe(true);
		expect(
			details(
				`Voters in Harlow go to the polls on Thursday. ${text} Turnout was 41 percent in 2019. The count starts at 10 p.m. on Thursday night.`
			).filter((d) => d.prompt.includes('In total') && d.prompt.includes('How many'))
		).toEqual([]);
	});
	it('reads two apostrophes as quotation marks, as some archives write them', () => {
		const qs = details(
			"Workers at the Harlow plant walked out on Monday. Union leader Sam Okafor said ''the 12 of us who run the line will not go back'' to the plant. About 90 workers stayed at home. Talks broke down after 15 hours. Managers met 40 workers on Wednesday."
		);
		expect(qs.some((q) => q.prompt.includes('the ____ of us'))).toBe(false);
	});
	it('gaps a figure and offers other figures, the key among them', () => {
		const [q] = details(
			'Workers at the Harlow plant walked out on Monday. The union said 340 workers joined the strike at the plant in the morning. Managers met the union on Wednesday.'
		).filter((d) => d.prompt.includes('How many'));
		if (!q || q.type !== 'single') throw new Error('no figure question');
		expect(q.prompt).toContain('said ____ workers joined');
		const key = q.choices.find((c) => c.id === q.correct[0])!.text;
		expect(key).toBe('340');
		expect(q.choices.length).toBeGreaterThanOrEqual(3);
	});
	it('writes every figure as the key does: digits beside digits, decimals beside decimals', () => {
		const qs = details(
			'The plan cut loan rates to 2.37 percent for all new students this year. Eight percent of students owed more than the year before. Incomes have been flat for nearly 10 percent of families since the crisis. About 0.8 percent of loans were never repaid by the borrowers.'
		).filter((d) => d.type === 'single' && d.prompt.includes('What share?'));
		const rate = qs.find((q) => q.prompt.includes('rates to ____'));
		const flat = qs.find((q) => q.prompt.includes('nearly ____ percent'));
		if (rate?.type !== 'single' || flat?.type !== 'single') throw new Error('no figure questions');
		expect(rate.choices.every((c) => /^\d+\.\d+$/.test(c.text))).toBe(true);
		expect(flat.choices.every((c) => /^\d+$/.test(c.text))).toBe(true);
		// The story's "Eight percent", a share near the key, written in digits as the key is.
		expect(flat.choices.map((c) => c.text)).toContain('8');
	});
	it('offers a share only wrong shares within two of its steps, on either side', () => {
		// "29.7" and "33.7" beside 41.7 stand three and four steps off, apart from any share the
		// poll could give; the key's place among the choices still varies from gap to gap.
		const sets = ['harbour', 'river', 'hill', 'market', 'castle', 'mill']
			.map((ward) =>
				details(
					`Voters in the ${ward} ward backed the pier plan on Sunday. The plan won 41.7 percent of the vote in the ${ward} ward, officials said. Managers met the union on Wednesday.`
				).find((d) => d.prompt.includes('won ____ percent'))
			)
			.map((q) => (q?.type === 'single' ? q.choices.map((c) => Number(c.text)) : []));
		expect(sets.every((c) => c.length === 4)).toBe(true);
		// Two steps of about 15 percent: 12.6 points.
		expect(sets.flat().every((v) => Math.abs(v - 41.7) <= 12.6 + 1e-9)).toBe(true);
	});
	it('gives a small decimal key no whole wrong figure', () => {
		// "2.23" less two steps is clamped to 1, whose neighbours ("2") are whole figures.
		const qs = details(
			'The harbour pump ran at an average of 2.23 litres a second in the spring test. Managers met the union on Wednesday to discuss the pay offer.'
		).filter((d) => d.type === 'single' && d.prompt.includes('average of ____'));
		const q = qs[0];
		if (q?.type !== 'single') throw new Error('no figure question');
		expect(q.choices.length).toBeGreaterThanOrEqual(3);
		expect(q.choices.every((c) => /^\d+\.\d\d$/.test(c.text))).toBe(true);
	});
	it('never gaps a dateline', () => {
		const prompts = details(
			'HARLOW, March 3 (Wire) — Workers at the Harlow plant walked out on the morning shift. Managers met union leaders on Wednesday to discuss the pay offer in detail.'
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('HARLOW, ____'))).toBe(false);
		expect(DATELINE.test('WASHINGTON (AP) — The Senate voted.')).toBe(true);
		expect(DATELINE.test('The Senate voted on Monday — a surprise.')).toBe(false);
		// A paragraph's first sentence may keep the blank line before it.
		expect(datelineEnd('\nWASHINGTON — Sen. Roe voted.')).toBe('\nWASHINGTON — '.length);
		expect(datelineEnd('The Senate voted on Monday — a surprise.')).toBe(0);
		// A place with its state before the day.
		const stated = 'HARLOW, N.H., March 3 (Wire) — ';
		expect(datelineEnd(`${stated}Workers walked out.`)).toBe(stated.length);
		const withState = details(
			`${stated}Workers at the Harlow plant walked out on the morning shift. Managers met union leaders on Wednesday to discuss the pay offer in detail.`
		).map((d) => d.prompt);
		expect(withState.some((p) => p.includes('N.H., ____'))).toBe(false);
	});
	it('offers other days in the key’s own form, never the days on either side of it', () => {
		const weekdays = nearDates('Monday');
		expect(weekdays).toHaveLength(3);
		expect(weekdays.every((d) => /^(?:Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(d))).toBe(true);
		for (const key of ['Nov. 18', 'Jan. 1', 'Sept. 11', 'Dec. 27', 'Oct. 28, 2016', 'June 28']) {
			const days = nearDates(key);
			const day = (d: string) => Number(/\b(\d{1,2})\b/.exec(d)![1]);
			expect(days.length).toBeGreaterThanOrEqual(3);
			// Same month and form, no two a day apart, the key's neighbours never.
			const all = [key, ...days.slice(0, 3)].map(day).sort((x, y) => x - y);
			expect(all.every((d, i) => i === 0 || d - all[i - 1]! >= 2)).toBe(true);
			expect(days.every((d) => d.replace(/\d{1,2}\b/, '') === key.replace(/\d{1,2}\b/, ''))).toBe(
				true
			);
		}
		// Within the month: no "June 31" or "Jan. 0"; "Jan. 1" gets days after it only.
		expect(nearDates('June 28').every((d) => Number(d.slice(5)) <= 30)).toBe(true);
		expect(nearDates('Jan. 1').every((d) => Number(d.slice(5)) > 2)).toBe(true);
	});
	it('does not always put the key second of its made-up days', () => {
		const rank = (key: string) => {
			const d = (t: string) => Number(/\b(\d{1,2})\b/.exec(t)![1]);
			return nearDates(key)
				.slice(0, 3)
				.filter((x) => d(x) < d(key)).length;
		};
		const ranks = new Set(
			['Nov. 14', 'Nov. 15', 'Nov. 16', 'Nov. 17', 'Nov. 18', 'May 12'].map(rank)
		);
		expect(ranks.size).toBeGreaterThan(1);
	});
});

describe('detailCandidates: who and when', () => {
	it('gaps a person with other people of the story as choices, and never a weekday', () => {
		const drafts = details(
			'Jane Holloway chaired the harbour board for ten years before she stepped down. ' +
				'On Tuesday the board chose Sam Okafor to lead the harbour through the winter. ' +
				'Okafor thanked Ann Brewer, who ran the port office in the city for a decade.'
		);
		const who = drafts.find((d) => d.prompt.includes('the board chose ____'));
		if (!who || who.type !== 'single') throw new Error('no who question');
		expect(who.prompt).toContain('Who?');
		const texts = who.choices.map((c) => c.text);
		expect(who.choices.find((c) => c.id === who.correct[0])?.text).toBe('Sam Okafor');
		expect(texts).toEqual(expect.arrayContaining(['Jane Holloway', 'Ann Brewer']));
		expect(drafts.some((d) => d.prompt.includes('On ____ the board'))).toBe(false);
	});
});

describe('detailCandidates: a name only in quotation marks', () => {
	it('is never the key of a who gap', () => {
		const drafts = details(
			'Jane Holloway chaired the harbour board for ten years before she stepped down. ' +
				'On Tuesday the board chose Sam Okafor to lead the harbour through the winter. ' +
				'The dock workers had long called their old foreman ‘Billy Carver’ in every union meeting. ' +
				'Okafor thanked Ann Brewer, who ran the port office in the city for a decade.'
		);
		const keys = drafts.flatMap((d) =>
			d.type === 'single'
				? d.choices.filter((c) => d.correct.includes(c.id)).map((c) => c.text)
				: []
		);
		expect(keys).toContain('Sam Okafor');
		expect(keys).not.toContain('Billy Carver');
		expect(JSON.stringify(drafts)).not.toContain('Billy Carver');
	});
});

describe('detailCandidates: a piece of a longer name', () => {
	it('is never the key of a who gap', () => {
		const drafts = details(
			'Jane Holloway chaired the harbour board for ten years before she stepped down. ' +
				'On Tuesday the board chose Sam Okafor to lead the harbour through the winter. ' +
				'The board then hired Jane Q. Roe–Smith to inspect the harbour walls before the storms. ' +
				'Okafor thanked Ann Brewer, who ran the port office in the city for a decade.'
		);
		const keys = drafts.flatMap((d) =>
			d.type === 'single'
				? d.choices.filter((c) => d.correct.includes(c.id)).map((c) => c.text)
				: []
		);
		expect(keys).toContain('Sam Okafor');
		expect(keys).not.toContain('Jane Q. Roe');
		expect(drafts.some((d) => d.prompt.includes('____–Smith'))).toBe(false);
	});
});

describe('detailCandidates: dates and figures the sentence allows', () => {
	it('offers no date without the key’s year, nor the day the article came out', () => {
		const drafts = details(
			'The harbour board approved the new pier plan on Sept. 20, 2023, after a long review. ' +
				'Work on the northern pier began on Oct. 9 with two cranes and forty workers. ' +
				'Inspectors had signed off on the harbour floor on Oct. 2, 2022, the board said.'
		);
		const when = drafts.find((d) => d.prompt.includes('approved the new pier plan on ____'));
		if (!when || when.type !== 'single') throw new Error('no when question');
		const texts = when.choices.map((c) => c.text);
		expect(texts).toContain('Sept. 20, 2023');
		expect(texts.every((t) => /\d{4}/.test(t))).toBe(true);
		expect(texts).not.toContain('Oct. 9');
	});
	it('keeps figure choices on the side a comparison in the sentence sets', () => {
		const drafts = details(
			'Voters in the harbour district backed the pier plan on Sunday by a wide margin. ' +
				'The plan led the rival proposal 40 percent to 36 percent in the final count. ' +
				'Turnout reached 12,000 people, officials said on Monday.'
		);
		const share = drafts.find((d) => d.prompt.includes('____ percent to 36 percent'));
		if (!share || share.type !== 'single') throw new Error('no share question');
		const texts = share.choices.map((c) => c.text);
		expect(texts).toHaveLength(4);
		expect(texts.every((t) => Number(t) > 36)).toBe(true);
	});
	it('answers "a dozen" with a smaller amount too, though its words hold the key’s', () => {
		// The key is not always the smallest choice: over a few sentences one gets "half a dozen".
		const choices = ['harbour pilots', 'ferry captains', 'dock workers', 'port clerks', 'tug crews']
			.map((who) =>
				details(
					`Workers at the Harlow plant walked out on Monday. Signing the letter were a dozen ${who} from the port of Riverton. Managers met the union on Wednesday.`
				).find((d) => d.prompt.includes(`were ____ ${who}`))
			)
			.map((q) => (q?.type === 'single' ? q.choices.map((c) => c.text) : []));
		expect(choices.every((c) => c.length === 4)).toBe(true);
		expect(choices.some((c) => c.includes('half a dozen'))).toBe(true);
	});
	it('asks no figure as a choice that "over" or "fewer than" makes a floor or a ceiling', () => {
		// "over a dozen" is "over half a dozen" too, and with every wrong figure above the key the
		// key is the smallest choice: either way the choices give the item away.
		const dozens = [
			'harbour pilots',
			'ferry captains',
			'dock workers',
			'port clerks',
			'tug crews'
		].map((who) =>
			details(
				`Workers at the Harlow plant walked out on Monday. Signing the letter were over a dozen ${who} from the port of Riverton. Managers met the union on Wednesday.`
			).find((d) => d.prompt.includes(`over ____ ${who}`))
		);
		expect(dozens.filter(Boolean)).toEqual([]);
		// "fewer than 40 families" is "fewer than 55" too.
		const flood = details(
			'The flood reached the Harlow valley on Monday. Fewer than 40 families returned to the village by Friday, the mayor said. About 25 families stayed with relatives and 55 families moved to the school.'
		);
		expect(flood.some((d) => d.prompt.includes('Fewer than ____ families'))).toBe(false);
		// The same figures without the hedge are still asked.
		expect(flood.some((d) => d.prompt.includes('About ____ families'))).toBe(true);
	});
	it('asks no share that a narrow lead in the sentence gives away', () => {
		// "edging 45 percent" keyed 46: every choice must be just above 45, and 46 is the lowest.
		const given = details(
			'Voters in the harbour district backed the pier plan on Sunday by a wide margin. ' +
				'The pier plan won 46 percent, edging the rival plan’s 45 percent in the final count. ' +
				'Turnout reached 12,000 people, officials said on Monday.'
		);
		expect(given.some((d) => d.prompt.includes('____ percent, edging'))).toBe(false);
		// Keyed 48, the choices are the window's whole figures, each as fit for the word.
		const asked = details(
			'Voters in the harbour district backed the pier plan on Sunday by a wide margin. ' +
				'The pier plan won 48 percent, edging the rival plan’s 45 percent in the final count. ' +
				'Turnout reached 12,000 people, officials said on Monday.'
		).find((d) => d.prompt.includes('____ percent, edging'));
		if (!asked || asked.type !== 'single') throw new Error('no share question');
		const texts = asked.choices.map((c) => Number(c.text));
		expect(texts).toHaveLength(4);
		expect(texts.every((t) => t > 45 && t <= 50)).toBe(true);
	});
});

describe('detailCandidates: which organisation', () => {
	it('gaps an organisation where it acts, with other organisations of the story as choices', () => {
		const drafts = details(
			'The Harbour Safety Board closed seven piers after the storm in the north. ' +
				'Later the National Coast Office said the piers could open in the spring. ' +
				'Engineers from the Storm Research Council surveyed the damage for weeks. ' +
				'A Harbour Safety Board report blamed old timber for most of the damage.'
		);
		const which = drafts.find((d) => d.prompt.includes('Later the ____ said'));
		if (!which || which.type !== 'single') throw new Error('no organisation question');
		expect(which.prompt).toContain('Which organisation?');
		expect(which.choices.find((c) => c.id === which.correct[0])?.text).toBe(
			'National Coast Office'
		);
		expect(which.choices.map((c) => c.text)).toEqual(
			expect.arrayContaining(['Harbour Safety Board', 'Storm Research Council'])
		);
		// "A ____ report": another body's report would fit as well.
		expect(drafts.some((d) => d.prompt.includes('A ____ report'))).toBe(false);
	});
});

describe('detailCandidates: organisations of one kind', () => {
	it('offers no newspaper among the bodies that could fill an agency’s gap', () => {
		const drafts = details(
			'The Harbour Safety Board closed seven piers after the storm in the north. ' +
				'Later the National Coast Office said the piers could open in the spring. ' +
				'Engineers from the Storm Research Council surveyed the damage for weeks. ' +
				'The Riverton Evening Gazette printed photographs of the broken piers.'
		);
		const which = drafts.find((d) => d.prompt.includes('Later the ____ said'));
		if (!which || which.type !== 'single') throw new Error('no organisation question');
		expect(which.choices.map((c) => c.text)).not.toContain('Riverton Evening Gazette');
	});
});

describe('detailCandidates: organisations that are whole names', () => {
	it('offers neither a party caucus, an event, nor a piece of a longer body’s name among bodies', () => {
		const drafts = details(
			'The Harbour Safety Board closed seven piers after the storm in the north. ' +
				'Later the National Coast Office said the piers could open in the spring. ' +
				'Senate Democrats asked for money to rebuild the piers before the summer. ' +
				'Leaders at the Harbour Council Summit pledged more money for the repairs. ' +
				'The Joint Committee on Taxation scored the repair bill at two million dollars. ' +
				'Engineers from the Storm Research Council surveyed the damage for weeks.'
		);
		const which = drafts.find((d) => d.prompt.includes('Later the ____ said'));
		if (!which || which.type !== 'single') throw new Error('no organisation question');
		const texts = which.choices.map((c) => c.text);
		expect(texts).not.toContain('Senate Democrats');
		expect(texts).not.toContain('Joint Committee');
		expect(texts).not.toContain('Harbour Council Summit');
		expect(texts).toEqual(
			expect.arrayContaining(['Harbour Safety Board', 'Storm Research Council'])
		);
	});
});

describe('detailCandidates: a wrong choice another outlet makes right', () => {
	it('drops a body that another outlet credits with the same statement', () => {
		const first =
			'The Harbour Safety Board closed seven piers after the storm in the north. ' +
			'Later the National Coast Office said the closure would hurt fishing crews badly this winter. ' +
			'Engineers from the Storm Research Council surveyed the damage for weeks. ' +
			'A volunteer from the Riverton Boating Association counted the broken boats.';
		const second =
			'The closure will hurt fishing crews badly this winter, the Harbour Safety Board said on Monday. ' +
			'Crews from the Riverton Boating Association waited at the quay.';
		const view = viewStory('s', [
			analyzeArticle(article(1, first)),
			analyzeArticle(article(2, second))
		]);
		const which = detailCandidates(view)
			.map((c) => c.draft)
			.find((d) => d.prompt.includes('Later the ____ said'));
		if (!which || which.type !== 'single') throw new Error('no organisation question');
		const texts = which.choices.map((c) => c.text);
		expect(texts).toContain('National Coast Office');
		// Daily 2 has the Harbour Safety Board say it: a second right answer.
		expect(texts).not.toContain('Harbour Safety Board');
		expect(texts).toContain('Storm Research Council');
	});
});

describe('titledPerson', () => {
	it('knows a person with a title run into a body’s name', () => {
		expect(titledPerson('Harbour Trade Commissioner Nora Vance')).toBe(true);
		expect(titledPerson('Riverton Port Board')).toBe(false);
		expect(titledPerson('Office of the Trade Commissioner')).toBe(false);
	});
});

describe('gap guards', () => {
	it('knows a gap that holds part of a longer name or title', () => {
		expect(partOfLongerName('The offer came from the Chief of ', ' through a friend')).toBe(true);
		expect(partOfLongerName('calling out the Speaker of the ', ' on Friday')).toBe(true);
		expect(partOfLongerName('She spoke before the ', ' on Harbour Affairs')).toBe(true);
		expect(partOfLongerName('The offer came from ', ' on Friday')).toBe(false);
		expect(partOfLongerName('one of the ', ' who spoke')).toBe(false);
	});
	it('knows a sentence cut at an abbreviation, and a dateline with any dash', () => {
		const sentences = [
			'The court ruled in Roe v.',
			'Poe that the law stood.',
			'It was upheld.'
		].map((text, index) => ({ articleId: 'a', start: 0, end: 0, index, paragraph: 0, text }));
		expect(sentences.map((s) => cutAtAbbreviation(s, sentences))).toEqual([true, true, false]);
		expect(DATELINE.test('RIVERTON ―The council met.')).toBe(true);
		expect(DATELINE.test('U.S.-backed forces met.')).toBe(false);
	});
});

describe('endsInAbbreviation', () => {
	it('reads "v." and "p.m." as abbreviations, a short word or a contraction as a sentence end', () => {
		expect(endsInAbbreviation('The court ruled in Roe v.')).toBe(true);
		expect(endsInAbbreviation('The harbour board met at 7 p.m.')).toBe(true);
		expect(endsInAbbreviation('Mara Lindqvist warned the board against it.')).toBe(false);
		expect(endsInAbbreviation('The ferry crews never thought so.')).toBe(false);
		expect(endsInAbbreviation('Tomas Brekke said the choice was not up to him, but to us.')).toBe(
			false
		);
		expect(endsInAbbreviation('The pier was never Brekke’s.')).toBe(false);
		expect(endsInAbbreviation('The council asked for a follow-up.')).toBe(false);
		expect(endsInAbbreviation('The mayor said she didn’t.')).toBe(false);
	});

	it('leaves a whole sentence after one that ends in a short word to the cloze pass', () => {
		const text =
			'The fishing families asked the council to rebuild the old pier, and the mayor promised it. ' +
			'Mara Lindqvist of the Harbour Trust said the work would cost 4 million kroner.';
		const keys = clozeCandidates(storyOf(text)).map((c) => c.keyTexts[0]);
		expect(keys).toContain('4 million');
	});
});

describe('a sentence that only says someone kept silent', () => {
	const TEXT =
		'Ada Lindqvist, Tomas Brekke, Maren Solberg and Erik Haugen sat on the harbour board when it ' +
		'voted on Tuesday to close the old pier. Lindqvist wrote the plan with Brekke. Solberg voted ' +
		'against it, and Haugen abstained. A lawyer for Lindqvist did not respond to a request for comment.';
	it('gives no detail question', () => {
		expect(details(TEXT).some((d) => d.prompt.includes('request for comment'))).toBe(false);
	});
	it('gives no gap', () => {
		const prompts = clozeCandidates(storyOf(TEXT)).map((c) => c.draft.prompt);
		expect(prompts.some((p) => p.includes('request for comment'))).toBe(false);
	});
});

describe('toldByOneOutlet', () => {
	it('marks a key no other outlet writes as a side detail, only in a story of several', () => {
		const view = viewStory('s', [
			analyzeArticle(article(1, 'Jane Holloway closed seven piers after the storm.')),
			analyzeArticle(article(2, 'The board under Holloway shut the piers for a month.'))
		]);
		const [a] = view.analyses;
		expect(toldByOneOutlet(view, a!, 'Jane Holloway')).toBe(false);
		expect(toldByOneOutlet(view, a!, 'seven')).toBe(true);
		const alone = viewStory('s', [a!]);
		expect(toldByOneOutlet(alone, a!, 'seven')).toBe(false);
	});
});

describe('figures in the key’s scale and away from it', () => {
	it('writes neighbouring figures in billions beside a key in billions', () => {
		expect(inScaleOf('220 billion', 220e9, '330,000,000,000')).toBe('330 billion');
		expect(inScaleOf('$1.5 million', 1.5e6, '$750,000')).toBe('$0.8 million');
		expect(inScaleOf('340', 340, '510')).toBe('510');
	});
	it('never offers digits beside a key written in words', () => {
		const [q] = details(
			'Signing the letter were a dozen priests from the college in the city. The letter was also backed by 90 priests at the other college. Another 300 priests signed a second letter on the budget.'
		).filter((d) => d.prompt.includes('were ____ priests'));
		if (!q || q.type !== 'single') throw new Error('no figure question');
		expect(q.choices.some((c) => /\d/.test(c.text))).toBe(false);
	});
	it('never offers a figure of the story that nearly equals the key', () => {
		const [q] = details(
			'For 39 hours, seven senators in the state chamber kept up a long filibuster on the bill. For nearly 40 hours, the senators spoke on many topics to delay the vote on the bill. The vote came after 12 hours of debate in the other chamber.'
		).filter((d) => d.prompt.includes('nearly ____ hours'));
		if (!q || q.type !== 'single') throw new Error('no figure question');
		expect(q.choices.map((c) => c.text)).not.toContain('39');
	});
});

describe('detailCandidates: another outlet’s figure for the same count', () => {
	it('is never a wrong choice for the gapped figure', () => {
		// Without "More than" before it (a hedged figure is no choice item), the count is asked.
		const view = storyOf(
			CARAVAN.moreThan150.replace('More than 150', 'A group of 150'),
			CARAVAN.about200
		);
		const gap = detailCandidates(view)
			.map((c) => c.draft)
			.find((d) => d.prompt.includes('A group of ____ migrants'));
		if (!gap || gap.type !== 'single') throw new Error('no figure gap');
		expect(gap.choices.map((c) => c.text)).not.toContain('200');
		expect(gap.choices.length).toBeGreaterThanOrEqual(3);
	});
});

describe('placeActs', () => {
	it('reads a place that acts, with words before its verb, as its government', () => {
		expect(placeActs('Officials said that ', ' on Monday imposed new port fees.')).toBe(true);
		expect(placeActs('Officials said that ', ' quickly expelled two envoys.')).toBe(true);
		expect(placeActs('Officials said that ', ', in turn, rejected the offer.')).toBe(true);
		expect(placeActs('Officials said that ', ' has conducted five tests.')).toBe(true);
		// A locative word before the place: where something happened, still a place.
		expect(placeActs('A blast in ', ' killed four people.')).toBe(false);
		expect(placeActs('The envoy flew to ', ' on Monday.')).toBe(false);
	});
	it('reads a place that does an infinitive’s act as its government', () => {
		expect(placeActs('Tokyo has long relied upon ', ' to defend its islands.')).toBe(true);
		expect(placeActs('The envoy urged ', ' to halt its tests.')).toBe(true);
		expect(placeActs('Roe said that ', ' might need its own missiles.')).toBe(true);
		// Where someone goes, and then a purpose or another place: still a place.
		expect(placeActs('The envoy flew to ', ' to meet the ministers.')).toBe(false);
		expect(placeActs('The candidate went from ', ' to the coast on Monday.')).toBe(false);
		expect(placeActs('Turnout in ', ' rose to nearly half.')).toBe(false);
	});
});

describe('wrong days of a date gap', () => {
	it('leaves out the day another outlet gives for the same act, though the two are not aligned', () => {
		const view = storyOf(
			'Jane Roe, the director of the city ferry agency, will step down on Nov. 10, the board said on Tuesday. Ferry ridership rose sharply under Roe. The board met again on Oct. 30 to review fares.',
			'Roe will step down on Dec. 14.'
		);
		const gap = detailCandidates(view)
			.map((c) => c.draft)
			.find((d) => /step down on ____/.test(d.prompt));
		expect(gap).toBeDefined();
		const texts = gap!.type === 'single' ? gap!.choices.map((c) => c.text) : [];
		expect(texts).toContain('Nov. 10');
		expect(texts).not.toContain('Dec. 14');
	});
});
