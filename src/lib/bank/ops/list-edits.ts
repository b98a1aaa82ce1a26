/** Immutable list edits for the question editor (every edit produces a new Question). */

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
	return list.map((item, i) => (i === index ? value : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
	return list.filter((_, i) => i !== index);
}
