/**
 * Test data, made in one place. One factory per entity: makeArticle, makeQuestion (one default
 * per kind), makeStory (a StoryBundle, as the app holds a story), makeBankFile (stories as a
 * multi-story bank file, for format and backup tests), makeAttempt, makeProgress and
 * makeLegacyPinRecord, plus span(article, text) for evidence. Each default belongs to one small
 * invented story (two outlets on a bridge reopening, see article.ts); a test passes the details
 * its assertions depend on as overrides.
 */
export * from './article';
export * from './question';
export * from './story';
export * from './progress';
export * from './span';
export * from './pin';
export * from './stories/student-story';
export * from './stories/teacher-story';
export * from './stories/class-story';
export * from './stories/bank-file';
export * from './stories/protest-story';
export * from './stories/arrest-story';
export * from './stories/campaign-story';
export * from './stories/stored-story';
