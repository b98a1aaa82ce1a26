/**
 * Hand-written questions about what happened in the seed story: facts, figures, the order of
 * events, words in context and inferences the text supports. Checked against the cleaned
 * articles; resolveCurated fails the build if a quote is missing or ambiguous.
 */
import type { CuratedQuestion } from './resolve';

const hill = 'baghdad-hill';
const cbs = 'baghdad-cbs';
const cnbc = 'baghdad-cnbc';
const voa = 'baghdad-voa';
const nbc = 'baghdad-nbc';

const TRUE_FALSE: [{ id: 'true'; text: string }, { id: 'false'; text: string }] = [
	{ id: 'true', text: 'True' },
	{ id: 'false', text: 'False' }
];

export const baghdadFactQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q20',
		type: 'single',
		skill: 'fact',
		difficulty: 1,
		prompt: 'According to The Hill, where was President Trump spending the holidays?',
		choices: [
			{ id: 'a', text: 'At his Mar-a-Lago resort in Florida' },
			{ id: 'b', text: 'At the White House in Washington' },
			{ id: 'c', text: 'At the U.S. Embassy in Baghdad' },
			{ id: 'd', text: 'In Istanbul, Turkey' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: hill,
				quote: 'Trump is in Florida spending the holidays at his Mar-a-Lago resort.'
			}
		],
		explanation:
			'The Hill says “Trump is in Florida spending the holidays at his Mar-a-Lago resort.” Istanbul is where CBS News filed its report from.'
	},
	{
		id: 'baghdad-q21',
		type: 'numeric',
		skill: 'fact',
		difficulty: 2,
		prompt:
			'According to The Hill, how many Kataib Hezbollah targets did the U.S. airstrikes on Sunday hit?',
		answer: 5,
		tolerance: 0,
		unit: 'targets',
		evidence: [
			{
				articleId: hill,
				quote: 'airstrikes on Sunday against five Kataib Hezbollah targets in Iraq and Syria'
			}
		],
		explanation:
			'The Hill writes that the strikes hit “five Kataib Hezbollah targets in Iraq and Syria.” Voice of America agrees in other words: three locations in Iraq and two in Syria.'
	},
	{
		id: 'baghdad-q22',
		type: 'numeric',
		skill: 'fact',
		difficulty: 1,
		prompt:
			'At least how many militia fighters did the U.S. airstrikes kill, according to The Hill, CBS News and NBC News?',
		answer: 25,
		tolerance: 0,
		unit: 'fighters',
		evidence: [
			{ articleId: hill, quote: 'killed at least 25 militia fighters' },
			{ articleId: cbs, quote: 'The U.S. strikes killed at least 25 militia fighters' },
			{ articleId: nbc, quote: 'At least 25 militia fighters were killed in the airstrikes' }
		],
		explanation:
			'All three say “at least 25 militia fighters” were killed. Voice of America adds that the militia itself claimed 50 dead.'
	},
	{
		id: 'baghdad-q23',
		type: 'cloze',
		skill: 'fact',
		difficulty: 1,
		prompt:
			'CBS News says the protesters got past Iraqi security forces and into the fortified ____ to reach the embassy compound.',
		accepted: ['Green Zone', 'Green Zone of Baghdad', 'Baghdad Green Zone'],
		evidence: [
			{ articleId: cbs, quote: 'into the fortified Green Zone and reach the U.S. Embassy compound' }
		],
		explanation:
			'The embassy sits in Baghdad’s heavily guarded Green Zone. CBS News says the crowd got “into the fortified Green Zone,” which is why it calls their success “somehow” surprising.'
	},
	{
		id: 'baghdad-q24',
		type: 'truefalse',
		skill: 'fact',
		difficulty: 1,
		prompt: 'According to CBS News, the embassy staff were being evacuated.',
		choices: TRUE_FALSE,
		correct: ['false'],
		evidence: [
			{ articleId: cbs, quote: 'But U.S. personnel are safe, and there are no evacuation plans.' }
		],
		explanation:
			'CBS News says “U.S. personnel are safe, and there are no evacuation plans.” Voice of America and NBC News also report that no one was evacuated.'
	},
	{
		id: 'baghdad-q25',
		type: 'numeric',
		skill: 'fact',
		difficulty: 2,
		prompt:
			'According to the Popular Mobilization Forces, as reported by NBC News, at least how many demonstrators were injured?',
		answer: 62,
		tolerance: 0,
		unit: 'demonstrators',
		evidence: [
			{
				articleId: nbc,
				quote: 'At least 62 demonstrators were injured by live bullets and tear gas'
			}
		],
		explanation:
			'NBC News reports “at least 62 demonstrators were injured,” citing the Popular Mobilization Forces, and says it could not verify the claim itself.'
	},
	{
		id: 'baghdad-q26',
		type: 'numeric',
		skill: 'fact',
		difficulty: 2,
		prompt: 'About how many U.S. troops are in Iraq, according to NBC News?',
		answer: 5000,
		tolerance: 0,
		unit: 'troops',
		evidence: [{ articleId: nbc, quote: 'The U.S. has some 5,000 troops in Iraq' }],
		explanation:
			'NBC News says “The U.S. has some 5,000 troops in Iraq,” there to train and assist Iraqi forces fighting the Islamic State group.'
	},
	{
		id: 'baghdad-q27',
		type: 'numeric',
		skill: 'fact',
		difficulty: 3,
		prompt:
			'According to NBC News, for how many attacks on coalition bases over the past two months does the U.S. blame Kataeb Hezbollah?',
		answer: 11,
		tolerance: 0,
		unit: 'attacks',
		evidence: [
			{
				articleId: nbc,
				quote:
					'The U.S. blames the militant group Kataeb Hezbollah for 11 attacks on bases used by the U.S.-led coalition'
			}
		],
		explanation:
			'NBC News says the U.S. blames the group “for 11 attacks on bases used by the U.S.-led coalition over the past two months.”'
	},
	{
		id: 'baghdad-q28',
		type: 'single',
		skill: 'fact',
		difficulty: 1,
		prompt:
			'According to NBC News, where was Matthew Tueller, the U.S. ambassador to Iraq, during the protests?',
		choices: [
			{ id: 'a', text: 'Out of the country' },
			{ id: 'b', text: 'Inside the embassy' },
			{ id: 'c', text: 'At Mar-a-Lago with the president' },
			{ id: 'd', text: 'At the Iraqi prime minister’s office' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'Matthew Tueller, the U.S. ambassador to Iraq, was out of the country during the protests'
			}
		],
		explanation:
			'Two U.S. officials told NBC News that the ambassador “was out of the country during the protests.”'
	},
	{
		id: 'baghdad-q29',
		type: 'evidence',
		skill: 'fact',
		difficulty: 2,
		prompt:
			'According to Voice of America, were any U.S. personnel hurt when the compound was stormed?',
		choices: [
			{ id: 'a', text: 'No, there were no reports of injuries to U.S. personnel' },
			{ id: 'b', text: 'Yes, several U.S. guards were injured' },
			{ id: 'c', text: 'Yes, four U.S. service members were wounded' }
		],
		correct: ['a'],
		evidencePrompt: 'Which sentence from Voice of America shows this?',
		evidenceChoices: [
			{
				id: 'e1',
				articleId: voa,
				quote:
					'No evacuations took place according to U.S. officials and there were no reports of any injuries to U.S. personnel.'
			},
			{
				id: 'e2',
				articleId: voa,
				quote:
					'Reuters reported from Baghdad that on Tuesday the defensive measures around the U.S. embassy injured 12 militiamen who were taking part in the demonstrations.'
			},
			{
				id: 'e3',
				articleId: voa,
				quote:
					'Iraqi security forces fired tear gas outside and guards inside the compound fired stun grenades in an attempt to break up violent protests.'
			}
		],
		evidenceCorrect: ['e1'],
		evidence: [
			{ articleId: voa, quote: 'there were no reports of any injuries to U.S. personnel' }
		],
		explanation:
			'Voice of America says “there were no reports of any injuries to U.S. personnel.” The four wounded service members were hurt in the earlier rocket attack, and the 12 injured were militiamen, not Americans.'
	},
	{
		id: 'baghdad-q30',
		type: 'evidence',
		skill: 'fact',
		difficulty: 2,
		prompt: 'Did the crowd get into the embassy’s main building?',
		choices: [
			{ id: 'a', text: 'No, it stopped short of the main building' },
			{ id: 'b', text: 'Yes, it took over the main building' },
			{ id: 'c', text: 'It never got past the outer gate' }
		],
		correct: ['a'],
		evidencePrompt: 'Which sentence shows this?',
		evidenceChoices: [
			{
				id: 'e1',
				articleId: cnbc,
				quote:
					'Though the mob stopped short of entering the main building of the compound, many shouted “Down, Down, USA!” and flung water and rocks over the embassy walls.'
			},
			{
				id: 'e2',
				articleId: cbs,
				quote:
					'They vented their anger with fires and with rocks, they pulled down signs, smashed a security booth and broke into an embassy reception area.'
			},
			{
				id: 'e3',
				articleId: cnbc,
				quote:
					'The Iraqi supporters, many dressed in military apparel, pushed into the compound using cars to break through its gate.'
			}
		],
		evidenceCorrect: ['e1'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'the mob stopped short of entering the main building of the compound'
			}
		],
		explanation:
			'CNBC says the mob “stopped short of entering the main building.” The crowd did break through the gate and into a reception area (CBS News, CNBC), so “never got past the outer gate” is wrong too.'
	},
	{
		id: 'baghdad-q31',
		type: 'ordering',
		skill: 'timeline',
		difficulty: 2,
		prompt: 'Put these events in the order they happened, earliest first.',
		items: [
			{ id: 'rocket', text: 'A rocket attack on an Iraqi base kills a U.S. contractor' },
			{ id: 'strikes', text: 'U.S. airstrikes hit militia sites in Iraq and Syria' },
			{
				id: 'sadr',
				text: 'Muqtada al-Sadr calls on the militias to avoid “irresponsible actions”'
			},
			{ id: 'storming', text: 'Protesters storm the U.S. Embassy compound in Baghdad' },
			{ id: 'threat', text: 'Trump tweets “This is not a Warning, it is a Threat”' }
		],
		evidence: [
			{
				articleId: voa,
				quote: 'including one on December 27 that killed a U.S. defense contractor'
			},
			{
				articleId: voa,
				quote:
					'On December 29, the United States said three locations in Iraq and two in Syria were targeted by U.S. forces'
			},
			{
				articleId: voa,
				quote:
					"In a statement on December 30 Iraqi Shi'ite cleric Muqtada al-Sadr called on the Iran-backed militias"
			},
			{
				articleId: voa,
				quote:
					'Thousands of protesters stormed the U.S. embassy compound in the heavily fortified Green Zone on December 31'
			},
			{ articleId: cnbc, quote: 'Later Tuesday, Trump amplified his harsh words for Iran.' }
		],
		explanation:
			'Voice of America dates each step: the contractor was killed on December 27, the strikes came on December 29, al-Sadr’s statement on December 30 and the storming on December 31 (a Tuesday). CNBC says Trump’s “Threat” tweet came “later Tuesday,” after the storming.'
	},
	{
		id: 'baghdad-q32',
		type: 'ordering',
		skill: 'timeline',
		difficulty: 2,
		prompt: 'Put these events of Tuesday, December 31, in order, earliest first.',
		items: [
			{
				id: 'funerals',
				text: 'Supporters gather after funerals for fighters killed in the strikes'
			},
			{ id: 'march', text: 'The crowd marches on the embassy and breaks into the compound' },
			{
				id: 'soldiers',
				text: 'About 30 Iraqi soldiers in armored vehicles arrive near the embassy'
			}
		],
		evidence: [
			{
				articleId: nbc,
				quote:
					'a large crowd of supporters gathered after funerals for some of the dead and marched on the U.S. embassy'
			},
			{
				articleId: cnbc,
				quote:
					'About 30 Iraqi soldiers in armored vehicles arrived near the embassy hours after the violence'
			}
		],
		explanation:
			'NBC News says the crowd gathered “after funerals for some of the dead and marched on the U.S. embassy.” CNBC, citing the AP, says the Iraqi soldiers arrived “hours after the violence.”'
	},
	{
		id: 'baghdad-q33',
		type: 'single',
		skill: 'timeline',
		difficulty: 1,
		prompt:
			'On which day of the week did the U.S. airstrikes that set off the protests take place?',
		choices: [
			{ id: 'sun', text: 'Sunday' },
			{ id: 'fri', text: 'Friday' },
			{ id: 'mon', text: 'Monday' },
			{ id: 'tue', text: 'Tuesday' }
		],
		correct: ['sun'],
		evidence: [
			{ articleId: hill, quote: 'The protests were triggered by U.S. airstrikes on Sunday' }
		],
		explanation:
			'The Hill says the protests “were triggered by U.S. airstrikes on Sunday” (December 29). Friday was the rocket attack that killed the contractor, and Tuesday the storming of the embassy.'
	},
	{
		id: 'baghdad-q34',
		type: 'truefalse',
		skill: 'timeline',
		difficulty: 2,
		prompt:
			'According to NBC News, the Iraqi prime minister resigned because of the storming of the embassy.',
		choices: TRUE_FALSE,
		correct: ['false'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'The mass uprisings prompted the resignation last month of the prime minister, who remains in a caretaker capacity.'
			}
		],
		explanation:
			'NBC News says he resigned “last month,” before the storming, after mass anti-government protests. He stayed on in a caretaker role, which is why he could still speak for Iraq that Tuesday.'
	},
	{
		id: 'baghdad-q35',
		type: 'cloze',
		skill: 'vocabulary',
		difficulty: 2,
		prompt:
			'CBS News fears a war in which Iran and the U.S. fight each other through other groups, on another country’s soil. Complete its phrase: “a full-blown ____ war.”',
		accepted: ['proxy'],
		evidence: [
			{
				articleId: cbs,
				quote: 'the fear is a full-blown proxy war fought in a country already steeped in blood'
			}
		],
		explanation:
			'A proxy war is fought through others: here, Iran-backed militias and U.S. forces in Iraq. CBS News says that with “Iran and the U.S. vying for influence in Iraq,” the fear is “a full-blown proxy war.”'
	},
	{
		id: 'baghdad-q36',
		type: 'single',
		skill: 'vocabulary',
		difficulty: 2,
		prompt:
			'Pentagon spokesman Jonathan Hoffman, quoted by Voice of America, speaks of “Iran and their proxy forces.” What are proxy forces?',
		choices: [
			{ id: 'a', text: 'Groups that fight on behalf of another country that backs them' },
			{ id: 'b', text: 'Soldiers who guard an embassy' },
			{ id: 'c', text: 'Troops sent by the United Nations to keep the peace' },
			{ id: 'd', text: 'An army made only of volunteers from abroad' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote: 'Iran and their proxy forces must cease their attacks on U.S. and coalition forces'
			}
		],
		explanation:
			'A proxy acts for someone else. The U.S. says militias such as Kataib Hezbollah are backed by Iran and act for it, so it calls them Iran’s “proxy forces.”'
	},
	{
		id: 'baghdad-q37',
		type: 'single',
		skill: 'vocabulary',
		difficulty: 2,
		prompt:
			'Voice of America reports that the Trump administration decided “it is time to re-establish deterrence against Iranian aggression.” What does “deterrence” mean here?',
		choices: [
			{ id: 'a', text: 'Discouraging attacks by making the other side fear the response' },
			{ id: 'b', text: 'Pulling troops out of a region' },
			{ id: 'c', text: 'Signing a peace agreement' },
			{ id: 'd', text: 'Apologising for a past mistake' }
		],
		correct: ['a'],
		evidence: [
			{ articleId: voa, quote: 'it is time to re-establish deterrence against Iranian aggression' }
		],
		explanation:
			'To deter is to stop someone acting by making them afraid of what will follow. Voice of America also reports Pompeo saying U.S. action “was aimed at deterring Iran.”'
	},
	{
		id: 'baghdad-q38',
		type: 'single',
		skill: 'vocabulary',
		difficulty: 2,
		prompt:
			'NBC News says the Iraqi prime minister “remains in a caretaker capacity.” What does that mean?',
		choices: [
			{
				id: 'a',
				text: 'He has resigned but keeps running the government until a replacement takes over'
			},
			{ id: 'b', text: 'He is in charge of the embassy’s safety' },
			{ id: 'c', text: 'He is being cared for in hospital' },
			{ id: 'd', text: 'He has just been elected for a second term' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'prompted the resignation last month of the prime minister, who remains in a caretaker capacity'
			}
		],
		explanation:
			'A caretaker looks after something for a while. NBC News says he resigned “last month” yet “remains” in office in that temporary role until a new government is formed.'
	},
	{
		id: 'baghdad-q39',
		type: 'single',
		skill: 'vocabulary',
		difficulty: 1,
		prompt:
			'Iraq called the U.S. airstrikes a “violation” of its sovereignty. What is sovereignty?',
		choices: [
			{ id: 'a', text: 'A country’s right to govern itself without outside interference' },
			{ id: 'b', text: 'The weapons of a country’s army' },
			{ id: 'c', text: 'A treaty between two countries' },
			{ id: 'd', text: 'The royal family of a country' }
		],
		correct: ['a'],
		evidence: [
			{ articleId: nbc, quote: 'Iraq called them a "violation" of its sovereignty' },
			{
				articleId: cnbc,
				quote: 'the Iraqi government deemed the attack a “flagrant violation” of its sovereignty'
			}
		],
		explanation:
			'Sovereignty is a state’s authority over its own territory. Iraq said the U.S. strikes on Iraqi soil broke that authority (NBC News: a “violation”; CNBC: a “flagrant violation”).'
	},
	{
		id: 'baghdad-q40',
		type: 'single',
		skill: 'inference',
		difficulty: 3,
		prompt:
			'An Iraqi security commentator, quoted by Voice of America, wrote that “these gentlemen were allowed to stroll into the GZ.” What is he suggesting?',
		choices: [
			{
				id: 'a',
				text: 'Iraqi forces let the militia supporters through, unlike the anti-government protesters they had held back'
			},
			{ id: 'b', text: 'The Green Zone is normally open to everyone' },
			{ id: 'c', text: 'The U.S. guards invited the protesters in' },
			{ id: 'd', text: 'The protesters were lost tourists' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'anti-government protestors in downtown have tried to enter Baghdad’s Green Zone for weeks but were held back with shocking levels of violence by government forces'
			},
			{
				articleId: voa,
				quote:
					'But these gentlemen were allowed to stroll into the GZ and walk right up to the American Embassy without a single obstacle in their way. Interesting,'
			}
		],
		explanation:
			'He contrasts the two crowds: anti-government protesters “were held back with shocking levels of violence,” while the militia supporters walked in “without a single obstacle.” His “Interesting” hints that the authorities chose to let them pass.'
	},
	{
		id: 'baghdad-q41',
		type: 'truefalse',
		skill: 'inference',
		difficulty: 2,
		prompt:
			'The Hill and CBS News both suggest that Iraqi security forces did little to stop the crowd at first.',
		choices: TRUE_FALSE,
		correct: ['true'],
		evidence: [
			{
				articleId: hill,
				quote:
					'Iraqi security forces reportedly did not intervene to stop the demonstrators from advancing until a commander arrived and gave them orders.'
			},
			{
				articleId: cbs,
				quote: 'Thousands of protestors were somehow able to get past Iraqi security forces'
			}
		],
		explanation:
			'The Hill says Iraqi forces “did not intervene … until a commander arrived,” and CBS News says the crowd was “somehow able to get past Iraqi security forces.” Neither says so outright, but both point to little resistance at first.'
	},
	{
		id: 'baghdad-q42',
		type: 'truefalse',
		skill: 'inference',
		difficulty: 3,
		prompt:
			'CBS News (“last week”), NBC News (“on Friday”) and Voice of America (“December 27”) could all be describing the same day for the contractor’s death, since the articles appeared on Tuesday, December 31.',
		choices: TRUE_FALSE,
		correct: ['true'],
		evidence: [
			{ articleId: cbs, quote: 'who died in a rocket attack last week' },
			{ articleId: nbc, quote: 'The latest of these came on Friday' },
			{
				articleId: voa,
				quote: 'including one on December 27 that killed a U.S. defense contractor'
			}
		],
		explanation:
			'Counting back from Tuesday, December 31, the Friday before was December 27, which fell in the previous week. So “last week,” “on Friday” and “December 27” fit together; the outlets only word it differently.'
	},
	{
		id: 'baghdad-q43',
		type: 'single',
		skill: 'inference',
		difficulty: 3,
		prompt:
			'NBC News opens by saying “dozens of people stormed the compound,” but later gives roughly 6,000 protesters. What best explains the two numbers?',
		choices: [
			{
				id: 'a',
				text: '“Dozens” counts those who stormed the compound; 6,000 is an estimate of the whole demonstration at its height'
			},
			{ id: 'b', text: 'The correction notice changed the count from dozens to 6,000' },
			{ id: 'c', text: 'The 6,000 figure comes from the Popular Mobilization Forces' },
			{ id: 'd', text: 'The two numbers describe protests on different days' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'Dozens of people stormed the compound of the United States embassy in Iraq on Tuesday'
			},
			{
				articleId: nbc,
				quote:
					'There were roughly 6,000 protesters at the height of the demonstrations, a U.S. official estimated'
			}
		],
		explanation:
			'The two figures count different things: the people who got into the compound (“dozens”) and everyone protesting “at the height of the demonstrations” (roughly 6,000, a U.S. official’s estimate). The correction notice is about Stephanie Grisham’s name.'
	},
	{
		id: 'baghdad-q44',
		type: 'single',
		skill: 'inference',
		difficulty: 2,
		prompt:
			'Senator Chris Murphy, quoted by NBC News, says anti-Iran street protests “have now morphed into anti-U.S. protests.” What is he arguing?',
		choices: [
			{
				id: 'a',
				text: 'Trump’s handling of Iran turned Iraqi anger that had been aimed at Iran toward the U.S.'
			},
			{ id: 'b', text: 'Iraqi protests had always been against the U.S.' },
			{ id: 'c', text: 'Trump’s policy had made Iraq calmer' },
			{ id: 'd', text: 'Iran had lost all its influence in Iraq' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					"anti-Iran street protests in Iraq — have now morphed into anti-U.S. protests thanks to Trump's mishandling of Iran policy"
			}
		],
		explanation:
			'To morph is to change shape. Murphy says protests that were against Iran became protests against the U.S. “thanks to Trump’s mishandling of Iran policy”: he blames the president for the change.'
	}
];
