/** Constants shared by the curated seed-story question files. */

/** Article ids of the built-in seed story, by outlet. */
export const SEED = {
	hill: 'baghdad-hill',
	cbs: 'baghdad-cbs',
	cnbc: 'baghdad-cnbc',
	voa: 'baghdad-voa',
	nbc: 'baghdad-nbc'
} as const;

/** The five outlets as choices, for "which outlet(s)" questions. */
export const OUTLETS = [
	{ id: 'hill', text: 'The Hill' },
	{ id: 'cbs', text: 'CBS News' },
	{ id: 'cnbc', text: 'CNBC' },
	{ id: 'voa', text: 'Voice of America' },
	{ id: 'nbc', text: 'NBC News' }
];

export const TRUE_FALSE: [{ id: 'true'; text: string }, { id: 'false'; text: string }] = [
	{ id: 'true', text: 'True' },
	{ id: 'false', text: 'False' }
];
