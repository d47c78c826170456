import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { packSchema } from '../src/domain/pack/pack-schema';

describe('questions/schema.json', () => {
  it('is up to date with the zod schema (run `npm run questions:schema`)', () => {
    const committed = JSON.parse(readFileSync('questions/schema.json', 'utf8'));
    const generated = z.toJSONSchema(packSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
    expect(committed.properties).toEqual(JSON.parse(JSON.stringify(generated.properties)));
  });
});
