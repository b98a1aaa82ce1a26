import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { analyzeArticle } from './analyze';
import { article } from './article.test-helpers';
import { backgroundFigure, figureAside } from './figure-aside';
import { FIGURE_ASIDE_PENALTY, focusAdjustment } from './focus';
import { chosenGap as chosen, typedGap as typed } from './gap-question.test-helpers';

describe('figureAside', () => {
	it('marks a count of routine occasions, and a figure in an aside', () => {
		expect(figureAside(chosen('Roe has held ____ town halls since the spring.'))).toBe(true);
		expect(
			figureAside(
				chosen('It is their second harbour summit, not counting ____ other meetings at fairs.')
			)
		).toBe(true);
		expect(figureAside(typed('Lee spoke at ____ campaign rallies in May.', 'nine'))).toBe(true);
		expect(figureAside(typed('Besides ____ ferries, the port lost its only crane.', 'two'))).toBe(
			true
		);
	});
	it('leaves a count of what the occasion did', () => {
		expect(figureAside(chosen('The council voted ____ to 3 to close the pier.'))).toBe(false);
		expect(figureAside(chosen('____ people were hurt at the rally on Monday.'))).toBe(false);
	});
	it('marks a share that describes a place beside the sentence’s point', () => {
		expect(
			figureAside(
				chosen(
					'Roe has long backed the ferry subsidy, and his county is ____ percent rural.',
					'What share?'
				)
			)
		).toBe(true);
		expect(figureAside(typed('The valley is nearly ____ percent Basque.', '40'))).toBe(true);
	});

	it('leaves a share that rose or fell, which is the news', () => {
		expect(figureAside(chosen('Ferry fares were ____ percent higher in May.', 'What share?'))).toBe(
			false
		);
	});

	it('marks one price in a list of purchases', () => {
		expect(
			figureAside(chosen('Among the purchases were a $____ saddle and two lamps.', 'How much?'))
		).toBe(true);
		expect(figureAside(typed('He bought things like a $____ kayak.', '900'))).toBe(true);
	});

	it('marks how many people said or signed what the sentence tells', () => {
		expect(
			figureAside(
				chosen(
					'A group of nearly ____ harbour pilots has sent the mayor a letter saying the quay is unsafe.'
				)
			)
		).toBe(true);
		expect(figureAside(typed('____ inspectors warned that the pier could fail.', 'three'))).toBe(
			true
		);
		expect(
			figureAside(typed('The plea came in a petition signed by more than ____ fishermen.', '400'))
		).toBe(true);
	});

	it('leaves a count whose sentence only credits its source', () => {
		expect(figureAside(typed('____ boats sank in the storm, the coastguard said.', '12'))).toBe(
			false
		);
	});

	it('marks a figure in a clause describing what the sentence is about', () => {
		expect(
			figureAside(
				chosen('The storm, which cut power to ____ homes, has stalled the harbour talks.')
			)
		).toBe(true);
		expect(
			figureAside(
				chosen(
					'Lee said the crash in which 4 people died and ____ others were hurt is being treated as sabotage.'
				)
			)
		).toBe(true);
	});

	it('leaves a figure that is the act the sentence tells', () => {
		expect(figureAside(chosen('The storm cut power to ____ homes on Monday.'))).toBe(false);
		expect(figureAside(chosen('Repairs will cost $____, the council said.', 'How much?'))).toBe(
			false
		);
	});

	it('marks a later entry of a list, and a figure in brackets', () => {
		expect(
			figureAside(
				chosen(
					'Roe used the funds to buy items including river maps, a $____ saddle and two lamps.',
					'How much?'
				)
			)
		).toBe(true);
		expect(
			figureAside(chosen('Ferry fares rose again (up from ____ dollars in May) after the storm.'))
		).toBe(true);
		// A closed bracket before the gap is a label, not the gap's own aside.
		expect(figureAside(chosen('Sen. Ann Roe (D-Ohio) said repairs will cost ____ dollars.'))).toBe(
			false
		);
	});

	it('leaves a gap that asks for a name', () => {
		expect(
			figureAside(typed('Among the buyers were ____ and two dealers from Leeds.', 'Ann Roe'))
		).toBe(false);
	});
});

describe('backgroundFigure', () => {
	it('reads a figure of the setting, a list or an aside clause as background', () => {
		expect(
			backgroundFigure(
				chosen('It is their second summit, not counting ____ other meetings at other summits.')
			)
		).toBe(true);
		expect(
			backgroundFigure(
				typed('Lee has been open to reform, and his district is ____ percent rural.', '35')
			)
		).toBe(true);
		expect(
			backgroundFigure(
				chosen('The storm, which cut power to ____ homes, has stalled the harbour talks.')
			)
		).toBe(true);
	});
	it('leaves how many people signed or said what the sentence tells, and the act itself', () => {
		expect(
			backgroundFigure(
				chosen(
					'A group of nearly ____ harbour pilots has sent the mayor a letter saying the quay is unsafe.'
				)
			)
		).toBe(false);
		expect(
			backgroundFigure(
				typed('The plea came in a petition signed by more than ____ fishermen.', '400')
			)
		).toBe(false);
		expect(backgroundFigure(chosen('The storm cut power to ____ homes on Monday.'))).toBe(false);
	});
});

describe('focusAdjustment and a figure told in passing', () => {
	const a = analyzeArticle(
		article(
			1,
			'Ann Roe has backed the ferry subsidy. Roe has long backed the ferry subsidy, and her county is 40 percent rural.'
		)
	);
	const [, sentence] = a.sentences;
	const adjust = focusAdjustment([a]);
	const on = (q: Question) => ({ ...q, evidence: [sentence!] }) as unknown as Question;

	it('lowers the share below the same sentence asked another way', () => {
		const share = on(
			chosen(
				'Roe has long backed the ferry subsidy, and her county is ____ percent rural.',
				'What share?'
			)
		);
		const point = on(
			chosen('____ has long backed the ferry subsidy, and her county is 40 percent rural.', 'Who?')
		);
		const fact = { family: 'fact' } as Candidate;
		expect(adjust(fact, share)).toBeCloseTo(adjust(fact, point) - FIGURE_ASIDE_PENALTY);
	});
});
