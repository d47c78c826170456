/**
 * The bank browser's filter lives in the URL (?exam=cissp&pack=group-bank&domain=3&objective=3.6&tag=pki&difficulty=2&q=…)
 * so every filtered view is deep-linkable and survives reload. The inputs are driven by local state,
 * updated synchronously, because router navigations settle asynchronously and a controlled input fed
 * only from the URL would lag behind typing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { emptyFilter, type QuestionFilter } from '../../domain/bank/question-filter';

/** The question filter and the pack shown: a choice's value (pack-choices.ts), or '' for every pack. */
export interface BankFilter extends QuestionFilter {
  readonly pack: string;
}

export function useBankFilter(): [BankFilter, (next: BankFilter) => void] {
  const [params, setParams] = useSearchParams();
  const [filter, setLocal] = useState<BankFilter>(() => parseFilter(params));
  // URLs this hook wrote itself: when they settle they must not overwrite newer typing.
  const written = useRef(new Set<string>());
  const query = params.toString();
  useEffect(() => {
    if (written.current.delete(query)) return;
    setLocal(parseFilter(new URLSearchParams(query)));
  }, [query]);

  const setFilter = useCallback(
    (next: BankFilter) => {
      setLocal(next);
      const nextParams = toParams(next);
      written.current.add(nextParams.toString());
      setParams(nextParams, { replace: true });
    },
    [setParams],
  );
  return [filter, setFilter];
}

function parseFilter(params: URLSearchParams): BankFilter {
  const exam = params.get('exam') === 'cc' ? 'cc' : 'cissp';
  return {
    ...emptyFilter(exam),
    pack: params.get('pack') ?? '',
    domains: params.getAll('domain').map(Number).filter(Number.isInteger),
    objectives: params.getAll('objective'),
    tags: params.getAll('tag'),
    difficulties: params
      .getAll('difficulty')
      .map(Number)
      .filter((d): d is 1 | 2 | 3 => d === 1 || d === 2 || d === 3),
    text: params.get('q') ?? '',
  };
}

function toParams(next: BankFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (next.exam !== 'cissp') p.set('exam', next.exam);
  if (next.pack) p.set('pack', next.pack);
  next.domains.forEach((d) => p.append('domain', String(d)));
  next.objectives.forEach((o) => p.append('objective', o));
  next.tags.forEach((t) => p.append('tag', t));
  next.difficulties.forEach((d) => p.append('difficulty', String(d)));
  if (next.text) p.set('q', next.text);
  return p;
}
