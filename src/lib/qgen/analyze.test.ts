import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from './analyze';
import { article } from './article.test-helpers';

describe('viewStory: the story’s display names', () => {
	it('keeps a name read after a title whole, though a first name stands inside it', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(0, 'Rabbi Yoshiyahu Yosef Pinto was sentenced on Monday to a year in prison.')
			),
			analyzeArticle(article(1, 'Yoshiyahu Yosef Pinto pleaded guilty last year, a lawyer said.'))
		]);
		expect(view.people).toContain('Yoshiyahu Yosef Pinto');
		expect(view.people).not.toContain('Yosef Pinto');
		expect(view.canon('Yoshiyahu Yosef Pinto')).toBe('Yoshiyahu Yosef Pinto');
	});
	it('drops the words of an office read into a titled name', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'It would have been a massacre if not for Majority Whip Steve Vale’s security detail, Roe said.'
				)
			)
		]);
		expect(view.people).toContain('Steve Vale');
		expect(view.people.some((p) => p.includes('Whip'))).toBe(false);
	});
	it('still drops an office fused onto a name with no title read before it', () => {
		const view = viewStory('s', [
			analyzeArticle(article(0, 'The dam was visited on Monday by Interior Jane Roe and aides.'))
		]);
		expect(view.canon('Interior Jane Roe')).toBe('Jane Roe');
	});
});
