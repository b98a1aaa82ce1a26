/**
 * Curated seed-story questions. Words in context: proxy war, deterrence, caretaker, sovereignty.
 * Each quote was checked by hand against the cleaned article; resolveCurated fails the build
 * if one is missing or ambiguous.
 */
import { SEED } from './baghdad-shared';
import type { CuratedQuestion } from './resolve';

const cbs = SEED.cbs;
const cnbc = SEED.cnbc;
const voa = SEED.voa;
const nbc = SEED.nbc;

export const baghdadVocabularyQuestions: CuratedQuestion[] = [
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
			{ id: 'b', text: 'Soldiers who guard an embassy' },
			{ id: 'a', text: 'Groups that fight on behalf of another country that backs them' },
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
			{ id: 'b', text: 'Pulling troops out of a region' },
			{ id: 'c', text: 'Signing a peace agreement' },
			{ id: 'd', text: 'Apologising for a past mistake' },
			{ id: 'a', text: 'Discouraging attacks by making the other side fear the response' }
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
			{ id: 'b', text: 'He is in charge of the embassy’s safety' },
			{ id: 'c', text: 'He is being cared for in hospital' },
			{
				id: 'a',
				text: 'He has resigned but keeps running the government until a replacement takes over'
			},
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
	}
];
