import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPacksOnDisk } from '../../../scripts/bundled-packs-on-disk';
import { retiredIds } from './retired-ids';

describe('retired ids', () => {
  it('reads one id per line, skipping comments and blank lines', () => {
    expect([...retiredIds('# a comment\nd1-old-001\n\n  cc2-gone-007  \n')]).toEqual(['d1-old-001', 'cc2-gone-007']);
  });

  it('lists no id the bundled bank uses, each id once and in order', () => {
    const text = readFileSync('questions/retired-ids.txt', 'utf8');
    const listed = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(listed).toEqual([...new Set(listed)].sort());
    const retired = retiredIds(text);
    expect(retired.size).toBeGreaterThan(0);
    const inBank = bundledPacksOnDisk().flatMap((pack) => pack.questions.map((q) => q.id));
    expect(inBank.filter((id) => retired.has(id))).toEqual([]);
  });
});
