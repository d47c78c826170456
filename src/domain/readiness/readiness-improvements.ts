/**
 * What would most improve the readiness report: concrete steps, each with a link that starts it,
 * ranked by a fixed order of kinds (tiers) and, within a tier, by exam weight times the size of the gap.
 *
 * Tiers, most important first (docs/readiness.md, "What would most improve it"):
 * 1. more-answers: fewer than 30 answers in the last 30 days (blocks every overall verdict).
 * 2. take-exam: no mock exam in 60 days, or only a short one that is not clearly below the line
 *    (without a full exam the overall verdict can never be "likely ready").
 * 3. cover-objectives: a domain with fewer than half its objectives touched, while the whole outline is
 *    under half touched (that blocks the overall verdict too).
 * 4. weak-domain: a domain whose verdict is "not yet".
 * 5. thin-domain: a domain with "not enough data yet" (too few objectives touched, or too few answers).
 * 6. low-recall: mean recall over all reviewed cards under 80%.
 * 7. firm-up-domain: a "borderline" domain.
 * 8. retake-exam: the mock exam the report rests on is not clearly above the line; take another later.
 * Within a tier: the domain's exam weight × its gap (accuracy points under the 70% bar, at least 1;
 * the share of objectives untouched; the share of the 10 answers missing), largest first, then the
 * lower domain number. Steps that lead to the same link are offered once.
 */
import type { ExamId } from '../exam-blueprints';
import { examStartHref } from '../exam/exam-link';
import { practiceHref } from '../study/practice-link';
import { QUICK_10_HREF } from '../study/quick-link';
import { accuracyText, daysAgoText, objectivesNeeded, percent, plural, recallText } from './readiness-format';
import {
  MIN_OBJECTIVE_COVERAGE,
  MIN_RECENT_ANSWERS_OVERALL,
  MIN_RECENT_ANSWERS_PER_DOMAIN,
  MOCK_EXAM_WINDOW_DAYS,
  TARGET_ACCURACY,
  TOP_IMPROVEMENTS,
} from './readiness-rules';
import { recallHasSlipped, type DomainEvidence, type OverallEvidence, type VerdictResult } from './readiness-verdict';

export type ImprovementKind =
  'more-answers' | 'take-exam' | 'cover-objectives' | 'weak-domain' | 'thin-domain' | 'low-recall' | 'firm-up-domain' | 'retake-exam';

export const IMPROVEMENT_TIER: Readonly<Record<ImprovementKind, number>> = {
  'more-answers': 1,
  'take-exam': 2,
  'cover-objectives': 3,
  'weak-domain': 4,
  'thin-domain': 5,
  'low-recall': 6,
  'firm-up-domain': 7,
  'retake-exam': 8,
};

export interface ReadinessAction {
  readonly label: string;
  /** An in-app path: /practice?…, /review or /exam?…. */
  readonly href: string;
}

export interface Improvement {
  readonly kind: ImprovementKind;
  /** The domain it is about, or null for the whole exam. */
  readonly domain: number | null;
  /** Ordering within the tier (larger first). */
  readonly score: number;
  readonly text: string;
  readonly action: ReadinessAction;
}

export interface DomainForImprovement {
  readonly domain: number;
  readonly weight: number;
  /** Objective ids with no question answered yet. */
  readonly untouchedObjectives: readonly string[];
  readonly evidence: DomainEvidence;
  readonly verdict: VerdictResult;
}

export interface ImprovementInput {
  readonly exam: ExamId;
  readonly overall: OverallEvidence;
  readonly domains: readonly DomainForImprovement[];
}

const MIN_GAP = 0.01;

function accuracyGap(evidence: DomainEvidence): number {
  const answered = evidence.accuracy.answered;
  return Math.max(MIN_GAP, TARGET_ACCURACY - (answered > 0 ? evidence.accuracy.interval.estimate : 0));
}

/** Every improvement that applies, ranked (see the module comment); `topImprovements` keeps the first two. */
export function rankImprovements(input: ImprovementInput): Improvement[] {
  const { exam, overall } = input;
  const name = overall.examName;
  const out: Improvement[] = [];
  const practiseDomain = (d: number): ReadinessAction => ({ label: `Practise Domain ${d}`, href: practiceHref({ exam, domains: [d] }) });

  const answered = overall.accuracy.answered;
  if (answered < MIN_RECENT_ANSWERS_OVERALL) {
    const more = MIN_RECENT_ANSWERS_OVERALL - answered;
    out.push({
      kind: 'more-answers',
      domain: null,
      score: more,
      text: `Answer ${more} more ${name} question${more === 1 ? '' : 's'}: ${answered} in the last 30 days, and a verdict needs ${MIN_RECENT_ANSWERS_OVERALL}.`,
      action: { label: 'Start Quick 10', href: QUICK_10_HREF },
    });
  }

  const mock = overall.exam;
  const fullExam: ReadinessAction = { label: `Set up a full ${name} mock exam`, href: examStartHref({ exam, variant: 'cat' }) };
  if (!mock) {
    out.push({
      kind: 'take-exam',
      domain: null,
      score: 1,
      text: `Take a full ${name} mock exam — you have none in the last ${MOCK_EXAM_WINDOW_DAYS} days.`,
      action: fullExam,
    });
  } else if (!mock.full && mock.level !== 'below') {
    out.push({
      kind: 'take-exam',
      domain: null,
      score: 1,
      text: `Take a full ${name} mock exam: your latest, ${daysAgoText(mock.daysAgo)}, was a 25-item practice exam, too short to show readiness.`,
      action: fullExam,
    });
  } else if (mock.level !== 'above') {
    const { score, low, high } = mock.scaled;
    out.push({
      kind: 'retake-exam',
      domain: null,
      score: 1,
      text: `After practising your weakest domains, take another full ${name} mock exam: your latest scored ${score} (95% interval ${low}–${high}).`,
      action: fullExam,
    });
  }

  const outlineThin = overall.coverage.objectivesTouched < objectivesNeeded(overall.coverage.objectivesTotal, MIN_OBJECTIVE_COVERAGE);
  for (const d of input.domains) {
    const { evidence, verdict, domain, weight } = d;
    const coverage = evidence.coverage;
    const coverageThin = coverage.objectivesTouched < objectivesNeeded(coverage.objectivesTotal, MIN_OBJECTIVE_COVERAGE);
    if (coverageThin && d.untouchedObjectives.length > 0) {
      out.push({
        kind: outlineThin ? 'cover-objectives' : 'thin-domain',
        domain,
        score: weight * (d.untouchedObjectives.length / Math.max(1, coverage.objectivesTotal)),
        text: `Domain ${domain}: only ${coverage.objectivesTouched} of ${plural(coverage.objectivesTotal, 'objective')} touched — practise the ${d.untouchedObjectives.length} untouched.`,
        action: {
          label: `Practise Domain ${domain}’s untouched objectives`,
          href: practiceHref({ exam, objectives: d.untouchedObjectives }),
        },
      });
      continue;
    }
    if (verdict.verdict === 'not-enough-data') {
      const n = evidence.accuracy.answered;
      const more = Math.max(0, MIN_RECENT_ANSWERS_PER_DOMAIN - n);
      out.push({
        kind: 'thin-domain',
        domain,
        score: weight * (more / MIN_RECENT_ANSWERS_PER_DOMAIN),
        text: `Domain ${domain}: ${plural(n, 'answer')} in the last 30 days; ${more} more give it a verdict.`,
        action: practiseDomain(domain),
      });
    } else if (verdict.verdict === 'not-yet') {
      const exam = evidence.exam;
      const text =
        evidence.accuracy.level === 'below'
          ? `Domain ${domain} accuracy ${accuracyText(evidence.accuracy)}: practise Domain ${domain}.`
          : `Domain ${domain} was below proficiency in your latest mock exam (${plural(exam?.items ?? 0, 'scored item')}): practise Domain ${domain}.`;
      out.push({ kind: 'weak-domain', domain, score: weight * accuracyGap(evidence), text, action: practiseDomain(domain) });
    } else if (verdict.verdict === 'borderline') {
      out.push(firmUp(d, exam));
    }
  }

  if (recallHasSlipped(overall.recall)) {
    out.push({
      kind: 'low-recall',
      domain: null,
      score: 1 - overall.recall.mean,
      text: `Recall has slipped to ${recallText(overall.recall)}: do your due reviews.`,
      action: { label: 'Start review', href: '/review' },
    });
  }

  return out.sort((a, b) => IMPROVEMENT_TIER[a.kind] - IMPROVEMENT_TIER[b.kind] || b.score - a.score || (a.domain ?? 0) - (b.domain ?? 0));
}

function firmUp(d: DomainForImprovement, exam: ExamId): Improvement {
  const { evidence, domain, weight } = d;
  const base = { kind: 'firm-up-domain' as const, domain, score: weight * accuracyGap(evidence) };
  if (evidence.accuracy.level === 'near') {
    return {
      ...base,
      text: `Domain ${domain} accuracy ${accuracyText(evidence.accuracy)} straddles the ${percent(TARGET_ACCURACY)} bar: practise Domain ${domain}.`,
      action: { label: `Practise Domain ${domain}`, href: practiceHref({ exam, domains: [domain] }) },
    };
  }
  if (evidence.exam?.counted && evidence.exam.label === 'near') {
    return {
      ...base,
      text: `Domain ${domain} was near proficiency in your latest mock exam (${plural(evidence.exam.items, 'scored item')}): practise Domain ${domain}.`,
      action: { label: `Practise Domain ${domain}`, href: practiceHref({ exam, domains: [domain] }) },
    };
  }
  // Only recall keeps this domain from "likely ready": review what is due there.
  const recall = evidence.recall;
  return {
    ...base,
    text: `Domain ${domain} recall has slipped to ${recall ? recallText(recall) : 'under 80%'}: review its due questions.`,
    action: { label: `Review Domain ${domain}`, href: practiceHref({ exam, domains: [domain], source: 'due' }) },
  };
}

/** The first `TOP_IMPROVEMENTS` ranked improvements with distinct links. */
export function topImprovements(ranked: readonly Improvement[], count = TOP_IMPROVEMENTS): Improvement[] {
  const seen = new Set<string>();
  const out: Improvement[] = [];
  for (const improvement of ranked) {
    if (seen.has(improvement.action.href)) continue;
    seen.add(improvement.action.href);
    out.push(improvement);
    if (out.length === count) break;
  }
  return out;
}
