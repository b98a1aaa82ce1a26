/**
 * Every direct quote (words inside quotation marks) with a named person as the
 * speaker in the five seed articles, written by hand from the texts in
 * src/lib/content/seed/. Quotes by institutions ("the White House said"),
 * crowds, posters and unnamed people are left out because they have no named
 * speaker; reported speech without quotation marks is not a direct quote.
 * `snippet` is a verbatim piece of the quote; `speaker` is the surname a
 * correct answer must contain (the texts sometimes name the speaker only as
 * "the president" or "he", so getting these right needs coreference).
 */
export interface SeedQuote {
	articleId: string;
	snippet: string;
	speaker: string;
	/** A longer, unique stretch of the text around the snippet, when the snippet occurs twice. */
	locate?: string;
}

export const SEED_QUOTES: SeedQuote[] = [
	// The Hill
	{
		articleId: 'baghdad-hill',
		snippet: 'deserve protection from the Iraqi host government',
		speaker: 'Pelosi'
	},
	{ articleId: 'baghdad-hill', snippet: 'Escalation and violence must end', speaker: 'Pelosi' },
	// CBS News
	{ articleId: 'baghdad-cbs', snippet: 'big price', speaker: 'Trump' },
	// CNBC
	{
		articleId: 'baghdad-cnbc',
		snippet: 'fully responsible.',
		locate: 'promised to hold Tehran “fully responsible.”',
		speaker: 'Trump'
	},
	{
		articleId: 'baghdad-cnbc',
		snippet: 'Iran killed an American contractor, wounding many',
		speaker: 'Trump'
	},
	{
		articleId: 'baghdad-cnbc',
		snippet: 'Now Iran is orchestrating an attack on the U.S. Embassy',
		speaker: 'Trump'
	},
	{
		articleId: 'baghdad-cnbc',
		snippet: 'we expect Iraq to use its forces to protect the Embassy',
		speaker: 'Trump'
	},
	{ articleId: 'baghdad-cnbc', snippet: 'This is not a Warning, it is a Threat', speaker: 'Trump' },
	{ articleId: 'baghdad-cnbc', snippet: 'Happy New Year!', speaker: 'Trump' },
	{
		articleId: 'baghdad-cnbc',
		snippet: 'American officials have the astounding audacity',
		speaker: 'Mousavi'
	},
	{
		articleId: 'baghdad-cnbc',
		snippet: 'The President is in close touch with his national security team',
		speaker: 'Grisham'
	},
	{
		articleId: 'baghdad-cnbc',
		snippet: 'It will be the President’s choice how and when we respond',
		speaker: 'Grisham'
	},
	{
		articleId: 'baghdad-cnbc',
		snippet: 'We are sending additional forces to support our personnel',
		speaker: 'Esper'
	},
	{
		articleId: 'baghdad-cnbc',
		snippet: 'We have taken appropriate force protection actions',
		speaker: 'Esper'
	},
	// Voice of America
	{ articleId: 'baghdad-voa', snippet: '“orchestrating”', speaker: 'Trump' },
	{
		articleId: 'baghdad-voa',
		snippet: 'Iran killed an American contractor, wounding many',
		speaker: 'Trump'
	},
	{
		articleId: 'baghdad-voa',
		snippet: 'many millions of people in Iraq who want freedom',
		speaker: 'Trump'
	},
	{
		articleId: 'baghdad-voa',
		snippet: 'Thank you to the President & Prime Minister of Iraq',
		speaker: 'Trump'
	},
	{ articleId: 'baghdad-voa', snippet: 'precision defensive strikes', speaker: 'Hoffman' },
	{
		articleId: 'baghdad-voa',
		snippet: 'Iran and their proxy forces must cease their attacks',
		speaker: 'Hoffman'
	},
	{ articleId: 'baghdad-voa', snippet: 'to reiterate their obligation', speaker: 'Pompeo' },
	{ articleId: 'baghdad-voa', snippet: 'irresponsible actions', speaker: 'Sadr' },
	{
		articleId: 'baghdad-voa',
		snippet: 'discussed U.S. defensive strikes in Iraq and Syria',
		speaker: 'Pompeo'
	},
	{
		articleId: 'baghdad-voa',
		snippet: 'The U.S. will take decisive action to defend its citizens',
		speaker: 'Pompeo'
	},
	// NBC News
	{ articleId: 'baghdad-nbc', snippet: 'will be held fully responsible."', speaker: 'Trump' },
	{
		articleId: 'baghdad-nbc',
		snippet: 'how and when we respond to their escalation',
		speaker: 'Grisham'
	},
	{
		articleId: 'baghdad-nbc',
		snippet: 'It’s hard to overstate what a total failure',
		speaker: 'Rhodes'
	},
	{ articleId: 'baghdad-nbc', snippet: 'Nuclear program resumed', speaker: 'Rhodes' },
	{ articleId: 'baghdad-nbc', snippet: '"catastrophic"', speaker: 'Murphy' },
	{
		articleId: 'baghdad-nbc',
		snippet: 'Really hard to overstate how badly Trump has bungled',
		speaker: 'Murphy'
	},
	{ articleId: 'baghdad-nbc', snippet: 'One of the only good things going', speaker: 'Murphy' },
	{
		articleId: 'baghdad-nbc',
		snippet: 'the United States will protect and defend its people',
		speaker: 'Pompeo'
	},
	{
		articleId: 'baghdad-nbc',
		snippet: 'any aggressive behavior against foreign embassies',
		speaker: 'Mahdi'
	},
	{ articleId: 'baghdad-nbc', snippet: 'strictly stopped by security forces', speaker: 'Mahdi' }
];
