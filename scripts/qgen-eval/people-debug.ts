/**
 * The people one PolNeAR train article yields: each person mention, the article's people
 * (name, role), and the story view's names.person and people.
 *   node scripts/cli/bundled.js scripts/qgen-eval/people-debug.ts <polnear train> <index>...
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { loadSplit } from './polnear';

const [root, ...idx] = process.argv.slice(2);
const all = loadSplit(root!);
for (const i of idx) {
	const p = all[Number(i)]!;
	const a = analyzeArticle(withQuoteMarks(p.article));
	const v = viewStory('s', [a]);
	console.log(`#${i} ${p.name}`);
	console.log(
		'  mentions:',
		[
			...new Set(
				a.mentions
					.filter((m) => m.kind === 'person')
					.map((m) => `${m.text}${m.role ? ` [${m.role}]` : ''}`)
			)
		].join('; ')
	);
	console.log(
		'  people:',
		a.people.map((x) => `${x.name}${x.role ? ` [${x.role}]` : ''}`).join('; ')
	);
	console.log(
		'  quotes:',
		a.quotes.map((q) => `${q.speaker ?? '-'} (${q.speakerText})`).join('; ')
	);
	console.log('  names.person:', v.names.person.join('; '));
	console.log('  view.people:', v.people.join('; '));
}
