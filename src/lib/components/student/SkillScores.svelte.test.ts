import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SkillScores from './SkillScores.svelte';

describe('SkillScores', () => {
	it('has one row per skill asked, with counts, points and the percentage as text', () => {
		render(SkillScores, {
			score: {
				asked: 5,
				answered: 5,
				credit: 3.5,
				percent: 70,
				bySkill: {
					fact: { asked: 3, credit: 2.5, percent: 83 },
					source: { asked: 2, credit: 1, percent: 50 }
				}
			}
		});
		const table = screen.getByRole('table', { name: 'Score by skill' });
		const rows = within(table).getAllByRole('row').slice(1);
		expect(rows).toHaveLength(2);
		expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Facts');
		expect(rows[0]).toHaveTextContent(/3\s*2\.5\s*83%/);
		expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Sources');
		expect(rows[1]).toHaveTextContent(/2\s*1\s*50%/);
	});
});
