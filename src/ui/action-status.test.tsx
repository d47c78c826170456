/**
 * Saying the same thing twice is still news: the second "Deleted …" of two deletions in a row takes
 * focus again and is a fresh text for a screen reader to read out.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActionStatus, useActionStatus } from './action-status';

function Deleter() {
  const [status, say] = useActionStatus();
  return (
    <>
      <button type="button" onClick={() => say('Deleted “Week 1”.', true)}>
        Delete
      </button>
      <button type="button" onClick={() => say('')}>
        Clear
      </button>
      <ActionStatus {...status} />
    </>
  );
}

describe('ActionStatus with useActionStatus', () => {
  it('moves focus to the words again, and renews them, when the same message is said twice', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Deleter />);
    const status = screen.getByRole('status');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(status).toHaveFocus());
    expect(status).toHaveTextContent('Deleted “Week 1”.');
    const firstText = status.firstChild;

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveFocus();
    await waitFor(() => expect(status).toHaveFocus());
    expect(status).toHaveTextContent('Deleted “Week 1”.');
    expect(status.firstChild).not.toBe(firstText);
  });

  it('leaves focus where it is when nothing is said', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Deleter />);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(screen.getByRole('button', { name: 'Clear' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
