/**
 * Hand-written questions about sources for the seed story: who said what, which outlet
 * reported what, and where the five outlets disagree. Every quote was checked against the
 * cleaned articles (resolveCurated fails the build if one is missing or ambiguous).
 */
import type { CuratedQuestion } from './resolve';

const hill = 'baghdad-hill';
const cbs = 'baghdad-cbs';
const cnbc = 'baghdad-cnbc';
const voa = 'baghdad-voa';
const nbc = 'baghdad-nbc';

/** The five outlets as choices, for "which outlet(s)" questions. */
const OUTLETS = [
	{ id: 'hill', text: 'The Hill' },
	{ id: 'cbs', text: 'CBS News' },
	{ id: 'cnbc', text: 'CNBC' },
	{ id: 'voa', text: 'Voice of America' },
	{ id: 'nbc', text: 'NBC News' }
];

export const baghdadSourceQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q01',
		type: 'single',
		skill: 'source',
		difficulty: 1,
		prompt:
			'Which outlet reported that there were roughly 6,000 protesters at the height of the demonstrations?',
		choices: OUTLETS,
		correct: ['nbc'],
		evidence: [
			{
				articleId: nbc,
				quote: 'There were roughly 6,000 protesters at the height of the demonstrations'
			}
		],
		explanation:
			'Only NBC News gives a number: “roughly 6,000 protesters at the height of the demonstrations,” which it says is a U.S. official’s estimate. The other outlets describe the crowd with words like “thousands” or “dozens” instead.'
	},
	{
		id: 'baghdad-q02',
		type: 'multi',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'The outlets disagree about how many people stormed the embassy compound. Which outlets said “dozens”? Choose all that apply.',
		choices: OUTLETS,
		correct: ['cnbc', 'nbc'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'dozens of angry Iraqi Shiite militia supporters stormed the U.S. Embassy compound'
			},
			{
				articleId: nbc,
				quote: 'Dozens of people stormed the compound of the United States embassy in Iraq'
			}
		],
		explanation:
			'CNBC writes that “dozens of angry Iraqi Shiite militia supporters stormed” the compound, and NBC News opens with “Dozens of people stormed the compound.” The Hill, CBS News and Voice of America say “thousands” instead.'
	},
	{
		id: 'baghdad-q03',
		type: 'multi',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'Which outlets said “thousands” of people stormed or reached the embassy compound? Choose all that apply.',
		choices: OUTLETS,
		correct: ['hill', 'cbs', 'voa'],
		evidence: [
			{
				articleId: hill,
				quote:
					'thousands of demonstrators and supporters of an Iran-backed militia stormed the U.S. Embassy in Baghdad'
			},
			{
				articleId: cbs,
				quote: 'Thousands of protestors were somehow able to get past Iraqi security forces'
			},
			{ articleId: voa, quote: 'Thousands of protesters stormed the U.S. embassy compound' }
		],
		explanation:
			'The Hill (“thousands of demonstrators … stormed”), CBS News (“Thousands of protestors were somehow able to get past Iraqi security forces”) and Voice of America (“Thousands of protesters stormed”) all say thousands. CNBC and NBC News say “dozens” stormed the compound, and NBC adds a U.S. official’s estimate of roughly 6,000 protesters at the height of the demonstrations.'
	},
	{
		id: 'baghdad-q04',
		type: 'single',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'Most outlets say the U.S. airstrikes killed at least 25 militia fighters. What different figure does Voice of America report, and who gave it?',
		choices: [
			{ id: 'a', text: 'The militia itself said 50 members were killed and 50 wounded' },
			{ id: 'b', text: 'Reuters said 12 militiamen were killed' },
			{ id: 'c', text: 'The Popular Mobilization Forces said 62 fighters were killed' },
			{ id: 'd', text: 'The Pentagon said 11 fighters were killed' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'The group, which said that 50 militia members were killed and 50 wounded in the attack'
			},
			{ articleId: hill, quote: 'that killed at least 25 militia fighters' }
		],
		explanation:
			'Voice of America reports that Kataib Hezbollah, the militia that was hit, “said that 50 militia members were killed and 50 wounded.” The Hill, CBS News and NBC News give “at least 25” killed, and CNBC says 25. The 12 (Reuters) and 62 (Popular Mobilization Forces) figures are about people injured at the embassy, not the strikes.'
	},
	{
		id: 'baghdad-q05',
		type: 'single',
		skill: 'compare',
		difficulty: 3,
		prompt:
			'Voice of America and NBC News give different numbers of people injured at the embassy protests. Which pairing is right?',
		choices: [
			{
				id: 'a',
				text: 'VOA: 12 militiamen injured (Reuters); NBC: at least 62 demonstrators injured (Popular Mobilization Forces)'
			},
			{
				id: 'b',
				text: 'VOA: at least 62 injured (Reuters); NBC: 12 injured (Popular Mobilization Forces)'
			},
			{ id: 'c', text: 'VOA: 50 wounded (the Pentagon); NBC: 25 wounded (the Associated Press)' },
			{ id: 'd', text: 'Both: 12 militiamen injured, according to the Associated Press' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'the defensive measures around the U.S. embassy injured 12 militiamen who were taking part in the demonstrations'
			},
			{
				articleId: nbc,
				quote:
					'At least 62 demonstrators were injured by live bullets and tear gas, according to the Popular Mobilization Forces'
			}
		],
		explanation:
			'Voice of America says “Reuters reported” that the embassy’s defensive measures injured 12 militiamen. NBC News says at least 62 demonstrators were injured “according to the Popular Mobilization Forces,” and adds that it “could not independently verify this claim.” Different sources, different numbers.'
	},
	{
		id: 'baghdad-q06',
		type: 'matching',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'Three outlets say when the American contractor was killed, each in its own way. Match each outlet with the words it uses.',
		pairs: [
			{ id: 'cbs', left: 'CBS News', right: 'last week' },
			{ id: 'nbc', left: 'NBC News', right: 'on Friday' },
			{ id: 'voa', left: 'Voice of America', right: 'on December 27' }
		],
		extraRights: ['on Sunday', 'on December 31'],
		evidence: [
			{ articleId: cbs, quote: 'who died in a rocket attack last week' },
			{
				articleId: nbc,
				quote: 'The latest of these came on Friday, when a rocket attack killed a U.S. contractor'
			},
			{
				articleId: voa,
				quote: 'including one on December 27 that killed a U.S. defense contractor'
			}
		],
		explanation:
			'CBS News says the contractor “died in a rocket attack last week”; NBC News says the attack “came on Friday”; Voice of America gives the date, “December 27.” All three describe the same day. Sunday was the day of the U.S. airstrikes, and December 31 the day of the storming.'
	},
	{
		id: 'baghdad-q07',
		type: 'multi',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'The outlets spell the Iraqi prime minister’s name in different ways. Which of these names refer to him? Choose all that apply.',
		choices: [
			{ id: 'a', text: 'Adil Abd al-Mahdi' },
			{ id: 'b', text: 'Adel Abdul Mahdi' },
			{ id: 'c', text: 'Adil Abdul-Mahdi' },
			{ id: 'd', text: 'Barham Salih' },
			{ id: 'e', text: 'Qais Al-Khazali' }
		],
		correct: ['a', 'b', 'c'],
		evidence: [
			{ articleId: hill, quote: 'Iraqi Prime Minister Adil Abd al-Mahdi' },
			{ articleId: voa, quote: 'Iraqi Prime Minister Adel Abdul Mahdi' },
			{ articleId: nbc, quote: 'Iraqi Prime Minister Adil Abdul-Mahdi' }
		],
		explanation:
			'The Hill writes “Adil Abd al-Mahdi,” Voice of America “Adel Abdul Mahdi” and NBC News “Adil Abdul-Mahdi” (CNBC has “Adel Abd al-Mahdi”): names written in Arabic are spelled in English in several ways. Barham Salih is Iraq’s president, and Qais Al-Khazali is a militia leader.'
	},
	{
		id: 'baghdad-q08',
		type: 'multi',
		skill: 'source',
		difficulty: 2,
		prompt:
			'Which outlets reported that Defense Secretary Mark Esper said more U.S. forces would be sent to the embassy? Choose all that apply.',
		choices: OUTLETS,
		correct: ['hill', 'cnbc'],
		evidence: [
			{
				articleId: hill,
				quote:
					'Defense Secretary Mark Esper said additional U.S. forces would be deployed to the facility in Baghdad'
			},
			{
				articleId: cnbc,
				quote:
					'Secretary of Defense Mark Esper said the U.S. would be sending additional troops to the compound'
			}
		],
		explanation:
			'The Hill and CNBC both name Esper; CNBC also quotes his statement at length. CBS News reports reinforcements too, but attributes that to unnamed “U.S. officials,” and Voice of America and NBC News do not mention Esper.'
	},
	{
		id: 'baghdad-q09',
		type: 'multi',
		skill: 'source',
		difficulty: 2,
		prompt:
			'Which outlets quoted White House Press Secretary Stephanie Grisham? Choose all that apply.',
		choices: OUTLETS,
		correct: ['cnbc', 'nbc'],
		evidence: [
			{ articleId: cnbc, quote: 'said White House Press Secretary Stephanie Grisham' },
			{
				articleId: nbc,
				quote: 'His press secretary, Stephanie Grisham, said the president will choose'
			}
		],
		explanation:
			'CNBC quotes Grisham in full (“It will be the President’s choice how and when we respond to their escalation.”), and NBC News quotes part of the same words. NBC’s correction notice also fixes her name, which an earlier version had wrong. The other three outlets do not quote her.'
	},
	{
		id: 'baghdad-q10',
		type: 'multi',
		skill: 'source',
		difficulty: 3,
		prompt:
			'Which outlets name the Associated Press (AP) as the source of some of their information? Choose all that apply.',
		choices: OUTLETS,
		correct: ['cnbc', 'voa', 'nbc'],
		evidence: [
			{ articleId: cnbc, quote: 'according to an Associated Press report' },
			{ articleId: voa, quote: 'The AP news agency reported' },
			{ articleId: nbc, quote: 'according to The Associated Press' }
		],
		explanation:
			'CNBC credits “an Associated Press report” for the 30 Iraqi soldiers; Voice of America says “The AP news agency reported” the broken gate; NBC News cites “The Associated Press” for the chants and an AP reporter at the scene. The Hill and CBS News do not name the AP.'
	},
	{
		id: 'baghdad-q11',
		type: 'single',
		skill: 'source',
		difficulty: 2,
		prompt:
			'Voice of America reports that 12 militiamen were injured. Where does it say that figure came from?',
		choices: [
			{ id: 'a', text: 'Reuters' },
			{ id: 'b', text: 'The Popular Mobilization Forces' },
			{ id: 'c', text: 'The Pentagon' },
			{ id: 'd', text: 'The Associated Press' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'Reuters reported from Baghdad that on Tuesday the defensive measures around the U.S. embassy injured 12 militiamen'
			}
		],
		explanation:
			'The sentence begins “Reuters reported from Baghdad,” so the figure is Reuters’, passed on by Voice of America. The Popular Mobilization Forces are NBC News’s source for a different number (at least 62).'
	},
	{
		id: 'baghdad-q12',
		type: 'single',
		skill: 'source',
		difficulty: 1,
		prompt: 'NBC News’s article ends with a correction. What did it correct?',
		choices: [
			{ id: 'a', text: 'The White House press secretary’s name: Grisham, not Graham' },
			{ id: 'b', text: 'The number of protesters, from dozens to 6,000' },
			{ id: 'c', text: 'The day of the airstrikes, from Friday to Sunday' },
			{ id: 'd', text: 'The name of the militia, from Kataib to Kataeb Hezbollah' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'An earlier version of this article misidentified the White House press secretary. She is Stephanie Grisham, not Graham.'
			}
		],
		explanation:
			'The correction says an earlier version “misidentified the White House press secretary. She is Stephanie Grisham, not Graham.” Outlets publish corrections like this so readers know what changed.'
	},
	{
		id: 'baghdad-q13',
		type: 'evidence',
		skill: 'source',
		difficulty: 2,
		prompt:
			'NBC News gives a figure of roughly 6,000 protesters. Who is the source of that figure?',
		choices: [
			{ id: 'a', text: 'A U.S. official’s estimate' },
			{ id: 'b', text: 'The Popular Mobilization Forces' },
			{ id: 'c', text: 'An Iraqi security source' },
			{ id: 'd', text: 'An AP reporter at the scene' }
		],
		correct: ['a'],
		evidencePrompt: 'Which sentence from NBC News shows this?',
		evidenceChoices: [
			{
				id: 'e1',
				articleId: nbc,
				quote:
					'There were roughly 6,000 protesters at the height of the demonstrations, a U.S. official estimated, composed mostly of Kataib Hezbollah members.'
			},
			{
				id: 'e2',
				articleId: nbc,
				quote:
					'At least 62 demonstrators were injured by live bullets and tear gas, according to the Popular Mobilization Forces, an umbrella group for the militias recognized by the Iraqi government.'
			},
			{
				id: 'e3',
				articleId: nbc,
				quote:
					'Guards inside the embassy used tear gas to try and prevent demonstrators from moving towards main buildings inside the compound, an Iraqi security source told NBC News on condition of anonymity.'
			}
		],
		evidenceCorrect: ['e1'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'There were roughly 6,000 protesters at the height of the demonstrations, a U.S. official estimated'
			}
		],
		explanation:
			'The sentence with the figure ends “a U.S. official estimated.” The Popular Mobilization Forces are the source for the 62 injured, and the Iraqi security source for the tear gas: each claim has its own source.'
	},
	{
		id: 'baghdad-q14',
		type: 'single',
		skill: 'quote',
		difficulty: 1,
		prompt: 'Who wrote “This is not a Warning, it is a Threat”?',
		choices: [
			{ id: 'a', text: 'President Trump, on Twitter' },
			{ id: 'b', text: 'Iranian spokesman Abbas Mousavi' },
			{ id: 'c', text: 'Defense Secretary Mark Esper' },
			{ id: 'd', text: 'Militia leader Qais Al-Khazali' }
		],
		correct: ['a'],
		evidence: [
			{ articleId: cnbc, quote: 'This is not a Warning, it is a Threat,” the president tweeted' }
		],
		explanation:
			'CNBC reports that “later Tuesday” the president tweeted “This is not a Warning, it is a Threat,” followed by “Happy New Year!” Voice of America describes the same tweet without quoting it: he is “not just warning,” he is “issuing a clear threat.”'
	},
	{
		id: 'baghdad-q15',
		type: 'matching',
		skill: 'quote',
		difficulty: 2,
		prompt: 'Match each quote with the person who said or wrote it.',
		pairs: [
			{ id: 'pelosi', left: '“Escalation and violence must end.”', right: 'Nancy Pelosi' },
			{
				id: 'grisham',
				left: '“It will be the President’s choice how and when we respond to their escalation.”',
				right: 'Stephanie Grisham'
			},
			{
				id: 'esper',
				left: '“We are sending additional forces to support our personnel at the Embassy.”',
				right: 'Mark Esper'
			},
			{
				id: 'rhodes',
				left: '“It’s hard to overstate what a total failure Trump’s Iran policy has been.”',
				right: 'Ben Rhodes'
			}
		],
		extraRights: ['Mike Pompeo', 'Abbas Mousavi'],
		evidence: [
			{ articleId: hill, quote: 'Escalation and violence must end.' },
			{
				articleId: cnbc,
				quote: 'It will be the President’s choice how and when we respond to their escalation.'
			},
			{
				articleId: cnbc,
				quote: 'We are sending additional forces to support our personnel at the Embassy.'
			},
			{
				articleId: nbc,
				quote: 'It’s hard to overstate what a total failure Trump’s Iran policy has been'
			}
		],
		explanation:
			'House Speaker Nancy Pelosi tweeted the call to end escalation (The Hill). Press Secretary Stephanie Grisham spoke for the White House (CNBC). Defense Secretary Mark Esper announced the extra forces in a statement (CNBC). Ben Rhodes, an Obama-era aide, criticised Trump’s Iran policy on Twitter (NBC News).'
	},
	{
		id: 'baghdad-q16',
		type: 'matching',
		skill: 'quote',
		difficulty: 3,
		prompt: 'Match each quote with the person who said or wrote it.',
		pairs: [
			{
				id: 'pompeo',
				left: '“The U.S. will take decisive action to defend its citizens and interests.”',
				right: 'Mike Pompeo'
			},
			{
				id: 'hoffman',
				left: '“Iran and their proxy forces must cease their attacks on U.S. and coalition forces …”',
				right: 'Jonathan Hoffman'
			},
			{
				id: 'mousavi',
				left: '“American officials have the astounding audacity of attributing to Iran the protests of the Iraqi people …”',
				right: 'Abbas Mousavi'
			},
			{
				id: 'murphy',
				left: '“Really hard to overstate how badly Trump has bungled things in the Middle East.”',
				right: 'Chris Murphy'
			}
		],
		extraRights: ['Muqtada al-Sadr', 'Stephanie Grisham'],
		evidence: [
			{
				articleId: voa,
				quote:
					'The U.S. will take decisive action to defend its citizens and interests," Pompeo said'
			},
			{
				articleId: voa,
				quote: 'Iran and their proxy forces must cease their attacks on U.S. and coalition forces'
			},
			{
				articleId: cnbc,
				quote:
					'American officials have the astounding audacity of attributing to Iran the protests of the Iraqi people'
			},
			{
				articleId: nbc,
				quote: 'Really hard to overstate how badly Trump has bungled things in the Middle East'
			}
		],
		explanation:
			'Secretary of State Mike Pompeo tweeted the promise of decisive action (Voice of America). Pentagon spokesman Jonathan Hoffman made the demand to Iran in a statement (Voice of America). Iran’s Foreign Ministry spokesman Abbas Mousavi rejected the blame (CNBC). Democratic Senator Chris Murphy criticised Trump on Twitter (NBC News).'
	},
	{
		id: 'baghdad-q17',
		type: 'truefalse',
		skill: 'quote',
		difficulty: 1,
		prompt:
			'According to The Hill, Speaker Nancy Pelosi tweeted that embassy staff deserve protection from the Iraqi host government.',
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['true'],
		evidence: [
			{
				articleId: hill,
				quote:
					'Speaker Nancy Pelosi (D-Calif.) tweeted that embassy personnel “deserve protection from the Iraqi host government'
			}
		],
		explanation:
			'The Hill quotes Pelosi’s tweet: embassy personnel “deserve protection from the Iraqi host government and smart, strong national security strategy from U.S. leaders.”'
	},
	{
		id: 'baghdad-q18',
		type: 'cloze',
		skill: 'quote',
		difficulty: 1,
		prompt:
			'Complete Trump’s tweet, as CNBC and Voice of America quote it: “Now Iran is ____ an attack on the U.S. Embassy in Iraq.”',
		accepted: ['orchestrating'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'Now Iran is orchestrating an attack on the U.S. Embassy in Iraq.'
			},
			{ articleId: voa, quote: 'Now Iran is orchestrating an attack on the U.S. Embassy in Iraq.' }
		],
		explanation:
			'Both outlets quote the same tweet word for word: “Now Iran is orchestrating an attack on the U.S. Embassy in Iraq.” To orchestrate is to organise something from behind the scenes.'
	},
	{
		id: 'baghdad-q19',
		type: 'cloze',
		skill: 'quote',
		difficulty: 2,
		prompt:
			'CNBC reports that the Iraqi government called the U.S. strikes a “flagrant ____” of its sovereignty.',
		accepted: ['violation'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'the Iraqi government deemed the attack a “flagrant violation” of its sovereignty'
			}
		],
		explanation:
			'CNBC quotes the Iraqi government calling the strikes a “flagrant violation” of its sovereignty. NBC News reports the same reaction more briefly: Iraq called them a “violation” of its sovereignty.'
	}
];
