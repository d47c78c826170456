import {
  associateFacts,
  ccFacts,
  certificationFacts,
  cisspFacts,
  formatCount,
  formatUsd,
  retakeFacts,
  type CertificationFact,
} from '../../domain/certification/certification-facts';

interface FactRow {
  label: string;
  value: string;
  fact: CertificationFact<unknown>;
}

const usd = (label: string, fact: CertificationFact<number>): FactRow => ({ label, value: formatUsd(fact), fact });
const count = (label: string, fact: CertificationFact<number>, unit: string): FactRow => ({ label, value: formatCount(fact, unit), fact });

/** Every figure this screen uses, in the words users read them; the values all come from certification-facts.ts. */
const rows: FactRow[] = [
  usd('CISSP exam fee', cisspFacts.examFeeUsd),
  usd('CC exam fee', ccFacts.examFeeUsd),
  { label: 'Free CC exam', value: ccFacts.freeExamOffer.value, fact: ccFacts.freeExamOffer },
  count('CISSP experience', cisspFacts.experienceYears, 'years'),
  count('Domains the experience must span', cisspFacts.minimumDomains, `of ${cisspFacts.domainCount.value}`),
  count('Waiver for a degree or approved credential', cisspFacts.maximumWaiverYears, 'year at most'),
  count('Endorsement deadline after passing', cisspFacts.endorsementMonths, 'months'),
  count('Associate of ISC2: time to earn the experience', associateFacts.yearsToEarnExperience, 'years'),
  count('CISSP CPE credits per cycle', cisspFacts.cpePerCycle, 'credits'),
  count('CISSP CPE cycle', cisspFacts.cpeCycleYears, 'years'),
  count('CISSP Group A minimum per cycle', cisspFacts.cpeGroupAMinimumPerCycle, 'credits'),
  count('CISSP suggested CPE pace', cisspFacts.cpeSuggestedPerYear, 'credits a year'),
  count('Associate CPE credits', associateFacts.cpeRequiredPerYear, 'credits a year'),
  count('CC CPE credits per cycle', ccFacts.cpePerCycle, 'credits'),
  count('CC CPE cycle', ccFacts.cpeCycleYears, 'years'),
  usd('CISSP annual maintenance fee', cisspFacts.annualFeeUsd),
  usd('Associate annual maintenance fee', associateFacts.annualFeeUsd),
  usd('CC annual maintenance fee', ccFacts.annualFeeUsd),
  {
    label: 'Wait before a CISSP retake',
    value: `${retakeFacts.waitDaysAfterAttempt.value.join(', ')} days after the 1st, 2nd and 3rd attempt`,
    fact: retakeFacts.waitDaysAfterAttempt,
  },
  count('CISSP attempts in 12 months', retakeFacts.maximumAttemptsPer12Months, 'attempts at most'),
];

/** Notes on unconfirmed figures speak of our own research files; users need to know what to do instead. */
const noteFor = (fact: CertificationFact<unknown>): string =>
  fact.unconfirmed ? `Not confirmed for ${fact.checked}: check the current figure with ISC2.` : (fact.note ?? '');

const ROLE_PATHS_SOURCE =
  'Role paths: a role-based certification map from an article on building a security-credentialed AI agency, checked 2026. The tiers follow it; the reasons are Bastion’s own words.';

const sources = [
  ...new Set(
    Object.values(certificationFacts).flatMap((group) =>
      Object.values(group as Record<string, CertificationFact<unknown>>).map((f) => `${f.source}, checked ${f.checked}`),
    ),
  ),
  ROLE_PATHS_SOURCE,
];

/** Where the numbers come from. Figures we could not confirm for this year say "check with ISC2". */
export function FactsSection() {
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">The figures and where they come from</h2>
      <p className="muted">
        Bastion is not ISC2. Fees and rules change; a figure marked “check with ISC2” could not be confirmed for this year.
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table>
          <caption className="visually-hidden">Certification figures</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {row.label}
                </th>
                <td>{row.value}</td>
                <td className="muted">{noteFor(row.fact)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Sources</h3>
      <ul style={{ paddingLeft: '1.25rem' }}>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
