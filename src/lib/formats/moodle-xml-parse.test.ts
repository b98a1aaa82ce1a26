/** Moodle XML read as Moodle reads it: the cases issue #14 found read wrongly. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles } from '$test-data';
import { importMoodleXml } from './moodle-xml-parse';

const { DOMParser } = new JSDOM('').window;
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const opts = { storyId: FILE_STORY, articles: fileArticles(), parseXml };

const quiz = (...questions: string[]) =>
	`<?xml version="1.0" encoding="UTF-8"?><quiz>${questions.join('')}</quiz>`;
const text = (t: string, format = 'html') =>
	`<questiontext format="${format}"><text><![CDATA[${t}]]></text></questiontext>`;
const answer = (fraction: number, t: string, feedback = '') =>
	`<answer fraction="${fraction}" format="html"><text>${t}</text>${feedback ? `<feedback><text>${feedback}</text></feedback>` : ''}</answer>`;

function read(xml: string) {
	const r = importMoodleXml(xml, opts);
	if (!r.ok) throw new Error(JSON.stringify(r.error));
	return r.value;
}

describe('Moodle XML as Moodle reads it', () => {
	it('decodes named entities and keeps plain_text literally', () => {
		const v = read(
			quiz(
				`<question type="multichoice"><name><text>caf</text></name>${text('Who said the docks would reopen? Caf&eacute;')}<single>true</single>${answer(100, 'Mayor Ana Ruiz')}${answer(0, 'Li Wei')}</question>`,
				`<question type="truefalse"><name><text>lt</text></name>${text('A storm flooded the harbor district on Monday, x &lt; 5', 'plain_text')}${answer(100, 'true')}${answer(0, 'false')}</question>`
			)
		);
		expect(v.questions[0]!.prompt).toBe('Who said the docks would reopen? Café');
		expect(v.questions[1]!.prompt).toBe('A storm flooded the harbor district on Monday, x &lt; 5');
	});

	it('a 50% answer keeps a single-answer question single, worth half; <single>0</single> means several', () => {
		const v = read(
			quiz(
				`<question type="multichoice"><name><text>one</text></name>${text('Who said the docks would reopen?')}<single>true</single>${answer(100, 'Mayor Ana Ruiz')}${answer(50, 'Li Wei', 'close')}${answer(0, 'Nobody')}</question>`,
				`<question type="multichoice"><name><text>many</text></name>${text('Which outlets?')}<single>0</single>${answer(50, 'Harbor Times')}${answer(50, 'Coast News')}${answer(-100, 'Daily Planet')}</question>`
			)
		);
		expect(v.questions[0]).toMatchObject({
			type: 'single',
			correct: ['a'],
			choices: [{ text: 'Mayor Ana Ruiz' }, { text: 'Li Wei', fraction: 0.5 }, { text: 'Nobody' }]
		});
		expect(v.losses.one).toEqual([
			'Feedback on individual answers is not kept; Byline shows one explanation per question.'
		]);
		expect(v.questions[1]).toMatchObject({
			type: 'multi',
			correct: ['a', 'b'],
			choices: [{ fraction: 0.5 }, { fraction: 0.5 }, { fraction: -1 }]
		});
	});

	it('keeps short-answer and numerical answers worth part of the marks', () => {
		const v = read(
			quiz(
				`<question type="shortanswer"><name><text>sa</text></name>${text('Who said the docks would reopen?')}<usecase>0</usecase>${answer(100, 'Ana Ruiz')}${answer(50, 'the mayor')}${answer(0, '*')}</question>`,
				`<question type="numerical"><name><text>num</text></name>${text('How many damaged boats did officials count?')}<answer fraction="100"><text>38</text><tolerance>0</tolerance></answer><answer fraction="50"><text>40</text><tolerance>2</tolerance></answer></question>`
			)
		);
		expect(v.questions[0]).toMatchObject({
			type: 'cloze',
			accepted: ['Ana Ruiz'],
			partial: [{ text: 'the mayor', fraction: 0.5 }]
		});
		expect(v.questions[1]).toMatchObject({
			type: 'numeric',
			answer: 38,
			tolerance: 0,
			partial: [{ answer: 40, tolerance: 2, fraction: 0.5 }]
		});
		expect(v.losses).toEqual({});
	});

	it('reads Moodle’s own “match” type, with a distractor', () => {
		const sub = (l: string, r: string) =>
			`<subquestion format="html"><text>${l}</text><answer><text>${r}</text></answer></subquestion>`;
		const v = read(
			quiz(
				`<question type="match"><name><text>m</text></name>${text('Who said it?')}${sub('We will reopen the docks by Friday.', 'Ana Ruiz')}${sub('Repairs could take weeks.', 'Li Wei')}${sub('', 'Nobody')}</question>`
			)
		);
		expect(v.questions[0]).toMatchObject({
			type: 'matching',
			pairs: [{ right: 'Ana Ruiz' }, { right: 'Li Wei' }],
			extraRights: ['Nobody']
		});
	});

	it('names images, and reads localised true/false in order', () => {
		const v = read(
			quiz(
				`<question type="truefalse"><name><text>vf</text></name>${text('A storm flooded the harbor district on Monday. <img src="@@PLUGINFILE@@/map.png">')}${answer(0, 'Vrai')}${answer(100, 'Faux')}</question>`
			)
		);
		expect(v.questions[0]).toMatchObject({ type: 'truefalse', correct: ['false'] });
		expect(v.losses.vf).toEqual(['Question text: an image left out.']);
	});

	it('lists what Byline cannot hold instead of dropping it', () => {
		const v = read(
			quiz(
				`<question type="essay"><name><text>E</text></name>${text('Discuss.')}</question>`,
				`<question type="multianswer"><name><text>C</text></name>${text('{1:SHORTANSWER:=a} and {1:SHORTANSWER:=b}')}</question>`,
				`<question type="numerical"><name><text>n</text></name>${text('How many boats did officials count?')}${answer(100, '38')}</question>`
			)
		);
		expect(v.refused.map((r) => r.label)).toEqual(['“E”', '“C”']);
		expect(v.refused[1]!.reason).toMatch(/several gaps/);
	});
});
