import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { contestedFigure } from './contested-figure';
import { storyOf } from './article.test-helpers';

/** A "How many?" item on the figure `value` of article `a0`, its evidence the whole text. */
const askFigure = (text: string, value: string): Question =>
	({
		id: 'q',
		storyId: 's',
		skill: 'fact',
		type: 'single',
		prompt: 'Daily 0 writes: “…” How many? Choose what belongs in the gap.',
		choices: [
			{ id: 'c1', text: value },
			{ id: 'c2', text: '999' }
		],
		correct: ['c1'],
		evidence: [{ articleId: 'a0', start: 0, end: text.length }],
		explanation: '',
		difficulty: 2,
		tags: []
	}) as unknown as Question;

describe('contestedFigure', () => {
	const arrived =
		'Officials warned of arrests as about 130 immigrants arrived at the Riverton crossing on Wednesday.';

	it('flags a count another outlet gives as another number of the same kind of thing', () => {
		const v = storyOf(
			arrived,
			'About 200 migrants prepared to walk to the Riverton crossing on Sunday.'
		);
		expect(contestedFigure(v)(askFigure(arrived, '130'))).toBe(true);
	});

	it('reads a bill and a measure as one kind of thing counted', () => {
		const fifteen = 'Republicans said they have brought up 15 bills that the Senate ignored.';
		const v = storyOf(
			fifteen,
			'Republicans said the Senate should take up some 16 House-passed measures.'
		);
		expect(contestedFigure(v)(askFigure(fifteen, '15'))).toBe(true);
	});

	it('leaves a count no other outlet gives otherwise', () => {
		const same = storyOf(
			arrived,
			'About 130 immigrants arrived at the Riverton crossing on Wednesday.'
		);
		expect(contestedFigure(same)(askFigure(arrived, '130'))).toBe(false);
		const other = storyOf(arrived, 'Twelve lawyers met them at the Riverton crossing on Sunday.');
		expect(contestedFigure(other)(askFigure(arrived, '130'))).toBe(false);
	});

	it('sets no vague amount ("hundreds") and no catch-all ("people") against the key', () => {
		const v = storyOf(
			arrived,
			'Hundreds of immigrants waited at the Riverton crossing, and about 400 people marched.'
		);
		expect(contestedFigure(v)(askFigure(arrived, '130'))).toBe(false);
	});

	it('sets no count of the killed against a count of the wounded', () => {
		const killed = 'The storm killed 12 villagers in the valley on Monday.';
		const v = storyOf(killed, 'The storm wounded 40 villagers in the valley on Monday.');
		expect(contestedFigure(v)(askFigure(killed, '12'))).toBe(false);
	});

	it('flags nothing that asks no figure, nor a figure of the same outlet', () => {
		const v = storyOf(arrived + ' By Sunday about 200 immigrants had arrived.');
		const text = v.analyses[0]!.article.text;
		expect(contestedFigure(v)(askFigure(text, '130'))).toBe(false);
		const word = { ...askFigure(arrived, 'Wednesday') } as Question;
		expect(contestedFigure(storyOf(arrived, 'About 200 migrants arrived.'))(word)).toBe(false);
	});
	it('sets no span of time against another ("the first 15 months", "16 months of talks")', () => {
		const first = 'The files recall the chaotic first 15 months of the new administration.';
		const v = storyOf(first, 'The envoy said 16 months of talks had produced nothing.');
		expect(contestedFigure(v)(askFigure(first, '15'))).toBe(false);
	});
});
