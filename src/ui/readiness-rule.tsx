import { DOMAIN_RULE, OVERALL_RULE } from '../domain/readiness/readiness-verdict';

/** How the verdicts are decided, from the same thresholds the code uses. */
export function ReadinessRule() {
  return (
    <details className="readiness-rule">
      <summary>How the verdict is decided</summary>
      <h4>Overall</h4>
      <ul>
        {OVERALL_RULE.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h4>Per domain</h4>
      <ul>
        {DOMAIN_RULE.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="muted">
        Accuracy counts every answer of the last 30 days (today and the 29 days before), in practice, review and exams. Recall is FSRS’s
        predicted chance that you would answer a question you have studied correctly now. Coverage counts objectives with at least one
        question answered.
      </p>
    </details>
  );
}
