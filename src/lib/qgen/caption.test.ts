import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { looksLikeCaption, looksLikeHeadline, notBodyProse } from './caption';
import { segmentArticle } from './segment';
import { article } from './article.test-helpers';

function verdicts(text: string): [string, boolean][] {
	const a = { id: 'a', storyId: 's', title: 't', outlet: 'o', date: '2019-12-31', text } as Article;
	const sentences = segmentArticle(a);
	return sentences.map((s) => [s.text, looksLikeCaption(s, sentences)]);
}

describe('looksLikeCaption', () => {
	it('flags verbless, credited and present-tense dated one-sentence paragraphs', () => {
		const text = [
			'Members of the convoy at the city gate in Riverton on Sunday.',
			'Volunteers carry sandbags along the levee on April 29.',
			'Flood water covers the main square. (AP Photo/Jane Roe)',
			'The river rose two metres overnight and forced hundreds of families from their homes.',
			'Officials opened three shelters. They expect more rain on Friday.'
		].join('\n\n');
		expect(verdicts(text).map(([, v]) => v)).toEqual([true, true, true, true, false, false, false]);
	});

	it('reads a one-sentence paragraph that states a plan or a rule in the present as prose', () => {
		const text = [
			'The ferry levy seeks to raise the harbour fund by 12 percent every year.',
			'It takes 40 signatures to put a question on the town ballot.',
			// A scene in a picture, present tense with no date: still a caption.
			'Harbour workers unload crates of fish beside the old wall.'
		].join('\n\n');
		expect(verdicts(text).map(([, v]) => v)).toEqual([false, false, true]);
	});

	it('finds a caption left at the head of a longer present-tense paragraph', () => {
		const text = [
			'Volunteers carry sandbags along the levee on April 29. They are there to hold back the river.',
			'Officials opened three shelters on Friday. They expect more rain.'
		].join('\n\n');
		expect(verdicts(text).map(([, v]) => v)).toEqual([true, true, false, false]);
	});

	it('reads a longer present-tense paragraph about what lies ahead as reporting', () => {
		// Three sentences, the first a long one: a report's look ahead, not a picture's scene.
		const ahead = [
			'The exchange comes as Roe and Poe are stumping for every last vote heading into the county primary in Riverton on Tuesday. Roe leads Poe by roughly 9 percentage points in the average of recent polls. A win there could help Roe while dealing Poe a formidable blow.'
		].join('\n\n');
		expect(verdicts(ahead).map(([, v]) => v)).toEqual([false, false, false]);
		// A long opening line pinned to a day, with one line after it: still reporting.
		const long = [
			'The harbour board holds its last public hearing on the ferry levy and the new pier plans on Tuesday evening at the town hall. Residents can speak for three minutes each.'
		].join('\n\n');
		expect(verdicts(long).map(([, v]) => v)).toEqual([false, false]);
	});

	it('reads a wire dateline as the start of a report, not a photo credit', () => {
		// One paragraph of reporting with a wire's dateline: all of it prose.
		const report = [
			'RIVERTON, Oct 12 (Reuters) - The harbour board voted on Tuesday to close the old ferry pier.',
			'The board said repairs would cost more than a new pier.',
			'HARBOURVILLE (AP) — Ferry workers walked out on Monday over the closure.'
		].join('\n');
		expect(verdicts(report).map(([, v]) => v)).toEqual([false, false, false]);
		// A wire's day and credit with no place before them is a dateline too.
		const dayOnly = [
			'Mar 3 (AP) - The harbour board on Tuesday voted to close the old ferry pier after a storm.',
			'Workers said they would walk out.'
		].join('\n\n');
		expect(verdicts(dayOnly).map(([, v]) => v)).toEqual([false, false]);
		// A credit after a caption's words still marks its paragraph.
		// A live blog's heading after a dateline is still a heading.
		const heading = [
			'RIVERTON (AP) — The latest on the harbour board’s plans to close the old ferry pier and build another (all times local):',
			'The board voted on Tuesday to close the pier.'
		].join('\n\n');
		const sentences = segmentArticle({
			id: 'a',
			storyId: 's',
			title: 't',
			outlet: 'o',
			date: '2019-12-31',
			text: heading
		} as Article);
		expect(sentences.map((s) => notBodyProse(s, sentences))).toEqual([true, false]);
		const caption = verdicts('Ferry workers on the pier in Riverton. (Reuters)');
		expect(caption.length).toBeGreaterThan(0);
		expect(caption.every(([, v]) => v)).toBe(true);
	});
});

describe('captions inside prose', () => {
	it('flags people placed in a picture and a verbless dated scene, wherever they stand', () => {
		const text = [
			'The mayor met the council. Mayor Jane Holloway, left, and Tom Reyes on Monday in Riverton.',
			'The mayor met the council. Mayor Jane Holloway and Tom Reyes on Monday in Riverton.',
			'The mayor met the council. Jane Holloway left the hall on Monday in Riverton.'
		].join('\n\n');
		expect(verdicts(text).map(([, v]) => v)).toEqual([false, true, false, true, false, false]);
	});
});

describe('notBodyProse', () => {
	const verdictsOf = (text: string) => {
		const sentences = segmentArticle(article(0, text));
		return sentences.map((s) => notBodyProse(s, sentences));
	};
	it('leaves out lines about the page itself', () => {
		expect(
			verdictsOf(
				'The memos were released on Thursday. Redacted copies of the seven documents can be seen below.'
			)
		).toEqual([false, true]);
	});

	it('leaves out an embedded post, whose markup no prompt should print', () => {
		expect(
			verdictsOf(
				'The harbour board met on Tuesday.\n\n' +
					'<tweet id="1" author="@harbourwatch">Board: Tomas Brekke left the meeting 20 minutes early</tweet>.'
			)
		).toEqual([false, true]);
	});
});

describe('looksLikeHeadline', () => {
	function headlines(text: string): boolean[] {
		const a = {
			id: 'a',
			storyId: 's',
			title: 't',
			outlet: 'o',
			date: '2019-12-31',
			text
		} as Article;
		const sentences = segmentArticle(a);
		return sentences.map((s) => looksLikeHeadline(s, sentences));
	}
	it('flags a deck in the present, a line with no full stop and a video promo', () => {
		expect(
			headlines(
				'Mayor Holloway defends the budget cuts.\n\nThe mayor told the council on Monday that the cuts would go ahead.'
			)
		).toEqual([true, false]);
		expect(
			headlines(
				'The council voted on Monday to cut the budget by a tenth.\n\nCouncil cuts budget for parks and libraries\n\nThe vote was close.'
			)
		).toEqual([false, true, false]);
		expect(
			headlines(
				'A vote on the budget in the city council. Jane Roe has that story.\n\nThe council voted on Monday.'
			)
		).toEqual([true, true, false]);
	});
	it('leaves an opening paragraph of reporting alone', () => {
		expect(headlines('The council voted on Monday to cut the budget by a tenth.')).toEqual([false]);
	});
});
