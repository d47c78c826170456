import { useEffect, useRef } from 'react';
import { BalanceSummary } from './balance-summary';
import { DomainCounts } from './domain-counts';
import { PackChanges } from './pack-changes';
import { PackProblems } from './pack-problems';
import type { ImportStep } from './use-pack-import';
import { countOf, countText } from '../../domain/count-text';

interface Props {
  step: Extract<ImportStep, { kind: 'checked' }>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Everything about a checked pack file before anything is written, and the button that imports it. */
export function PackImportPreview({ step, onConfirm, onCancel }: Props) {
  const { fileName, decoded, stats, plan } = step;
  const { header, problems } = decoded;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the preview, so keyboard and screen-reader users land on what to decide.
  useEffect(() => heading.current?.focus(), []);
  const refusal = plan?.refusal ?? null;
  const canImport = decoded.ok && plan !== null && refusal === null && !plan.unchanged;

  return (
    <section aria-labelledby="pack-preview-title" className="card">
      <h3 id="pack-preview-title" ref={heading} tabIndex={-1}>
        {header ? header.title : fileName}
      </h3>
      <dl className="row" style={{ gap: '0.25rem 1.5rem' }}>
        <Item term="File" value={fileName} />
        {header && <Item term="Pack id" value={header.id} />}
        {header && <Item term="License" value={header.license} />}
        {header && <Item term="Format" value={`bastion-pack version ${header.version}`} />}
        {header && <Item term="Release" value={header.release === undefined ? 'none given' : String(header.release)} />}
        {header && <Item term="Questions" value={countText(header.questionCount)} />}
      </dl>
      {header?.description && <p>{header.description}</p>}
      {problems.length > 0 && (
        <div role="alert" className="banner">
          <strong>
            {fileName} cannot be imported: {countOf(problems.length, 'problem')}.
          </strong>{' '}
          Nothing was changed. Fix {problems.length === 1 ? 'it' : 'them'} in the file and choose it again.
        </div>
      )}
      {problems.length > 0 && <PackProblems problems={problems} />}
      {refusal && (
        <p role="alert" className="banner">
          <strong>This pack cannot be imported:</strong> {refusal}. Nothing was changed.
        </p>
      )}
      {plan && !refusal && <PackChanges plan={plan} />}
      {/* Only about questions that could be read: for a file that could not be, figures such as
          "Key position: A 0.0%" read as checks it passed. */}
      {stats.total > 0 && (
        <>
          <h4>Questions per exam and domain{problems.length > 0 ? ' (those without problems)' : ''}</h4>
          <DomainCounts stats={stats} />
          <h4>Balance (information, not enforced)</h4>
          <BalanceSummary stats={stats} />
        </>
      )}
      <div className="row">
        {canImport && (
          <button type="button" className="primary" onClick={onConfirm}>
            Import {countOf(plan.pack.questions.length, 'question')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {canImport ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}

function Item({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="muted">{term}</dt>
      <dd style={{ margin: 0 }}>{value}</dd>
    </div>
  );
}
