import { describe, expect, it } from 'vitest';
import { defaultPlanInput, studyDayCount, validatePlanInput, type PlanInput } from './plan-input';

const NOW = new Date(2026, 2, 4, 12);
const valid: PlanInput = defaultPlanInput('cissp', NOW);

describe('defaultPlanInput', () => {
  it('puts the CISSP 5 months ahead and CC 6 weeks ahead, at 12 h over Monday to Saturday', () => {
    expect(valid).toEqual({
      exam: 'cissp',
      startDate: '2026-03-04',
      examDate: '2026-08-04',
      hoursPerWeek: 12,
      background: 'from-it',
      studyDays: [1, 2, 3, 4, 5, 6],
    });
    expect(defaultPlanInput('cc', NOW).examDate).toBe('2026-04-15');
    expect(validatePlanInput(defaultPlanInput('cc', NOW))).toEqual([]);
  });
});

describe('validatePlanInput', () => {
  it('accepts the defaults', () => expect(validatePlanInput(valid)).toEqual([]));

  it('refuses an exam date that is today or already past, given today', () => {
    const past = { ...valid, startDate: '2020-01-06', examDate: '2020-06-01' };
    expect(validatePlanInput(past)).toEqual([]);
    expect(validatePlanInput(past, '2026-03-04')).toEqual(['The exam date has already passed; pick an exam date after today.']);
    expect(validatePlanInput({ ...valid, examDate: '2026-03-04', startDate: '2026-02-02' }, '2026-03-04')).toEqual([
      'The exam is today, so no study days are left; pick a later exam date.',
    ]);
    expect(validatePlanInput(valid, '2026-03-04')).toEqual([]);
  });

  it('names every problem in plain words', () => {
    expect(validatePlanInput({ ...valid, hoursPerWeek: 45 })).toEqual(['Hours per week must be between 1 and 40 (you entered 45).']);
    expect(validatePlanInput({ ...valid, hoursPerWeek: Number.NaN })).toEqual(['Enter the hours per week (1–40).']);
    expect(validatePlanInput({ ...valid, startDate: '' })).toEqual(['Enter a start date.']);
    expect(validatePlanInput({ ...valid, examDate: '' })).toEqual(['Enter an exam date.']);
    expect(validatePlanInput({ ...valid, examDate: '2026-03-01' })).toEqual(['The exam date must be after the start date.']);
    expect(validatePlanInput({ ...valid, examDate: valid.startDate })).toEqual(['The exam date must be after the start date.']);
    expect(validatePlanInput({ ...valid, studyDays: [] })).toEqual(['Pick at least one study day.']);
    expect(validatePlanInput({ ...valid, studyDays: [1, 1, 7] })).toEqual([
      'Study days must be distinct days of the week, from 0 (Sunday) to 6 (Saturday).',
    ]);
    expect(validatePlanInput({ ...valid, startDate: '2026-02-30' })).toEqual(['The start date is not a real calendar date.']);
    expect(validatePlanInput({ ...valid, examDate: '2029-01-01' })).toEqual([
      'The exam date is more than two years after the start; pick a date within two years.',
    ]);
  });

  it('reports when no study day falls before the exam', () => {
    // Wednesday start, Thursday exam, studying only on Sundays.
    expect(validatePlanInput({ ...valid, examDate: '2026-03-05', studyDays: [0] })).toEqual([
      'None of your study days falls between the start date and the exam date; add a study day or move the exam date.',
    ]);
  });

  it('collects several problems at once', () => {
    expect(validatePlanInput({ ...valid, hoursPerWeek: 0, studyDays: [] })).toHaveLength(2);
  });
});

describe('studyDayCount', () => {
  it('counts study days from the start to the day before the exam', () => {
    expect(studyDayCount({ ...valid, examDate: '2026-03-09' })).toBe(4); // Wed, Thu, Fri, Sat; not Sunday, not exam Monday
  });
});
