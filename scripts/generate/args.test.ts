import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX, parseGenerateArgs } from './args';

describe('parseGenerateArgs', () => {
	it('reads files and defaults', () => {
		expect(parseGenerateArgs(['a.txt', 'b.md'])).toEqual({
			kind: 'run',
			args: {
				files: ['a.txt', 'b.md'],
				out: undefined,
				max: DEFAULT_MAX,
				title: undefined,
				stamp: false,
				analysis: false
			}
		});
	});
	it('reads every option, before or after the files', () => {
		const parsed = parseGenerateArgs([
			'a.txt',
			'--out',
			'bank.json',
			'--max',
			'12',
			'--title',
			' Raid ',
			'--stamp',
			'--analysis'
		]);
		expect(parsed).toEqual({
			kind: 'run',
			args: {
				files: ['a.txt'],
				out: 'bank.json',
				max: 12,
				title: 'Raid',
				stamp: true,
				analysis: true
			}
		});
	});
	it('recognises --help and -h even with files', () => {
		expect(parseGenerateArgs(['--help'])).toEqual({ kind: 'help' });
		expect(parseGenerateArgs(['a.txt', '-h'])).toEqual({ kind: 'help' });
	});
	it.each([
		[[], /no article files/],
		[['--max', 'ten', 'a.txt'], /whole number/],
		[['--max', '0', 'a.txt'], /between 1 and/],
		[['--max', '2.5', 'a.txt'], /whole number/],
		[['--title', '  ', 'a.txt'], /title must not be empty/],
		[['--bogus', 'a.txt'], /bogus/],
		[['a.txt', '--out'], /out/]
	])('rejects %j', (argv, message) => {
		const parsed = parseGenerateArgs(argv);
		expect(parsed.kind).toBe('error');
		if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
	});
});
