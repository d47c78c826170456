/** The job form's fields as typed, and their conversion to a domain Job with errors in plain words. */
import type { Job, JobKind } from '../../domain/certification/experience';
import { TEXT_LIMITS, tooLong } from '../../data/certification-repo';
import { isCalendarDay } from '../../domain/calendar-day';

export interface JobDraft {
  title: string;
  start: string;
  end: string;
  current: boolean;
  kind: JobKind;
  hours: string;
  domains: number[];
}

export const emptyJobDraft: JobDraft = { title: '', start: '', end: '', current: false, kind: 'full-time', hours: '', domains: [] };

export const MAX_HOURS_PER_WEEK = 40;

export function draftFromJob(job: Job): JobDraft {
  return {
    title: job.title,
    start: job.start,
    end: job.end ?? '',
    current: job.end === null,
    kind: job.kind,
    hours: job.hoursPerWeek === undefined ? '' : String(job.hoursPerWeek),
    domains: [...job.domains],
  };
}

/** The Job the draft describes, or every reason it cannot be saved yet. */
export function jobFromDraft(draft: JobDraft): { job: Job; errors: [] } | { job: null; errors: string[] } {
  const errors: string[] = [];
  const title = draft.title.trim();
  const titleTooLong = tooLong('job title', title, TEXT_LIMITS.jobTitle);
  if (title === '') errors.push('Give the job a title.');
  else if (titleTooLong) errors.push(titleTooLong);
  if (!isCalendarDay(draft.start)) errors.push('Enter the first day you worked there (start date).');
  if (!draft.current && !isCalendarDay(draft.end)) errors.push('Enter the last day you worked there, or tick "I still work here".');
  if (!draft.current && isCalendarDay(draft.start) && isCalendarDay(draft.end) && draft.end < draft.start)
    errors.push('The end date is before the start date.');
  const hours = Number(draft.hours);
  const partTime = draft.kind !== 'full-time';
  if (partTime && !(draft.hours.trim() !== '' && hours >= 1 && hours <= MAX_HOURS_PER_WEEK))
    errors.push(`Enter the hours worked per week, between 1 and ${MAX_HOURS_PER_WEEK}.`);
  if (errors.length > 0) return { job: null, errors };
  return {
    job: {
      title,
      start: draft.start,
      end: draft.current ? null : draft.end,
      kind: draft.kind,
      ...(partTime ? { hoursPerWeek: hours } : {}),
      domains: [...draft.domains].sort((a, b) => a - b),
    },
    errors: [],
  };
}
