/**
 * The articles a teacher is importing, before they become a story: each pasted text or file
 * is read, cleaned and shown for review with editable metadata. The importer module (with
 * DOMPurify and Readability) is loaded on first use only.
 */
import type { NewArticle } from '$lib/bank/ops/articles';
import type { ParsedArticle } from '$lib/content/import';
import { articleFileProblem, pastedName, toNewArticle } from '$lib/teach/article-files';
import { articleMetaErrors, type ArticleMeta } from '$lib/bank/ops/articles';

type Importer = typeof import('$lib/content/import');
let importer: Promise<Importer> | null = null;
function loadImporter(): Promise<Importer> {
	importer ??= import('$lib/content/import').catch((error: unknown) => {
		importer = null;
		throw error;
	});
	return importer;
}

export class ImportEntry {
	readonly key: number;
	readonly source: string;
	error = $state<string | null>(null);
	parsed = $state.raw<ParsedArticle | null>(null);
	/** Read and cleaned, refused, or still being read: what `parsed` and `error` say. */
	state: 'reading' | 'ready' | 'failed' = $derived(
		this.error !== null ? 'failed' : this.parsed ? 'ready' : 'reading'
	);
	meta = $state<ArticleMeta>({ title: '', outlet: '', date: '', url: '' });
	errors = $derived(this.parsed ? articleMetaErrors(this.meta) : {});
	valid = $derived(this.state === 'ready' && Object.keys(this.errors).length === 0);

	constructor(key: number, source: string) {
		this.key = key;
		this.source = source;
	}

	fail(message: string): void {
		this.error = message;
	}

	accept(parsed: ParsedArticle): void {
		this.parsed = parsed;
		this.meta = {
			title: parsed.title,
			outlet: parsed.outlet,
			date: parsed.date,
			url: parsed.url ?? ''
		};
	}

	toArticle(): NewArticle {
		if (!this.parsed) throw new Error(`“${this.source}” has not been read.`);
		return toNewArticle(this.parsed, this.meta);
	}
}

/** What is needed of a File; browsers' File objects fit, tests pass plain objects. */
export type FileLike = { name: string; size: number; text(): Promise<string> };

export class ImportSession {
	entries = $state<ImportEntry[]>([]);
	ready = $derived(this.entries.filter((e) => e.state === 'ready'));
	reading = $derived(this.entries.some((e) => e.state === 'reading'));
	/** True when there is at least one article and every read article has valid metadata. */
	canSave = $derived(this.ready.length > 0 && this.ready.every((e) => e.valid) && !this.reading);
	#nextKey = 1;
	#pasted = 0;

	async addFiles(files: readonly FileLike[]): Promise<void> {
		await Promise.all(
			files.map(async (file) => {
				const entry = this.#add(file.name);
				const problem = articleFileProblem(file.name, file.size);
				if (problem) return entry.fail(problem);
				let content: string;
				try {
					content = await file.text();
				} catch (error) {
					return entry.fail(`Could not read “${file.name}”: ${String(error)}.`);
				}
				await this.#parse(entry, file.name, content);
			})
		);
	}

	async addPasted(content: string, kind: 'text' | 'html'): Promise<boolean> {
		if (!content.trim()) return false;
		this.#pasted += 1;
		const name = pastedName(kind, this.#pasted);
		const entry = this.#add(
			kind === 'html' ? `Pasted page ${this.#pasted}` : `Pasted text ${this.#pasted}`
		);
		await this.#parse(entry, name, content);
		return entry.state === 'ready';
	}

	remove(key: number): void {
		this.entries = this.entries.filter((e) => e.key !== key);
	}

	articles(): NewArticle[] {
		return this.ready.map((e) => e.toArticle());
	}

	#add(source: string): ImportEntry {
		const entry = new ImportEntry(this.#nextKey++, source);
		// Class instances are not proxied; their own $state fields make them reactive.
		this.entries.push(entry);
		return entry;
	}

	async #parse(entry: ImportEntry, name: string, content: string): Promise<void> {
		let module: Importer;
		try {
			module = await loadImporter();
		} catch (error) {
			return entry.fail(
				`The article reader could not be loaded (are you offline for the first time?): ${String(error)}`
			);
		}
		try {
			entry.accept(module.parseArticleSource({ name, content }));
		} catch (error) {
			entry.fail(error instanceof Error ? error.message : String(error));
		}
	}
}
