/**
 * `npm run questions:check`: validates every pack in questions/ and enforces the bank floors.
 * `npm run questions:check -- --draft questions/x.json` checks one file's items (for authors writing
 * a batch; bank-wide floors are reported but not enforced), and the file against the bundled bank:
 * no id the bank uses, no stem that repeats a bank stem. Several drafts given together are also
 * compared with one another.
 * Exit code 1 on any failure; every failure names the file and the question id.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { balanceNotes, bankFloorFailures, computeBankStats, type BankStats } from '../src/domain/pack/bank-quality';
import { draftAgainstBank, draftSamePointNotes } from '../src/domain/pack/draft-check';
import { bundledPacksOnDisk } from './bundled-packs-on-disk';
import { checkItem } from '../src/domain/pack/item-rules';
import { retiredIds } from '../src/domain/pack/retired-ids';
import { packSchema, type Question } from '../src/domain/pack/pack-schema';

const args = process.argv.slice(2);
const draft = args.includes('--draft');
const files = args.filter((a) => !a.startsWith('--'));
const questionsDir = 'questions';
const packFiles =
  files.length > 0
    ? files
    : readdirSync(questionsDir)
        .filter((f) => f.endsWith('.pack.json'))
        .sort()
        .map((f) => join(questionsDir, f));

const failures: string[] = [];
const all: Question[] = [];
const seen = new Map<string, string>();
const retired = retiredIds(readFileSync(join(questionsDir, 'retired-ids.txt'), 'utf8'));

for (const file of packFiles) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failures.push(`${file}: not valid JSON: ${(error as Error).message}`);
    continue;
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const questions = (raw as { questions?: { id?: string }[] }).questions;
    for (const issue of parsed.error.issues.slice(0, 50)) {
      const [first, index] = issue.path;
      const id = first === 'questions' && typeof index === 'number' ? (questions?.[index]?.id ?? `#${index}`) : '(pack)';
      failures.push(`${file} ${id}: ${issue.path.join('.')}: ${issue.message}`);
    }
    continue;
  }
  for (const q of parsed.data.questions) {
    const previous = seen.get(q.id);
    if (previous) failures.push(`${file} ${q.id}: duplicate id (also in ${previous})`);
    if (retired.has(q.id))
      failures.push(`${file} ${q.id}: this id belonged to a question that left the bank (questions/retired-ids.txt); choose another`);
    seen.set(q.id, basename(file));
    for (const p of checkItem(q)) failures.push(`${file} ${p.questionId}: ${p.field}: ${p.message}`);
    all.push(q);
  }
}

const stats = computeBankStats(all);
printTable(stats);
if (draft) {
  // Near-duplicate stems fail a draft (draftAgainstBank lists them), so they are not repeated as notes.
  for (const note of balanceNotes({ ...stats, nearDuplicates: [] })) console.log(`note: ${note}`);
  const bank = bundledBankExcept(packFiles);
  for (const note of draftSamePointNotes(all, bank)) console.log(`note: ${note}`);
  failures.push(...draftAgainstBank(all, bank).map((p) => `draft ${p}`));
} else {
  failures.push(...bankFloorFailures(stats));
}

if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):`);
  for (const f of failures) console.error(`  ✗ ${f}`);
  process.exit(1);
}
console.log(
  `\nquestions:check passed: ${stats.perExam.cissp} CISSP and ${stats.perExam.cc} CC items in ${packFiles.length} pack(s), ${stats.total} in all.`,
);

/** The bundled bank's questions, leaving out the files being checked (a draft may sit in questions/). */
function bundledBankExcept(checked: readonly string[]): Question[] {
  return bundledPacksOnDisk(
    questionsDir,
    checked.map((f) => basename(f)),
  ).flatMap((pack) => pack.questions);
}

function printTable(s: BankStats): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
  console.log(`Items: ${s.total} (CISSP ${s.perExam.cissp}, CC ${s.perExam.cc})\n`);
  for (const exam of ['cissp', 'cc'] as const) {
    console.log(`${exam.toUpperCase()} domain  items  share  weight  objectives (items)`);
    for (const d of s.domains.filter((x) => x.exam === exam))
      console.log(
        `  ${String(d.domain).padEnd(7)} ${String(d.count).padStart(5)} ${pct(d.share)} ${pct(d.weight)}  ${d.objectives.map((o) => `${o.id}:${o.count}`).join(' ')}`,
      );
    console.log('');
  }
  console.log(
    `Answer positions  A ${s.answerPositions[0]}  B ${s.answerPositions[1]}  C ${s.answerPositions[2]}  D ${s.answerPositions[3]}`,
  );
  console.log(`Key is the longest option: ${pct(s.keyLongestShare)}`);
  console.log(`Key is the shortest option: ${pct(s.keyShortestShare)}`);
  console.log(`Key alone repeats a stem word: ${pct(s.keyStemEchoShare)} (a distractor alone: ${pct(s.distractorStemEchoShare)})`);
  const n = Math.max(1, s.total);
  console.log(
    `Difficulty easy/medium/hard: ${s.difficulty[1]}/${s.difficulty[2]}/${s.difficulty[3]} (${pct(s.difficulty[1] / n)} /${pct(s.difficulty[2] / n)} /${pct(s.difficulty[3] / n)})`,
  );
  console.log(`Managerial (BEST/FIRST/MOST…) share: ${pct(s.managerialShare)}`);
  console.log(`Near-duplicate pairs (word-trigram Jaccard > 0.5): ${s.nearDuplicates.length}`);
}
