import { describe, expect, it } from 'vitest';
import { blueprints } from '../exam-blueprints';
import type { MockExamRecord } from './readiness-evidence';
import { readinessReport, type ReadinessDomainInput } from './readiness-report';

const now = new Date('2026-06-30T12:00:00Z');
const cissp = blueprints.cissp.domains;

/** A CISSP domain: by default well practised (85% of 40 recent answers, every objective touched, recall 90%). */
function domainInput(number: number, over: Partial<ReadinessDomainInput> = {}): ReadinessDomainInput {
  const d = cissp.find((x) => x.number === number)!;
  return {
    domain: number,
    title: d.title,
    weight: d.weight,
    objectivesTotal: d.objectives.length,
    objectivesTouched: d.objectives.length,
    untouchedObjectives: [],
    seen: 40,
    inBank: 55,
    recentAttempts: 40,
    recentCorrect: 34,
    recall: { cards: 40, sum: 36, sumOfSquares: 32.8 },
    ...over,
  };
}

const fresh = (number: number) =>
  domainInput(number, {
    objectivesTouched: 0,
    untouchedObjectives: cissp.find((x) => x.number === number)!.objectives.map((o) => o.id),
    seen: 0,
    recentAttempts: 0,
    recentCorrect: 0,
    recall: { cards: 0, sum: 0, sumOfSquares: 0 },
  });

const allDomains = (over: Record<number, Partial<ReadinessDomainInput>> = {}) => cissp.map((d) => domainInput(d.number, over[d.number]));

const exam = (over: Partial<MockExamRecord> = {}): MockExamRecord => ({
  id: 'exam-1',
  exam: 'cissp',
  variant: 'cat',
  finishedAt: new Date('2026-06-20T12:00:00Z'),
  theta: 0.8,
  se: 0.22,
  cutTheta: 0,
  scoredItems: 100,
  domains: cissp.map((d) => ({ domain: d.number, items: 12, label: 'above' as const })),
  ...over,
});

describe('readinessReport', () => {
  it('on a fresh profile says "not enough data yet" everywhere and asks for answers and a mock exam', () => {
    const report = readinessReport({ exam: 'cissp', now, domains: cissp.map((d) => fresh(d.number)), mockExams: [] });
    expect(report.examName).toBe('CISSP');
    expect(report.overall.verdict).toEqual({
      verdict: 'not-enough-data',
      reasons: [
        '0 answers in the last 30 days; at least 30 needed.',
        '0 of 62 objectives touched; at least 31 (half) needed.',
        'No CISSP mock exam finished in the last 60 days.',
      ],
    });
    expect(report.overall.exam).toBeNull();
    expect(report.overall.recall).toBeNull();
    expect(report.domains.map((d) => d.verdict.verdict)).toEqual(Array(8).fill('not-enough-data'));
    expect(report.improvements.map((i) => [i.kind, i.text, i.action])).toEqual([
      [
        'more-answers',
        'Answer 30 more CISSP questions: 0 in the last 30 days, and a verdict needs 30.',
        { label: 'Start Quick 10', href: '/practice?quick=1' },
      ],
      [
        'take-exam',
        'Take a full CISSP mock exam — you have none in the last 60 days.',
        { label: 'Set up a full CISSP mock exam', href: '/exam?exam=cissp&variant=cat' },
      ],
    ]);
  });

  it('sums the overall evidence across domains', () => {
    const report = readinessReport({ exam: 'cissp', now, domains: allDomains(), mockExams: [exam()] });
    expect(report.overall.accuracy).toMatchObject({ correct: 272, answered: 320, level: 'above' });
    expect(report.overall.coverage).toEqual({ objectivesTouched: 62, objectivesTotal: 62, seen: 320, inBank: 440, objectiveShare: 1 });
    expect(report.overall.recall?.cards).toBe(320);
    expect(report.overall.recall?.mean).toBeCloseTo(0.9, 10);
    expect(report.overall.exam).toMatchObject({ id: 'exam-1', full: true, level: 'above', scaled: { score: 780, low: 736, high: 823 } });
    expect(report.domains[2]).toMatchObject({ domain: 3, exam: { label: 'above', items: 12, counted: true } });
  });

  it('is "likely ready" with a strong full exam and strong domains, and then has nothing to add', () => {
    const report = readinessReport({ exam: 'cissp', now, domains: allDomains(), mockExams: [exam()] });
    expect(report.overall.verdict.verdict).toBe('likely-ready');
    expect(report.domains.every((d) => d.verdict.verdict === 'likely-ready')).toBe(true);
    expect(report.improvements).toEqual([]);
    expect(report.overall.caveat).toBeNull();
  });

  it('names the domains that are not likely ready beside an overall "likely ready", without changing it', () => {
    const near = cissp.map((d) => ({
      domain: d.number,
      items: 12,
      label: [2, 4].includes(d.number) ? ('near' as const) : ('above' as const),
    }));
    const report = readinessReport({
      exam: 'cissp',
      now,
      domains: allDomains({ 7: { recentAttempts: 40, recentCorrect: 20 } }),
      mockExams: [exam({ domains: near })],
    });
    expect(report.overall.verdict.verdict).toBe('likely-ready');
    expect(report.domains.filter((d) => d.verdict.verdict !== 'likely-ready').map((d) => d.domain)).toEqual([2, 4, 7]);
    expect(report.overall.caveat).toBe('but Domain 7 is not yet ready and Domains 2 and 4 are borderline on their own (3 of 8 domains).');
    // Any other overall verdict already says the learner is not there: no caveat.
    const borderline = readinessReport({ exam: 'cissp', now, domains: allDomains(), mockExams: [exam({ theta: 0.1 })] });
    expect(borderline.overall.verdict.verdict).toBe('borderline');
    expect(borderline.overall.caveat).toBeNull();
  });

  it('puts the missing full exam first once answers suffice, then the weakest domain by weight × gap', () => {
    const domains = allDomains({
      2: { recentAttempts: 60, recentCorrect: 30 }, // 50%: 10% × 20 points
      3: { recentAttempts: 60, recentCorrect: 31 }, // 52%: 13% × 18 points
      1: { recentAttempts: 60, recentCorrect: 36 }, // 60% (47–72%): borderline, a later tier
    });
    const report = readinessReport({ exam: 'cissp', now, domains, mockExams: [] });
    expect(report.overall.verdict.verdict).toBe('not-enough-data');
    expect(report.improvements.map((i) => i.text)).toEqual([
      'Take a full CISSP mock exam — you have none in the last 60 days.',
      'Domain 3 accuracy 52% (39–64%) over 60 answers: practise Domain 3.',
    ]);
    expect(report.improvements[1]!.action).toEqual({ label: 'Practise Domain 3', href: '/practice?exam=cissp&domain=3' });
  });

  it('asks for a full exam when the only recent one is the short practice exam', () => {
    const report = readinessReport({
      exam: 'cissp',
      now,
      domains: allDomains(),
      mockExams: [exam({ variant: 'short', scoredItems: 20, finishedAt: new Date('2026-06-29T09:00:00Z') })],
    });
    expect(report.overall.verdict.verdict).toBe('borderline');
    expect(report.improvements[0]!.text).toBe(
      'Take a full CISSP mock exam: your latest, yesterday, was a 25-item practice exam, too short to show readiness.',
    );
  });

  it('points to untouched objectives first while under half the outline is touched', () => {
    const touched = (n: number, number: number) => {
      const ids = cissp.find((d) => d.number === number)!.objectives.map((o) => o.id);
      return { objectivesTouched: n, untouchedObjectives: ids.slice(n) };
    };
    const domains = allDomains({
      1: touched(2, 1), // 10 of 12 untouched × 16% = 0.133
      3: touched(1, 3), // 9 of 10 × 13% = 0.117
      5: touched(1, 5), // 5 of 6 × 13% = 0.108
      7: touched(3, 7), // 12 of 15 × 13% = 0.104
      8: touched(1, 8),
    });
    const report = readinessReport({ exam: 'cissp', now, domains, mockExams: [exam()] });
    expect(report.overall.coverage.objectivesTouched).toBe(22);
    expect(report.overall.verdict.verdict).toBe('not-enough-data');
    expect(report.improvements.map((i) => [i.kind, i.text])).toEqual([
      ['cover-objectives', 'Domain 1: only 2 of 12 objectives touched — practise the 10 untouched.'],
      ['cover-objectives', 'Domain 3: only 1 of 10 objectives touched — practise the 9 untouched.'],
    ]);
    expect(report.improvements[0]!.action).toEqual({
      label: 'Practise Domain 1’s untouched objectives',
      href: '/practice?exam=cissp&objective=1.3&objective=1.4&objective=1.5&objective=1.6&objective=1.7&objective=1.8&objective=1.9&objective=1.10&objective=1.11&objective=1.12',
    });
  });

  it('after a failing full exam, leads with the weak domain and then a later retake', () => {
    const domains = allDomains({ 4: { recentAttempts: 30, recentCorrect: 12 } });
    const report = readinessReport({ exam: 'cissp', now, domains, mockExams: [exam({ theta: -0.9, se: 0.25 })] });
    expect(report.overall.verdict.verdict).toBe('not-yet');
    expect(report.improvements.map((i) => i.kind)).toEqual(['weak-domain', 'retake-exam']);
    expect(report.improvements[1]!.text).toBe(
      'After practising your weakest domains, take another full CISSP mock exam: your latest scored 610 (95% interval 561–659).',
    );
  });

  it('offers one link once: a domain that is thin on answers and weak overall gets one step', () => {
    const domains = allDomains({ 6: { recentAttempts: 4, recentCorrect: 1 }, 8: { recentAttempts: 8, recentCorrect: 8 } });
    const report = readinessReport({ exam: 'cissp', now, domains, mockExams: [exam()] });
    expect(report.domains[5]!.verdict.verdict).toBe('not-enough-data');
    expect(report.improvements.map((i) => [i.kind, i.domain])).toEqual([
      ['thin-domain', 6],
      ['thin-domain', 8],
    ]);
    expect(report.improvements[0]!.text).toBe('Domain 6: 4 answers in the last 30 days; 6 more give it a verdict.');
  });

  it('asks for reviews when overall recall has slipped', () => {
    const slipped = { cards: 40, sum: 28, sumOfSquares: 20 }; // mean 70%
    const domains = allDomains(Object.fromEntries(cissp.map((d) => [d.number, { recall: slipped }])));
    const report = readinessReport({ exam: 'cissp', now, domains, mockExams: [exam()] });
    expect(report.overall.verdict.verdict).toBe('borderline');
    expect(report.improvements[0]).toMatchObject({ kind: 'low-recall', action: { label: 'Start review', href: '/review' } });
    expect(report.improvements[0]!.text).toMatch(/^Recall has slipped to 70% \(\d+–\d+%\) over 320 cards: do your due reviews\.$/);
    expect(report.improvements[1]).toMatchObject({ kind: 'firm-up-domain', domain: 1 });
    expect(report.improvements[1]!.action.href).toBe('/practice?exam=cissp&domain=1&source=due');
  });

  it('works for CC with its five domains', () => {
    const cc = blueprints.cc.domains.map((d) => ({
      ...domainInput(1),
      domain: d.number,
      title: d.title,
      weight: d.weight,
      objectivesTotal: d.objectives.length,
      objectivesTouched: d.objectives.length,
    }));
    const report = readinessReport({
      exam: 'cc',
      now,
      domains: cc,
      mockExams: [exam(), exam({ exam: 'cc', variant: 'linear', theta: 0.1 })],
    });
    expect(report.examName).toBe('ISC2 CC');
    expect(report.overall.exam).toMatchObject({ exam: 'cc', variant: 'linear', level: 'near' });
    expect(report.overall.verdict.verdict).toBe('borderline');
    expect(report.improvements[0]!.action.href).toBe('/exam?exam=cc&variant=cat');
  });
});
