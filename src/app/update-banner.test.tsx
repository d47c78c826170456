import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from './update-banner';

describe('update banner', () => {
  it('offers the reload by keyboard when nothing is in progress', async () => {
    const onReload = vi.fn();
    render(<UpdateBanner inProgress={[]} onReload={onReload} onLater={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Update available.');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Reload to update' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('never offers the reload while a session or an exam is in progress, and says what to finish', () => {
    const onReload = vi.fn();
    render(<UpdateBanner inProgress={['exam', 'practice']} onReload={onReload} onLater={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('once your exam and your practice session are finished or ended');
    expect(screen.getByRole('button', { name: 'Later' })).toBeInTheDocument();
  });
});
