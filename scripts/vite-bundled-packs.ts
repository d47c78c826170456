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
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type DecodePack = (typeof import('../src/domain/pack/pack-decode'))['decodePack'];

/**
 * The app's own pack decoder (the importer's: schema, per-item rules, repeated ids), loaded
 * through Vite's module runner: the app's modules import each other without file extensions,
 * which Node (Vite's config loader) does not resolve by itself.
 */
async function loadDecoder(): Promise<DecodePack> {
  const path = join(dirname(fileURLToPath(import.meta.url)), '../src/domain/pack/pack-decode.ts');
  const { module } = await runnerImport<{ decodePack: DecodePack }>(path, { configFile: false, logLevel: 'silent' });
  return module.decodePack;
}

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

export function bundledPacksPlugin(): Plugin {
  let decoder: Promise<DecodePack> | undefined;
  return {
    name: 'bastion-bundled-packs',
    enforce: 'pre', // before Vite's own `?raw` loader
    async load(id) {
      if (!bundledPackId.test(id)) return undefined;
      const path = id.replace(/\?raw$/, '');
      this.addWatchFile(path);
      decoder ??= loadDecoder();
      try {
        return `export default ${JSON.stringify(await checkedPackText(await decoder, basename(path), readFileSync(path, 'utf8')))};`;
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
