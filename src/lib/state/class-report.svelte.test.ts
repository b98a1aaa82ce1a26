import { describe, expect, it } from 'vitest';
import { bankVersion, versionedContent } from '$lib/classroom/bank-version';
import { CLASS_STORY, makeClassStory, makeHandIn } from '$test-data';
import { serializeHandIn, handInQrText, type HandIn } from '$lib/classroom/hand-in';
import type { SubmissionFile } from '$lib/classroom/submissions';
import { createMemoryStore, StorageWriteError } from '$lib/storage';
import { ClassReport } from './class-report.svelte';
import { onlyStory } from '$lib/storage/testing';

function file(name: string, text: string): SubmissionFile {
	const bytes = new TextEncoder().encode(text);
	return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

async function setup() {
	const store = createMemoryStore('test');
	const bank = makeClassStory();
	const version = await bankVersion(versionedContent(onlyStory(bank)));
	const report = new ClassReport(
		CLASS_STORY,
		() => onlyStory(bank),
		async () => store
	);
	await report.load();
	const handIn = (name: string, picks: Record<string, string>, options = {}): HandIn =>
		makeHandIn(picks, { name, bankVersion: version, ...options });
	return { store, report, handIn };
}

describe('ClassReport', () => {
	it('imports files, skips an attempt seen before, and keeps the record after a reload', async () => {
		const { store, report, handIn } = await setup();
		const ana = handIn('Ana', { q1: 'a' });
		await report.importFiles([file('ana.json', serializeHandIn(ana)), file('bad.json', '[')]);
		expect(report.lastImport).toMatchObject({
			added: ['Ana (8B)'],
			refused: [{ name: 'bad.json', reason: 'it is not JSON' }]
		});
		expect(await report.importQrText(handInQrText(ana))).toBe('Ana (8B) was already added.');
		const again = new ClassReport(
			CLASS_STORY,
			() => onlyStory(makeClassStory()),
			async () => store
		);
		await again.load();
		expect(again.records.map((r) => r.name)).toEqual(['Ana']);
	});

	it('counts hand-ins for an older version separately', async () => {
		const { report, handIn } = await setup();
		await report.importFiles([
			file('old.json', serializeHandIn(handIn('Old', {}, { bankVersion: 'aaaaaaaaaaaaaaaa' })))
		]);
		expect(report.lastImport!.otherVersion).toEqual(['Old (8B)']);
		expect(report.handIns).toEqual([]);
	});

	it('changes nothing when the write fails', async () => {
		const { store, report, handIn } = await setup();
		store.setSetting = async () => {
			throw new StorageWriteError('Storage is full.', 'quota');
		};
		await report.importFiles([file('ana.json', serializeHandIn(handIn('Ana', { q1: 'a' })))]);
		expect(report.error).toMatch(/Nothing was imported: Storage is full/);
		expect(report.handIns).toEqual([]);
	});

	it('removes a student with every attempt, and undoes it', async () => {
		const { report, handIn } = await setup();
		await report.importFiles([
			file('a1.json', serializeHandIn(handIn('Ana', { q1: 'b' }, { attemptId: 'a1' }))),
			file(
				'a2.json',
				serializeHandIn(
					handIn('Ana', { q1: 'a' }, { attemptId: 'a2', finishedAt: '2024-03-05T10:00:00.000Z' })
				)
			),
			file('ben.json', serializeHandIn(handIn('Ben', { q1: 'a' })))
		]);
		expect(report.records.map((r) => [r.name, r.history.length])).toEqual([
			['Ana', 1],
			['Ben', 0]
		]);
		// Ana's latest attempt (q1 right) is the one counted: facility of q1 is 2 of 2.
		expect(report.items[0]!.facility).toBe(1);
		await report.removeStudent(report.records[0]!.key);
		expect(report.records.map((r) => r.name)).toEqual(['Ben']);
		expect(report.undo!.message).toBe('Removed Ana (8B).');
		await report.undoRemove();
		expect(report.handIns).toHaveLength(3);
	});
});
