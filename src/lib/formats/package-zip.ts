/**
 * Writes content packages (.zip) with fflate, which replaced a hand-written stored-only writer.
 * Entries are deflated; the manifest comes first, as IMS content packaging tools expect.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export function zipFiles(
	files: readonly { name: string; data: string | Uint8Array }[],
	modified: Date
): Uint8Array<ArrayBuffer> {
	const entries: Zippable = {};
	for (const f of files) {
		entries[f.name] = [typeof f.data === 'string' ? strToU8(f.data) : f.data, { mtime: modified }];
	}
	// Zip times before 1980 cannot be stored; fflate would throw.
	const zip = zipSync(entries, { level: 6, mtime: modified });
	return new Uint8Array(zip);
}
