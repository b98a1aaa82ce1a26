import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { alsoRight, namePattern } from './also-right';

describe('alsoRight', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				1,
				'The charge against Nora Vance carries a maximum of three years in prison. ' +
					'The Port Authority said the new ferry fares would hurt commuters badly.'
			)
		),
		analyzeArticle(
			article(
				2,
				'The charge against Peter Vance carries a maximum of five years in prison. ' +
					'The new ferry fares will hurt commuters badly, the City Council said.'
			)
		)
	]);
	it('finds a choice another outlet credits with the same fact', () => {
		const sentence = 'The Port Authority said the new ferry fares would hurt commuters badly.';
		expect(alsoRight(view, 'Port Authority', sentence, ['City Council'])).toBe(true);
		expect(alsoRight(view, 'Port Authority', sentence, ['Harbour Board'])).toBe(false);
	});
	it('keeps a figure of the same words told of another person', () => {
		const sentence = 'The charge against Nora Vance carries a maximum of three years in prison.';
		expect(alsoRight(view, 'three', sentence, ['five'])).toBe(false);
	});
	it('takes out of a sentence only the names it holds, and only once its people agree', () => {
		const replace = vi.spyOn(String.prototype, 'replace');
		const sentence = 'The Port Authority said the new ferry fares would hurt commuters badly.';
		expect(alsoRight(view, 'Port Authority', sentence, ['City Council'])).toBe(true);
		const peter = 'The charge against Peter Vance carries a maximum of five years in prison.';
		const nora = 'The charge against Nora Vance carries a maximum of three years in prison.';
		expect(alsoRight(view, 'three', nora, ['five'])).toBe(false);
		const calls = replace.mock.calls.map(([re], i) => ({
			re: re instanceof RegExp ? re.source : '',
			text: String(replace.mock.contexts[i])
		}));
		replace.mockRestore();
		// No pattern for the Port Authority over a sentence without it.
		expect(
			calls.filter((c) => c.re.includes('Port Authority') && !/Port Authority/i.test(c.text))
		).toEqual([]);
		// Peter Vance's sentence is not Nora Vance's fact: its words are never read.
		expect(calls.filter((c) => c.text === peter)).toEqual([]);
	});
	it('finds a choice the story names acting jointly with the key', () => {
		const joint = viewStory('s', [
			analyzeArticle(
				article(1, 'The Port Authority said on Monday that ferry fares would rise by a third.')
			),
			analyzeArticle(
				article(
					2,
					'The Port Authority Board and the City Council announced the new ferry fares together on Monday.'
				)
			)
		]);
		const sentence = 'The Port Authority said on Monday that ferry fares would rise by a third.';
		expect(alsoRight(joint, 'Port Authority', sentence, ['City Council'])).toBe(true);
		expect(alsoRight(joint, 'Port Authority', sentence, ['Harbour Board'])).toBe(false);
		// People met together; that does not make one say what the other said.
		const met = viewStory('s', [
			analyzeArticle(
				article(
					1,
					'Mayor Nora Vance said the fares were fair. Nora Vance and Peter Hale met on Monday.'
				)
			)
		]);
		expect(
			alsoRight(met, 'Nora Vance', 'Mayor Nora Vance said the fares were fair.', ['Peter Hale'])
		).toBe(false);
		// Figures joined by "and" are two amounts, not two actors.
		expect(alsoRight(view, 'three', 'The charge carries three and five years.', ['five'])).toBe(
			false
		);
	});
	it('gives the same verdict when asked again, its name patterns compiled once', () => {
		const sentence = 'The Port Authority said the new ferry fares would hurt commuters badly.';
		for (let i = 0; i < 2; i++) {
			expect(alsoRight(view, 'Port Authority', sentence, ['City Council'])).toBe(true);
			expect(alsoRight(view, 'three', sentence, ['five'])).toBe(false);
		}
		expect(namePattern('City Council', 'giu')).toBe(namePattern('City Council', 'giu'));
		expect(namePattern('Vance', 'u').test('Vanced')).toBe(false);
		expect(namePattern('Vance', 'u').test('Nora Vance.')).toBe(true);
	});
	it('looks for two names joined by "and" only where both are written, once per pair', () => {
		const joint = viewStory('s', [
			analyzeArticle(
				article(1, 'The Port Authority said on Monday that ferry fares would rise by a third.')
			),
			analyzeArticle(
				article(
					2,
					'The Port Authority Board and the City Council announced the new ferry fares together on Monday.'
				)
			),
			analyzeArticle(article(3, 'The City Council met on Monday to talk about the ferry.'))
		]);
		const sentence = 'The Port Authority said on Monday that ferry fares would rise by a third.';
		const test = vi.spyOn(RegExp.prototype, 'test');
		const joined = () =>
			test.mock.contexts.flatMap((re, i) =>
				(re as RegExp).source.includes('along with') ? [String(test.mock.calls[i]![0])] : []
			);
		expect(alsoRight(joint, 'Port Authority', sentence, ['City Council'])).toBe(true);
		// Only the article that writes both names is searched.
		expect(joined()).toEqual([joint.analyses[1]!.article.text]);
		test.mockClear();
		expect(alsoRight(joint, 'Port Authority', sentence, ['City Council'])).toBe(true);
		const again = joined();
		test.mockRestore();
		expect(again).toEqual([]);
	});
	it('reads the story’s sentences for a choice once, however many gaps offer it', () => {
		const sentence = 'The Port Authority said the new ferry fares would hurt commuters badly.';
		expect(alsoRight(view, 'Port Authority', sentence, ['City Council'])).toBe(true);
		const includes = vi.spyOn(String.prototype, 'includes');
		expect(alsoRight(view, 'Port Authority', sentence, ['City Council'])).toBe(true);
		const sentences = new Set(view.analyses.flatMap((a) => a.sentences.map((x) => x.text)));
		const searched = includes.mock.calls.filter(
			([name], i) => name === 'City Council' && sentences.has(String(includes.mock.contexts[i]))
		);
		includes.mockRestore();
		expect(searched).toEqual([]);
	});
});
