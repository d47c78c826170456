/**
 * A bundled question as the bank's first load stores it (src/data/bank-sync.ts): keyed by its id,
 * in its pack, not retired. The starter set (starter-set.ts) is made of the same records, so a
 * session begun from it reads on from the bank unchanged.
 */
import type { Pack, Question } from '../pack/pack-schema';

export type BankRecord = Question & { readonly key: string; readonly packId: string; readonly retired: 0 };

export const bankRecordsOf = (pack: Pack): BankRecord[] => pack.questions.map((q) => ({ ...q, key: q.id, packId: pack.id, retired: 0 }));
