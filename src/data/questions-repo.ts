/** Reading questions and packs for screens, reactively. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type QuestionRecord } from './db';

/** Every question that is in an enabled pack and not retired. `undefined` while loading. */
export function useActiveQuestions(): QuestionRecord[] | undefined {
  return useLiveQuery(async () => {
    const database = db();
    const enabledPacks = new Set((await database.packs.toArray()).filter((p) => p.enabled === 1).map((p) => p.id));
    const all = await database.questions.where('retired').equals(0).toArray();
    return all.filter((q) => enabledPacks.has(q.packId));
  });
}

export function useQuestion(key: string | undefined): QuestionRecord | null | undefined {
  return useLiveQuery(async () => (key ? ((await db().questions.get(key)) ?? null) : null), [key]);
}
