/**
 * The bundled bank's pack files as they sit in questions/, parsed: one reader for the scripts and
 * tests that need the bank itself (the bench's study group, the checker's draft mode, the packs
 * browser test). The checker validates the files; readers here trust them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../src/domain/pack/pack-schema';

/** Every `*.pack.json` in `dir` but the file names in `except`, in directory order. */
export function bundledPacksOnDisk(dir = 'questions', except: readonly string[] = []): Pack[] {
  const skip = new Set(except);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pack.json') && !skip.has(f))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Pack);
}
