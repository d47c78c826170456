import { describe, expect, it } from 'vitest';
import { makePack, makeQuestion } from '../../../tests/fixtures/questions';
import { quickSessionKeys } from '../study/practice-selection';
import { seededRng } from '../study/random';
import { domainIn } from './question-filter';
import { STARTER_PER_DOMAIN, starterSet } from './starter-set';

// Ten CISSP questions per domain (some also CC) and ten CC-only ones per CC domain.
const cissp = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((domain) =>
  Array.from({ length: 10 }, (_, i) =>
    makeQuestion({
      id: `d${domain}-q-${String(i).padStart(3, '0')}`,
      domain,
      objective: `${domain}.1`,
      ...(i === 0 ? { exams: ['cissp', 'cc'] as const, ccDomain: 1, ccObjective: '1.1' } : {}),
    }),
  ),
);
const cc = [1, 2, 3, 4, 5].flatMap((ccDomain) =>
  Array.from({ length: 10 }, (_, i) =>
    makeQuestion({
      id: `cc${ccDomain}-q-${String(i).padStart(3, '0')}`,
      exams: ['cc'],
      domain: undefined,
      objective: undefined,
      ccDomain,
      ccObjective: `${ccDomain}.1`,
    }),
  ),
);
const packs = [makePack('core-cissp', cissp), makePack('core-cc', cc)];

describe('starterSet', () => {
  it('takes the same few questions of every domain of both exams, as the bank stores them', () => {
    const set = starterSet(packs);
    for (const exam of ['cissp', 'cc'] as const)
      for (const domain of exam === 'cissp' ? [1, 2, 3, 4, 5, 6, 7, 8] : [1, 2, 3, 4, 5])
        expect(set.filter((q) => domainIn(exam, q) === domain).length).toBeGreaterThanOrEqual(STARTER_PER_DOMAIN[exam]);
    const original = new Map([...cissp, ...cc].map((q) => [q.id, q]));
    for (const record of set) {
      expect(record).toEqual({
        ...original.get(record.id),
        key: record.id,
        packId: record.id.startsWith('cc') ? 'core-cc' : 'core-cissp',
        retired: 0,
      });
    }
    expect(set.map((q) => q.key)).toEqual([...set.map((q) => q.key)].sort());
    expect(starterSet([...packs].reverse())).toEqual(set); // the order of the packs does not matter
  });

  it('holds enough for a first Quick 10 in either exam', () => {
    const set = starterSet(packs);
    const noHistory = { seen: new Set<string>(), due: new Set<string>(), missed: new Set<string>(), flagged: new Set<string>() };
    for (const exam of ['cissp', 'cc'] as const)
      for (let seed = 1; seed <= 20; seed++) expect(quickSessionKeys(set, exam, new Map(), noHistory, seededRng(seed))).toHaveLength(10);
  });

  it('keeps its choice when a question joins a domain, but for at most one place', () => {
    const before = starterSet(packs).map((q) => q.key);
    const grown = [makePack('core-cissp', [...cissp, makeQuestion({ id: 'd3-q-new-999', domain: 3, objective: '3.1' })]), packs[1]!];
    const after = starterSet(grown).map((q) => q.key);
    expect(after.filter((k) => !before.includes(k)).length).toBeLessThanOrEqual(1);
  });
});
