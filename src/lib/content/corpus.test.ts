/**
 * Development check over the NewsWCL50 corpus (read-only, outside the repo; skipped when
 * absent). It guards against false removals on real scraped articles the rules were not
 * written from: attributed speech is never furniture, and furniture is a small share.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from './import';

/** The shared data folder sits beside the repository (../shared); BYLINE_SHARED overrides it. */
const SHARED =
	process.env.BYLINE_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url));
const CORPUS = `${SHARED}/corpora/newswcl50`;

const files = existsSync(CORPUS)
	? readdirSync(CORPUS).flatMap((event) =>
			readdirSync(`${CORPUS}/${event}`).map((file) => `${event}/${file}`)
		)
	: [];

if (files.length === 0) {
	console.warn(`corpus.test.ts: skipped, no NewsWCL50 corpus at ${CORPUS} (set BYLINE_SHARED)`);
}

describe.skipIf(files.length === 0)('cleaner on the NewsWCL50 corpus', () => {
	const articles = files.map((path) => ({
		path,
		article: parseArticleSource({ name: path, content: readFileSync(`${CORPUS}/${path}`, 'utf8') })
	}));

	it('never removes attributed speech', () => {
		const speech =
			/["“”].*\b(said|says|told|wrote|tweeted|added)\b|\b(said|says|told|wrote)\b.*["“”]/;
		const removedSpeech = articles.flatMap(({ path, article }) =>
			article.removed
				.filter((r) => r.reason !== 'repeated paragraph' && speech.test(r.text))
				.map((r) => `${path}: ${r.text}`)
		);
		expect(removedSpeech).toEqual([]);
	});

	it('removes at most a small share of any article', () => {
		for (const { path, article } of articles) {
			const kept = article.text.split('\n\n').length;
			expect(article.removed.length, path).toBeLessThanOrEqual(Math.max(2, kept * 0.15));
		}
	});

	it('finds the corpus furniture kinds: video blurbs, related links, repeated paragraphs', () => {
		const reasons = new Set(
			articles.flatMap(({ article }) => article.removed.map((r) => r.reason))
		);
		for (const kind of ['video blurb', 'related link', 'repeated paragraph']) {
			expect(reasons).toContain(kind);
		}
	});
});
