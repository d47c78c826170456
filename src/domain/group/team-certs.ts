/**
 * A lead's team certification tracker: per member, each target certification with its status, exam
 * date, CPE earned against required, and renewal date. CPE requirements and cycle lengths come from
 * the one place certification facts live (src/domain/certification/certification-facts.ts), with
 * unconfirmed figures marked; for certifications Bastion has no checked facts for (CCSP, Security+,
 * others) the lead enters the figures.
 */
import { compareMemberNames } from './member-names';
import { z } from '../zod';
import { ccFacts, cisspFacts, type CertificationFact } from '../certification/certification-facts';
import { addMonthsClamped, csvText } from '../certification/endorsement-cpe';
import { GROUP_CAPS, type GroupParse } from './group-schema';

/** Offered in the form; any other name may be typed. */
export const COMMON_CERTIFICATIONS = ['CC', 'CISSP', 'CCSP', 'Security+'] as const;

export const CERT_STATUSES = ['studying', 'exam-booked', 'passed', 'endorsed'] as const;
export type CertStatus = (typeof CERT_STATUSES)[number];
export const certStatusNames: Record<CertStatus, string> = {
  studying: 'Studying',
  'exam-booked': 'Exam booked',
  passed: 'Passed',
  endorsed: 'Endorsed',
};

export interface TeamCert {
  readonly member: string;
  readonly certification: string;
  readonly status: CertStatus;
  /** 'yyyy-mm-dd', or '' when not known. */
  readonly examDate: string;
  readonly cpeEarned: number | null;
  readonly cpeRequired: number | null;
  readonly renewalDate: string;
}

// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `is longer than ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');
const realDay = z.iso.date();
const optionalDay = z.string().refine((s) => s === '' || realDay.safeParse(s).success, "must be a real date like '2026-05-01', or nothing");
const credits = z.number({ error: 'must be a number' }).min(0, 'must be 0 or more').max(10_000, 'must be at most 10,000').nullable();

const teamCertSchema = z.strictObject({
  member: text(GROUP_CAPS.memberName),
  certification: text(80),
  status: z.enum(CERT_STATUSES, { error: 'must be studying, exam booked, passed or endorsed' }),
  examDate: optionalDay,
  cpeEarned: credits,
  cpeRequired: credits,
  renewalDate: optionalDay,
});

/** Each field as the tracker's form labels it, so a problem reads "The member must not be empty". */
const fieldLabels: Record<keyof TeamCert, string> = {
  member: 'The member',
  certification: 'The certification',
  status: 'The status',
  examDate: 'The exam date',
  cpeEarned: 'CPE earned',
  cpeRequired: 'CPE required per cycle',
  renewalDate: 'The renewal date',
};

/** A tracker row as typed, trimmed and checked, or what is wrong with it, in the form's words. */
export function checkTeamCert(input: TeamCert): GroupParse<TeamCert> {
  const parsed = teamCertSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => {
      const field = i.path[0];
      const label = typeof field === 'string' && field in fieldLabels ? fieldLabels[field as keyof TeamCert] : 'The row';
      return `${label} ${i.message}`;
    }),
  };
}

/** ISC2 facts for the certifications Bastion knows: CPE per cycle and the cycle's length. */
function isc2Facts(certification: string): { cpe: CertificationFact<number>; cycleYears: CertificationFact<number> } | null {
  const name = certification.trim().toUpperCase();
  if (name === 'CISSP') return { cpe: cisspFacts.cpePerCycle, cycleYears: cisspFacts.cpeCycleYears };
  if (name === 'CC') return { cpe: ccFacts.cpePerCycle, cycleYears: ccFacts.cpeCycleYears };
  return null;
}

/**
 * CPE credits required per cycle, from the facts, or null when Bastion has no checked figure.
 * @example requiredCpe('CC') // { value: 45, unconfirmed: true }
 */
export function requiredCpe(certification: string): { value: number; unconfirmed: boolean } | null {
  const facts = isc2Facts(certification);
  return facts ? { value: facts.cpe.value, unconfirmed: facts.cpe.unconfirmed } : null;
}

/**
 * A first guess at the renewal date: the end of the first CPE cycle counted from `from` (the
 * certification date; the exam date is a near stand-in). Null without facts or a date.
 * @example suggestedRenewal('CISSP', '2026-05-31') // '2029-05-31'
 */
export function suggestedRenewal(certification: string, from: string): string | null {
  const facts = isc2Facts(certification);
  if (!facts || !/^\d{4}-\d{2}-\d{2}$/.test(from)) return null;
  return addMonthsClamped(from, 12 * facts.cycleYears.value);
}

/** CPE earned of required as a share (0–1+), or null when either is unknown. */
export const cpeShare = (row: Pick<TeamCert, 'cpeEarned' | 'cpeRequired'>): number | null =>
  row.cpeEarned === null || row.cpeRequired === null || row.cpeRequired === 0 ? null : row.cpeEarned / row.cpeRequired;

export type TeamCertColumn = 'member' | 'certification' | 'status' | 'examDate' | 'cpe' | 'renewalDate';
export type SortDirection = 'ascending' | 'descending';

/**
 * Rows sorted by a column. Unknown values (no date, no CPE figures) go last in either direction;
 * ties fall back to member, then certification, so the order is stable.
 */
export function sortTeamCerts<T extends TeamCert>(rows: readonly T[], column: TeamCertColumn, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const tie = (a: T, b: T) => compareMemberNames(a.member, b.member) || a.certification.localeCompare(b.certification);
  // Names in a lead's order (Member 4 before Member 10), not character by character.
  if (column === 'member') return [...rows].sort((a, b) => sign * tie(a, b));
  const value = (r: T): string | number | null => {
    switch (column) {
      case 'certification':
        return r.certification.toLocaleLowerCase('en');
      case 'status':
        return CERT_STATUSES.indexOf(r.status);
      case 'examDate':
        return r.examDate || null;
      case 'renewalDate':
        return r.renewalDate || null;
      case 'cpe':
        return cpeShare(r);
    }
  };
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? tie(a, b) : va === null ? 1 : -1;
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return tie(a, b);
  });
}

/** The tracker as RFC 4180 CSV (CRLF), text cells formula-neutralised. */
export function teamCertsCsv(rows: readonly TeamCert[]): string {
  const header = ['Member', 'Certification', 'Status', 'Exam date', 'CPE earned', 'CPE required', 'CPE %', 'Renewal date'];
  const lines = rows.map((r) => {
    const share = cpeShare(r);
    return [
      csvText(r.member),
      csvText(r.certification),
      certStatusNames[r.status],
      r.examDate,
      r.cpeEarned === null ? '' : String(r.cpeEarned),
      r.cpeRequired === null ? '' : String(r.cpeRequired),
      share === null ? '' : String(Math.round(share * 100)),
      r.renewalDate,
    ];
  });
  return [header, ...lines].map((cells) => `${cells.join(',')}\r\n`).join('');
}
