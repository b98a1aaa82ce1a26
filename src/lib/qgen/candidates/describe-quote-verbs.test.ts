import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { describeQuoteVerbCandidates, sharedWording, stanceOf } from './describe-quote-verbs';

const charged =
	'Mayor Tom Baker spoke at the harbour on Monday. Baker also charged that “the council wasted millions on a bridge nobody ever uses,” and left without questions.';
const said =
	'Mayor Tom Baker spoke at the harbour on Monday. “The council wasted millions on a bridge nobody ever uses,” Baker said.';

const REMARK = 'the council wasted millions on a bridge nobody ever uses';

/** The judging verb read in one article whose second sentence holds its one quote. */
function stanceIn(sentence: string): string | undefined {
	const a = storyOf(`Mayor Tom Baker spoke at the harbour on Monday. ${sentence}`).analyses[0]!;
	expect(a.quotes).toHaveLength(1);
	return stanceOf(a, a.quotes[0]!);
}

describe('stanceOf', () => {
	it('reads the judging verb right after the speaker, outside the quotation marks', () => {
		const view = storyOf(charged, said);
		const [a, b] = view.analyses;
		expect(stanceOf(a!, a!.quotes[0]!)).toBe('charged');
		expect(stanceOf(b!, b!.quotes[0]!)).toBeUndefined();
	});
	it('does not read a judging verb that tells of another act before a plain verb introduces the quote', () => {
		expect(
			stanceIn('Baker admitted he had skipped the vote, and added: “' + REMARK + '.”')
		).toBeUndefined();
	});
	it('nor one before a participle of saying that introduces the quote', () => {
		expect(
			stanceIn('Baker admitted he had skipped the vote, adding that “' + REMARK + '.”')
		).toBeUndefined();
	});
	it('reads a judging verb only beside the quote, before or after it', () => {
		const far =
			'Baker admitted he had skipped the vote while the crowd outside waited for the answer';
		expect(stanceIn(`${far} “${REMARK}.”`)).toBeUndefined();
		expect(stanceIn(`“${REMARK[0]!.toUpperCase()}${REMARK.slice(1)},” Baker charged.`)).toBe(
			'charged'
		);
	});
	it('never reads a judging word inside the quote as the outlet’s', () => {
		const view = storyOf(
			'Mayor Tom Baker spoke at the harbour on Monday. “They falsely claimed the bridge was busy,” Baker said.'
		);
		const a = view.analyses[0]!;
		expect(stanceOf(a, a.quotes[0]!)).toBeUndefined();
	});
});

describe('describeQuoteVerbCandidates', () => {
	it('asks which outlet introduces one remark with a judging verb', () => {
		const q = describeQuoteVerbCandidates(storyOf(charged, said, said))[0]?.draft;
		expect(q?.type).toBe('single');
		if (q?.type !== 'single') return;
		expect(q.prompt).toContain('with “charged” rather than a plain verb of saying?');
		expect(q.choices.find((c) => c.id === q.correct[0])?.text).toBe('Daily 0');
	});
	it('shows only the words every outlet prints when their transcriptions differ', () => {
		const otherWord = said.replace('a bridge nobody ever uses', 'a bridge no one ever uses');
		const q = describeQuoteVerbCandidates(storyOf(charged, otherWord))[0]?.draft;
		expect(q?.prompt).toContain('“the council wasted millions on a bridge”');
	});
	it('finds the first long run of words all transcriptions share, case and commas aside', () => {
		expect(
			sharedWording([
				'left behind a record of bankruptcies and thousands of lawsuits and angry shareholders',
				'Throughout his career, he left behind a record of bankruptcies, thousands of lawsuits, angry stockholders'
			])
		).toBe('left behind a record of bankruptcies');
		// The remark's opening, though a longer run follows.
		expect(
			sharedWording([
				'we will win this fight and then we will rebuild every road in the county',
				'We will win this fight, he said, then we will rebuild every road in the county'
			])
		).toBe('we will win this fight');
		// Too little in common to show: the first transcription whole.
		expect(sharedWording(['we will win this', 'we shall win it'])).toBe('we will win this');
	});
	it('asks nothing when another outlet judges the words in other terms', () => {
		const judged =
			'Mayor Tom Baker spoke at the harbour on Monday. “The council wasted millions on a bridge nobody ever uses,” Baker said, a false claim.';
		expect(describeQuoteVerbCandidates(storyOf(charged, judged))).toEqual([]);
	});
});
