/**
 * Study time. Practice, review and exams log their active time automatically: a second counts only
 * while the tab is visible and the learner interacted within the last two minutes. Manual entries
 * cover reading, video, labs and classes. All of it lives in the `studyTime` table.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { ExamId } from '../domain/exam-blueprints';
import { calendarDayOf } from '../domain/calendar-day';
import { appNow } from './clock';
import { storageRefusal } from './storage-full';
import { db, type StudyTimeRecord } from './db';

/** Idle for longer than this and the clock stops counting (issue #5). */
export const IDLE_LIMIT_MS = 2 * 60_000;
/** Active time is written at least this often, so a crash loses at most this much. */
const FLUSH_EVERY_MS = 30_000;

export type AutoSource = 'practice' | 'review' | 'exam';
export type ManualSource = 'reading' | 'video' | 'lab' | 'class' | 'other';

function dayStart(d: Date): Date {
  const x = new Date(d);
  x.setHours(0, 0, 0, 0);
  return x;
}

/** Adds active minutes to today's automatic row for this source and exam (one row per day and source). */
export async function addActiveMinutes(source: AutoSource, exam: ExamId, minutes: number, now: Date): Promise<void> {
  if (minutes <= 0) return;
  const date = dayStart(now);
  await db().transaction('rw', db().studyTime, async () => {
    const existing = await db()
      .studyTime.where('date')
      .equals(date)
      .filter((r) => r.source === source && r.exam === exam && r.domain === 0 && r.note === undefined)
      .first();
    if (existing?.id !== undefined) await db().studyTime.update(existing.id, { minutes: existing.minutes + minutes });
    else await db().studyTime.add({ date, minutes, domain: 0, exam, source });
  });
}

/**
 * Counts active time while the component is mounted. Pure bookkeeping in refs and timers: nothing
 * re-renders each second.
 */
export function useActiveStudyTime(source: AutoSource, exam: ExamId): void {
  useEffect(() => {
    let lastInteraction = Date.now();
    let pendingMs = 0;
    let lastTick = Date.now();
    const onInteract = () => {
      lastInteraction = Date.now();
    };
    const tick = () => {
      const t = Date.now();
      const visible = document.visibilityState === 'visible';
      if (visible && t - lastInteraction <= IDLE_LIMIT_MS) pendingMs += Math.min(t - lastTick, 5_000);
      lastTick = t;
    };
    const flush = () => {
      tick();
      const minutes = Math.round((pendingMs / 60_000) * 100) / 100;
      pendingMs = 0;
      if (minutes > 0)
        addActiveMinutes(source, exam, minutes, appNow()).catch((error: Error) => {
          // The database closes when the page goes away (or a test deletes it); a lost minute then is acceptable.
          if (error.name !== 'DatabaseClosedError') console.warn('Study time was not saved:', error.message);
        });
    };
    const events = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, onInteract, { passive: true }));
    const ticker = window.setInterval(tick, 1_000);
    const flusher = window.setInterval(flush, FLUSH_EVERY_MS);
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      events.forEach((e) => window.removeEventListener(e, onInteract));
      window.clearInterval(ticker);
      window.clearInterval(flusher);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [source, exam]);
}

export interface ManualEntry {
  date: string;
  minutes: number;
  domain: number;
  exam: ExamId;
  source: ManualSource;
  note: string;
}

function toRecord(entry: ManualEntry): StudyTimeRecord {
  return {
    date: new Date(`${entry.date}T12:00:00`),
    minutes: entry.minutes,
    domain: entry.domain,
    exam: entry.exam,
    source: entry.source,
    note: entry.note,
  };
}

/**
 * Problems with a manual entry in plain words; empty when it can be saved. Given `today`
 * (yyyy-mm-dd), a later date is refused: time not yet studied would count in the plan and Progress.
 */
export function manualEntryProblems(entry: ManualEntry, today?: string): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(entry.date))) problems.push('Enter the date you studied.');
  else if (today !== undefined && entry.date > today) problems.push('The date is after today; log time on or before the day you studied.');
  // NaN is an empty (or half-typed) field: ask for the number rather than quote it back.
  if (Number.isNaN(entry.minutes)) problems.push('Enter the minutes you studied (1–1440).');
  else if (!Number.isFinite(entry.minutes) || entry.minutes < 1 || entry.minutes > 24 * 60)
    problems.push('Minutes must be between 1 and 1440.');
  if (!Number.isInteger(entry.domain) || entry.domain < 0 || entry.domain > 8) problems.push('Choose a domain, or “all domains”.');
  return problems;
}

function refuseProblems(entry: ManualEntry): void {
  const problems = manualEntryProblems(entry, calendarDayOf(appNow()));
  if (problems.length > 0) throw new Error(problems.join(' '));
}

/**
 * A write storage refused, said in the learner's words: the entry's own problems are already in
 * them, but IndexedDB's ("QuotaExceededError: …", "AbortError: …") are not. Nothing was written.
 */
async function storing(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new Error(`${storageRefusal(error)}. Nothing was changed.`, { cause: error });
  }
}

export async function addManualEntry(entry: ManualEntry): Promise<void> {
  refuseProblems(entry);
  await storing(() => db().studyTime.add(toRecord(entry)));
}

export async function updateManualEntry(id: number, entry: ManualEntry): Promise<void> {
  refuseProblems(entry);
  await storing(() => db().studyTime.update(id, toRecord(entry)));
}

export async function deleteTimeEntry(id: number): Promise<void> {
  await storing(() => db().studyTime.delete(id));
}

/**
 * Every time entry of one exam, newest first. All of them, not a cap: an entry the list cannot
 * reach could never be corrected or deleted (the screen shows the latest ones until asked for all).
 */
export function useTimeEntries(exam: StudyTimeRecord['exam']): StudyTimeRecord[] | undefined {
  // One read of the date index, then the exam picked out here: Dexie's `filter` would walk a
  // cursor instead, a record (and a wait for the page) at a time.
  return useLiveQuery(async () => (await db().studyTime.orderBy('date').reverse().toArray()).filter((e) => e.exam === exam), [exam]);
}

/** Every time entry; the plan and progress screens aggregate them per week and domain. */
export async function loadTimeEntries(): Promise<StudyTimeRecord[]> {
  return db().studyTime.toArray();
}
