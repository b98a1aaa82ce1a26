/** A small article for generator tests: outlet "Daily n", title "Report n", story "s". */
import type { Article } from '$lib/bank/schema';

export const article = (n: number, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title: `Report ${n}`,
	outlet: `Daily ${n}`,
	date: '2023-10-09',
	text
});
