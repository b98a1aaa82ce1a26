import { describe, expect, it } from 'vitest';
import { archiveQuotesAsMarks, withQuoteMarks } from './archive-quotes';
import { article } from './article.test-helpers';

describe('archiveQuotesAsMarks', () => {
	it('reads two apostrophes as opening and closing quotation marks, keeping every offset', () => {
		const text =
			"''The pier is not safe,'' Ruth Okafor said. The board called it ''a temporary measure.''\n''We will reopen,'' she added.";
		const out = archiveQuotesAsMarks(text);
		expect(out).toBe(
			' “The pier is not safe,”  Ruth Okafor said. The board called it  “a temporary measure.” \n “We will reopen,”  she added.'
		);
		expect(out.length).toBe(text.length);
		expect(out.indexOf('Ruth Okafor')).toBe(text.indexOf('Ruth Okafor'));
	});
	it('leaves a text without doubled apostrophes as it is', () => {
		const text = "The harbour master's office said “no” to the plan.";
		expect(archiveQuotesAsMarks(text)).toBe(text);
		const a = article(1, text);
		expect(withQuoteMarks(a)).toBe(a);
	});
});
