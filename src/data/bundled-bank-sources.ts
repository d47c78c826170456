/**
 * The bundled bank's pack files, as raw text. Vite turns each into its own lazily loaded chunk, so
 * the bank never weighs on the first paint; the loader hashes and validates the text itself.
 */
import type { PackSource } from './bank-sync';

const packLoaders = import.meta.glob<string>('../../questions/*.pack.json', { query: '?raw', import: 'default' });

export async function loadBundledPackSources(): Promise<PackSource[]> {
  const entries = Object.entries(packLoaders);
  return Promise.all(entries.map(async ([path, load]) => ({ file: path.split('/').pop() ?? path, text: await load() })));
}
