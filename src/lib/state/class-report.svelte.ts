/**
 * The class report for one of the teacher's stories: the stored hand-ins, what was just imported,
 * and everything derived from them (each student's latest attempt, item statistics, skill
 * scores). Only the hand-ins are stored; the rest is derived. Each import is one atomic write of
 * the whole record, so a failed write changes nothing.
 */
import type { Question } from '$lib/bank/model';
import type { StoryBundle } from '$lib/bank/story';
import { bankVersion, versionedContent } from '$lib/classroom/bank-version';
import {
	latestPerStudent,
	mergeHandIns,
	studentKey,
	withoutStudent
} from '$lib/classroom/class-merge';
import { loadHandIns, saveHandIns, type SettingsStore } from '$lib/classroom/class-record';
import { gradesCsv, gradesFileName } from '$lib/classroom/grades-csv';
import { readHandInQr, type HandIn } from '$lib/classroom/hand-in';
import { itemStats, skillsAsked, studentScores } from '$lib/classroom/item-stats';
import { messageOf } from '$lib/text/format';
import type { Refusal, SubmissionFile } from '$lib/classroom/submissions';

export interface ImportSummary {
	added: string[];
	duplicates: number;
	otherStory: string[];
	otherVersion: string[];
	refused: Refusal[];
	skipped: string[];
}

const who = (h: HandIn) => (h.className ? `${h.student.name} (${h.className})` : h.student.name);

/** The questions students are asked, in the teacher's quiz order. */
export function reportQuestions(story: StoryBundle): Question[] {
	return story.questions
		.filter((q) => q.status === 'approved')
		.map((q, i) => ({ q, i }))
		.sort((a, b) => (a.q.order ?? a.i) - (b.q.order ?? b.i) || a.i - b.i)
		.map(({ q }) => q);
}

export class ClassReport {
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state<string | null>(null);
	/** Every stored hand-in for this story, all versions and attempts. */
	handIns = $state.raw<HandIn[]>([]);
	unreadable = $state(0);
	/** The teacher's current version of the questions; hand-ins for other versions are not counted. */
	version = $state<string | null>(null);
	classFilter = $state('');
	lastImport = $state.raw<ImportSummary | null>(null);
	busy = $state(false);
	undo = $state.raw<{ message: string; handIns: HandIn[] } | null>(null);

	readonly storyId: string;
	#story: () => StoryBundle | null;
	#open: () => Promise<SettingsStore>;

	constructor(
		storyId: string,
		story: () => StoryBundle | null,
		open: () => Promise<SettingsStore>
	) {
		this.storyId = storyId;
		this.#story = story;
		this.#open = open;
	}

	questions: Question[] = $derived.by(() => {
		const story = this.#story();
		return story ? reportQuestions(story) : [];
	});
	current: HandIn[] = $derived(this.handIns.filter((h) => h.story.bankVersion === this.version));
	/** Hand-ins for an earlier (or other) version of the questions: kept, not counted. */
	otherVersions = $derived(this.handIns.length - this.current.length);
	allRecords = $derived(latestPerStudent(this.current));
	classes: string[] = $derived(
		this.allRecords
			.map((r) => r.className)
			.filter((name, i, all) => all.indexOf(name) === i)
			.sort((a, b) => a.localeCompare(b))
	);
	records = $derived(
		this.classFilter === ''
			? this.allRecords
			: this.allRecords.filter((r) => r.className === this.classFilter)
	);
	items = $derived(itemStats(this.records, this.questions));
	scores = $derived(studentScores(this.records, this.questions));
	skills = $derived(skillsAsked(this.scores));
	flagged = $derived(
		this.items.filter((i) => i.flags.negativeDiscrimination || i.flags.fewCorrect).length
	);

	/** Reads the stored hand-ins and works out the current version from the teacher's bank. */
	async load(): Promise<void> {
		try {
			const story = this.#story();
			this.version = story ? await bankVersion(versionedContent(story)) : null;
			const loaded = await loadHandIns(await this.#open(), this.storyId);
			this.handIns = loaded.handIns;
			this.unreadable = loaded.unreadable;
			this.status = 'ready';
		} catch (error) {
			this.error = `The class results could not be read: ${messageOf(error)}`;
			this.status = 'error';
		}
	}

	async #merge(incoming: HandIn[], refused: Refusal[], skipped: string[]): Promise<void> {
		if (this.version === null) return;
		const merged = mergeHandIns(this.handIns, incoming, {
			storyId: this.storyId,
			bankVersion: this.version
		});
		if (merged.added.length) {
			// One write of the whole record: it lands completely or, on failure, not at all.
			await saveHandIns(await this.#open(), this.storyId, merged.handIns);
			this.handIns = merged.handIns;
		}
		this.lastImport = {
			added: merged.added.map(who),
			duplicates: merged.duplicates.length,
			otherStory: merged.otherStory.map((h) => `${who(h)}: “${h.story.title}”`),
			otherVersion: merged.otherVersion.map(who),
			refused,
			skipped
		};
	}

	async importFiles(files: SubmissionFile[]): Promise<void> {
		this.busy = true;
		this.error = null;
		try {
			const { readSubmissions } = await import('$lib/classroom/submissions');
			const read = await readSubmissions(files);
			await this.#merge(
				read.handIns.map((h) => h.handIn),
				read.refused,
				read.skipped
			);
		} catch (error) {
			this.error = `Nothing was imported: ${messageOf(error)}`;
		} finally {
			this.busy = false;
		}
	}

	/** A scanned QR code's text. Returns a short message for the scanner to announce. */
	async importQrText(text: string): Promise<string> {
		const read = readHandInQr(text);
		if (!read.ok) {
			this.lastImport = {
				added: [],
				duplicates: 0,
				otherStory: [],
				otherVersion: [],
				refused: [{ name: 'QR code', reason: read.message }],
				skipped: []
			};
			return `Not added: ${read.message}.`;
		}
		try {
			await this.#merge([read.handIn], [], []);
		} catch (error) {
			this.error = `The scanned hand-in was not saved: ${messageOf(error)}`;
			return 'Not saved.';
		}
		const summary = this.lastImport!;
		if (summary.added.length) return `Added ${summary.added[0]}.`;
		if (summary.duplicates) return `${who(read.handIn)} was already added.`;
		return `Not added: ${who(read.handIn)}’s hand-in is for another story or version.`;
	}

	async removeStudent(key: string): Promise<void> {
		const before = this.handIns;
		const after = withoutStudent(before, key);
		const name = before.find((h) => studentKey(h) === key);
		try {
			await saveHandIns(await this.#open(), this.storyId, after);
			this.handIns = after;
			this.undo = { message: `Removed ${name ? who(name) : 'the student'}.`, handIns: before };
		} catch (error) {
			this.error = `Nothing was removed: ${messageOf(error)}`;
		}
	}

	async undoRemove(): Promise<void> {
		const undo = this.undo;
		if (!undo) return;
		try {
			await saveHandIns(await this.#open(), this.storyId, undo.handIns);
			this.handIns = undo.handIns;
			this.undo = null;
		} catch (error) {
			this.error = `The undo failed: ${messageOf(error)}`;
		}
	}

	gradesCsv(title: string): { filename: string; text: string } {
		return {
			filename: gradesFileName(title, this.classFilter),
			text: gradesCsv(this.scores, this.skills)
		};
	}
}
