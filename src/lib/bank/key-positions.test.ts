import { describe, expect, it } from 'vitest';
import type { Question } from './model';
import { keyCluster, keyClusterMessage } from './key-positions';
import { seedBank } from './seed-bank';
import { makeEveryKind, makeQuestion } from '$test-data';

const kinds = makeEveryKind();

/** A four-choice question whose key is stored at `position`. */
function keyedAt(id: string, position: number): Question {
	const choices = ['a', 'b', 'c', 'd'].map((c) => ({ id: c, text: c.toUpperCase() }));
	return makeQuestion('single', { id, choices, correct: [choices[position]!.id] });
}

describe('keyCluster', () => {
	it('finds keys stored first in most questions, as the seed bank once had them', () => {
		const bank = [0, 0, 0, 0, 0, 0, 0, 1].map((p, i) => keyedAt(`q${i}`, p));
		const cluster = keyCluster(bank);
		expect(cluster).toMatchObject({ position: 0, count: 7, total: 8, expected: 2 });
		expect(keyClusterMessage(cluster!)).toBe(
			'The right answer is stored first in 7 of 8 choice lists (chance would put about 2 there).'
		);
	});

	it('says nothing about spread keys or about too few questions', () => {
		expect(keyCluster([0, 1, 2, 3, 0, 1, 2, 3].map((p, i) => keyedAt(`q${i}`, p)))).toBeNull();
		expect(keyCluster([0, 0, 0, 0, 0].map((p, i) => keyedAt(`q${i}`, p)))).toBeNull();
	});

	it('counts both parts of a two-part question and ignores true/false', () => {
		const twoPart = (id: string): Question => ({
			...kinds.evidence,
			id,
			evidenceChoices: [...kinds.evidence.evidenceChoices].reverse()
		});
		// Parts A and B both keyed first: three questions give six lists, all first.
		expect(keyCluster(['t1', 't2', 't3'].map(twoPart))).toMatchObject({ position: 0, count: 6 });
		const trueFalse = seedBank.questions.filter((q) => q.type === 'truefalse');
		expect(trueFalse.length).toBeGreaterThan(0);
		expect(keyCluster([...trueFalse, ...trueFalse])).toBeNull();
	});

	it('finds no cluster in the built-in seed bank', () => {
		expect(keyCluster(seedBank.questions)).toBeNull();
	});
});
