/** Learner settings, one row per key, read reactively. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ExamId } from '../domain/exam-blueprints';
import { RETENTION_DEFAULT, type SchedulerSettings } from '../domain/study/scheduler';
import { db } from './db';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemeChoice;
  /** The exam the learner is studying for now; Today and Review follow it. */
  focusExam: ExamId;
  desiredRetention: number;
  fuzz: boolean;
  dailyNewLimit: number;
  /** ISO date (yyyy-mm-dd) of the learner's exam, or '' when none is set. */
  examDate: string;
  /** Questions in a review session (review-queue.ts's REVIEW_SESSION_SIZES); 0: everything due and new. */
  reviewSessionSize: number;
}

export const defaultSettings: Settings = {
  theme: 'system',
  focusExam: 'cissp',
  desiredRetention: RETENTION_DEFAULT,
  fuzz: true,
  dailyNewLimit: 20,
  examDate: '',
  reviewSessionSize: 0,
};

export function useSetting<K extends keyof Settings>(key: K): Settings[K] {
  const value = useLiveQuery(async () => (await db().settings.get(key))?.value as Settings[K] | undefined, [key]);
  return value ?? defaultSettings[key];
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db().settings.put({ key, value });
}

export async function loadSettings(): Promise<Settings> {
  const rows = await db().settings.toArray();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value])) as Partial<Settings>;
  return { ...defaultSettings, ...stored };
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(loadSettings);
}

/** The exam day ends the schedule: intervals are capped at the end of the exam date. */
export function schedulerSettingsFrom(s: Settings): SchedulerSettings {
  const examDate = s.examDate ? new Date(`${s.examDate}T23:59:59`) : undefined;
  return { desiredRetention: s.desiredRetention, fuzz: s.fuzz, examDate };
}
