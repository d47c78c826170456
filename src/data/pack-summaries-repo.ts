/**
 * Every pack with its question counts, for the pack list, the quality screen and practice set-up.
 * Apart from pack-repo.ts, which imports and exports packs, so that a screen listing packs does not
 * load the pack validator (zod) with it: practice set-up is on the path of every returning visit.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { comparePacks } from '../domain/pack/pack-order';
import { db, type PackRecord } from './db';

export interface PackSummary {
  readonly record: PackRecord;
  /** Questions in practice when the pack is on (not retired). */
  readonly active: number;
  readonly cissp: number;
  readonly cc: number;
}

/** Every pack with its question counts, in listing order (pack-order.ts): bundled, imported, "My questions". */
export async function loadPackSummaries(): Promise<PackSummary[]> {
  const database = db();
  return database.transaction('r', [database.packs, database.questions], async () => {
    const [packs, activeKeys, cisspKeys, ccKeys] = await Promise.all([
      database.packs.toArray(),
      database.questions.where('retired').equals(0).primaryKeys(),
      database.questions.where('exams').equals('cissp').primaryKeys(),
      database.questions.where('exams').equals('cc').primaryKeys(),
    ]);
    const active = new Set(activeKeys);
    const cissp = new Set(cisspKeys);
    const cc = new Set(ccKeys);
    const summaries = await Promise.all(
      packs.map(async (record) => {
        const keys = (await database.questions.where('packId').equals(record.id).primaryKeys()).filter((k) => active.has(k));
        return { record, active: keys.length, cissp: keys.filter((k) => cissp.has(k)).length, cc: keys.filter((k) => cc.has(k)).length };
      }),
    );
    const listed = (s: PackSummary) => ({ id: s.record.id, title: s.record.title, source: s.record.source, hasCissp: s.cissp > 0 });
    return summaries.sort((a, b) => comparePacks(listed(a), listed(b)));
  });
}

export function usePackSummaries(): PackSummary[] | undefined {
  return useLiveQuery(loadPackSummaries);
}
