/**
 * The bookkeeping of a draft batch's review (docs/bank-review.md), as pure functions for
 * `scripts/bank-review.ts`: the blind reader's file, the comparison of its answers with the key,
 * and the merge of reviewed drafts into the bundled packs. Until session 15 these were Python
 * scripts kept outside the repository.
 */
import type { Pack, Question } from './pack-schema';
import { canonicalQuestion } from './pack-serialize';

/** One item as a blind reader sees it: a neutral id, the stem and the option texts. */
export interface BlindItem {
  readonly id: string;
  readonly stem: string;
  readonly options: readonly string[];
}

export interface BlindFile {
  readonly items: BlindItem[];
  /** Neutral id → the item's real id. */
  readonly ids: Record<string, string>;
}

/**
 * The blind reader's file: no key, no explanation, and no real id, because ids name the topic
 * and often the answer (`cc1-guard-physical-199`): a blind reader pointed that out in session 15.
 */
export function blindFile(questions: readonly Question[]): BlindFile {
  const neutral = (i: number) => `item-${String(i + 1).padStart(2, '0')}`;
  return {
    items: questions.map((q, i) => ({ id: neutral(i), stem: q.stem, options: q.options.map((o) => o.text) })),
    ids: Object.fromEntries(questions.map((q, i) => [neutral(i), q.id])),
  };
}

/** A blind reader's answer to one item, as docs/bank-review.md asks for it. */
export interface BlindAnswer {
  readonly id: string;
  readonly answer: number;
  readonly reason?: string;
  readonly flag?: string;
}

export interface BlindComparison {
  readonly agree: number;
  readonly total: number;
  /** One line per item that disagrees, is flagged or has no answer, naming the real id. */
  readonly lines: string[];
}

/** The blind answers against the key; `ids` maps neutral ids back (answers by real id also match). */
export function compareBlindAnswers(
  questions: readonly Question[],
  answers: readonly BlindAnswer[],
  ids: Record<string, string> = {},
): BlindComparison {
  const byId = new Map(answers.map((a) => [ids[a.id] ?? a.id, a]));
  let agree = 0;
  const lines: string[] = [];
  for (const q of questions) {
    const a = byId.get(q.id);
    if (!a) {
      lines.push(`MISSING ${q.id}: no blind answer`);
      continue;
    }
    const same = a.answer === q.answer;
    if (same) agree++;
    if (!same || a.flag)
      lines.push(`${same ? 'FLAG' : 'DISAGREE'} ${q.id}: key ${q.answer}, blind ${a.answer} | ${a.reason ?? ''} | ${a.flag ?? ''}`);
  }
  return { agree, total: questions.length, lines };
}

/**
 * The question as the bundled packs write it: pack-serialize's canonical field order. A field the
 * format does not have is refused rather than dropped, so that nothing a draft says is lost unseen.
 */
function inBankOrder(q: Question): Question {
  const canonical = canonicalQuestion(q);
  const extra = Object.keys(q).filter((k) => !(k in canonical));
  if (extra.length > 0) throw new Error(`${q.id}: fields the bank does not write: ${extra.join(', ')}`);
  return canonical;
}

/** Which exam domain a question belongs to, as `cissp 4` or `cc 2`. */
const domainKey = (q: Question): string => (q.exams.includes('cissp') ? `cissp ${q.domain}` : `cc ${q.ccDomain}`);

/**
 * The bundled packs with the drafts' questions appended, each to the pack that already holds
 * its exam domain (the CC packs hold two domains each). Refuses an id the bank or another draft
 * uses, a domain no pack holds, and a field the bank does not write. Returns only the packs
 * that changed, by file name.
 */
export function mergeDrafts(bank: ReadonlyMap<string, Pack>, drafts: readonly Question[]): Map<string, Pack> {
  const fileOfDomain = new Map<string, string>();
  const used = new Set<string>();
  for (const [file, pack] of bank)
    for (const q of pack.questions) {
      if (!fileOfDomain.has(domainKey(q))) fileOfDomain.set(domainKey(q), file);
      used.add(q.id);
    }
  const changed = new Map<string, Pack>();
  for (const q of drafts) {
    if (used.has(q.id)) throw new Error(`${q.id}: id already used`);
    used.add(q.id);
    const file = fileOfDomain.get(domainKey(q));
    if (!file) throw new Error(`${q.id}: no bundled pack holds ${domainKey(q)}`);
    const pack = changed.get(file) ?? { ...bank.get(file)!, questions: [...bank.get(file)!.questions] };
    pack.questions.push(inBankOrder(q));
    changed.set(file, pack);
  }
  return changed;
}
