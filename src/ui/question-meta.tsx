import type { Question } from '../domain/pack/pack-schema';
import { findDomain } from '../domain/exam-blueprints';
import { tagGroups } from '../domain/tag-vocabulary';

const tagLabels = new Map(tagGroups.flatMap((g) => g.tags.map((t) => [t.id, t.label] as const)));

/** Where a question sits in the outlines, its difficulty and tags, as plain text. */
export function QuestionMeta({ question }: { question: Question }) {
  const cissp = question.domain !== undefined ? findDomain('cissp', question.domain) : undefined;
  const cc = question.ccDomain !== undefined ? findDomain('cc', question.ccDomain) : undefined;
  const objectiveTitle = (domain: typeof cissp, id?: string) => domain?.objectives.find((o) => o.id === id)?.title ?? '';
  return (
    <dl className="row muted" style={{ gap: '0.25rem 1rem' }}>
      {cissp && (
        <div>
          <dt className="visually-hidden">CISSP objective</dt>
          <dd style={{ margin: 0 }}>
            CISSP D{cissp.number} · {question.objective} {objectiveTitle(cissp, question.objective)}
          </dd>
        </div>
      )}
      {cc && (
        <div>
          <dt className="visually-hidden">CC objective</dt>
          <dd style={{ margin: 0 }}>
            CC D{cc.number} · {question.ccObjective} {objectiveTitle(cc, question.ccObjective)}
          </dd>
        </div>
      )}
      <div>
        <dt className="visually-hidden">Tags</dt>
        <dd style={{ margin: 0 }}>
          {question.tags.map((t) => (
            <span key={t} className="pill" style={{ marginRight: '0.25rem' }}>
              {tagLabels.get(t) ?? t}
            </span>
          ))}
        </dd>
      </div>
    </dl>
  );
}
