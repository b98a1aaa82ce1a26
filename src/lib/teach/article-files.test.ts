import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '$lib/bank/schema';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES, parseArticleSource } from '$lib/content/import';
import { nodeDomDeps } from '$lib/server/node-dom';
import {
	ARTICLE_EXTENSIONS,
	ARTICLE_MAX_BYTES,
	articleFileProblem,
	pastedName,
	toNewArticle
} from './article-files';
import { check } from '$lib/validation';

describe('article files', () => {
	it('uses the importer’s own limits', () => {
		expect(ARTICLE_MAX_BYTES).toBe(MAX_IMPORT_BYTES);
		expect([...ARTICLE_EXTENSIONS]).toEqual([...IMPORT_EXTENSIONS]);
	});

	it('refuses unsupported, empty and oversized files before reading them', () => {
		expect(articleFileProblem('report.pdf', 100)).toMatch(/“report\.pdf”: only \.txt/);
		expect(articleFileProblem('notes', 100)).toMatch(/only/);
		expect(articleFileProblem('a.txt', 0)).toMatch(/empty/);
		expect(articleFileProblem('a.HTML', ARTICLE_MAX_BYTES + 1)).toMatch(/larger than 2 MB/);
		expect(articleFileProblem('a.md', 10)).toBeNull();
	});

	it('builds a valid article from a parsed file and edited metadata', () => {
		const parsed = parseArticleSource({
			name: pastedName('text', 1),
			content: 'Dam spillway opens\n\nThe spillway opened on Friday, officials said.'
		});
		const article = toNewArticle(parsed, {
			title: parsed.title,
			outlet: ' Valley  Courier ',
			date: '2024-05-10',
			url: ''
		});
		expect(article.outlet).toBe('Valley Courier');
		expect(article.url).toBeUndefined();
		expect(check(ArticleSchema, { ...article, id: 'a', storyId: 's' }).success).toBe(true);
	});

	it('names pasted HTML so the importer reads it as a page, neutralising scripts', () => {
		const html =
			'<html><head><title>Dam report</title></head><body><article><h1>Dam report</h1><p onclick="alert(1)">The spillway opened on Friday after heavy rain, officials said in a statement to reporters gathered at the dam.</p><script>alert(2)</script><p><a href="javascript:alert(3)">More</a> Engineers said the water level was falling steadily through the night.</p></article></body></html>';
		const parsed = parseArticleSource(
			{ name: pastedName('html', 2), content: html },
			nodeDomDeps()
		);
		expect(parsed.text).toContain('The spillway opened on Friday');
		expect(parsed.text).not.toMatch(/alert|script|javascript/);
	});
});
