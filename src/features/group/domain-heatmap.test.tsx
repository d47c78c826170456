/**
 * The dashboard's wide tables on a phone: the title stays outside the region that scrolls sideways
 * (a caption inside it was cut off with the columns), and the region says that it scrolls.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../../tests/fixtures/group-documents';
import { buildDashboard, planReportImport, type LeadAssignmentInfo, type StoredResult } from '../../domain/group/group-dashboard';
import { CompletionMatrix } from './completion-matrix';
import { DomainHeatmap } from './domain-heatmap';

const assignments: LeadAssignmentInfo[] = [
  { id: 'a-week-3', title: 'Week 3: identity and access', exam: 'cissp', dueDate: '2026-03-15', total: 8, targetAccuracy: 80 },
];
const now = new Date('2026-03-12T09:00:00Z');
const byDomain = Array.from({ length: 8 }, (_, i) => ({ domain: i + 1, done: 1, correct: i % 2 }));
const report = sampleReport({ assignments: [{ ...sampleReport().assignments[0]!, done: 8, correct: 4, total: 8, byDomain }] });
const plan = planReportImport(report, { id: 'g-ml-platform', name: 'ML platform' }, assignments, [], now);
const dashboard = buildDashboard({ members: ['Ana Lima'], assignments, results: plan.ok ? plan.value.writes : [], now });

describe('the dashboard tables', () => {
  it('keeps the heatmap title and its scroll hint outside the region, which says it scrolls sideways', () => {
    render(<DomainHeatmap dashboard={dashboard} />);
    const region = screen.getByRole('region', { name: 'Accuracy by member and domain (scrolls sideways)' });
    const title = screen.getByRole('heading', { name: 'Accuracy by member and domain' });
    expect(region).not.toContainElement(title);
    expect(screen.getByText(/swipe the table sideways \(or focus it and use the arrow keys\) to see every domain/)).not.toBeNull();
    expect(region).toHaveAttribute('tabindex', '0');
    // The table keeps its full name for screen readers, and all eight domains.
    const table = within(region).getByRole('table', { name: 'Accuracy by member and domain (right the first time, of questions done)' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(9);
  });

  it('keeps the completion table title outside its region too', () => {
    render(<CompletionMatrix dashboard={dashboard} />);
    const region = screen.getByRole('region', { name: 'Completion by member and assignment (scrolls sideways)' });
    expect(region).not.toContainElement(screen.getByRole('heading', { name: 'Completion by member and assignment' }));
    expect(within(region).getByRole('table', { name: 'Completion by member and assignment' })).not.toBeNull();
  });

  it('shades a cell done below the target apart from one done at it, and says so in words', () => {
    const week3 = sampleReport().assignments[0]!;
    const result = (member: string, correct: number): StoredResult => ({
      assignmentId: 'a-week-3',
      member,
      memberKey: member.toLowerCase(),
      reportId: `r-${member}`,
      generatedAt: '2026-03-10T18:00:00.000Z',
      result: { ...week3, total: 8, done: 8, correct, missing: 0 },
    });
    // Target 80%: Ana has 8 of 8 right, Ben 3 of 8 (38%), Cy 7 of 8 (88%).
    const d = buildDashboard({
      members: ['Ana', 'Ben', 'Cy'],
      assignments,
      results: [result('Ana', 8), result('Ben', 3), result('Cy', 7)],
      now,
    });
    render(<CompletionMatrix dashboard={d} />);
    const cell = (member: string) => within(screen.getByRole('row', { name: new RegExp(`^${member}`) })).getByRole('cell');
    expect(cell('Ana')).toHaveClass('status-done');
    expect(cell('Ana')).toHaveTextContent(/^8\/8 · 100%done$/);
    expect(cell('Ben')).toHaveClass('status-done-below');
    expect(cell('Ben')).not.toHaveClass('status-done');
    expect(cell('Ben')).toHaveTextContent(/^8\/8 · 38%done, below target$/);
    expect(cell('Cy')).toHaveClass('status-done');
    expect(screen.getByText(/^Shading: done at the target or above, done below the target, overdue\./)).not.toBeNull();
  });

  it("opens with a row of each assignment's totals, and keeps the headers and the member column in view", () => {
    const week3 = sampleReport().assignments[0]!;
    const result = (member: string, done: number, correct: number): StoredResult => ({
      assignmentId: 'a-week-3',
      member,
      memberKey: member.toLowerCase(),
      reportId: `r-${member}`,
      generatedAt: '2026-03-10T18:00:00.000Z',
      result: { ...week3, total: 8, done, correct, missing: 0 },
    });
    const results = [result('Ana', 8, 8), result('Ben', 8, 3), result('Cy', 4, 3)];
    const d = buildDashboard({ members: ['Ana', 'Ben', 'Cy', 'Dee'], assignments, results, now });
    render(<CompletionMatrix dashboard={d} />);
    const table = screen.getByRole('table', { name: 'Completion by member and assignment' });
    const [header, totals, ...members] = within(table).getAllByRole('row');
    expect(members).toHaveLength(4);
    // A row of its own, named by its row header, read with each assignment's column header.
    expect(within(totals!).getByRole('rowheader')).toHaveTextContent('All members');
    expect(within(totals!).getByRole('cell')).toHaveTextContent(/^2 of 4 done \(1 below target\)0 overdue · 1 no reportmedian 75%$/);
    // Sticky: the header row at the top, the member names at the left, the corner over both; the
    // region scrolls both ways inside a bounded height, so the page's scrolling cannot carry them off.
    const corner = within(header!).getByRole('columnheader', { name: 'Member' });
    expect(corner).toHaveStyle({ position: 'sticky', top: '0px', left: '0px' });
    expect(within(header!).getByRole('columnheader', { name: /^Week 3/ })).toHaveStyle({ position: 'sticky', top: '0px' });
    for (const row of [totals!, ...members]) expect(within(row).getByRole('rowheader')).toHaveStyle({ position: 'sticky', left: '0px' });
    expect(screen.getByRole('region', { name: /^Completion by member and assignment/ })).toHaveStyle({ maxHeight: '70vh' });
  });
});
