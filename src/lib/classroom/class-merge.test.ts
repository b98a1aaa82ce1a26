import { describe, expect, it } from 'vitest';
import { latestPerStudent, mergeHandIns, studentKey, withoutStudent } from './class-merge';
import { makeHandIn } from '$test-data';

const target = { storyId: 'flood-story', bankVersion: 'v-test' };

describe('mergeHandIns', () => {
	const first = makeHandIn(
		{ q1: 'b' },
		{ name: 'Ana', attemptId: 'a1', finishedAt: '2024-03-04T10:00:00Z' }
	);
	const again = makeHandIn(
		{ q1: 'a' },
		{ name: 'ana  ', attemptId: 'a2', finishedAt: '2024-03-05T10:00:00Z' }
	);

	it('adds new attempts and counts the same attempt twice as a duplicate', () => {
		const once = mergeHandIns([], [first, first], target);
		expect(once.added).toHaveLength(1);
		expect(once.duplicates).toHaveLength(1);
		const twice = mergeHandIns(once.handIns, [first, again], target);
		expect(twice.added).toEqual([again]);
		expect(twice.duplicates).toEqual([first]);
		expect(twice.handIns).toEqual([first, again]);
	});

	it('flags other stories and other versions without mixing them in', () => {
		const other = makeHandIn({}, { name: 'Ben', storyId: 'another-story' });
		const old = makeHandIn({}, { name: 'Cai', bankVersion: 'v-old' });
		const result = mergeHandIns([first], [other, old], target);
		expect(result.otherStory).toEqual([other]);
		expect(result.otherVersion).toEqual([old]);
		expect(result.handIns).toEqual([first]);
		expect(result.added).toEqual([]);
	});
});

describe('latestPerStudent', () => {
	it('counts the latest attempt per student and keeps the rest as history', () => {
		const a1 = makeHandIn(
			{ q1: 'b' },
			{ name: 'Ana', attemptId: 'a1', finishedAt: '2024-03-04T10:00:00Z' }
		);
		const a2 = makeHandIn(
			{ q1: 'a' },
			{ name: ' ANA', attemptId: 'a2', finishedAt: '2024-03-06T10:00:00Z' }
		);
		const a3 = makeHandIn(
			{ q1: 'c' },
			{ name: 'Ana', attemptId: 'a3', finishedAt: '2024-03-05T10:00:00Z' }
		);
		const ben = makeHandIn({}, { name: 'Ben' });
		const records = latestPerStudent([a1, a2, ben, a3]);
		expect(records.map((r) => r.name)).toEqual(['ANA', 'Ben']);
		expect(records[0]!.latest).toBe(a2);
		expect(records[0]!.history).toEqual([a3, a1]);
	});

	it('keeps the same name in two classes apart', () => {
		const records = latestPerStudent([
			makeHandIn({}, { name: 'Sam', className: '8A' }),
			makeHandIn({}, { name: 'Sam', className: '8B' })
		]);
		expect(records.map((r) => r.className)).toEqual(['8A', '8B']);
	});

	it('removes one student with every attempt', () => {
		const sam = makeHandIn({}, { name: 'Sam' });
		const kim = makeHandIn({}, { name: 'Kim' });
		expect(withoutStudent([sam, kim, sam], studentKey(sam))).toEqual([kim]);
	});
});
