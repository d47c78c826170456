import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRandomPack } from '../../../scripts/random-pack.mjs';
import { checkItem } from './item-rules';
import { decodePack } from './pack-decode';
import { packSchema } from './pack-schema';
import { serializePack } from './pack-serialize';

const base = makeRandomPack(12, 3, { id: 'fuzz-base' });
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What the bank checker would say: the schema, every item rule, and no id twice. */
function checkerAccepts(raw: unknown): boolean {
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) return false;
  const ids = parsed.data.questions.map((q) => q.id);
  return new Set(ids).size === ids.length && parsed.data.questions.every((q) => checkItem(q).length === 0);
}

/** A path into the pack and a value to put there (or `undefined` to delete the field). */
const mutation = fc.record({
  question: fc.nat({ max: base.questions.length - 1 }),
  target: fc.constantFrom(
    'format',
    'version',
    'id',
    'title',
    'license',
    'release',
    'questions',
    'q.id',
    'q.exams',
    'q.domain',
    'q.objective',
    'q.ccDomain',
    'q.ccObjective',
    'q.difficulty',
    'q.stem',
    'q.options',
    'q.options.0.text',
    'q.options.2.explanation',
    'q.answer',
    'q.tags',
    'q.references',
    'q.extra',
    'q',
    'duplicate',
  ),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constant(undefined),
    fc.constantFrom('', 'cissp', 'cc', '1.9', '9.1', 'None of the above', 'model', 'x'.repeat(3001), -1, 0, 1, 2, 3, 4, 1.5),
    fc.constantFrom(['cissp'], ['cc'], ['cissp', 'cc'], ['cissp', 'cissp'], ['risk-assessment'], ['not-a-tag'], []),
  ),
});

/** Changes that usually keep the pack valid, so that acceptance is exercised as much as refusal. */
const harmless = fc.oneof(
  fc.record({
    question: fc.nat({ max: base.questions.length - 1 }),
    target: fc.constant('replace'),
    value: fc.integer({ min: 1, max: 1e6 }),
  }),
  fc.record({ question: fc.constant(0), target: fc.constantFrom('title', 'license', 'description'), value: fc.string({ maxLength: 30 }) }),
  fc.record({ question: fc.constant(0), target: fc.constant('release'), value: fc.integer({ min: -1, max: 5 }) }),
);

type Mutation = { question: number; target: string; value: unknown };

function mutate(pack: unknown, m: Mutation): unknown {
  const copy = clone(pack) as Record<string, unknown> & { questions: Record<string, unknown>[] };
  const set = (obj: unknown, key: string) => {
    if (typeof obj !== 'object' || obj === null) return;
    if (m.value === undefined) delete (obj as Record<string, unknown>)[key];
    else (obj as Record<string, unknown>)[key] = m.value;
  };
  const q = Array.isArray(copy.questions) ? copy.questions[m.question] : undefined;
  const onQuestion = m.target === 'q' || m.target === 'duplicate' || m.target.startsWith('q.');
  if (onQuestion && (typeof q !== 'object' || q === null)) return copy;
  if (m.target === 'replace' && Array.isArray(copy.questions)) {
    copy.questions[m.question] = { ...makeRandomPack(1, m.value as number).questions[0]!, id: `r-${String(m.value)}` };
  } else if (m.target === 'duplicate') copy.questions.push(clone(q!));
  else if (m.target === 'q') copy.questions[m.question] = m.value as Record<string, unknown>;
  else if (m.target.startsWith('q.options.')) {
    const [, , index, field] = m.target.split('.');
    set(Array.isArray(q!.options) ? (q!.options as unknown[])[Number(index)] : undefined, field!);
  } else if (m.target.startsWith('q.')) set(q, m.target.slice(2));
  else set(copy, m.target);
  return copy;
}

describe('decodePack', () => {
  it('accepts a valid pack, with the schema defaults applied', async () => {
    const result = await decodePack(JSON.stringify(base));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(12);
    expect(result.pack).toEqual({ ...base, questions: base.questions.map((q) => ({ ...q, references: q.references ?? [] })) });
    expect(result.header).toMatchObject({ id: 'fuzz-base', license: 'CC0 1.0', questionCount: 12 });
  });

  it('names the question id and the field path of every problem', async () => {
    const pack = clone(base) as { questions: Record<string, unknown>[] };
    const first = pack.questions[0]!;
    (first.options as { explanation: string }[])[2]!.explanation = '';
    first.tags = ['not-a-tag'];
    pack.questions[1]!.id = pack.questions[0]!.id;
    delete pack.questions[3]!.id;
    const result = await decodePack(JSON.stringify(pack));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { questionId: 'q-00001', path: 'questions[0].options[2].explanation', message: 'option has no explanation' },
      { questionId: 'q-00001', path: 'questions[1].id', message: 'the id is used twice (also at questions[0])' },
      { questionId: '#3', path: 'questions[3].id', message: 'missing' },
    ]);
    // The first question failed its schema, so its tag is not reached; it is reported once the explanation is fixed.
    (first.options as { explanation: string }[])[2]!.explanation = 'Fixed.';
    const again = await decodePack(JSON.stringify(pack));
    expect(again.problems[0]).toEqual({
      questionId: 'q-00001',
      path: 'questions[0].tags',
      message: '"not-a-tag" is not in the tag vocabulary (the tags Add a tag offers when you write a question)',
    });
  });

  it("lists the questions' problems beside the pack's own, an unknown top-level field included", async () => {
    const pack = { ...(clone(base) as { questions: Record<string, unknown>[] }), foo: 1 };
    pack.questions[0]!.answer = 7;
    const result = await decodePack(JSON.stringify(pack));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path)).toEqual(['file', 'questions[0].answer']);
    expect(result.problems[0]!.message).toBe('unknown field "foo"');
    expect(result.questions).toHaveLength(pack.questions.length - 1); // the others, for the preview's counts
  });

  it('refuses the wrong kind of file with one clear message', async () => {
    const message = async (text: string) => (await decodePack(text)).problems.map((p) => `${p.path}: ${p.message}`);
    expect(await message('')).toEqual(['file: the file is empty']);
    expect(await message('[1,2]')).toEqual(['file: this is not a Bastion question pack: the file holds a list, not an object']);
    expect(await message('{"format":"bastion-backup"}')).toEqual([
      'file: this is a Bastion backup, not a question pack: import it in Settings',
    ]);
    expect(await message('{"format":"bastion-pack","version":2}')).toEqual([
      'file: version 2 is newer than this app understands (1): update Bastion',
    ]);
    expect((await message(serializePack(base).slice(0, 300)))[0]).toMatch(
      /^file: the file is truncated or not JSON: .* at position 300 \(line \d+, column \d+\)$/,
    );
    expect(await message('{"format":"bastion-pack","version":1,"id":"ok-id","title":"T","license":"L","questions":[],"x":1}')).toEqual([
      'questions: must be at least 1',
      'file: unknown field "x"',
    ]);
  });

  it('refuses a file over the size cap before parsing it', async () => {
    const result = await decodePack(JSON.stringify(base), { maxBytes: 100 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(/^the file is over .* MB, the most a pack may be$/);
  });

  it('checks the questions in chunks, reporting progress and yielding between chunks', async () => {
    const progress: [number, number][] = [];
    let yields = 0;
    const pack = makeRandomPack(450, 9);
    const result = await decodePack(JSON.stringify(pack), {
      chunkSize: 200,
      onProgress: (done, total) => progress.push([done, total]),
      yieldNow: async () => {
        yields++;
      },
    });
    expect(result.ok).toBe(true);
    expect(progress).toEqual([
      [200, 450],
      [400, 450],
      [450, 450],
    ]);
    expect(yields).toBe(2);
  });

  it('never throws on arbitrary text or JSON, and accepts nothing that is not a pack', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        async (text) => {
          const result = await decodePack(text);
          expect(result.ok).toBe(false);
          expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts a mutated pack exactly when the bank checker would', async () => {
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(mutation, harmless), { minLength: 1, maxLength: 3 }), async (mutations) => {
        const raw = mutations.reduce<unknown>((pack, m) => mutate(pack, m as Mutation), base);
        const result = await decodePack(JSON.stringify(raw), { chunkSize: 5 });
        expect(result.ok).toBe(checkerAccepts(raw));
        outcomes[result.ok ? 'accepted' : 'refused']++;
        if (result.ok) expect(result.questions).toHaveLength((raw as { questions: unknown[] }).questions.length);
        else expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) expect(p.path).toMatch(/^(file|[a-z]+|questions(\[\d+\](\.[a-zA-Z]+(\[\d+\])?(\.[a-z]+)?)?)?)$/);
      }),
      { numRuns: 400 },
    );
    // Both sides of the equivalence are exercised, not only refusals.
    expect(outcomes.accepted).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(100);
  });
});
