import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { causeCandidates, causalLinks } from './cause';
import { overAbout, overAboutExplanation } from './cause-over';

const view = (...texts: string[]) =>
	viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i + 1, t)))
	);

/** Other events of the story told as noun phrases, so an "over what?" echo question is asked. */
const PHRASES =
	'Dock workers walked out amid a long pay dispute in Portmouth. Ferries stopped despite the annual festival at the ferry terminal. ' +
	'Crowds gathered despite the cold weather outside the council offices. Trains ran late despite the heavy snowfall in Portmouth.';
const OTHER =
	'The harbour board closed the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier.';

describe('overAbout: "over" after a noun of dispute gives what it is about', () => {
	it('finds the noun nearest before "over", not a verb of leaving or blame', () => {
		expect(overAbout('Mayor Ana Ruiz opened the council debate with sharp criticism')).toBe(
			'criticism'
		);
		expect(overAbout('The port faces a lawsuit')).toBe('lawsuit');
		expect(overAbout('Ruiz resigned amid questions')).toBe('questions');
		expect(overAbout('Mayor Ana Ruiz resigned on Sunday')).toBeUndefined();
		expect(overAbout('Ruiz criticized the harbour chief')).toBeUndefined();
	});
	it('says "was" or "were" as the noun asks', () => {
		expect(overAboutExplanation('criticism')).toBe(
			'The word “over” tells what the criticism was about.'
		);
		expect(overAboutExplanation('questions')).toBe(
			'The word “over” tells what the questions were about.'
		);
	});
});

describe('an "over" question after a noun of dispute is a fact, not a why', () => {
	const criticism =
		'Mayor Ana Ruiz opened the council debate on Sunday with sharp criticism of the harbour chief over the chief’s response to a fire at a city warehouse.';
	const resigned =
		'Harbour chief Tom Hale resigned on Sunday over the chief’s response to a fire at a city warehouse.';
	const ask = (sentence: string, who: string) =>
		causeCandidates(view(`${sentence} ${PHRASES}`, OTHER)).find((c) =>
			c.draft.prompt.includes(who)
		);
	it('reads the noun the "over" hangs from', () => {
		expect(causalLinks(view(criticism)).find((l) => l.connective === 'over')?.about).toBe(
			'criticism'
		);
		expect(causalLinks(view(resigned)).find((l) => l.connective === 'over')?.about).toBeUndefined();
	});
	it('labels the question a fact and says what the criticism was about', () => {
		const q = ask(criticism, 'Ana Ruiz');
		expect(q?.draft.prompt).toMatch(/criticism of the harbour chief over what\?$/);
		expect(q?.draft.skill).toBe('fact');
		expect(q?.draft.explanation).toMatch(/“over” tells what the criticism was about\.$/);
		expect(q?.draft.explanation).not.toMatch(/links the two events/);
	});
	it('keeps a reason for an act ("resigned over …") a why question', () => {
		const q = ask(resigned, 'Tom Hale');
		expect(q?.draft.skill).toBe('inference');
		expect(q?.draft.explanation).toMatch(/The word “over” links the two events\.$/);
	});
});

describe('what a dispute is about, told again beside its party’s name, is no wrong answer', () => {
	const suit =
		'The harbour filings came in a long series of replies in a pending lawsuit over a records request by the watchdog group Quay Watch.';
	const again =
		'The case was brought by Quay Watch in 2019 and seeks records about the employment arrangement of port aide Tom Hale.';
	it('leaves out the thing a sentence naming the key’s party says the case is about', () => {
		const q = causeCandidates(
			view(
				`${suit} ${again} Ferries stopped despite the annual festival at the ferry terminal. ` +
					'Crowds gathered despite the cold weather outside the council offices.',
				OTHER
			)
		).find((c) => c.draft.prompt.includes('harbour filings'));
		const choices = q?.draft.type === 'single' ? q.draft.choices.map((c) => c.text) : [];
		expect(choices).toContain('a records request by the watchdog group Quay Watch');
		expect(choices.join(' | ')).not.toMatch(/employment arrangement/);
	});
});
