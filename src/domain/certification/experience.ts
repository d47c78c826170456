/**
 * Does a work history meet the CISSP experience rule, and if not, when will it?
 *
 * Rules (figures from certification-facts.ts):
 * - 5 years of cumulative paid work, each job counting only if it covers at least one CISSP domain,
 *   and the work overall spanning at least 2 of the 8 domains.
 * - Part-time work and internships count pro rata: hoursPerWeek / 40, capped at full time.
 * - Jobs held at the same time are not double-counted: each day credits min(1, sum of fractions).
 * - A degree or an approved credential waives 1 year, and never more than 1 in total.
 *
 * Dates are calendar days ('yyyy-mm-dd', start and end both worked). `asOf` is read as the user's
 * local calendar day, so "today" matches the calendar on their wall.
 */
import { findDomain } from '../exam-blueprints';
import { associateFacts, cisspFacts } from './certification-facts';
import { calendarDayOf, isCalendarDay } from '../calendar-day';
import { dayNumber, fromDayNumber } from '../plan/plan-dates';

export type JobKind = 'full-time' | 'part-time' | 'internship';

export interface Job {
  readonly title: string;
  /** First day worked, 'yyyy-mm-dd'. */
  readonly start: string;
  /** Last day worked, 'yyyy-mm-dd', or null for a current job. */
  readonly end: string | null;
  readonly kind: JobKind;
  /** Hours a week, for part-time work and internships (full time is 40). */
  readonly hoursPerWeek?: number;
  /** CISSP domains (1–8) the work covered. */
  readonly domains: readonly number[];
}

export interface Credential {
  readonly kind: 'degree' | 'approved-credential';
  readonly name: string;
}

export interface ExperienceResult {
  /** Credited full-time months, 1 decimal. */
  readonly months: number;
  readonly requiredMonths: number;
  readonly domainsCovered: number[];
  readonly qualifies: boolean;
  /** Plain-words explanations, each naming the rule behind it. */
  readonly reasons: string[];
  /** 'yyyy-mm-dd' the current jobs would carry the user over the line; null if qualified already or not accruing. */
  readonly projectedQualifyDate: string | null;
  readonly associatePath: { readonly applies: boolean; readonly text: string };
}

const FULL_TIME_HOURS = 40;
/** Average Gregorian month, so a leap year neither adds nor loses credit. */
const DAYS_PER_MONTH = 365.25 / 12;
const EPSILON = 1e-9;

/** A stretch of days [from, until) worked at a number of weekly hours. */
interface Period {
  readonly from: number;
  readonly until: number;
  readonly hours: number;
}

interface CountedJob {
  readonly from: number;
  /** Day after the last day worked; Infinity for a current job. */
  readonly until: number;
  readonly hours: number;
  readonly domains: number[];
}

/**
 * Credited CISSP experience as of a day, with the reasons and a projected qualifying date.
 * @example qualifyingExperience([{ title: 'SOC analyst', start: '2020-01-01', end: null, kind: 'full-time', domains: [6, 7] }], [], new Date(2026, 0, 1))
 */
export function qualifyingExperience(jobs: readonly Job[], credentials: readonly Credential[], asOf: Date): ExperienceResult {
  const today = localDay(asOf);
  const reasons: string[] = [];
  const counted = jobs.map((job) => countJob(job, today, reasons)).filter((c): c is CountedJob => c !== null);
  const worked = counted.filter((c) => c.from <= today);
  const pastPeriods = worked.map((c) => ({ from: c.from, until: Math.min(c.until, today + 1), hours: c.hours }));

  const credited = sumHourDays(mergedPeriods(pastPeriods));
  const uncapped = sumHourDays(pastPeriods);
  const months = round1(toMonths(credited));
  const waiverMonths = credentials.length > 0 ? cisspFacts.maximumWaiverYears.value * 12 : 0;
  const requiredMonths = cisspFacts.experienceYears.value * 12 - waiverMonths;
  const domainsCovered = [...new Set(worked.flatMap((c) => c.domains))].sort((a, b) => a - b);
  const enoughDomains = domainsCovered.length >= cisspFacts.minimumDomains.value;
  const qualifies = months >= requiredMonths && enoughDomains;

  reasons.unshift(experienceReason(months, requiredMonths), ...waiverReasons(credentials, requiredMonths), domainReason(domainsCovered));
  if (uncapped - credited > EPSILON) {
    const lost = round1(toMonths(uncapped - credited));
    reasons.push(
      `Overlap rule: jobs held at the same time are not double-counted (at most one full-time day per day), so ${lost} overlapping months were not added.`,
    );
  }

  let projectedQualifyDate: string | null = null;
  if (!qualifies) {
    const current = worked.filter((c) => c.until > today + 1);
    projectedQualifyDate = enoughDomains ? projectQualifyDay(current, today, credited, requiredMonths) : null;
    reasons.push(projectionReason(projectedQualifyDate, current.length > 0, enoughDomains));
  }

  return {
    months,
    requiredMonths,
    domainsCovered,
    qualifies,
    reasons,
    projectedQualifyDate,
    associatePath: associatePath(qualifies, months, requiredMonths),
  };
}

function countJob(job: Job, today: number, reasons: string[]): CountedJob | null {
  const from = parseDay(job.start, `"${job.title}" start`);
  const until = job.end === null ? Infinity : parseDay(job.end, `"${job.title}" end`) + 1;
  if (until <= from) throw new RangeError(`"${job.title}" ends (${job.end}) before it starts (${job.start}); fix the dates.`);
  const domains = [...new Set(job.domains)].filter((d) => Number.isInteger(d) && d >= 1 && d <= cisspFacts.domainCount.value);
  if (domains.length === 0) {
    reasons.push(`Domain rule: "${job.title}" covers none of the ${cisspFacts.domainCount.value} CISSP domains, so it does not count.`);
    return null;
  }
  const hours = job.kind === 'full-time' ? FULL_TIME_HOURS : Math.min(FULL_TIME_HOURS, Math.max(0, job.hoursPerWeek ?? 0));
  if (job.kind !== 'full-time') {
    if (job.hoursPerWeek === undefined) {
      reasons.push(`Pro-rata rule: "${job.title}" (${job.kind}) has no hours per week, so it cannot be credited until they are given.`);
      return null;
    }
    const percent = Math.round((hours / FULL_TIME_HOURS) * 100);
    reasons.push(
      `Pro-rata rule: "${job.title}" (${job.kind}) counts at ${hours} of ${FULL_TIME_HOURS} hours a week, i.e. ${percent}% of full time.`,
    );
    if (hours <= 0) return null;
  }
  if (from > today) {
    reasons.push(`Timing rule: "${job.title}" starts on ${job.start}, after ${isoDay(today)}, so none of it counts yet.`);
  } else if (Number.isFinite(until) && until > today + 1) {
    reasons.push(`Timing rule: "${job.title}" ends on ${job.end}; only the part up to ${isoDay(today)} counts so far.`);
  }
  return { from, until, hours, domains };
}

/** Splits overlapping periods into stretches of constant total hours, capped at full time per day. */
function mergedPeriods(periods: readonly Period[]): Period[] {
  const deltas = new Map<number, number>();
  for (const p of periods) {
    if (p.until <= p.from) continue;
    deltas.set(p.from, (deltas.get(p.from) ?? 0) + p.hours);
    if (Number.isFinite(p.until)) deltas.set(p.until, (deltas.get(p.until) ?? 0) - p.hours);
  }
  const points = [...deltas.keys()].sort((a, b) => a - b);
  const merged: Period[] = [];
  let running = 0;
  points.forEach((point, i) => {
    running += deltas.get(point) ?? 0;
    const hours = Math.min(FULL_TIME_HOURS, running);
    if (hours > EPSILON) merged.push({ from: point, until: points[i + 1] ?? Infinity, hours });
  });
  return merged;
}

function sumHourDays(periods: readonly Period[]): number {
  return periods.reduce((sum, p) => (p.until > p.from ? sum + (p.until - p.from) * p.hours : sum), 0);
}

/**
 * The first day on which the rounded month count reaches the requirement, following the current
 * jobs' own end dates (a job that ends stops accruing). Null when accrual stops first.
 */
function projectQualifyDay(current: readonly CountedJob[], today: number, credited: number, requiredMonths: number): string | null {
  // months are compared after rounding to 1 decimal, so the line is crossed at required − 0.05.
  let needed = (requiredMonths - 0.05) * DAYS_PER_MONTH * FULL_TIME_HOURS - credited;
  const future = mergedPeriods(current.map((c) => ({ from: today + 1, until: c.until, hours: c.hours })));
  for (const p of future) {
    const gain = (p.until - p.from) * p.hours;
    if (gain >= needed) return isoDay(p.from + Math.max(1, Math.ceil(needed / p.hours)) - 1);
    needed -= gain;
  }
  return null;
}

/** Months to one decimal, without a ".0" on a whole number: '0', '60', '12.3'. */
const monthsText = (months: number): string => String(Math.round(months * 10) / 10);

function experienceReason(months: number, requiredMonths: number): string {
  const verdict = months >= requiredMonths ? 'met' : `${monthsText(requiredMonths - months)} months to go`;
  return `Experience rule: ${requiredMonths} months of cumulative paid work in the CISSP domains are needed; you have ${monthsText(months)} months credited (${verdict}).`;
}

function waiverReasons(credentials: readonly Credential[], requiredMonths: number): string[] {
  const first = credentials[0];
  if (first === undefined) return [];
  const what = first.kind === 'degree' ? 'degree' : 'approved credential';
  const reasons = [
    `Waiver rule: your ${what} "${first.name}" waives 1 year, so ${requiredMonths} months are needed instead of ${cisspFacts.experienceYears.value * 12}.`,
  ];
  if (credentials.length > 1)
    reasons.push('Waiver rule: only 1 year can be waived in total, however many degrees or credentials you hold.');
  return reasons;
}

function domainReason(domains: readonly number[]): string {
  const minimum = cisspFacts.minimumDomains.value;
  if (domains.length === 0)
    return `Two-domain rule: none of your work so far covers a CISSP domain; it must span at least ${minimum} of the 8.`;
  const named = domains.map((d) => `${d} (${findDomain('cissp', d)?.title ?? 'unknown'})`).join('; ');
  if (domains.length < minimum) {
    return `Two-domain rule: all of your qualifying work covers only domain ${named}; it must span at least ${minimum} of the 8 CISSP domains.`;
  }
  return `Two-domain rule: met, your work spans ${domains.length} domains (at least ${minimum} needed): ${named}.`;
}

function projectionReason(date: string | null, accruing: boolean, enoughDomains: boolean): string {
  if (date !== null) return `Projection: at the pace of your current jobs you would meet the experience rule on ${date}.`;
  if (!enoughDomains) return 'Projection: no date, because your work needs to cover a second CISSP domain first.';
  if (!accruing) return 'Projection: no date, because none of your current work is accruing qualifying experience.';
  return 'Projection: no date, because your current jobs end before you would reach the requirement.';
}

function associatePath(qualifies: boolean, months: number, requiredMonths: number): ExperienceResult['associatePath'] {
  if (qualifies) {
    return {
      applies: false,
      text: 'Associate path: not needed. You meet the experience rule, so after passing you can go straight to endorsement.',
    };
  }
  const years = associateFacts.yearsToEarnExperience.value;
  const remaining = round1(Math.max(0, requiredMonths - months));
  const gap =
    remaining > 0
      ? `${remaining} more months, across at least ${cisspFacts.minimumDomains.value} domains`
      : 'work in a second CISSP domain';
  return {
    applies: true,
    text: `Associate path: you can sit the CISSP exam now; after passing you become an Associate of ISC2 and have ${years} years to earn the rest (${gap}).`,
  };
}

function toMonths(hourDays: number): number {
  return hourDays / FULL_TIME_HOURS / DAYS_PER_MONTH;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

// Day numbers are plan-dates' (days since 1970-01-01, years 0–99 their own), with this module's message.

function parseDay(text: string, what: string): number {
  if (!isCalendarDay(text)) throw new RangeError(`${what} date "${text}" is not a real yyyy-mm-dd date.`);
  return dayNumber(text);
}

const localDay = (date: Date): number => dayNumber(calendarDayOf(date));
const isoDay = fromDayNumber;
