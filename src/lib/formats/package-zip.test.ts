import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './package-zip';

describe('zipFiles', () => {
	it('writes entries in order that unzip to the same text', () => {
		const zip = zipFiles(
			[
				{ name: 'imsmanifest.xml', data: '<manifest/>' },
				{ name: 'items/a.xml', data: 'é'.repeat(1000) }
			],
			new Date('2025-01-01T00:00:00Z')
		);
		expect([zip[0], zip[1]]).toEqual([0x50, 0x4b]);
		const back = unzipSync(zip);
		expect(Object.keys(back)).toEqual(['imsmanifest.xml', 'items/a.xml']);
		expect(strFromU8(back['items/a.xml']!)).toBe('é'.repeat(1000));
		// Deflated: a thousand repeated characters take far less than their 2,000 bytes.
		expect(zip.length).toBeLessThan(600);
	});
});
