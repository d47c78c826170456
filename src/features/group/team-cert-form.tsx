import { useState } from 'react';
import { appNow } from '../../data/clock';
import type { TeamCertRecord } from '../../data/db';
import { saveTeamCert } from '../../data/team-cert-repo';
import {
  CERT_STATUSES,
  certStatusNames,
  COMMON_CERTIFICATIONS,
  requiredCpe,
  suggestedRenewal,
  type CertStatus,
} from '../../domain/group/team-certs';
import { ProblemList } from './problem-list';

interface Props {
  groupId: string;
  roster: readonly string[];
  editing: TeamCertRecord | null;
  onDone: () => void;
}

const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** Add or edit a member's target certification. ISC2 figures are offered where Bastion has them. */
export function TeamCertForm({ groupId, roster, editing, onDone }: Props) {
  const [member, setMember] = useState(editing?.member ?? '');
  const [certification, setCertification] = useState(editing?.certification ?? 'CISSP');
  const [status, setStatus] = useState<CertStatus>(editing?.status ?? 'studying');
  const [examDate, setExamDate] = useState(editing?.examDate ?? '');
  const [earned, setEarned] = useState(editing?.cpeEarned?.toString() ?? '');
  const [required, setRequired] = useState(editing?.cpeRequired?.toString() ?? requiredCpe('CISSP')?.value.toString() ?? '');
  const [renewal, setRenewal] = useState(editing?.renewalDate ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const facts = requiredCpe(certification);
  const suggestion = examDate ? suggestedRenewal(certification, examDate) : null;

  async function save() {
    const input = {
      member,
      certification,
      status,
      examDate,
      cpeEarned: numberOrNull(earned),
      cpeRequired: numberOrNull(required),
      renewalDate: renewal,
    };
    const result = await saveTeamCert(groupId, input, appNow(), editing?.id);
    setProblems(result.ok ? [] : result.problems);
    if (result.ok) onDone();
  }

  return (
    <form
      className="stack"
      aria-labelledby="team-cert-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="team-cert-form-title">{editing ? `Edit ${editing.member}, ${editing.certification}` : 'Add a target certification'}</h3>
      <label htmlFor="tc-member">Member</label>
      <input id="tc-member" list="tc-roster" value={member} maxLength={60} onChange={(e) => setMember(e.target.value)} required />
      <datalist id="tc-roster">
        {roster.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <label htmlFor="tc-certification">Certification (choose or type another)</label>
      <input
        id="tc-certification"
        list="tc-common"
        value={certification}
        maxLength={80}
        onChange={(e) => {
          setCertification(e.target.value);
          const known = requiredCpe(e.target.value);
          if (known) setRequired(String(known.value));
        }}
        required
      />
      <datalist id="tc-common">
        {COMMON_CERTIFICATIONS.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <label htmlFor="tc-status">Status</label>
      <select id="tc-status" value={status} onChange={(e) => setStatus(e.target.value as CertStatus)}>
        {CERT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {certStatusNames[s]}
          </option>
        ))}
      </select>
      <label htmlFor="tc-exam-date">Exam date</label>
      <input id="tc-exam-date" type="date" value={examDate} onChange={(e) => setExamDate(e.target.value)} />
      <label htmlFor="tc-earned">CPE earned</label>
      <input id="tc-earned" type="number" min={0} step="0.25" value={earned} onChange={(e) => setEarned(e.target.value)} />
      <label htmlFor="tc-required">CPE required per cycle</label>
      <input
        id="tc-required"
        type="number"
        min={0}
        value={required}
        aria-describedby="tc-required-hint"
        onChange={(e) => setRequired(e.target.value)}
      />
      <p id="tc-required-hint" className="muted small">
        {facts
          ? `ISC2: ${facts.value} per cycle${facts.unconfirmed ? ' (check with ISC2: not confirmed for this year)' : ''}.`
          : 'Bastion has no checked figure for this certification: enter the issuer’s requirement.'}
      </p>
      <label htmlFor="tc-renewal">Renewal date</label>
      <input id="tc-renewal" type="date" value={renewal} onChange={(e) => setRenewal(e.target.value)} />
      {suggestion && suggestion !== renewal && (
        <button type="button" onClick={() => setRenewal(suggestion)}>
          Use {suggestion} (one CPE cycle after the exam date)
        </button>
      )}
      {problems.length > 0 && <ProblemList title="Not saved." problems={problems} />}
      <div className="row">
        <button type="submit" className="primary">
          {editing ? 'Save changes' : 'Add'}
        </button>
        {editing && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
