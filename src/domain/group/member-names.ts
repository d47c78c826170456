/**
 * The order a lead expects member names in: case and accents aside, and numbers by value, so that
 * "Member 4" comes before "Member 10" (a plain comparison put it after "Member 30").
 */
let collator: Intl.Collator | undefined;

/** @example ['Member 10', 'member 4', 'Ana'].sort(compareMemberNames) // ['Ana', 'member 4', 'Member 10'] */
export function compareMemberNames(a: string, b: string): number {
  // Made on first use: the first Intl object a page creates costs 25–50 ms.
  collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
