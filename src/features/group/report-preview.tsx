import { useEffect, useRef } from 'react';
import type { PreparedReport } from '../../data/group-report-repo';
import { formatBytes } from '../../domain/group/group-codec';
import { ReportAssignmentView } from './report-assignment-view';

interface Props {
  prepared: PreparedReport;
  onSave: () => void;
  onCancel: () => void;
}

/** Every field of the report as readable text, its size, and the exact JSON, before anything is saved. */
export function ReportPreview({ prepared, onSave, onCancel }: Props) {
  const { report, text, bytes, fileName } = prepared;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report.reportId]);
  return (
    <section className="offer" aria-labelledby="report-preview-title">
      <h3 id="report-preview-title" ref={heading} tabIndex={-1}>
        What the report contains
      </h3>
      <p>
        {fileName}, {formatBytes(bytes)} of JSON.
      </p>
      <dl className="facts">
        <dt>Format</dt>
        <dd>
          {report.kind}, version {report.version}
        </dd>
        <dt>Report id</dt>
        <dd>{report.reportId}</dd>
        <dt>Made at</dt>
        <dd>{new Date(report.generatedAt).toLocaleString()}</dd>
        <dt>Your name</dt>
        <dd>{report.member}</dd>
        <dt>Group</dt>
        <dd>
          {report.group.name} (id {report.group.id})
        </dd>
        <dt>Every answer included</dt>
        <dd>{report.includesHistory ? 'Yes' : 'No: only the counts below'}</dd>
      </dl>
      {report.assignments.map((a) => (
        <ReportAssignmentView key={a.assignmentId} entry={a} />
      ))}
      <details>
        <summary>The file’s exact text (JSON)</summary>
        <pre className="json">{text}</pre>
      </details>
      <div className="row">
        <button type="button" className="primary" onClick={onSave}>
          Save report file
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
