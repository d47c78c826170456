/** Learner settings, one row per key, read reactively. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  theme: ThemeChoice;
}

export const defaultSettings: Settings = { theme: 'system' };

export function useSetting<K extends keyof Settings>(key: K): Settings[K] {
  const value = useLiveQuery(async () => (await db().settings.get(key))?.value as Settings[K] | undefined, [key]);
  return value ?? defaultSettings[key];
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await db().settings.put({ key, value });
}
