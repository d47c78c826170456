/**
 * Exam forms: the length, time, pretest count, cut and domain weights one simulated exam runs under.
 * Figures come from the blueprints (src/domain/exam-blueprints.ts, sourced from shared/exam-facts.md),
 * except the short practice exam, which is Bastion's own.
 */
import { blueprints, type ExamBlueprint, type ExamId } from '../exam-blueprints';

/**
 * Ability at the passing line (700 of 1000), in logits. ISC2 does not publish its cut on the Rasch
 * scale, so Bastion puts it at θ = 0: the ability of a candidate who answers half of the medium
 * (authored difficulty 2, b = 0) items correctly. Change it here, once.
 */
export const DEFAULT_CUT_THETA = 0;

/** Bastion's short practice exam: CAT item selection, but it only ends at full length or time. */
export const SHORT_PRACTICE_FORM = { items: 25, pretestItems: 5, minutes: 30 } as const;

export type ExamVariant = 'cat' | 'linear' | 'short';

export interface ExamForm {
  readonly exam: ExamId;
  readonly variant: ExamVariant;
  /** 'cat' picks items near the current ability; 'linear' picks them at random within domain quotas. */
  readonly kind: 'cat' | 'linear';
  readonly minItems: number;
  readonly maxItems: number;
  /** Unscored items, placed at random among the first `minItems` positions. */
  readonly pretestItems: number;
  readonly minutes: number;
  /** Ability at the passing line, logits. */
  readonly cutTheta: number;
  /** Whether the 95%-confidence rule may end the exam between `minItems` and `maxItems`. */
  readonly confidenceStop: boolean;
  /** Domain number → share of the scored items (normalised by their sum). */
  readonly domainWeights: Readonly<Record<number, number>>;
}

/**
 * The form for an exam and variant:
 * - CISSP 'cat': 100–150 items, 180 minutes, 25 pretest;
 * - CC 'cat': 100–125 items, 120 minutes, 25 pretest;
 * - CC 'linear' (the form used until September 2025): exactly 100 items, 120 minutes, 25 pretest;
 * - 'short' (either exam): 25 items, 30 minutes, 5 pretest, CAT selection, no early stop.
 * Throws for a variant the exam does not have (CISSP has no linear form).
 * @example formFor('cc', 'linear').maxItems // 100
 */
export function formFor(
  exam: ExamId,
  variant: ExamVariant,
  blueprint: ExamBlueprint = blueprints[exam],
  cutTheta: number = DEFAULT_CUT_THETA,
): ExamForm {
  if (blueprint.exam !== exam) throw new RangeError(`Blueprint ${blueprint.name} is not for exam '${exam}'.`);
  const domainWeights = Object.fromEntries(blueprint.domains.map((d) => [d.number, d.weight]));
  if (variant === 'short') {
    const { items, pretestItems, minutes } = SHORT_PRACTICE_FORM;
    return {
      exam,
      variant,
      kind: 'cat',
      minItems: items,
      maxItems: items,
      pretestItems,
      minutes,
      cutTheta,
      confidenceStop: false,
      domainWeights,
    };
  }
  const format = blueprint.formats.find((f) => f.kind === variant);
  if (!format) throw new RangeError(`${blueprint.name} has no ${variant} exam form.`);
  return {
    exam,
    variant,
    kind: format.kind,
    minItems: format.minItems,
    maxItems: format.maxItems,
    pretestItems: format.pretestItems,
    minutes: format.minutes,
    cutTheta,
    confidenceStop: format.kind === 'cat',
    domainWeights,
  };
}

/** Throws a readable error when a form cannot run (e.g. a hand-built form with more pretest than items). */
export function assertValidForm(form: ExamForm): void {
  const problems: string[] = [];
  if (!Number.isInteger(form.minItems) || form.minItems < 1) problems.push(`minItems must be a positive whole number (${form.minItems})`);
  if (!Number.isInteger(form.maxItems) || form.maxItems < form.minItems) problems.push(`maxItems must be ≥ minItems (${form.maxItems})`);
  // Position 0 is always the easy scored opening item, so at most minItems − 1 positions can be pretest.
  if (!Number.isInteger(form.pretestItems) || form.pretestItems < 0 || form.pretestItems >= form.minItems) {
    problems.push(`pretestItems must be between 0 and minItems − 1 (${form.pretestItems})`);
  }
  if (!(form.minutes > 0)) problems.push(`minutes must be positive (${form.minutes})`);
  if (!Number.isFinite(form.cutTheta)) problems.push(`cutTheta must be a finite number (${form.cutTheta})`);
  const weights = Object.values(form.domainWeights);
  if (weights.length === 0 || weights.some((w) => !(w >= 0)) || !weights.some((w) => w > 0)) {
    problems.push('domainWeights must be non-negative with at least one positive weight');
  }
  if (problems.length > 0) throw new RangeError(`Invalid ${form.exam} ${form.variant} exam form: ${problems.join('; ')}.`);
}
