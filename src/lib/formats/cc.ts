/**
 * IMS Common Cartridge export: one .imscc file that brings a whole story into Canvas, Moodle or
 * Schoology: every article as a web page (outlet, date, headline, byline, text), the story's
 * quiz as a QTI 1.2 assessment (the `cc.exam` profile) and its question bank as a CC question
 * bank, with a manifest whose organization shows one module: the articles, then the quiz.
 *
 * Why Common Cartridge 1.1 and not 1.2 or 1.3: it is the version Canvas and Moodle themselves
 * export, and the only one Moodle imports (its importer recognises the 1.1 manifest namespace
 * and refuses a manifest its CC 1.1 schemas reject); Canvas and Schoology read it too. The
 * official CC 1.1 schemas are in tests/fixtures/cc11-xsd and the tests validate every file
 * against them and against the Schematron rules they embed.
 *
 * Package layout, as the specification's rules and the importers want it:
 * - articles are `webcontent` resources under `wiki_content/`, where Canvas keeps pages;
 * - the assessment and the question bank are resources with one file each and no `href`
 *   (CC rule sets 3 and 4); there is at most one question bank (rule 4a); no organization
 *   item points at the bank (rule 8a), so LMSs put it in their question bank, not a module.
 * The questions themselves and what the profile costs them are in cc-qti.ts.
 */
import type { Article, Bank, Question } from '../bank/schema';
import { storySubset } from './byline';
import { LOSS_TEXT, questionToCcItems, type CcItem, type CcLoss } from './cc-qti';
import { escapeXml } from './moodle-xml';
import { slugify, stripControls } from './problem';
import { zipFiles } from './package-zip';

export const CC_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
export const CC_LOM_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
export const QTI12_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
export const CC_TYPES = {
	page: 'webcontent',
	assessment: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
	bank: 'imsqti_xmlv1p2/imscc_xmlv1p1/question-bank'
} as const;
export const QUIZ_FILE = 'quiz/assessment.xml';
export const BANK_FILE = 'question_bank/question_bank.xml';

/** Manifest identifiers are XML IDs: a letter first, then letters, digits, `_`, `-`, `.`. */
function xmlId(prefix: string, n: number, id: string): string {
	return `${prefix}${n}_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function formatDate(isoDate: string): string {
	return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-US', {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'long',
		day: 'numeric'
	});
}

/**
 * An article as a small, self-contained XHTML page: every piece of text escaped, no scripts,
 * styles or outside resources, the original linked only when it is an http(s) address.
 */
export function articlePage(article: Article, identifier: string): string {
	const esc = escapeXml;
	const noteParagraphs = new Set((article.notes ?? []).map((n) => n.paragraph));
	const paragraphs = article.text
		.split('\n\n')
		.filter((p) => p.trim() !== '')
		.map((p, i) => {
			const text = esc(p).replace(/\n/g, '<br/>');
			return noteParagraphs.has(i) ? `<p><em>${text}</em></p>` : `<p>${text}</p>`;
		})
		.join('\n');
	const lines = [
		'<!DOCTYPE html>',
		'<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">',
		'<head>',
		'<meta charset="utf-8"/>',
		`<title>${esc(article.title)}</title>`,
		`<meta name="identifier" content="${identifier}"/>`,
		'</head>',
		'<body>',
		'<article>',
		'<header>',
		`<p>${esc(article.outlet)} · <time datetime="${article.date}">${formatDate(article.date)}</time></p>`,
		`<h1>${esc(article.title)}</h1>`,
		...(article.byline ? [`<p>${esc(article.byline)}</p>`] : []),
		'</header>',
		paragraphs
	];
	if (article.url && /^https?:\/\//i.test(article.url)) {
		lines.push(
			`<footer><p>Original report: <a href="${esc(article.url)}">${esc(article.url)}</a></p></footer>`
		);
	}
	return [...lines, '</article>', '</body>', '</html>', ''].join('\n');
}

const qtiRoot = (inner: string) =>
	[
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<questestinterop xmlns="${QTI12_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI12_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd">`,
		inner,
		'</questestinterop>',
		''
	].join('\n');

/** The quiz: the `cc.exam` profile's assessment with its one section. */
export function assessmentXml(ident: string, title: string, items: CcItem[]): string {
	const field = (label: string, entry: string) =>
		`<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${entry}</fieldentry></qtimetadatafield>`;
	const meta = [
		field('cc_profile', 'cc.exam.v0p1'),
		field('qmd_assessmenttype', 'Examination'),
		field('qmd_scoretype', 'Percentage'),
		field('qmd_feedbackpermitted', 'Yes'),
		field('qmd_hintspermitted', 'No'),
		field('qmd_solutionspermitted', 'Yes'),
		field('cc_maxattempts', 'unlimited')
	].join('');
	return qtiRoot(
		`<assessment ident="${escapeXml(ident)}" title="${escapeXml(title)}"><qtimetadata>${meta}</qtimetadata><section ident="root_section">\n${items.map((i) => i.xml).join('\n')}\n</section></assessment>`
	);
}

/** The question bank: an object bank of items. */
export function questionBankXml(ident: string, items: CcItem[]): string {
	return qtiRoot(
		`<objectbank ident="${escapeXml(ident)}">\n${items.map((i) => i.xml).join('\n')}\n</objectbank>`
	);
}

type Resource = { identifier: string; type: string; href?: string; file: string; title?: string };

export function ccManifest(
	storyTitle: string,
	storyIdentifier: string,
	resources: Resource[]
): string {
	const esc = escapeXml;
	// Every resource but the question bank is a module item (CC rule 8a keeps the bank out).
	const items = resources
		.filter((r) => r.type !== CC_TYPES.bank)
		.map(
			(r) =>
				`        <item identifier="I_${r.identifier}" identifierref="${r.identifier}"><title>${esc(r.title ?? '')}</title></item>`
		)
		.join('\n');
	const resourceXml = resources
		.map(
			(r) =>
				`    <resource identifier="${r.identifier}" type="${r.type}"${r.href ? ` href="${esc(r.href)}"` : ''}><file href="${esc(r.file)}"/></resource>`
		)
		.join('\n');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${storyIdentifier}" xmlns="${CC_NS}" xmlns:lomimscc="${CC_LOM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CC_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd ${CC_LOM_NS} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">`,
		'  <metadata>',
		'    <schema>IMS Common Cartridge</schema>',
		'    <schemaversion>1.1.0</schemaversion>',
		`    <lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string language="en">${esc(storyTitle)}</lomimscc:string></lomimscc:title></lomimscc:general></lomimscc:lom>`,
		'  </metadata>',
		'  <organizations>',
		'    <organization identifier="ORG_1" structure="rooted-hierarchy">',
		'      <item identifier="ROOT">',
		`      <item identifier="MODULE_1"><title>${esc(storyTitle)}</title>`,
		items,
		'      </item>',
		'      </item>',
		'    </organization>',
		'  </organizations>',
		'  <resources>',
		resourceXml,
		'  </resources>',
		'</manifest>',
		''
	].join('\n');
}

/** The losses of the exported questions, one line per kind naming the questions it hit. */
function lossReport(losses: Map<CcLoss, string[]>): string[] {
	return (Object.keys(LOSS_TEXT) as CcLoss[]).flatMap((kind) => {
		const ids = losses.get(kind);
		if (!ids?.length) return [];
		const text = LOSS_TEXT[kind];
		return [`${text[0]!.toUpperCase()}${text.slice(1)}: ${ids.map((id) => `“${id}”`).join(', ')}.`];
	});
}

export type CcExport = {
	filename: string;
	body: Uint8Array<ArrayBuffer>;
	files: { name: string; text: string }[];
	warnings: string[];
};

/**
 * A story as a Common Cartridge. The quiz holds the approved questions (or `questionIds`);
 * the bank holds every question of the story that was not rejected, drafts included, so the
 * teacher can build other quizzes from it in the LMS.
 */
export function exportCommonCartridge(
	bank: Bank,
	storyId: string,
	{ questionIds, now = new Date() }: { questionIds?: readonly string[]; now?: Date } = {}
): CcExport {
	const subset = storySubset(bank, storyId);
	const story = subset.stories[0]!;
	const articles = new Map(subset.articles.map((a) => [a.id, a]));
	const chosen = questionIds ? new Set(questionIds) : null;
	const quizQuestions = subset.questions.filter((q) =>
		chosen ? chosen.has(q.id) : q.status === 'approved'
	);
	const bankQuestions = subset.questions.filter((q) => q.status !== 'rejected');

	const losses = new Map<CcLoss, string[]>();
	const converted = new Map<string, CcItem[]>();
	const convert = (q: Question) => {
		let items = converted.get(q.id);
		if (!items) {
			const out = questionToCcItems(q, articles);
			items = out.items;
			converted.set(q.id, items);
			for (const loss of out.losses) losses.set(loss, [...(losses.get(loss) ?? []), q.id]);
		}
		return items;
	};
	const quizItems = quizQuestions.flatMap(convert);
	const bankItems = bankQuestions.flatMap(convert);

	const files: { name: string; text: string }[] = [];
	const resources: Resource[] = [];
	const usedNames = new Set<string>();
	subset.articles.forEach((article, i) => {
		const identifier = xmlId('PAGE', i + 1, article.id);
		let name = `wiki_content/${slugify(`${article.outlet} ${article.title}`, article.id)}.html`;
		if (usedNames.has(name)) name = name.replace(/\.html$/, `-${i + 1}.html`);
		usedNames.add(name);
		files.push({ name, text: articlePage(article, identifier) });
		resources.push({
			identifier,
			type: CC_TYPES.page,
			href: name,
			file: name,
			title: `${article.outlet}: ${article.title}`
		});
	});

	const warnings: string[] = [];
	const quizTitle = `Quiz: ${story.title}`;
	if (quizItems.length) {
		files.push({ name: QUIZ_FILE, text: assessmentXml('QUIZ_1', quizTitle, quizItems) });
		resources.push({
			identifier: 'QUIZ_1',
			type: CC_TYPES.assessment,
			file: QUIZ_FILE,
			title: quizTitle
		});
	} else {
		warnings.push(
			'No questions were selected for the quiz (none is approved), so the cartridge has no quiz.'
		);
	}
	if (bankItems.length) {
		files.push({ name: BANK_FILE, text: questionBankXml('BANK_1', bankItems) });
		resources.push({ identifier: 'BANK_1', type: CC_TYPES.bank, file: BANK_FILE });
	} else {
		warnings.push(
			'The story has no questions that are not rejected, so the cartridge has no question bank.'
		);
	}
	warnings.push(...lossReport(losses));
	const typed = new Set<Question['type']>(['cloze', 'numeric', 'ordering']);
	if ([...quizQuestions, ...bankQuestions].some((q) => typed.has(q.type))) {
		warnings.push(
			'Typed answers are matched as written apart from capitals (common variants such as “5,000” and “5000” are included); Byline also forgives other punctuation and numbers written in words.'
		);
	}
	if (converted.size) {
		warnings.push('Tags, skills and difficulty are not part of the cartridge’s question format.');
	}

	const manifest = ccManifest(story.title, xmlId('STORY', 1, story.id), resources);
	files.unshift({ name: 'imsmanifest.xml', text: manifest });
	// Control characters a stored text may hold (a story file can carry them) are not allowed
	// in XML 1.0 at all, even escaped; Byline's own markup has none, so whole files are cleaned.
	for (const f of files) f.text = stripControls(f.text);
	return {
		filename: `${slugify(story.title, storyId)}.imscc`,
		body: zipFiles(
			files.map((f) => ({ name: f.name, data: f.text })),
			now
		),
		files,
		warnings
	};
}
