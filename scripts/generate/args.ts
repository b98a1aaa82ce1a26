/** Command-line arguments of `npm run generate`. */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run generate -- [options] FILE...

Generates a question bank for one story made of all the given article files
and prints it as JSON (format "byline-bank").

Files:
  .txt            plain text; the first non-empty line is the title
  .md, .markdown  Markdown with YAML front matter (title, outlet, date, url)
  .html, .htm     a saved web page; the article is extracted with Readability

Options:
  --out FILE      write the bank to FILE instead of standard output
  --max N         at most N questions (default 40)
  --title T       the story's title (default: derived from the articles)
  --stamp         record the export time in the bank (makes output differ per run)
  --analysis      print what the generator read instead of questions: each
                  article's quotes with their speakers, the story's people and
                  figures, as JSON
  -h, --help      show this help
`;

export const DEFAULT_MAX = 40;
/** Keeps a typo like --max 4000000 from asking for more than a bank can hold. */
export const MAX_QUESTIONS_LIMIT = 5_000;

export interface GenerateArgs {
	files: string[];
	out?: string;
	max: number;
	title?: string;
	stamp: boolean;
	analysis: boolean;
}

export type ParsedArgs =
	{ kind: 'help' } | { kind: 'run'; args: GenerateArgs } | { kind: 'error'; message: string };

export function parseGenerateArgs(argv: readonly string[]): ParsedArgs {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				out: { type: 'string' },
				max: { type: 'string' },
				title: { type: 'string' },
				stamp: { type: 'boolean', default: false },
				analysis: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
	}
	const { values, positionals } = parsed;
	if (values.help) return { kind: 'help' };
	if (positionals.length === 0) return { kind: 'error', message: 'no article files given' };

	let max = DEFAULT_MAX;
	if (values.max !== undefined) {
		if (!/^\d+$/.test(values.max.trim())) {
			return { kind: 'error', message: `--max needs a whole number, got "${values.max}"` };
		}
		max = Number(values.max);
		if (max < 1 || max > MAX_QUESTIONS_LIMIT) {
			return {
				kind: 'error',
				message: `--max must be between 1 and ${MAX_QUESTIONS_LIMIT}, got ${max}`
			};
		}
	}
	const title = values.title?.trim();
	if (values.title !== undefined && !title)
		return { kind: 'error', message: '--title must not be empty' };
	if (values.out !== undefined && !values.out.trim())
		return { kind: 'error', message: '--out needs a file name' };

	return {
		kind: 'run',
		args: {
			files: positionals,
			out: values.out,
			max,
			title,
			stamp: values.stamp ?? false,
			analysis: values.analysis ?? false
		}
	};
}
