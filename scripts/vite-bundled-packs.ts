/**
 * Vite plugin: each bundled pack (`questions/*.pack.json?raw`, see src/data/bundled-bank-sources.ts)
 * is checked when it is built, by the same decoder that checks an imported pack, and ships as the
 * decoder's output: the JSON text of exactly what the pack schema returns. An invalid pack fails
 * the build (and the dev server's load of it) with the file, the question and the place.
 *
 * Why at build time: the app used to run the same check in the browser on every first visit. That
 * loaded the validator (zod, ~88 KB) and ran it over 560 questions in the busiest half second of
 * the app's life, for content that is part of the build itself and cannot change after it.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Pack } from '../src/domain/pack/pack-schema';
import { bundledPackFiles } from './bundled-packs-on-disk.ts';

type DecodePack = (typeof import('../src/domain/pack/pack-decode'))['decodePack'];
type StarterSetModule = typeof import('../src/domain/bank/starter-set');

/**
 * A module of the app's (`src/…`), loaded through Vite's module runner: the app's modules import
 * each other without file extensions, which Node (Vite's config loader) does not resolve by itself.
 */
async function loadAppModule<Module>(fromSrc: string): Promise<Module> {
  const path = join(dirname(fileURLToPath(import.meta.url)), '../src', fromSrc);
  return (await runnerImport<Module>(path, { configFile: false, logLevel: 'silent' })).module;
}

/** The app's own pack decoder (the importer's: schema, per-item rules, repeated ids). */
const loadDecoder = async (): Promise<DecodePack> =>
  (await loadAppModule<{ decodePack: DecodePack }>('domain/pack/pack-decode.ts')).decodePack;

const bundledPackId = /[\\/]questions[\\/][^\\/?]+\.pack\.json\?raw$/;

/**
 * The text the app receives for a pack file: the decoded pack as JSON, exactly what the schema
 * returns. Throws with the decoder's problems (question id, place, message) if it is refused.
 */
export async function checkedPackText(decodePack: DecodePack, file: string, text: string): Promise<string> {
  const { pack, problems } = await decodePack(text);
  if (pack) return JSON.stringify(pack);
  const listed = problems.slice(0, 5).map((p) => `${p.questionId ? `${p.questionId} ` : ''}${p.path}: ${p.message}`);
  throw new Error(
    `Bundled pack ${file} is invalid: ${listed.join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
  );
}

const starterId = 'virtual:starter-set';
const resolvedStarterId = `\0${starterId}`;

/**
 * The bundled packs, and `virtual:starter-set`: the starter set (src/domain/bank/starter-set.ts)
 * chosen from the same checked packs, as the JSON text of its records. Each pack is decoded once
 * for both.
 */
export function bundledPacksPlugin(questionsDir = resolve('questions')): Plugin {
  let decoder: Promise<DecodePack> | undefined;
  const checked = new Map<string, Promise<string>>();
  const checkedText = (path: string): Promise<string> => {
    let text = checked.get(path);
    if (!text) {
      decoder ??= loadDecoder();
      text = decoder.then((decode) => checkedPackText(decode, basename(path), readFileSync(path, 'utf8')));
      checked.set(path, text);
    }
    return text;
  };
  return {
    name: 'bastion-bundled-packs',
    enforce: 'pre', // before Vite's own `?raw` loader
    resolveId: (id) => (id === starterId ? resolvedStarterId : undefined),
    watchChange(path) {
      checked.delete(path);
    },
    async load(id) {
      try {
        if (id === resolvedStarterId) {
          const files = bundledPackFiles(questionsDir).map((f) => join(questionsDir, f));
          for (const file of files) this.addWatchFile(file);
          const packs = await Promise.all(files.map(async (file) => JSON.parse(await checkedText(file)) as Pack));
          const { starterSet } = await loadAppModule<StarterSetModule>('domain/bank/starter-set.ts');
          return `export default ${JSON.stringify(JSON.stringify(starterSet(packs)))};`;
        }
        if (!bundledPackId.test(id)) return undefined;
        const path = id.replace(/\?raw$/, '');
        this.addWatchFile(path);
        return `export default ${JSON.stringify(await checkedText(path))};`;
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
