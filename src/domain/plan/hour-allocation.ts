/**
 * Turning week budgets and domain targets into a week × domain table of hours.
 *
 * Each phase says which domains a week *prefers* (a preference table); iterative proportional
 * fitting then scales the table so every week's row adds up to the week's hours and every domain's
 * column to its target. Rows are finally rounded to whole cents with the largest-remainder method,
 * so a week's domain hours add up to its hours exactly.
 */

/**
 * Whole units proportional to `weights`, summing exactly to `total` (largest remainder).
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const positive = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = positive.reduce((s, w) => s + w, 0);
  if (total <= 0 || weights.length === 0) return weights.map(() => 0);
  const exact = sum > 0 ? positive.map((w) => (w / sum) * total) : positive.map(() => total / weights.length);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}

/**
 * Scales a non-negative table so its rows sum to `rowTotals` and its columns to `colTotals`
 * (iterative proportional fitting). Both totals must add up to the same amount, and every row with
 * a positive total needs a positive entry in some column with a positive total.
 */
export function fitToMargins(
  preference: readonly (readonly number[])[],
  rowTotals: readonly number[],
  colTotals: readonly number[],
): number[][] {
  const table = preference.map((row) => row.map((x, j) => ((colTotals[j] ?? 0) > 0 && x > 0 ? x : 0)));
  const scaleRows = () =>
    table.forEach((row, i) => {
      const sum = row.reduce((s, x) => s + x, 0);
      const factor = sum > 0 ? (rowTotals[i] ?? 0) / sum : 0;
      row.forEach((x, j) => (row[j] = x * factor));
    });
  for (let iteration = 0; iteration < 2000; iteration++) {
    scaleRows();
    let worst = 0;
    colTotals.forEach((target, j) => {
      const sum = table.reduce((s, row) => s + (row[j] ?? 0), 0);
      worst = Math.max(worst, Math.abs(sum - target));
      if (sum > 0) table.forEach((row) => (row[j] = (row[j] ?? 0) * (target / sum)));
    });
    if (worst < 1e-9) break;
  }
  scaleRows();
  return table;
}

/** Part of one domain studied in a first-pass week: `from`–`to` are fractions of the domain (0–1). */
export interface FocusSlice {
  readonly domain: number;
  readonly from: number;
  readonly to: number;
  /** Fraction of the week's focus time this slice takes (slices of a week sum to 1). */
  readonly ofWeek: number;
}

/**
 * Lays the domains end to end in outline order, each as long as its hours, over the first-pass weeks
 * laid end to end by their hours; a week studies whatever part of the line it covers. So a short
 * week covers less, a big domain spans weeks, and a long plan takes a domain or two per week.
 * @example firstPassFocus([10, 10], [{ domain: 1, hours: 10 }, { domain: 2, hours: 10 }])[1] // [{ domain: 2, from: 0, to: 1, ofWeek: 1 }]
 */
export function firstPassFocus(weekHours: readonly number[], targets: readonly { domain: number; hours: number }[]): FocusSlice[][] {
  const weekTotal = weekHours.reduce((s, h) => s + h, 0);
  const domainTotal = targets.reduce((s, t) => s + t.hours, 0);
  if (weekTotal <= 0 || domainTotal <= 0) return weekHours.map(() => []);
  let weekStart = 0;
  return weekHours.map((hours) => {
    const a = weekStart;
    const b = weekStart + hours / weekTotal;
    weekStart = b;
    const slices: FocusSlice[] = [];
    let domainStart = 0;
    for (const t of targets) {
      const c = domainStart;
      const d = domainStart + t.hours / domainTotal;
      domainStart = d;
      const overlap = Math.min(b, d) - Math.max(a, c);
      if (overlap <= 1e-12 || d <= c) continue;
      slices.push({
        domain: t.domain,
        from: (Math.max(a, c) - c) / (d - c),
        to: (Math.min(b, d) - c) / (d - c),
        ofWeek: overlap / (b - a),
      });
    }
    return slices;
  });
}

/** Share of a first-pass week spent on its focus domains; the rest is review spread over every domain. */
export const FIRST_PASS_FOCUS_SHARE = 0.8;
/** Share of a reinforcement week on its two focus domains; the rest follows weakness over all domains. */
export const REINFORCEMENT_FOCUS_SHARE = 0.6;

/**
 * Reinforcement focus: domains ranked weakest first (ties: heavier exam weight, then outline order),
 * two per week, cycling, so week r of the phase drills ranks 2r and 2r + 1.
 */
export function reinforcementFocus(rank: number, domainsByWeakness: readonly number[]): number[] {
  const n = domainsByWeakness.length;
  if (n === 0) return [];
  const first = domainsByWeakness[(2 * rank) % n] as number;
  const second = domainsByWeakness[(2 * rank + 1) % n] as number;
  return first === second ? [first] : [first, second];
}
