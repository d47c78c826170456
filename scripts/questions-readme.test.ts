import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagGroups } from '../src/domain/tag-vocabulary';

describe('questions/README.md', () => {
  it('documents every tag of the vocabulary', () => {
    const readme = readFileSync('questions/README.md', 'utf8');
    const missing = tagGroups.flatMap((g) => g.tags.map((t) => t.id)).filter((id) => !readme.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});
