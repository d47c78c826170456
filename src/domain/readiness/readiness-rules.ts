/**
 * The thresholds of the readiness rule, in one place. docs/readiness.md explains each one; change the
 * two together.
 *
 * The rule in short (see `overallVerdict` and `domainVerdict` for the exact order of the checks):
 * - Not enough data yet: below a minimum of evidence (answers, objectives touched, a recent mock exam).
 * - Not yet: some evidence is clearly below the bar (its interval lies wholly below it).
 * - Likely ready: every piece of evidence is clearly above the bar, and for the overall verdict that
 *   must include a full-length mock exam whose 95% interval lies wholly above the passing line.
 * - Borderline: everything else: the evidence straddles the bar or disagrees.
 */

/** Mock exams finished more than this many days ago no longer count: ability moves with study. */
export const MOCK_EXAM_WINDOW_DAYS = 60;

/** Recent accuracy covers this many days (the window `loadProgress` counts answers over). */
export const ACCURACY_WINDOW_DAYS = 30;

/**
 * Answers in the last 30 days below which there is no overall verdict. With 30 answers a Wilson 95%
 * interval is still about ±16 points wide; below that, accuracy says almost nothing.
 */
export const MIN_RECENT_ANSWERS_OVERALL = 30;

/** The same minimum for one domain: 10 answers still give an interval about ±25 points wide. */
export const MIN_RECENT_ANSWERS_PER_DOMAIN = 10;

/**
 * Share of the outline's objectives that must have been touched (at least one question answered)
 * before there is any verdict: below half, most of what the exam asks has never been tried here.
 * Applies overall and per domain.
 */
export const MIN_OBJECTIVE_COVERAGE = 0.5;

/** Share of objectives touched that "Likely ready" (overall) requires: the exam samples all of them. */
export const READY_OBJECTIVE_COVERAGE = 0.8;

/**
 * The practice-accuracy bar. A candidate exactly at Bastion's passing line answers about half of
 * fresh, mixed-difficulty questions right (src/domain/exam/exam-form.ts), but practice accuracy runs
 * higher than exam accuracy: practice repeats questions you have seen and picks no items near your
 * limit. 70% is the usual study-guide target and a cautious one here. Accuracy counts as above the
 * bar when its whole Wilson 95% interval is at or above 70%, below it when the whole interval is under.
 */
export const TARGET_ACCURACY = 0.7;

/**
 * A domain's result in a mock exam counts only with at least this many scored items there: a short
 * 25-item exam puts 2–4 items in most CISSP domains, and the label then mostly repeats the prior.
 */
export const MIN_EXAM_ITEMS_PER_DOMAIN = 5;

/**
 * Mean FSRS recall below which "Likely ready" drops to "Borderline": at 80% you would already
 * have forgotten one studied question in five. Needs at least `MIN_RECALL_CARDS` reviewed cards.
 */
export const RECALL_FLOOR = 0.8;

/** Cards needed before mean recall is used in a verdict or an improvement. */
export const MIN_RECALL_CARDS = 10;

/** z for two-sided 95% intervals. */
export const Z_95 = 1.96;

/** How many improvements the report puts forward. */
export const TOP_IMPROVEMENTS = 2;
