import { describe, expect, it } from 'vitest';
import { FrontMatterError, markdownToText, splitFrontMatter } from './markdown';

describe('splitFrontMatter', () => {
	it('parses YAML front matter and returns the body', () => {
		const { data, body } = splitFrontMatter(
			'---\ntitle: "A: B"\noutlet: The Paper\ndate: 2019-12-31\n---\n\nBody text.\n'
		);
		expect(data).toEqual({ title: 'A: B', outlet: 'The Paper', date: '2019-12-31' });
		expect(body).toBe('\nBody text.\n');
	});

	it('treats a file without front matter as all body', () => {
		expect(splitFrontMatter('# Title\n\nText')).toEqual({ data: {}, body: '# Title\n\nText' });
	});

	it('rejects unterminated, invalid and non-mapping front matter', () => {
		expect(() => splitFrontMatter('---\ntitle: x\n\nText')).toThrow(/never ends/);
		expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nText')).toThrow(FrontMatterError);
		expect(() => splitFrontMatter('---\n- a\n- b\n---\nText')).toThrow(/key: value/);
	});
});

describe('markdownToText', () => {
	it('strips headings, emphasis, links, code and quotes but keeps their text', () => {
		const md = [
			'## The *vote*',
			'The **council** voted to [close the bridge](https://x.example/a_(b)) on `Monday`.',
			'> “We had _no_ choice,” the mayor said.',
			'- first item',
			'2. second item'
		].join('\n');
		expect(markdownToText(md).text).toBe(
			[
				'The vote',
				'',
				'The council voted to close the bridge on Monday.',
				'“We had no choice,” the mayor said.',
				'first item',
				'second item'
			].join('\n')
		);
	});

	it('removes images and reports their alt text', () => {
		const result = markdownToText('Before ![A crowd at the gate](pic.jpg) after.\n\n![](x.png)');
		expect(result.text).toBe('Before  after.');
		expect(result.images).toEqual(['A crowd at the gate']);
	});

	it('leaves lone asterisks, snake_case and arithmetic alone', () => {
		const line = 'Rates rose 5 * 3 times in file_name_v2, a 2*3 grid.';
		expect(markdownToText(line).text).toBe(line);
	});

	it('drops thematic breaks and link definitions, keeps fenced text', () => {
		const md = 'One.\n\n---\n\n[1]: https://x.example\n```\nverbatim *text*\n```\nTwo.';
		expect(markdownToText(md).text).toBe('One.\n\nverbatim *text*\nTwo.');
	});
});

describe('hostile markdown', () => {
	it.each(['**a ', '~~a ', '[a', '![a', '`a '])(
		'terminates on a long line of unmatched %j',
		(mark) => {
			// A hang guard, not a speed test: unbounded patterns backtracked for minutes
			// here, so the test's own timeout catches a regression.
			expect(markdownToText(mark.repeat(50_000)).text).toContain('a');
		},
		30_000
	);
});
