import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import UndoToast from './UndoToast.svelte';

describe('UndoToast', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('offers Undo, then dismisses itself after its duration', async () => {
		const onundo = vi.fn();
		const ondismiss = vi.fn();
		render(UndoToast, { message: 'Progress reset.', duration: 10_000, onundo, ondismiss });
		expect(screen.getByRole('status')).toHaveTextContent('Progress reset.');
		await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
		expect(onundo).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(9_999);
		expect(ondismiss).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(ondismiss).toHaveBeenCalledTimes(1);
	});

	it('waits while it has keyboard focus', async () => {
		const ondismiss = vi.fn();
		render(UndoToast, { message: 'Progress reset.', duration: 1_000, onundo: vi.fn(), ondismiss });
		await fireEvent.focusIn(screen.getByRole('button', { name: 'Undo' }));
		vi.advanceTimersByTime(5_000);
		expect(ondismiss).not.toHaveBeenCalled();
		await fireEvent.focusOut(screen.getByRole('button', { name: 'Undo' }));
		vi.advanceTimersByTime(1_000);
		expect(ondismiss).toHaveBeenCalledTimes(1);
	});
});
