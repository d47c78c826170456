/**
 * `npm run questions:schema`: writes questions/schema.json (JSON Schema) from the zod pack schema,
 * the single definition, for authors' editors and other tools.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { packSchema } from '../src/domain/pack/pack-schema';

const schema = z.toJSONSchema(packSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
const document = {
  $id: 'https://bastion.invalid/schema/bastion-pack-1.json',
  title: 'Bastion question pack, version 1',
  description: 'Generated from src/domain/pack/pack-schema.ts by `npm run questions:schema`. Do not edit by hand.',
  ...schema,
};
writeFileSync('questions/schema.json', `${JSON.stringify(document, null, 2)}\n`);
console.log('wrote questions/schema.json');
