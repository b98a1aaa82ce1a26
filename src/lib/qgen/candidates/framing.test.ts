import { describe, expect, it, vi } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory, type StoryView } from '../analyze';
import { article } from '../article.test-helpers';
import { framingCandidates } from './framing';

describe('framingCandidates', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	const quoteIn = (n: number, words: string) =>
		analyzeArticle(
			titled(n, `Mayor speaks ${n}`, `Mayor Ana Ruiz spoke on Monday. “${words},” Ruiz said.`)
		);
	/** The quote-version questions a story yields. */
	const quoteVersions = (view: StoryView) =>
		framingCandidates(view).filter((c) => c.answerKey.startsWith('quote-version:'));
	it('headlines that differ only in their words get only the last-resort look-up, scored low', () => {
		// Same subject, same verb, no future and no question mark: only the extra words differ.
		const view = viewStory('s', [
			analyzeArticle(
				titled(1, 'Mayor Ruiz Resigns After Budget Scandal', 'Mayor Ana Ruiz resigned on Monday.')
			),
			analyzeArticle(titled(2, 'Mayor Ana Ruiz resigns', 'Ana Ruiz resigned as mayor on Monday.')),
			analyzeArticle(titled(3, 'Ruiz resigns as mayor', 'Mayor Ana Ruiz quit on Monday.'))
		]);
		const headline = framingCandidates(view).filter((c) => c.answerKey === 'headline');
		expect(headline.map((c) => c.draft.prompt)).toEqual([
			"Compare the headlines' word choices. Which outlet's headline chooses the words “Budget Scandal”?"
		]);
		expect(headline[0]!.quality).toBeLessThan(0.4);
	});
	it('asks a headline’s own claim instead of the look-up, and the look-up only without one', () => {
		const view = viewStory('s', [
			analyzeArticle(
				titled(
					1,
					'Mayor Ruiz Resigns, Vows to Fight Charges in Court',
					'Mayor Ana Ruiz resigned on Monday.'
				)
			),
			analyzeArticle(titled(2, 'Mayor Ana Ruiz resigns', 'Ana Ruiz resigned as mayor on Monday.')),
			analyzeArticle(titled(3, 'Ruiz resigns as mayor', 'Mayor Ana Ruiz quit on Monday.'))
		]);
		const headline = framingCandidates(view).filter((c) => c.answerKey === 'headline');
		expect(headline.map((c) => c.draft.prompt)).toEqual([
			"Which outlet's headline says that Mayor Ruiz vows to fight charges in court?"
		]);
		expect(headline[0]!.quality).toBeLessThan(0.4);
	});
	it('asks how the headlines differ in grammar when they do, above any look-up', () => {
		const view = viewStory('s', [
			analyzeArticle(
				titled(1, 'Council Set To Vote On Budget', 'The city council will vote on the budget.')
			),
			analyzeArticle(
				titled(2, 'Council Votes Down Budget', 'The city council voted down the budget on Monday.')
			),
			analyzeArticle(
				titled(3, 'Council Rejects Budget Plan', 'The city council rejected the budget on Monday.')
			)
		]);
		const prompts = framingCandidates(view)
			.filter((c) => c.answerKey === 'headline')
			.sort((x, y) => y.quality - x.quality)
			.map((c) => c.draft.prompt);
		expect(prompts[0]).toContain('still to come');
		expect(prompts.slice(1)).toEqual(
			prompts
				.slice(1)
				.map(() => expect.stringMatching(/^Compare the headlines' (?:verbs|word choices)\. /))
		);
	});
	it('asks which outlet prints its own wording of a shared quote, and only when no other outlet prints it', () => {
		const view = viewStory('s', [
			quoteIn(1, 'We will rebuild the old bridge before the winter comes to the valley'),
			quoteIn(2, 'We will repair the old bridge before the winter comes to the valley'),
			analyzeArticle(titled(3, 'Mayor speaks', 'Mayor Ana Ruiz spoke on Monday about roads.'))
		]);
		const versions = quoteVersions(view);
		expect(versions.map((c) => c.draft.prompt)).toEqual([
			expect.stringContaining("Which outlet's version has “We will rebuild the old”?")
		]);
		// The prompt names no outlet, so the third outlet among the choices is still a choice.
		for (const outlet of view.label.values())
			expect(versions[0]!.draft.prompt).not.toContain(outlet);
		expect(versions[0]!.draft.type === 'single' && versions[0]!.draft.choices).toHaveLength(3);
		// A third outlet printing the same words as the keyed one would be a second right answer.
		const shared = viewStory('s', [
			quoteIn(1, 'We will rebuild the old bridge before the winter comes to the valley'),
			quoteIn(2, 'We will repair the old bridge before the winter comes to the valley'),
			quoteIn(3, 'We will rebuild the old bridge before the winter comes to the valley')
		]);
		const keyed = quoteVersions(shared).map((c) => c.draft.prompt);
		expect(keyed).toEqual([expect.stringContaining('has “We will repair the old”?')]);
		// Words a headline prints would give their outlet away.
		const headlined = viewStory('s', [
			analyzeArticle(
				titled(
					1,
					"Ruiz: 'We will rebuild the old bridge'",
					'Mayor Ana Ruiz spoke on Monday. “We will rebuild the old bridge before the winter comes to the valley,” Ruiz said.'
				)
			),
			quoteIn(2, 'We will repair the old bridge before the winter comes to the valley'),
			analyzeArticle(titled(3, 'Mayor speaks', 'Mayor Ana Ruiz spoke on Monday about roads.'))
		]);
		expect(quoteVersions(headlined).map((c) => c.draft.prompt)).toEqual([
			expect.stringContaining('has “We will repair the old”?')
		]);
	});
	it('reads no article whole for quote versions when the quotes are worded alike', () => {
		const words = 'We will rebuild every street of this town by spring';
		const view = viewStory('s', [quoteIn(1, words), quoteIn(2, words), quoteIn(3, words)]);
		const replace = vi.spyOn(String.prototype, 'replace');
		expect(quoteVersions(view)).toEqual([]);
		// Made plain (quote words without punctuation), an article's text starts with its lead.
		const plainTexts = replace.mock.calls.filter(
			([pattern], i) =>
				pattern instanceof RegExp &&
				pattern.source === "[^a-z0-9' ]+" &&
				String(replace.mock.contexts[i]).startsWith('mayor ana ruiz spoke')
		);
		replace.mockRestore();
		expect(plainTexts).toEqual([]);
	});
	it('asks which outlet drops a "not" from a shared quote, naming both wordings', () => {
		const view = viewStory('s', [
			quoteIn(1, 'We have heard the residents and we will not close the pool this summer'),
			quoteIn(2, 'We have heard the residents and we will close the pool this summer'),
			analyzeArticle(titled(3, 'Mayor speaks', 'Mayor Ana Ruiz spoke on Monday about roads.'))
		]);
		const versions = quoteVersions(view);
		expect(versions).toHaveLength(1);
		expect(versions[0]!.draft.prompt).toContain('has “we will not close the”?');
		expect(versions[0]!.draft.explanation).toContain('prints “we will close the”');
		// Evidence in each outlet the question names.
		expect(new Set(versions[0]!.draft.evidence.map((e) => e.articleId)).size).toBe(2);
	});
});
