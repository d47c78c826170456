/**
 * The learner's certification profile: work history, credentials, exam pass date, certification
 * and CPE log, and the role they picked. It is ONE row of the settings table (key
 * 'certificationProfile'), so no schema change was needed and a backup of settings carries it.
 *
 * Every read goes through `certificationProfileSchema`: a stored value that does not match (written
 * by a buggy build, edited by hand, or from a future version with a different shape) reads as an
 * empty profile rather than crashing the screen; the domain functions it feeds throw on impossible
 * dates. Missing fields take their defaults, so a profile saved before a field existed still reads.
 * The next write over a malformed row replaces it: what could not be read is not kept.
 *
 * Every write is read-modify-write of the whole row inside one transaction, so two quick edits
 * (say, from two tabs) cannot lose each other's change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from '../domain/zod';
import type { CpeCertification, CpeEntry } from '../domain/certification/endorsement-cpe';
import type { Credential, Job } from '../domain/certification/experience';
import { agencyRoles, type AgencyRole } from '../domain/certification/role-paths';
import { db } from './db';
import { refusedWrite } from './storage-full';

export const CERTIFICATION_PROFILE_KEY = 'certificationProfile';

/** A job, credential or CPE entry as stored: the domain value plus a stable id for edit and remove. */
export type StoredJob = Job & { readonly id: string };
export type StoredCredential = Credential & { readonly id: string };
export type StoredCpeEntry = CpeEntry & { readonly id: string };

export interface CertificationProfile {
  readonly jobs: readonly StoredJob[];
  readonly credentials: readonly StoredCredential[];
  /** Day the exam was passed, 'yyyy-mm-dd'. */
  readonly passDate: string | null;
  /** Day of certification, which starts the CPE cycle, 'yyyy-mm-dd'. */
  readonly certifiedDate: string | null;
  readonly certification: CpeCertification;
  readonly cpeEntries: readonly StoredCpeEntry[];
  readonly role: AgencyRole | null;
}

export const emptyCertificationProfile: CertificationProfile = {
  jobs: [],
  credentials: [],
  passDate: null,
  certifiedDate: null,
  certification: 'cissp',
  cpeEntries: [],
  role: null,
};

// z.iso.date() accepts only real calendar days ('2023-02-29' fails), which the domain requires.
const day = z.iso.date();
const id = z.string().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

/** The longest text each field keeps; the forms check these first and say so in plain words. */
export const TEXT_LIMITS = { jobTitle: 200, credentialName: 200, cpeActivity: 300, cpeEvidence: 1000 } as const;

/**
 * The plain-words problem with a text that is too long, or null when it fits.
 * @example tooLong('job title', 'x'.repeat(242), 200) // 'Keep the job title to 200 characters or fewer (it has 242).'
 */
export function tooLong(field: string, value: string, limit: number): string | null {
  const length = value.trim().length;
  return length > limit ? `Keep the ${field} to ${limit} characters or fewer (it has ${length}).` : null;
}

const jobSchema = z
  .object({
    id,
    title: text(TEXT_LIMITS.jobTitle),
    start: day,
    end: day.nullable(),
    kind: z.enum(['full-time', 'part-time', 'internship']),
    hoursPerWeek: z.number().positive().max(168).optional(),
    domains: z.array(z.number().int().min(1).max(8)).max(8),
  })
  // Dates compare correctly as strings in yyyy-mm-dd form.
  .refine((job) => job.end === null || job.end >= job.start, { message: 'the end date is before the start date', path: ['end'] });

const credentialSchema = z.object({ id, kind: z.enum(['degree', 'approved-credential']), name: text(TEXT_LIMITS.credentialName) });

const cpeEntrySchema = z.object({
  id,
  date: day,
  activity: text(TEXT_LIMITS.cpeActivity),
  group: z.enum(['A', 'B']),
  hours: z.number().positive().max(1000),
  evidence: z.string().max(TEXT_LIMITS.cpeEvidence).optional(),
});

const roleSchema = z.custom<AgencyRole>((v) => typeof v === 'string' && (agencyRoles as readonly string[]).includes(v));

export const certificationProfileSchema = z.object({
  jobs: z.array(jobSchema).default([]),
  credentials: z.array(credentialSchema).default([]),
  passDate: day.nullable().default(null),
  certifiedDate: day.nullable().default(null),
  certification: z.enum(['cissp', 'associate', 'cc']).default('cissp'),
  cpeEntries: z.array(cpeEntrySchema).default([]),
  role: roleSchema.nullable().default(null),
});

/** A stored value as a profile; anything malformed reads as the empty profile. Never throws. */
export function parseCertificationProfile(value: unknown): CertificationProfile {
  if (value === undefined || value === null) return emptyCertificationProfile;
  const parsed = certificationProfileSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyCertificationProfile;
}

export async function loadCertificationProfile(): Promise<CertificationProfile> {
  return parseCertificationProfile((await db().settings.get(CERTIFICATION_PROFILE_KEY))?.value);
}

/** The profile, live; undefined while the first read is in flight. */
export function useCertificationProfile(): CertificationProfile | undefined {
  return useLiveQuery(loadCertificationProfile);
}

/** A change the profile refused, or storage did not take: its message is for the learner, as it is. */
export class ProfileNotChanged extends Error {}

/**
 * Applies a change to the stored profile, all or nothing. When it cannot be kept, throws a
 * ProfileNotChanged saying what failed (`failed`, e.g. "The job was not saved"), why, and that
 * nothing was changed: the forms check first, so this is for what gets past them.
 */
async function updateProfile(failed: string, change: (profile: CertificationProfile) => CertificationProfile): Promise<void> {
  const database = db();
  try {
    await database.transaction('rw', database.settings, async () => {
      const next = certificationProfileSchema.safeParse(change(await loadCertificationProfile()));
      if (!next.success) throw new ProfileNotChanged(`${failed}: ${refusalReason(next.error)}. Nothing was changed.`);
      await database.settings.put({ key: CERTIFICATION_PROFILE_KEY, value: next.data });
    });
  } catch (error) {
    if (error instanceof ProfileNotChanged) throw error;
    // The transaction was aborted, so what was stored before is still there.
    throw new ProfileNotChanged(refusedWrite(failed, error), { cause: error });
  }
}

/** What each stored field is, in the forms' words. */
const fieldWords: Record<string, string> = {
  title: 'the job title',
  start: 'the start date',
  end: 'the end date',
  kind: 'the kind',
  hoursPerWeek: 'the hours per week',
  domains: 'the CISSP domains',
  name: 'the name',
  date: 'the date',
  activity: 'the activity',
  group: 'the group',
  hours: 'the hours',
  evidence: 'the evidence',
  passDate: 'the day you passed',
  certifiedDate: 'the day you were certified',
  certification: 'the certification',
  role: 'the role',
};

/** Why the profile refused a change, from its first problem: "the hours must be above 0". */
function refusalReason(error: z.ZodError): string {
  const issue = error.issues[0];
  const key = issue?.path.findLast((part) => typeof part === 'string');
  const field = (typeof key === 'string' && fieldWords[key]) || 'a value';
  switch (issue?.code) {
    case 'custom':
      return issue.message;
    case 'invalid_format': // only days have a format here
      return `${field} is not a real day`;
    case 'too_small':
      if (issue.origin === 'string') return `${field} is empty`;
      return `${field} must be ${issue.inclusive ? 'at least' : 'above'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `${field} is longer than ${String(issue.maximum)} characters`;
      if (issue.origin === 'array') return `${field} are more than ${String(issue.maximum)}`;
      return `${field} must be ${issue.inclusive ? 'at most' : 'below'} ${String(issue.maximum)}`;
    default:
      return `${field} is not a value the profile can keep`;
  }
}

const newId = (): string => crypto.randomUUID();

/** Replaces the item with the same id, or appends it. */
function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}

/** Adds a job, or replaces the one with the same id. Returns its id. Throws if the job is invalid. */
export async function saveJob(job: Job & { id?: string }): Promise<string> {
  const stored = { ...job, id: job.id ?? newId() };
  await updateProfile('The job was not saved', (p) => ({ ...p, jobs: upsert(p.jobs, stored) }));
  return stored.id;
}

export async function removeJob(jobId: string): Promise<void> {
  await updateProfile('The job was not removed', (p) => ({ ...p, jobs: p.jobs.filter((j) => j.id !== jobId) }));
}

/** Adds a credential, or replaces the one with the same id. Returns its id. */
export async function saveCredential(credential: Credential & { id?: string }): Promise<string> {
  const stored = { ...credential, id: credential.id ?? newId() };
  await updateProfile('The degree or credential was not saved', (p) => ({ ...p, credentials: upsert(p.credentials, stored) }));
  return stored.id;
}

export async function removeCredential(credentialId: string): Promise<void> {
  await updateProfile('The degree or credential was not removed', (p) => ({
    ...p,
    credentials: p.credentials.filter((c) => c.id !== credentialId),
  }));
}

export async function setPassDate(passDate: string | null): Promise<void> {
  await updateProfile('The day you passed was not saved', (p) => ({ ...p, passDate }));
}

/** The certification held: it sets the CPE target and the annual fee. */
export async function setCertification(certification: CpeCertification): Promise<void> {
  await updateProfile('The certification was not saved', (p) => ({ ...p, certification }));
}

/** The day the certification was awarded, which starts the CPE cycle. */
export async function setCertifiedDate(certifiedDate: string | null): Promise<void> {
  await updateProfile('The day you were certified was not saved', (p) => ({ ...p, certifiedDate }));
}

/** Appends a CPE entry. Returns its id. */
export async function addCpeEntry(entry: CpeEntry): Promise<string> {
  const stored = { ...entry, id: newId() };
  await updateProfile('The CPE entry was not saved', (p) => ({ ...p, cpeEntries: [...p.cpeEntries, stored] }));
  return stored.id;
}

/** Replaces the CPE entry with this id; does nothing if it was removed meanwhile. */
export async function updateCpeEntry(entry: StoredCpeEntry): Promise<void> {
  await updateProfile('The CPE entry was not saved', (p) => ({
    ...p,
    cpeEntries: p.cpeEntries.map((e) => (e.id === entry.id ? entry : e)),
  }));
}

export async function removeCpeEntry(entryId: string): Promise<void> {
  await updateProfile('The CPE entry was not deleted', (p) => ({ ...p, cpeEntries: p.cpeEntries.filter((e) => e.id !== entryId) }));
}

export async function setRole(role: AgencyRole | null): Promise<void> {
  await updateProfile('The role was not saved', (p) => ({ ...p, role }));
}
