/** Invariants of the cleaner on arbitrary input: it may drop paragraphs, never alter them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '$lib/bank/schema';
import { cleanArticle, normaliseSpace, splitParagraphs } from './clean';

const word = fc.oneof(
	fc.constantFrom(
		'the',
		'Council',
		'voted',
		'U.S.',
		'“We',
		'said.”',
		'—',
		'f',
		'REUTERS',
		'cookies'
	),
	fc.string({ minLength: 1, maxLength: 8 })
);
const line = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
const separator = fc.constantFrom('\n', '\n\n', '\n \n', '\r\n\r\n', '\n\u00a0\n\n');
const article = fc
	.array(fc.tuple(line, separator), { minLength: 1, maxLength: 12 })
	.map((parts) => parts.map(([l, s]) => l + s).join(''));

describe('cleanArticle invariants', () => {
	it('joins paragraphs with exactly one blank line, each trimmed and space-collapsed', () => {
		fc.assert(
			fc.property(article, (raw) => {
				const { text } = cleanArticle(raw);
				if (text === '') return;
				expect(text).not.toMatch(/\n{3,}|^\s|\s$/);
				for (const p of text.split('\n\n')) {
					expect(p).toBe(normaliseSpace(p));
					expect(p).not.toBe('');
				}
			})
		);
	});

	it('keeps paragraphs verbatim and accounts for every paragraph as kept or removed', () => {
		fc.assert(
			fc.property(article, (raw) => {
				const result = cleanArticle(raw);
				const source = splitParagraphs(raw);
				const kept = result.text === '' ? [] : result.text.split('\n\n');
				expect(kept.length + result.removed.length).toBe(source.length);
				// Kept and removed paragraphs, merged in order, give back the source paragraphs.
				const keptQueue = [...kept];
				const removedQueue = result.removed.map((r) => r.text);
				for (const p of source) {
					if (keptQueue[0] === p) keptQueue.shift();
					else expect(removedQueue.shift()).toBe(p);
				}
				expect(keptQueue).toEqual([]);
			})
		);
	});

	it('points every note at an existing paragraph', () => {
		fc.assert(
			fc.property(
				article,
				fc.constantFrom('Correction: a name was wrong.', '— Reuters contributed to this report.'),
				(raw, note) => {
					const result = cleanArticle(`${raw}\n\n${note}`);
					const paragraphs = paragraphsOf(result.text);
					expect(result.notes.length).toBeGreaterThan(0);
					for (const n of result.notes) expect(paragraphs[n.paragraph]).toBeDefined();
				}
			)
		);
	});
});
