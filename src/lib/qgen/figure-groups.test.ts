import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory, type CountedFigure } from './analyze';
import { figureGroups, reportedClaim, sameCountFigures, sameThingGroups } from './figure-groups';
import { article, CARAVAN, storyOf } from './article.test-helpers';

function figures(...texts: string[]): CountedFigure[] {
	return viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i, t)))
	).figures;
}

/** Each group as the figure texts it holds, for readable expectations. */
function groups(figs: CountedFigure[]): string[][] {
	const byKey = new Map<string, CountedFigure[]>();
	for (const f of figs) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
	return [...byKey]
		.flatMap(([key, all]) => sameThingGroups(key, all))
		.map((g) => g.map((f) => f.mention.text));
}

describe('sameThingGroups', () => {
	it('links counts of different nouns through the verb they share', () => {
		const figs = figures(
			'Thousands of demonstrators stormed the embassy on Tuesday.',
			'Dozens of people stormed the compound of the embassy.'
		);
		expect(groups(figs)).toContainEqual(['Thousands', 'Dozens']);
	});

	it('links one noun counted over the same year, "last year" read from the publication date', () => {
		// Published 2023: "last year" is 2022, the other outlet's year.
		const figs = figures(
			'The navy ran a streak of over 20 rocket trials last year, officials said.',
			'In all, the navy fired 30 rockets during 16 trials between March and May 2022.'
		);
		expect(groups(figs)).toContainEqual(['over 20', '16']);
		// Another year is another tally.
		const apart = figures(
			'The navy ran a streak of over 20 rocket trials last year, officials said.',
			'In all, the navy fired 30 rockets during 16 trials between March and May 2019.'
		);
		expect(groups(apart)).not.toContainEqual(['over 20', '16']);
	});

	it('keeps apart counts of the same noun doing different things in different places', () => {
		const figs = figures(
			'Lawyers denied coaching the roughly 400 people in the caravan who arrived in the city.',
			'More than a dozen people hoisted themselves atop the barrier at the fence.'
		);
		const g = groups(figs);
		expect(g).toContainEqual(['roughly 400']);
		expect(g).toContainEqual(['More than a dozen']);
	});

	it('finds the verb of a counted noun past an appositive on it', () => {
		const figs = figures(
			'More than 150 migrants, part of a group that once numbered about 1,200, were prepared to seek asylum at the crossing.',
			'About 200 migrants from the south prepared to walk together as a group to the gate.'
		);
		expect(groups(figs)).toContainEqual(['More than 150', 'About 200']);
	});

	it('links the same particular noun through a shared verb, but not "people"', () => {
		expect(
			groups(
				figures(
					'In the morning 40 lawmakers signed a letter to the minister.',
					'By noon, 52 lawmakers had signed it, aides said.'
				)
			)
		).toContainEqual(['40', '52']);
		expect(
			groups(
				figures(
					'On the near bank about 100 people marched toward the dam.',
					'In the far town 300 people marched to the square.'
				)
			)
		).toEqual([['about 100'], ['300']]);
	});

	it('needs a shared verb to act on something in common', () => {
		const figs = figures(
			'On the near side of the river, about 100 people chanted slogans against the new dam.',
			'In the far town several hundred supporters chanted and cheered at a rally for the mayor.'
		);
		expect(groups(figs)).toEqual([['about 100'], ['several hundred']]);
	});

	it('sets a running total apart from one event’s toll', () => {
		const figs = figures(
			'The airstrikes killed at least 25 fighters on Sunday.',
			'The strikes killed 50 fighters, the group said.',
			'In recent months hundreds of people have been killed in the protests.'
		);
		const g = groups(figs);
		expect(g).toContainEqual(['at least 25', '50']);
		expect(g).toContainEqual(['hundreds']);
	});

	it('drops an elliptical count whose noun is the event ("50 wounded") and a lone "one"', () => {
		const figs = figures(
			'The group said 50 militia members were killed and 50 wounded in the attack.',
			'“When did you know?” one question asks.'
		);
		const texts = groups(figs).flat();
		expect(texts).toEqual(['50']);
		expect(figs.find((f) => f.mention.noun === 'wounded')).toBeDefined();
	});
});

describe('sameThingGroups: a toll and the parts it lists', () => {
	const TOLL =
		'Six people, including two lawmakers, two park rangers, an aide and a lobbyist, were injured in the attack at the Dunmore park.';
	it('sets a toll told after its list beside another outlet’s toll', () => {
		const figs = figures(TOLL, 'The gunman wounded five people in the attack at the Dunmore park.');
		expect(groups(figs)).toContainEqual(['Six', 'five']);
	});

	it('keeps another outlet’s count of a listed part apart from the toll', () => {
		const figs = figures(TOLL, 'Two park rangers were injured in the attack at the Dunmore park.');
		expect(groups(figs).find((g) => g.includes('Six'))).toEqual(['Six']);
	});
});

describe('sameThingGroups: what sets counts apart', () => {
	it('does not link "people" through nearby words alone when their verbs differ', () => {
		const figs = figures(
			'Six people, including two lawmakers and an aide, were injured in the attack at the park on Wednesday.',
			'At the park on Wednesday, a gunman opened fire on the team, striking four people in the attack.'
		);
		const g = groups(figs);
		expect(g).toContainEqual(['Six']);
		expect(g).toContainEqual(['four']);
	});

	it('keeps apart the same crowd noun in two places, even through a figure that names none', () => {
		const figs = figures(
			'About 100 demonstrators marched to the border fence in San Diego on Sunday.',
			'Roughly 200 demonstrators marched to the border fence in Tijuana on Sunday.',
			'Some 150 demonstrators marched to the border fence on Sunday.'
		);
		const g = groups(figs);
		expect(g.some((x) => x.includes('About 100') && x.includes('Roughly 200'))).toBe(false);
	});
});

describe('sameThingGroups: one count on one person’s word', () => {
	it('links one particular noun two outlets count on the word of the same person', () => {
		const figs = figures(
			'Jane Roe said the crates were moved to a warehouse and held 5,000 ledgers on disks.',
			'Tens of thousands of secret ledgers prove the merger was a fraud, Jane Roe told reporters.'
		);
		expect(groups(figs)).toContainEqual(['5,000', 'Tens of thousands']);
		// Making it known is giving it on one's word too.
		const revealed = figures(
			'Jane Roe went on television on Monday and revealed that the firm had obtained 5,000 ledgers.',
			'Tens of thousands of secret ledgers prove the merger was a fraud, Jane Roe told reporters.'
		);
		expect(groups(revealed)).toContainEqual(['5,000', 'Tens of thousands']);
	});

	it('keeps them apart when another person gives one of them, or nobody is credited', () => {
		// Roe is what the prosecutors' claim is about, not who makes it.
		const about = figures(
			'Prosecutors say Jane Roe bought 5,000 ledgers with money from the fund.',
			'Tens of thousands of secret ledgers prove the merger was a fraud, Jane Roe told reporters.'
		);
		expect(groups(about)).toEqual([['5,000'], ['Tens of thousands']]);
		for (const other of [
			'Tens of thousands of secret ledgers prove the merger was a fraud, Sam Ruiz told reporters.',
			'Tens of thousands of secret ledgers were found in the cellar of the old bank.'
		]) {
			const figs = figures(
				'Jane Roe said the crates were moved to a warehouse and held 5,000 ledgers on disks.',
				other
			);
			expect(groups(figs)).toEqual([['5,000'], ['Tens of thousands']]);
		}
	});
});

describe('figureGroups', () => {
	const texts = (figs: CountedFigure[]) =>
		figureGroups(figs).map((g) => [g.key, g.figs.map((f) => f.mention.text)]);

	it('joins a bare count to an event count of the same noun told with the same words', () => {
		const figs = figures(
			'The president deployed 5,200 active-duty troops to the southern border on Monday.',
			'The administration is streaming more than 5,000 active-duty troops to the southern border.'
		);
		expect(texts(figs)).toContainEqual(['deployed:troops', ['5,200', 'more than 5,000']]);
	});

	it('joins "19 executive actions" and "23 executive steps", not executive orders nor bare steps', () => {
		const figs = figures(
			'The governor has taken 19 executive actions on housing since taking office in January.',
			'The governor has taken 23 executive steps on housing since taking office in January.'
		);
		expect(texts(figs).map(([, t]) => t)).toContainEqual(['19', '23']);
		// Orders are some of the actions; steps without the same words before them may be a plan's.
		for (const other of [
			'The governor has signed 23 executive orders on housing since taking office in January.',
			'The governor has taken 23 steps on housing since taking office in January.'
		]) {
			const apart = figures(
				'The governor has taken 19 executive actions on housing since taking office in January.',
				other
			);
			expect(texts(apart).map(([, t]) => t)).not.toContainEqual(['19', '23']);
		}
	});

	it('counts the same new rules as one thing across three outlets, but not a total', () => {
		const figs = figures(
			'The agency on Tuesday issued 12 new rules for drone pilots near airports.',
			'The agency on Tuesday issued 15 new rules for drone pilots flying near airports.',
			'The agency now has a total of 40 rules for drone pilots near airports.'
		);
		const g = texts(figs).map(([, t]) => t);
		expect(g).toContainEqual(['12', '15']);
		expect(g).toContainEqual(['40']);
		// Without "a total of", the same words would join it to the new rules.
		const plain = figures(
			'The agency on Tuesday issued 12 new rules for drone pilots near airports.',
			'The agency now has 40 rules for drone pilots near airports.'
		);
		expect(texts(plain).map(([, t]) => t)).toContainEqual(['12', '40']);
	});

	it('links the same modified noun ("new rules") with one word in common, not a bare head', () => {
		const figs = figures(
			'The agency unveiled 12 new rules for drone pilots on Tuesday.',
			'Fifteen new rules, announced Tuesday, will require every owner to register.'
		);
		expect(texts(figs).map(([, t]) => t)).toContainEqual(['12', 'Fifteen']);
		const bare = figures(
			'The agency unveiled 12 rules for drone pilots on Tuesday.',
			'Fifteen rules, announced Tuesday, will require every owner to register.'
		);
		expect(figureGroups(bare)).toHaveLength(2);
	});

	it('joins two nouns for one thing that one group counts, "they" read from the sentence before', () => {
		const figs = figures(
			'House Democrats have argued that the votes take little time.\n\nThey add that they have passed 15 bills that have been ignored by the upper chamber.',
			'In reply, House Democrats said the upper chamber should take up some 16 House-passed measures.'
		);
		expect(texts(figs).map(([, t]) => t)).toContainEqual(['15', 'some 16']);
		// Without the sentence that says who "they" are, nothing ties the two counts.
		const unsaid = figures(
			'The votes take little time.\n\nThey add that they have passed 15 bills that have been ignored by the upper chamber.',
			'In reply, House Democrats said the upper chamber should take up some 16 House-passed measures.'
		);
		expect(texts(unsaid).map(([, t]) => t)).not.toContainEqual(['15', 'some 16']);
	});

	it('leaves apart a bare count and an event count that name different years', () => {
		const figs = figures(
			'In 2016 the company deployed 300 engineers to the new plant.',
			'In 2018 the company had 450 engineers working at the new plant.'
		);
		expect(figureGroups(figs)).toHaveLength(2);
	});
});

describe('reportedClaim', () => {
	it('says what happened to an event count, with the verb nearest the figure', () => {
		const [f] = figures(
			'An attack killed a U.S. contractor and wounded four U.S. service members.'
		).filter((x) => x.mention.text === 'four');
		expect(reportedClaim(f!, 'four U.S. service members')).toBe(
			'four U.S. service members were wounded'
		);
	});

	it('takes a bare count’s own clause, and gives up when no verb follows the noun', () => {
		const [pleaded] = figures(
			'Four people, including his aide, have pleaded guilty.',
			'Four people have pleaded guilty to lying to investigators, the paper said.'
		).filter((x) => x.analysis.article.id === 'a1');
		expect(reportedClaim(pleaded!, 'four people')).toBe(
			'four people have pleaded guilty to lying to investigators'
		);
		const [troops] = figures('Currently, there are 28,500 U.S. troops in South Korea.');
		expect(reportedClaim(troops!, '28,500 U.S. troops')).toBeUndefined();
	});
});

describe('sameCountFigures', () => {
	it('gives the other definite figures of the gapped figure’s count, each value once', () => {
		const view = storyOf(CARAVAN.moreThan150, CARAVAN.about200, CARAVAN.some200);
		const key = view.figures.find((f) => f.mention.text === 'More than 150')!.mention;
		expect(sameCountFigures(view, key).map((f) => f.mention.text)).toEqual(['about 200']);
		// Only other outlets' figures when asked: a second value in one article is most often
		// another count the grouping could not tell apart.
		const one = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'The Riverton Democrat faces up to five years in prison, but guidelines recommend slightly less. The fraud charge against him carries a maximum penalty of up to five years in prison. The charge against Ann Roe carries a maximum of three years in prison.'
				)
			)
		]);
		const five = one.figures.find((f) => f.mention.text.endsWith('five'))!.mention;
		expect(sameCountFigures(one, five).map((f) => f.mention.value)).toEqual([3]);
		expect(sameCountFigures(one, five, true)).toEqual([]);
		// A figure of another count has none.
		const caravan = view.figures.find((f) => f.mention.text === 'about 1,200')?.mention;
		if (caravan) expect(sameCountFigures(view, caravan)).toEqual([]);
	});
});
