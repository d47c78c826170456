/**
 * Vite plugin: each bundled pack (`questions/*.pack.json?raw`, see src/data/bundled-bank-sources.ts)
 * is checked against the pack schema when it is built, and ships as the schema's own output: the
 * JSON text of exactly what `packSchema.parse` returns. An invalid pack fails the build (and the dev
 * server's load of it) with the file and the place.
 *
 * Why at build time: the app used to run the same check in the browser on every first visit. That
 * loaded the validator (zod, ~88 KB) and ran it over 560 questions in the busiest half second of
 * the app's life, for content that is part of the build itself and cannot change after it.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type PackSchema = (typeof import('../src/domain/pack/pack-schema'))['packSchema'];

/**
 * The app's own pack schema, loaded through Vite's module runner: the app's modules import each
 * other without file extensions, which Node (Vite's config loader) does not resolve by itself.
 */
async function loadPackSchema(): Promise<PackSchema> {
  const path = join(dirname(fileURLToPath(import.meta.url)), '../src/domain/pack/pack-schema.ts');
  const { module } = await runnerImport<{ packSchema: PackSchema }>(path, { configFile: false, logLevel: 'silent' });
  return module.packSchema;
}

const bundledPackId = /[\\/]questions[\\/][^\\/?]+\.pack\.json\?raw$/;

/** The text the app receives for a pack file: its checked, normalised JSON. Throws, naming where, if invalid. */
export function checkedPackText(packSchema: PackSchema, file: string, text: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`Bundled pack ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Bundled pack ${file} is invalid at ${issue?.path.join('.') || 'its top level'}: ${issue?.message}`);
  }
  return JSON.stringify(parsed.data);
}

export function bundledPacksPlugin(): Plugin {
  let schema: Promise<PackSchema> | undefined;
  return {
    name: 'bastion-bundled-packs',
    enforce: 'pre', // before Vite's own `?raw` loader
    async load(id) {
      if (!bundledPackId.test(id)) return undefined;
      const path = id.replace(/\?raw$/, '');
      this.addWatchFile(path);
      schema ??= loadPackSchema();
      try {
        return `export default ${JSON.stringify(checkedPackText(await schema, basename(path), readFileSync(path, 'utf8')))};`;
      } catch (error) {
        this.error((error as Error).message);
      }
    },
  };
}
