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
	it('takes a quoted speaker with a generational suffix for a person', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'“The harbour plan is a disgrace,” said Walter Pike III, who chairs the ferry users’ group.\n\n“We will fight it,” Pike said.'
				)
			)
		]);
		expect(view.people).toContain('Walter Pike III');
	});
	it('takes no document named after a first name for a person', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Walter Pike was only five when the Carol Declaration was signed at the harbour.\n\nPike said the Carol Declaration still guides the ferry users’ group.'
				)
			)
		]);
		expect(view.people).toContain('Walter Pike');
		expect(view.people).not.toContain('Carol Declaration');
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
	it('does not complete a president’s surname with the first lady’s full name', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'First lady Ann Roe spoke at a school on Monday. President Roe signed a bill later. “We will not give up on these children,” Roe said.'
				)
			)
		]);
		expect(view.analyses[0]!.quotes.map((q) => q.speaker)).toEqual(['President Roe']);
		expect(view.people).toEqual(['Ann Roe', 'President Roe']);
	});
	it('names someone the story gives only a title and surname as it writes them', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'President Obama rebuked his critics on Tuesday. “It is a political distraction,” Obama said. Gov. LePage disagreed with him, and Mr. Hale, who met Mr. Hale’s aides, said nothing.'
				)
			)
		]);
		expect(view.people).toEqual(
			expect.arrayContaining(['President Obama', 'Gov. LePage', 'Mr. Hale'])
		);
		expect(view.people).not.toContain('Obama');
		expect(view.canon('Obama')).toBe('President Obama');
		expect(view.analyses[0]!.quotes[0]!.speaker).toBe('President Obama');
	});
	it('gives the full name when one outlet has it, so one person is never two', () => {
		const view = viewStory('s', [
			analyzeArticle(article(0, 'President Obama rebuked his critics on Tuesday in Washington.')),
			analyzeArticle(article(1, 'Barack Obama rebuked his critics on Tuesday in Washington.'))
		]);
		expect(view.people).toContain('Barack Obama');
		expect(view.people).not.toContain('President Obama');
		expect(view.canon('Obama')).toBe('Barack Obama');
	});
	it('gives no label to a surname written with two offices or a given name cut from its surname', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Gov. Hale spoke on Monday, and Sen. Hale answered him. Barack Obama spoke too, though one guest shouted at President Barack during the speech.'
				)
			)
		]);
		expect(view.people.filter((p) => p.endsWith('Hale'))).toEqual([]);
		expect(view.people).not.toContain('President Barack');
	});
	it('keeps a titled woman apart from a man of her surname, and gives her her words', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Mrs. Hale led the campaign for decades. She said that “the amendment is not needed by any woman.” John Hale defended his mother on Monday.'
				)
			)
		]);
		expect(view.people).toEqual(expect.arrayContaining(['Mrs. Hale', 'John Hale']));
		expect(view.canon('Hale')).toBe('Mrs. Hale');
		expect(view.analyses[0]!.quotes[0]!.speaker).toBe('Mrs. Hale');
	});
	it('keeps another outlet’s “Mrs. Roe” apart from a full name its article calls “he”', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'President Dobrin Hale said he would sign the bill on Monday. He spoke at the White House.'
				)
			),
			analyzeArticle(
				article(1, 'Mrs. Hale did not attend. “It is a good day for families,” Mrs. Hale said.')
			)
		]);
		expect(view.people).toEqual(expect.arrayContaining(['Dobrin Hale', 'Mrs. Hale']));
		expect(view.analyses[1]!.quotes[0]!.speaker).toBe('Mrs. Hale');
	});
	it('takes a titled surname found inside a full name for that person', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Melba Acosta Febo, the bank’s president, spoke on Monday. “Guarantees are good when you have a good venture,” Ms. Acosta said.'
				)
			)
		]);
		expect(view.people).toContain('Melba Acosta Febo');
		expect(view.people).not.toContain('Ms. Acosta');
		expect(view.analyses[0]!.quotes[0]!.speaker).toBe('Melba Acosta Febo');
	});
});
