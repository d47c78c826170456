/**
 * Ids for groups, assignments and reports: a prefix and 12 random base-36 characters (about 62
 * bits) from the platform's CSPRNG. `crypto.getRandomValues` works outside secure contexts too,
 * unlike `crypto.randomUUID`. The ids travel in shared files and links, so they carry nothing about
 * the person or the time.
 * @example newGroupDocumentId('a') // 'a-k3f9x0m2q7ws'
 */
export function newGroupDocumentId(prefix: 'g' | 'a' | 'r' | 'tc'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `${prefix}-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
}
