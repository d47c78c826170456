/** Build-time modules made by our Vite plugins (see scripts/vite-bank-hash.ts). */
declare module 'virtual:bundled-bank-hash' {
  const hash: string;
  export default hash;
}
