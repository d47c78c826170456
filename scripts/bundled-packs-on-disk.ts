/**
 * The bundled bank's pack files as they sit in questions/, parsed: one reader for the scripts and
 * tests that need the bank itself (the bench's study group, the checker's draft mode, the packs
 * browser test). The checker validates the files; readers here trust them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../src/domain/pack/pack-schema';

/** The file names of every `*.pack.json` in `dir`, in directory order. */
export function bundledPackFiles(dir = 'questions'): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.pack.json'));
}

/** Every `*.pack.json` in `dir` but the file names in `except`, in directory order. */
export function bundledPacksOnDisk(dir = 'questions', except: readonly string[] = []): Pack[] {
  const skip = new Set(except);
  return bundledPackFiles(dir)
    .filter((f) => !skip.has(f))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Pack);
}
