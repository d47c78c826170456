/**
 * Question packs a learner adds: importing a pack file, switching packs on and off, deleting an
 * imported pack, and exporting one as a file again.
 *
 * Identity. An imported question is stored under `packId:questionId` (the bundled bank uses the bare
 * question id), so two packs may both have a "q-001" and a learner's cards and review logs, keyed
 * by that stable key, follow the question across every new version of its pack.
 *
 * - Import is all or nothing: the pack row and every question are written in one transaction, so a
 *   failure (a full disk, another tab) leaves the database exactly as it was.
 * - Importing the same content again writes nothing; the content hash is taken over the pack's
 *   canonical text (pack-serialize.ts), so reformatting a file does not count as a change.
 * - A newer version updates the questions it still has and retires the ones it dropped (never
 *   deleted: their history stays); a switched-off pack stays off.
 * - Deleting a pack retires its questions and removes its row; cards and review logs stay, and come
 *   back into use if the pack is imported again.
 * - A pack may not take the id of a bundled pack, nor that of "My questions", nor the id this
 *   browser exports My questions under: that file holds the learner's own questions, which are
 *   already here, and importing it would put a second copy of each into practice.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { decodePack } from '../domain/pack/pack-decode';
import type { Pack } from '../domain/pack/pack-schema';
import { canonicalQuestion, packFileName, serializePack } from '../domain/pack/pack-serialize';
import { sha256Hex } from './bank-sync';
import { db, EXPORT_SETTINGS_KEY, type BastionDb, type PackRecord, type QuestionRecord } from './db';

// The ids live in the domain (the group schema checks them too); re-exported for the screens.
export { BUNDLED_ID_PREFIX, isReservedPackId, MY_QUESTIONS_ID, questionKeyOf } from '../domain/pack/pack-ids';
import { BUNDLED_ID_PREFIX, MY_QUESTIONS_ID, questionKeyOf } from '../domain/pack/pack-ids';
import { getCards } from './card-store';

export interface PackImportPlan {
  readonly pack: Pack;
  readonly contentHash: string;
  /** The pack as it is here now, if it is. */
  readonly existing: PackRecord | null;
  /** Why this pack cannot be imported; null when it can. */
  readonly refusal: string | null;
  /** The very same content is already here: importing changes nothing. */
  readonly unchanged: boolean;
  readonly added: number;
  readonly updated: number;
  readonly retired: number;
  /** Questions the learner has answered before (their history applies again). */
  readonly withHistory: number;
}

/** What importing this (valid) pack would do, compared with what this browser holds now. */
export async function planPackImport(pack: Pack): Promise<PackImportPlan> {
  const contentHash = await packContentHash(pack);
  const database = db();
  return database.transaction('r', [database.packs, database.questions, database.cardBuckets, database.meta], async () => {
    const existing = (await database.packs.get(pack.id)) ?? null;
    const keys = pack.questions.map((q) => questionKeyOf(pack.id, q.id));
    const [before, cards, activeBefore] = await Promise.all([
      database.questions.bulkGet(keys),
      getCards(database, keys),
      database.questions
        .where('packId')
        .equals(pack.id)
        .filter((q) => q.retired === 0)
        .primaryKeys(),
    ]);
    const current = new Set(keys);
    let added = 0;
    let updated = 0;
    pack.questions.forEach((q, i) => {
      const old = before[i];
      if (!old || old.retired === 1) added++;
      else if (JSON.stringify(canonicalQuestion(old)) !== JSON.stringify(canonicalQuestion(q))) updated++;
    });
    return {
      pack,
      contentHash,
      existing,
      refusal: await refusalFor(database, pack),
      unchanged: existing?.source === 'imported' && existing.contentHash === contentHash,
      added,
      updated,
      retired: activeBefore.filter((k) => !current.has(k)).length,
      withHistory: cards.filter(Boolean).length,
    };
  });
}

async function packContentHash(pack: Pack): Promise<string> {
  return sha256Hex(serializePack(pack));
}

async function refusalFor(database: BastionDb, pack: Pack): Promise<string | null> {
  if (pack.id === MY_QUESTIONS_ID)
    return `the pack id "${MY_QUESTIONS_ID}" is kept for the questions you write here: give the pack another id`;
  const ownExport = (await database.meta.get(EXPORT_SETTINGS_KEY))?.value as { id?: unknown } | undefined;
  if (typeof ownExport?.id === 'string' && ownExport.id.trim() === pack.id) {
    return (
      `"${pack.id}" is the id this browser exports My questions under: these are your own questions, already here in ` +
      'My questions, and importing them would add a second copy of each'
    );
  }
  const existing = await database.packs.get(pack.id);
  if (existing?.source === 'bundled' || pack.id.startsWith(BUNDLED_ID_PREFIX)) {
    const which =
      existing?.source === 'bundled'
        ? `the id of a pack that comes with Bastion ("${existing.title}")`
        : `kept for packs that come with Bastion (ids starting "${BUNDLED_ID_PREFIX}")`;
    return `"${pack.id}" is ${which}: a pack you import needs an id of its own`;
  }
  if (existing?.release !== undefined && pack.release !== undefined && pack.release < existing.release) {
    return `this is release ${pack.release} of "${existing.title}", older than release ${existing.release}, which you already have`;
  }
  return null;
}

export type PackImportResult =
  | { readonly ok: true; readonly changed: boolean; readonly questionCount: number; readonly retired: number }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Imports a valid pack, all or nothing. Never throws: a refusal or failed write comes back as problems. */
export async function importPack(pack: Pack, now: Date): Promise<PackImportResult> {
  const contentHash = await packContentHash(pack);
  const database = db();
  try {
    return await database.transaction('rw', [database.packs, database.questions, database.meta], async (): Promise<PackImportResult> => {
      // Checked again inside the transaction: another tab may have changed things since the preview.
      const refusal = await refusalFor(database, pack);
      if (refusal) return { ok: false, problems: [refusal] };
      const existing = await database.packs.get(pack.id);
      if (existing?.source === 'imported' && existing.contentHash === contentHash) {
        return { ok: true, changed: false, questionCount: pack.questions.length, retired: 0 };
      }
      const records: QuestionRecord[] = pack.questions.map((q) => ({
        ...canonicalQuestion(q),
        key: questionKeyOf(pack.id, q.id),
        packId: pack.id,
        retired: 0,
      }));
      const current = new Set(records.map((r) => r.key));
      const gone = (
        await database.questions
          .where('packId')
          .equals(pack.id)
          .filter((q) => q.retired === 0)
          .primaryKeys()
      ).filter((k) => !current.has(k));
      await database.questions.bulkPut(records);
      if (gone.length > 0) await database.questions.where('key').anyOf(gone).modify({ retired: 1 });
      const record: PackRecord = {
        id: pack.id,
        title: pack.title,
        license: pack.license,
        ...(pack.description !== undefined ? { description: pack.description } : {}),
        ...(pack.release !== undefined ? { release: pack.release } : {}),
        source: 'imported',
        enabled: existing?.enabled ?? 1,
        questionCount: records.length,
        contentHash,
        updatedAt: now,
      };
      await database.packs.put(record);
      return { ok: true, changed: true, questionCount: records.length, retired: gone.length };
    });
  } catch (error) {
    return { ok: false, problems: [writeFailureMessage(error)] };
  }
}

function writeFailureMessage(error: unknown): string {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.inner?.name ?? (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'your browser is out of storage space for this site; nothing was changed';
  return `the import failed and nothing was changed: ${error instanceof Error ? error.message : String(error)}`;
}

/** Includes or excludes a pack's questions in practice, review and exams. */
export async function setPackEnabled(packId: string, enabled: boolean): Promise<void> {
  await db().packs.update(packId, { enabled: enabled ? 1 : 0 });
}

/**
 * Deletes an imported pack: its questions leave the pool (retired, not deleted) and its row goes.
 * Cards and review logs stay; importing the pack again brings its questions back with their history.
 */
export async function deleteImportedPack(packId: string): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.packs, database.questions], async () => {
    const pack = await database.packs.get(packId);
    if (!pack) return;
    if (pack.source !== 'imported') throw new Error(`"${pack.title}" is not an imported pack and cannot be deleted`);
    await database.questions.where('packId').equals(packId).modify({ retired: 1 });
    await database.packs.delete(packId);
  });
}

/** A pack's active questions as a pack, in the stored pack's own words (id, title, license, release). */
export async function readPackForExport(packId: string): Promise<Pack> {
  const database = db();
  return database.transaction('r', [database.packs, database.questions], async () => {
    const record = await database.packs.get(packId);
    if (!record) throw new Error(`There is no pack "${packId}" here.`);
    const questions = await database.questions
      .where('packId')
      .equals(packId)
      .filter((q) => q.retired === 0)
      .toArray();
    return packFromRecord(record, questions);
  });
}

function packFromRecord(record: PackRecord, questions: readonly QuestionRecord[]): Pack {
  return {
    format: 'bastion-pack',
    version: 1,
    id: record.id,
    title: record.title,
    ...(record.description !== undefined ? { description: record.description } : {}),
    license: record.license,
    ...(record.release !== undefined ? { release: record.release } : {}),
    questions: questions.map(canonicalQuestion),
  };
}

export interface PackFile {
  readonly fileName: string;
  readonly text: string;
}

/**
 * The text of a pack file, checked by reading it back as the importer would: a file the app hands
 * out must import again. Throws, with every problem, when it would not.
 */
export async function packFileFor(pack: Pack): Promise<PackFile> {
  const text = serializePack(pack);
  const check = await decodePack(text);
  if (!check.ok) {
    throw new Error(
      `The pack was not written, because it could not be imported again:\n${check.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  return { fileName: packFileName(pack.id), text };
}

export async function exportImportedPack(packId: string): Promise<PackFile> {
  return packFileFor(await readPackForExport(packId));
}

// ── Reading, for the screens ────────────────────────────────────────────────

/** The scope of the quality figures: the whole bundled bank, or one pack. */
export const BUNDLED_BANK_SCOPE = 'bundled';

/** The active questions of the bundled bank (every bundled pack, on or off) or of one pack. */
export function useScopeQuestions(scope: string): QuestionRecord[] | undefined {
  return useLiveQuery(async () => {
    const database = db();
    const packIds = scope === BUNDLED_BANK_SCOPE ? await database.packs.where('source').equals('bundled').primaryKeys() : [scope];
    return (await database.questions.where('packId').anyOf(packIds).toArray()).filter((q) => q.retired === 0);
  }, [scope]);
}

/**
 * Reads and imports a pack file's text in one call (tests, and anything without a preview step).
 * A file with any problem changes nothing.
 */
export async function importPackText(text: string, now: Date): Promise<PackImportResult> {
  const decoded = await decodePack(text);
  if (!decoded.pack) return { ok: false, problems: decoded.problems.map((p) => `${p.path}: ${p.message}`) };
  return importPack(decoded.pack, now);
}
