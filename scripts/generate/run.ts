/**
 * `npm run generate`: article files in, one validated question bank out.
 * Everything the process touches (files, output streams, clock, DOM loader)
 * comes through `io`, so tests run the whole command in-process. The heavy
 * modules (importers, the NLP generator) are imported only once the arguments
 * are valid, so --help and bad input answer at once.
 */
import { writeFileSync } from 'node:fs';
import type { HtmlDeps } from '$lib/content/import';
import { parseGenerateArgs, USAGE } from './args';
import {
	InputFileError,
	isHtmlFile,
	nodeFileSystem,
	readInputFile,
	type FileSystem,
	type InputFile
} from './files';

export const GENERATOR_NAME = 'byline-qgen';

export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
	writeFile(path: string, text: string): void;
	fs: FileSystem;
	now(): Date;
	/** Loaded only when an HTML file is given: jsdom is slow to import. */
	loadHtmlDeps(): Promise<HtmlDeps>;
}

export const nodeIo: CliIo = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	writeFile: (path, text) => writeFileSync(path, text),
	fs: nodeFileSystem,
	now: () => new Date(),
	loadHtmlDeps: async () => (await import('$lib/server/node-dom')).nodeDomDeps()
};

const fail = (io: CliIo, lines: string[], code = 1) => {
	io.stderr(lines.map((l) => `generate: ${l}\n`).join(''));
	return code;
};

/** Runs the command; resolves to the process exit code. Writes nothing on failure. */
export async function runGenerate(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
	const parsed = parseGenerateArgs(argv);
	if (parsed.kind === 'help') {
		io.stdout(USAGE);
		return 0;
	}
	if (parsed.kind === 'error') {
		io.stderr(`generate: ${parsed.message}\n\n${USAGE}`);
		return 2;
	}
	const { args } = parsed;
	const { MAX_IMPORT_BYTES, parseArticleSource } = await import('$lib/content/import');

	const inputs: { path: string; file: InputFile }[] = [];
	const problems: string[] = [];
	for (const path of args.files) {
		try {
			inputs.push({ path, file: readInputFile(path, MAX_IMPORT_BYTES, io.fs) });
		} catch (error) {
			if (!(error instanceof InputFileError)) throw error;
			problems.push(error.message);
		}
	}
	if (problems.length > 0) return fail(io, problems);

	const htmlDeps = args.files.some(isHtmlFile) ? await io.loadHtmlDeps() : {};
	const { draftsFromFiles } = await import('./articles');
	const { assembleBank, buildStory } = await import('./story');
	let bundle;
	try {
		const { drafts, warnings } = draftsFromFiles(inputs, (file) =>
			parseArticleSource(file, htmlDeps)
		);
		if (warnings.length > 0) io.stderr(warnings.map((w) => `generate: warning: ${w}\n`).join(''));
		bundle = buildStory(drafts, args.title);
	} catch (error) {
		if (error instanceof InputFileError) return fail(io, [error.message]);
		return fail(io, [error instanceof Error ? error.message : String(error)]);
	}

	if (args.analysis) {
		const { readStory } = await import('$lib/qgen/inspect');
		const reading = `${JSON.stringify(readStory(bundle.story.id, bundle.articles), null, '\t')}\n`;
		if (args.out) io.writeFile(args.out, reading);
		else io.stdout(reading);
		return 0;
	}
	const { generateQuestions } = await import('$lib/qgen/index');
	const questions = generateQuestions(
		{ storyId: bundle.story.id, articles: bundle.articles },
		{ max: args.max }
	);
	const result = assembleBank(bundle, questions, {
		generator: GENERATOR_NAME,
		exportedAt: args.stamp ? io.now().toISOString() : undefined
	});
	if (!result.ok) {
		return fail(io, [
			'the generated bank is not valid, so nothing was written:',
			...result.issues.map((i) => `  ${i}`)
		]);
	}
	const json = `${JSON.stringify(result.bank, null, '\t')}\n`;
	if (!args.out) {
		io.stdout(json);
		return 0;
	}
	try {
		io.writeFile(args.out, json);
	} catch (error) {
		return fail(io, [
			`${args.out}: cannot write the bank (${error instanceof Error ? error.message : String(error)})`
		]);
	}
	io.stderr(
		`generate: wrote ${questions.length} questions for “${bundle.story.title}” (${bundle.articles.length} articles) to ${args.out}\n`
	);
	return 0;
}
