import { describe, expect, it } from 'vitest';
import { headNoun, namesAThing, namesEffectAct, namesNoEvent, notAReason } from './cause-choices';

const KEY = 'the harbour board found cracks in the main pier';

describe('notAReason: what cannot stand as a wrong reason', () => {
	it('lets an event of the story through', () => {
		expect(notAReason('dock workers staged a protest outside the board offices', KEY)).toBe(
			undefined
		);
		expect(notAReason('the ferry was removed from service', KEY)).toBe(undefined);
	});
	it('refuses a clause that only reports words, unless the key reports words too', () => {
		expect(notAReason('the station has confirmed that the ferry will stay', KEY)).toBe(
			'reports words'
		);
		expect(notAReason('Mayor Ann Roe said the pier was safe', KEY)).toBe('reports words');
		expect(
			notAReason('Mayor Ann Roe said the pier was safe', 'inspectors warned of cracks')
		).toBeUndefined();
		// A vow is an act in its own right.
		expect(notAReason('the mayor vowed to close the pier within a week', KEY)).toBeUndefined();
	});
	it('refuses a choice told as coming after', () => {
		expect(notAReason('the captain ultimately rejected the offer and retired', KEY)).toBe(
			'comes later'
		);
		expect(notAReason('the union leader later called her answer evasive', KEY)).toBe('comes later');
	});
	it('refuses a thing only proposed, which has not happened', () => {
		expect(notAReason('talks over a proposed ferry terminal in the bay', KEY)).toBe(
			'had not happened yet'
		);
		// The act of proposing is an event.
		expect(notAReason('the council proposed a new ferry terminal', KEY)).toBeUndefined();
	});
	it('refuses what did not happen, what had not happened yet, and a described state', () => {
		expect(notAReason('the harbour chief did not immediately respond', KEY)).toBe(
			'says what did not happen'
		);
		expect(notAReason('the council will vote on the budget next week', KEY)).toBe(
			'had not happened yet'
		);
		expect(notAReason('the new terminal is expected to open in May', KEY)).toBe(
			'had not happened yet'
		);
		expect(notAReason('a guard for every pier is likely not possible', KEY)).toBe(
			'says what did not happen'
		);
		expect(notAReason('the invitation to the harbour festival remains open', KEY)).toBe(
			'describes a state'
		);
		expect(notAReason('Ana Ruiz is a senior fellow at the port authority', KEY)).toBe(
			'describes a state'
		);
	});
	it('refuses what a thing holds, adds up to or goes back to, unless the key says so too', () => {
		expect(notAReason('the harbour dispute really dates back to January', KEY)).toBe(
			'describes a state'
		);
		expect(notAReason('the board’s new rules include limits on ferry speeds', KEY)).toBe(
			'describes a state'
		);
		expect(notAReason('the repair bill amounted to another blow for the port', KEY)).toBe(
			'describes a state'
		);
		expect(notAReason('cruise ships made up the largest share of the traffic', KEY)).toBe(
			'describes a state'
		);
		// An act with the same words is an event: inventing a story, a passive.
		expect(notAReason('the harbour chief made up a story about the cracks', KEY)).toBeUndefined();
		expect(notAReason('the missing divers were accounted for on Monday', KEY)).toBeUndefined();
		// A thing named in a clause after "that" does not make the act a state.
		expect(
			notAReason('the board passed a rule that includes limits on ferry speeds', KEY)
		).toBeUndefined();
		expect(
			notAReason('the ferry fees amounted to a tax on workers', 'the port fees amount to a tax')
		).toBeUndefined();
	});
	it('refuses a standing condition, a rule’s scope and who made a thing, unless the key is one too', () => {
		// "What led to this?" beside an event: what held for years, or a rule, sets off nothing on a day.
		expect(notAReason('the two councillors had supported new ferry routes in the past', KEY)).toBe(
			'a standing condition'
		);
		expect(notAReason('the ferry union has long opposed night sailings', KEY)).toBe(
			'a standing condition'
		);
		expect(notAReason('the harbour levy only applies to cargo ships', KEY)).toBe('states a rule');
		expect(
			notAReason('the pier motion passed Tuesday was introduced by Councillor Ann Roe', KEY)
		).toBe('describes a thing');
		// Acts of the same people on a day pass; a key of the same kind lets its like through.
		expect(notAReason('the two councillors voted for new ferry routes', KEY)).toBeUndefined();
		expect(notAReason('the union applied to the court for an injunction', KEY)).toBeUndefined();
		expect(
			notAReason(
				'the ferry union has long opposed night sailings',
				'the board had long ignored the cracks'
			)
		).toBeUndefined();
	});
	it('refuses a line about how the outlet got its story', () => {
		expect(
			notAReason('the officials spoke on condition of anonymity to describe the talks', KEY)
		).toBe('credits a source');
	});
	it('reads a refusal as what was not done, unless the key tells one too', () => {
		expect(notAReason('the harbour chief had refused to apologize for the message', KEY)).toBe(
			'says what did not happen'
		);
		expect(notAReason('the ferry company declined to comment on the cracks', KEY)).toBe(
			'says what did not happen'
		);
		expect(
			notAReason(
				'the ferry company declined to lower its fares',
				'the board refused to repair the pier'
			)
		).toBeUndefined();
		expect(
			notAReason(
				'the ferry company declined to comment on the cracks',
				'the board refused to repair the pier'
			)
		).toBeUndefined();
		// A verb that only looks alike is no refusal.
		expect(notAReason('the harbour board refueled the ferries at the pier', KEY)).toBeUndefined();
	});
	it('refuses a cut-off condition, an event that may never happen, and one still ahead', () => {
		expect(notAReason('Even if he does not get the full parade', KEY)).toBe('a condition');
		expect(notAReason('any new safety rules for harbour pilots', KEY)).toBe('no one event');
		expect(notAReason('a joint rally of both unions set for Friday in the square', KEY)).toBe(
			'had not happened yet'
		);
	});
	it('reads only the main clause for negation and modals ("optimism that a deal could be reached")', () => {
		expect(
			notAReason('the meeting gave rise to new hope that a deal could be reached', KEY)
		).toBeUndefined();
	});
	it('refuses a question, a speaker’s own words, a clause leaning on another sentence, a present habit', () => {
		expect(notAReason('Has anyone been charged', KEY)).toBe('a question');
		expect(notAReason('we witnessed the collapse of the old pier', KEY)).toBe(
			'a speaker’s own words'
		);
		expect(notAReason('the harbour chief went even further', KEY)).toBe(
			'leans on another sentence'
		);
		expect(notAReason('the shipping magnate reacts defensively', KEY)).toBe('in the present');
		// A plural subject before a bare verb: a state that holds, not an event that came first.
		expect(notAReason('the harbour forces rely heavily on air support', KEY)).toBe(
			'in the present'
		);
		expect(notAReason('the harbour forces relied on air support', KEY)).toBeUndefined();
		// Who stood beside whom, and a superlative description, are no events.
		expect(notAReason('the mayor was joined by three dock workers', KEY)).toBe('describes a scene');
		expect(notAReason('the most costly parts of the repair plan', KEY)).toBe('describes a thing');
		// Past forms decide over a plural the word list takes for a verb.
		expect(notAReason('local shops reported fewer customers', 'reports emerged of cracks')).toBe(
			undefined
		);
	});
});

describe('namesEffectAct: the question’s own event offered as its cause', () => {
	const effect = 'The mayor and the harbour chief met on Sunday at the city hall';
	it('finds a noun in "-ing" made from the effect’s own verb, irregular forms too', () => {
		expect(namesEffectAct('the latest meeting gave rise to new hope of a deal', effect)).toBe(true);
		expect(namesEffectAct('a handful of aides attended the meeting', effect)).toBe(true);
		expect(
			namesEffectAct('the closing of the pier angered commuters', 'The board closed the pier')
		).toBe(true);
	});
	it('leaves other events alone', () => {
		expect(namesEffectAct('dock workers attended a hearing on the fares', effect)).toBe(false);
		expect(namesEffectAct('the mayor chided the chief on Friday', effect)).toBe(false);
	});
});

describe('namesNoEvent: noun phrases that name people or things, not events', () => {
	it('finds the head noun before a preposition, less the time words after it', () => {
		expect(headNoun('the collapse of the old pier')).toBe('collapse');
		expect(headNoun('a three-hour storm early Sunday')).toBe('storm');
		expect(headNoun('the mayor’s opponent in the spring election')).toBe('opponent');
	});
	it('refuses people, a count of people and a proper name', () => {
		expect(namesNoEvent('the mayor’s opponent in the spring election')).toBe(true);
		expect(namesNoEvent('a group of nearly 40 dock workers connected to the union')).toBe(true);
		expect(namesNoEvent('a dozen harbour pilots')).toBe(true);
		expect(namesNoEvent('the harbour board counsel')).toBe(true);
		expect(namesNoEvent('a Grand Hotel on the waterfront')).toBe(true);
		// The verb of a relative clause describes the person; it makes no event of the phrase.
		expect(namesNoEvent('the harbour board official who first disclosed the cracks')).toBe(true);
		expect(namesNoEvent('a dock worker whose boat ran aground')).toBe(true);
		// A participle after the noun describes the person, as a relative clause does.
		expect(namesNoEvent('the district judge overseeing the harbour case')).toBe(true);
		expect(namesNoEvent('the Danish businessman who owned the ferry line')).toBe(true);
		expect(namesNoEvent('a man known for his dapper wardrobe')).toBe(true);
		expect(namesNoEvent('a harbour spokeswoman')).toBe(true);
	});
	it('keeps events and clauses, a clause that opens with a count too', () => {
		expect(namesNoEvent('two dock workers were arrested at the gate')).toBe(false);
		expect(namesNoEvent('the collapse of the old pier')).toBe(false);
		expect(namesNoEvent('a three-hour storm early Sunday')).toBe(false);
		expect(namesNoEvent('the dock workers staged a protest')).toBe(false);
		expect(namesNoEvent('the policeman shot the dock worker')).toBe(false);
		expect(namesNoEvent('the ferry was known for its delays')).toBe(false);
	});
});

describe('namesAThing: an object of daily life offered as a reason', () => {
	it('refuses a phrase whose every head is a thing, through "a pack of" and "and"', () => {
		expect(namesAThing('a pack of cigarettes and a beer')).toBe(true);
		expect(namesAThing('his new phone')).toBe(true);
		expect(namesAThing('two cups of coffee, a sandwich and a bottle of wine')).toBe(true);
	});
	it('lets an event or an act through, even one about a thing', () => {
		expect(namesAThing('the theft of his phone')).toBe(false);
		expect(namesAThing('the harbour board banned cigarettes on the pier')).toBe(false);
		expect(namesAThing('a ban on beer sales at the stadium')).toBe(false);
		expect(namesAThing('a pack of lies and a cover-up')).toBe(false);
	});
});
