/**
 * What the why-item counting scripts read from a written bank (`generate --max 10` output): its
 * why items and the effect each one's prompt states. Shared by why-choices.ts and
 * why-reason-kinds.ts so both count the same items.
 */
export interface Choice {
	id: string;
	text: string;
}
export interface Question {
	skill?: string;
	prompt: string;
	choices?: Choice[];
	correct?: string[];
}

/** A main-idea item is an inference too, but asks no reason. */
export const isWhy = (q: Question) =>
	q.skill === 'inference' && !/mainly about/.test(q.prompt) && (q.choices?.length ?? 0) > 0;

/** The effect a why prompt states: "X reports that <effect>. What reason …?" */
export const statedEffect = (prompt: string) =>
	prompt
		.replace(/^.*? reports that /, '')
		.replace(/^According to [^,]+, /, '')
		.replace(/\. What [^.]*\?$/, '');
