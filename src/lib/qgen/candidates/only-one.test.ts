import { describe, expect, it } from 'vitest';
import { makeArticle } from '$test-data';
import { analyzeArticle, viewStory } from '../analyze';
import { NOT_ONLY_ONE } from '../lexicon';
import { asClause, onlyOneCandidates } from './only-one';

/** Invented story: three outlets on one council vote; each lead names the vote and the bridge. */
const LEAD = {
	a: 'The Riverton city council voted 5-2 on Tuesday to approve the Hollis Street bridge plan after a long debate.',
	b: 'Riverton’s city council approved the Hollis Street bridge plan on Tuesday in a 5-2 vote.',
	c: 'After hours of debate, the Riverton city council voted on Tuesday to approve the Hollis Street bridge plan.'
};
const MARCH =
	'Dozens of shop owners marched from the council chamber to the bridge site after the vote and planted a row of young maple trees.';
const CRANE =
	'A crane from Kessler Steel arrived at the riverbank to start work on the bridge plan that the council approved.';
const FILLER = {
	b: 'The council will meet again next month to set the bridge budget for the coming year.',
	c: 'The bridge plan had been delayed twice by the council before the vote this week.'
};

function story(
	texts: { a: string; b: string; c: string },
	dates = ['2023-10-10', '2023-10-10', '2023-10-10']
) {
	const outlets = ['Daily Alpha', 'Daily Beta', 'Daily Gamma'];
	return viewStory(
		's',
		(['a', 'b', 'c'] as const).map((k, i) =>
			analyzeArticle(
				makeArticle({
					id: `a${i}`,
					storyId: 's',
					outlet: outlets[i],
					title: 'Riverton Council Approves Bridge Plan in 5-2 Vote',
					date: dates[i],
					text: texts[k]
				})
			)
		)
	);
}

describe('onlyOneCandidates', () => {
	it('asks which outlet alone tells a detail of the event that no other outlet has', () => {
		const view = story({
			a: `${LEAD.a} ${MARCH}`,
			b: `${LEAD.b} ${FILLER.b}`,
			c: `${LEAD.c} ${FILLER.c}`
		});
		const [c, ...more] = onlyOneCandidates(view);
		expect(more).toEqual([]);
		expect(c?.draft.prompt).toBe(
			`Only one outlet reports that dozens of shop owners marched from the council chamber to the bridge site after the vote and planted a row of young maple trees. Which outlet?`
		);
		const d = c!.draft;
		expect(d.type === 'single' && d.choices.find((x) => x.id === d.correct[0])?.text).toBe(
			'Daily Alpha'
		);
		expect(c?.draft.explanation).toContain('Daily Beta and Daily Gamma do not report it');
	});

	it('does not ask a detail another outlet reports in other words', () => {
		const view = story({
			a: `${LEAD.a} ${MARCH}`,
			b: `${LEAD.b} Later, store owners walked to the construction site and put in maple saplings.`,
			c: `${LEAD.c} ${FILLER.c}`
		});
		expect(onlyOneCandidates(view)).toEqual([]);
	});

	it('does not ask an undated detail from an outlet filed after the others', () => {
		// The others, filed the day before, could not report what happened after they went out.
		const view = story(
			{ a: `${LEAD.a} ${MARCH}`, b: `${LEAD.b} ${FILLER.b}`, c: `${LEAD.c} ${FILLER.c}` },
			['2023-10-11', '2023-10-10', '2023-10-10']
		);
		expect(onlyOneCandidates(view)).toEqual([]);
	});

	it('does not ask reported speech, a quote or a line on who someone is', () => {
		for (const line of [
			'Dozens of shop owners would plant maple trees at the bridge site after the council vote, Ana Ruiz said.',
			'“We will plant maple trees at the bridge site after the council vote,” shop owners announced.',
			'Teodoro Vasquez is a senior fellow at the Hollis Institute, which studied the bridge plan and the vote.'
		]) {
			const view = story({
				a: `${LEAD.a} ${line}`,
				b: `${LEAD.b} ${FILLER.b}`,
				c: `${LEAD.c} ${FILLER.c}`
			});
			expect(onlyOneCandidates(view), line).toEqual([]);
		}
	});

	it('asks once per story when two outlets each tell a detail of their own', () => {
		const view = story({
			a: `${LEAD.a} ${MARCH}`,
			b: `${LEAD.b} ${CRANE}`,
			c: `${LEAD.c} ${FILLER.c}`
		});
		const found = onlyOneCandidates(view);
		// Either outlet alone tells its own detail; the set asks one of them.
		expect(found).toHaveLength(1);
		const alone = (t: string) =>
			onlyOneCandidates(
				story({ a: `${LEAD.a} ${t}`, b: `${LEAD.b} ${FILLER.b}`, c: `${LEAD.c} ${FILLER.c}` })
			);
		expect(alone(MARCH)).toHaveLength(1);
		const crane = story({ a: `${LEAD.a} ${FILLER.c}`, b: `${LEAD.b} ${CRANE}`, c: LEAD.c });
		expect(onlyOneCandidates(crane).map((c) => c.answerKey)).toEqual(['only-one:Daily Beta']);
	});

	it('needs three outlets', () => {
		const view = viewStory(
			's',
			story({ a: `${LEAD.a} ${MARCH}`, b: LEAD.b, c: LEAD.c }).analyses.slice(0, 2)
		);
		expect(onlyOneCandidates(view)).toEqual([]);
	});
});

describe('asClause and NOT_ONLY_ONE', () => {
	it('lowers only a plainly common first word', () => {
		expect(asClause('The ad will run statewide.')).toBe('the ad will run statewide');
		expect(asClause('Americans booed the plan.')).toBe('Americans booed the plan');
		expect(asClause('Mr. Roe left early.')).toBe('Mr. Roe left early');
	});
	it('reads reported speech and bio lines, not plain acts', () => {
		expect(NOT_ONLY_ONE.test('The ad runs statewide, the campaign said.')).toBe(true);
		expect(NOT_ONLY_ONE.test('Roe is a senior fellow at a think tank.')).toBe(true);
		expect(NOT_ONLY_ONE.test('The ad runs statewide on cable networks.')).toBe(false);
		expect(NOT_ONLY_ONE.test('Roe retold the story.')).toBe(false);
	});
});
