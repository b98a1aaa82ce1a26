import { describe, expect, it } from 'vitest';
import { decodeText, InputFileError, readInputFile, type FileSystem } from './files';

const encoder = new TextEncoder();
const MODIFIED = new Date('2021-03-04T05:06:07Z');

function fakeFs(files: Record<string, Uint8Array | string | Error>): FileSystem {
	const get = (path: string) => {
		const entry = files[path];
		if (entry === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
		if (entry instanceof Error) throw entry;
		return typeof entry === 'string' ? encoder.encode(entry) : entry;
	};
	return { stat: (p) => ({ size: get(p).length, modified: MODIFIED }), read: get };
}

const fs = fakeFs({
	'dir/story.txt': 'Headline\n\nBody text.',
	'blank.md': ' \n\n \n',
	'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
	'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
	'big.html': 'x'.repeat(101),
	'secret.txt': Object.assign(new Error('EACCES'), { code: 'EACCES' }),
	'folder.md': Object.assign(new Error('is a directory'), { code: 'EISDIR' })
});

function problemOf(path: string): string {
	try {
		readInputFile(path, 100, fs);
	} catch (error) {
		expect(error).toBeInstanceOf(InputFileError);
		expect((error as Error).message.startsWith(`${path}: `)).toBe(true);
		return (error as InputFileError).problem;
	}
	throw new Error(`${path} was accepted`);
}

describe('readInputFile', () => {
	it('returns the base name and the text', () => {
		expect(readInputFile('dir/story.txt', 100, fs)).toEqual({
			name: 'story.txt',
			content: 'Headline\n\nBody text.',
			modified: MODIFIED
		});
	});
	it.each([
		['missing.txt', /file not found/],
		['blank.md', /is empty/],
		['photo.txt', /binary/],
		['latin1.txt', /binary|UTF-8/],
		['big.html', /too large/],
		['secret.txt', /permission denied/],
		['folder.md', /directory/],
		['report.pdf', /unsupported file type: ".pdf"/],
		['README', /without an extension/]
	])('rejects %s, naming the file and the problem', (path, problem) => {
		expect(problemOf(path)).toMatch(problem);
	});
});

describe('decodeText', () => {
	it('accepts UTF-8 and rejects binary data', () => {
		expect(decodeText(encoder.encode('Café “quoted”'))).toBe('Café “quoted”');
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
	});
});
