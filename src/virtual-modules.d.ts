/** Build-time modules made by our Vite plugins (see scripts/vite-bank-hash.ts). */
declare module 'virtual:bundled-bank-hash' {
  const hash: string;
  export default hash;
}

/** The starter set's records as JSON text (scripts/vite-bundled-packs.ts, src/domain/bank/starter-set.ts). */
declare module 'virtual:starter-set' {
  const json: string;
  export default json;
}
