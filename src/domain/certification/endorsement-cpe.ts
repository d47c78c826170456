/**
 * After the exam: the endorsement deadline, CPE progress through a 3-year cycle, the annual fee
 * date, and a CPE log export.
 *
 * Dates are calendar days ('yyyy-mm-dd'); `now` is read as the user's local calendar day.
 * Month arithmetic keeps the day of the month, or falls back to the last day of a shorter month:
 * 31 May + 9 months → 28 February (29 in a leap year). We pick the earlier day rather than rolling
 * into March so that a deadline shown to the user is never later than the real one.
 */
import { associateFacts, ccFacts, cisspFacts, type CertificationFact } from './certification-facts';
import { calendarDayOf, isCalendarDay } from '../calendar-day';
import { addMonths, dayNumber, fromDayNumber } from '../plan/plan-dates';

export type CpeCertification = 'cissp' | 'associate' | 'cc';

export interface CpeEntry {
  readonly date: string;
  readonly activity: string;
  readonly group: 'A' | 'B';
  readonly hours: number;
  readonly evidence?: string;
}

export interface CpeYearProgress {
  /** 1, 2 or 3: the year of the cycle, counted from the cycle start (not the calendar year). */
  readonly year: number;
  readonly start: string;
  /** Last day of the cycle year, inclusive. */
  readonly end: string;
  readonly total: number;
  readonly groupA: number;
  readonly groupB: number;
  /** 40 suggested (CISSP), 15 required (Associate), null for CC, which has no yearly figure. */
  readonly yearlyTarget: number | null;
  readonly yearlyTargetKind: 'suggested' | 'required' | null;
  readonly state: 'past' | 'current' | 'future';
}

export type CpeStatus = 'not-started' | 'on-track' | 'behind' | 'complete' | 'ended-short';

export interface CpeProgress {
  readonly certification: CpeCertification;
  readonly cycleStart: string;
  readonly cycleEnd: string;
  readonly years: CpeYearProgress[];
  readonly total: number;
  readonly groupA: number;
  readonly groupB: number;
  /** 90 for CISSP; null where no Group A minimum applies. */
  readonly groupAMinimum: number | null;
  /** 120 (CISSP), 45 (CC), 45 = 15 × 3 (Associate). */
  readonly cycleTarget: number;
  /** True when the target is an unconfirmed figure (CC): show "check with ISC2". */
  readonly targetUnconfirmed: boolean;
  /** Entries left out of the totals, each with the reason. */
  readonly ignored: { readonly entry: CpeEntry; readonly reason: string }[];
  readonly status: CpeStatus;
  readonly nextStep: string;
}

interface CpeRule {
  readonly cycleYears: number;
  readonly cycleTarget: number;
  readonly yearlyTarget: number | null;
  readonly yearlyTargetKind: CpeYearProgress['yearlyTargetKind'];
  readonly groupAMinimum: number | null;
  readonly targetUnconfirmed: boolean;
}

/** Associates earn 15 a year; we assume the same 3-year cycle as the CISSP, so 45 a cycle. */
const cpeRules: Record<CpeCertification, CpeRule> = {
  cissp: {
    cycleYears: cisspFacts.cpeCycleYears.value,
    cycleTarget: cisspFacts.cpePerCycle.value,
    yearlyTarget: cisspFacts.cpeSuggestedPerYear.value,
    yearlyTargetKind: 'suggested',
    groupAMinimum: cisspFacts.cpeGroupAMinimumPerCycle.value,
    targetUnconfirmed: cisspFacts.cpePerCycle.unconfirmed,
  },
  associate: {
    cycleYears: cisspFacts.cpeCycleYears.value,
    cycleTarget: associateFacts.cpeRequiredPerYear.value * cisspFacts.cpeCycleYears.value,
    yearlyTarget: associateFacts.cpeRequiredPerYear.value,
    yearlyTargetKind: 'required',
    groupAMinimum: null,
    targetUnconfirmed: associateFacts.cpeRequiredPerYear.unconfirmed,
  },
  cc: {
    cycleYears: ccFacts.cpeCycleYears.value,
    cycleTarget: ccFacts.cpePerCycle.value,
    yearlyTarget: null,
    yearlyTargetKind: null,
    groupAMinimum: null,
    targetUnconfirmed: ccFacts.cpePerCycle.unconfirmed || ccFacts.cpeCycleYears.unconfirmed,
  },
};

/**
 * The last day to submit the endorsement: 9 months after passing, month end clamped.
 * @example endorsementDeadline('2026-05-31') // '2027-02-28'
 */
export function endorsementDeadline(passDate: string): string {
  return addMonthsClamped(passDate, cisspFacts.endorsementMonths.value);
}

/** Whole days from today to a deadline: 0 on the day itself, negative once it has passed. */
export function daysLeft(deadline: string, now: Date): number {
  return parseDay(deadline, 'Deadline') - localDay(now);
}

/**
 * Adds calendar months, keeping the day of the month or clamping to the month's last day.
 * @example addMonthsClamped('2024-02-29', 12) // '2025-02-28'
 */
export function addMonthsClamped(date: string, months: number): string {
  parseDay(date, 'Date'); // this module's message for a date that is not a day
  return addMonths(date, months);
}

/**
 * The next annual maintenance fee date on or after today: each anniversary of `cycleStart` (the
 * certification date), starting with the first anniversary.
 * @example annualFeeDueDate('2025-07-01', new Date(2026, 7, 1)) // '2027-07-01'
 */
export function annualFeeDueDate(cycleStart: string, now: Date): string {
  const today = localDay(now);
  let years = Math.max(1, now.getFullYear() - Number(cycleStart.slice(0, 4)) - 1);
  while (parseDay(addMonthsClamped(cycleStart, 12 * years), 'Anniversary') < today) years++;
  return addMonthsClamped(cycleStart, 12 * years);
}

/** The annual maintenance fee for a certification, as a fact (CC's is unconfirmed). */
export function annualFee(certification: CpeCertification): CertificationFact<number> {
  return { cissp: cisspFacts, associate: associateFacts, cc: ccFacts }[certification].annualFeeUsd;
}

/**
 * CPE credits earned in the cycle that starts on `cycleStart`, year by year, with a status and a
 * plain-words next step. `dayText` writes a 'yyyy-mm-dd' day in those words the way the screen
 * writes its other dates (e.g. '1 March 2027'); the fields of the result stay 'yyyy-mm-dd'.
 * @example cpeProgress([{ date: '2026-01-10', activity: 'ISC2 webinar', group: 'A', hours: 1 }], 'cissp', '2025-07-01', new Date(2026, 0, 15))
 */
export function cpeProgress(
  entries: readonly CpeEntry[],
  certification: CpeCertification,
  cycleStart: string,
  now: Date,
  dayText: (day: string) => string = (day) => day,
): CpeProgress {
  const rule = cpeRules[certification];
  const today = localDay(now);
  const yearStart = (i: number) => parseDay(addMonthsClamped(cycleStart, 12 * i), 'Cycle start');
  const bounds = Array.from({ length: rule.cycleYears }, (_, i) => ({ from: yearStart(i), until: yearStart(i + 1) }));
  const cycle = { from: yearStart(0), until: yearStart(rule.cycleYears) };
  const cycleEnd = isoDay(cycle.until - 1);

  const ignored: { entry: CpeEntry; reason: string }[] = [];
  const counted: { day: number; entry: CpeEntry }[] = [];
  for (const entry of entries) {
    const day = tryParseDay(entry.date);
    const reason = Number.isNaN(day)
      ? `date "${entry.date}" is not a yyyy-mm-dd date`
      : !(Number.isFinite(entry.hours) && entry.hours > 0)
        ? 'hours must be a number above 0'
        : day > today
          ? 'dated in the future'
          : day < cycle.from || day >= cycle.until
            ? `outside this cycle (${dayText(cycleStart)} to ${dayText(cycleEnd)})`
            : null;
    if (reason === null) counted.push({ day, entry });
    else ignored.push({ entry, reason });
  }

  const { yearlyTarget, yearlyTargetKind, cycleTarget, groupAMinimum, targetUnconfirmed } = rule;
  const years = bounds.map(({ from, until }, i): CpeYearProgress => {
    const sums = groupSums(counted.filter((c) => c.day >= from && c.day < until).map((c) => c.entry));
    const state = today >= until ? 'past' : today >= from ? 'current' : 'future';
    return { year: i + 1, start: isoDay(from), end: isoDay(until - 1), ...sums, yearlyTarget, yearlyTargetKind, state };
  });
  const totals = groupSums(counted.map((c) => c.entry));
  const when = { start: cycleStart, end: cycleEnd, notStarted: today < cycle.from, ended: today >= cycle.until };
  const verdict = judge(rule, years, totals, when, dayText);
  return { certification, cycleStart, cycleEnd, years, ...totals, groupAMinimum, cycleTarget, targetUnconfirmed, ignored, ...verdict };
}

/**
 * Status and next step. Pace for CISSP and CC is cumulative (a third of the cycle target per cycle
 * year), so credits earned early carry forward; an Associate's 15 a year is required year by year,
 * so a surplus in one year does not cover another.
 */
function judge(
  rule: CpeRule,
  years: readonly CpeYearProgress[],
  totals: { total: number; groupA: number },
  cycle: { start: string; end: string; notStarted: boolean; ended: boolean },
  dayText: (day: string) => string,
): { status: CpeStatus; nextStep: string } {
  const check = rule.targetUnconfirmed ? ' (check the figure with ISC2)' : '';
  const yearly = rule.yearlyTargetKind === 'required' ? (rule.yearlyTarget ?? 0) : 0;
  const yearlyShort = years.reduce((sum, y) => sum + Math.max(0, yearly - y.total), 0);
  const groupAShort = rule.groupAMinimum === null ? 0 : round2(Math.max(0, rule.groupAMinimum - totals.groupA));
  const creditsShort = round2(Math.max(0, rule.cycleTarget - totals.total, groupAShort, yearlyShort));
  const groupANote = groupAShort > 0 ? `, at least ${groupAShort} of them Group A` : '';

  if (cycle.notStarted) {
    return {
      status: 'not-started',
      nextStep: `Your CPE cycle starts on ${dayText(cycle.start)}; credits earned before then do not count.`,
    };
  }
  if (creditsShort === 0) {
    return {
      status: 'complete',
      nextStep: `Done for this cycle: ${totals.total} of ${rule.cycleTarget} credits${check}. Keep logging evidence for audit.`,
    };
  }
  if (cycle.ended) {
    const text = `This cycle ended on ${dayText(cycle.end)}, ${creditsShort} credits short${groupANote}${check}. Contact ISC2 about your standing.`;
    return { status: 'ended-short', nextStep: text };
  }
  const missedYear = years.find((y) => y.state === 'past' && y.total < yearly);
  if (missedYear !== undefined) {
    const text = `Cycle year ${missedYear.year} ended with ${missedYear.total} of the ${yearly} required credits${check}. Log any missing credits now and check your standing with ISC2.`;
    return { status: 'behind', nextStep: text };
  }
  const current = years.find((y) => y.state === 'current');
  const yearsDone = years.filter((y) => y.state === 'past').length;
  const byYearEnd = current?.end ?? cycle.end;
  const needThisYear =
    yearly > 0
      ? round2(Math.max(0, yearly - (current?.total ?? 0)))
      : round2(Math.max(0, (rule.cycleTarget * (yearsDone + 1)) / rule.cycleYears - totals.total));
  if (yearly === 0 && totals.total < (rule.cycleTarget * yearsDone) / rule.cycleYears) {
    const pace = round2(rule.cycleTarget / rule.cycleYears);
    return {
      status: 'behind',
      nextStep: `Behind the pace of ${pace} a year: earn ${needThisYear} credits by ${dayText(byYearEnd)} to catch up${check}.`,
    };
  }
  const thisYear = needThisYear > 0 ? ` This cycle year (to ${dayText(byYearEnd)}) needs ${needThisYear} more to keep pace.` : '';
  return {
    status: 'on-track',
    nextStep: `On track: ${creditsShort} more credits by ${dayText(cycle.end)}${groupANote}${check}.${thisYear}`,
  };
}

function groupSums(entries: readonly CpeEntry[]): { total: number; groupA: number; groupB: number } {
  const sum = (group: 'A' | 'B') => round2(entries.filter((e) => e.group === group).reduce((s, e) => s + e.hours, 0));
  const groupA = sum('A');
  const groupB = sum('B');
  return { total: round2(groupA + groupB), groupA, groupB };
}

// ── CSV export ──────────────────────────────────────────────────────────────

const CSV_HEADER = ['Date', 'Activity', 'Group', 'Hours', 'Evidence'] as const;
/**
 * Cells starting with these make spreadsheets evaluate the text as a formula (CSV injection, see
 * OWASP "CSV Injection"). = + - @ are the classic four; tab and carriage return are on OWASP's
 * list too. A leading apostrophe makes Excel, LibreOffice and Sheets show the text as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The CPE log as RFC 4180 CSV: a header row, one row per entry in the given order, CRLF after every
 * record, fields quoted when they hold a comma, quote or line break. Text fields that would start a
 * formula get a leading apostrophe. Hours are written as plain numbers (we format them, so they
 * cannot carry a formula). No byte-order mark: add one at the download edge if Excel needs it.
 * @example cpeCsv([{ date: '2026-01-10', activity: '=1+1', group: 'A', hours: 1 }]) // 'Date,…\r\n2026-01-10,\'=1+1,A,1,\r\n'
 */
export function cpeCsv(entries: readonly CpeEntry[]): string {
  const rows = entries.map((e) => [csvText(e.date), csvText(e.activity), csvText(e.group), String(e.hours), csvText(e.evidence ?? '')]);
  return [CSV_HEADER.map(csvText), ...rows].map((row) => `${row.join(',')}\r\n`).join('');
}

/** One text cell: formula-neutralised, then quoted if RFC 4180 requires it. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ── Calendar days ───────────────────────────────────────────────────────────

// Day numbers are plan-dates' (days since 1970-01-01, years 0–99 their own), with this module's messages.

/** The day number of a real 'yyyy-mm-dd' date, or NaN. */
const tryParseDay = (text: string): number => (isCalendarDay(text) ? dayNumber(text) : Number.NaN);

function parseDay(text: string, what: string): number {
  if (!isCalendarDay(text)) throw new RangeError(`${what} "${text}" is not a real yyyy-mm-dd date.`);
  return dayNumber(text);
}

const localDay = (date: Date): number => dayNumber(calendarDayOf(date));
const isoDay = fromDayNumber;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
