/**
 * Reads the CLI's input files and rejects, with the file's name and the
 * problem, anything that is not a readable, non-empty, text article of a
 * supported kind. Node-only (fs), but the file system is injectable for tests.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export class InputFileError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`${file}: ${problem}`);
		this.name = 'InputFileError';
	}
}

export interface FileSystem {
	stat(path: string): { size: number; modified: Date };
	read(path: string): Uint8Array;
}

export interface InputFile {
	/** The file name without folders, as importers and messages show it. */
	name: string;
	content: string;
	/** Last modification time, the fallback publication date of an undated text. */
	modified: Date;
}

export const nodeFileSystem: FileSystem = {
	stat(path) {
		const stat = statSync(path);
		if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
		return { size: stat.size, modified: stat.mtime };
	},
	read: (path) => readFileSync(path)
};

const FS_PROBLEMS: Record<string, string> = {
	ENOENT: 'file not found',
	EACCES: 'permission denied, cannot read it',
	EPERM: 'permission denied, cannot read it',
	EISDIR: 'is a directory, not a file'
};

function fsProblem(error: unknown): string {
	const code = (error as { code?: string }).code;
	return (
		(code && FS_PROBLEMS[code]) ??
		`cannot read it (${error instanceof Error ? error.message : String(error)})`
	);
}

export function isHtmlFile(path: string): boolean {
	return ['.html', '.htm'].includes(extname(path).toLowerCase());
}

/** Decodes UTF-8 text, or returns null for data that is not text (NUL bytes, invalid UTF-8). */
export function decodeText(bytes: Uint8Array): string | null {
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

export function readInputFile(
	path: string,
	maxBytes: number,
	fs: FileSystem = nodeFileSystem
): InputFile {
	const ext = extname(path).toLowerCase();
	if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
		const kind = ext ? `"${ext}" files are` : 'files without an extension are';
		throw new InputFileError(
			path,
			`unsupported file type: ${kind} not supported (use .txt, .md or .html)`
		);
	}
	let stat: { size: number; modified: Date };
	let bytes: Uint8Array;
	try {
		stat = fs.stat(path);
		const size = stat.size;
		if (size > maxBytes) {
			const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
			throw new InputFileError(path, `too large (${mb(size)}; the limit is ${mb(maxBytes)})`);
		}
		bytes = fs.read(path);
	} catch (error) {
		if (error instanceof InputFileError) throw error;
		throw new InputFileError(path, fsProblem(error));
	}
	const content = decodeText(bytes);
	if (content === null) throw new InputFileError(path, 'looks like a binary file, not UTF-8 text');
	if (content.trim() === '') throw new InputFileError(path, 'is empty');
	return { name: basename(path), content, modified: stat.modified };
}
