import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../domain/certification/experience';
import {
  CERTIFICATION_PROFILE_KEY,
  addCpeEntry,
  emptyCertificationProfile,
  loadCertificationProfile,
  parseCertificationProfile,
  removeCpeEntry,
  removeCredential,
  removeJob,
  saveCredential,
  saveJob,
  setCertification,
  setCertifiedDate,
  setPassDate,
  setRole,
  updateCpeEntry,
} from './certification-repo';
import { BastionDb, setDatabase } from './db';
import { loadSettings } from './settings-repo';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`certification-repo-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

const analyst: Job = { title: 'SOC analyst', start: '2019-01-01', end: '2021-12-31', kind: 'full-time', domains: [1, 7] };

describe('jobs and credentials', () => {
  it('saves, edits and removes a job, keeping its id', async () => {
    const id = await saveJob(analyst);
    expect((await loadCertificationProfile()).jobs).toEqual([{ ...analyst, id }]);

    await saveJob({ ...analyst, id, kind: 'part-time', hoursPerWeek: 20, end: null });
    const [edited] = (await loadCertificationProfile()).jobs;
    expect(edited).toEqual({ ...analyst, id, kind: 'part-time', hoursPerWeek: 20, end: null });

    const other = await saveJob({ ...analyst, title: 'Intern', kind: 'internship', hoursPerWeek: 10 });
    await removeJob(id);
    expect((await loadCertificationProfile()).jobs.map((j) => j.id)).toEqual([other]);
  });

  it('refuses a job that ends before it starts, saying so in plain words, and stores nothing', async () => {
    await expect(saveJob({ ...analyst, end: '2018-12-31' })).rejects.toThrow(
      new Error('The job was not saved: the end date is before the start date. Nothing was changed.'),
    );
    await expect(saveJob({ ...analyst, start: '2023-02-29' })).rejects.toThrow(
      new Error('The job was not saved: the start date is not a real day. Nothing was changed.'),
    );
    expect(await database.settings.get(CERTIFICATION_PROFILE_KEY)).toBeUndefined();
  });

  it('says what failed, and that nothing changed, when storage refuses the write', async () => {
    const kept = await saveJob(analyst);
    const put = vi.spyOn(database.settings, 'put').mockRejectedValue(new Error('DatabaseClosedError: the database was closed'));
    try {
      await expect(removeJob(kept)).rejects.toThrow(
        new Error("The job was not removed: this browser's storage did not take the change. Nothing was changed."),
      );
    } finally {
      put.mockRestore();
    }
    expect((await loadCertificationProfile()).jobs.map((j) => j.id)).toEqual([kept]);
  });

  it('saves and removes credentials', async () => {
    const degree = await saveCredential({ kind: 'degree', name: 'BSc Computer Science' });
    const cert = await saveCredential({ kind: 'approved-credential', name: 'CompTIA Security+' });
    await removeCredential(degree);
    expect((await loadCertificationProfile()).credentials).toEqual([{ id: cert, kind: 'approved-credential', name: 'CompTIA Security+' }]);
  });
});

describe('after the exam', () => {
  it('round-trips the pass date, certification, role and CPE entries', async () => {
    await setPassDate('2026-05-31');
    await setCertification('associate');
    await setCertifiedDate('2026-07-01');
    await setRole('data-engineer');
    const webinar = await addCpeEntry({ date: '2026-08-01', activity: 'ISC2 webinar', group: 'A', hours: 1 });
    const book = await addCpeEntry({ date: '2026-08-03', activity: 'Read a book', group: 'B', hours: 5, evidence: 'notes.pdf' });
    await updateCpeEntry({ id: webinar, date: '2026-08-01', activity: 'ISC2 webinar on AI risk', group: 'A', hours: 1.5 });
    await removeCpeEntry(book);

    const profile = await loadCertificationProfile();
    expect(profile).toEqual({
      ...emptyCertificationProfile,
      passDate: '2026-05-31',
      certification: 'associate',
      certifiedDate: '2026-07-01',
      role: 'data-engineer',
      cpeEntries: [{ id: webinar, date: '2026-08-01', activity: 'ISC2 webinar on AI risk', group: 'A', hours: 1.5 }],
    });

    await setPassDate(null);
    await setRole(null);
    expect(await loadCertificationProfile()).toMatchObject({ passDate: null, role: null });
  });

  it('refuses a CPE entry with no hours', async () => {
    await expect(addCpeEntry({ date: '2026-08-01', activity: 'Webinar', group: 'A', hours: 0 })).rejects.toThrow(
      new Error('The CPE entry was not saved: the hours must be above 0. Nothing was changed.'),
    );
  });
});

describe('reading a stored profile', () => {
  it.each([
    ['a string', 'not a profile'],
    ['a number', 42],
    ['an array', []],
    ['jobs that are not a list', { jobs: 'many' }],
    ['an impossible date', { jobs: [{ ...analyst, id: 'j', start: '2021-02-30' }] }],
    ['an unknown role', { role: 'astronaut' }],
    ['an unknown certification', { certification: 'cism' }],
  ])('reads %s as the empty profile without throwing', async (_what, value) => {
    await database.settings.put({ key: CERTIFICATION_PROFILE_KEY, value });
    await expect(loadCertificationProfile()).resolves.toEqual(emptyCertificationProfile);
  });

  it('fills fields missing from an older profile with their defaults', () => {
    expect(parseCertificationProfile({ passDate: '2026-01-10' })).toEqual({ ...emptyCertificationProfile, passDate: '2026-01-10' });
    expect(parseCertificationProfile(undefined)).toBe(emptyCertificationProfile);
  });

  it('replaces a malformed row on the next write', async () => {
    await database.settings.put({ key: CERTIFICATION_PROFILE_KEY, value: { jobs: 'many' } });
    await setRole('leadership');
    expect(await loadCertificationProfile()).toEqual({ ...emptyCertificationProfile, role: 'leadership' });
  });

  it('leaves the other settings alone', async () => {
    await database.settings.put({ key: 'focusExam', value: 'cc' });
    await saveJob(analyst);
    expect((await loadSettings()).focusExam).toBe('cc');
  });
});
