import { describe, expect, it } from 'vitest';
import { onlyStory } from '$lib/storage/testing';
import { makeTeacherStory } from '$test-data';
import { articleIdsOf, outletsOf } from './story';

describe('derived from a story', () => {
	it('lists outlets once each, in article order, and the article order', () => {
		const story = onlyStory(makeTeacherStory());
		expect(outletsOf(story)).toEqual(['Valley Courier', 'River Post']);
		expect(articleIdsOf(story)).toEqual(['dam-a', 'dam-b']);
		const repeated = { articles: [...story.articles, { ...story.articles[0]!, id: 'dam-c' }] };
		expect(outletsOf(repeated)).toEqual(['Valley Courier', 'River Post']);
	});
});
