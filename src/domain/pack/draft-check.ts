/**
 * What a draft batch of questions must not do to the bank it is written for: reuse an id (a
 * learner's history is keyed by it) or repeat a stem, the bank's or another draft question's.
 * `npm run questions:check -- --draft` checks a draft's own items and, with this, the draft against
 * the bundled bank; before it, an author had to compare stems with the bank by hand. Given several
 * drafts at once (one per author), it compares them with one another as well: two authors writing
 * the same domain side by side can draft the same scenario. `draftSamePointNotes` adds notes, not
 * problems, for items that may ask what another asks in other words.
 */
import { findNearDuplicates } from './near-duplicates';
import type { Question } from './pack-schema';
import { samePointMatches } from './same-point';

export function draftAgainstBank(draft: readonly Question[], bank: readonly Question[]): string[] {
  const draftIds = new Set(draft.map((q) => q.id));
  const problems = bank.filter((q) => draftIds.has(q.id)).map((q) => `${q.id}: id already used in the bank`);
  const others = bank.filter((q) => !draftIds.has(q.id));
  const bankIds = new Set(others.map((q) => q.id));
  for (const pair of findNearDuplicates([...others, ...draft])) {
    // Pairs inside the bank are not the draft's concern.
    const [mine, theirs] = draftIds.has(pair.a) ? [pair.a, pair.b] : [pair.b, pair.a];
    const similarity = `(trigram Jaccard ${pair.similarity.toFixed(2)})`;
    if (!draftIds.has(mine)) continue;
    if (bankIds.has(theirs)) problems.push(`${mine}: stem is a near-duplicate of bank question ${theirs} ${similarity}`);
    else problems.push(`${mine}: stem is a near-duplicate of draft question ${theirs} ${similarity}`);
  }
  return problems;
}

/**
 * Notes, not problems: each draft item whose stem and key share much of their vocabulary with a bank
 * item or another draft item (same-point.ts), for the author to read the two side by side. Each pair
 * of drafts is noted once.
 */
export function draftSamePointNotes(draft: readonly Question[], bank: readonly Question[]): string[] {
  const draftIds = new Set(draft.map((q) => q.id));
  const others = [...bank.filter((q) => !draftIds.has(q.id)), ...draft];
  return samePointMatches(draft, others)
    .filter((m) => !draftIds.has(m.otherId) || m.id < m.otherId)
    .map(
      (m) =>
        `${m.id} may ask what ${draftIds.has(m.otherId) ? 'draft' : 'bank'} question ${m.otherId} asks (stem and key words ${m.score.toFixed(2)}): read both`,
    );
}
