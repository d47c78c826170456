import { describe, expect, it } from 'vitest';
import { accuracyEvidence, chooseMockExam, coverageEvidence, type MockExamRecord, type RecallEvidence } from './readiness-evidence';
import { domainVerdict, overallVerdict, type DomainEvidence, type OverallEvidence } from './readiness-verdict';

const now = new Date('2026-06-30T12:00:00Z');

const recall = (mean: number, cards: number): RecallEvidence => ({ mean, cards, low: mean - 0.03, high: mean + 0.03 });

function domain(over: Partial<DomainEvidence> & { acc?: [number, number]; cov?: [number, number] } = {}): DomainEvidence {
  const [correct, answered] = over.acc ?? [34, 40];
  const [touched, total] = over.cov ?? [6, 6];
  return {
    accuracy: accuracyEvidence(correct, answered),
    coverage: coverageEvidence(touched, total, 30, 60),
    recall: over.recall ?? recall(0.9, 30),
    exam: over.exam ?? null,
  };
}

describe('domainVerdict', () => {
  it('says "not enough data yet" under 10 recent answers, listing what is missing', () => {
    expect(domainVerdict(domain({ acc: [9, 9] }))).toEqual({
      verdict: 'not-enough-data',
      reasons: ['9 answers in the last 30 days; at least 10 needed.'],
    });
    expect(domainVerdict(domain({ acc: [10, 10] })).verdict).not.toBe('not-enough-data');
  });

  it('says "not enough data yet" with fewer than half the objectives touched', () => {
    expect(domainVerdict(domain({ cov: [5, 12], acc: [1, 1] }))).toEqual({
      verdict: 'not-enough-data',
      reasons: ['1 answer in the last 30 days; at least 10 needed.', '5 of 12 objectives touched; at least 6 needed.'],
    });
    expect(domainVerdict(domain({ cov: [6, 12] })).verdict).toBe('likely-ready');
    expect(domainVerdict(domain({ cov: [1, 3] })).verdict).toBe('not-enough-data'); // 2 of 3 needed
    expect(domainVerdict(domain({ cov: [2, 3] })).verdict).toBe('likely-ready');
  });

  it('says "not yet" when accuracy is wholly under 70%', () => {
    expect(domainVerdict(domain({ acc: [31, 60] }))).toEqual({
      verdict: 'not-yet',
      reasons: ['Accuracy 52% (39–64%) over 60 answers: wholly below the 70% bar.'],
    });
  });

  it('says "not yet" when the mock exam put the domain below proficiency on enough items, and ignores too few', () => {
    const below = { label: 'below' as const, items: 12, counted: true };
    expect(domainVerdict(domain({ exam: below }))).toEqual({
      verdict: 'not-yet',
      reasons: ['Below proficiency in your latest mock exam (12 scored items).'],
    });
    expect(domainVerdict(domain({ exam: { label: 'below', items: 3, counted: false } })).verdict).toBe('likely-ready');
  });

  it('says "likely ready" only when all counted evidence is above', () => {
    expect(domainVerdict(domain({ exam: { label: 'above', items: 14, counted: true } }))).toEqual({
      verdict: 'likely-ready',
      reasons: [
        'Accuracy 85% (71–93%) over 40 answers: wholly at or above the 70% bar.',
        'Above proficiency in your latest mock exam (14 scored items).',
      ],
    });
  });

  it('says "borderline" when accuracy straddles the bar, the exam says near, or recall has slipped', () => {
    expect(domainVerdict(domain({ acc: [40, 50] }))).toEqual({
      verdict: 'borderline',
      reasons: ['Accuracy 80% (67–89%) over 50 answers: the interval includes the 70% bar.'],
    });
    expect(domainVerdict(domain({ exam: { label: 'near', items: 12, counted: true } })).reasons).toEqual([
      'Near proficiency in your latest mock exam (12 scored items).',
    ]);
    expect(domainVerdict(domain({ recall: recall(0.72, 40) }))).toEqual({
      verdict: 'borderline',
      reasons: ['Recall has slipped to 72% (69–75%) over 40 cards.'],
    });
    // Recall on fewer than 10 cards does not count.
    expect(domainVerdict(domain({ recall: recall(0.5, 9) })).verdict).toBe('likely-ready');
  });
});

const full = (theta: number, se: number, over: Partial<MockExamRecord> = {}) =>
  chooseMockExam(
    [
      {
        id: 'e',
        exam: 'cissp',
        variant: 'cat',
        finishedAt: new Date('2026-06-18T12:00:00Z'),
        theta,
        se,
        cutTheta: 0,
        scoredItems: 100,
        domains: [],
        ...over,
      },
    ],
    'cissp',
    now,
  );

function overall(over: Partial<OverallEvidence> & { acc?: [number, number]; cov?: [number, number] } = {}): OverallEvidence {
  const [correct, answered] = over.acc ?? [160, 200];
  const [touched, total] = over.cov ?? [50, 57];
  return {
    examName: 'CISSP',
    accuracy: accuracyEvidence(correct, answered),
    coverage: coverageEvidence(touched, total, 300, 430),
    recall: over.recall === undefined ? recall(0.9, 300) : over.recall,
    exam: over.exam === undefined ? full(0.6, 0.2) : over.exam,
  };
}

describe('overallVerdict', () => {
  it('says "likely ready" with a full exam wholly above the cut and the minimums met', () => {
    expect(overallVerdict(overall())).toEqual({
      verdict: 'likely-ready',
      reasons: [
        'Your latest full CAT exam (12 days ago) scored 760, 95% interval 720–799: wholly above the 700 passing line.',
        '50 of 57 objectives touched; accuracy 80% (74–85%) over 200 answers in the last 30 days.',
      ],
    });
  });

  it('lists every missing minimum as "not enough data yet"', () => {
    expect(overallVerdict(overall({ acc: [20, 29], cov: [28, 57], exam: null }))).toEqual({
      verdict: 'not-enough-data',
      reasons: [
        '29 answers in the last 30 days; at least 30 needed.',
        '28 of 57 objectives touched; at least 29 (half) needed.',
        'No CISSP mock exam finished in the last 60 days.',
      ],
    });
    expect(overallVerdict(overall({ acc: [20, 30], cov: [29, 57] })).verdict).not.toBe('not-enough-data');
  });

  it('needs a mock exam even when everything else is strong', () => {
    expect(overallVerdict(overall({ exam: null }))).toEqual({
      verdict: 'not-enough-data',
      label: 'No recent mock exam',
      reasons: [
        'No CISSP mock exam finished in the last 60 days: take one to get an overall verdict. Your answers and coverage are already enough.',
      ],
    });
  });

  it('says "not yet" when the exam interval is wholly below the cut, short exam or full', () => {
    expect(overallVerdict(overall({ exam: full(-0.8, 0.3) }))).toEqual({
      verdict: 'not-yet',
      reasons: ['Your latest full CAT exam (12 days ago) scored 620, 95% interval 561–678: wholly below the 700 passing line.'],
    });
    expect(overallVerdict(overall({ exam: full(-1.2, 0.4, { variant: 'short' }) })).verdict).toBe('not-yet');
  });

  it('is only "borderline" when the interval includes the cut', () => {
    expect(overallVerdict(overall({ exam: full(0.2, 0.2) }))).toEqual({
      verdict: 'borderline',
      reasons: ['Your latest full CAT exam (12 days ago) scored 720, 95% interval 680–759: the interval includes the 700 passing line.'],
    });
  });

  it('never says "likely ready" from a short practice exam, however high', () => {
    expect(overallVerdict(overall({ exam: full(1.5, 0.35, { variant: 'short' }) }))).toEqual({
      verdict: 'borderline',
      reasons: [
        'Your latest 25-item practice exam (12 days ago) scored 850, 95% interval 781–918. Only a full-length mock exam can show “likely ready”.',
      ],
    });
  });

  it('holds "likely ready" back for coverage under 80%, accuracy wholly under 70%, or slipped recall', () => {
    expect(overallVerdict(overall({ cov: [45, 57], acc: [100, 200], recall: recall(0.75, 300) }))).toEqual({
      verdict: 'borderline',
      reasons: [
        '45 of 57 objectives touched; “likely ready” needs 46 (80%).',
        'Accuracy 50% (43–57%) over 200 answers in the last 30 days: wholly below the 70% bar.',
        'Recall has slipped to 75% (72–78%) over 300 cards.',
      ],
    });
    expect(overallVerdict(overall({ cov: [46, 57], acc: [130, 200] })).verdict).toBe('likely-ready'); // 65% straddles: not a block
  });
});
