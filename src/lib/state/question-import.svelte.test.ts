import { describe, expect, it } from 'vitest';
import { newStoryInfo } from '$lib/bank/ops/edit';
import { newStory } from '$lib/bank/ops/articles';
import { createMemoryStore } from '$lib/storage';
import { QuestionImportSession } from './question-import.svelte';
import { StorageManager } from './storage-manager.svelte';
import { TeacherWorkspace } from './teach.svelte';

const TEXT = [
	'The ferry Larkspur ran aground on Saturday near Pier 7.',
	'Forty passengers were rescued by the coast guard.'
].join('\n\n');
const article = {
	title: 'Ferry runs aground',
	outlet: 'Harbor Gazette',
	date: '2024-09-14',
	text: TEXT
};
/** One question whose answer an article sentence holds, one whose answer none does. */
const GIFT = [
	'::P1::Where did the ferry run aground? {=Pier 7 ~Pier 9}',
	'::P2::What kind of boat ran aground? {=a passenger ferry ~a tanker}'
].join('\n\n');
/** jsdom's File has no arrayBuffer(); the session needs only these three members. */
const giftFile = () => {
	const bytes = new TextEncoder().encode(GIFT);
	return {
		name: 'ferry.gift',
		size: bytes.length,
		arrayBuffer: async () => bytes.buffer
	} as unknown as File;
};

async function setup() {
	const store = createMemoryStore('test');
	const ws = new TeacherWorkspace(new StorageManager(async () => store));
	await ws.load();
	const session = new QuestionImportSession(ws);
	const draft = newStory(newStoryInfo('Larkspur ferry'), [article]);
	return { store, ws, session, draft };
}

describe('QuestionImportSession into a new story', () => {
	it('previews against the new story’s articles and stores story and questions in one write on confirm', async () => {
		const { store, ws, session, draft } = await setup();
		await session.useNewStory(draft);
		await session.add([giftFile()]);
		const preview = session.entries[0]!.preview;
		if (preview.kind !== 'questions') throw new Error(preview.kind);
		expect(preview.arriving.map((a) => a.question.prompt)).toEqual([
			'Where did the ferry run aground?'
		]);
		expect(preview.needsEvidence).toHaveLength(1);
		// Nothing stored while previewing.
		expect(await store.listStories()).toEqual([]);

		const [articleInStory] = session.targetArticles;
		expect(articleInStory!.id).toBe(draft.articles[0]!.id);
		const start = TEXT.indexOf('The ferry Larkspur');
		session.pickEvidence(session.entries[0]!.key, 0, [
			{ articleId: articleInStory!.id, start, end: TEXT.indexOf('.', start) + 1 }
		]);
		expect(session.questionCount).toBe(2);

		const outcome = await session.confirm();
		expect(outcome).toEqual({
			ok: true,
			message:
				'Created the story “Larkspur ferry” with 1 article and 2 questions as drafts to review.'
		});
		const [stored] = await store.listStories();
		expect(stored!.story.title).toBe('Larkspur ferry');
		expect(stored!.articles).toEqual(draft.articles);
		expect(stored!.questions.map((q) => [q.prompt, q.storyId, q.evidence[0]!.articleId])).toEqual([
			['Where did the ferry run aground?', draft.story.id, articleInStory!.id],
			['What kind of boat ran aground?', draft.story.id, articleInStory!.id]
		]);
		expect(ws.stories.map((s) => s.story.title)).toEqual(['Larkspur ferry']);
		expect(session.newStory).toBeNull();
		expect(session.entries).toEqual([]);
	});

	it('Cancel forgets the new story and the files; nothing is stored', async () => {
		const { store, session, draft } = await setup();
		await session.useNewStory(draft);
		await session.add([giftFile()]);
		session.cancel();
		expect(session.newStory).toBeNull();
		expect(session.targetId).toBe('');
		expect(session.entries).toEqual([]);
		expect(await store.listStories()).toEqual([]);
	});

	it('without a story the files are refused with the reason; leaving the new story clears picked evidence', async () => {
		const { session, draft } = await setup();
		await session.add([giftFile()]);
		expect(session.entries[0]!.preview).toMatchObject({ kind: 'refused' });
		await session.useNewStory(draft);
		expect(session.entries[0]!.preview.kind).toBe('questions');
		session.pickEvidence(session.entries[0]!.key, 0, [
			{ articleId: draft.articles[0]!.id, start: 0, end: 10 }
		]);
		await session.useNewStory(null);
		expect(session.picked).toEqual({});
		expect(session.entries[0]!.preview).toMatchObject({ kind: 'refused' });
	});

	it('a new story with no usable question is not created', async () => {
		const { store, session, draft } = await setup();
		await session.useNewStory(draft);
		const outcome = await session.confirm();
		expect(outcome.ok).toBe(false);
		expect(outcome.message).toBe(
			'No question is ready to go into “Larkspur ferry”, so it was not created.'
		);
		expect(await store.listStories()).toEqual([]);
	});
});
