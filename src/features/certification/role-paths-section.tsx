import { useNavigate } from 'react-router';
import { ccFacts, cisspFacts, formatUsd } from '../../domain/certification/certification-facts';
import {
  agencyRoles,
  credentialCatalog,
  rolePaths,
  type AgencyRole,
  type CertificationSuggestion,
} from '../../domain/certification/role-paths';
import type { ExamId } from '../../domain/exam-blueprints';
import { setRole } from '../../data/certification-repo';
import { saveSetting } from '../../data/settings-repo';
import { useSavedChoice } from '../../ui/use-saved-choice';

const examNames: Record<ExamId, string> = { cc: 'CC', cissp: 'CISSP' };
const examFees: Record<ExamId, string> = {
  cc: `${formatUsd(ccFacts.examFeeUsd)}, or free through ISC2's "${ccFacts.freeExamOffer.value}" offer`,
  cissp: formatUsd(cisspFacts.examFeeUsd),
};
const tiers = [
  { key: 'required', title: 'Required' },
  { key: 'recommended', title: 'Recommended' },
  { key: 'aspirational', title: 'Aspirational' },
] as const;

function credentialNames(suggestion: CertificationSuggestion): string {
  const names = suggestion.anyOf.map((id) => {
    const c = credentialCatalog[id];
    return c.issuer === null ? c.name : `${c.name} (${c.issuer})`;
  });
  return names.length === 1 ? names.join('') : `Any one of: ${names.join('; or ')}`;
}

function SuggestionItem({ suggestion, onPlan }: { suggestion: CertificationSuggestion; onPlan: (exam: ExamId) => void }) {
  const exam = suggestion.startsExam;
  return (
    <li style={{ marginBottom: '0.75rem' }}>
      <strong>{credentialNames(suggestion)}</strong>
      <br />
      {suggestion.reason}
      {exam && (
        <div className="row" style={{ marginTop: '0.35rem' }}>
          <button type="button" className="primary" onClick={() => onPlan(exam)}>
            Plan for {examNames[exam]}
          </button>
          <span className="muted">Exam fee {examFees[exam]}</span>
        </div>
      )}
    </li>
  );
}

interface Props {
  role: AgencyRole | null;
}

/** Which certifications fit a role in an AI agency, with a way to start preparing for one. */
export function RolePathsSection({ role: savedRole }: Props) {
  const navigate = useNavigate();
  const [role, chooseRole, roleFailure] = useSavedChoice(savedRole, setRole);
  const path = role === null ? null : rolePaths[role];

  async function planFor(exam: ExamId) {
    await saveSetting('focusExam', exam);
    await navigate('/plan');
  }

  return (
    <section className="card" aria-labelledby="roles-title">
      <h2 id="roles-title">Certification paths by role</h2>
      {roleFailure && <p role="alert">{roleFailure}</p>}
      <fieldset>
        <legend>Your role</legend>
        {agencyRoles.map((r) => (
          <label key={r} className="check">
            <input type="radio" name="agency-role" checked={role === r} onChange={() => chooseRole(r)} /> {rolePaths[r].title}
          </label>
        ))}
      </fieldset>
      {path === null ? (
        <p className="muted">Pick a role to see which certifications fit it.</p>
      ) : (
        <div className="grid-2" aria-label={`Certification path for ${path.title}`} role="region">
          {tiers.map((tier) => (
            <div key={tier.key}>
              <h3>{tier.title}</h3>
              {path[tier.key].length === 0 ? (
                <p className="muted">Nothing at this level for this role.</p>
              ) : (
                <ul style={{ paddingLeft: '1.25rem', marginTop: 0 }}>
                  {path[tier.key].map((s) => (
                    <SuggestionItem key={s.anyOf.join('+')} suggestion={s} onPlan={(exam) => void planFor(exam)} />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
