/**
 * The lead's overdue list, by member: one line for a single overdue assignment, and a line that
 * opens onto the assignments for a member with several.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OverdueItem } from '../../domain/group/group-dashboard';
import { OverdueList } from './overdue-list';

const item = (member: string, title: string, daysLate: number, reported: boolean): OverdueItem => ({
  member,
  assignmentId: `a-${title}`,
  title,
  dueDate: '2026-03-01',
  daysLate,
  done: reported ? 4 : 0,
  total: 20,
  reported,
});

describe('OverdueList', () => {
  it('lists members, most overdue first; a member with several assignments opens onto them from the keyboard', async () => {
    render(
      <OverdueList
        items={[item('Member 10', 'Domain 1', 30, false), item('Member 4', 'Domain 2', 16, true), item('Member 10', 'Domain 2', 16, false)]}
      />,
    );
    const lines = [...screen.getByRole('region', { name: 'Overdue' }).querySelector('ul')!.children];
    expect(lines).toHaveLength(2);
    expect(lines[0]!.querySelector('summary')!.textContent).toBe(
      'Member 10: 2 assignments overdue, the oldest 30 days late — no report yet',
    );
    expect(lines[1]!.textContent).toMatch(/^Member 4: Domain 2 — 4 of 20 done, due .+ \(16 days late\)$/);
    const details = lines[0]!.querySelector('details')!;
    expect(details.open).toBe(false);

    // A summary is keyboard-focusable (the browser opens it with Enter or Space; jsdom only by click).
    await userEvent.tab();
    expect(document.activeElement).toBe(details.querySelector('summary'));
    await userEvent.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(' — ')[0]),
    ).toEqual(['Domain 1', 'Domain 2']);
  });

  it('says when nothing is overdue', () => {
    render(<OverdueList items={[]} />);
    expect(screen.getByText('Nothing is overdue.')).toBeTruthy();
  });
});
