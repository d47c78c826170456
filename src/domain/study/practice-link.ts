/**
 * Links that start a focused practice session, e.g. `/practice?exam=cissp&domain=3` from the
 * readiness report's "practise Domain 3". One module writes and reads them so the two cannot drift.
 * A link is input like any other: it is checked against the blueprint, and a bad one gets a message
 * saying what is wrong instead of a session over the wrong questions.
 */
import { blueprints, type ExamId } from '../exam-blueprints';
import type { SessionConfig, SessionSource } from './session';

/** Questions in a linked session: short enough to finish in one sitting, like Quick 10. */
export const LINKED_PRACTICE_SIZE = 10;

export interface PracticeLink {
  readonly exam: ExamId;
  /** Domain numbers; empty for "any domain". */
  readonly domains?: readonly number[];
  /** Objective ids such as "8.2"; empty for "any objective". */
  readonly objectives?: readonly string[];
  /** Defaults to 'all'. */
  readonly source?: SessionSource;
}

const SOURCES: readonly SessionSource[] = ['all', 'new', 'due', 'missed', 'flagged'];

/**
 * The URL (path and query) that starts this practice session.
 * @example practiceHref({ exam: 'cissp', domains: [3] }) // '/practice?exam=cissp&domain=3'
 */
export function practiceHref(link: PracticeLink): string {
  const params = new URLSearchParams({ exam: link.exam });
  for (const d of link.domains ?? []) params.append('domain', String(d));
  for (const o of link.objectives ?? []) params.append('objective', o);
  if (link.source && link.source !== 'all') params.set('source', link.source);
  return `/practice?${params.toString()}`;
}

export type ParsedPracticeLink = { readonly config: SessionConfig } | { readonly error: string };

/**
 * The session a practice link asks for, or null when the query is not such a link (no `domain` or
 * `objective` parameter: the plain practice screen). Unknown exams, domains, objectives or sources
 * give an error naming the bad value.
 * @example parsePracticeLink('?exam=cissp&domain=3') // { config: { exam: 'cissp', domains: [3], size: 10, … } }
 */
export function parsePracticeLink(search: string | URLSearchParams): ParsedPracticeLink | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const domainValues = params.getAll('domain');
  const objectives = params.getAll('objective');
  if (domainValues.length === 0 && objectives.length === 0) return null;
  const examValue = params.get('exam') ?? '';
  if (examValue !== 'cissp' && examValue !== 'cc') {
    return { error: `This practice link names the exam “${examValue}”; it must be cissp or cc.` };
  }
  const blueprint = blueprints[examValue];
  const domains: number[] = [];
  for (const value of domainValues) {
    const domain = blueprint.domains.find((d) => String(d.number) === value);
    if (!domain) return { error: `This practice link names domain “${value}”, which ${blueprint.name} does not have.` };
    domains.push(domain.number);
  }
  const known = new Set(blueprint.domains.flatMap((d) => d.objectives.map((o) => o.id)));
  const unknown = objectives.find((o) => !known.has(o));
  if (unknown !== undefined) return { error: `This practice link names objective “${unknown}”, which ${blueprint.name} does not have.` };
  const sourceValue = params.get('source') ?? 'all';
  const source = SOURCES.find((s) => s === sourceValue);
  if (!source) return { error: `This practice link asks for questions from “${sourceValue}”; use one of ${SOURCES.join(', ')}.` };
  const what =
    objectives.length > 0 ? `objective${objectives.length === 1 ? '' : 's'} ${objectives.join(', ')}` : `Domain ${domains.join(', ')}`;
  return {
    config: {
      kind: 'practice',
      exam: examValue,
      title: `${blueprint.name} practice: ${what}`,
      domains,
      objectives,
      tags: [],
      difficulties: [],
      source,
      size: LINKED_PRACTICE_SIZE,
    },
  };
}
