import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { causeCandidates } from './cause';
import { keyWithSubject } from './cause-key-subject';

const view = (...texts: string[]) =>
	viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i + 1, t)))
	);
const peopleOf = (text: string) => analyzeArticle(article(1, text)).people;

describe('keyWithSubject: a why key opening with "he" or "she" written with the effect’s subject', () => {
	const people = peopleOf(
		'Mayor Ana Ruiz closed the ferry terminal on Monday. Mr. Tom Baird, her deputy, said he was surprised. ' +
			'Ruiz later spoke to the council.'
	);
	it('names the subject when the pronoun can only be that person', () => {
		expect(
			keyWithSubject(
				'she feared the pilings would collapse',
				'Ruiz',
				'Ruiz said she closed the ferry terminal',
				people
			)
		).toBe('Ruiz feared the pilings would collapse');
		expect(
			keyWithSubject(
				'he did not want to delay the vote',
				'Mr. Baird',
				'Mr. Baird said he left the meeting',
				people
			)
		).toBe('Mr. Baird did not want to delay the vote');
	});
	it('leaves the key when the pronoun may mean someone else or the subject is no known name', () => {
		// The other sex: "he" is not Ruiz.
		expect(
			keyWithSubject('he feared a strike', 'Ruiz', 'Ruiz closed the ferry terminal', people)
		).toBe('he feared a strike');
		// The effect names a second person, who may be the one meant.
		expect(
			keyWithSubject(
				'he had missed the vote',
				'Mr. Baird',
				'Mr. Baird criticised Ruiz on Monday',
				peopleOf('Mr. Tom Baird spoke. Mr. Sam Ruiz listened.')
			)
		).toBe('he had missed the vote');
		// "The board": no person's name.
		expect(
			keyWithSubject('she feared a strike', 'The board', 'The board closed the pier', people)
		).toBe('she feared a strike');
		// No pronoun, or "it": nothing to name.
		expect(keyWithSubject('it was unsafe', 'Ruiz', 'Ruiz closed the pier', people)).toBe(
			'it was unsafe'
		);
		expect(keyWithSubject('divers found cracks', 'Ruiz', 'Ruiz closed the pier', people)).toBe(
			'divers found cracks'
		);
	});
});

describe('causeCandidates: a reason opening with the speaker’s pronoun', () => {
	it('offers the key with the speaker’s name, among wrong reasons that each name who acted', () => {
		const q = causeCandidates(
			view(
				'Mayor Ana Ruiz said she closed the ferry terminal because she feared the old pilings would collapse. ' +
					'Ruiz shared her inspection notes with the council on Tuesday. ' +
					'Ruiz deleted her campaign accounts in March. ' +
					'Dock workers staged a protest outside the board offices.'
			)
		).find((c) => c.draft.prompt.includes('What reason did Mayor Ana Ruiz give?'));
		if (q?.draft.type !== 'single') throw new Error('expected a single-choice why question');
		const key = q.draft.choices.find(
			(c) => q.draft.type === 'single' && q.draft.correct.includes(c.id)
		);
		expect(key?.text).toBe('Mayor Ana Ruiz feared the old pilings would collapse');
		expect(q.draft.choices.map((c) => c.text)).not.toContain(
			'she feared the old pilings would collapse'
		);
	});
});
