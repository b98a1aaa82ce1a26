/**
 * What storage needs only once a stored story is read or written: the bank schema and the
 * conversion between the app's stories and the one-story banks kept under each key. One module,
 * so the store loads them with one request and student pages that touch no story load neither.
 */
export { BankSchema } from '$lib/bank/schema';
export { bankFromStories, storiesFromBank, storyFromBank } from '$lib/bank/bank-stories';
