import { describe, expect, it } from 'vitest';
import { article } from './article.test-helpers';
import { findMentions, tokenize } from './entities';
import { segmentArticle } from './segment';

/** Every mention the name reader finds in one article of `text`. */
function mentionsOf(text: string) {
	const a = article(1, text);
	return findMentions(a, segmentArticle(a), tokenize(text));
}

/** Each person mention's text and the title read before it. */
function titled(text: string) {
	return mentionsOf(text)
		.filter((m) => m.kind === 'person')
		.map((m) => [m.text, m.role ?? null]);
}

describe('titles before a name', () => {
	it('keep “former”, so a former office-holder is not given the office', () => {
		expect(titled('The memos were written by former FBI Director James Comey last year.')).toEqual([
			['James Comey', 'former FBI Director']
		]);
	});
	it('take no dateline across a dash into the title', () => {
		expect(
			titled('WASHINGTON -- State Sen. Jane Roe said on Monday that the bill was dead.')
		).toEqual([['Jane Roe', 'State Sen.']]);
	});
	it('give no office to someone imagined in it (“a President Roe”)', () => {
		expect(
			titled('Critics warned of a President Hale who would sign the bill. Tom Hale disagreed.')
		).not.toContainEqual(['Hale', 'President']);
	});
	it('keep the title as written before a lone surname, honorifics too, not a lower-case one', () => {
		const people = mentionsOf(
			'Yesterday President Obama met Mr. Hale in the capital. Critics of the president. Be warned.'
		).filter((m) => m.kind === 'person');
		expect(people.map((m) => [m.text, m.title ?? null])).toEqual([
			['Obama', 'President'],
			['Hale', 'Mr.'],
			// Read as a person after the lower-case title, as before, but given no title.
			['Be', null]
		]);
	});
});

describe('a rank abbreviated before a name', () => {
	it('is the person’s role with its service word, never a body’s name (“Army Gen”)', () => {
		const found = mentionsOf(
			'The troops will leave, four-star Army Gen. Jack Roe said. Marine Corps Maj. Gen. Tom Lee agreed.'
		);
		expect(found.filter((m) => m.kind === 'org').map((m) => m.text)).toEqual([]);
		expect(titled('The troops will leave, four-star Army Gen. Jack Roe said.')).toEqual([
			['Jack Roe', 'Army Gen.']
		]);
		expect(titled('Marine Corps Maj. Gen. Tom Lee agreed with Lt. Col. Ann Poe.')).toEqual([
			['Tom Lee', 'Marine Corps Maj. Gen.'],
			['Ann Poe', 'Lt. Col.']
		]);
	});
	it('is the person’s role written out too (“Army Colonel”, “Police Sergeant”)', () => {
		const text =
			'Army Colonel Jack Roe and Police Sergeant Ann Poe spoke, Rear Admiral Tom Lee said.';
		expect(mentionsOf(text).filter((m) => m.kind === 'org')).toEqual([]);
		expect(titled(text)).toEqual([
			['Jack Roe', 'Army Colonel'],
			['Ann Poe', 'Police Sergeant'],
			['Tom Lee', 'Rear Admiral']
		]);
	});
	it('leaves a name that ends a sentence before a titled name alone', () => {
		expect(titled('The bill went to Sen. Ann Roe. Gen. Tom Lee said nothing.')).toEqual([
			['Ann Roe', 'Sen.'],
			['Tom Lee', 'Gen.']
		]);
	});
});

describe('capitalised runs that are not a person’s name', () => {
	it('take no plain adjective into a name: “Former Hale aide Ann Poe”, “Social Security”', () => {
		const people = titled(
			'On Monday Former Hale aide Ann Poe left the office. She said Social Security was safe.'
		).map((p) => p[0]);
		expect(people).toContain('Ann Poe');
		expect(people).not.toContain('Former Hale');
		expect(people).not.toContain('Social Security');
	});
	it('keep a given name that is also an adjective when the article uses the pair as a name', () => {
		expect(
			titled('Rep. Ann Lee spoke, then Young Kim won the seat. “I am ready,” Kim said.').map(
				(p) => p[0]
			)
		).toContain('Young Kim');
		expect(
			titled('On Monday, Young Kim said she would run. Voters cheered Young Kim.').map((p) => p[0])
		).toEqual(['Young Kim', 'Young Kim']);
	});
	it('keep no adjective pair that is a group or a noun’s owner: “Young Democrats”, “Former Hale aide”', () => {
		expect(titled('The plan drew Young Democrats to the rally. Democrats cheered.')).toEqual([]);
		expect(
			titled('On Monday Former Hale aide Ann Poe left the office. Hale said so.').map((p) => p[0])
		).not.toContain('Former Hale');
		expect(titled('Critics called it a Young Kim stunt on Monday.')).toEqual([]);
		expect(titled('On Monday the Daily Caller reported it. Caller said so.')).toEqual([]);
		expect(
			titled('Rep. Ann Poe of North Carolina said she was outraged.').map((p) => p[0])
		).toEqual(['Ann Poe']);
		expect(
			titled(
				'On Monday, Donald Trump spoke. Later, Republican Trump said it again. Trump said so.'
			).map((p) => p[0])
		).not.toContain('Republican Trump');
	});
	it('strip the adjective but keep the two-word name after it', () => {
		expect(titled('The plan came from Longtime Ann Poe on Monday.').map((p) => p[0])).toEqual([
			'Ann Poe'
		]);
		expect(titled('On Monday, Republican Ann Poe voted no.').map((p) => p[0])).toEqual(['Ann Poe']);
	});
	it('take no party or affiliation word into a name: “Democrat Jane Roe”, “Liberal Democrat”', () => {
		expect(titled('On Monday, Democrat Jane Roe voted no.').map((p) => p[0])).toEqual(['Jane Roe']);
		expect(
			titled('On Monday, Libertarian Tom Hale and Conservative Ann Poe spoke.').map((p) => p[0])
		).toEqual(['Tom Hale', 'Ann Poe']);
		expect(titled('On Monday, Liberal Democrat Ann Poe spoke.').map((p) => p[0])).toEqual([
			'Ann Poe'
		]);
		expect(
			titled('He spoke at the Democratic National Convention and the GOP Presidential debate.')
		).toEqual([]);
		expect(
			titled('On Monday, Tom Hale spoke. Later, Democrat Hale said it again.').map((p) => p[0])
		).toEqual(['Tom Hale', 'Hale']);
	});
	it('read “a South Carolina Democrat” as a place and a party, no person', () => {
		expect(
			titled('“We will win,” added a South Carolina Democrat. A Texas Republican agreed.')
		).toEqual([]);
		// A surname that is also a party word stays a name.
		expect(titled('On Monday, Mark Green said the bill was dead.').map((p) => p[0])).toEqual([
			'Mark Green'
		]);
	});
	it('take no capitalised epithet into a name the article also writes without it', () => {
		expect(
			titled(
				'Tom Hale spoke of Jane Roe. He said, “It was harder than beating Crooked Jane Roe.”'
			).map((p) => p[0])
		).toEqual(['Tom Hale', 'Jane Roe', 'Jane Roe']);
		// With no other mention there is no evidence the word is not part of the name.
		expect(titled('He said it was harder than beating Crooked Jane Roe.').map((p) => p[0])).toEqual(
			['Crooked Jane Roe']
		);
	});
	it('take no epithet the article writes in lower case or quotes into a name: “Crooked Jane Roe”', () => {
		expect(
			titled('He mocked Crooked Jane Roe on Monday. She is not crooked, she said.').map((p) => p[0])
		).toEqual(['Jane Roe']);
		expect(titled('He mocked “Shifty Jane” Roe on Monday.').map((p) => p[0])).toEqual([]);
		expect(
			titled(
				'He mocked Lyin’ Tom Hale and met Captain Ann Poe. The man was lyin’, my captain said.'
			).map((p) => p[0])
			// "Captain" is her rank (a title), no epithet and no part of her name.
		).toEqual(['Tom Hale', 'Ann Poe']);
	});
	it('keep a given name that is also a word as the name: “Hope Hicks”, “Sandy Roe”', () => {
		expect(
			titled('On Monday, Hope Hicks and Sandy Roe spoke. We hope it was sandy.').map((p) => p[0])
		).toEqual(['Hope Hicks', 'Sandy Roe']);
	});
	it('start a name after a day word that opens the sentence, not with it', () => {
		expect(
			titled(
				'Yesterday Cornell Hale Brooks said the group would march. Tonight Ann Poe spoke.'
			).map((p) => p[0])
		).toEqual(['Cornell Hale Brooks', 'Ann Poe']);
	});
	it('count a show named after its host as a show, even with the sentence’s full stop', () => {
		const people = titled('Host Tom Hale spoke on the Tom Hale Morning Show.').map((p) => p[0]);
		expect(people).not.toContain('Tom Hale Morning Show');
	});
	it('count a shoal or a strait as a place', () => {
		const found = mentionsOf(
			'Boats were seen near Karimata Shoal and in the Berrow Strait on Monday.'
		).map((m) => [m.kind, m.text]);
		expect(found).toContainEqual(['place', 'Karimata Shoal']);
		expect(found).toContainEqual(['place', 'Berrow Strait']);
	});
});

describe('a legal instrument named after a body or a cause', () => {
	const kinds = (text: string) =>
		mentionsOf(text)
			.filter((m) => m.kind === 'org' || m.kind === 'person')
			.map((m) => [m.text, m.kind]);
	it('is no organisation and no person (“Senate Bill 5”, “House Resolution 12”)', () => {
		const found = kinds(
			'Lawmakers passed Senate Bill 5 on Monday, and the Senate Judiciary Committee held hearings on House Resolution 12 and the Clean Harbors Act.'
		);
		expect(found).toContainEqual(['Senate Judiciary Committee', 'org']);
		expect(found.map(([t]) => t)).not.toContain('Senate Bill');
		expect(found.map(([t]) => t)).not.toContain('House Resolution');
		expect(found.map(([t]) => t)).not.toContain('Clean Harbors Act');
	});
});

describe('a name that labels a system, a period or a manner', () => {
	const people = (text: string) =>
		mentionsOf(text)
			.filter((m) => m.kind === 'person')
			.map((m) => m.text);
	it('is no person before “laws”, “era” or “doctrine”, nor with “-style”', () => {
		const found = people(
			'The mayor said the curfew recalled the Ned Lusk laws. Critics likened it to the Ned Lusk era, and Dana Rook called herself an Ellen Marsh-style reformer under the Orla Venn doctrine.'
		);
		expect(found).toEqual(['Dana Rook']);
	});
	it('is still a person when the word after it is not such a label', () => {
		expect(people('The mayor met Ned Lusk at the laws committee, and Ned Lusk left.')).toContain(
			'Ned Lusk'
		);
	});
});

describe('names that hold a word read elsewhere as something else', () => {
	it('keep a quoted nickname out of the name and the surname in it', () => {
		const people = titled(
			'Former Rep. Robert C. "Bobby" Hale said on Monday the plan would fail. Later Marine Tom “Tig” Dunn spoke.'
		).map((p) => p[0]);
		expect(people).toContain('Robert C. Hale');
		expect(people).toContain('Tom Dunn');
		expect(people).not.toContain('Robert C.');
	});
	it('read a month word after a given name or a title as a surname, not a date', () => {
		const people = titled(
			'Prime Minister Jane May met the envoy on Friday. Talks with Prime Minister May ended, and Mrs. May left. Later, May said no.'
		).map((p) => p[0]);
		expect(people).toContain('Jane May');
		expect(people.filter((p) => p === 'May')).toHaveLength(3);
		expect(people).not.toContain('Jane');
	});
	it('leave a month that dates something a month, even beside a surname month', () => {
		const people = titled(
			'Ann April Roe met Tom June in May and again on June 5. Governor May Visit Planned. Tom June spoke.'
		).map((p) => p[0]);
		expect(people).toContain('Tom June');
		expect(
			people.filter((p) => p === 'June' || p === 'May' || String(p).startsWith('May '))
		).toEqual([]);
	});
});

describe('names that end in a kind of body', () => {
	it('read a church, a conference, a fund and a PAC as bodies, not people', () => {
		const t =
			'Ann Poe, a pastor at the Harbour Valley Church, ran the National Family Values Conference. Our Values PAC and the Freedom Fund paid for it.';
		const kinds = mentionsOf(t).map((m) => [m.kind, m.text]);
		expect(kinds.filter(([k]) => k === 'person')).toEqual([['person', 'Ann Poe']]);
		expect(kinds.filter(([k]) => k === 'org').map(([, x]) => x)).toEqual([
			'Harbour Valley Church',
			'National Family Values Conference',
			'Values PAC',
			'Freedom Fund'
		]);
	});
	it('keep a capitalised “Our” inside a sentence in the name', () => {
		expect(
			mentionsOf('The call is paid for by Our Values PAC, a group in the state.')
				.filter((m) => m.kind === 'org')
				.map((m) => m.text)
		).toEqual(['Our Values PAC']);
	});
	it('keep a given name before one such word a person', () => {
		expect(mentionsOf('On Monday, Tom Church spoke at length.').map((m) => m.kind)).toContain(
			'person'
		);
	});
});

describe('a sentence adverb before a name', () => {
	it('is no part of the name (“Interestingly Roe”), while a surname in -ly stays one', () => {
		const people = mentionsOf(
			'Karl Dalbert founded the party. Interestingly Dalbert, a wealthy miller, led it. Reportedly Tom Quist agreed. Sadly Ann Vell left. Kelly Brandt stayed. Donnelly spoke.'
		)
			.filter((m) => m.kind === 'person')
			.map((m) => m.text);
		expect(people).toContain('Dalbert');
		expect(people).toContain('Tom Quist');
		expect(people).toContain('Ann Vell');
		expect(people).toContain('Kelly Brandt');
		expect(people.some((p) => /ly\s/i.test(p) && !p.startsWith('Kelly'))).toBe(false);
	});
});

describe('a town with its state after a comma', () => {
	it('is a place, not a person (“San Marcelo, Calif.”)', () => {
		const found = mentionsOf(
			'After the shooting in San Marcelo, Calif., last week, Ann Poe spoke. Officials in Port Dalby, Ohio, agreed. The attacks in San Marcelo shook the state.'
		).map((m) => [m.text, m.kind]);
		expect(found).toContainEqual(['San Marcelo', 'place']);
		expect(found).not.toContainEqual(['San Marcelo', 'person']);
		expect(found).not.toContainEqual(['Port Dalby', 'person']);
		expect(found).toContainEqual(['Ann Poe', 'person']);
	});
});
