import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { causeCandidates } from './cause';
import { cameMeasure } from './cause-came';

describe('cameMeasure', () => {
	it('keeps how long after, as printed', () => {
		expect(cameMeasure('came one day after')).toBe('one day ');
		expect(cameMeasure('comes just hours after')).toBe('just hours ');
		expect(cameMeasure('came shortly after')).toBe('shortly ');
	});
	it('adds nothing when the outlet gives no measure', () => {
		expect(cameMeasure('comes after')).toBe('');
		expect(cameMeasure('followed')).toBe('');
		expect(cameMeasure('in response to')).toBe('');
	});
});

describe('a why item on what an act "came one day after"', () => {
	const others =
		'Residents lined the main street for the spring parade. The school board approved a new lunch menu.';
	it('asks with the measure, so an earlier event of the story is clearly wrong', () => {
		const named =
			'The mayor’s statement came one day after the harbour board, in a late-night vote, closed the ferry terminal.';
		const q = causeCandidates(
			storyOf(`Ana Ruiz promised free buses for all commuters. ${named}`, others)
		).find((c) => c.draft.prompt.includes('statement'));
		expect(q?.draft.prompt).toBe(
			'According to Daily 0, the mayor’s statement came one day after what?'
		);
	});
	it('asks so after "It came …" too', () => {
		const pointer =
			'The mayor and the harbour chief met on Sunday at the city hall for the first time in months. ' +
			'It came two days after the harbour chief publicly blamed the mayor for the long strike.';
		const q = causeCandidates(
			storyOf(
				pointer,
				`${others} Ticket prices rose sharply on the remaining routes. Commuters crowded the bus station across the city. Dock workers staged a protest outside the board offices.`
			)
		).find((c) => c.draft.prompt.includes('met on Sunday'));
		expect(q?.draft.prompt).toMatch(/What does the report say this came two days after\?$/);
	});
});

describe('a why item on an act dated "a day after" another', () => {
	const others =
		'Residents lined the main street for the spring parade. The school board approved a new lunch menu. Ticket prices rose sharply on the remaining routes.';
	const promptFor = (sentence: string) =>
		causeCandidates(storyOf(`Tom Bell promised free buses for all commuters. ${sentence}`, others))
			.map((c) => c.draft.prompt)
			.find((p) => p.includes('Ana Ruiz'));
	it('asks what the outlet says it came that long after, not what led to it', () => {
		expect(
			promptFor(
				'Ana Ruiz resigned as harbour chief a day after the board voted to close the ferry terminal.'
			)
		).toBe(
			'Daily 0 reports that Ana Ruiz resigned as harbour chief. What does the report say this came a day after?'
		);
		expect(
			promptFor(
				'The harbour chief, Ana Ruiz, stepped down on Friday, just hours after the board voted to close the ferry terminal.'
			)
		).toMatch(/What does the report say this came just hours after\?$/);
	});
	it('still asks what led to it when "after" has no measure', () => {
		expect(
			promptFor(
				'Ana Ruiz resigned as harbour chief after the board voted to close the ferry terminal.'
			)
		).toMatch(/What led to this\?$/);
	});
});
