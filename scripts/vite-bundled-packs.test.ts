import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePack, makeQuestion } from '../tests/fixtures/questions';
import { packSchema } from '../src/domain/pack/pack-schema';
import { loadBundledPackSources } from '../src/data/bundled-bank-sources';
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
  it('ships what the schema returns: trimmed text, defaults filled in', () => {
    const { references: _, ...withoutReferences } = makeQuestion({ id: 'q-001' });
    const source = { ...pack(), title: '  Pack core-a  ', questions: [{ ...withoutReferences, stem: `  ${withoutReferences.stem}\n` }] };
    const shipped = JSON.parse(checkedPackText(packSchema, 'core-a.pack.json', JSON.stringify(source)));
    expect(shipped.title).toBe('Pack core-a');
    expect(shipped.questions[0].stem).toBe(withoutReferences.stem);
    expect(shipped.questions[0].references).toEqual([]);
    expect(shipped).toEqual(packSchema.parse(source));
  });

  it('fails on an invalid pack, naming the file and the place', () => {
    const threeOptions = makeQuestion({ id: 'q-002' });
    const bad = pack([makeQuestion({ id: 'q-001' }), { ...threeOptions, options: threeOptions.options.slice(0, 3) }]);
    expect(() => checkedPackText(packSchema, 'core-a.pack.json', JSON.stringify(bad))).toThrow(
      'Bundled pack core-a.pack.json is invalid at questions.1.options: a question has exactly four options',
    );
    expect(() => checkedPackText(packSchema, 'core-a.pack.json', JSON.stringify({ ...pack(), extra: 1 }))).toThrow(
      /^Bundled pack core-a\.pack\.json is invalid at its top level: /,
    );
    expect(() => checkedPackText(packSchema, 'core-a.pack.json', '{"format":')).toThrow(
      /^Bundled pack core-a\.pack\.json is not valid JSON/,
    );
  });

  it('accepts every pack of the bank as it stands', () => {
    for (const file of readdirSync('questions').filter((f) => f.endsWith('.pack.json')))
      expect(() => checkedPackText(packSchema, file, readFileSync(join('questions', file), 'utf8'))).not.toThrow();
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
    await expect(load(`${file}?raw`)).rejects.toThrow(/^Bundled pack broken\.pack\.json is invalid at questions: /);
  });

  it('is what the app receives for each pack of the bank', async () => {
    const files = readdirSync('questions').filter((f) => f.endsWith('.pack.json'));
    const sources = await loadBundledPackSources();
    expect(sources.map((s) => s.file).sort()).toEqual(files.sort());
    for (const s of sources) expect(s.text).toBe(checkedPackText(packSchema, s.file, readFileSync(join('questions', s.file), 'utf8')));
  });

  it('leaves every other module to Vite', async () => {
    expect(await load(join(dir, 'core-a.pack.json'))).toBeUndefined(); // not ?raw
    expect(await load('/app/src/notes.json?raw')).toBeUndefined(); // not under questions/
  });
});
