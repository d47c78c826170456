import { describe, expect, it } from 'vitest';
import { makeRandomPack } from '../../../scripts/random-pack.mjs';
import { decodePack } from './pack-decode';
import type { Pack } from './pack-schema';
import { canonicalQuestion, packFileName, serializePack } from './pack-serialize';

describe('serializePack', () => {
  it('writes the fields in the format order and the questions sorted by id', () => {
    const pack = makeRandomPack(3, 5, { id: 'order-test', release: 2 });
    const shuffled: Pack = { ...pack, description: 'About', questions: [pack.questions[2]!, pack.questions[0]!, pack.questions[1]!] };
    const text = serializePack(shuffled);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'id',
      'title',
      'description',
      'license',
      'release',
      'questions',
    ]);
    expect((JSON.parse(text) as Pack).questions.map((q) => q.id)).toEqual(['q-00001', 'q-00002', 'q-00003']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(serializePack(pack)).toBe(serializePack({ ...pack, questions: [...pack.questions].reverse() }));
  });

  it('keeps only the fields of the format from a stored record', () => {
    const q = makeRandomPack(1, 1).questions[0]!;
    const record = { key: 'p:q-00001', packId: 'p', retired: 0, ...q };
    expect(Object.keys(canonicalQuestion(record))).not.toContain('key');
    expect(canonicalQuestion(record)).toEqual(q);
  });

  it('reads back to the same text', async () => {
    const text = serializePack(makeRandomPack(50, 11));
    const decoded = await decodePack(text);
    expect(decoded.ok).toBe(true);
    expect(serializePack(decoded.pack!)).toBe(text);
  });

  it('names files after the pack id', () => {
    expect(packFileName('my-questions-3k9x')).toBe('my-questions-3k9x.pack.json');
  });
});
