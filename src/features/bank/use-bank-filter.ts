/**
 * The bank browser's filter lives in the URL (?exam=cissp&domain=3&objective=3.6&tag=pki&difficulty=2&q=…)
 * so every filtered view is deep-linkable and survives reload. The inputs are driven by local state,
 * updated synchronously, because router navigations settle asynchronously and a controlled input fed
 * only from the URL would lag behind typing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { emptyFilter, type QuestionFilter } from '../../domain/bank/question-filter';

export function useBankFilter(): [QuestionFilter, (next: QuestionFilter) => void] {
  const [params, setParams] = useSearchParams();
  const [filter, setLocal] = useState<QuestionFilter>(() => parseFilter(params));
  // URLs this hook wrote itself: when they settle they must not overwrite newer typing.
  const written = useRef(new Set<string>());
  const query = params.toString();
  useEffect(() => {
    if (written.current.delete(query)) return;
    setLocal(parseFilter(new URLSearchParams(query)));
  }, [query]);

  const setFilter = useCallback(
    (next: QuestionFilter) => {
      setLocal(next);
      const nextParams = toParams(next);
      written.current.add(nextParams.toString());
      setParams(nextParams, { replace: true });
    },
    [setParams],
  );
  return [filter, setFilter];
}

function parseFilter(params: URLSearchParams): QuestionFilter {
  const exam = params.get('exam') === 'cc' ? 'cc' : 'cissp';
  return {
    ...emptyFilter(exam),
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

function toParams(next: QuestionFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (next.exam !== 'cissp') p.set('exam', next.exam);
  next.domains.forEach((d) => p.append('domain', String(d)));
  next.objectives.forEach((o) => p.append('objective', o));
  next.tags.forEach((t) => p.append('tag', t));
  next.difficulties.forEach((d) => p.append('difficulty', String(d)));
  if (next.text) p.set('q', next.text);
  return p;
}
