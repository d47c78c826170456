/**
 * "My questions": the learner's own pack, with the fixed id MY_QUESTIONS_ID and source 'authored'.
 * Its questions are stored like an imported pack's (`my-questions:<id>`), so they join practice,
 * review and exams, and a learner's history of them survives edits. Removing one retires it (its id
 * is never given to another question); exporting writes a pack file under an id of the learner's
 * choosing, kept in `meta` so every later export of the same pack updates it where it is imported.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PackIdentity } from '../domain/group/assignment-builder';
import type { Pack, Question } from '../domain/pack/pack-schema';
import { canonicalQuestion } from '../domain/pack/pack-serialize';
import { db, EXPORT_SETTINGS_KEY, type BastionDb, type PackRecord, type QuestionRecord } from './db';
import { isReservedPackId, MY_QUESTIONS_ID, packFileFor, questionKeyOf, type PackFile } from './pack-repo';
import { loadActivePool, stemIndexOf } from './pool-cache';
import type { StemIndex } from '../domain/pack/near-duplicates';

export const MY_QUESTIONS_TITLE = 'My questions';

async function ensurePack(database: BastionDb, now: Date): Promise<PackRecord> {
  const existing = await database.packs.get(MY_QUESTIONS_ID);
  if (existing) return existing;
  const record: PackRecord = {
    id: MY_QUESTIONS_ID,
    title: MY_QUESTIONS_TITLE,
    license: 'Your own writing',
    source: 'authored',
    enabled: 1,
    questionCount: 0,
    // Written question by question, so there is no file whose content could be hashed.
    contentHash: '',
    updatedAt: now,
  };
  await database.packs.put(record);
  return record;
}

async function recount(database: BastionDb, now: Date): Promise<void> {
  const questionCount = await database.questions
    .where('packId')
    .equals(MY_QUESTIONS_ID)
    .filter((q) => q.retired === 0)
    .count();
  await database.packs.update(MY_QUESTIONS_ID, { questionCount, updatedAt: now });
}

/**
 * Saves a question (already checked by `checkDraft`) to My questions. A new question may not take
 * an id used before, even by a removed one: the learner's history is keyed by it.
 */
export async function saveMyQuestion(question: Question, mode: 'new' | 'edit', now: Date): Promise<void> {
  const database = db();
  const key = questionKeyOf(MY_QUESTIONS_ID, question.id);
  await database.transaction('rw', [database.packs, database.questions], async () => {
    const existing = await database.questions.get(key);
    if (mode === 'new' && existing) throw new Error(`You already have a question with the id "${question.id}".`);
    if (mode === 'edit' && !existing) throw new Error(`There is no question "${question.id}" in My questions to edit.`);
    await ensurePack(database, now);
    await database.questions.put({ ...canonicalQuestion(question), key, packId: MY_QUESTIONS_ID, retired: 0 });
    await recount(database, now);
  });
}

/** Takes a question out of My questions (retired: its history stays, its id stays taken, and it can be restored). */
export function removeMyQuestion(questionId: string, now: Date): Promise<void> {
  return setRetired(questionId, 1, now);
}

/** Puts a removed question back into My questions, with its history. */
export function restoreMyQuestion(questionId: string, now: Date): Promise<void> {
  return setRetired(questionId, 0, now);
}

async function setRetired(questionId: string, retired: 0 | 1, now: Date): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.packs, database.questions], async () => {
    await database.questions.update(questionKeyOf(MY_QUESTIONS_ID, questionId), { retired });
    await recount(database, now);
  });
}

export interface MyQuestions {
  /** In the pack, sorted by id. */
  readonly active: QuestionRecord[];
  /** Taken out of the pack and restorable, sorted by id. */
  readonly removed: QuestionRecord[];
  /** Every id ever used, removed ones too. */
  readonly takenIds: ReadonlySet<string>;
}

const byId = (a: QuestionRecord, b: QuestionRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function useMyQuestions(): MyQuestions | undefined {
  return useLiveQuery(async () => {
    const all = (await db().questions.where('packId').equals(MY_QUESTIONS_ID).toArray()).sort(byId);
    return {
      active: all.filter((q) => q.retired === 0),
      removed: all.filter((q) => q.retired !== 0),
      takenIds: new Set(all.map((q) => q.id)),
    };
  });
}

export function useMyQuestion(questionId: string | undefined): QuestionRecord | null | undefined {
  return useLiveQuery(
    async () => (questionId ? ((await db().questions.get(questionKeyOf(MY_QUESTIONS_ID, questionId))) ?? null) : null),
    [questionId],
  );
}

// ── Export ──────────────────────────────────────────────────────────────────

export interface ExportSettings {
  readonly id: string;
  readonly title: string;
  readonly license: string;
  readonly description: string;
  /** '' for none. */
  readonly release: string;
}

const randomSuffix = (): string => Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => (b % 36).toString(36)).join('');

async function loadExportSettings(): Promise<ExportSettings> {
  const stored = (await db().meta.get(EXPORT_SETTINGS_KEY))?.value as Partial<ExportSettings> | undefined;
  return {
    id: stored?.id ?? `my-questions-${randomSuffix()}`,
    title: stored?.title ?? 'My questions',
    license: stored?.license ?? 'CC BY-SA 4.0',
    description: stored?.description ?? '',
    release: stored?.release ?? '1',
  };
}

/** The settings of the last export, or fresh ones with an id of its own for this browser. */
export function useExportSettings(): ExportSettings | undefined {
  return useLiveQuery(loadExportSettings);
}

/**
 * The identity My questions travel under outside this browser — in an exported file or with a group
 * assignment: the last export's id, title and license; when there was none, a new id is chosen and
 * kept, so a file exported later carries the same id and updates those questions where they landed.
 */
export async function sharedIdentityOfMyQuestions(): Promise<PackIdentity> {
  const settings = await loadExportSettings();
  const stored = await db().meta.get(EXPORT_SETTINGS_KEY);
  if (!stored) await db().meta.put({ key: EXPORT_SETTINGS_KEY, value: settings });
  const release = Number(settings.release.trim());
  return {
    id: settings.id.trim(),
    title: settings.title.trim(),
    license: settings.license.trim(),
    ...(settings.description.trim() ? { description: settings.description.trim() } : {}),
    ...(Number.isInteger(release) && release >= 1 ? { release } : {}),
  };
}

/**
 * My questions (all, or the ones chosen) as a pack file, checked by reading it back; the settings are
 * kept for the next export. Throws, with every problem, when the file would not import.
 */
export async function exportMyQuestions(settings: ExportSettings, questionIds: readonly string[] | null): Promise<PackFile> {
  const database = db();
  const chosen = questionIds ? new Set(questionIds) : null;
  const questions = (await database.questions.where('packId').equals(MY_QUESTIONS_ID).toArray()).filter(
    (q) => q.retired === 0 && (!chosen || chosen.has(q.id)),
  );
  if (questions.length === 0) throw new Error('Choose at least one question to export.');
  const release = settings.release.trim();
  const pack: Pack = {
    format: 'bastion-pack',
    version: 1,
    id: settings.id.trim(),
    title: settings.title.trim(),
    ...(settings.description.trim() ? { description: settings.description.trim() } : {}),
    license: settings.license.trim(),
    ...(release ? { release: Number(release) } : {}),
    questions: questions.map(canonicalQuestion),
  };
  const reserved = isReservedPackId(pack.id) || (await database.packs.get(pack.id))?.source === 'bundled';
  if (reserved) throw new Error(`The pack id "${pack.id}" is kept for Bastion's own packs: choose another.`);
  const file = await packFileFor(pack);
  await database.meta.put({ key: EXPORT_SETTINGS_KEY, value: { ...settings } });
  return file;
}

/**
 * The stems of every question in practice (the bank, imported packs, My questions) as trigram sets,
 * live: the question editor warns when a new stem is much like one of them.
 */
export function useActiveStemIndex(): StemIndex | undefined {
  return useLiveQuery(async () => stemIndexOf(await loadActivePool()));
}
