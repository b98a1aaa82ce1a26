/**
 * The subsets of a story folder's articles a teacher might import (compare-cover.ts,
 * why-cover.ts): every pair of a three-outlet folder (BASIL: three per event); of a larger one
 * (newswcl50), two pairs and one triple, rotated by `seed` (the folder's place in the list) so
 * each story pairs other outlets.
 */
export function subsets(files: string[], seed: number): string[][] {
	const n = files.length;
	if (n <= 2) return [files];
	if (n === 3)
		return [
			[files[0]!, files[1]!],
			[files[0]!, files[2]!],
			[files[1]!, files[2]!]
		];
	const at = (i: number) => files[(seed + i) % n]!;
	return [
		[at(0), at(1)],
		[at(2), at(4)],
		[at(1), at(2), at(3)]
	];
}

/**
 * Every two-outlet pair of a folder's articles, in file order (compare-cover.ts `--pairs`): a
 * five-outlet newswcl50 event gives ten, so every outlet meets every other.
 */
export function allPairs(files: string[]): string[][] {
	if (files.length <= 2) return [files];
	return files.flatMap((a, i) => files.slice(i + 1).map((b) => [a, b]));
}
