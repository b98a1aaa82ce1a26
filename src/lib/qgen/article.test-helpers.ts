/** A small article for generator tests: outlet "Daily n", title "Report n", story "s". */
import type { Article } from '$lib/bank/schema';
import { makeArticle } from '$test-data';
import { analyzeArticle, viewStory } from './analyze';

export const article = (n: number, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title: `Report ${n}`,
	outlet: `Daily ${n}`,
	date: '2023-10-09',
	text
});

/** A story of one article per text, in order (Daily A, Daily B, …). */
export const storyOf = (...texts: string[]) =>
	viewStory(
		's',
		texts.map((text, n) => analyzeArticle(article(n, text)))
	);

/** A story of one article per headline (Daily 1, Daily 2, …), each with the same `body`. */
export const storyTitled = (body: string, ...titles: string[]) =>
	viewStory(
		's',
		titles.map((title, i) => analyzeArticle({ ...article(i + 1, body), title }))
	);

/** A story of one article per outlet and text, all filed on `date`. */
export const storyFiledOn = (date: string, ...texts: [outlet: string, text: string][]) =>
	viewStory(
		's',
		texts.map(([outlet, text], i) =>
			analyzeArticle(makeArticle({ id: `a${i}`, storyId: 's', outlet, date, text }))
		)
	);

/**
 * Two outlets count one group of migrants differently ("More than 150", "about 200"); a third
 * sentence gives the same number for another count (police officers).
 */
export const CARAVAN = {
	moreThan150:
		'More than 150 migrants, part of a caravan that once numbered about 1,200, were prepared to seek asylum at the Riverton crossing.',
	about200:
		'After weeks on the road, about 200 migrants prepared to walk together to the Riverton crossing on Sunday.',
	some200: 'Some 200 migrants prepared to walk to the Riverton crossing, organisers said.',
	otherCount200:
		'On the other side of the fence, about 200 police officers watched the crossing all day.'
};
