import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifyingExperience, type Credential, type Job } from './experience';

/** Local noon, so the calendar day is the same in every time zone the tests run in. */
const on = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
};
const job = (overrides: Partial<Job>): Job => ({
  title: 'Security engineer',
  start: '2020-01-01',
  end: null,
  kind: 'full-time',
  domains: [1, 3],
  ...overrides,
});
const degree: Credential = { kind: 'degree', name: 'BSc Computer Science' };
const reasonFor = (reasons: readonly string[], rule: string) => reasons.find((r) => r.startsWith(rule)) ?? '';

describe('qualifyingExperience', () => {
  it('credits five calendar years of full-time work as 60.0 months and qualifies', () => {
    // 1826 days / 30.4375 = 59.99 months, shown and compared as 60.0.
    const result = qualifyingExperience([job({ start: '2021-01-01', end: '2025-12-31' })], [], on('2026-03-01'));
    expect(result).toMatchObject({ months: 60, requiredMonths: 60, domainsCovered: [1, 3], qualifies: true, projectedQualifyDate: null });
    expect(result.associatePath.applies).toBe(false);
    expect(reasonFor(result.reasons, 'Experience rule')).toContain('met');
  });

  it('reads the dates of years 0–99 as those years', () => {
    const early = new Date(0);
    early.setFullYear(56, 0, 1);
    early.setHours(12);
    // Five calendar years, as above, 1,900 years earlier: Date.UTC would have read them as 1951–1955.
    expect(qualifyingExperience([job({ start: '0051-01-01', end: '0055-12-31' })], [], early)).toMatchObject({
      months: 60,
      qualifies: true,
    });
  });

  it('does not double-count overlapping jobs', () => {
    const jobs = [
      job({ start: '2020-01-01', end: '2022-12-31', domains: [1] }),
      job({ start: '2022-01-01', end: '2023-12-31', domains: [2] }),
    ];
    const result = qualifyingExperience(jobs, [], on('2026-01-01'));
    expect(result.months).toBe(48); // 2020-01-01..2023-12-31 = 1461 days, not 1826
    expect(result.domainsCovered).toEqual([1, 2]);
    expect(reasonFor(result.reasons, 'Overlap rule')).toContain('12 overlapping months');
    // Whole months without a ".0".
    expect(reasonFor(result.reasons, 'Experience rule')).toMatch(/you have 48 months credited \(12 months to go\)\.$/);
  });

  it('counts part-time work and internships pro rata, capping stacked part-time work at full time', () => {
    const halfTime = job({ kind: 'part-time', hoursPerWeek: 20, start: '2022-01-01', end: '2023-12-31' });
    expect(qualifyingExperience([halfTime], [], on('2026-01-01')).months).toBe(12);
    const twoHalves = qualifyingExperience([halfTime, { ...halfTime, title: 'Other' }], [], on('2026-01-01'));
    expect(twoHalves.months).toBe(24);
    expect(reasonFor(twoHalves.reasons, 'Overlap rule')).toBe('');
    const threeHalves = qualifyingExperience([halfTime, halfTime, halfTime], [], on('2026-01-01'));
    expect(threeHalves.months).toBe(24);
    expect(reasonFor(threeHalves.reasons, 'Overlap rule')).not.toBe('');
    const intern = qualifyingExperience(
      [job({ kind: 'internship', hoursPerWeek: 10, start: '2022-01-01', end: '2023-12-31' })],
      [],
      on('2026-01-01'),
    );
    expect(intern.months).toBe(6);
    expect(reasonFor(intern.reasons, 'Pro-rata rule')).toContain('25% of full time');
    const overtime = qualifyingExperience(
      [job({ kind: 'part-time', hoursPerWeek: 60, start: '2022-01-01', end: '2023-12-31' })],
      [],
      on('2026-01-01'),
    );
    expect(overtime.months).toBe(24);
  });

  it('does not credit part-time work without hours', () => {
    const result = qualifyingExperience([job({ kind: 'part-time', start: '2022-01-01', end: '2023-12-31' })], [], on('2026-01-01'));
    expect(result.months).toBe(0);
    expect(reasonFor(result.reasons, 'Pro-rata rule')).toContain('no hours per week');
  });

  it('refuses to qualify work that covers a single domain, however long', () => {
    const result = qualifyingExperience([job({ start: '2010-01-01', end: '2019-12-31', domains: [3] })], [], on('2026-01-01'));
    expect(result.months).toBeGreaterThan(100);
    expect(result.qualifies).toBe(false);
    expect(reasonFor(result.reasons, 'Two-domain rule')).toContain('only domain 3 (Security Architecture and Engineering)');
    expect(result.projectedQualifyDate).toBeNull();
    expect(result.associatePath).toMatchObject({ applies: true });
    expect(result.associatePath.text).toContain('second CISSP domain');
  });

  it('lets two single-domain jobs together span two domains', () => {
    const jobs = [
      job({ start: '2015-01-01', end: '2017-12-31', domains: [7] }),
      job({ start: '2018-01-01', end: '2020-12-31', domains: [3, 3] }),
    ];
    expect(qualifyingExperience(jobs, [], on('2026-01-01'))).toMatchObject({ domainsCovered: [3, 7], qualifies: true });
  });

  it('ignores jobs that cover no CISSP domain, including out-of-range domain numbers', () => {
    const result = qualifyingExperience([job({ domains: [] }), job({ title: 'Barista', domains: [0, 9] })], [], on('2026-01-01'));
    expect(result.months).toBe(0);
    expect(result.reasons.filter((r) => r.startsWith('Domain rule'))).toHaveLength(2);
  });

  it('does not credit the gaps between jobs', () => {
    const jobs = [job({ start: '2015-01-01', end: '2016-12-31' }), job({ start: '2019-01-01', end: '2021-12-31' })];
    const result = qualifyingExperience(jobs, [], on('2026-01-01'));
    expect(result.months).toBe(60); // 731 + 1096 days; the two gap years add nothing
    expect(result.qualifies).toBe(true);
  });

  it('waives one year for a degree or approved credential, and never more than one', () => {
    const fourYears = [job({ start: '2022-01-01', end: '2025-12-31' })];
    expect(qualifyingExperience(fourYears, [], on('2026-01-01')).qualifies).toBe(false);
    const waived = qualifyingExperience(fourYears, [degree], on('2026-01-01'));
    expect(waived).toMatchObject({ months: 48, requiredMonths: 48, qualifies: true });
    expect(reasonFor(waived.reasons, 'Waiver rule')).toContain('"BSc Computer Science" waives 1 year');
    const two = qualifyingExperience(fourYears, [degree, { kind: 'approved-credential', name: 'CompTIA Security+' }], on('2026-01-01'));
    expect(two.requiredMonths).toBe(48);
    expect(two.reasons.filter((r) => r.startsWith('Waiver rule'))).toHaveLength(2);
  });

  it('counts nothing after asOf: future end dates are cut, future starts are skipped', () => {
    const result = qualifyingExperience(
      [
        job({ start: '2022-01-01', end: '2027-12-31', domains: [1] }),
        job({ title: 'Next job', start: '2026-06-01', end: null, domains: [5] }),
      ],
      [],
      on('2026-01-01'),
    );
    expect(result.months).toBe(48); // 2022-01-01..2026-01-01 inclusive = 1462 days
    expect(result.domainsCovered).toEqual([1]);
    expect(result.reasons.filter((r) => r.startsWith('Timing rule'))).toHaveLength(2);
  });

  it('counts a current job (end null) up to and including asOf, and projects the qualifying date', () => {
    const current = [job({ start: '2021-01-01', end: null })];
    const result = qualifyingExperience(current, [], on('2024-01-01'));
    expect(result.months).toBe(36); // 1096 days
    // 59.95 months = 1824.7 days are needed, so day 1825 (2025-12-30) crosses the line.
    expect(result.projectedQualifyDate).toBe('2025-12-30');
    expect(qualifyingExperience(current, [], on('2025-12-30')).qualifies).toBe(true);
    expect(qualifyingExperience(current, [], on('2025-12-29')).qualifies).toBe(false);
    expect(result.associatePath.text).toContain('6 years');
  });

  it('projects at the pro-rata pace of current part-time work', () => {
    const result = qualifyingExperience([job({ kind: 'part-time', hoursPerWeek: 20, start: '2024-01-01' })], [degree], on('2025-01-01'));
    expect(result.months).toBe(6);
    const date = result.projectedQualifyDate!;
    expect(date > '2031-12-01' && date < '2032-01-15').toBe(true); // 48 months at half pace ≈ 8 years from 2024
  });

  it('projects nothing when no work is accruing, or current work ends too soon', () => {
    const ended = qualifyingExperience([job({ start: '2020-01-01', end: '2021-12-31' })], [], on('2026-01-01'));
    expect(ended.projectedQualifyDate).toBeNull();
    expect(reasonFor(ended.reasons, 'Projection')).toContain('none of your current work');
    const endsSoon = qualifyingExperience([job({ start: '2024-01-01', end: '2026-06-30' })], [], on('2026-01-01'));
    expect(endsSoon.projectedQualifyDate).toBeNull();
    expect(reasonFor(endsSoon.reasons, 'Projection')).toContain('end before');
  });

  it('explains bad dates instead of guessing', () => {
    expect(() => qualifyingExperience([job({ start: '2020-02-30' })], [], on('2026-01-01'))).toThrow(
      /"Security engineer" start date "2020-02-30"/,
    );
    expect(() => qualifyingExperience([job({ start: '2022-01-01', end: '2021-01-01' })], [], on('2026-01-01'))).toThrow(
      /ends .* before it starts/,
    );
  });

  const day0 = Date.UTC(2010, 0, 1);
  const iso = (offset: number) => new Date(day0 + offset * 86_400_000).toISOString().slice(0, 10);
  const arbitraryJob = fc
    .record({
      start: fc.integer({ min: 0, max: 5000 }),
      length: fc.integer({ min: 1, max: 3000 }),
      open: fc.boolean(),
      kind: fc.constantFrom('full-time', 'part-time', 'internship') as fc.Arbitrary<Job['kind']>,
      hoursPerWeek: fc.integer({ min: 5, max: 40 }),
      domains: fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ start, length, open, ...rest }): Job => ({
      title: 'job',
      start: iso(start),
      end: open ? null : iso(start + length - 1),
      ...rest,
    }));
  const asOf = on('2024-01-01'); // day 5113 from 2010-01-01, after every generated start

  it('never credits more than the calendar time worked, and job order does not matter', () => {
    fc.assert(
      fc.property(fc.array(arbitraryJob, { maxLength: 5 }), (jobs) => {
        const result = qualifyingExperience(jobs, [], asOf);
        const spanMonths = (Date.UTC(2024, 0, 2) - day0) / 86_400_000 / (365.25 / 12);
        expect(result.months).toBeLessThanOrEqual(Math.round(spanMonths * 10) / 10);
        expect(qualifyingExperience([...jobs].reverse(), [], asOf).months).toBe(result.months);
      }),
      { seed: 20260101, numRuns: 200 },
    );
  });

  it('projects the first day on which the user qualifies', () => {
    fc.assert(
      fc.property(fc.array(arbitraryJob, { minLength: 1, maxLength: 4 }), fc.boolean(), (jobs, hasDegree) => {
        const credentials = hasDegree ? [degree] : [];
        const projected = qualifyingExperience(jobs, credentials, asOf).projectedQualifyDate;
        if (projected === null) return;
        const dayBefore = new Date(on(projected).getTime());
        dayBefore.setDate(dayBefore.getDate() - 1);
        expect(qualifyingExperience(jobs, credentials, on(projected)).qualifies).toBe(true);
        expect(qualifyingExperience(jobs, credentials, dayBefore).qualifies).toBe(false);
      }),
      { seed: 42, numRuns: 600 },
    );
  });
});
