import { describe, expect, it } from 'vitest';
import { accuracyEvidence, coverageEvidence } from './readiness-evidence';
import { rankImprovements, topImprovements, type DomainForImprovement, type Improvement } from './readiness-improvements';
import { domainVerdict, type OverallEvidence } from './readiness-verdict';

function domain(number: number, weight: number, correct: number, answered: number): DomainForImprovement {
  const evidence = {
    accuracy: accuracyEvidence(correct, answered),
    coverage: coverageEvidence(4, 4, 20, 40),
    recall: null,
    exam: null,
  };
  return { domain: number, weight, untouchedObjectives: [], evidence, verdict: domainVerdict(evidence) };
}

const overall = (answered: number): OverallEvidence => ({
  examName: 'CISSP',
  accuracy: accuracyEvidence(Math.round(answered * 0.6), answered),
  coverage: coverageEvidence(40, 62, 200, 430),
  recall: null,
  exam: null,
});

describe('rankImprovements', () => {
  it('orders by tier, then weight × gap, then domain number', () => {
    const ranked = rankImprovements({
      exam: 'cissp',
      overall: overall(120),
      domains: [
        domain(1, 0.16, 33, 60), // 55%: gap 15 × 16% = 2.4
        domain(2, 0.1, 24, 60), // 40%: gap 30 × 10% = 3.0
        domain(3, 0.13, 33, 60), // 55%: gap 15 × 13% = 1.95
        domain(4, 0.13, 33, 60), // same as domain 3: the lower number first
        domain(5, 0.13, 4, 5), // too few answers: a later tier despite the weight
      ],
    });
    expect(ranked.map((i) => [i.kind, i.domain])).toEqual([
      ['take-exam', null],
      ['weak-domain', 2],
      ['weak-domain', 1],
      ['weak-domain', 3],
      ['weak-domain', 4],
      ['thin-domain', 5],
    ]);
    expect(ranked[1]!.score).toBeCloseTo(0.03, 10);
  });

  it('asks for more answers before anything else below 30', () => {
    const ranked = rankImprovements({ exam: 'cissp', overall: overall(29), domains: [] });
    expect(ranked.map((i) => i.text)).toEqual([
      'Answer 1 more CISSP question: 29 in the last 30 days, and a verdict needs 30.',
      'Take a full CISSP mock exam — you have none in the last 60 days.',
    ]);
  });
});

describe('topImprovements', () => {
  const step = (kind: Improvement['kind'], href: string): Improvement => ({
    kind,
    domain: null,
    score: 1,
    text: kind,
    action: { label: kind, href },
  });

  it('keeps the first two with distinct links', () => {
    const ranked = [step('more-answers', '/a'), step('cover-objectives', '/a'), step('weak-domain', '/b'), step('low-recall', '/c')];
    expect(topImprovements(ranked).map((i) => i.kind)).toEqual(['more-answers', 'weak-domain']);
    expect(topImprovements(ranked, 3).map((i) => i.kind)).toEqual(['more-answers', 'weak-domain', 'low-recall']);
    expect(topImprovements([])).toEqual([]);
  });
});
