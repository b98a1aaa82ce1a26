import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { article } from '../article.test-helpers';
import { actOf, anotherDoesAct } from './same-act';

describe('anotherDoesAct', () => {
	it('finds a second person doing the act a who question asks about', () => {
		const a = analyzeArticle(
			article(
				1,
				'Governor Ann Vale toured the flooded valley on Monday. Senator Paul Dunn did tour the valley too, but only a week later.'
			)
		);
		const act = actOf('toured the flooded valley on Monday')!;
		expect(act.verb).toBe('tour');
		expect(anotherDoesAct(act, 'Ann Vale', a)).toBe(true);
		// The act of no one else, or the same verb on another thing: the item stays.
		expect(anotherDoesAct(actOf('flooded the valley')!, 'Ann Vale', a)).toBe(false);
		expect(anotherDoesAct(actOf('toured the harbour school on Monday')!, 'Ann Vale', a)).toBe(
			false
		);
		// Being something is no act another shares: "who is the mayor?" stays.
		expect(actOf('is the mayor of the valley')).toBeUndefined();
	});
	it('counts a question put to the same person by someone else, but not anyone saying anything', () => {
		const a = analyzeArticle(
			article(
				1,
				'Reporter Lena Ortiz asked Dunn about the budget. Moderator Carl Hume later asked Dunn whether he would cut taxes. Hume said the debate ran late.'
			)
		);
		expect(anotherDoesAct(actOf('asked Dunn about the budget')!, 'Lena Ortiz', a)).toBe(true);
		// "said" alone is no act: everyone in a story says something.
		expect(actOf('said the debate ran late')).toBeUndefined();
	});
});
