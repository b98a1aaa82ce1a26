import { describe, expect, it } from 'vitest';
import { ImportError, type ParsedArticle } from '$lib/content/import';
import { draftsFromFiles } from './articles';
import { InputFileError, type InputFile } from './files';

const modified = new Date('2022-02-02T12:00:00Z');
const file = (name: string): InputFile => ({ name, content: `content of ${name}`, modified });
const parsed = (over: Partial<ParsedArticle>): ParsedArticle => ({
	title: 'T',
	outlet: 'Outlet',
	date: '2020-01-01',
	text: 'Body.',
	notes: [],
	warnings: [],
	removed: [],
	...over
});

describe('draftsFromFiles', () => {
	it('keeps what the importer read, including url and byline', () => {
		const { drafts, warnings } = draftsFromFiles([{ path: 'in/a.md', file: file('a.md') }], () =>
			parsed({ url: 'https://x.example/a', byline: 'By A. Writer', warnings: ['Check the date.'] })
		);
		expect(drafts).toEqual([
			{
				title: 'T',
				outlet: 'Outlet',
				date: '2020-01-01',
				text: 'Body.',
				notes: [],
				url: 'https://x.example/a',
				byline: 'By A. Writer'
			}
		]);
		expect(warnings).toEqual(['in/a.md: Check the date.']);
	});

	it("gives an undated article the story's most common date, else the file date", () => {
		const dates: Record<string, string> = {
			'a.md': '2020-01-01',
			'b.md': '2020-01-02',
			'c.md': '2020-01-02',
			'd.txt': ''
		};
		const inputs = Object.keys(dates).map((name) => ({ path: name, file: file(name) }));
		const { drafts, warnings } = draftsFromFiles(inputs, (f) => parsed({ date: dates[f.name]! }));
		expect(drafts.map((d) => d.date)).toEqual([
			'2020-01-01',
			'2020-01-02',
			'2020-01-02',
			'2020-01-02'
		]);
		expect(warnings).toContain(
			"d.txt: using the other articles' date, 2020-01-02, as the publication date."
		);
		const alone = draftsFromFiles([{ path: 'd.txt', file: file('d.txt') }], () =>
			parsed({ date: '' })
		);
		expect(alone.drafts[0]!.date).toBe('2022-02-02');
	});

	it('names an unknown outlet after the file so outlets stay distinct', () => {
		const { drafts } = draftsFromFiles(
			[
				{ path: 'x/one.txt', file: file('one.txt') },
				{ path: 'x/two.txt', file: file('two.txt') }
			],
			() => parsed({ outlet: '' })
		);
		expect(drafts.map((d) => d.outlet)).toEqual([
			'Unknown outlet (one.txt)',
			'Unknown outlet (two.txt)'
		]);
	});

	it('turns an importer rejection into an error naming the path', () => {
		const attempt = () =>
			draftsFromFiles([{ path: 'deep/dir/page.html', file: file('page.html') }], () => {
				throw new ImportError('page.html', 'no article text is left');
			});
		expect(attempt).toThrow(InputFileError);
		expect(attempt).toThrow('deep/dir/page.html: no article text is left');
	});
});
