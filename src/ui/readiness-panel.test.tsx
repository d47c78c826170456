/** The readiness panel renders a computed report: verdict in words, steps as links, an accessible table. */
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { blueprints } from '../domain/exam-blueprints';
import { readinessReport, type ReadinessReport } from '../domain/readiness/readiness-report';
import { ReadinessPanel } from './readiness-panel';

const now = new Date('2026-06-30T12:00:00Z');

function report(mockExams = true): ReadinessReport {
  return readinessReport({
    exam: 'cissp',
    now,
    domains: blueprints.cissp.domains.map((d) => ({
      domain: d.number,
      title: d.title,
      weight: d.weight,
      objectivesTotal: d.objectives.length,
      objectivesTouched: d.number === 3 ? 6 : d.objectives.length,
      untouchedObjectives: d.number === 3 ? ['3.7', '3.8', '3.9', '3.10'] : [],
      seen: 40,
      inBank: 55,
      recentAttempts: 60,
      recentCorrect: d.number === 3 ? 31 : 51,
      recall: { cards: 40, sum: 36, sumOfSquares: 32.8 },
    })),
    mockExams: !mockExams
      ? []
      : [
          {
            id: 'e',
            exam: 'cissp',
            variant: 'cat',
            finishedAt: new Date('2026-06-20T12:00:00Z'),
            theta: 0.3,
            se: 0.2,
            cutTheta: 0,
            scoredItems: 100,
            domains: blueprints.cissp.domains.map((d) => ({
              domain: d.number,
              items: 12,
              label: d.number === 3 ? ('below' as const) : ('near' as const),
            })),
          },
        ],
  });
}

function renderPanel(mode: 'compact' | 'full', value: ReadinessReport | undefined) {
  const router = createMemoryRouter([{ path: '/', element: <ReadinessPanel report={value} mode={mode} /> }]);
  return render(<RouterProvider router={router} />);
}

describe('ReadinessPanel', () => {
  it('tells a CC learner that the bank follows the outline ISC2 replaced on 1 September 2026; CISSP has no such note', () => {
    const cc = readinessReport({
      exam: 'cc',
      now: new Date('2026-11-23T12:00:00Z'),
      domains: blueprints.cc.domains.map((d) => ({
        domain: d.number,
        title: d.title,
        weight: d.weight,
        objectivesTotal: d.objectives.length,
        objectivesTouched: 0,
        untouchedObjectives: [],
        seen: 0,
        inBank: 50,
        recentAttempts: 0,
        recentCorrect: 0,
        recall: { cards: 0, sum: 0, sumOfSquares: 0 },
      })),
      mockExams: [],
    });
    const { unmount } = renderPanel('compact', cc);
    expect(screen.getByRole('note')).toHaveTextContent(
      /^Outline change\. ISC2 put a new CC exam outline into effect on 1 September 2026\./,
    );
    unmount();
    renderPanel('full', report());
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('on Today shows the verdict, why, and the steps as links, without the table', () => {
    renderPanel('compact', report());
    const panel = screen.getByRole('region', { name: 'Readiness for CISSP' });
    expect(within(panel).getByText('Borderline')).toBeInTheDocument();
    expect(within(panel).getByText(/scored 730, 95% interval 690–769: the interval includes the 700 passing line/)).toBeInTheDocument();
    const links = within(panel).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Practise Domain 3', '/practice?exam=cissp&domain=3'],
      ['Practise Domain 1', '/practice?exam=cissp&domain=1'],
      ['See the evidence per domain on Progress', '/progress'],
    ]);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('on Progress adds the evidence table with a caption and row and column headers', () => {
    renderPanel('full', report());
    const table = screen.getByRole('table', { name: /^CISSP readiness: the evidence per domain/ });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(6);
    const rows = within(table).getAllByRole('rowheader');
    expect(rows).toHaveLength(9);
    expect(rows[0]).toHaveTextContent('All domains');
    const d3 = within(table).getByRole('row', { name: /^D3 Security Architecture and Engineering/ });
    expect(within(d3).getByText('Not yet')).toBeInTheDocument();
    expect(within(d3).getByText('Accuracy 52% (39–64%) over 60 answers: wholly below the 70% bar.')).toBeInTheDocument();
    expect(within(d3).getByText('Below')).toBeInTheDocument();
    const overall = within(table).getByRole('row', { name: /^All domains/ });
    expect(overall).toHaveTextContent('730 (690–769)');
    expect(overall).toHaveTextContent('full CAT exam, 10 days ago');
    expect(screen.getByRole('heading', { name: 'What it does not mean' })).toBeInTheDocument();
    expect(screen.getByText('How the verdict is decided')).toBeInTheDocument();
  });

  it('with plenty of answers but no recent mock exam, names that gap instead of "not enough data"', () => {
    renderPanel('full', report(false));
    const panel = screen.getByRole('region', { name: 'Readiness for CISSP' });
    expect(within(panel).getByText('Overall:').textContent).toBe('Overall: No recent mock exam');
    expect(
      within(panel).getByText(/No CISSP mock exam finished in the last 60 days: take one to get an overall verdict/),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^CISSP readiness/ });
    expect(within(within(table).getAllByRole('row')[1]!).getByText('No recent mock exam')).toBeInTheDocument();
  });

  it('says it is working while the report loads', () => {
    renderPanel('compact', undefined);
    expect(screen.getByText('Working out your readiness…')).toBeInTheDocument();
  });
});
