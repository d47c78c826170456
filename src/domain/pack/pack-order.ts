/**
 * The order packs are listed in (Bank → Packs, practice set-up, the bank's filter): the bundled bank
 * first, then imported packs, then "My questions".
 *
 * The bundled packs go in outline order: CISSP before CC, then by their first domain. Their ids say
 * both (`bastion-core-cissp-d1`, `bastion-core-cc-d1-d2`, `bastion-core-cc-d4`); their titles do not
 * sort that way ("ISC2 CC Domain 4" comes before "ISC2 CC Domains 1 and 2" by title). Other packs
 * go by title, as their authors named them.
 */
export type PackSource = 'bundled' | 'imported' | 'authored';

export interface ListedPack {
  readonly id: string;
  readonly title: string;
  readonly source: PackSource;
  /** Whether the pack holds any CISSP question. */
  readonly hasCissp: boolean;
}

const sourceOrder: Record<PackSource, number> = { bundled: 0, imported: 1, authored: 2 };
const byNumbers = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

export function comparePacks(a: ListedPack, b: ListedPack): number {
  const bySource = sourceOrder[a.source] - sourceOrder[b.source];
  if (bySource !== 0) return bySource;
  if (a.source !== 'bundled') return byNumbers(a.title, b.title);
  return Number(b.hasCissp) - Number(a.hasCissp) || byNumbers(a.id, b.id);
}
