import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory, type CountedFigure } from './analyze';
import { article } from './article.test-helpers';
import { isListedPart, listedParts } from './figure-parts';

function figures(...texts: string[]): CountedFigure[] {
	return viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i, t)))
	).figures;
}

const TOLL =
	'Six people, including two lawmakers, two park rangers, an aide and a lobbyist, were injured in the attack at the Dunmore park.';

describe('listedParts', () => {
	it('reads the numbered parts of a toll’s list, not those without a number', () => {
		const [six] = figures(TOLL).filter((f) => f.mention.text === 'Six');
		expect(listedParts(six!).map((p) => `${p.value}:${[...p.words].join(' ')}`)).toEqual([
			'2:lawmaker',
			'2:park ranger'
		]);
	});

	it('reads no list after an active verb, which tells what the counted did', () => {
		const [four] = figures(
			'Four rangers, including a captain and two pilots, rescued the hikers from the ridge.'
		).filter((f) => f.mention.text === 'Four');
		expect(listedParts(four!)).toEqual([]);
	});
});

describe('isListedPart', () => {
	it('finds another outlet’s count of one listed part, by value and a word of what is counted', () => {
		const figs = figures(TOLL, 'Two park rangers were injured in the attack at the Dunmore park.');
		const six = figs.find((f) => f.mention.text === 'Six')!;
		const two = figs.find((f) => f.analysis !== six.analysis)!;
		expect(isListedPart(six, two)).toBe(true);
		// Another outlet's whole toll is no part of it.
		const five = figures(
			TOLL,
			'The gunman wounded five people in the attack at the Dunmore park.'
		).find((f) => f.mention.text === 'five')!;
		expect(isListedPart(six, five)).toBe(false);
	});
});
