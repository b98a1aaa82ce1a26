import { crc32 as nodeCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from './zip';

/** Reads entries back through the central directory, independently of the writer's bookkeeping. */
function readZip(zip: Uint8Array): { name: string; text: string; crc: number }[] {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const endAt = zip.length - 22;
	expect(view.getUint32(endAt, true)).toBe(0x06054b50);
	const count = view.getUint16(endAt + 10, true);
	let at = view.getUint32(endAt + 16, true);
	const out = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(at, true)).toBe(0x02014b50);
		const nameLength = view.getUint16(at + 28, true);
		const size = view.getUint32(at + 20, true);
		const local = view.getUint32(at + 42, true);
		const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
		expect(view.getUint32(local, true)).toBe(0x04034b50);
		const dataAt = local + 30 + view.getUint16(local + 26, true);
		const data = zip.subarray(dataAt, dataAt + size);
		out.push({ name, text: new TextDecoder().decode(data), crc: view.getUint32(at + 16, true) });
		at += 46 + nameLength;
	}
	return out;
}

describe('zipStore', () => {
	it('computes the standard CRC-32', () => {
		const bytes = new TextEncoder().encode('The quick brown fox jumps over the lazy dog');
		expect(crc32(bytes)).toBe(0x414fa339);
		expect(crc32(bytes)).toBe(nodeCrc32(bytes));
	});

	it('writes entries that read back with matching checksums', () => {
		const zip = zipStore(
			[
				{ name: 'imsmanifest.xml', data: '<manifest/>' },
				{ name: 'items/é.xml', data: 'Ünïcode' }
			],
			new Date('2025-01-02T03:04:06Z')
		);
		const entries = readZip(zip);
		expect(entries.map((e) => [e.name, e.text])).toEqual([
			['imsmanifest.xml', '<manifest/>'],
			['items/é.xml', 'Ünïcode']
		]);
		for (const e of entries) expect(e.crc).toBe(nodeCrc32(new TextEncoder().encode(e.text)));
	});
});
