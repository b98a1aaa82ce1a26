import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeHandIn } from '$test-data';
import { serializeHandIn } from './hand-in';
import { readSubmissions, type SubmissionFile } from './submissions';

function file(name: string, bytes: Uint8Array | string): SubmissionFile {
	const data = typeof bytes === 'string' ? strToU8(bytes) : bytes;
	return { name, size: data.length, arrayBuffer: async () => data.slice().buffer };
}

const ana = makeHandIn({ q1: 'a' }, { name: 'Ana' });
const ben = makeHandIn({ q1: 'b' }, { name: 'Ben' });

describe('readSubmissions', () => {
	it('reads loose files, refusing bad ones with a reason and skipping non-JSON', async () => {
		const read = await readSubmissions([
			file('ana.byline-results.json', serializeHandIn(ana)),
			file('broken.json', '{"format":'),
			file('notes.docx', 'x'),
			file('.DS_Store', 'x')
		]);
		expect(read.handIns.map((h) => h.handIn)).toEqual([ana]);
		expect(read.refused).toEqual([{ name: 'broken.json', reason: 'it is not JSON' }]);
		expect(read.skipped).toEqual(['notes.docx']);
	});

	it('reads a Moodle-style zip with one folder per student', async () => {
		const zip = zipSync({
			'Ana_123_assignsubmission_file_/river-flood-ana.byline-results.json': strToU8(
				serializeHandIn(ana)
			),
			'Ben_456_assignsubmission_file_/river-flood-ben.byline-results.json': strToU8(
				serializeHandIn(ben)
			),
			'Ben_456_assignsubmission_file_/photo.jpg': new Uint8Array([1, 2, 3]),
			'__MACOSX/._x.json': strToU8('junk')
		});
		const read = await readSubmissions([file('submissions.zip', zip)]);
		expect(read.handIns.map((h) => h.handIn.student.name)).toEqual(['Ana', 'Ben']);
		expect(read.handIns[0]!.name).toBe(
			'submissions.zip: Ana_123_assignsubmission_file_/river-flood-ana.byline-results.json'
		);
		expect(read.refused).toEqual([]);
		expect(read.skipped).toEqual(['submissions.zip: Ben_456_assignsubmission_file_/photo.jpg']);
	});

	it('refuses a damaged zip and an oversized entry without reading it', async () => {
		const read = await readSubmissions([
			file('bad.zip', 'PK not really'),
			file('big.zip', zipSync({ 'huge.json': new Uint8Array(600 * 1024).fill(32) }))
		]);
		expect(read.handIns).toEqual([]);
		expect(read.refused.map((r) => r.name)).toEqual(['bad.zip', 'big.zip: huge.json']);
		expect(read.refused[1]!.reason).toMatch(/larger than 512 KB/);
	});
});
