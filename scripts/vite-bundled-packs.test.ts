import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePack, makeQuestion } from '../tests/fixtures/questions';
import { packSchema } from '../src/domain/pack/pack-schema';
import { decodePack } from '../src/domain/pack/pack-decode';
import { loadBundledPackSources, loadStarterSetText } from '../src/data/bundled-bank-sources';
import { domainIn } from '../src/domain/bank/question-filter';
import { STARTER_PER_DOMAIN, starterSet, type StarterRecord } from '../src/domain/bank/starter-set';
import type { Pack } from '../src/domain/pack/pack-schema';
import { bundledPacksPlugin, checkedPackText } from './vite-bundled-packs';

const pack = (questions = [makeQuestion({ id: 'q-001' })]) => makePack('core-a', questions);

/** The plugin's `load`, called the way Vite calls it. */
async function load(id: string): Promise<unknown> {
  const plugin = bundledPacksPlugin();
  const hook = plugin.load as (this: unknown, id: string) => unknown;
  return hook.call(
    {
      addWatchFile: () => {},
      error: (message: string) => {
        throw new Error(message);
      },
    },
    id,
  );
}

describe('checkedPackText', () => {
  it('ships what the schema returns: trimmed text, defaults filled in', async () => {
    const { references: _, ...withoutReferences } = makeQuestion({ id: 'q-001' });
    const source = { ...pack(), title: '  Pack core-a  ', questions: [{ ...withoutReferences, stem: `  ${withoutReferences.stem}\n` }] };
    const shipped = JSON.parse(await checkedPackText(decodePack, 'core-a.pack.json', JSON.stringify(source)));
    expect(shipped.title).toBe('Pack core-a');
    expect(shipped.questions[0].stem).toBe(withoutReferences.stem);
    expect(shipped.questions[0].references).toEqual([]);
    expect(shipped).toEqual(packSchema.parse(source));
  });

  it('fails on an invalid pack, naming the file, the question and the place', async () => {
    const threeOptions = makeQuestion({ id: 'q-002' });
    const bad = pack([makeQuestion({ id: 'q-001' }), { ...threeOptions, options: threeOptions.options.slice(0, 3) }]);
    await expect(checkedPackText(decodePack, 'core-a.pack.json', JSON.stringify(bad))).rejects.toThrow(
      'Bundled pack core-a.pack.json is invalid: q-002 questions[1].options: a question has exactly four options',
    );
    await expect(checkedPackText(decodePack, 'core-a.pack.json', JSON.stringify({ ...pack(), extra: 1 }))).rejects.toThrow(
      /^Bundled pack core-a\.pack\.json is invalid: file: unknown field "extra"/,
    );
    await expect(checkedPackText(decodePack, 'core-a.pack.json', '{"format":')).rejects.toThrow(
      /^Bundled pack core-a\.pack\.json is invalid: file: the file is truncated or not JSON/,
    );
  });

  it('accepts every pack of the bank as it stands', async () => {
    for (const file of readdirSync('questions').filter((f) => f.endsWith('.pack.json')))
      await expect(checkedPackText(decodePack, file, readFileSync(join('questions', file), 'utf8'))).resolves.toBeTypeOf('string');
  });
});

describe('bundledPacksPlugin', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'bundled-packs-')), 'questions');
  mkdirSync(dir);

  it('loads a bank pack file as a module whose text is the checked pack', async () => {
    const file = join(dir, 'core-a.pack.json');
    writeFileSync(file, JSON.stringify(pack(), null, 2));
    const code = await load(`${file}?raw`);
    expect(code).toMatch(/^export default "/);
    const text = JSON.parse((code as string).replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(JSON.parse(text)).toEqual(packSchema.parse(pack()));
  });

  it('fails the build on an invalid pack file', async () => {
    const file = join(dir, 'broken.pack.json');
    writeFileSync(file, JSON.stringify({ ...pack(), questions: [] }));
    await expect(load(`${file}?raw`)).rejects.toThrow(/^Bundled pack broken\.pack\.json is invalid: questions: /);
  });

  it('is what the app receives for each pack of the bank', async () => {
    const files = readdirSync('questions').filter((f) => f.endsWith('.pack.json'));
    const sources = await loadBundledPackSources();
    expect(sources.map((s) => s.file).sort()).toEqual(files.sort());
    for (const s of sources)
      expect(s.text).toBe(await checkedPackText(decodePack, s.file, readFileSync(join('questions', s.file), 'utf8')));
  });

  it('makes the starter set the app receives from the bank’s checked packs: every domain of both exams', async () => {
    const text = await loadStarterSetText();
    const set = JSON.parse(text) as StarterRecord[];
    const sources = await loadBundledPackSources();
    const packs = sources.map((s) => JSON.parse(s.text) as Pack);
    expect(set).toEqual(starterSet(packs));
    for (const exam of ['cissp', 'cc'] as const)
      for (const domain of exam === 'cissp' ? [1, 2, 3, 4, 5, 6, 7, 8] : [1, 2, 3, 4, 5])
        expect(set.filter((q) => domainIn(exam, q) === domain).length).toBeGreaterThanOrEqual(STARTER_PER_DOMAIN[exam]);
  });

  it('leaves every other module to Vite', async () => {
    expect(await load(join(dir, 'core-a.pack.json'))).toBeUndefined(); // not ?raw
    expect(await load('/app/src/notes.json?raw')).toBeUndefined(); // not under questions/
  });
});
