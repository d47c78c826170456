/**
 * The review of a draft batch (docs/bank-review.md), step by step:
 *
 *   npx tsx scripts/bank-review.ts blind DRAFT.pack.json            writes DRAFT.blind.json and DRAFT.blindmap.json
 *   npx tsx scripts/bank-review.ts compare DRAFT.pack.json          reads DRAFT.answers.json (and the map)
 *   npx tsx scripts/bank-review.ts merge DRAFT.pack.json [...]      appends the drafts to questions/
 *
 * `compare` exits 1 when an answer disagrees with the key or is missing; `merge` refuses an id
 * already used and writes nothing then. Run `questions:check --draft` on every batch together
 * before merging, and `questions:check` after.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blindFile, compareBlindAnswers, mergeDrafts, type BlindAnswer } from '../src/domain/pack/bank-review';
import { packSchema, type Pack } from '../src/domain/pack/pack-schema';
import { bundledPackFiles } from './bundled-packs-on-disk';

const [command, ...files] = process.argv.slice(2);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const beside = (draft: string, suffix: string) => draft.replace(/\.pack\.json$/, suffix);
/** The bundled packs' own layout: two-space indent, a final newline. */
const packText = (pack: Pack) => `${JSON.stringify(pack, null, 2)}\n`;

if (command === 'blind' && files.length === 1) {
  const draft = files[0]!;
  const { items, ids } = blindFile(readJson<Pack>(draft).questions);
  writeFileSync(beside(draft, '.blind.json'), `${JSON.stringify(items, null, 1)}\n`);
  writeFileSync(beside(draft, '.blindmap.json'), `${JSON.stringify(ids, null, 1)}\n`);
  console.log(`${items.length} items written to ${beside(draft, '.blind.json')} (ids neutral; the map beside it)`);
} else if (command === 'compare' && files.length === 1) {
  const draft = files[0]!;
  const map = beside(draft, '.blindmap.json');
  const result = compareBlindAnswers(
    readJson<Pack>(draft).questions,
    readJson<BlindAnswer[]>(beside(draft, '.answers.json')),
    existsSync(map) ? readJson<Record<string, string>>(map) : {},
  );
  for (const line of result.lines) console.log(line);
  console.log(`${result.agree} of ${result.total} blind answers agree with the key`);
  process.exit(result.agree === result.total ? 0 : 1);
} else if (command === 'merge' && files.length > 0) {
  const bank = new Map(bundledPackFiles().map((file) => [file, readJson<Pack>(join('questions', file))]));
  const changed = mergeDrafts(
    bank,
    // Through the pack schema, as the checker reads them: its defaults (an omitted `references`) applied.
    files.flatMap((draft) => packSchema.parse(readJson<unknown>(draft)).questions),
  );
  for (const [file, pack] of changed) {
    writeFileSync(join('questions', file), packText(pack));
    console.log(`questions/${file}: ${pack.questions.length} items`);
  }
} else {
  console.error('usage: bank-review.ts blind DRAFT.pack.json | compare DRAFT.pack.json | merge DRAFT.pack.json...');
  process.exit(2);
}
