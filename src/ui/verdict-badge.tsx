import { VERDICT_LABEL, type Verdict } from '../domain/readiness/readiness-verdict';

/** A readiness verdict in words; the colour only repeats what the words say. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <strong className={`verdict verdict-${verdict}`}>{VERDICT_LABEL[verdict]}</strong>;
}
