/**
 * The starter set: a few bundled questions from every domain of both exams, shipped as one small
 * chunk beside the bank's packs. A first visit's Quick 10 starts from it while the bank's packs
 * (~4.5 MB) load after the first question is on screen: fetching and evaluating them first held
 * that question back (interleaved first visits, medians of 9: 600 → 393 ms).
 *
 * Chosen at build time (scripts/vite-bundled-packs.ts), the same for every learner: in each domain,
 * the questions whose ids come first in a fixed hash order, so a new question displaces at most one.
 */
import type { ExamId } from '../exam-blueprints';
import type { Pack } from '../pack/pack-schema';
import { bankRecordsOf, type BankRecord } from './bank-record';
import { domainIn } from './question-filter';
import { fnv1a } from '../fnv1a';

/** A starter-set question: the record the bank's first load stores for it. */
export type StarterRecord = BankRecord;

/**
 * Per domain: a Quick 10 takes the three weakest domains (all tied on a first visit), so four per
 * domain fill ten; a few more vary the first ten a learner sees.
 */
export const STARTER_PER_DOMAIN: Readonly<Record<ExamId, number>> = { cissp: 6, cc: 5 };

const DOMAINS: Readonly<Record<ExamId, readonly number[]>> = { cissp: [1, 2, 3, 4, 5, 6, 7, 8], cc: [1, 2, 3, 4, 5] };

export function starterSet(packs: readonly Pack[], perDomain: Readonly<Record<ExamId, number>> = STARTER_PER_DOMAIN): StarterRecord[] {
  const records = packs.flatMap(bankRecordsOf);
  const chosen = new Map<string, StarterRecord>();
  for (const exam of ['cissp', 'cc'] as const)
    for (const domain of DOMAINS[exam]) {
      const inDomain = records
        .filter((r) => domainIn(exam, r) === domain)
        .sort((a, b) => fnv1a(a.key) - fnv1a(b.key) || (a.key < b.key ? -1 : 1));
      for (const r of inDomain.slice(0, perDomain[exam])) chosen.set(r.key, r);
    }
  return [...chosen.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
