/**
 * The figures of the Quality screen for the scope in the URL (?pack=<id>, or the whole bundled bank
 * by default): the same `computeBankStats` the bank checker prints, over the scope's questions.
 */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { QuestionRecord } from '../../data/db';
import { BUNDLED_BANK_SCOPE, useScopeQuestions } from '../../data/pack-repo';
import { usePackSummaries, type PackSummary } from '../../data/pack-summaries-repo';
import { computeBankStats, type BankStats } from '../../domain/pack/bank-quality';

export interface Quality {
  scope: string;
  setScope: (scope: string) => void;
  packs: PackSummary[] | undefined;
  questions: QuestionRecord[] | undefined;
  stats: BankStats | undefined;
  /** Stored key of each question id in the scope, to link to it. */
  keyOf: Map<string, string>;
}

export function useQuality(): Quality {
  const [params, setParams] = useSearchParams();
  const scope = params.get('pack') ?? BUNDLED_BANK_SCOPE;
  const packs = usePackSummaries();
  const questions = useScopeQuestions(scope);
  const stats = useMemo(() => (questions ? computeBankStats(questions) : undefined), [questions]);
  const keyOf = useMemo(() => new Map((questions ?? []).map((q) => [q.id, q.key])), [questions]);
  const setScope = (next: string) => setParams(next === BUNDLED_BANK_SCOPE ? {} : { pack: next }, { replace: true });
  return { scope, setScope, packs, questions, stats, keyOf };
}
