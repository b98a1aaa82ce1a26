import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { centralVoice, plausibleFalseSpeaker, sideVoice, speaksOfTheirSide } from './quote-voice';
import { sourceCandidates } from './source';

const article = (n: number, outlet: string, title: string, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title,
	outlet,
	date: '2023-10-09',
	text
});

/** Six sentences of the news before any side figure speaks: an article's opening. */
const OPENING = [
	'Mayor Ann Lee opened the Harbour Bridge on Monday after a two-year delay.',
	'The bridge cost the city $40 million, twice the first estimate.',
	'“The bridge is open because the crews never gave up,” Lee said.',
	'Council member Bo Chen had called the delay a scandal.',
	'The crews worked through the winter to finish the deck.',
	'Traffic on the old ferry route fell by half within hours.'
];

const PASSER_BY =
	'“The clinic down the road has been short of nurses on the night shift for months now,” said Tia Marsh, a nurse who lives nearby.';
const ON_EVENT =
	'“The mayor opened the Harbour Bridge two years late,” said Ivo Brand, a retired engineer.';

function story(...extra: string[]) {
	return viewStory('s', [
		analyzeArticle(
			article(0, 'Daily A', 'Mayor opens Harbour Bridge', [...OPENING, ...extra].join('\n\n'))
		),
		analyzeArticle(
			article(
				1,
				'Daily B',
				'Harbour Bridge opens late',
				'The Harbour Bridge opened on Monday, two years late. Mayor Ann Lee cut the ribbon.\n\n“We kept our word,” Lee said.'
			)
		)
	]);
}

describe('sideVoice', () => {
	it('marks a figure one outlet quotes below its opening, on nothing of the headline events', () => {
		const view = story(PASSER_BY);
		expect(
			sideVoice(view, 'Tia Marsh', [
				'The clinic down the road has been short of nurses on the night shift for months now'
			])
		).toBe(true);
	});

	it('leaves the story’s own voices: named up top, or quoted by two outlets', () => {
		const view = story(PASSER_BY);
		expect(centralVoice(view, 'Ann Lee')).toBe(true);
		expect(sideVoice(view, 'Ann Lee', ['We kept our word'])).toBe(false);
	});

	it('leaves a side figure whose words tell the headline events', () => {
		const view = story(ON_EVENT);
		expect(
			sideVoice(view, 'Ivo Brand', ['The mayor opened the Harbour Bridge two years late'])
		).toBe(false);
	});

	it('marks "which outlet quoted" on a side figure, not on the mayor', () => {
		const view = story(PASSER_BY);
		const items = sourceCandidates(view).filter((c) => c.answerKey.startsWith('quote-outlet:'));
		const marsh = items.find((c) => c.draft.prompt.includes('Tia Marsh'));
		expect(marsh?.sideVoice).toBe(true);
		expect(items.filter((c) => c.draft.prompt.includes('Ann Lee')).every((c) => !c.sideVoice)).toBe(
			true
		);
	});
});

describe('speaksOfTheirSide', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				'Daily A',
				'Talks on Veloria resume',
				[
					'Velorian leader Ivo Brand met President Ann Lee on Monday.',
					'“There is a bright path for Veloria when it gives up its missiles,” Lee said.',
					'“We will talk as long as it takes,” Brand said.',
					'Foreign minister Bo Chen joined the talks.'
				].join('\n\n')
			)
		),
		analyzeArticle(
			article(
				1,
				'Daily B',
				'Veloria talks resume',
				'Ivo Brand and Ann Lee met on Monday. Bo Chen joined them.\n\n“We will listen,” Chen said.'
			)
		)
	]);
	const line = 'There is a bright path for Veloria when it gives up its missiles';

	it('reads words about a person’s own country as spoken to them, not by them', () => {
		expect(speaksOfTheirSide(line, 'Ivo Brand', view)).toBe(true);
		expect(plausibleFalseSpeaker(line, 'Ivo Brand', 'Ann Lee', view)).toBe(false);
	});

	it('leaves someone the words do not speak of', () => {
		expect(speaksOfTheirSide(line, 'Bo Chen', view)).toBe(false);
		expect(plausibleFalseSpeaker(line, 'Bo Chen', 'Ann Lee', view)).toBe(true);
	});
});

describe('plausibleFalseSpeaker and the parties', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				'Daily A',
				'Harbour bill stalls',
				[
					'Republican lawmakers and Democratic senators met on Tuesday over the harbour bill.',
					'“Republicans chose a politics of blame over a politics of repair,” said Sen. Ann Roe, a Maine Democrat.',
					'“The harbour bill spends money the county simply does not have,” said Rep. Tom Reyes (R-Ohio).',
					'“The harbour cannot wait another winter for its repairs,” said Sen. Kay Lind, a Vermont Democrat.',
					'Republicans say the bill is too costly; Democrats say the harbour cannot wait.'
				].join('\n\n')
			)
		),
		analyzeArticle(
			article(
				1,
				'Daily B',
				'Harbour bill stalls in the House',
				'Ann Roe, Tom Reyes and Kay Lind spoke after the vote.\n\n“The county cannot pay for it,” Reyes said.'
			)
		)
	]);
	const line = 'Republicans chose a politics of blame over a politics of repair';

	it('offers no one of the other party as the speaker of a party’s words', () => {
		expect(plausibleFalseSpeaker(line, 'Tom Reyes', 'Ann Roe', view)).toBe(false);
		expect(plausibleFalseSpeaker(line, 'Kay Lind', 'Ann Roe', view)).toBe(true);
	});
});
