import { VERDICT_LABEL, type Verdict } from '../domain/readiness/readiness-verdict';

/** A readiness verdict in words (its own `label` when it has one); the colour only repeats what the words say. */
export function VerdictBadge({ verdict, label }: { verdict: Verdict; label?: string | undefined }) {
  return <strong className={`verdict verdict-${verdict}`}>{label ?? VERDICT_LABEL[verdict]}</strong>;
}
