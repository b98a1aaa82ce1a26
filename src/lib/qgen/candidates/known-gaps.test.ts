import { describe, expect, it, vi } from 'vitest';
import { trivialGap } from './gap-checks';
import {
	colonListCounts,
	electionLabelDate,
	fixedPhraseGap,
	homeCountryGap,
	partyTagBefore,
	negatedIdentityGap,
	occasionLabelDate,
	pastPostGap,
	placeLabelledEvent,
	placeModifierGap,
	rivalBefore,
	superlativeScopeGap
} from './known-gaps';

describe('homeCountryGap', () => {
	const home = [
		'Farmers in France protested new rules on Monday.',
		'The rules took effect in France last week.',
		'Growers across France say the rules favour imports.',
		'Some growers sell to Spain as well.'
	].join(' ');
	it('finds the country an article names most', () => {
		expect(homeCountryGap('France', home)).toBe(true);
	});
	it('leaves a country the article names less often than another, or rarely', () => {
		expect(homeCountryGap('Spain', home)).toBe(false);
		expect(homeCountryGap('France', 'Farmers in France protested. Trade with Spain fell.')).toBe(
			false
		);
	});
	it('counts every common form of a country’s name as one', () => {
		const text =
			'Officials in the United States met on Friday. America has long sold grain abroad. U.S. growers want more. Mexico buys some of it.';
		expect(homeCountryGap('United States', text)).toBe(true);
		expect(homeCountryGap('the United States', text)).toBe(true);
	});
	it('counts only the forms the article writes', () => {
		const text =
			'Officials in the United States met on Friday. The United States sells grain. Growers in the United States want more.';
		const match = vi.spyOn(String.prototype, 'match');
		expect(homeCountryGap('United States', text)).toBe(true);
		const searched = match.mock.calls.flatMap(([re], i) =>
			String(match.mock.contexts[i]) === text && re instanceof RegExp ? [re.source] : []
		);
		match.mockRestore();
		expect(searched).toHaveLength(1);
		expect(searched[0]).toContain('United States');
	});
	it('never calls a place that is no country a home country', () => {
		const text = 'Harlow voted. Harlow won. The Harlow mayor spoke. Harlow is quiet.';
		expect(homeCountryGap('Harlow', text)).toBe(false);
	});
});

describe('electionLabelDate', () => {
	it('finds a date that only says which election', () => {
		expect(electionLabelDate('Voters will decide before the ', ' presidential election.')).toBe(
			true
		);
		expect(electionLabelDate('Ads will run until the ', ' U.S. general election.')).toBe(true);
		expect(trivialGap('Polls close before the ', 'Nov. 4', ' election.', 'date')).toBe(true);
		expect(electionLabelDate('If she wins the general election on ', ', she will move.')).toBe(
			true
		);
	});
	it('leaves a date the news happened on', () => {
		expect(electionLabelDate('The council voted on ', ' to delay the election.')).toBe(false);
		expect(trivialGap('The council met on ', 'Nov. 4', ' to set a date.', 'date')).toBe(false);
	});
});

describe('occasionLabelDate', () => {
	it('finds a date that only says which occasion: a piece of its name', () => {
		expect(occasionLabelDate('Her words at the ', ' TV debate won the room.')).toBe(true);
		expect(occasionLabelDate('She may lose her ', ' primary to a newcomer.')).toBe(true);
		expect(occasionLabelDate("He is running in Ohio's ", ' primary.')).toBe(true);
		expect(trivialGap('He said the same at a ', 'Dec. 4', ' rally in Dover.', 'date')).toBe(true);
	});
	it('leaves a date the news happened on, and a span', () => {
		expect(occasionLabelDate('The council met on ', ' to set a date.')).toBe(false);
		expect(occasionLabelDate('The fair runs from the ', ' to the 9th.')).toBe(false);
		expect(trivialGap('The rally was held on ', 'Dec. 4', ' in Dover.', 'date')).toBe(false);
	});
});

describe('placeModifierGap', () => {
	it('finds a city or state that only qualifies the noun after it', () => {
		expect(placeModifierGap('During the ', 'Miami', ' debate, she spoke of faith.')).toBe(true);
		expect(trivialGap('He won the ', 'Michigan Democratic', ' primary.', 'place')).toBe(true);
	});
	it('leaves a place the news happened in, and a name that takes "the"', () => {
		expect(placeModifierGap('The debate in ', 'Miami', ' ran late.')).toBe(false);
		expect(placeModifierGap('Troops left the ', 'United States', ' base at dawn.')).toBe(false);
		expect(trivialGap('The debate in ', 'Miami', ' ran late.', 'place')).toBe(false);
	});
});

describe('colonListCounts', () => {
	it('finds a count the names after the colon spell out', () => {
		expect(colonListCounts('three', ' mayors came: Jane Roe, Tom Poe and Ann Coe.')).toBe(true);
		expect(
			trivialGap('The board heard from ', '3', ' bidders: Acme, Bolt Ltd., and Crane.', 'quantity')
		).toBe(true);
	});
	it('leaves a count whose list is longer or shorter, or a clause after the colon', () => {
		expect(colonListCounts('four', ' mayors came: Jane Roe, Tom Poe and Ann Coe.')).toBe(false);
		expect(
			colonListCounts('two', ' mayors came: the rest stayed home because of the long storm.')
		).toBe(false);
	});
});

describe('partyTagBefore', () => {
	it('finds a party tag right before a person’s gap', () => {
		expect(partyTagBefore('Voters booed Democrat ')).toBe(true);
		expect(partyTagBefore('He ran ahead of fellow Republican ')).toBe(true);
		expect(partyTagBefore('the state GOP ')).toBe(true);
		expect(partyTagBefore('She turned her fire on her rival ')).toBe(true);
		expect(partyTagBefore('Among the guests was presidential hopeful ')).toBe(true);
		expect(partyTagBefore('It puts such senior Republicans as Ohio’s Ann Coe and Utah’s ')).toBe(
			true
		);
		expect(partyTagBefore('Democrats including Ann Coe, ')).toBe(true);
	});
	it('leaves a gap with no tag, or a tag that is not right before it', () => {
		expect(partyTagBefore('The Republican plan was backed by ')).toBe(false);
		expect(partyTagBefore('Voters booed ')).toBe(false);
		expect(partyTagBefore('Her rival plan was praised by ')).toBe(false);
		expect(partyTagBefore('Republicans such as Ann Coe praised the plan. She met ')).toBe(false);
	});
});

describe('fixedPhraseGap', () => {
	it('finds a gap a fixed phrase of news English fills', () => {
		expect(fixedPhraseGap('He railed against the banks and corporate ', 'America')).toBe(true);
		expect(trivialGap('Her ads speak to small-town ', 'America', ' and its farms.', 'place')).toBe(
			true
		);
	});
	it('reads the word before the gap only for a key some fixed phrase ends on', () => {
		const exec = vi.spyOn(RegExp.prototype, 'exec');
		expect(fixedPhraseGap('Two nurses worked in rural ', 'Harlow')).toBe(false);
		const read = exec.mock.calls.filter(([t]) => String(t) === 'Two nurses worked in rural ');
		exec.mockRestore();
		expect(read).toEqual([]);
	});
	it('leaves a place the phrase does not fix', () => {
		expect(fixedPhraseGap('Two nurses worked in rural ', 'Montana')).toBe(false);
		expect(fixedPhraseGap('He railed against the banks in ', 'America')).toBe(false);
	});
});

describe('pastPostGap', () => {
	it('finds the body someone served in before, a side detail', () => {
		expect(pastPostGap('Emails from her time at the ')).toBe(true);
		expect(
			trivialGap('He made the deal during his tenure with ', 'Acme Mills', ' in Ohio.', 'org')
		).toBe(true);
	});
	it('leaves the body that acts in the news', () => {
		expect(pastPostGap('The report was sent to the ')).toBe(false);
		expect(trivialGap('The report was sent to ', 'Acme Mills', ' on Monday.', 'org')).toBe(false);
	});
});

describe('superlativeScopeGap', () => {
	it('finds a country that is only the scope of a superlative', () => {
		expect(superlativeScopeGap('The mayor may be the luckiest pol in ', 'America')).toBe(true);
		expect(
			trivialGap('She runs the richest farm in the ', 'United States', ' by acreage.', 'place')
		).toBe(true);
		expect(superlativeScopeGap('It is the best bridge in ', 'France')).toBe(true);
	});
	it('leaves a state or city, an order, and a share of people', () => {
		expect(trivialGap('It was the largest rally in ', 'Ohio', ' this year.', 'place')).toBe(false);
		expect(superlativeScopeGap('The latest poll in ', 'France')).toBe(false);
		expect(superlativeScopeGap('Most voters in ', 'France')).toBe(false);
		expect(superlativeScopeGap('The mayor spoke in ', 'America')).toBe(false);
	});
});

describe('placeLabelledEvent', () => {
	it('finds a place that only names which crisis or war', () => {
		expect(placeLabelledEvent('He will discuss the Syrian migrant crisis in ')).toBe(true);
		expect(trivialGap('Both spoke about the civil war in ', 'Yemen', '.', 'place')).toBe(true);
	});
	it('leaves a place where something happens', () => {
		expect(trivialGap('Two nurses were hurt in ', 'Yemen', ' on Monday.', 'place')).toBe(false);
		expect(placeLabelledEvent('He said a crisis in ')).toBe(false);
	});
});

describe('negatedIdentityGap', () => {
	it('finds the foil of a negated identity', () => {
		expect(negatedIdentityGap('Voters like one more thing about him: he isn’t ')).toBe(true);
		expect(trivialGap('Her appeal is simple: she is not ', 'Tom Poe', '.', 'person')).toBe(true);
	});
	it('leaves a person who acts or is named as the news', () => {
		expect(trivialGap('The winner was ', 'Tom Poe', ', who won by ten votes.', 'person')).toBe(
			false
		);
		expect(negatedIdentityGap('The prize did not go to ')).toBe(false);
	});
});

describe('rivalBefore', () => {
	it('finds the one rival of the race, typed or chosen', () => {
		expect(
			trivialGap('She won the state, beating rival ', 'Tom Poe', ' by ten points.', 'person')
		).toBe(true);
		expect(rivalBefore('He trails his opponent ')).toBe(true);
	});
	it('leaves one hopeful of many, and a rival plan', () => {
		expect(rivalBefore('Among the guests was presidential hopeful ')).toBe(false);
		expect(trivialGap('The rival plan was backed by ', 'Tom Poe', ' on Monday.', 'person')).toBe(
			false
		);
	});
});
