/**
 * Bank-wide quality figures and floors. The same figures are printed by `npm run questions:check`
 * and shown in the app for every pack; the floors are enforced only on the bundled bank.
 */
import { blueprints, type ExamId } from '../exam-blueprints';
import { exclusiveStemEchoes, isManagerial, keyIsLongest, keyIsShortest } from './item-rules';
import { findNearDuplicates, type NearDuplicate } from './near-duplicates';
import type { Question } from './pack-schema';

export interface BankFloors {
  readonly minCissp: number;
  readonly minCc: number;
  readonly maxKeyLongestShare: number;
  /** By chance a key is the strictly shortest of four options in about a quarter of items. */
  readonly maxKeyShortestShare: number;
  /**
   * How much more often (in share of items) the key alone may repeat a word of the stem than a
   * distractor alone does. Without a cue the two rates are about equal.
   */
  readonly maxKeyStemEchoExcess: number;
  readonly answerPositionShare: readonly [number, number];
  readonly answerPositionMinItems: number;
  readonly cisspWeightTolerance: number;
  readonly ccWeightTolerance: number;
  readonly minPerObjective: number;
}

/** The floors of the bank issue (#3). */
export const bundledBankFloors: BankFloors = {
  minCissp: 400,
  minCc: 120,
  maxKeyLongestShare: 0.3,
  maxKeyShortestShare: 0.35,
  maxKeyStemEchoExcess: 0.1,
  answerPositionShare: [0.2, 0.3],
  answerPositionMinItems: 100,
  cisspWeightTolerance: 0.03,
  ccWeightTolerance: 0.04,
  minPerObjective: 4,
};

export interface DomainCount {
  readonly exam: ExamId;
  readonly domain: number;
  readonly title: string;
  readonly count: number;
  readonly share: number;
  readonly weight: number;
  readonly objectives: readonly { id: string; title: string; count: number }[];
}

export interface BankStats {
  readonly total: number;
  readonly perExam: Record<ExamId, number>;
  readonly domains: readonly DomainCount[];
  readonly answerPositions: readonly number[];
  readonly keyLongestShare: number;
  readonly keyShortestShare: number;
  /** Share of items whose key alone repeats a content word of the stem (item-rules.ts exclusiveStemEchoes). */
  readonly keyStemEchoShare: number;
  /** The same for a distractor: its echoes over all distractors (three per item). */
  readonly distractorStemEchoShare: number;
  readonly difficulty: Record<1 | 2 | 3, number>;
  readonly managerialShare: number;
  readonly nearDuplicates: readonly NearDuplicate[];
}

export function computeBankStats(questions: readonly Question[]): BankStats {
  const perExam: Record<ExamId, number> = { cissp: 0, cc: 0 };
  const domainCounts = new Map<string, number>();
  const objectiveCounts = new Map<string, number>();
  const answerPositions = [0, 0, 0, 0];
  const difficulty: Record<1 | 2 | 3, number> = { 1: 0, 2: 0, 3: 0 };
  let keyLongest = 0;
  let keyShortest = 0;
  let keyEchoes = 0;
  let distractorEchoes = 0;
  let distractors = 0;
  let managerial = 0;

  for (const q of questions) {
    if (q.exams.includes('cissp') && q.domain !== undefined) {
      perExam.cissp++;
      domainCounts.set(`cissp:${q.domain}`, (domainCounts.get(`cissp:${q.domain}`) ?? 0) + 1);
      objectiveCounts.set(`cissp:${q.objective}`, (objectiveCounts.get(`cissp:${q.objective}`) ?? 0) + 1);
    }
    if (q.exams.includes('cc') && q.ccDomain !== undefined) {
      perExam.cc++;
      domainCounts.set(`cc:${q.ccDomain}`, (domainCounts.get(`cc:${q.ccDomain}`) ?? 0) + 1);
      objectiveCounts.set(`cc:${q.ccObjective}`, (objectiveCounts.get(`cc:${q.ccObjective}`) ?? 0) + 1);
    }
    answerPositions[q.answer] = (answerPositions[q.answer] ?? 0) + 1;
    difficulty[q.difficulty]++;
    if (keyIsLongest(q)) keyLongest++;
    if (keyIsShortest(q)) keyShortest++;
    exclusiveStemEchoes(q).forEach((echoes, i) => {
      if (i === q.answer) keyEchoes += echoes ? 1 : 0;
      else {
        distractors++;
        distractorEchoes += echoes ? 1 : 0;
      }
    });
    if (isManagerial(q.stem)) managerial++;
  }

  const domains: DomainCount[] = (['cissp', 'cc'] as const).flatMap((exam) =>
    blueprints[exam].domains.map((d) => {
      const count = domainCounts.get(`${exam}:${d.number}`) ?? 0;
      return {
        exam,
        domain: d.number,
        title: d.title,
        count,
        share: perExam[exam] === 0 ? 0 : count / perExam[exam],
        weight: d.weight,
        objectives: d.objectives.map((o) => ({ id: o.id, title: o.title, count: objectiveCounts.get(`${exam}:${o.id}`) ?? 0 })),
      };
    }),
  );

  const total = questions.length;
  return {
    total,
    perExam,
    domains,
    answerPositions,
    keyLongestShare: total === 0 ? 0 : keyLongest / total,
    keyShortestShare: total === 0 ? 0 : keyShortest / total,
    keyStemEchoShare: total === 0 ? 0 : keyEchoes / total,
    distractorStemEchoShare: distractors === 0 ? 0 : distractorEchoes / distractors,
    difficulty,
    managerialShare: total === 0 ? 0 : managerial / total,
    nearDuplicates: findNearDuplicates(questions),
  };
}

/** A floor missed, in words an author can act on; `balance` marks the floors that apply to any pack. */
interface FloorMiss {
  readonly message: string;
  readonly balance: boolean;
}

function floorMisses(stats: BankStats, floors: BankFloors): FloorMiss[] {
  const misses: FloorMiss[] = [];
  const miss = (message: string, balance = false) => misses.push({ message, balance });
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const points = (x: number) => `${Math.round(x * 100)} points`;
  if (stats.perExam.cissp < floors.minCissp) miss(`CISSP items: ${stats.perExam.cissp}, need at least ${floors.minCissp}`);
  if (stats.perExam.cc < floors.minCc) miss(`CC items: ${stats.perExam.cc}, need at least ${floors.minCc}`);
  if (stats.keyLongestShare > floors.maxKeyLongestShare)
    miss(`the key is the longest option in ${pct(stats.keyLongestShare)} of items (at most ${pct(floors.maxKeyLongestShare)})`, true);
  if (stats.keyShortestShare > floors.maxKeyShortestShare)
    miss(`the key is the shortest option in ${pct(stats.keyShortestShare)} of items (at most ${pct(floors.maxKeyShortestShare)})`, true);
  if (stats.keyStemEchoShare - stats.distractorStemEchoShare > floors.maxKeyStemEchoExcess)
    miss(
      `the key alone repeats a word of the stem in ${pct(stats.keyStemEchoShare)} of items, a distractor alone in ${pct(stats.distractorStemEchoShare)} (at most ${points(floors.maxKeyStemEchoExcess)} more)`,
      true,
    );
  if (stats.total >= floors.answerPositionMinItems) {
    stats.answerPositions.forEach((n, position) => {
      const share = n / stats.total;
      const [low, high] = floors.answerPositionShare;
      if (share < low || share > high)
        miss(`answer position ${'ABCD'[position]} holds ${pct(share)} of keys (allowed ${pct(low)}–${pct(high)})`, true);
    });
  }
  for (const d of stats.domains) {
    const tolerance = d.exam === 'cissp' ? floors.cisspWeightTolerance : floors.ccWeightTolerance;
    if (stats.perExam[d.exam] > 0 && Math.abs(d.share - d.weight) > tolerance)
      miss(`${d.exam.toUpperCase()} domain ${d.domain} holds ${pct(d.share)} of items, weight ${pct(d.weight)} ± ${pct(tolerance)}`);
    for (const o of d.objectives)
      if (o.count < floors.minPerObjective)
        miss(`${d.exam.toUpperCase()} objective ${o.id} (${o.title}) has ${o.count} items, need at least ${floors.minPerObjective}`);
  }
  for (const dup of stats.nearDuplicates)
    miss(`near-duplicate stems: ${dup.a} and ${dup.b} (trigram Jaccard ${dup.similarity.toFixed(2)})`, true);
  return misses;
}

/** Bank-wide failures against the floors, in words an author can act on. */
export function bankFloorFailures(stats: BankStats, floors: BankFloors = bundledBankFloors): string[] {
  return floorMisses(stats, floors).map((m) => m.message);
}

/**
 * The floors that say something about any pack, whatever its size or scope: answer-position
 * balance, how often the key is the longest or the shortest option or alone repeats the stem, and
 * near-duplicate stems. The importer shows them as information; the checker's --draft mode prints
 * them as notes. Each floor says whether it is one of these where it is checked, instead of the
 * notes being picked out of the messages by their wording.
 */
export function balanceNotes(stats: BankStats, floors: BankFloors = bundledBankFloors): string[] {
  return floorMisses(stats, floors)
    .filter((m) => m.balance)
    .map((m) => m.message);
}
