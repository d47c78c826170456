/**
 * The bundled bank's pack files, as text. Vite turns each into its own lazily loaded chunk, so the
 * bank never weighs on the first paint. The build checks each against the pack schema and ships
 * the checked result (scripts/vite-bundled-packs.ts); the bank's hash is the build's, of the files.
 */
import type { PackSource } from './bank-sync';

const packLoaders = import.meta.glob<string>('../../questions/*.pack.json', { query: '?raw', import: 'default' });

export async function loadBundledPackSources(): Promise<PackSource[]> {
  const entries = Object.entries(packLoaders);
  return Promise.all(entries.map(async ([path, load]) => ({ file: path.split('/').pop() ?? path, text: await load() })));
}
