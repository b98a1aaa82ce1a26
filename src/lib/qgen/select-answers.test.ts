import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { normaliseAnswer, sameAnswer, selectDiverse, type Ranked } from './select';
import { r } from './select.test-helpers';

describe('sameAnswer', () => {
	it('reads a name inside a longer form of it as the same answer', () => {
		expect(sameAnswer('ethics committee', 'house ethics committee')).toBe(true);
		expect(sameAnswer('sheridan', 'mark d sheridan')).toBe(true);
		expect(sameAnswer('abc', 'abc news')).toBe(true);
	});
	it('keeps numbers and unrelated names apart', () => {
		expect(sameAnswer('3', '30 days')).toBe(false);
		expect(sameAnswer('3', '3 billion')).toBe(false);
		expect(sameAnswer('house ethics committee', 'senate ethics panel')).toBe(false);
	});
});

describe('normaliseAnswer', () => {
	it('spells a figure or a date one way whichever style the outlet writes it in', () => {
		expect(normaliseAnswer('three days')).toBe(normaliseAnswer('3 days'));
		expect(normaliseAnswer('Dec. 27th')).toBe(normaliseAnswer('December 27'));
		expect(normaliseAnswer('$84,000')).toBe('84000');
	});
	it('keeps different figures, dates and names apart', () => {
		expect(normaliseAnswer('Dec. 27')).not.toBe(normaliseAnswer('Dec. 28'));
		expect(normaliseAnswer('three days')).not.toBe(normaliseAnswer('three weeks'));
		expect(normaliseAnswer('Ann Lee')).toBe('ann lee');
	});
});

describe('one figure in two spellings', () => {
	const gap = (id: string, key: string, prompt: string): Ranked => {
		const x = r(id, 0.7, 'cloze', `cloze:${key}`, prompt, 'cloze', { skill: 'fact' });
		return { ...x, question: { ...x.question, accepted: [key] } as Question };
	};
	it('asks once how long the visit lasted, whether an outlet writes "three" or "3"', () => {
		const out = selectDiverse(
			[
				gap('a', 'three', 'Fill the gap (Daily A): The envoy will stay ____ days in the capital.'),
				gap('b', '3', 'Fill the gap (Daily B): Her visit, planned for ____ days, starts Monday.')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a']);
	});
});
