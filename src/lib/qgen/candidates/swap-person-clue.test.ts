import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { article } from '../article.test-helpers';
import { statementSpeaksOf } from './swap-person-clue';

const TEXT =
	'Sam Okafor proposed a new bus depot on Monday. Tom Reyes said he should withdraw the plan at once. Tom Reyes said Okafor’s plan would cost the town too much money.';

function speaksOf(swap: string, statement: string, key: string) {
	const a = analyzeArticle(article(1, TEXT));
	const s = a.sentences.find((x) => x.text.includes(statement.slice(key.length, key.length + 20)))!;
	return statementSpeaksOf(swap, statement, 0, key.length, a, s.index);
}

describe('statementSpeaksOf', () => {
	it('rules out a swap the sentence names, by any part of the name', () => {
		const said = 'Tom Reyes said Okafor’s plan would cost the town too much money.';
		expect(speaksOf('Sam Okafor', said, 'Tom Reyes')).toBe(true);
		expect(speaksOf('Jane Holloway', said, 'Tom Reyes')).toBe(false);
	});
	it('rules out a swap the sentence means by a pronoun whose referent is named before', () => {
		const said = 'Tom Reyes said he should withdraw the plan at once.';
		expect(speaksOf('Sam Okafor', said, 'Tom Reyes')).toBe(true);
		// The name the swap replaces is no referent: Reyes's own "he" rules out no one.
		expect(speaksOf('Ben Cole', said, 'Tom Reyes')).toBe(false);
	});
});
